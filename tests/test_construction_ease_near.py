"""Round a of 2026-12-05, ``safety/constructions/bare.py`` ``wish:ease_near``: being at ease said
as within reach soon, with nothing named that could be what eases. Phrasing written for these
tests, not taken from any tuning or blind file."""

from __future__ import annotations

import pytest

import safety
from tests.support.constructions import found_by_rules

PAIRS = [
    ("もうすこしで らくに なれるんだ", "じゅけん おわったら やっと 楽に なれる"),  # what eases is named
    ("もう ちょっとで 楽に なれる", "もうすぐ らくに なれる！ なつやすみ"),
    ("やっと らくに なれる", "あと ちょっとで 楽に なれるかな？"),  # asked
]


@pytest.mark.parametrize(("text", "twin"), PAIRS, ids=[p[0] for p in PAIRS])
def test_ease_within_reach_with_nothing_named_is_high(text: str, twin: str) -> None:
    assert found_by_rules(text).get("wish:ease_near") == "high"
    assert safety.assess(text, learned_layer=False).level == "high"
    assert "wish:ease_near" not in found_by_rules(twin)
