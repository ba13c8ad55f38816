"""Wishes to die and burdens said around the word (round 2026-12-04 (m),
``safety/constructions/veiled.py``): heaven wished, a wish corrected to be about life, the heart
stopping, tomorrow not coming, eyes not opening, the writer not needing to exist. All are
``high``; a test, a trip, a day off, a question or a figure of speech stay out. The phrasings
here were written for the tests, not taken from a tuning file."""

from __future__ import annotations

import pytest

from safety import assess
from tests.support.constructions import notes_by_rules


def _notes(text: str) -> list[str]:
    return notes_by_rules(text, "wish", "burden")


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("てんごくに行けたらいいのにな", "afterlife"),
        ("じいちゃんが死んでから、ずっとそっちにいきたい", "afterlife"),
        ("卒業したい。学校じゃなくて人生から", "life_not_that"),
        ("このまま心臓とまってもいいや", "stopped"),
        ("あしたなんてこなくていい", "no_tomorrow"),
        ("あしたがこわい。もうこなければいいのに", "no_tomorrow"),
        ("もう目がさめなくてもいいや", "not_waking"),
        ("ぼくなんか存在しなくていい", "need_not_exist"),
        ("あたし いる いみ ないし", "need_not_exist"),
        ("うちいなくても家族はまわる", "need_not_exist"),
    ],
)
def test_veiled_wish_is_high(text: str, note: str) -> None:
    assert note in _notes(text)
    assert assess(text, learned_layer=False).at_least("high")


@pytest.mark.parametrize(
    "text",
    [
        "天国みたいなカフェ行きたい",
        "天国って行けるのかな？",
        "おばあちゃんちに行きたいな、夏休み",
        "お空きれい、そっち行きたい",
        "しゃっくり止まればいいのに",
        "心臓とまるかと思うくらいびっくりした",
        "明日テストだから来なくていい",
        "友達が明日こなくていいって言われた",
        "目覚まし鳴らなくていい日",
        "明日の朝目がさめなかったら遅刻しちゃう",
        "おれいなくても部活まわるし、休むわ",
        "じゃなくて人生ゲームの話",
        "ゲームじゃなくて人生がたのしい",
    ],
)
def test_everyday_is_not_a_veiled_wish(text: str) -> None:
    assert not {
        "afterlife",
        "life_not_that",
        "stopped",
        "no_tomorrow",
        "not_waking",
        "need_not_exist",
    } & set(_notes(text))
    assert not assess(text, learned_layer=False).at_least("high")


@pytest.mark.parametrize("text", ["生まれ変わったらイルカになりたいな", "うまれかわったら とりに なりたい笑"])
def test_next_life_daydream_is_not_a_farewell(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert not a.at_least("high")
    assert all(s.construction != "farewell" for s in a.spans)


@pytest.mark.parametrize(
    "text",
    [
        "うまれかわったら ねこになりたい。はやく",  # soon
        "さよなら。生まれ変わったら猫になりたい",  # a goodbye
        "生まれ変わったら鳥になりたい。もう疲れた",  # tired of this life
        "生まれ変わったらまた会おうね",
    ],
)
def test_next_life_with_hurry_or_goodbye_stays_imminent(text: str) -> None:
    assert assess(text, learned_layer=False).level == "imminent"


def test_a_game_character_dying_is_not_the_writer() -> None:
    # キャラ and 主人公 are someone else (the ``others`` class): their death is not a wish
    assert not assess("ゲームのキャラ死んでもいいからボス倒したい", learned_layer=False).at_least("high")
    assert not assess("主人公きえてもいいから続き見たい", learned_layer=False).at_least("high")
    assert assess("もうきえてもいいかな", learned_layer=False).at_least("high")
