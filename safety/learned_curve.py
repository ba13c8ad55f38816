"""The learned layer's learning curve by writer-file: ``python -m safety.learned_curve [-j 2]``.

A measure only (writes no weights): would more tuning files make the serious model carry over
better to writers it never read?  Each repeat shuffles the files the shipped layer learns from
(``learned_train.tuning_sources``; never ``RISK_LAYER_HELD_OUT``, never a blind split), holds a
fifth of them out, and fits the layer on nested random subsets of the rest (a quarter, half,
three quarters, all of it) with the trainer's own code: features (``examples``), fitting,
out-of-fold scores and threshold choice (``choose``).  Each fit is scored on the files held out
in that repeat and on the files the shipped layer never reads (``RISK_LAYER_HELD_OUT``, written
by writers who read no rule, fixed across repeats): serious ≥ high with rules + layer (as
``python -m safety train --by-file`` counts it: originals, judged texts left to the rules) and
none-labelled ≥ high.  The rules' reading of every text is cached once (``CACHE``) because it
is most of the cost.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import pickle
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from safety import learned
from safety import learned_train as lt
from safety.levels import CRISIS, LEVELS

FRACTIONS = (0.25, 0.5, 0.75, 1.0)
"""Shares of the files left after the held-out fifth that each fit learns from."""
HELD_OUT_SHARE = 0.2
REPEATS = 3
SEED = 0
# In the user's own cache folder, not a shared /tmp: the cache is unpickled, and only a file this
# user wrote may be.
CACHE = Path.home() / ".cache" / "kakurega" / "learned_curve"
"""Where the rules' reading of the tuning texts is kept between runs (keyed by data and code)."""


@dataclass(frozen=True, slots=True)
class Draw:
    repeat: int
    fraction: float
    held_out: tuple[str, ...]
    train: tuple[str, ...]


def draws(
    files: list[str],
    never: frozenset[str] = lt.RISK_LAYER_HELD_OUT,
    fractions: tuple[float, ...] = FRACTIONS,
    repeats: int = REPEATS,
    seed: int = SEED,
) -> list[Draw]:
    """For each repeat, a held-out fifth of ``files`` and nested random training subsets of the
    rest; a file in ``never`` or under blind/ is neither trained on nor rotated."""
    pool = sorted(f for f in files if f not in never and not f.startswith(f"{lt.BLIND}/"))
    out: list[Draw] = []
    for r in range(repeats):
        order = list(pool)
        random.Random(seed + r).shuffle(order)
        k = max(1, round(HELD_OUT_SHARE * len(order)))
        held, rest = tuple(sorted(order[:k])), order[k:]
        for f in fractions:
            # nested: the half is the quarter plus more files, so sizes differ only in files added
            out.append(Draw(r, f, held, tuple(sorted(rest[: max(1, round(f * len(rest)))]))))
    return out


def _key() -> str:
    """Data and rules: the cache is stale when any tuning file or any safety source changes."""
    h = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(
        [*root.rglob("*"), *lt.DATA.glob("risk_*.tsv"), *(lt.DATA / "classed").glob("risk*.tsv")]
    ):
        if path.is_file() and "__pycache__" not in path.parts and path.name != "learned_curve.py":
            h.update(path.as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _read(part: tuple[list[object], list[str]]) -> list[lt.Example]:
    return lt.examples(*part)  # type: ignore[arg-type]


def rows(jobs: int = 1) -> list[lt.Example]:
    """Every tuning text (held-out files' too; never a blind split) as the rules read it, cached."""
    path = CACHE.with_name(f"{CACHE.name}_{_key()}.pkl")
    if path.exists():
        return pickle.loads(path.read_bytes())
    sourced = lt.tuning_sources(leave_out=frozenset(), retired=False)
    items, names = [item for item, _ in sourced], [name for _, name in sourced]
    if jobs > 1:
        import multiprocessing

        step = -(-len(items) // jobs)
        parts = [(items[i : i + step], names[i : i + step]) for i in range(0, len(items), step)]
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            done = pool.map(_read, parts)  # type: ignore[arg-type]
        # each part numbers its texts from 0: shift so a text and its variants stay one group
        out = [dataclasses.replace(r, group=r.group + n * step) for n, part in enumerate(done) for r in part]
    else:
        out = lt.examples(items, names)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))
    return out


@dataclass(frozen=True, slots=True)
class Score:
    draw: Draw
    thresholds: learned.Thresholds
    # (hits, count) on the repeat's held-out files and on RISK_LAYER_HELD_OUT
    serious: tuple[int, int]
    none_high: tuple[int, int]
    fixed_serious: tuple[int, int]
    fixed_none_high: tuple[int, int]
    rules_serious: tuple[int, int]
    fixed_rules_serious: tuple[int, int]


_ROWS: list[lt.Example] = []
_FIXED = False
"""Score at the shipped thresholds instead of choosing them for each fit (``--fixed``)."""


def score(draw: Draw, all_rows: list[lt.Example] | None = None) -> Score:
    from scipy.sparse import csr_matrix

    every = _ROWS if all_rows is None else all_rows
    train = [r for r in every if r.source in draw.train]
    if _FIXED:
        # the shipped operating point (learned.json): no out-of-fold fits, a sixth of the cost
        body = json.loads(lt.WEIGHTS_PATH.read_text(encoding="utf-8"))
        thresholds = learned.Thresholds(**body["thresholds"])
    else:
        thresholds, _ = lt.choose(train, lt.out_of_fold(train))
    vocab = lt._vocabulary(train)
    serious = lt._fit(train, CRISIS, vocab)
    imminent = lt._fit(train, ("imminent",), vocab)

    def counts(test: list[lt.Example]) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
        X = lt._matrix(test, vocab, csr_matrix)
        ps, pi = serious.predict_proba(X)[:, 1], imminent.predict_proba(X)[:, 1]
        rank = LEVELS.index
        got = [
            (r, r.rule_level if r.judged else learned.decide(r.rule_level, float(a), float(b), thresholds))
            for r, a, b in zip(test, ps, pi, strict=True)
        ]
        s = [rank(lv) >= 2 for r, lv in got if r.level in CRISIS]
        n = [rank(lv) >= 2 for r, lv in got if r.level == "none"]
        rules = [rank(r.rule_level) >= 2 for r, _ in got if r.level in CRISIS]
        return (sum(s), len(s)), (sum(n), len(n)), (sum(rules), len(rules))

    held = counts([r for r in every if r.original and r.source in draw.held_out])
    fixed = counts([r for r in every if r.original and r.source in lt.RISK_LAYER_HELD_OUT])
    return Score(draw, thresholds, held[0], held[1], fixed[0], fixed[1], held[2], fixed[2])


def _init(all_rows: list[lt.Example], fixed: bool = False) -> None:
    global _ROWS, _FIXED
    _ROWS, _FIXED = all_rows, fixed


def table(scores: list[Score]) -> str:
    def rate(x: tuple[int, int]) -> float:
        return x[0] / x[1] if x[1] else 0.0

    def cell(xs: list[float]) -> str:
        sd = statistics.stdev(xs) if len(xs) > 1 else 0.0
        return f"{statistics.mean(xs):.3f} ± {sd:.3f} ({min(xs):.3f}–{max(xs):.3f})"

    lines = [
        "files  rotating held-out: serious≥high  none≥high        "
        "| RISK_LAYER_HELD_OUT: serious≥high  none≥high          | thresholds",
    ]
    for f in sorted({s.draw.fraction for s in scores}):
        mine = [s for s in scores if s.draw.fraction == f]
        used = statistics.mean(len(s.draw.train) for s in mine)
        ts = sorted({s.thresholds.high_from_none for s in mine})
        held = f"{cell([rate(s.serious) for s in mine])}  {cell([rate(s.none_high) for s in mine])}"
        fixed = (
            f"{cell([rate(s.fixed_serious) for s in mine])}  {cell([rate(s.fixed_none_high) for s in mine])}"
        )
        lines.append(f"{used:5.1f}  {held} | {fixed} | {'/'.join(f'{t:.2f}' for t in ts)}")
    base = scores[0]
    lines.append(
        f"rules alone: rotating serious≥high {statistics.mean(rate(s.rules_serious) for s in scores):.3f}; "
        f"RISK_LAYER_HELD_OUT serious≥high {rate(base.fixed_rules_serious):.3f} "
        f"({base.fixed_serious[1]} serious, {base.fixed_none_high[1]} none texts); "
        f"mean ± sd over {len({s.draw.repeat for s in scores})} repeats (min–max)"
    )
    return "\n".join(lines)


def _progress(s: Score, start: float) -> None:
    d = s.draw
    print(
        f"  repeat {d.repeat} {len(d.train)} files: serious≥high {s.serious[0]}/{s.serious[1]}, "
        f"none≥high {s.none_high[0]}/{s.none_high[1]} ({time.monotonic() - start:.0f} s)",
        file=sys.stderr,
        flush=True,
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m safety.learned_curve", description=__doc__)
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--fixed", action="store_true", help="the shipped thresholds, not chosen per fit")
    args = parser.parse_args(argv)
    start = time.monotonic()
    all_rows = rows(args.jobs)
    files = sorted({r.source for r in all_rows})
    plan = draws(files, repeats=args.repeats)
    print(
        f"{len(all_rows)} examples from {len(files)} files; "
        f"{len(plan) // len(FRACTIONS)} repeats × {len(FRACTIONS)} sizes; "
        f"held out per repeat {len(plan[0].held_out)} files "
        f"({time.monotonic() - start:.0f} s to read)",
        flush=True,
    )
    if args.jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(args.jobs, _init, (all_rows, args.fixed)) as pool:
            scores = []
            for s in pool.imap(score, plan, chunksize=1):
                scores.append(s)
                _progress(s, start)
    else:
        _init(all_rows, args.fixed)
        scores = []
        for d in plan:
            scores.append(score(d))
            _progress(scores[-1], start)
    print(table(scores))
    print(f"took {time.monotonic() - start:.0f} s")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
