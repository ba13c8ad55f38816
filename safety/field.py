"""Figures from the field: the safety net's level beside the staff's own, on real decided posts.

Staff read every post before it is published and may record their own level of its risk when
they decide (``posts.staff_level``). Counted against the net's level (``posts.risk_level``),
that is the one measure of the net on text nobody wrote for the project (docs/safety.md,
"Figures from the field"). Only counts come out of here, never a post's words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from safety.levels import CRISIS, LEVELS
from safety.ratio import Ratio

# Below this many labelled posts the shares mean little yet: the page and the CLI say so.
FEW = 30


@dataclass(frozen=True, slots=True)
class FieldFigures:
    table: Counter[tuple[str, str]]
    """(staff level, net level) → how many posts; both from ``LEVELS``."""

    @property
    def labelled(self) -> int:
        return sum(self.table.values())

    def count(self, staff: Iterable[str], net: Iterable[str]) -> int:
        staff_levels, net_levels = set(staff), set(net)
        return sum(n for (s, r), n in self.table.items() if s in staff_levels and r in net_levels)

    @property
    def serious_caught(self) -> Ratio:
        """Of the posts staff rated high or imminent, those the net rated high or imminent."""
        return Ratio(self.count(CRISIS, CRISIS), self.count(CRISIS, LEVELS))

    @property
    def imminent_caught(self) -> Ratio:
        """Of the posts staff rated imminent, those the net rated imminent."""
        return Ratio(self.count(["imminent"], ["imminent"]), self.count(["imminent"], LEVELS))

    @property
    def calm_flagged(self) -> Ratio:
        """Of the posts staff rated none, those the net rated concern or above (its false alarms)."""
        return Ratio(self.count(["none"], LEVELS[1:]), self.count(["none"], LEVELS))


def field_figures(pairs: Iterable[tuple[str | None, str]]) -> FieldFigures:
    """The figures of (staff level, net level) pairs; a pair without a staff level is not counted.

    A level outside ``LEVELS`` (none is ever stored; the route refuses them) is left out rather
    than counted under a level it is not."""
    return FieldFigures(Counter((s, r) for s, r in pairs if s in LEVELS and r in LEVELS))


def format_figures(figures: FieldFigures) -> str:
    """The figures as the CLI prints them: shares with their counts, then the 4×4 table."""
    lines = [f"labelled posts (with a staff level): {figures.labelled}"]
    measures = (
        ("staff high/imminent → net ≥ high", figures.serious_caught),
        ("staff imminent → net imminent", figures.imminent_caught),
        ("staff none → net ≥ concern (false alarms)", figures.calm_flagged),
    )
    for label, share in measures:
        ratio = f"{share.value:.3f}" if share.whole else "—"
        lines.append(f"  {label:<44} {ratio:>6}  ({share.part}/{share.whole})")
    width = max(len(level) for level in LEVELS) + 2
    lines.append("  staff \\ net " + "".join(f"{level:>{width}}" for level in LEVELS))
    for staff in LEVELS:
        cells = "".join(f"{figures.table[staff, net]:>{width}}" for net in LEVELS)
        lines.append(f"  {staff:<12}" + cells)
    if figures.labelled < FEW:
        lines.append(f"  (fewer than {FEW} labelled posts: these figures mean little yet)")
    return "\n".join(lines)


__all__ = ["FEW", "FieldFigures", "field_figures", "format_figures"]
