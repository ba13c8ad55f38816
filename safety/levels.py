"""The risk levels, lowest first, and which of them are a crisis (one place for both)."""

from __future__ import annotations

LEVELS = ("none", "concern", "high", "imminent")
CRISIS = ("high", "imminent")
"""The levels that are a crisis: the hotline card comes first, the robot answers as in a crisis."""

__all__ = ["CRISIS", "LEVELS"]
