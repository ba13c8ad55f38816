"""How the construction tests say what a text must be rated."""

from __future__ import annotations

import safety


def assert_rated(text: str, level: str) -> None:
    """``imminent`` exactly (a plan is not a wish); any other level at least."""
    got = safety.assess(text).level
    if level == "imminent":
        assert got == "imminent", text
    else:
        assert safety.LEVELS.index(got) >= safety.LEVELS.index(level), text
