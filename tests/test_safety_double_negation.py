"""A thought of dying denied is taken back (「死のうとは 思わない」: none), but a denial denied
again says it every day (「死のうと 思わない 日は ない」: high). Both read from the words,
whether the wish is a listed phrase (the word lists, ``safety.risk``) or a construction
(``safety.constructions.wish``); docs/history/safety-rounds.md, "The fourth round of 2026-12-06"."""

from __future__ import annotations

import pytest

from safety.risk import assess

# Written for this test, not taken from any evaluation set.
TAKEN_BACK = [
    "しのうとは おもわない",
    "死のうとは思わない",
    "しのうなんて おもわないよ",
    "しにたいとは おもわない",
    "きえたいと おもった ことは ない",
]

SAID_EVERY_DAY = [
    "しのうと おもわない ひは ない",
    "死のうと思わない日はない",
    "しにたいと おもわない ひは ない",
    "消えたいって思わない日はないよ",
    "しにたいと おもわない ときは ない",
    "きえたいと おもわない ことは ない",
    "しにたいと おもわなくも ない",
    "しにたいと おもわないでも ない",
    "しにたいとは おもわなくは ない",
    "消えたいと思わないこともない",
    "しのうとは おもわない ひは ない",
    "しにたいとは おもわない ひは ない",
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_denied_thought_of_dying_is_taken_back(text: str) -> None:
    assert assess(text, learned_layer=False).level == "none"


@pytest.mark.parametrize("text", SAID_EVERY_DAY)
def test_a_denial_denied_again_is_a_wish(text: str) -> None:
    assert assess(text, learned_layer=False).at_least("high")


def test_a_day_without_the_thought_is_still_a_denial() -> None:
    # 「日は」 after a denial that ends its sentence asks nothing of the denial
    assert assess("しにたいとは おもわない。 きょうは いい ひ", learned_layer=False).level == "none"
