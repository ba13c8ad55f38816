"""The names model measured before it is built: ``python -m safety.name_model_measure``.

The fifth round of 2026-12-07 decided (docs/history/safety-rounds.md) to add a names model — a small logistic
model over a name's folded reading and its Sudachi words, fit on the tuning names only, that can
refuse a name the rules pass and never pass one they refuse — if, leaving one tuning file out,
it refuses on its own at least half of the must-refuse tuning names at a threshold that adds at
most 0.3 points of ordinary tuning names refused.  This module measures that and nothing else:
it writes no weights and the site never imports it (scikit-learn is a training-only extra,
``pip install -e '.[train]'``).  The figures and the decision are in
docs/history/safety-rounds.md, "Names model (fifth round of 2026-12-07): built, measured, not shipped",
and with word groups in "Names model with word groups (sixth round of 2026-12-07)".

Reads what ``python -m safety evaluate`` calls the tuning names (``tests/data/name_set.tsv``,
``tests/data/classed/names*.tsv``, with ``safety.evaluation``'s parsers as ``safety.cli._tuning``); never
``tests/data/blind/``.  Each file was written by one writer in one sitting, so a model scored
on a file it never read is the nearest the tuning names come to a new writer.

    python -m safety.name_model_measure                       # the feature sets of the report
    python -m safety.name_model_measure 2,3:w:1 1,2,3,4:w:1   # grams:words(w/-):C
    python -m safety.name_model_measure --groups /tmp/k2000.tsv \
        :-:1:g 1,2,3,4:w:1:g 1,2,3,4:w:1:gk                  # grams:words:C:groups(g/gk)

Word groups (the sixth round of 2026-12-07; ``safety.word_groups_build``): with ``--groups FILE``
(``word<TAB>group``, Sudachi normalised forms, read by ``safety.learned.read_groups``; the option
may be given more than once, each table measured in turn) a spec ending in ``:g`` adds a feature
``g:<group>`` for each Sudachi word of the name as the name check unmasks it (the words ``w:``
reads), and ``:gk`` adds, beside those, the groups of the Sudachi words of its folded hiragana
reading (what ``c:`` reads: kanji read as hiragana, katakana as hiragana), each looked up by its
normalised form, then as written, then as written in katakana (Sudachi leaves 「ばか」 as ばか and
「バカ」 as バカ: the tables hold one or the other).
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from jaconv.conv_table import K2H_TABLE

from safety.disguise import variants
from safety.evaluation import names_from_legacy, parse_classed_names, parse_name_set
from safety.morphology import tokens
from safety.name_views import _views
from safety.names import check_name
from safety.normalize import display_clean, reading_of
from safety.translation import hira2kata

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


@dataclass(frozen=True, slots=True)
class _Read:
    """A name as the model reads it, before any feature is chosen."""

    marked: str
    """Its folded hiragana reading, start and end marked (``^…$``)."""
    words: tuple[str, ...]
    """Sudachi's normalised words of the unmasked name."""
    kana_words: tuple[tuple[str, ...], ...]
    """Sudachi's words of the folded hiragana reading, each as the keys to look its group up by:
    normalised form, as written, as written in katakana."""


@functools.lru_cache(maxsize=16384)
def _read(name: str) -> _Read:
    views = _views(display_clean(name)[:_MAX_CHARS])
    hiragana = reading_of(views.plain.kana).translate(K2H_TABLE)
    words = tuple(t.normalized for t in tokens(views.unmasked) if t.pos[0] not in _SKIP_POS)
    kana_words = tuple(
        tuple(dict.fromkeys((t.normalized, t.surface, hira2kata(t.surface))))
        for t in tokens(hiragana)
        if t.pos[0] not in _SKIP_POS
    )
    return _Read("^" + hiragana + "$", words, kana_words)


def features(
    name: str,
    *,
    grams: tuple[int, ...] = (2, 3),
    words: bool = True,
    groups: Mapping[str, str] | None = None,
    kana_groups: bool = False,
) -> frozenset[str]:
    """What the model reads of ``name``: character n-grams of its folded hiragana reading with
    the start and end marked (``c:``), read after its disguises are undone as the name check
    undoes them (``name_views._views``: look-alikes, invisible characters, small and held
    vowels, romaji; kanji read as hiragana), and its Sudachi words, normalised (``w:``).

    With ``groups`` (word → ``g:<group>``, ``safety.learned.read_groups``) the group of each
    Sudachi word of the unmasked name; with ``kana_groups`` too, the group of each Sudachi word
    of the folded hiragana reading (its normalised form, else as written, else in katakana)."""
    r = _read(name)
    marked = r.marked
    out = {"c:" + marked[i : i + n] for n in grams for i in range(len(marked) - n + 1)}
    if words:
        out.update("w:" + w for w in r.words)
    if groups:
        out.update(g for g in map(groups.get, r.words) if g is not None)
        if kana_groups:
            for keys in r.kana_words:
                g = next((groups[k] for k in keys if k in groups), None)
                if g is not None:
                    out.add(g)
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


def parse_spec(spec: str) -> tuple[tuple[int, ...], bool, float, str]:
    """``grams:words:C[:groups]`` → (grams, words, C, groups): groups "" (none), "g" (the
    unmasked name's words) or "gk" (those and the folded hiragana reading's words)."""
    g, w, c, *rest = spec.split(":")
    kind = rest[0] if rest else ""
    if kind not in ("", "g", "gk") or len(rest) > 1 or w not in ("w", "-"):
        raise ValueError(f"not a spec (grams:words:C[:g|gk]): {spec}")
    return tuple(int(x) for x in g.split(",") if x), w == "w", float(c), kind


def measure(
    names: Sequence[Named],
    rules: Sequence[bool],
    spec: str,
    disguised: bool = False,
    groups: Mapping[str, str] | None = None,
    label: str = "",
) -> Figures:
    """One feature set (``grams:words:C[:g|gk]``), leaving one tuning file out.  The bar is chosen
    two ways: on every file's out-of-file probabilities at once (the figures a little in the
    model's favour: the bar saw the file it is scored on), and nested, each file scored at the
    bar chosen on the other files' probabilities.  ``groups``: the word groups table a spec
    ending in ``:g`` or ``:gk`` reads (``label`` names it in the figures)."""
    grams, w, c, kind = parse_spec(spec)
    if kind and not groups:
        raise ValueError(f"{spec} reads word groups: give --groups FILE")
    table = groups if kind else None
    feats = [features(n.name, grams=grams, words=w, groups=table, kana_groups=kind == "gk") for n in names]
    probs = out_of_file(names, feats, c, disguised)
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
        spec + (f" {label}" if kind and label else "") + (" +disguised" if disguised else ""),
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


def _options(argv: list[str]) -> tuple[list[str], list[str], bool]:
    """(specs, group tables, disguised) of the command line."""
    specs: list[str] = []
    tables: list[str] = []
    disguised = False
    args = iter(argv)
    for a in args:
        if a == "--disguised":
            disguised = True
        elif a == "--groups":
            tables.append(next(args))
        elif a.startswith("--groups="):
            tables.append(a.partition("=")[2])
        elif a.startswith("--"):
            raise SystemExit(f"unknown option {a}")
        else:
            specs.append(a)
    return specs or list(DEFAULT_SPECS), tables, disguised


def main(argv: list[str]) -> int:
    from safety.learned import read_groups

    specs, tables, disguised = _options(argv)
    names = tuning_names()
    rules = [not check_name(n.name).ok for n in names]
    files = len({n.source for n in names})
    print(f"{len(names)} tuning names in {files} files, {sum(n.refuse for n in names)} must-refuse")
    runs: list[tuple[str, str, dict[str, str] | None]] = []
    for table in tables or [""]:
        groups = read_groups(Path(table).read_text(encoding="utf-8")) if table else None
        label = Path(table).stem if table else ""
        if groups:
            must = [n for n in names if n.refuse]
            fine = [n for n in names if not n.refuse]
            for kana in (False, True):
                hit = [
                    sum(
                        any(
                            f.startswith("g:")
                            for f in features(n.name, grams=(), words=False, groups=groups, kana_groups=kana)
                        )
                        for n in ns
                    )
                    for ns in (must, fine)
                ]
                print(
                    f"{label} ({len(groups)} words, {len(set(groups.values()))} groups), "
                    f"{'gk' if kana else 'g'}: a group for {hit[0]}/{len(must)} must-refuse, "
                    f"{hit[1]}/{len(fine)} ordinary names"
                )
        runs.extend(
            (spec, label, groups) for spec in specs if parse_spec(spec)[3] or table == (tables or [""])[0]
        )
    print(HEAD)
    met = False
    for spec, label, groups in runs:
        f = measure(names, rules, spec, disguised, groups, label)
        met = met or f.nested_alone >= SHIP_ALONE * f.must
        print(f.line(), flush=True)
    print(f"ship rule (model alone ≥ {SHIP_ALONE} out of file, nested bar): {'met' if met else 'not met'}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
