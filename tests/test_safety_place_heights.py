"""Round of 2026-12-04 (i), ``place_now``: a high place written in kana that the analyser split
(たかいとこ, した みてる, まどの ふち, ひじょうかいだん), sitting or standing on a place's own edge
(a window's only high up or with a sign of the end), and "here" said only to be high with a sign
of the end (``place_now:here_high``); their everyday twins stay nothing. Phrasing written for
these tests, not taken from any tuning or blind file."""

from __future__ import annotations

import pytest

import safety
from tests.support.constructions import found_by_rules


def level(text: str) -> str:
    return safety.assess(text, learned_layer=False).level


@pytest.mark.parametrize(
    "text",
    [
        "いま たかいとこ。ひとり",
        "たかいとこから したみてる、ひと ありみたい",
        "まどの ふちに すわってる、12かい",
        "ひじょうかいだんの てっぺん。もう むり",
    ],
)
def test_a_height_written_in_kana_is_a_place_now(text: str) -> None:
    assert level(text) == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "あたたかいとこで ねたい",
        "たかいとこ すき！",
        "まどの そと みてる",
        "まどの ふちに すわって まんが よんでる",
    ],
)
def test_their_everyday_twins_are_not_imminent(text: str) -> None:
    assert level(text) in ("none", "concern")


def test_here_said_to_be_high_with_a_decision_is_imminent() -> None:
    text = "ここ たかすぎて あし ふるえる。でも もう きめた"
    assert found_by_rules(text).get("place_now:here_high") == "imminent"


@pytest.mark.parametrize("text", ["ここ たかい！ けしき さいこう", "ここ たかいね、ちょっと こわい"])
def test_here_said_to_be_high_as_a_view_is_nothing(text: str) -> None:
    assert "place_now:here_high" not in found_by_rules(text)
    assert level(text) == "none"
