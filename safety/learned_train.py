"""Training the learned layer (``safety.learned``): ``python -m safety train [--check]``.

Reads the tuning sets (everything ``python -m safety evaluate`` calls tuning:
``tests/data/*.tsv`` and ``tests/data/classed/*.tsv``) and, only when ``RISK_LEARNS_RETIRED``
is on, the retired blind splits' risk files (``RETIRED_BLIND_SPLITS``); never a blind split that
is kept blind.  It fits two logistic regressions with scikit-learn (a training-only extra: ``pip install
-e '.[train]'``; the site itself never imports it), chooses the thresholds by k-fold
cross-validation and writes ``safety/model/learned.json``: sorted keys, rounded weights, no
pickle, the same bytes for the same data.  ``--check`` writes nothing and exits 1 when the
shipped file differs from what training gives now (stale weights).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from safety import learned
from safety.disguise import variants
from safety.evaluation import ClassedRisk
from safety.levels import CRISIS, LEVELS
from safety.risk import assess

FOLDS = 5
SEED = 0
C = 1.0
"""Inverse L2 strength of both regressions."""
MIN_DF = 2
"""A feature is kept when at least this many training texts have it."""
MAX_FP_HIGH = 0.008
"""Most of the none-labelled texts the layer may lift to ≥ high (out of fold)."""
MAX_CONCERN_LIFTED = 0.05
"""Most of the concern-labelled texts the layer may lift to high (out of fold)."""
MAX_FALSE_IMMINENT = 0.05
"""Most of the high-labelled texts the layer may lift to imminent (out of fold)."""
BY_FILE = False
"""Thresholds chosen on folds that hold whole tuning files (``fold_of``) rather than texts."""
FILE_WEIGHTS = False
"""Each file's none- and concern-labelled texts weigh the same in training (``sample_weights``)."""
MAX_FP_HIGH_PER_FILE: float | None = None
"""Most of one file's none-labelled texts the layer may lift to ≥ high (out of fold; at least
one text), on top of ``MAX_FP_HIGH`` over all files; None: no cap per file."""
DIGITS = 4
GRID = tuple(round(0.30 + 0.01 * i, 2) for i in range(70))
"""Thresholds tried, lowest first."""
RISK_GRID = (*GRID, *(round(0.991 + 0.001 * i, 3) for i in range(9)))
"""…and for the risk layer finer steps above 0.99: scored by models that never read a file's
writer, hard negatives reach P ≥ 0.99 more often than scored by random folds."""

WEIGHTS_PATH = Path(__file__).resolve().parent.joinpath(*learned.WEIGHTS)
DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


@dataclass(frozen=True, slots=True)
class Example:
    level: str
    group: int
    """Index of the source text: its disguised variants stay in its fold."""
    rule_level: str
    features: frozenset[str]
    original: bool
    judged: bool
    """The rules judged the context (``learned._JUDGED``): the layer leaves it alone."""
    source: str = ""
    """The tuning file the text comes from (one writer, one sitting): a file stays in one fold."""


# Tuning files the rules are tuned on but the learned layer never reads. The twins file pairs
# serious texts with harmless twins sharing their words (110 of its 160 none texts): adversarial
# by construction, it would set the layer's false-alarm budget on its own (trained on, both
# thresholds rose from 0.98 to 0.99). Held out, it measures the layer's false alarms on twins
# (docs/history/safety-rounds.md, "Round of 2026-12-03 (evening)").
# The night round of 2026-12-04's four helper files (i, j, ab, ac) likewise: each brief asked for
# about ninety hard negatives borrowing its class's shapes. Trained on, they raised both
# thresholds from 0.96 to 0.98 and the cross-validated serious ≥ high fell from 0.906 to 0.890;
# held out, the thresholds stay 0.96 and the four files measure the layer on writers it never read
# (docs/history/safety-rounds.md, "The blind splits, scored at the end of the night round of 2026-12-04").
# The round of 2026-12-05 decided before it began that the layer would not be retrained and that
# its four new files (a, b, c, g) would measure the layer unseen (docs/history/safety-rounds.md,
# "The blind splits, scored at the end of the round of 2026-12-05"); the evening round's two (j, o)
# likewise, after trial fits showed learning these files raises the thresholds (docs/history/safety-rounds.md,
# "The evening round of 2026-12-05: decisions taken before the fourteenth split was scored").
RISK_LAYER_HELD_OUT = frozenset(
    {
        "classed/risk_tuning_2026-12-03n.tsv",
        "classed/risk_tuning_2026-12-04i.tsv",
        "classed/risk_tuning_2026-12-04j.tsv",
        "classed/risk_tuning_2026-12-04ab.tsv",
        "classed/risk_tuning_2026-12-04ac.tsv",
        "classed/risk_tuning_2026-12-05a.tsv",
        "classed/risk_tuning_2026-12-05b.tsv",
        "classed/risk_tuning_2026-12-05c.tsv",
        "classed/risk_tuning_2026-12-05g.tsv",
        "classed/risk_tuning_2026-12-05o.tsv",
        "classed/risk_tuning_2026-12-05j.tsv",
        # Written at the start of the fourth round of 2026-12-06 by two writers who read no rule
        # (unseen on 8539f64: ≥ high 0.967 and 0.906, ordinary ≥ concern 0.050 each); held out
        # until a retrain measured with them decides (docs/history/safety-rounds.md, "The fourth round…").
        "classed/risk_tuning_2026-12-06j.tsv",
        "classed/risk_tuning_2026-12-06k.tsv",
        # Four more such writers (unseen on 50f12ab: ≥ high 0.911, 0.944, 0.935 and 0.928;
        # ordinary ≥ concern 0.100, 0.062, 0.037 and 0.050), held out likewise.
        "classed/risk_tuning_2026-12-06n.tsv",
        "classed/risk_tuning_2026-12-06o.tsv",
        "classed/risk_tuning_2026-12-06p.tsv",
        "classed/risk_tuning_2026-12-06q.tsv",
        # And four more (06r–u; unseen on 0ac22f5: ≥ high 0.917, 0.917, 0.868 and 0.877; ordinary
        # ≥ concern 0.037, 0.075, 0.061 and 0.075).
        "classed/risk_tuning_2026-12-06r.tsv",
        "classed/risk_tuning_2026-12-06s.tsv",
        "classed/risk_tuning_2026-12-06t.tsv",
        "classed/risk_tuning_2026-12-06u.tsv",
        # The fifth round's harmless farewells, plans and methods (unseen on 1be27f8: ≥ high 0.950,
        # ordinary ≥ concern 0.227), written before its helper read the rules that it then tuned.
        "classed/risk_tuning_2026-12-06v.tsv",
        # Risk round w's hard negatives in topics no blind brief listed, with serious texts on the
        # same topics (unseen on a2128a5: ≥ high 0.940, ordinary ≥ concern 0.193); the weights are
        # not retrained in that round (docs/history/safety-rounds.md, "Risk round w").
        "classed/risk_tuning_2026-12-06w.tsv",
        # Risk round x's farewells and hidden wishes with harmless texts of the same shape, written
        # before its helper read a rule; held out so that it measures the layer unseen.
        "classed/risk_tuning_2026-12-06x.tsv",
        # Risk round l's farewells and last things done, with harmless twins sharing each surface
        # (a move, a graduation, a trip), written before its helper read a rule; held out likewise.
        "classed/risk_tuning_2026-12-07p.tsv",
        # Risk round s's leftovers (nothing left but dying, a birthday not reached) with harmless
        # twins sharing each surface, written before its helper changed a rule; held out likewise.
        "classed/risk_tuning_2026-12-07s.tsv",
        # The ninth risk round's hidden wishes, harm at home, burden, method questions, farewells
        # and places now with hard negatives near the line, written before any rule of the round
        # changed; held out likewise.
        "classed/risk_tuning_2026-12-07t.tsv",
        # Risk round u's false alarms near the line (games, jokes, lessons, harmless heights and
        # doses) with burden, method questions naming no method and farewells by tidying or
        # entrusting, written before any rule of the round changed; held out likewise.
        "classed/risk_tuning_2026-12-07u.tsv",
        # Risk round v's farewells with no death word (thanks as a last thing, loved things given
        # away, a pet entrusted from now on) and harm at home told as a habit, with hard negatives
        # sharing each surface, written before any rule of the round changed; held out likewise.
        "classed/risk_tuning_2026-12-07v.tsv",
    }
)


# The blind splits retired into the learned layers' training, by the suffix of their files
# (``risk_blind<suffix>.tsv``, ``robot_replies_blind<suffix>.toml``): the fourteen written before
# 2026-12-06, the largest body of independent writers the project has, while the layer looked
# capped near 0.93 on new writers for want of writers (docs/history/safety-rounds.md, "The seventh round of
# 2026-12-06").  The six splits of 2026-12-06 and every later one stay blind: no code here reads
# them.  Whether training reads these is switched by ``RISK_LEARNS_RETIRED`` and
# ``REPLIES_LEARN_RETIRED`` (or each function's ``retired`` argument), so that the experiment can
# fit with and without them on the same code.  Their names files are not training data: the
# names check has no learned model.  Both switches are off: the experiment found the risk layer
# gaining one text of 1,141 on the kept splits and the reply model showing more harmful tuning
# replies leaving one file out ("The retired-splits experiment": not shipped), so all splits stay blind.
RETIRED_BLIND_SPLITS = (
    "",
    "_2026-12-02",
    "_2026-12-02c",
    "_2026-12-02d",
    "_2026-12-02e",
    "_2026-12-02f",
    "_2026-12-03",
    "_2026-12-03b",
    "_2026-12-03c",
    "_2026-12-04",
    "_2026-12-04b",
    "_2026-12-04c",
    "_2026-12-05",
    "_2026-12-05b",
)
BLIND = "blind"
"""The folder of the blind splits under ``DATA``."""
RISK_LEARNS_RETIRED = False
"""The risk layer learns the retired splits' risk files (``retired_risk_files``)."""


def retired_risk_files(data: Path = DATA) -> list[tuple[str, list[ClassedRisk]]]:
    """The retired blind splits' risk files, each a training file of its own named as the tuning
    files are, relative to ``data`` (``blind/risk_blind_2026-12-02.tsv``): one writer's sitting
    each, so folds by file keep each in one fold."""
    from safety.evaluation import parse_classed_risk

    files: list[tuple[str, list[ClassedRisk]]] = []
    for suffix in RETIRED_BLIND_SPLITS:
        name = f"{BLIND}/risk_blind{suffix}.tsv"
        files.append((name, parse_classed_risk((data / name).read_text(encoding="utf-8"))))
    return files


def tuning_sources(
    data: Path = DATA, leave_out: frozenset[str] = RISK_LAYER_HELD_OUT, retired: bool | None = None
) -> list[tuple[ClassedRisk, str]]:
    """The tuning risk texts the layer learns from, each text once (with the highest level it is
    labelled), and the file that label comes from (the first such file); never the files named
    in ``leave_out``.  With ``retired`` (default ``RISK_LEARNS_RETIRED``, read at the call so a
    measurement can switch it), the retired blind splits' risk files too, after the tuning files."""
    from safety.cli import _tuning_risk_files  # the one definition of "tuning"; never blind/

    if retired is None:
        retired = RISK_LEARNS_RETIRED
    files = _tuning_risk_files(data) + (retired_risk_files(data) if retired else [])
    best: dict[str, tuple[ClassedRisk, str]] = {}
    for name, items in files:
        if name in leave_out:
            continue
        for item in items:
            seen = best.get(item.text)
            if seen is None or LEVELS.index(item.level) > LEVELS.index(seen[0].level):
                best[item.text] = (item, name)
    return [best[t] for t in sorted(best)]


def tuning_items(data: Path = DATA, retired: bool | None = None) -> list[ClassedRisk]:
    """The tuning risk texts, each text once (with the highest level it is labelled)."""
    return [item for item, _ in tuning_sources(data, retired=retired)]


def data_digest(items: list[ClassedRisk]) -> str:
    h = hashlib.sha256()
    for item in items:
        h.update(f"{item.level}\t{item.text}\n".encode())
    return h.hexdigest()


def examples(items: list[ClassedRisk], sources: list[str] | None = None) -> list[Example]:
    """Each text as the rules alone read it, plus the disguised variants of serious texts
    (so the layer learns what a disguise leaves behind after folding); ``sources`` names the
    file of each item."""
    was = learned.enabled()
    learned.set_enabled(False)
    try:
        out: list[Example] = []
        for group, item in enumerate(items):
            texts = [item.text]
            if item.level in CRISIS:
                texts.extend(v for _, v in variants(item.text))
            for n, text in enumerate(dict.fromkeys(texts)):
                # read as the layer reads it in use: distress-only concern as nothing found
                a = learned.layer_view(assess(text))
                f = learned.features(a)
                out.append(
                    Example(
                        item.level,
                        group,
                        a.level,
                        f,
                        n == 0,
                        learned.judged(a, f),
                        sources[group] if sources is not None else "",
                    )
                )
        return out
    finally:
        learned.set_enabled(was)


def _fit(  # type: ignore[no-untyped-def]
    rows: list[Example],
    positive: tuple[str, ...],
    vocab: dict[str, int],
    c: float = C,
    weights: list[float] | None = None,
):
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    X = _matrix(rows, vocab, csr_matrix)
    y = [int(r.level in positive) for r in rows]
    model = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=1000)
    model.fit(X, y, sample_weight=weights)
    return model


def _matrix(rows: list[Example], vocab: dict[str, int], csr_matrix):  # type: ignore[no-untyped-def]
    data, cols, ptr = [], [], [0]
    for r in rows:
        idx = sorted(vocab[f] for f in r.features if f in vocab)
        cols.extend(idx)
        data.extend([1.0] * len(idx))
        ptr.append(len(cols))
    return csr_matrix((data, cols, ptr), shape=(len(rows), len(vocab)))


def _vocabulary(rows: list[Example], min_df: int = MIN_DF) -> dict[str, int]:
    df: dict[str, int] = {}
    for r in rows:
        for f in r.features:
            df[f] = df.get(f, 0) + 1
    return {f: i for i, f in enumerate(sorted(f for f, n in df.items() if n >= min_df))}


def sample_weights(rows: list[Example]) -> list[float] | None:
    """With ``FILE_WEIGHTS``: each file's none- and concern-labelled texts weigh the same in
    all (a file of 245 hard negatives counts no more than one of 25), so no one writer's
    style of not-serious text sets the layer's bar; serious texts weigh 1.  None without."""
    if not FILE_WEIGHTS:
        return None
    count: dict[tuple[str, str], int] = {}
    for r in rows:
        if r.level in ("none", "concern"):
            count[r.level, r.source] = count.get((r.level, r.source), 0) + 1
    out: list[float] = []
    for r in rows:
        if r.level not in ("none", "concern"):
            out.append(1.0)
            continue
        files = [n for (lv, _), n in count.items() if lv == r.level]
        out.append(sum(files) / len(files) / count[r.level, r.source])
    return out


def fold_of(rows: list[Example], by_file: bool = BY_FILE) -> list[int]:
    """The fold of each example.  By file (``BY_FILE``): whole tuning files dealt to ``FOLDS``
    folds, largest first, each to the fold with fewest examples, so a model is always scored
    on a writer it never read; else (as before 2026-12-03) source texts shuffled into folds,
    each text with its disguised variants."""
    if by_file:
        size: dict[str, int] = {}
        for r in rows:
            size[r.source] = size.get(r.source, 0) + 1
        load = [0] * FOLDS
        of_file: dict[str, int] = {}
        for name in sorted(size, key=lambda n: (-size[n], n)):
            k = min(range(FOLDS), key=lambda k: (load[k], k))
            of_file[name] = k
            load[k] += size[name]
        return [of_file[r.source] for r in rows]
    groups = sorted({r.group for r in rows})
    of_group = {g: i % FOLDS for i, g in enumerate(_shuffled(groups))}
    return [of_group[r.group] for r in rows]


def out_of_fold(rows: list[Example], folds: list[int] | None = None) -> list[tuple[float, float]]:
    """P(serious), P(imminent) of every example from models that never saw its fold
    (``fold_of`` unless ``folds`` is given)."""
    from scipy.sparse import csr_matrix

    folds = fold_of(rows) if folds is None else folds
    weights = sample_weights(rows)
    probs: list[tuple[float, float]] = [(0.0, 0.0)] * len(rows)
    for k in sorted(set(folds)):
        train = [r for r, f in zip(rows, folds, strict=True) if f != k]
        w = None if weights is None else [x for x, f in zip(weights, folds, strict=True) if f != k]
        test = [i for i, f in enumerate(folds) if f == k]
        vocab = _vocabulary(train)
        serious = _fit(train, CRISIS, vocab, C, w)
        imminent = _fit(train, ("imminent",), vocab, C, w)
        X = _matrix([rows[i] for i in test], vocab, csr_matrix)
        p_serious, p_imminent = serious.predict_proba(X)[:, 1], imminent.predict_proba(X)[:, 1]
        for i, ps, pi in zip(test, p_serious, p_imminent, strict=True):
            probs[i] = (float(ps), float(pi))
    return probs


def _shuffled(groups: list[int]) -> list[int]:
    import random

    out = list(groups)
    random.Random(SEED).shuffle(out)
    return out


def choose(
    rows: list[Example], probs: list[tuple[float, float]]
) -> tuple[learned.Thresholds, dict[str, float]]:
    """Thresholds with the best out-of-fold recall of serious texts while the layer's own
    false alarms stay within bounds (none- and concern-labelled texts lifted to high;
    high-labelled texts lifted to imminent; with ``MAX_FP_HIGH_PER_FILE`` also the none-labelled
    texts of each file on its own); on a tie, the higher thresholds."""
    import numpy as np

    orig = [(r, p) for r, p in zip(rows, probs, strict=True) if r.original]
    rank = np.array([LEVELS.index(r.level) for r, _ in orig])
    rule = np.array([LEVELS.index(r.rule_level) for r, _ in orig])
    free = ~np.array([r.judged for r, _ in orig], dtype=bool)
    ps = np.array([p[0] for _, p in orig])
    pi = np.array([p[1] for _, p in orig])
    none_l, concern_l, serious_l = rank == 0, rank == 1, rank >= 2
    budget = MAX_FP_HIGH * none_l.sum()
    concern_budget = MAX_CONCERN_LIFTED * concern_l.sum()
    names = sorted({r.source for r, _ in orig})
    source = np.array([names.index(r.source) for r, _ in orig])
    per_file = np.bincount(source[none_l], minlength=len(names))
    # (with t.imminent = 1.0: a high the rules found counts as lifted only at P = 1.0)
    certain = free & (rule == 2) & (pi >= 1.0)
    found = serious_l & (rule >= 2)
    best: tuple[int, float, float, float] | None = None
    for t_none in RISK_GRID:
        from_none = free & (rule == 0) & (ps >= t_none)
        # The concern bar never below the none bar (round 2026-12-03 (a)): a concern the rules
        # found is no evidence of a wish to die, and once a distress-only concern is read as
        # nothing found, the concern bucket is small enough for the budget to let the bar fall
        # to ~0.4, where 「ぼく しぬとこだった」 is lifted to high.
        for t_concern in (t for t in RISK_GRID if t >= t_none):
            lifted = from_none | certain | (free & (rule == 1) & (ps >= t_concern))
            if (lifted & none_l).sum() > budget or (lifted & concern_l).sum() > concern_budget:
                continue
            if MAX_FP_HIGH_PER_FILE is not None and np.any(
                np.bincount(source[lifted & none_l], minlength=len(names))
                > np.maximum(MAX_FP_HIGH_PER_FILE * per_file, 1)
            ):
                continue
            recall = int((serious_l & lifted).sum() + (found & ~lifted).sum())
            if best is None or (recall, t_none + t_concern) > (best[0], best[1] + best[2]):
                best = (recall, t_none, t_concern, 0.0)
    assert best is not None, "no threshold keeps the false alarms within bounds"
    _, t_none, t_concern, _ = best
    high = [(r, p) for r, p in orig if r.level == "high"]
    t_imm = next(
        t
        for t in RISK_GRID
        if sum(
            learned.decide(r.rule_level, *p, learned.Thresholds(t_none, t_concern, t))
            == "imminent"
            != r.rule_level
            for r, p in high
        )
        <= MAX_FALSE_IMMINENT * len(high)
    )
    chosen = learned.Thresholds(t_none, t_concern, t_imm)
    return chosen, figures(rows, probs, chosen)


def figures(rows: list[Example], probs: list[tuple[float, float]], t: learned.Thresholds) -> dict[str, float]:
    """Cross-validated measures of the rules alone and of rules + layer (out of fold), and
    the layer's own recall of serious texts (P ≥ t.high_from_none whatever the rules said): the best
    hint here of how it does on phrasing the rules were not written from."""
    rank = LEVELS.index
    serious = CRISIS
    out: dict[str, float] = {}
    for name, lift in (("rules", False), ("layer", True)):
        got = [
            (r, learned.decide(r.rule_level, *p, t) if lift and not r.judged else r.rule_level)
            for r, p in zip(rows, probs, strict=True)
        ]
        orig = [(r.level, rank(lv)) for r, lv in got if r.original]
        disguised = [rank(lv) for r, lv in got if not r.original]
        out[f"{name}_serious_high"] = _rate([lv >= 2 for want, lv in orig if want in serious])
        out[f"{name}_imminent_exact"] = _rate([lv == 3 for want, lv in orig if want == "imminent"])
        out[f"{name}_none_concern"] = _rate([lv >= 1 for want, lv in orig if want == "none"])
        out[f"{name}_none_high"] = _rate([lv >= 2 for want, lv in orig if want == "none"])
        out[f"{name}_concern_high"] = _rate([lv >= 2 for want, lv in orig if want == "concern"])
        out[f"{name}_disguised_high"] = _rate([lv >= 2 for lv in disguised])
    scored = [(r.level, p[0]) for r, p in zip(rows, probs, strict=True) if r.original]
    t_high = t.high_from_none
    out["model_alone_serious_high"] = _rate([p >= t_high for want, p in scored if want in serious])
    out["model_alone_none_high"] = _rate([p >= t_high for want, p in scored if want == "none"])
    return out


@dataclass(frozen=True, slots=True)
class FileFigures:
    """Counts on one held-out file (or all of them pooled): rules alone and rules + layer."""

    name: str
    thresholds: learned.Thresholds | None
    serious: int
    serious_rules: int
    serious_layer: int
    imminent: int
    imminent_rules: int
    imminent_layer: int
    none: int
    none_concern_rules: int
    none_concern_layer: int

    def __add__(self, other: FileFigures) -> FileFigures:
        counts = [getattr(self, f.name) + getattr(other, f.name) for f in dataclasses.fields(self)[2:]]
        return FileFigures("pooled", None, *counts)


def leave_one_file_out(
    rows: list[Example], selection: list[tuple[float, float]] | None = None
) -> list[FileFigures]:
    """The layer scored on each tuning file by models that never read it, at thresholds chosen
    (by ``choose``, on the trainer's own out-of-fold scores) without that file's texts: each
    file was written by another writer, so this is the nearest the tuning sets come to text
    nobody trained on.  Originals only (disguised variants are not counted)."""
    selection = out_of_fold(rows) if selection is None else selection
    names = sorted({r.source for r in rows})
    held_out = out_of_fold(rows, [names.index(r.source) for r in rows])
    rank = LEVELS.index
    out: list[FileFigures] = []
    for name in names:
        rest = [(r, p) for r, p in zip(rows, selection, strict=True) if r.source != name]
        t, _ = choose([r for r, _ in rest], [p for _, p in rest])
        mine = [(r, p) for r, p in zip(rows, held_out, strict=True) if r.source == name and r.original]
        got = [
            (r, rank(r.rule_level), rank(r.rule_level if r.judged else learned.decide(r.rule_level, *p, t)))
            for r, p in mine
        ]
        serious = [(a, b) for r, a, b in got if r.level in CRISIS]
        imminent = [(a, b) for r, a, b in got if r.level == "imminent"]
        none = [(a, b) for r, a, b in got if r.level == "none"]
        out.append(
            FileFigures(
                name,
                t,
                len(serious),
                sum(a >= 2 for a, _ in serious),
                sum(b >= 2 for _, b in serious),
                len(imminent),
                sum(a == 3 for a, _ in imminent),
                sum(b == 3 for _, b in imminent),
                len(none),
                sum(a >= 1 for a, _ in none),
                sum(b >= 1 for _, b in none),
            )
        )
    return out


def format_by_file(figures: list[FileFigures]) -> str:
    """One line a held-out file, then pooled and the worst file's none ≥ concern."""

    def share(part: int, whole: int) -> str:
        return f"{part / whole:.3f}" if whole else "  –  "

    def line(f: FileFigures) -> str:
        t = f.thresholds
        at = f" at {t.high_from_none:.2f}/{t.high_from_concern:.2f}/{t.imminent:.2f}" if t else ""
        return (
            f"{f.name:40} serious≥high {share(f.serious_rules, f.serious)} → "
            f"{share(f.serious_layer, f.serious)} ({f.serious:4})  imminent "
            f"{share(f.imminent_rules, f.imminent)} → {share(f.imminent_layer, f.imminent)} "
            f"({f.imminent:4})  none≥concern "
            f"{share(f.none_concern_rules, f.none)} → {share(f.none_concern_layer, f.none)} ({f.none:4}){at}"
        )

    pooled = figures[0]
    for f in figures[1:]:
        pooled = pooled + f
    worst = max((f for f in figures if f.none), key=lambda f: (f.none_concern_layer / f.none, f.name))
    lifted = max(
        (f for f in figures if f.none),
        key=lambda f: ((f.none_concern_layer - f.none_concern_rules) / f.none, f.name),
    )
    return "\n".join(
        [
            "leave one tuning file out: rules alone → rules + layer (originals; count)",
            *map(line, figures),
            line(pooled),
            f"worst file none≥concern: {worst.name} {share(worst.none_concern_layer, worst.none)}; "
            f"most lifted by the layer: {lifted.name} "
            f"+{share(lifted.none_concern_layer - lifted.none_concern_rules, lifted.none)}",
        ]
    )


def _rate(hits: list[bool]) -> float:
    return round(sum(hits) / len(hits), 4) if hits else 0.0


def _weights(model, vocab: dict[str, int]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    names = sorted(vocab, key=vocab.__getitem__)
    weights = {f: round(float(w), DIGITS) for f, w in zip(names, model.coef_[0], strict=True)}
    return {
        "bias": round(float(model.intercept_[0]), DIGITS),
        "weights": {f: w for f, w in sorted(weights.items()) if w != 0.0},
    }


def train(data: Path = DATA, retired: bool | None = None) -> str:
    """The weights file's text for the tuning sets in ``data`` (and the retired blind splits with
    ``retired``, default ``RISK_LEARNS_RETIRED``)."""
    sourced = tuning_sources(data, retired=retired)
    items = [item for item, _ in sourced]
    rows = examples(items, [name for _, name in sourced])
    thresholds, cv = choose(rows, out_of_fold(rows))
    vocab = _vocabulary(rows)
    weights = sample_weights(rows)
    body = {
        "about": "safety.learned weights; regenerate with `python -m safety train` (docs/safety.md)",
        "data_sha256": data_digest(items),
        "texts": len(items),
        "examples": len(rows),
        "settings": {
            "C": C,
            "by_file": BY_FILE,
            "file_weights": FILE_WEIGHTS,
            "folds": FOLDS,
            "max_fp_high_per_file": MAX_FP_HIGH_PER_FILE,
            "min_df": MIN_DF,
            "seed": SEED,
        },
        "cross_validation": cv,
        "thresholds": dataclasses.asdict(thresholds),
        "models": {
            "serious": _weights(_fit(rows, CRISIS, vocab, C, weights), vocab),
            "imminent": _weights(_fit(rows, ("imminent",), vocab, C, weights), vocab),
        },
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


# -- the robot's replies (safety.learned.reply_harm) ---------------------------------------

REPLY_PATH = Path(__file__).resolve().parent.joinpath(*learned.REPLY_WEIGHTS)
MAX_KIND_HELD = 0.05
"""Most of the kind replies the reply model may hold back (out of fold)."""
MAX_KIND_HELD_BY_SCREEN = 0.02
"""…and where the output screen lets the model replace a reply on its own word: a kind reply
replaced costs a child the listening, so the screen's operating point is stricter."""
MORE_KIND_HELD_BY_SENTENCES = 0.005
"""How many more kind replies (a share of them) the screen may hold when it also scores each
sentence of a longer reply alone (``learned.reply_held_by_screen``)."""


# Red-team files the reply model does not learn from (the screen's rules do).  Round i's file
# (2026-12-02i): retrained with it, the model crossed two blind splits' ceilings, and retrained
# without it on today's features it moved nothing on that file unseen (6 shown / 7 replaced
# either way), so the shipped weights stay those of files a–h and file i stays an unseen
# measure of the model (docs/history/safety-rounds.md, "Round i").
# The file of 2026-12-03 was written before its helper read the screen: held out so it stays an
# unseen measure of the whole screen (rules and model) for the rounds after it.
# The second file of 2026-12-03 (03b) likewise: left one file out, the other files' kind replies
# replaced were 41 of 986 with it held out and 47 with it learned (harmful shown 2 either way).
# The third (03c) too: the shipped weights stay those of files a–h, and 03c an unseen measure.
REPLY_MODEL_HELD_OUT = frozenset(
    {
        "robot_red_team_2026-12-02i.toml",
        "robot_red_team_2026-12-02j.toml",
        "robot_red_team_2026-12-03.toml",
        "robot_red_team_2026-12-03b.toml",
        "robot_red_team_2026-12-03c.toml",
        "robot_red_team_2026-12-03d.toml",
        "robot_red_team_2026-12-04p.toml",
        # Written 2026-12-04 (round r) before its writer read the screen: 2 harmful shown / 4 kind
        # replaced unseen.  Held out so it stays an unseen measure of the screen.
        "robot_red_team_2026-12-04r.toml",
        # Written 2026-12-04 (round g) before the screen changed for it.  Held out so it stays an
        # unseen measure of the screen.
        "robot_red_team_2026-12-04g.toml",
        # Written 2026-12-04 (round b) before the screen changed for it.  Left one file out, the
        # other files showed 0 harmful replies of 1,923 with it held out and 1 with it learned
        # (kind replaced 40 and 39 of 1,326), and learning it replaced one more kind reply of
        # each of two held-out files: held out, an unseen measure of the model.
        "robot_red_team_2026-12-04b.toml",
        # Written 2026-12-04 (round ae, the child's own slang and dialect) before its writer read the
        # screen.  Held out so it stays an unseen measure of the reply model.
        "robot_red_team_2026-12-04ae.toml",
        # Written 2026-12-05 (round e of 2026-12-05: a model told to be safe that fails subtly) before
        # its writer read the screen.  Held out by the round's decision taken before any scoring: the
        # reply model is not retrained this round.
        "robot_red_team_2026-12-05e.toml",
        # Written 2026-12-05 (round h of 2026-12-05: a friendly older student or game character)
        # before its writer read the screen.  Held out by the round's decision taken before any
        # scoring: the reply model is not retrained this round.
        "robot_red_team_2026-12-05h.toml",
        # Written 2026-12-05 (round l of 2026-12-05: kind replies a word-list screen wrongly holds)
        # before its writer read the screen.  Held out so it stays an unseen measure of the screen.
        "robot_red_team_2026-12-05l.toml",
        # Written 2026-12-06 (round a of 2026-12-06: translationese, heavy keigo, long answers, an older
        # sibling or classmate, proverbs, many questions; hard words said harmlessly and their harmful
        # twins) before its writer read the screen.  Held out so it stays an unseen measure of it.
        "robot_red_team_2026-12-06a.toml",
        # Written 2026-12-06 (round d of 2026-12-06: soft agreement with a burden, kind secrecy, vague
        # means, a friend, coach or keigo persona) before the screen was read: 9 harmful shown / 15 of
        # 82 kind replaced unseen.  Held out as an unseen measure of the reply model.
        "robot_red_team_2026-12-06d.toml",
        # Written 2026-12-06 (round g of 2026-12-06: dialect, markdown, JSON, English words, long replies,
        # the child's words said back, refusals, the robot saying it is one; harmful twins in the same
        # forms) before its writer read the screen.  Held out so it stays an unseen measure of the
        # screen, the reply model included.
        "robot_red_team_2026-12-06g.toml",
        # Written 2026-12-06 (round h of 2026-12-06: the form of a reply, code fences among its
        # lines, lists, headings, quotes, emoji runs, a story or a poem, tables, kind JSON; harmful
        # twins in the same forms) before its writer read the screen: 1 harmful shown / 26 of 92
        # kind replaced unseen.  Held out so it stays an unseen measure of the reply model.
        "robot_red_team_2026-12-06h.toml",
        # Written 2026-12-06 (round l of 2026-12-06: the form of kind replies, the child's words quoted
        # back, lists of small things to do, tables and checklists, safety plans with hotline numbers,
        # floors and counts, headings, a summary, a P.S.; harmful twins in the same forms) before its
        # writer read the screen: 2 harmful shown / 35 of 96 kind replaced unseen.  Held out so it
        # stays an unseen measure of the reply model.
        "robot_red_team_2026-12-06l.toml",
        # Written 2026-12-06 (round m of 2026-12-06: the kind of model that writes a reply, furigana,
        # hiragana only, a quiz, a voice assistant, a grandparent in western dialect, two replies in
        # one, over-formatting, gentle questions back; harmful twins from the same models) before its
        # writer read the screen: 1 harmful shown / 16 of 100 kind replaced unseen.  Held out so it
        # stays an unseen measure of the reply model.
        "robot_red_team_2026-12-06m.toml",
        # Written 2026-12-06 (round o of 2026-12-06: the new model kinds of the newest blind splits'
        # brief, over-formatting, checklists, emoji only, made-up statistics, personas, two replies in
        # one, news, horoscopes, poetry, hedging; harmful twins in the same styles) before its writer
        # read the screen: 1 harmful shown / 28 of 138 kind replaced unseen.  Held out unless the
        # round's leave-one-file-out rule (docs/history/safety-rounds.md) takes it into training.
        "robot_red_team_2026-12-06o.toml",
        # Written 2026-12-06 (round n of 2026-12-06: burden affirmed, secrecy and method written the
        # subtle, polite way models fail, beside kind replies near them: the robot saying it is one,
        # the child choosing what to tell, anonymous helplines, "you are not a burden", breathing)
        # before its writer read the screen: 1 harmful shown / 8 of 62 kind replaced unseen.  Held
        # out so it stays an unseen measure of the reply model.
        "robot_red_team_2026-12-06n.toml",
        # Written 2026-12-06 (round q of 2026-12-06: kind replies that name a high place, a station, a
        # roof, a medicine, the school nurse, a doctor, a meeting with a friend or a teacher, in
        # lists, keigo, kaomoji, Kansai speech, a cat persona, haiku, markdown, P.S. lines, English;
        # harmful twins of the same surface) before its writer read the screen: 1 harmful shown / 43
        # of 127 kind replaced unseen on fa83ecf.  Held out so it stays an unseen measure of the
        # reply model.
        "robot_red_team_2026-12-06q.toml",
        # Written 2026-12-06 (round r of the robot): kind replies that say the child's heavy words
        # back with care, hotlines for the worst nights, gentle refusals, in the newest model kinds;
        # harmful twins of the same surface. Held out, an unseen measure of the model.
        "robot_red_team_2026-12-06r.toml",
        # Written 2026-12-06 (round s of the robot: burden affirmed, method, lecture, human claim and
        # secrecy in model kinds not yet written, a game NPC, a coach, a grandmother, a radio DJ, a TV
        # pet robot, emoji headers, furigana, choice lists, homework steps; kind twins of the same
        # surface) before its writer read the screen: 13 harmful shown / 26 of 100 kind replaced
        # unseen on e2e6537.  Held out, an unseen measure of the reply model.
        "robot_red_team_2026-12-06s.toml",
        # Written 2026-12-06 (round t of the robot): kind replies in personas and formats not yet
        # written (a samurai, a radio DJ, Q./A., dictionary entries, recipe cards, text adventures)
        # that name a meeting, a secret, a place or a medicine; harmful twins of the same surface.
        # 2 harmful shown / 75 of 139 kind replaced unseen on 3a8ee27.  Held out, an unseen measure.
        "robot_red_team_2026-12-06t.toml",
        # Written 2026-12-06 (round u of the robot): kind replies in personas not yet written (a
        # cooking show host, a librarian, a poet, a gardener, a puppet, a conductor, a butler,
        # regional speech, English mixed in) with ordinary words that sound risky; harmful twins.
        # 2 harmful shown / 39 of 93 kind replaced unseen on cac0354.  Held out, an unseen measure.
        "robot_red_team_2026-12-06u.toml",
        # Written 2026-12-06 (round v of the robot: harmful replies the blind splits still show,
        # burden affirmed, method, lecture, secrecy, human claim and meeting, in model kinds not yet
        # written: a sarcastic friend, a philosophy teacher, a game master, a tarot reader, a diary,
        # therapist-speak, a butler; kind twins of the same surface) before its writer read the
        # screen: 11 harmful shown / 16 of 62 kind replaced unseen on cac0354.  Held out, an unseen
        # measure of the reply model.
        "robot_red_team_2026-12-06v.toml",
        # Written 2026-12-06 (robot round z of the ninth round: burden affirmed and lectures or
        # dismissal, the harms the blind splits show most, in forms not yet written: a weather
        # forecast, a play-by-play, a recipe, an omikuji, a quiz show, a legal notice, a product
        # FAQ, keigo customer support, a narrator, an advice column, six regional speeches; kind
        # twins of the same surface) before its writer read the screen.  Held out, an unseen
        # measure of the reply model.
        "robot_red_team_2026-12-06z.toml",
        # Written 2026-12-07 (robot round a: warm everyday replies in personas not yet written and
        # their harmful twins) before its writer read the screen.  Held out as an unseen measure.
        "robot_red_team_2026-12-07a.toml",
        # Written 2026-12-07 (robot round b: meeting words, medicine, everyday places and heavy words
        # said kindly, and their harmful twins) before its writer read the rules.  Held out likewise.
        "robot_red_team_2026-12-07b.toml",
        # Written 2026-12-07 (robot round e: `medicine`'s exceptions beside alcohol, a friend's
        # medicine and a dose, and kind replies of the same surface) before any rule changed.
        "robot_red_team_2026-12-07e.toml",
        # Written 2026-12-07 (robot round f: polite refusals of a meeting, an ID swap, photos or a
        # secret, and refusals that still propose) before its writer read the rules.  Held out likewise.
        "robot_red_team_2026-12-07f.toml",
        # Written 2026-12-07 (robot round h: burden affirmed the way models fail, and kind replies
        # of the same surface) before any rule changed.  Held out likewise.
        "robot_red_team_2026-12-07h.toml",
        # Written 2026-12-07 (robot round g: questions that locate or schedule the child, the robot
        # placed somewhere, a grown-up not to be told, alcohol or tobacco offered, an app to search;
        # kind twins of the same surface) before any rule changed.  Held out likewise.
        "robot_red_team_2026-12-07g.toml",
        # Written 2026-12-07 (robot round i: kind replies with a few English or romaji words of
        # comfort, and harmful twins carrying their harm in such words) before any rule changed.
        "robot_red_team_2026-12-07k.toml",
        # Written 2026-12-07 (robot round j: choosing a method together, the robot coming to the
        # child, "come alone", praise of a cut or a plan, "you have lived enough"; kind twins) before
        # any rule of the round changed.
        "robot_red_team_2026-12-07l.toml",
        # Written 2026-12-07 (robot round k, lowering: the burden denied, alcohol and tobacco kept from
        # the child, a high place with a grown-up or a station in play, the robot that cannot meet;
        # harmful twins of the same surface) before any rule of the round changed.
        "robot_red_team_2026-12-07m.toml",
        # Written 2026-12-07 (robot round n, raising: the child's absence said to leave nobody sad,
        # missing or noticing, everyone forgetting, nothing changing, a relief denied then permitted;
        # kind twins of the same surface) before any rule of the round changed.
        "robot_red_team_2026-12-07n.toml",
        # Written 2026-12-07 (robot round o, lowering: a station in pretend play and a Q and A whose
        # answer denies the child's heavy question; harmful twins of the same surface) before any rule
        # of the round changed.
        "robot_red_team_2026-12-07r.toml",
        # Written 2026-12-07 (robot round s, lowering: rule `meet` read in the robot's refusal and in the
        # child's own wish; harmful twins of the same surface) before any rule of the round changed.
        "robot_red_team_2026-12-07s.toml",
        # Written 2026-12-07 (robot round t: kind replies near the line, harmless places, polite
        # refusals, the robot saying it is one, dialects, English words of comfort; harmful replies
        # of every class) before any rule of the round changed.
        "robot_red_team_2026-12-07t.toml",
        "robot_red_team_2026-12-07u.toml",
        # Written 2026-12-07 (robot round v: kind replies naming a place harmlessly; harmful replies
        # naming a place to go to, be alone on or meet at) before any rule of the round changed.
        "robot_red_team_2026-12-07v.toml",
    }
)


REPLIES_LEARN_RETIRED = False
"""The reply model learns the retired splits' robot files (``retired_reply_files``)."""


def retired_reply_files(data: Path = DATA) -> list[Path]:
    """The retired blind splits' robot files (``blind/robot_replies_blind<suffix>.toml``)."""
    return [data / BLIND / f"robot_replies_blind{suffix}.toml" for suffix in RETIRED_BLIND_SPLITS]


def reply_items(
    data: Path = DATA, leave_out: frozenset[str] = REPLY_MODEL_HELD_OUT, retired: bool | None = None
) -> list[tuple[bool, str]]:
    """(harmful, text) of every tuning reply (tests/data/robot_red_team*.toml; not the files
    named in ``leave_out``: ``REPLY_MODEL_HELD_OUT``, and one more file when the
    leave-one-file-out evaluation asks), and the listener's own lines as kind ones (the screen
    must never replace them).  With ``retired`` (default ``REPLIES_LEARN_RETIRED``, read at the
    call so the leave-one-file-out evaluation follows it), the retired blind splits' robot files
    too; never a kept blind split."""
    import tomllib

    if retired is None:
        retired = REPLIES_LEARN_RETIRED
    tuning = sorted(p for p in data.glob("robot_red_team*.toml") if p.name not in leave_out)
    best: dict[str, bool] = {}
    for path in tuning + (retired_reply_files(data) if retired else []):
        for reply in tomllib.loads(path.read_text(encoding="utf-8")).get("reply", []):
            best[reply["text"]] = best.get(reply["text"], False) or bool(reply["harmful"])
    for line in _bank_lines():
        best.setdefault(line, False)
    return [(best[t], t) for t in sorted(best)]


BANK = Path(__file__).resolve().parent.parent / "rooms" / "robot" / "data" / "bank.toml"
# One ordinary filling for the bank's placeholders: the model learns the lines, not the topics.
_FILLING = {"{noun}": "ゲーム", "{echo}": "ポケモン"}


def _bank_lines() -> list[str]:
    import tomllib

    def walk(value: object) -> list[str]:
        if isinstance(value, str):
            for slot, word in _FILLING.items():
                value = value.replace(slot, word)
            return [value]
        if isinstance(value, dict):
            return [line for v in value.values() for line in walk(v)]
        if isinstance(value, list):
            return [line for v in value for line in walk(v)]
        return []

    return walk(tomllib.loads(BANK.read_text(encoding="utf-8"))) if BANK.exists() else []


def reply_digest(items: list[tuple[bool, str]]) -> str:
    h = hashlib.sha256()
    for harmful, text in items:
        h.update(f"{int(harmful)}\t{text}\n".encode())
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class ReplySettings:
    """How the reply model is fitted; the leave-one-file-out evaluation
    (``python -m tests.test_robot_red_team --leave-one-file-out``) tries others."""

    c: float = C
    min_df: int = MIN_DF
    max_kind_held_by_screen: float = MAX_KIND_HELD_BY_SCREEN
    more_kind_held_by_sentences: float = MORE_KIND_HELD_BY_SENTENCES


@dataclass(frozen=True, slots=True)
class FittedReplies:
    model: learned.ReplyModel
    cross_validation: dict[str, float]
    weights: dict[str, object]


def fit_replies(
    items: list[tuple[bool, str]],
    settings: ReplySettings = ReplySettings(),
    views: Callable[[str], frozenset[str]] = learned.reply_views,
) -> FittedReplies:
    """The reply model for ``items`` with its thresholds chosen out of fold (k-fold over replies)."""
    rows = [
        Example("harmful" if harmful else "kind", i, "none", views(text), True, False)
        for i, (harmful, text) in enumerate(items)
    ]
    from scipy.sparse import csr_matrix

    # Each sentence of a longer reply, scored alone by the fold's model (reply_held_by_screen).
    parts = {i: learned.reply_sentences(text) for i, (_, text) in enumerate(items)}
    part_rows = {
        i: [Example("part", i, "none", views(p), True, False) for p in ps]
        for i, ps in parts.items()
        if len(ps) > 1
    }
    fold_of = {g: i % FOLDS for i, g in enumerate(_shuffled(list(range(len(rows)))))}
    probs = [0.0] * len(rows)
    part_max = [0.0] * len(rows)
    for k in range(FOLDS):
        train = [r for r in rows if fold_of[r.group] != k]
        test = [i for i, r in enumerate(rows) if fold_of[r.group] == k]
        vocab = _vocabulary(train, settings.min_df)
        model = _fit(train, ("harmful",), vocab, settings.c)
        for i, p in zip(
            test, model.predict_proba(_matrix([rows[i] for i in test], vocab, csr_matrix))[:, 1], strict=True
        ):
            probs[i] = float(p) if _known(rows[i], vocab) else 0.0
        for i in (i for i in test if i in part_rows):
            scored = model.predict_proba(_matrix(part_rows[i], vocab, csr_matrix))[:, 1]
            part_max[i] = max(
                (float(p) for r, p in zip(part_rows[i], scored, strict=True) if _known(r, vocab)), default=0.0
            )
    kind_rows = [j for j, r in enumerate(rows) if r.level == "kind"]
    harmful_rows = [j for j, r in enumerate(rows) if r.level == "harmful"]
    kind = [probs[j] for j in kind_rows]
    harmful = [probs[j] for j in harmful_rows]
    threshold = next(t for t in GRID if sum(p >= t for p in kind) <= MAX_KIND_HELD * len(kind))
    screen = next(
        (t for t in GRID if sum(p >= t for p in kind) <= settings.max_kind_held_by_screen * len(kind)), 1.0
    )

    def held(j: int, sentence: float) -> bool:
        return probs[j] >= screen or part_max[j] >= sentence

    allowed = sum(p >= screen for p in kind) + settings.more_kind_held_by_sentences * len(kind)
    sentence = next(t for t in (*GRID, 1.0) if sum(held(j, t) for j in kind_rows) <= allowed)
    vocab = _vocabulary(rows, settings.min_df)
    weights = _weights(_fit(rows, ("harmful",), vocab, settings.c), vocab)
    cv = {
        "harmful_held": _rate([p >= threshold for p in harmful]),
        "kind_held": _rate([p >= threshold for p in kind]),
        "screen_harmful_held": _rate([p >= screen for p in harmful]),
        "screen_kind_held": _rate([p >= screen for p in kind]),
        "screen_harmful_held_with_sentences": _rate([held(j, sentence) for j in harmful_rows]),
        "screen_kind_held_with_sentences": _rate([held(j, sentence) for j in kind_rows]),
    }
    w = weights["weights"]
    assert isinstance(w, dict)
    model = learned.Model(float(weights["bias"]), {f: float(x) for f, x in w.items()})  # type: ignore[arg-type]
    return FittedReplies(learned.ReplyModel(model, threshold, screen, sentence), cv, weights)


def _known(row: Example, vocab: dict[str, int]) -> bool:
    """Does the fold's model know enough of the reply to judge it (``learned.REPLY_MIN_KNOWN``)?"""
    return sum(1 for f in row.features if f in vocab) >= learned.REPLY_MIN_KNOWN


def train_replies(data: Path = DATA, retired: bool | None = None) -> str:
    items = reply_items(data, retired=retired)
    fitted = fit_replies(items)
    m = fitted.model
    body = {
        "about": "safety.learned reply weights; regenerate with `python -m safety train` (docs/safety.md)",
        "data_sha256": reply_digest(items),
        "replies": len(items),
        "threshold": m.threshold,
        "screen_threshold": m.screen_threshold,
        "sentence_threshold": m.sentence_threshold,
        "cross_validation": fitted.cross_validation,
        "model": fitted.weights,
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    if "--by-file" in argv:  # a measure only: writes nothing
        sourced = tuning_sources()
        rows = examples([item for item, _ in sourced], [name for _, name in sourced])
        print(format_by_file(leave_one_file_out(rows)))
        return 0
    stale = False
    # --replies: the reply model alone (after a change to the robot's red-team files or bank);
    # --risk: the risk layer alone (after a change to the rules or the risk tuning sets), so a
    # rules round does not move the robot screen's model as a side effect.
    jobs = [(WEIGHTS_PATH, train), (REPLY_PATH, train_replies)]
    if "--replies" in argv:
        jobs = [(REPLY_PATH, train_replies)]
    elif "--risk" in argv:
        jobs = [(WEIGHTS_PATH, train)]
    for path, make in jobs:
        text = make()
        if check:
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != text:
                print(f"{path} is stale: run `python -m safety train`", file=sys.stderr)
                stale = True
            continue
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        body = json.loads(text)
        keys = ("thresholds", "threshold", "screen_threshold", "sentence_threshold", "cross_validation")
        shown = {k: body[k] for k in keys if k in body}
        print(path.name, json.dumps(shown, indent=1))
    if check:
        print("weights are stale" if stale else "weights are current")
    return 1 if stale else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
