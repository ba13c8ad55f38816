"""Round of 2026-12-04 (i), ``safety/constructions/goodbye_said.py``: a goodbye with nothing after
it — an apology beside it (``farewell:sorry_goodbye``), set at a point of time
(``farewell:goodbye_set``), or the writer's own お別れ as a greeting (``farewell:farewell_greeting``);
and the everyday leave-takings that look the same. Phrasing written for these tests, not taken
from any tuning or blind file."""

from __future__ import annotations

import pytest

import safety
from tests.support.constructions import found_by_rules

# (construction:note that must find the text imminent, the text, its everyday twin)
PAIRS = [
    ("farewell:sorry_goodbye", "ほんとに ごめんね。ばいばい", "おくれて ごめんね。ばいばい"),
    (
        "farewell:sorry_goodbye",
        "みなさん ごめんなさい、さようなら",
        "みなさん ごめんなさい、もう ねます。さようなら",
    ),
    ("farewell:sorry_goodbye", "ごめん。さよなら", "ごめん、でんち きれそう。さよなら"),
    ("farewell:goodbye_set", "12じに なったら さよなら", "12じに なったら さよなら、またあした"),
    ("farewell:goodbye_set", "あと 3ぷんで ばいばい", "あと 3ぷんで ばいばい、ごはんだから"),
    (
        "farewell:farewell_greeting",
        "さいごに おわかれの あいさつ させてね",
        "てんこう するから おわかれの あいさつ させてね",
    ),
]


@pytest.mark.parametrize(("construction", "text", "twin"), PAIRS, ids=[p[1] for p in PAIRS])
def test_a_goodbye_with_nothing_after_it_is_imminent(construction: str, text: str, twin: str) -> None:
    assert found_by_rules(text).get(construction) == "imminent"
    assert safety.assess(text, learned_layer=False).level == "imminent"
    assert construction not in found_by_rules(twin)
    assert safety.assess(twin, learned_layer=False).level == "none"


@pytest.mark.parametrize(
    "text", ["ごめん、さよならって どういう いみ？", "ごめん！ ばいばい〜", "ごめん もう ねる、ばいばい"]
)
def test_a_question_a_laugh_or_bedtime_is_no_farewell(text: str) -> None:
    found = found_by_rules(text)
    assert "farewell:sorry_goodbye" not in found and "farewell:goodbye_set" not in found
