"""Scoring the policies against the hand-labelled sets in tests/data/.

Pure functions over already-read text; ``safety.cli evaluate`` does the file
reading and printing, and the tests assert the same goals.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

from safety.levels import CRISIS
from safety.names import check_name
from safety.ratio import Ratio
from safety.risk import LEVELS, assess

# The goals the project set (issue 4); the tests assert exactly these.
GOAL_HIGH_RECALL = 0.95
GOAL_HARD_NEGATIVE_HIGH = 0.10
GOAL_BYPASS_REFUSED = 0.98
GOAL_ORDINARY_REFUSED = 0.02


@dataclass(frozen=True, slots=True)
class RiskItem:
    level: str
    hard_negative: bool
    text: str


@dataclass(frozen=True, slots=True)
class NameItem:
    expected: str
    """"ok" or the reason code a refusal should give."""
    name: str


@dataclass(frozen=True, slots=True)
class Report:
    high_recall: float
    hard_negative_high_rate: float
    bypass_refused: float
    ordinary_refused: float
    reason_agreement: float
    assessments_per_second: float
    confusion: dict[tuple[str, str], int]
    counts: dict[str, int]
    misses: tuple[str, ...]

    def meets_goals(self) -> bool:
        return (
            self.high_recall >= GOAL_HIGH_RECALL
            and self.hard_negative_high_rate <= GOAL_HARD_NEGATIVE_HIGH
            and self.bypass_refused >= GOAL_BYPASS_REFUSED
            and self.ordinary_refused <= GOAL_ORDINARY_REFUSED
        )


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def parse_risk_set(text: str) -> list[RiskItem]:
    """Rows of ``level<TAB>hard(0|1)<TAB>text``; lines starting with # are comments."""
    items = [RiskItem(r[0], r[1] == "1", "\t".join(r[2:])) for r in _rows(text)]
    unknown = {i.level for i in items} - set(LEVELS)
    if unknown:
        raise ValueError(f"unknown levels in risk set: {sorted(unknown)}")
    return items


def parse_name_set(text: str) -> list[NameItem]:
    """Rows of ``expected<TAB>name``."""
    return [NameItem(r[0], "\t".join(r[1:])) for r in _rows(text)]


def evaluate(risk: list[RiskItem], names: list[NameItem]) -> Report:
    assess("ウォームアップ")  # the first call touches the dictionary's pages
    started = time.perf_counter()
    results = [assess(item.text) for item in risk]
    elapsed = time.perf_counter() - started

    confusion: Counter[tuple[str, str]] = Counter()
    misses: list[str] = []
    for item, result in zip(risk, results, strict=True):
        confusion[(item.level, result.level)] += 1
        if item.level != result.level:
            misses.append(f"risk  {item.level:>8} → {result.level:<8} {item.text}")
    serious = [r for i, r in zip(risk, results, strict=True) if i.level in CRISIS]
    hard = [r for i, r in zip(risk, results, strict=True) if i.hard_negative]

    ordinary = [n for n in names if n.expected == "ok"]
    bypass = [n for n in names if n.expected != "ok"]
    verdicts = {id(n): check_name(n.name) for n in names}
    for n in names:
        v = verdicts[id(n)]
        got = "ok" if v.ok else str(v.reason)
        if got != n.expected:
            misses.append(f"name  {n.expected:>8} → {got:<8} {n.name}")
    refused_bypass = [n for n in bypass if not verdicts[id(n)].ok]
    same_reason = [n for n in refused_bypass if verdicts[id(n)].reason == n.expected]

    return Report(
        high_recall=_ratio(sum(r.at_least("high") for r in serious), len(serious)),
        hard_negative_high_rate=_ratio(sum(r.at_least("high") for r in hard), len(hard)),
        bypass_refused=_ratio(len(refused_bypass), len(bypass)),
        ordinary_refused=_ratio(sum(not verdicts[id(n)].ok for n in ordinary), len(ordinary)),
        reason_agreement=_ratio(len(same_reason), len(refused_bypass)),
        assessments_per_second=len(risk) / elapsed if elapsed > 0 else float("inf"),
        confusion=dict(confusion),
        counts={
            "risk": len(risk),
            "hard_negatives": len(hard),
            "serious": len(serious),
            "names": len(names),
            "ordinary_names": len(ordinary),
            "bypass_names": len(bypass),
        },
        misses=tuple(misses),
    )


@dataclass(frozen=True, slots=True)
class SideReport:
    """The risk measures on a side set (no goals: these sets say how well the
    word lists carry over to phrasing they were not written from)."""

    name: str
    texts: int
    high_recall: float
    hard_negative_high_rate: float
    concern_seen: float
    exact: float


def side_report(name: str, risk: list[RiskItem]) -> SideReport:
    results = [(i, assess(i.text)) for i in risk]
    serious = [r for i, r in results if i.level in CRISIS]
    hard = [r for i, r in results if i.hard_negative]
    concern = [r for i, r in results if i.level == "concern"]
    return SideReport(
        name=name,
        texts=len(risk),
        high_recall=_ratio(sum(r.at_least("high") for r in serious), len(serious)),
        hard_negative_high_rate=_ratio(sum(r.at_least("high") for r in hard), len(hard)),
        concern_seen=_ratio(sum(r.at_least("concern") for r in concern), len(concern)),
        exact=_ratio(sum(i.level == r.level for i, r in results), len(results)),
    )


def format_side_reports(reports: list[SideReport]) -> str:
    lines = [
        "| set | texts | recall of high+imminent | hard negatives ≥ high | concern seen | exact level |",
        "|---|---|---|---|---|---|",
    ]
    for r in reports:
        lines.append(
            f"| {r.name} | {r.texts} | {r.high_recall:.3f} | {r.hard_negative_high_rate:.3f} "
            f"| {r.concern_seen:.3f} | {r.exact:.3f} |"
        )
    return "\n".join(lines)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def format_report(report: Report, *, show_misses: bool = True) -> str:
    c = report.counts
    lines = [
        f"risk set: {c['risk']} texts ({c['serious']} high/imminent, "
        f"{c['hard_negatives']} hard negatives); names: {c['names']} "
        f"({c['ordinary_names']} ordinary, {c['bypass_names']} bypass attempts)",
        "",
        "| measure | result | goal |",
        "|---|---|---|",
        f"| recall of high+imminent | {report.high_recall:.3f} | ≥ {GOAL_HIGH_RECALL} |",
        f"| hard negatives flagged high or above | {report.hard_negative_high_rate:.3f} "
        f"| ≤ {GOAL_HARD_NEGATIVE_HIGH} |",
        f"| bypass names refused | {report.bypass_refused:.3f} | ≥ {GOAL_BYPASS_REFUSED} |",
        f"| ordinary names refused | {report.ordinary_refused:.3f} | ≤ {GOAL_ORDINARY_REFUSED} |",
        f"| refused bypass names with the expected reason | {report.reason_agreement:.3f} | - |",
        f"| assessments per second (one core) | {report.assessments_per_second:,.0f} | - |",
        "",
        "confusion (rows: label, columns: assessed)",
        "| label | " + " | ".join(LEVELS) + " |",
        "|---|" + "---|" * len(LEVELS),
    ]
    for label in LEVELS:
        row = [str(report.confusion.get((label, got), 0)) for got in LEVELS]
        lines.append(f"| {label} | " + " | ".join(row) + " |")
    lines.append("")
    lines.append("goals met" if report.meets_goals() else "GOALS NOT MET")
    if show_misses and report.misses:
        lines.append("")
        lines.append("disagreements:")
        lines.extend(f"  {m}" for m in report.misses)
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# The issue-11 measures, per split (tuning / blind) and per class.

GOALS: dict[str, tuple[str, float]] = {
    "serious_high": (">=", 0.97),
    "imminent_exact": (">=", 0.85),
    "names_refused": (">=", 0.98),
    "ordinary_names_refused": ("<=", 0.02),
    "disguised_names_refused": (">=", 0.98),
    "disguised_high": (">=", 0.98),
    "disguised_names_kept": (">=", 0.98),
    "disguised_high_kept": (">=", 0.98),
    "ordinary_concern": ("<=", 0.05),
}
MEASURE_LABELS: dict[str, str] = {
    "serious_high": "high + imminent texts rated ≥ high",
    "imminent_exact": "imminent rated imminent",
    "names_refused": "names that must be refused, refused",
    "ordinary_names_refused": "ordinary names wrongly refused",
    "disguised_names_refused": "disguised variants of refused names, refused",
    "disguised_high": "disguised variants of high-risk texts, ≥ high",
    # The two above count the variants of every item, so an item missed as written takes its
    # variants down with it; these count only the variants of items caught as written: what the
    # folding of disguises keeps, apart from what the rules miss.
    "disguised_names_kept": "disguised variants of names refused as written, refused",
    "disguised_high_kept": "disguised variants of texts rated ≥ high as written, ≥ high",
    "ordinary_concern": "ordinary texts flagged ≥ concern",
}


@dataclass(frozen=True, slots=True)
class ClassedRisk:
    level: str
    cls: str
    text: str


@dataclass(frozen=True, slots=True)
class ClassedName:
    refuse: bool
    cls: str
    name: str


def parse_classed_risk(text: str) -> list[ClassedRisk]:
    """Rows of ``level<TAB>class<TAB>text`` (the blind split's format)."""
    items = [ClassedRisk(r[0].strip(), r[1].strip(), "\t".join(r[2:])) for r in _rows(text) if len(r) >= 3]
    unknown = {i.level for i in items} - set(LEVELS)
    if unknown:
        raise ValueError(f"unknown levels: {sorted(unknown)}")
    return items


def parse_classed_names(text: str) -> list[ClassedName]:
    """Rows of ``expected<TAB>class<TAB>name``; expected is ``ok``, ``refuse`` or a reason code."""
    return [
        ClassedName(r[0].strip() != "ok", r[1].strip(), "\t".join(r[2:])) for r in _rows(text) if len(r) >= 3
    ]


def risk_from_legacy(name: str, items: list[RiskItem]) -> list[ClassedRisk]:
    """The older sets (``level hard text``) as classed items: the class is the set's name."""
    return [ClassedRisk(i.level, "hard_negative" if i.hard_negative else name, i.text) for i in items]


def names_from_legacy(items: list[NameItem]) -> list[ClassedName]:
    return [ClassedName(n.expected != "ok", f"name_set:{n.expected}", n.name) for n in items]


@dataclass(frozen=True, slots=True)
class SplitScore:
    """One split scored with the issue's measures; ``classes`` holds, per class, how many
    items got what their label asks (risk: serious ≥ high, imminent = imminent, concern ≥
    concern, none = none; names: refused or accepted as labelled)."""

    name: str
    measures: dict[str, Ratio]
    classes: dict[str, Ratio]

    def meets(self, measure: str) -> bool:
        op, goal = GOALS[measure]
        value = self.measures[measure].value
        return value >= goal if op == ">=" else value <= goal


def _risk_ok(level: str, got: str) -> bool:
    want = LEVELS.index(level)
    have = LEVELS.index(got)
    if level == "none":
        return have == 0
    if level == "high":
        return have >= want
    return have == want if level == "imminent" else have >= want


def score_split(name: str, risk: list[ClassedRisk], names: list[ClassedName]) -> SplitScore:
    from safety.disguise import variants  # only the evaluation needs it

    levels = [assess(i.text).level for i in risk]
    serious = [(i, lv) for i, lv in zip(risk, levels, strict=True) if i.level in CRISIS]
    imminent = [(i, lv) for i, lv in zip(risk, levels, strict=True) if i.level == "imminent"]
    ordinary = [(i, lv) for i, lv in zip(risk, levels, strict=True) if i.level == "none"]
    verdicts = [not check_name(n.name).ok for n in names]
    must = [(n, v) for n, v in zip(names, verdicts, strict=True) if n.refuse]
    fine = [(n, v) for n, v in zip(names, verdicts, strict=True) if not n.refuse]

    # (each variant's verdict, with whether its item was caught as written)
    disguised_names = [(caught, not check_name(v).ok) for n, caught in must for _, v in variants(n.name)]
    rank_high = LEVELS.index("high")
    disguised_texts = [
        (LEVELS.index(lv) >= rank_high, assess(v).at_least("high"))
        for i, lv in serious
        for _, v in variants(i.text)
    ]
    kept_names = [refused for caught, refused in disguised_names if caught]
    kept_texts = [high for caught, high in disguised_texts if caught]
    measures = {
        "serious_high": Ratio(sum(LEVELS.index(lv) >= rank_high for _, lv in serious), len(serious)),
        "imminent_exact": Ratio(sum(lv == "imminent" for _, lv in imminent), len(imminent)),
        "names_refused": Ratio(sum(v for _, v in must), len(must)),
        "ordinary_names_refused": Ratio(sum(v for _, v in fine), len(fine)),
        "disguised_names_refused": Ratio(sum(r for _, r in disguised_names), len(disguised_names)),
        "disguised_high": Ratio(sum(h for _, h in disguised_texts), len(disguised_texts)),
        "disguised_names_kept": Ratio(sum(kept_names), len(kept_names)),
        "disguised_high_kept": Ratio(sum(kept_texts), len(kept_texts)),
        "ordinary_concern": Ratio(sum(lv != "none" for _, lv in ordinary), len(ordinary)),
    }
    per: dict[str, list[int]] = {}
    for i, lv in zip(risk, levels, strict=True):
        c = per.setdefault(f"risk:{i.cls}", [0, 0])
        c[0] += _risk_ok(i.level, lv)
        c[1] += 1
    for n, refused in zip(names, verdicts, strict=True):
        c = per.setdefault(f"name:{n.cls}", [0, 0])
        c[0] += refused == n.refuse
        c[1] += 1
    return SplitScore(name, measures, {k: Ratio(a, b) for k, (a, b) in sorted(per.items())})


def merge_splits(name: str, splits: list[SplitScore]) -> SplitScore:
    """The score of every item of ``splits`` together, without scoring them again: each measure
    and class is a count of items (or of their disguised variants), so the parts add up."""

    def added(ratios: list[Ratio]) -> Ratio:
        return Ratio(sum(r.part for r in ratios), sum(r.whole for r in ratios))

    measures = {key: added([s.measures[key] for s in splits]) for key in GOALS}
    classes = sorted({cls for s in splits for cls in s.classes})
    return SplitScore(
        name, measures, {cls: added([s.classes[cls] for s in splits if cls in s.classes]) for cls in classes}
    )


def format_splits(splits: list[SplitScore]) -> str:
    head = "| measure | " + " | ".join(s.name for s in splits) + " | goal |"
    lines = [head, "|---|" + "---|" * (len(splits) + 1)]
    for key, label in MEASURE_LABELS.items():
        op, goal = GOALS[key]
        cells = []
        for s in splits:
            mark = "" if not s.measures[key].whole or s.meets(key) else " ✗"
            cells.append(f"{s.measures[key]}{mark}")
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {'≥' if op == '>=' else '≤'} {goal} |")
    for s in splits:
        lines.append("")
        lines.append(f"per class, {s.name} (items that got what their label asks)")
        lines.append("| class | result |")
        lines.append("|---|---|")
        lines.extend(f"| {cls} | {r} |" for cls, r in s.classes.items())
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Throughput:
    assess_per_second: float
    """Per second of this process's CPU time (one core; a busy machine slows the wall clock)."""
    names_per_second: float
    assess_wall: float
    """The same per second of wall-clock time."""
    names_wall: float
    load: tuple[float, float, float]


def throughput(texts: list[str], names: list[str], *, seconds: float = 1.0) -> Throughput:
    """Assessments and name checks per second on this one thread (texts cycled for ``seconds``)."""
    import os

    def rate(fn, items: list[str]) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        if not items:
            return 0.0, 0.0
        done = 0
        started, cpu = time.perf_counter(), time.process_time()
        # At least one pass: a short --seconds on a busy machine may see its time gone before
        # the first item, and a rate of 0 a second would read as a broken checker.
        while not done or time.perf_counter() - started < seconds:
            for item in items:
                fn(item)
            done += len(items)
        wall = time.perf_counter() - started
        used = max(time.process_time() - cpu, 1e-9)
        return done / used, done / wall

    assess("ウォームアップ")
    check_name("ゆう")
    a_cpu, a_wall = rate(assess, texts)
    n_cpu, n_wall = rate(check_name, names)
    return Throughput(a_cpu, n_cpu, a_wall, n_wall, os.getloadavg())
