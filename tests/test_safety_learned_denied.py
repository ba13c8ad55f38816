"""A wish the rules read as denied (「死にたいって思ったことはない」) leaves a finding of level
none, note ``denied``, and the learned layer leaves a text whose only risky finding is denied
alone (docs/history/safety-rounds.md, "The second round of 2026-12-06: decisions…", and
docs/safety.md, "Operating point, 2026-12-06"): the retrain at MAX_FP_HIGH 0.008 lifted
「死にたいって思ったことはない」 to high."""

from __future__ import annotations

import pytest

from safety import learned
from safety.constructions.words import ASKED, DENIED
from safety.risk import Assessment, assess


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


# Third round of 2026-12-06: a denial hedged by a concession or a doubt is a wish half taken
# back (the tuning writers label it high); the rules leave it to the layer, as before the guard.
HEDGED = [
    "しにたいわけじゃないけど、いきてたくもない",
    "しにたいとは おもわないけど つかれた",
]


@pytest.mark.parametrize("text", HEDGED)
def test_a_hedged_denial_is_left_to_the_layer(text: str) -> None:
    a = rules(text)
    assert a.level == "none"
    assert not any(s.note == DENIED for s in a.spans), a.spans
    assert learned.lift(a, always_lifting()).at_least("high")


# Ninth round of 2026-12-07: a denial doubted (たぶん, と思う, かも, in its sentence or opening
# the next) leaves the wish standing, read by the rules themselves: the layer did not lift every
# one of them on texts it never read.
DOUBTED = [
    "消えたいわけじゃない、と思う。たぶん。",
    "きえたいって おもった ことは ないかもしれない",
]


@pytest.mark.parametrize("text", DOUBTED)
def test_a_doubted_denial_is_read_as_the_wish(text: str) -> None:
    a = rules(text)
    assert a.at_least("high"), a.spans
    assert not any(s.note == DENIED for s in a.spans), a.spans


@pytest.mark.parametrize(
    ("rest", "hedged"),
    [
        ("けど、いきてたくもない", True),
        ("、とおもう。たぶん。", True),
        ("かもしれない", True),
        ("ないが、つらい", True),
        ("よ", False),
        ("かな", False),
        ("。けど あしたは がっこう", False),  # a concession in the next sentence hedges nothing
    ],
)
def test_what_hedges_a_denial(rest: str, hedged: bool) -> None:
    from safety.constructions.grammar import hedged_read

    assert hedged_read(rest) is hedged


# An act said as now with nothing named is imminent (「いまから やる」); asked of someone it is an
# everyday question, which the rules read and set aside (note ``asked``) for the layer too.
ASKED_ONLY = ["いまから やる？", "これから やるか", "いまから やる?"]


@pytest.mark.parametrize("text", ASKED_ONLY)
def test_an_act_asked_leaves_a_finding_the_layer_leaves_alone(text: str) -> None:
    a = rules(text)
    assert a.level == "none" and a.categories == ()
    assert [s.note for s in a.spans] == [ASKED], a.spans
    assert not any(ASKED in f for f in learned.features(a))
    assert learned.lift(a, always_lifting()) is a


def test_the_act_said_stays_imminent_and_a_wish_beside_an_act_asked_stays_the_layers() -> None:
    assert rules("いまから やる").level == "imminent"
    a = rules("しにたい。いまから やる？")
    assert a.at_least("high")
    assert any(s.note == ASKED for s in a.spans)
    assert learned.lift(a, always_lifting()).level == "imminent"
