"""Scoring the policies against the hand-labelled sets in tests/data/.

Pure functions over already-read text; ``safety.cli evaluate`` does the file
reading and printing, and the tests assert the same goals.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

from safety.names import check_name
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
    assess("ウォームアップ")  # the first reading loads pykakasi's dictionary
    started = time.perf_counter()
    results = [assess(item.text) for item in risk]
    elapsed = time.perf_counter() - started

    confusion: Counter[tuple[str, str]] = Counter()
    misses: list[str] = []
    for item, result in zip(risk, results, strict=True):
        confusion[(item.level, result.level)] += 1
        if item.level != result.level:
            misses.append(f"risk  {item.level:>8} → {result.level:<8} {item.text}")
    serious = [r for i, r in zip(risk, results, strict=True) if i.level in ("high", "imminent")]
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
    serious = [r for i, r in results if i.level in ("high", "imminent")]
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
