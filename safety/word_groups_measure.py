"""Do word groups help the learned risk layer on writers it never read?  A measure only.

``python -m safety.word_groups_measure TABLE [TABLE…] [--by-file] [-j 2]`` (writes no weights;
needs the ``train`` extra).  Each ``TABLE`` is a file ``safety.word_groups_build`` wrote
(word → group), ``base`` for today's features, and may end in ``+pairs`` for group pairs too.
For each, the learned layer's trainer (``safety.learned_train``: ``examples``' features,
``out_of_fold``, ``choose``, ``_vocabulary``, ``_fit``) is run on the files the shipped layer
learns from, exactly as ``python -m safety train`` runs it, and the fit is scored, originals
only and judged texts left to the rules, on the files it never reads (``RISK_LAYER_HELD_OUT``,
written by writers who read no rule): serious ≥ high, none-labelled ≥ high and concern-labelled
≥ high with rules + layer.  With ``--by-file`` also ``learned_train.leave_one_file_out``'s
pooled figures (each learning file scored by models that never read it, at thresholds chosen
without it: what ``python -m safety train --by-file`` prints).

The rules' reading of every text is the costly part and does not depend on the groups: it is
read once with today's features (``learned.features``, which reads no groups) by
``learned_curve.rows`` and cached there (keyed by the rules and the data), and each table's ``g:``
features are added from the words (``w:``) and word pairs (``b:``) already read — the same
features ``learned.text_features`` gives with that table as ``groups``.  Prints counts only.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

from safety import learned
from safety import learned_curve as lc
from safety import learned_train as lt
from safety.levels import CRISIS, LEVELS


def with_groups(rows: list[lt.Example], groups: dict[str, str], pairs: bool) -> list[lt.Example]:
    """``rows`` with each word's group (and each neighbouring pair's with ``pairs``) added."""
    out: list[lt.Example] = []
    for r in rows:
        extra: set[str] = set()
        for f in r.features:
            if f.startswith("w:"):
                g = groups.get(f[2:])
                if g is not None:
                    extra.add(g)
            elif pairs and f.startswith("b:"):
                first, _, second = f[2:].partition("|")
                a, b = groups.get(first), groups.get(second)
                if a is not None and b is not None:
                    extra.add(f"{a}|{b[2:]}")
        out.append(dataclasses.replace(r, features=r.features | extra) if extra else r)
    return out


def never_read(rows: list[lt.Example]) -> dict[str, object]:
    """The trainer on the learning files, scored on ``RISK_LAYER_HELD_OUT``."""
    from scipy.sparse import csr_matrix

    train = [r for r in rows if r.source not in lt.RISK_LAYER_HELD_OUT]
    t, cv = lt.choose(train, lt.out_of_fold(train))
    vocab = lt._vocabulary(train)
    serious = lt._fit(train, CRISIS, vocab)
    imminent = lt._fit(train, ("imminent",), vocab)
    test = [r for r in rows if r.original and r.source in lt.RISK_LAYER_HELD_OUT]
    X = lt._matrix(test, vocab, csr_matrix)
    ps, pi = serious.predict_proba(X)[:, 1], imminent.predict_proba(X)[:, 1]
    rank = LEVELS.index
    got = [
        (r, r.rule_level if r.judged else learned.decide(r.rule_level, float(a), float(b), t))
        for r, a, b in zip(test, ps, pi, strict=True)
    ]

    def count(labels: tuple[str, ...], at_least: int) -> tuple[int, int]:
        hits = [rank(lv) >= at_least for r, lv in got if r.level in labels]
        return sum(hits), len(hits)

    return {
        "thresholds": f"{t.high_from_none:.3f}/{t.high_from_concern:.3f}/{t.imminent:.2f}",
        "features": len(vocab),
        "groups": sum(f.startswith("g:") for f in vocab),
        "serious_high": count(CRISIS, 2),
        "imminent": count(("imminent",), 3),
        "none_high": count(("none",), 2),
        "none_concern": count(("none",), 1),
        "concern_high": count(("concern",), 2),
        "cv_serious_high": cv["layer_serious_high"],
        "cv_none_high": cv["layer_none_high"],
    }


def by_file(rows: list[lt.Example]) -> str:
    train = [r for r in rows if r.source not in lt.RISK_LAYER_HELD_OUT]
    figures = lt.leave_one_file_out(train)
    pooled = figures[0]
    for f in figures[1:]:
        pooled = pooled + f
    return (
        f"by file (pooled over {len(figures)} files): serious≥high {pooled.serious_layer}/{pooled.serious} "
        f"(rules {pooled.serious_rules}); imminent {pooled.imminent_layer}/{pooled.imminent}; "
        f"none≥concern {pooled.none_concern_layer}/{pooled.none} (rules {pooled.none_concern_rules})\n"
        + lt.format_by_file(figures)
    )


def _one(job: tuple[str, bool]) -> str:
    name, files = job
    start = time.monotonic()
    table, _, option = name.partition("+")
    rows = (
        _ROWS
        if table == "base"
        else with_groups(
            _ROWS, learned.read_groups(Path(table).read_text(encoding="utf-8")), option == "pairs"
        )
    )
    out = [f"{name}: {never_read(rows)} ({time.monotonic() - start:.0f} s)"]
    if files:
        out.append(f"{name}: {by_file(rows)} ({time.monotonic() - start:.0f} s)")
    return "\n".join(out)


_ROWS: list[lt.Example] = []


def main(argv: list[str]) -> int:
    global _ROWS
    parser = argparse.ArgumentParser(prog="python -m safety.word_groups_measure", description=__doc__)
    parser.add_argument("tables", nargs="+", help="word_groups tables, 'base', each may end in +pairs")
    parser.add_argument("--by-file", action="store_true")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    for name in args.tables:
        table = name.partition("+")[0]
        if table != "base" and not Path(table).is_file():
            print(
                f"{table}: no such table (write one with python -m safety.word_groups_build)", file=sys.stderr
            )
            return 2
    # today's features: the site's ``learned.features`` reads no groups, so the curve's cache is ours
    _ROWS = lc.rows(args.jobs)
    jobs = [(name, args.by_file) for name in args.tables]
    if args.jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            for text in pool.imap(_one, jobs, chunksize=1):
                print(text, flush=True)
    else:
        for job in jobs:
            print(_one(job), flush=True)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
