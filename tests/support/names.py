"""What the name tests share: a name's refusal reason, and the smallest names.toml that reads.

``MINIMAL_NAMES_TOML`` is built from ``names_toml.REASONS`` so that a test of one wrong entry
breaks only on that entry, not on a table added to the file since the test was written.
"""

from __future__ import annotations

import safety
from safety import names_toml

MINIMAL_NAMES_TOML = "".join(f"[{r}]\n" for r in names_toml.REASONS)


def reason(name: str) -> str | None:
    """Why ``name`` is refused (None when it is allowed)."""
    return safety.check_name(name).reason
