"""What tick a spawned server ran at during the measurement (world/tick_pace.py stretches it).

The swarm gives the server it spawns a metrics port and reads ``/metrics`` every few
seconds while it measures: a run's CPU and latency mean little without the tick they were
measured at. Every ``EVERY_S`` is a few milliseconds of the server's CPU, well under 0.1 %.
"""

from __future__ import annotations

import asyncio
import contextlib
import urllib.request
from typing import Any

EVERY_S = 5.0
INTERVAL = "kakurega_tick_interval_seconds"
CHANGES = "kakurega_tick_interval_changes_total"


def read_tick(text: str) -> tuple[float, float] | None:
    """The tick (ms) and how often it changed, from ``/metrics``; None from a server without them."""
    values: dict[str, float] = {}
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        if name in (INTERVAL, CHANGES):
            values[name] = float(value)
    if INTERVAL not in values:
        return None
    return 1000 * values[INTERVAL], values.get(CHANGES, 0.0)


class TickWatch:
    def __init__(self, metrics_url: str) -> None:
        self.url = metrics_url
        self.seen: list[tuple[float, float]] = []  # (tick ms, changes so far), one per read

    def _read(self) -> tuple[float, float] | None:
        with (
            contextlib.suppress(OSError, ValueError),
            urllib.request.urlopen(self.url, timeout=2) as response,
        ):
            return read_tick(response.read().decode())
        return None

    async def watch(self) -> None:
        """Read until cancelled (the first read at once)."""
        while True:
            reading = await asyncio.to_thread(self._read)
            if reading is not None:
                self.seen.append(reading)
            await asyncio.sleep(EVERY_S)

    def summary(self) -> dict[str, Any] | None:
        if not self.seen:
            return None
        ticks = [tick for tick, _ in self.seen]
        return {
            "reads": len(ticks),
            "min_ms": min(ticks),
            "max_ms": max(ticks),
            "last_ms": ticks[-1],
            "changes": int(self.seen[-1][1] - self.seen[0][1]),
        }
