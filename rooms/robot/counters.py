"""Aggregate counters, in memory only: how much the robot is used and how often it shows the card.

Nothing here can be tied to a visitor or a message: no text, no time of a
message, no address.  They reset when the process restarts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from safety import LEVELS


@dataclass
class RobotCounters:
    messages: int = 0
    levels: Counter[str] = field(default_factory=lambda: Counter(dict.fromkeys(LEVELS, 0)))
    cards: int = 0
    """Replies that carried the hotline card (any reason)."""
    sticky_cards: int = 0
    """Cards shown because an earlier line was high or imminent, not this one."""
    screened: int = 0
    """Engine replies the output screen threw away."""
    fallbacks: int = 0
    """Turns answered by the embedded listener because the chosen engine failed."""
    refused: Counter[str] = field(default_factory=Counter)
    """Requests refused before any engine ran, by reason (too_fast, too_long, bad_request…)."""

    def snapshot(self) -> dict[str, Any]:
        return {
            "messages": self.messages,
            "levels": dict(self.levels),
            "cards": self.cards,
            "sticky_cards": self.sticky_cards,
            "screened": self.screened,
            "fallbacks": self.fallbacks,
            "refused": dict(self.refused),
        }


__all__ = ["RobotCounters"]
