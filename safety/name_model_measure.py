"""The names model measured before it is built: ``python -m safety.name_model_measure``.

The fifth round of 2026-12-07 decided (docs/history/safety-rounds.md) to add a names model — a small logistic
model over a name's folded reading and its Sudachi words, fit on the tuning names only, that can
refuse a name the rules pass and never pass one they refuse — if, leaving one tuning file out,
it refuses on its own at least half of the must-refuse tuning names at a threshold that adds at
most 0.3 points of ordinary tuning names refused.  This module measures that and nothing else:
it writes no weights and the site never imports it (scikit-learn is a training-only extra,
``pip install -e '.[train]'``).  The figures and the decision are in
docs/history/safety-rounds.md, "Names model (fifth round of 2026-12-07): built, measured, not shipped".

Reads what ``python -m safety evaluate`` calls the tuning names (``tests/data/name_set.tsv``,
``tests/data/classed/names*.tsv``, with ``safety.evaluation``'s parsers as ``safety.cli._tuning``); never
``tests/data/blind/``.  Each file was written by one writer in one sitting, so a model scored
on a file it never read is the nearest the tuning names come to a new writer.

    python -m safety.name_model_measure                       # the feature sets of the report
    python -m safety.name_model_measure 2,3:w:1 1,2,3,4:w:1   # grams:words(w/-):C
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jaconv.conv_table import K2H_TABLE

from safety.disguise import variants
from safety.evaluation import names_from_legacy, parse_classed_names, parse_name_set
from safety.morphology import tokens
from safety.name_views import _views
from safety.names import check_name
from safety.normalize import display_clean, reading_of

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
MAX_ORDINARY_ADDED = 0.003
"""The decision's budget: ordinary names the model refuses on top of the rules (0.3 points)."""
SHIP_ALONE = 0.5
"""The decision's bar: must-refuse names the model refuses on its own, out of fold."""
MIN_DF = 2
"""A feature is kept when at least this many training names have it (as ``learned_train``)."""
_SKIP_POS = frozenset({"補助記号", "空白"})
_MAX_CHARS = 48
"""Four names' length: what the name check reads (a longer name is refused as too long)."""
DEFAULT_SPECS = ("2,3:w:1", "3:-:1", "2,3:-:1", ":w:1", "1,2,3,4:w:1", "2,3:w:0.3", "2,3:w:3")


def features(name: str, *, grams: tuple[int, ...] = (2, 3), words: bool = True) -> frozenset[str]:
    """What the model reads of ``name``: character n-grams of its folded hiragana reading with
    the start and end marked (``c:``), read after its disguises are undone as the name check
    undoes them (``name_views._views``: look-alikes, invisible characters, small and held
    vowels, romaji; kanji read as hiragana), and its Sudachi words, normalised (``w:``)."""
    views = _views(display_clean(name)[:_MAX_CHARS])
    marked = "^" + reading_of(views.plain.kana).translate(K2H_TABLE) + "$"
    out = {"c:" + marked[i : i + n] for n in grams for i in range(len(marked) - n + 1)}
    if words:
        out.update("w:" + t.normalized for t in tokens(views.unmasked) if t.pos[0] not in _SKIP_POS)
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Named:
    name: str
    refuse: bool
    source: str
    """The tuning file it was first read from (a name in two files is one name, refused if
    either label says so)."""


def tuning_names(data: Path = DATA) -> list[Named]:
    """Every tuning name once, with its file: ``name_set.tsv``, then ``classed/names*.tsv``."""
    files = [("name_set.tsv", names_from_legacy(parse_name_set((data / "name_set.tsv").read_text("utf-8"))))]
    for path in sorted((data / "classed").glob("names*.tsv")):
        files.append((f"classed/{path.name}", parse_classed_names(path.read_text("utf-8"))))
    seen: dict[str, Named] = {}
    for source, items in files:
        for n in items:
            was = seen.get(n.name)
            seen[n.name] = Named(
                n.name, n.refuse or (was is not None and was.refuse), was.source if was else source
            )
    return list(seen.values())


def out_of_file(
    names: Sequence[Named], feats: Sequence[frozenset[str]], c: float, disguised: bool = False
) -> list[float]:
    """P(refuse) of every name from a model fit on every other tuning file (liblinear, L2,
    balanced classes, features in ≥ ``MIN_DF`` training names).  ``disguised``: the
    must-refuse training names' disguised variants (``safety.disguise``) are read too, as
    the risk layer does."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    extra: dict[int, list[frozenset[str]]] = {}
    if disguised:
        for i, n in enumerate(names):
            if n.refuse:
                extra[i] = [features(v) for _, v in variants(n.name)]
    probs = [0.0] * len(names)
    for held in sorted({n.source for n in names}):
        train = [i for i, n in enumerate(names) if n.source != held]
        rows = [feats[i] for i in train] + [f for i in train for f in extra.get(i, ())]
        y = [int(names[i].refuse) for i in train] + [1 for i in train for _ in extra.get(i, ())]
        df: dict[str, int] = {}
        for f in rows:
            for x in f:
                df[x] = df.get(x, 0) + 1
        vocab = {x: k for k, x in enumerate(sorted(x for x, n in df.items() if n >= MIN_DF))}

        def matrix(fs: Sequence[frozenset[str]], vocab: dict[str, int] = vocab) -> csr_matrix:
            data, cols, ptr = [], [], [0]
            for f in fs:
                idx = sorted(vocab[x] for x in f if x in vocab)
                cols.extend(idx)
                data.extend([1.0] * len(idx))
                ptr.append(len(cols))
            return csr_matrix((data, cols, ptr), shape=(len(fs), len(vocab)))

        model = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=1000)
        model.fit(matrix(rows), y)
        test = [i for i, n in enumerate(names) if n.source == held]
        for i, p in zip(test, model.predict_proba(matrix([feats[i] for i in test]))[:, 1], strict=True):
            probs[i] = float(p)
    return probs


def threshold(ordinary_passed: Sequence[float], ordinary: int, budget: float = MAX_ORDINARY_ADDED) -> float:
    """The lowest bar (no lower than 0.5) at which at most ``budget`` of the ``ordinary`` names
    are refused by the model among those the rules pass (``ordinary_passed``: their
    probabilities)."""
    allowed = int(budget * ordinary)
    ranked = sorted(ordinary_passed, reverse=True)
    if len(ranked) <= allowed:
        return 0.5  # (every one fits: no lower than an even chance all the same)
    # just above the first probability that would go over the budget
    return min(1.0, ranked[allowed] + 1e-9)


@dataclass(frozen=True, slots=True)
class Figures:
    spec: str
    bar: float
    must: int
    alone: int
    rules: int
    both: int
    ordinary: int
    ordinary_rules: int
    ordinary_added: int
    nested_alone: int
    nested_both: int
    nested_added: int
    half_added: int
    """Ordinary names the model adds at the bar where it refuses half the must-refuse names alone."""

    def line(self) -> str:
        def share(a: int, b: int) -> str:
            return f"{a / b:.3f} ({a}/{b})"

        def points(a: int, b: int) -> str:
            return f"{100 * a / b:.2f} points ({a}/{b})"

        return (
            f"| {self.spec} | {self.bar:.4f} | {share(self.alone, self.must)} | "
            f"{self.rules} → {self.both} | {points(self.ordinary_added, self.ordinary)} | "
            f"{share(self.nested_alone, self.must)} | {self.rules} → {self.nested_both} | "
            f"{points(self.nested_added, self.ordinary)} | {points(self.half_added, self.ordinary)} |"
        )


def measure(names: Sequence[Named], rules: Sequence[bool], spec: str, disguised: bool = False) -> Figures:
    """One feature set (``grams:words:C``), leaving one tuning file out.  The bar is chosen two
    ways: on every file's out-of-file probabilities at once (the figures a little in the
    model's favour: the bar saw the file it is scored on), and nested, each file scored at the
    bar chosen on the other files' probabilities."""
    g, w, c = spec.split(":")
    grams = tuple(int(x) for x in g.split(",") if x)
    feats = [features(n.name, grams=grams, words=w == "w") for n in names]
    probs = out_of_file(names, feats, float(c), disguised)
    must = [i for i, n in enumerate(names) if n.refuse]
    fine = [i for i, n in enumerate(names) if not n.refuse]
    bar = threshold([probs[i] for i in fine if not rules[i]], len(fine))
    half = sorted((probs[i] for i in must), reverse=True)[(len(must) + 1) // 2 - 1]
    nested: list[bool] = [False] * len(names)
    for held in sorted({n.source for n in names}):
        others = [i for i in fine if names[i].source != held]
        t = threshold([probs[i] for i in others if not rules[i]], len(others))
        for i, n in enumerate(names):
            if n.source == held:
                nested[i] = probs[i] >= t
    return Figures(
        spec + (" +disguised" if disguised else ""),
        bar,
        len(must),
        sum(probs[i] >= bar for i in must),
        sum(rules[i] for i in must),
        sum(rules[i] or probs[i] >= bar for i in must),
        len(fine),
        sum(rules[i] for i in fine),
        sum(not rules[i] and probs[i] >= bar for i in fine),
        sum(nested[i] for i in must),
        sum(rules[i] or nested[i] for i in must),
        sum(not rules[i] and nested[i] for i in fine),
        sum(not rules[i] and probs[i] >= half for i in fine),
    )


HEAD = (
    "| features (grams:words:C) | bar | model alone, must-refuse | rules → rules + model "
    "| ordinary added | nested: model alone | nested: rules → rules + model | nested: ordinary added "
    "| ordinary added at the bar of half alone |\n"
    "|---|---|---|---|---|---|---|---|---|"
)


def main(argv: list[str]) -> int:
    disguised = "--disguised" in argv
    specs = [a for a in argv if not a.startswith("--")] or list(DEFAULT_SPECS)
    names = tuning_names()
    rules = [not check_name(n.name).ok for n in names]
    files = len({n.source for n in names})
    print(f"{len(names)} tuning names in {files} files, {sum(n.refuse for n in names)} must-refuse")
    print(HEAD)
    met = False
    for spec in specs:
        f = measure(names, rules, spec, disguised)
        met = met or f.nested_alone >= SHIP_ALONE * f.must
        print(f.line(), flush=True)
    print(f"ship rule (model alone ≥ {SHIP_ALONE} out of file, nested bar): {'met' if met else 'not met'}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
