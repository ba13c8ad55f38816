"""Hourly statistics rows in the database (the posts' engine): added to, read, and pruned."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from rooms.posts.schema import posts, stats_hourly, stats_uniques
from stats.hll import HyperLogLog
from stats.tally import MAXED, Taken

# Hourly rows (the finest kept) are kept this long; nothing finer than an hour is ever written.
KEPT = timedelta(days=400)


@dataclass(frozen=True, slots=True)
class Row:
    hour: datetime
    metric: str
    key: str
    value: int


@dataclass(frozen=True, slots=True)
class PostTimes:
    """One post as the statistics see it: no words, no receipt, no reason."""

    status: str
    risk: str
    created: datetime
    decided: datetime | None


def hour_datetime(hour: int) -> datetime:
    return datetime.fromtimestamp(hour, UTC).replace(tzinfo=None)


class StatsStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    def _insert(self) -> Any:
        # The dialect's own module only: the PostgreSQL one is ~2 MiB a process on SQLite.
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return insert

    async def add(self, taken: Taken) -> None:
        """Add a flush's counts to their hours (peaks keep the larger value)."""
        values = [
            {"hour": hour_datetime(hour), "metric": metric, "key": key, "value": value}
            for hour, counts in taken.rows.items()
            for (metric, key), value in counts.items()
            if value
        ] + [
            {"hour": hour_datetime(hour), "metric": "peak", "key": "", "value": peak}
            for hour, peak in taken.peaks.items()
            if peak
        ]
        if not values:
            return
        insert = self._insert()(stats_hourly)
        added = insert.on_conflict_do_update(
            index_elements=["hour", "metric", "key"],
            set_={"value": stats_hourly.c.value + insert.excluded.value},
        )
        maxed = insert.on_conflict_do_update(
            index_elements=["hour", "metric", "key"],
            set_={
                "value": sa.case(
                    (insert.excluded.value > stats_hourly.c.value, insert.excluded.value),
                    else_=stats_hourly.c.value,
                )
            },
        )
        async with self.engine.begin() as connection:
            summed = [row for row in values if row["metric"] not in MAXED]
            if summed:
                await connection.execute(added, summed)
            peaks = [row for row in values if row["metric"] in MAXED]
            if peaks:
                await connection.execute(maxed, peaks)

    async def merge_registers(self, period: str, local: HyperLogLog) -> int:
        """Merge this instance's registers for ``period`` into the database's; the new estimate."""
        async with self.engine.begin() as connection:
            stored = await connection.scalar(
                sa.select(stats_uniques.c.registers).where(stats_uniques.c.period == period)
            )
            merged = HyperLogLog(stored) if stored else HyperLogLog()
            merged.merge(local)
            estimate = merged.count()
            await self._put(connection, period, bytes(merged.registers), estimate)
        return estimate

    async def set_estimate(self, period: str, estimate: int) -> None:
        """Redis keeps the registers (PFADD): the database keeps the largest estimate seen, so a
        Redis restarted mid-day (it persists nothing) lowers no figure already written."""
        insert = self._insert()(stats_uniques).values(period=period, registers=None, estimate=estimate)
        larger = sa.case(
            (insert.excluded.estimate > stats_uniques.c.estimate, insert.excluded.estimate),
            else_=stats_uniques.c.estimate,
        )
        async with self.engine.begin() as connection:
            await connection.execute(
                insert.on_conflict_do_update(index_elements=["period"], set_={"estimate": larger})
            )

    async def _put(self, connection: Any, period: str, registers: bytes | None, estimate: int) -> None:
        insert = self._insert()(stats_uniques).values(period=period, registers=registers, estimate=estimate)
        await connection.execute(
            insert.on_conflict_do_update(
                index_elements=["period"], set_={"registers": registers, "estimate": estimate}
            )
        )

    async def rows(self, since: datetime, metrics: Iterable[str] | None = None) -> list[Row]:
        query = sa.select(stats_hourly).where(stats_hourly.c.hour >= since).order_by(stats_hourly.c.hour)
        if metrics is not None:
            query = query.where(stats_hourly.c.metric.in_(list(metrics)))
        async with self.engine.connect() as connection:
            result = await connection.execute(query)
            return [Row(r.hour, r.metric, r.key, r.value) for r in result]

    async def posts_since(self, since: datetime) -> list[PostTimes]:
        query = sa.select(posts.c.status, posts.c.risk_level, posts.c.created_minute, posts.c.decided_minute)
        async with self.engine.connect() as connection:
            result = await connection.execute(query.where(posts.c.created_minute >= since))
            return [PostTimes(*row) for row in result]

    async def uniques(self, periods: Iterable[str]) -> dict[str, int]:
        query = sa.select(stats_uniques.c.period, stats_uniques.c.estimate).where(
            stats_uniques.c.period.in_(list(periods))
        )
        async with self.engine.connect() as connection:
            return {period: estimate for period, estimate in await connection.execute(query)}

    async def prune(self, now: datetime) -> int:
        """Hourly rows older than ``KEPT`` go, and day/month estimates of the same age."""
        cutoff = now.replace(tzinfo=None) - KEPT
        async with self.engine.begin() as connection:
            gone = await connection.execute(sa.delete(stats_hourly).where(stats_hourly.c.hour < cutoff))
            await connection.execute(
                sa.delete(stats_uniques).where(stats_uniques.c.period < cutoff.strftime("%Y-%m-%d"))
            )
        return gone.rowcount or 0


def totals(rows: Iterable[Row]) -> Counter[tuple[str, str]]:
    summed: Counter[tuple[str, str]] = Counter()
    for row in rows:
        summed[(row.metric, row.key)] += row.value
    return summed
