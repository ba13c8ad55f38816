"""Hidden wishes, what dying takes, and harm at home told in shapes a blow is not (round of
2026-12-03 (e)): grammar over the words, written for these tests (not taken from an evaluation
or tuning set). Each recognised text was rated below its level before the round."""

from __future__ import annotations

import pytest

import safety
from safety.constructions import find
from tests.support.risk_levels import assert_rated


@pytest.mark.parametrize(
    ("text", "level", "note"),
    [
        # a point ahead the writer does not expect to be alive at (まで + 生きる + negation)
        ("中学卒業するまで いきてないとおもう", "high", "not_alive_by"),
        ("来年まで生きてられる気がしない…", "high", "not_alive_by"),
        # dying not feared; only the courage lacking
        ("きえるのもう怖くないんだ、しぬのも怖くない", "high", "unafraid"),
        ("しぬ勇気がほしい", "high", "courage"),
        # living itself called impossible or wearying
        ("いきてくのがもうむりです", "high", "living_impossible"),
        ("生きることにつかれた", "high", "living_impossible"),
        # ending it, nothing named, permitted, with living in the text
        ("なんでいきてるのか分からんけど、もう終わらせてもいい気がする", "high", "end_permitted"),
        # the eyes not wanted open again
        ("ねたら もう目 ひらきたくない ずっと", "high", "eyes_closed"),
        # what dying takes, asked
        ("しぬのにいちばんいたくないのって どれ", "high", "what_it_takes"),
        # a count of ease asked once decided: a means asked for now
        ("もう決心した。なんこで楽になれる？", "imminent", "ease_counted"),
        # a carer's threat told in the passive
        ("ははおやに「こんど逃げたら殺す」っていわれた", "high", "threat_told"),
        # a hand raised against the writer with a carer in the sentence
        ("父親にまた手をあげられた", "high", "hand_raised"),
        ("うちの母、きにいらないとすぐ手が出るんよ", "high", "hand_raised"),
        # a bed or a room entered at night, by a carer
        ("義父がねてるときにベッドに入ってくる", "high", "intrusion"),
        ("夜中になるとパパが部屋に入ってくる、ないしょだって言われた", "high", "intrusion"),
        # something unnamed done by someone at home
        ("おじさんが家に来るとへんなことされる", "high", "unwanted_acts"),
        # marks whose discovery is feared for what follows
        ("腕のあざバレたら親にもっとひどいことされる", "high", "marks_found"),
        # a blow taken, then a meal withheld
        ("ビンタされて晩ごはん抜きだった", "high", "needs_unmet"),
        # a blade brandished now, hiding: imminent
        ("いま母親が包丁ふりまわしてて、トイレにかくれてる", "imminent", "armed"),
        # pushed down the stairs
        ("兄に階段からつきおとされた", "high", None),
        # a birth called a mistake
        ("うまれてきたこと自体がしっぱいだった", "high", "born_mistake"),
        # not waking, of a morning, with relief; never waking after sleeping
        ("あしたの朝おきなかったら楽なのに", "high", "not_waking"),
        ("今日ねたらもう二度とおきたくない", "high", "not_waking"),
        # the next day not coming, wished
        ("明日なんかこなくていいのに", "high", "no_tomorrow"),
        # living called a bother
        ("いきてくのめんどい", "high", "living_impossible"),
        # a brother or sister beaten, the writer next or too
        ("妹がなぐられてるのとめられない、こんどはぼく", "high", "sibling_struck"),
        ("兄がたたかれてて、わたしもたたかれる", "high", "sibling_struck"),
        # done to again, at home
        ("家かえったらまたやられる", "high", "done_again"),
        # threatened into silence
        ("先生にはなしたら殺すって言われてる", "high", "silenced"),
        # beaten where it will not be found
        ("見つからないように服のとこばっかりなぐられる", "high", "struck_hidden"),
        # two harsh words say who put the writer out
        ("さむい夜にベランダに出された", "high", "punished"),
        # kid forms of carers; a carer right before the verb is no thing struck
        ("じいちゃんにつねられる、まいにち", "high", None),
        ("いま家でパパあばれてる、こわい", "imminent", "carer_strikes"),
        # a carer named after the quote
        ("「きえろ」ってママに言われた", "high", None),
        # a floor asked to be enough, nothing else named
        ("なん階からならいける？", "high", "floor_enough"),
        ("4階じゃやっぱり足りない？", "high", "floor_enough"),
        # the surest one asked with no best-word before it
        ("たしかなのってどれ？", "high", None),
        # quitting permitted where living is in question; the end called enough when tired
        ("いきてる理由わからん。もうやめてもいいかな", "high", "quit_permitted"),
        ("つかれたからもうおわりでいいや", "high", "end_enough"),
        # self-harm told without its name
        ("うでをひっかいて血が出るまでやっちゃう", "high", "harm_done"),
        ("切るとおちつくから、またやった", "high", None),
        ("昨日も切った、やめられない", "high", "harm_done"),
        # being killed wished, no one else named
        ("だれかころしてほしい", "high", "killed_wished"),
        # the writer included in an end wished for
        ("せかいごとなくなればいいのに、ぼくごと", "high", "with_myself"),
        # to be no longer there, wished, in western speech
        ("もうおらんくなりたい", "high", "be_gone"),
    ],
)
def test_recognised(text: str, level: str, note: str | None) -> None:
    assert_rated(text, level)
    # the construction of this round reads it (not only the word lists or the learned layer)
    hits = find(text)[1]
    assert any(
        h.level == level and h.construction in ("wish", "abuse_home", "method_question", "self_harm")
        for h in hits
    ), text
    if note is not None:
        assert note in {h.note for h in hits}, text


@pytest.mark.parametrize(
    "text",
    [
        "日曜まで家にいないよ、旅行",  # まで + いる, not living
        "生きてないとだめじゃん笑",  # an obligation, laughed
        "来年まで生きてないと思うくらいねむい",  # exaggeration
        "ゲームでしぬのは怖くない、何回でも復活する",  # a game's death
        "主人公がしぬ勇気をだすシーン、映画でみた",  # a story
        "生きるのはむりじゃないよ",  # negated after
        "いきることに つかれたなら、まず ねよう",  # a condition, what a listener says back
        "宿題おわらせてもいい？",  # a thing to finish
        "授業で手をあげたら当てられた",  # raising a hand in class
        "うちの母はぜったい手が出ん人やけん",  # negated (dialect)
        "ママが勝手に部屋に入ってくるのまじうざい",  # by day, no fear
        "兄にいやなこと言われた",  # something said, not done
        "部活でできたあざ、ばれたらもっと心配される",  # a sports bruise
        "風呂上がりに冷たい水を顔にかけた",  # everyday
        "ゲームで何分で楽になれる？回復アイテム",  # a game
        "パパに「テスト0点なら殺す」って言われた笑",  # a laugh
        "あしたはこなくていいよって先生",  # said to someone (は)
        "明日の朝はやく起きなかったら遅刻だよ",  # no relief
        "生まれてきたのがまちがいって歌詞が好き",  # a song
        "体育で外に出されて雪ふってて寒かった",  # school
        "またやられた〜マリオむずい",  # a game
        "5階でいい？集合場所",  # a meeting place
        "何階からならエレベーターつかっていい？",  # a thing wanted of the floor
        "3階からだとむり、階段つかれる",  # stairs, no question
        "テストで確実なのはどれ？",  # a thing named
        "もう宿題やめてもいいよね",  # a thing to quit
        "今日の練習おわりでいい？",  # a practice ending
        "髪切ると落ち着く",  # hair
        "ねこに腕ひっかかれて血でた",  # done by a cat
        "野菜切るのとまらない",  # cooking
        "あのボスころしてほしい",  # someone else
        "虫ころしてほしい、こわい",  # a bug
        "私ごとですが明日休みます",  # a personal matter
        "スマホごとリセットしたい",  # a phone
        "あいつおらんようになってほしい",  # someone else (anger, not a wish to die)
        "先生にいったらもっと怒られるって友だちに言われた",  # not silenced by harm
    ],
)
def test_left_alone(text: str) -> None:
    assert safety.assess(text).level == "none", text


@pytest.mark.parametrize(
    "text",
    [
        "弟がなぐられてた、次わたしの番ってじゃんけん",  # taking turns (the word lists still worry)
    ],
)
def test_not_high(text: str) -> None:
    assert not safety.assess(text).at_least("high"), text
