"""Warnings an operator needs in the log, not only in metrics: refusals past a rate."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

log = logging.getLogger("kakurega.ops")

REFUSALS_PERIOD = 60.0
REFUSALS_WARN_AT = 10  # refusals per period: a few are a school behind one address, more is a crowd


async def warn_about_refusals(
    refused: Callable[[], dict[str, int]], period: float = REFUSALS_PERIOD, warn_at: int = REFUSALS_WARN_AT
) -> None:
    """Once a period, one WARNING line if more than ``warn_at`` connections were refused."""
    before = dict(refused())
    while True:
        await asyncio.sleep(period)
        now = dict(refused())
        new = {reason: count - before.get(reason, 0) for reason, count in now.items()}
        new = {reason: count for reason, count in new.items() if count > 0}
        before = now
        if sum(new.values()) > warn_at:
            summary = ", ".join(f"{count} {reason}" for reason, count in sorted(new.items()))
            log.warning("connections refused in the last %.0f s: %s", period, summary)
