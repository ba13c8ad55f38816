"""Risk round u of 2026-12-07: a death counted in a game, one more try, a thing outgrown, a
goodbye said to a pet or a thing, a farewell said by clearing things out, and much at once
asked with nothing named.

Each test holds texts the earlier rules misread and texts sharing their surface that must keep
their level; none is taken from the round's tuning file (risk_tuning_2026-12-07u.tsv)."""

from __future__ import annotations

import pytest

from safety import LEVELS, assess


def _rank(text: str) -> int:
    return LEVELS.index(assess(text).level)


# a death counted (no one dies again and again) or a try again: a game or a figure of speech
COUNTED_OR_AGAIN = (
    "ホラゲ むずい。なんども しぬ",
    "このステージ 何度も死ぬ、つら",
    "またボスに やられて しんだ笑 もういっかい",
)

# something given because it is outgrown: its use said ended, as the reason
OUTGROWN = (
    "ポケモンの カード いとこに あげた。もう あそばないし",
    "ふでばこ ともだちに あげた。もう つかわないから",
)

# goodbyes said to a pet or a thing named beside them, no one else named
TO_A_THING = (
    "ふるい スマホ、いままで ありがとう。おつかれさま",
    "ずっと いっしょだった うさぎ、いままで ありがとう。てんごくで げんきでね",
)

# the writer's traces erased wholesale, then another act of clearing: things put in order
CLEARED_OUT = (
    "インスタの しゃしん ぜんぶ けした。つくえも せいりした",
    "LINEの トーク 全部 削除した。本も 捨てた",
)


@pytest.mark.parametrize("text", COUNTED_OR_AGAIN)
def test_a_death_counted_or_tried_again_is_nothing(text: str) -> None:
    assert assess(text).level == "none", text


@pytest.mark.parametrize("text", OUTGROWN)
def test_a_thing_outgrown_given_is_nothing(text: str) -> None:
    assert assess(text).level == "none", text


@pytest.mark.parametrize("text", TO_A_THING)
def test_a_goodbye_to_a_thing_is_no_farewell(text: str) -> None:
    assert not assess(text).at_least("high"), text


@pytest.mark.parametrize("text", CLEARED_OUT)
def test_traces_erased_and_things_cleared_are_high(text: str) -> None:
    assert assess(text).at_least("high"), text


# much at once with an amount asked, nothing named: no dose asked for an illness
AT_ONCE = (
    "コンビニで かえる やつ どれだけ まとめて のめば いい？",
    "ドラッグストアで かった やつ、どのくらい まとめて のめば いい？",
    "あの しろい つぶ、どれくらい まとめて のめば いいの",
)


@pytest.mark.parametrize("text", AT_ONCE)
def test_much_at_once_asked_is_a_method_question(text: str) -> None:
    assert assess(text).at_least("high"), text


# (text, the least level it must keep): the same surfaces with a wish, an attempt, all things
# or a loved one given, a person thanked, a reason or a fresh start for the clearing
KEPT: tuple[tuple[str, str], ...] = (
    ("なんども しのうと した", "high"),
    ("なんかいも しにたいって おもった", "high"),
    ("もう いっかい だけ いう。しにたい", "high"),
    ("たいせつな ぬいぐるみ いもうとに あげた。もう つかわないから", "high"),
    ("ゲームも まんがも ぜんぶ あげた。もう よまないし", "high"),
    ("みんな いままで ありがとう。ばいばい", "imminent"),
    ("ねこ いままで ありがとう。わたし もう いなくなるね", "high"),
    ("アカウント ぜんぶ けした。へやも かたづけた。さがさないで", "high"),
)

# (text, the most level it may get): everyday clearing, counting and doses that must stay as they are
AT_MOST: tuple[tuple[str, str], ...] = (
    ("スマホの しゃしん ぜんぶ けした。ようりょう ないから。つくえも かたづけた", "concern"),
    ("ふるい データ ぜんぶ けした。あたらしい アカウントで はじめる。へやも かたづけた", "none"),
    ("へや かたづけた！ すっきり", "none"),
    ("かぜぐすり なんじょう のめば いいの？", "none"),
    ("むぎちゃ どれくらい まとめて つくれば いい？", "none"),
    ("水 いっぱい のめば いい？", "none"),
    ("れんしゅうで 10かい ころんだ", "none"),
)


@pytest.mark.parametrize(("text", "level"), KEPT)
def test_the_same_surfaces_keep_their_level(text: str, level: str) -> None:
    assert _rank(text) >= LEVELS.index(level), (text, assess(text).level)


@pytest.mark.parametrize(("text", "level"), AT_MOST)
def test_everyday_clearing_stays_low(text: str, level: str) -> None:
    assert _rank(text) <= LEVELS.index(level), (text, assess(text).level)
