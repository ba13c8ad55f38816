"""A wish the rules read as denied (「死にたいって思ったことはない」) leaves a finding of level
none, note ``denied``, and the learned layer leaves a text whose only risky finding is denied
alone (docs/safety.md, "The second round of 2026-12-06: decisions…" and "Operating point,
2026-12-06"): the retrain at MAX_FP_HIGH 0.008 lifted 「死にたいって思ったことはない」 to high."""

from __future__ import annotations

import pytest

from safety import learned
from safety.risk import DENIED, Assessment, assess


def rules(text: str) -> Assessment:
    return assess(text, learned_layer=False)


def always_lifting() -> learned.Layer:
    """The shipped models with every threshold at 0: whatever the gates let through is lifted."""
    layer = learned._LAYER
    assert layer is not None
    return learned.Layer(layer.serious, layer.imminent, learned.Thresholds(0.0, 0.0, 0.0))


# Written for this test: a wish, a plan or self-harm, each read by the rules and denied.
DENIED_ONLY = [
    "死にたいって思ったことはない",  # pinned none in test_safety_risk.py
    "しにたいなんて おもわないよ",
    "きえたいって おもった ことは ないかな",
    "しにたい わけじゃ ないよ",
]


@pytest.mark.parametrize("text", DENIED_ONLY)
def test_a_denied_wish_leaves_a_finding_of_level_none(text: str) -> None:
    a = rules(text)
    assert a.level == "none"
    assert a.categories == ()
    denied = [s for s in a.spans if s.note == DENIED]
    assert denied and all(s.level == "none" for s in denied), a.spans
    # the models read what they read before the guard: only the lift sees the denial
    assert not any(DENIED in f for f in learned.features(a))


@pytest.mark.parametrize("text", DENIED_ONLY)
def test_a_layer_that_would_lift_leaves_a_denied_text_alone(text: str) -> None:
    always = always_lifting()
    # the same layer lifts a text where the rules found nothing: what keeps the denied text
    # down is the denial, not a layer that lifts nothing
    nothing = rules("きょうは あめ")
    assert nothing.spans == () and learned.lift(nothing, always).at_least("high")
    a = rules(text)
    assert learned.lift(a, always) is a


def test_a_real_wish_beside_a_denied_one_is_rated_by_the_real_one() -> None:
    # the denial covers the words it denies: the wish said after it stands, for the rules and
    # for the layer (which may still raise it, here high → imminent)
    text = "まえは しにたいなんて おもわなかった。 でも いまは しにたい"
    a = rules(text)
    assert a.level == rules("いまは しにたい").level == "high"
    assert any(s.note == DENIED for s in a.spans)
    assert learned.lift(a, always_lifting()).level == "imminent"


def test_the_shipped_layer_no_longer_lifts_a_denied_wish() -> None:
    # before the guard the shipped weights lifted it to high (P(serious) above 0.95 on
    # 「きえたい」「おもった」「ない」)
    text = "きえたいって おもった ことは ないかな"
    assert rules(text).level == "none"
    assert assess(text).level == "none"
