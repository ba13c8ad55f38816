"""The labelled tuning files under tests/data/, as the safety tests read them.

Only tuning files: nothing here reads tests/data/blind/.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def data_text(relative: str) -> str:
    """The text of ``tests/data/<relative>``."""
    return (DATA / relative).read_text(encoding="utf-8")
