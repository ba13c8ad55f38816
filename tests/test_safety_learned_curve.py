"""The learning-curve measure (``safety.learned_curve``) trains only on files it may: never a
file it scores in that repeat, never one the shipped layer holds out, never a blind split."""

from __future__ import annotations

import itertools

from safety.learned_curve import draws
from safety.learned_train import RISK_LAYER_HELD_OUT


def test_the_curve_never_trains_on_a_held_out_or_blind_file() -> None:
    files = [f"classed/risk_tuning_{n:02}.tsv" for n in range(30)]
    files += [*sorted(RISK_LAYER_HELD_OUT), "blind/risk_blind_2026-12-06.tsv", "blind/risk_blind.tsv"]
    plan = draws(files, repeats=4)
    assert len(plan) == 16
    for d in plan:
        assert d.train, d
        assert not set(d.train) & set(d.held_out), d
        assert not set(d.train) & RISK_LAYER_HELD_OUT, d
        assert not set(d.held_out) & RISK_LAYER_HELD_OUT, d
        assert not any(f.startswith("blind/") for f in (*d.train, *d.held_out)), d
    # nested sizes within a repeat: the larger fit reads every file of the smaller one
    for r in range(4):
        sizes = sorted((d for d in plan if d.repeat == r), key=lambda d: d.fraction)
        for small, big in itertools.pairwise(sizes):
            assert set(small.train) < set(big.train)
            assert small.held_out == big.held_out
