"""Round j of 2026-12-05: an act of dying declared (自殺 + する, going in order to die, a life
ended with a thing, dying named the best), the writer's own heart quoted, ceasing to be with the
writer as the subject, not waking said before good night, abuse told as an evening at home, and
a tomorrow wished away for a test. The rules alone (the learned layer off): texts written for
these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

import safety
from tests.support.risk_levels import assert_rated

pytestmark = pytest.mark.usefixtures("rules_only")  # tests/conftest.py


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # declared: 自殺 + する said outright, polite or plain; with a time of today, now
        ("ぼくは じさつします", "high"),
        ("こんばん、 おやが ねたら じさつします", "imminent"),
        ("わたし、じさつ しますね", "high"),
        ("ｼﾞｻﾂ ｼﾏｽ", "high"),
        # purpose: going or coming in order to die
        ("これから しにに いきます", "imminent"),
        ("うみまで きえに いく", "high"),
        ("自殺しに きた", "high"),
        # best: dying or vanishing named the verdict
        ("もう いなくなるのが いちばんだと おもう", "high"),
        ("しぬのが いちばん いいのかも", "high"),
        ("しんじゃうのが いちばん らくだと おもう", "high"),
        # ended_by: a life ended with a thing, nothing else named as ended
        ("この ロープで もう おわりに する", "high"),
        ("ふみきりの まえ。つぎの でんしゃで ぜんぶ おわらせる", "imminent"),
    ],
)
def test_declared(text: str, level: str) -> None:
    assert_rated(text, level)


@pytest.mark.parametrize(
    "text",
    [
        "ニュースで じさつの はなしを きいた",  # the news
        "ゲームで しにに いく ボス せん",  # a game
        "しぬのが いちばん こわい",  # fear, not a verdict
        "じさつ しないよ、だいじょうぶ",
        "しゅくだい でんしゃで おわらせる",  # homework finished on the train
        "まんいん でんしゃで しぬ",  # a crowded train
        "くすりで かぜ おわりに したい",  # the cold is what is ended
    ],
)
def test_declared_twins(text: str) -> None:
    assert not safety.assess(text).at_least("high"), text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the writer's own heart or head says the wish: not a friend's
        ("こころの なかで いつも しにたいって いってる", "high"),
        # ceasing to be (なくなる) with the writer as the subject
        ("ぼくも このまま なくなれば いいのに", "high"),
        # not waking, then good night: おやすみ is no day off
        ("ずっと めが さめなくても いいやって おもう。おやすみなさい", "high"),
        # abuse told as an evening: kana かえって closing its clause, after に
        ("きょうも かえって、おこられて、けられた", "high"),
        ("がっこうから かえって、すぐ けられた", "high"),
        # watching television is an evening at home, not a story
        ("テレビ みてたら ママに なぐられた", "high"),
    ],
)
def test_said_indirectly(text: str, level: str) -> None:
    assert_rated(text, level)


@pytest.mark.parametrize(
    "text",
    [
        "ともだちが しにたいって いってる",  # a friend's wish stays a worry
        "しゅくだいが なくなれば いいのに",  # no self as the subject
        "ずっと ねてたい。おやすみ",  # a lie-in, good night
        "テレビで なぐられる シーン みた",  # television as where it is shown
        "かえって わるく なった",  # the adverb: rather
        "あしたが こなければ いいのに、だって マラソン大会だもん",  # a dreaded day named
    ],
)
def test_said_indirectly_twins(text: str) -> None:
    assert not safety.assess(text).at_least("high"), text


@pytest.mark.parametrize(
    "text",
    [
        # talked to nobody, said as the same again or lasting: distress (concern), never more
        "きょうも だれとも しゃべらない いちにち",
        "また だれとも はなさないで おわった",
    ],
)
def test_talked_to_nobody(text: str) -> None:
    assert safety.assess(text).level == "concern", text


def test_talked_to_nobody_in_a_game_is_none() -> None:
    assert safety.assess("だれとも しゃべらない ゲーム たのしい").level == "none"


@pytest.mark.parametrize(
    "text",
    [
        # a means in hand: the next sentence's question is no condition on having it
        "ロープ かってきた。どこに かければ いい？",
        # medicine laid out (being done) while what is enough or what it does is asked
        "くすり ぜんぶ ならべてる。なんこ あれば たりる？",
        "ねむれる くすり ならべてる。どのくらいで やばい？",
    ],
)
def test_at_hand_now(text: str) -> None:
    assert_rated(text, "imminent")


@pytest.mark.parametrize(
    "text",
    [
        "ロープ かった。キャンプで つかう",  # an everyday use, in katakana
        "かぜぐすり ならべてる。なんこ のめば いいの？",  # a dose asked
    ],
)
def test_at_hand_twins(text: str) -> None:
    assert safety.assess(text).level != "imminent", text


@pytest.mark.parametrize(
    "text",
    [
        # the next day or the morning not wanted to come
        "あしたなんか きて ほしくない",
        "つかれたっていうか、もう あさに なって ほしくない",
        # the writer's own head or face struck, as a compulsion or a relief
        "あたまを かべに ぶつけるのが やめられない",
        "じぶんの かおを たたくと おちつく",
    ],
)
def test_unwanted_morning_and_struck_self(text: str) -> None:
    assert_rated(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        "おとまりかい たのしい。あさに なってほしくない！",  # cheerful
        "あした しあいだから あさに なってほしくない",  # a dreaded day: distress at most
        "ころんで あたまを ぶつけた。いたい",  # an accident
        "ドッジボールで かおを ぶつけた。まいにち れんしゅう",  # a game
    ],
)
def test_unwanted_morning_and_struck_self_twins(text: str) -> None:
    assert not safety.assess(text).at_least("high"), text


def test_a_dreaded_day_wished_away_is_distress() -> None:
    # the test wished away: distress, not nothing and not a wish to die
    assert safety.assess("あしたなんか こなきゃ いいのに…テストが").level == "concern"


def test_a_dreaded_day_with_the_writer_ended_stays_a_wish() -> None:
    assert_rated("あした テスト。もう あしたなんか こなくて いい。おれごと おわれば いい", "high")
