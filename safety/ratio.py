"""A share of counted items, kept as its two counts (one type for the evaluation and the field)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Ratio:
    part: int
    whole: int

    @property
    def value(self) -> float:
        """``part / whole``; NaN when nothing was counted, so no goal is met by an empty set."""
        return self.part / self.whole if self.whole else float("nan")

    def __str__(self) -> str:
        if not self.whole:
            return "–"
        return f"{self.value:.3f} ({self.part}/{self.whole})"


__all__ = ["Ratio"]
