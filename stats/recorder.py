"""The async adapter: every ``flush_seconds`` the tally's counts go into the database.

Distinct browsers: with Redis, the keyed hashes go to ``PFADD`` (one key per UTC day and
month, expiring) and ``PFCOUNT``'s estimate is written to the database; without Redis (one
instance) an in-process HyperLogLog is merged into the registers kept in the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from rooms.japan_time import in_japan
from stats.hll import HyperLogLog
from stats.store import StatsStore
from stats.tally import Taken, Tally

log = logging.getLogger("kakurega.stats")

REDIS_PREFIX = "kakurega:stats:browsers:"
REDIS_KEPT_SECONDS = 62 * 86400  # a month's key outlives its month; the database keeps the figure


def periods(day: str) -> tuple[str, str]:
    """The UTC day and its month: ``("2026-12-01", "2026-12")``."""
    return day, day[:7]


class Recorder:
    def __init__(
        self,
        tally: Tally,
        store: StatsStore,
        *,
        redis: Any = None,
        flush_seconds: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.tally = tally
        self.store = store
        self.redis = redis
        self.flush_seconds = flush_seconds
        self.clock = clock
        self.today: int | None = None  # visits since midnight in Japan, all instances, as last read

    async def run(self) -> None:
        with contextlib.suppress(Exception):
            await self.read_today()
        while True:
            await asyncio.sleep(self.flush_seconds)
            # Shutdown cancels this task. A flush already begun has taken its counts out of the
            # tally, so it is finished first: cancelled between the visits and the browsers, the
            # browsers of the last interval were lost.
            writing = asyncio.ensure_future(self._write())
            try:
                await asyncio.shield(writing)
            except asyncio.CancelledError:
                await writing
                raise

    async def _write(self) -> None:
        try:
            await self.flush()
            await self.store.prune(datetime.now(UTC))
            await self.read_today()
        except Exception:
            log.exception("writing statistics failed; their counts are lost, the next flush goes on")

    async def read_today(self) -> None:
        """Today's visits (Japan's day) from every instance's rows: the entrance's ambient figure."""
        midnight = in_japan(datetime.fromtimestamp(self.clock(), UTC)).replace(hour=0, minute=0, second=0)
        since = midnight.astimezone(UTC).replace(tzinfo=None, microsecond=0)
        self.today = sum(row.value for row in await self.store.rows(since, ["visits"]))

    async def flush(self, *, last: bool = False) -> None:
        """Write what was counted; ``last`` at shutdown (remembered visits end: their lengths count)."""
        taken = self.tally.take(self.clock(), last=last)
        await self.store.add(taken)
        await self._browsers(taken)

    async def _browsers(self, taken: Taken) -> None:
        for day, hashes in taken.browsers.items():
            for period in periods(day):
                if self.redis is not None:
                    key = REDIS_PREFIX + period
                    await self.redis.pfadd(key, *hashes)
                    await self.redis.expire(key, REDIS_KEPT_SECONDS)
                    await self.store.set_estimate(period, int(await self.redis.pfcount(key)))
                else:
                    local = HyperLogLog()
                    for hashed in hashes:
                        local.add(hashed)
                    await self.store.merge_registers(period, local)


def ambient(visits: int | None) -> int | None:
    """「きょう ここに きた ひと」: rounded to tens, and nothing below ten."""
    if visits is None or visits < 10:
        return None
    return (visits + 5) // 10 * 10
