"""stats/store.py on real SQLite and PostgreSQL: rows add up, peaks keep the larger, old rows go."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rooms.posts.database import create_engine, migrate
from stats.hll import HyperLogLog
from stats.recorder import Recorder
from stats.store import KEPT, StatsStore, hour_datetime, totals
from stats.tally import HOUR, Taken, Tally
from tests.support.databases import fresh_database

HOUR_0 = 1_796_169_600  # 2026-12-02 00:00 UTC


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with fresh_database(request.param, tmp_path) as database_url:
        yield database_url


async def exercise(url: str) -> None:
    engine = create_engine(url)
    try:
        await migrate(engine)
        store = StatsStore(engine)
        one = Taken(rows={HOUR_0: Counter({("visits", ""): 7, ("room", "hoshi"): 2})}, peaks={HOUR_0: 5})
        other = Taken(rows={HOUR_0: Counter({("visits", ""): 5})}, peaks={HOUR_0: 3, HOUR_0 + HOUR: 0})
        await store.add(one)
        await store.add(other)  # another instance, or the next flush
        rows = await store.rows(hour_datetime(HOUR_0))
        assert totals(rows) == Counter({("visits", ""): 12, ("room", "hoshi"): 2, ("peak", ""): 5})

        await store.set_estimate("2026-12-02", 40)
        await store.set_estimate("2026-12-02", 12)  # Redis restarted: the larger figure stays
        first, second = HyperLogLog(), HyperLogLog()
        for n in range(300):
            (first if n % 2 else second).add(str(n).encode())
        await store.merge_registers("2026-12", first)
        assert abs(await store.merge_registers("2026-12", second) - 300) <= 3
        assert await store.uniques(["2026-12-02", "2026-12", "2026-11"]) == {
            "2026-12-02": 40,
            "2026-12": await store.merge_registers("2026-12", HyperLogLog()),
        }

        later = hour_datetime(HOUR_0).replace(tzinfo=UTC) + KEPT + timedelta(days=1)
        assert await store.prune(later) == 3  # visits, room, peak
        assert await store.rows(datetime(2000, 1, 1)) == []
        assert await store.uniques(["2026-12-02", "2026-12"]) == {}
    finally:
        await engine.dispose()


def test_rows_add_up_across_flushes_and_instances_and_go_when_old(url: str) -> None:
    asyncio.run(exercise(url))


class HeldStore(StatsStore):
    """A real store whose register merge waits for a gate: a flush caught half-way."""

    def __init__(self, engine: object) -> None:
        super().__init__(engine)
        self.merging = asyncio.Event()
        self.gate = asyncio.Event()

    async def merge_registers(self, period: str, local: HyperLogLog) -> int:
        self.merging.set()
        await self.gate.wait()
        return await super().merge_registers(period, local)


async def cancel_mid_flush(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        await migrate(engine)
        store = HeldStore(engine)
        tally = Tally(b"k" * 32, HOUR_0)
        for n in range(9):
            tally.placed(str(n), f"browser-{n:02}", "genkan", HOUR_0 + 60)
        clock = iter(range(HOUR_0 + 120, HOUR_0 + 10_000)).__next__
        recorder = Recorder(tally, store, flush_seconds=0.01, clock=clock)
        running = asyncio.create_task(recorder.run())
        await store.merging.wait()  # visits written, browsers not yet
        running.cancel()  # the server shuts down now
        await asyncio.sleep(0.05)
        store.gate.set()
        with contextlib.suppress(asyncio.CancelledError):
            await running
        return await store.uniques(["2026-12-02", "2026-12"])
    finally:
        await engine.dispose()


def test_a_flush_cancelled_half_way_still_writes_its_browsers(tmp_path: Path) -> None:
    with fresh_database("sqlite", tmp_path) as database_url:
        assert asyncio.run(cancel_mid_flush(database_url)) == {"2026-12-02": 9, "2026-12": 9}
