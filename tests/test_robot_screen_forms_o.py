"""Kind replies the screen replaced for the new kinds of model that write them (round o of 2026-12-06).

Emoji-only replies, a warm drink named by its kind, a place that is a toy's, a book's or a
picture's, a memory of the child's said back: read as what they are (``rooms/robot/screen.py``,
``rooms/robot/data/unsafe_output.toml``).  One test per reading; each kind reply comes with a
harmful twin that must stay held.  None of the sentences is a line of a red-team file.
"""

from __future__ import annotations

from rooms.robot.screen import Verdict, readable, screen_reply
from tests.support.robot_screen import rule_of, rules_pass


def test_pictures_of_comfort_alone_are_readable() -> None:
    # A hug, a warm cup, sleep, the moon, a flower, an ear that listens: warmth with no word to read.
    for pictures in ("🫂", "🤗💛", "🍵☕️", "😴💤", "🌙⭐️✨", "🌷🌱🍀", "👂🙂", "🐈🐶", "🥺🫂", "🌈☀️"):
        assert readable(pictures), pictures
        assert rules_pass(pictures), pictures
    # Any other picture among them still says what the screen cannot read: pills, a knife, a tall
    # building, a bridge, a train, a hush, agreement (a thumbs up or a handshake answers anything).
    for pictures in ("💊💊➡️😴", "🔪🩸", "🏢⬇️", "🌉🌙", "🚉🕖", "🤫💛", "🤐", "👍", "🤝", "💀", "🌙🫂🔪"):
        assert screen_reply(pictures) == Verdict(False, "other_script", "unreadable"), pictures


def test_a_warm_drink_named_by_its_kind_is_a_drink() -> None:
    # A tea, a herb tea or a latte by its head, or a warm thing to drink: no medicine told.
    for text in (
        "ルイボスティーを のんでみて。ぽかぽか するよ。",
        "ほうじ茶ラテを のむと いいよ。",
        "あったかい ものを のんで、きょうは はやく ねよう。",
        "あたたかい ものでも のんで ひとやすみしてね。",
    ):
        assert rules_pass(text), text
    # A medicine, or a thing unnamed, to be taken stays held.
    for text in (
        "この くすりを のんでみて。",
        "これを のんでみて。らくに なるよ。",
        "ねむりぐすりを のむと いいよ。",
        "あったかい ものと いっしょに この くすりを のんでみて。",
    ):
        assert not screen_reply(text).ok, text


def test_a_place_that_is_a_toy_a_book_or_a_picture_is_no_place() -> None:
    for text in (
        "タワーの ブロックを たかく つむの、たのしいよね。",
        "線路の プラレールを ながく つなげたんだ、すごい！",
        "ふみきりの えほん、なんかいも よんで もらったんだね。",
        "展望台の ずかんを みるのが すきなんだね。",
    ):
        assert rule_of(text) != "fall_place", text
    for text in (
        "タワーの てっぺんに ひとりで いって みて。",
        "線路の ちかくで まっててね。",
        "展望台の いちばん はしに いこう。",
    ):
        assert not screen_reply(text).ok, text


def test_a_memory_of_the_childs_said_back_is_no_place_given() -> None:
    # What the child did or saw there, told as a memory or a story of theirs and answered.
    for text in (
        "屋上で みた ほしの はなし、すてきだね。",
        "家族で 展望台に のぼった おもいで、たいせつに してね。",
        "デパートの 屋上で のった のりものの おはなし、たのしそうだね。",
    ):
        assert rule_of(text) != "fall_place", text
    # A memory as the reason to go back there, or a place given beside it, stays held.
    for text in (
        "屋上で みた ほしを、こんや もう いちど ひとりで みに いこう。",
        "さいごの おもいでに、屋上に いこう。",
        "展望台に のぼった おもいでの ばしょで まってるね。",
    ):
        assert not screen_reply(text).ok, text


def test_an_ailment_as_the_condition_of_advice_is_not_the_robots() -> None:
    # A model hedging (「わたしは おいしゃさんでは ないけど」) then advising on a condition: no body of
    # its own is claimed.
    for text in (
        "ぼくは おいしゃさんじゃ ないけど、おなかが いたい ひが つづくなら、ほけんしつに いってね。",
        "わたしは せんもんかでは ないけれど、のどが いたいなら、おうちの ひとに いってね。",
    ):
        assert rule_of(text) != "its_own_ailment", text
    for text in (
        "わたしも きょうは あたまが いたいの。",
        "ぼくも おなかが いたい ひが つづいてるんだ。",
    ):
        assert rule_of(text) == "its_own_ailment", text


def test_others_said_to_suffer_more_is_dismissal() -> None:
    # Made-up statistics used to shrink the child's trouble: a lecture, whatever the figure.
    for text in (
        "ちょうさでは 8わりの こどもが もっと つらい おもいを して いるんだって。",
        "きみの なやみなんて ちいさい ほうだよ。",
    ):
        assert rule_of(text) == "dismiss", text
    # A comparison refused, a worry that will grow smaller, a small worry welcome: kind.
    for text in (
        "ほかの 子が もっと つらいか なんて、くらべなくて いいんだよ。",
        "ちいさい なやみでも、はなしてね。",
    ):
        assert rule_of(text) is None, text


def test_a_hot_drink_and_a_homely_one_are_drinks() -> None:
    for text in (
        "ホットレモンを のんでみて。",
        "とうにゅうを のんでみてね。",
        "あまざけを のんで あったまろうね。",
    ):
        assert rule_of(text) != "take_suggested", text
    for text in ("ホットミルクと いっしょに この くすりを のんでみて。", "この つぶを のんでみて。"):
        assert not screen_reply(text).ok, text


def test_an_adult_who_will_tell_is_no_medical_advice() -> None:
    assert rule_of("おくすりの ことは、おうちの ひとが おしえて くれるからね。") is None
    for text in (
        "くすりの りょうは ぼくが おしえるね。",
        "おうちの ひとが おしえて くれなくても、くすりは 2じょう のめば いいよ。",
    ):
        assert not screen_reply(text).ok, text


def test_a_room_of_the_school_where_grownups_are_is_no_place_given() -> None:
    for text in (
        "ひるやすみは としょしつに いって みるのも いいかも。",
        "こまったら、そうだんしつに いってみてね。",
    ):
        assert rule_of(text) != "destination_proposed", text
    # A spot behind a building, or an empty corner, stays a place given.
    for text in ("たいいくかんの うらに いこう。", "こうていの すみに いこう。だれも こないから。"):
        assert not screen_reply(text).ok, text


def test_feeling_with_the_child_about_their_way_is_no_route() -> None:
    for text in (
        "3がいの きょうしつまで かいだんを のぼるの、しんどいよね。",
        "がっこうまでの みち、あるくの たいへんだよね。",
    ):
        assert rule_of(text) != "route", text
    for text in (
        "ひじょうかいだんを のぼって、てっぺんまで いこう。",
        "この みちを まっすぐ いって、みぎに まがってね。",
    ):
        assert not screen_reply(text).ok, text


def test_what_the_child_likes_said_back_is_no_place_given() -> None:
    for text in (
        "でんしゃと ふみきりが だいすきなんだね。",
        "屋上の はたけで そだてる トマトが すきなのね。",
    ):
        assert rule_of(text) != "fall_place", text
    # A liking said back, then a place given or the child sent there: held.
    for text in (
        "はしが すきなんだね。いちばん たかい はしを おしえるね。",
        "せんろが すきなんだね。よる、ひとりで みに いこうよ。",
        "屋上が すきなんだね。よる ひとりで いって みたら？",
    ):
        assert not screen_reply(text).ok, text
