"""Eight hours of visits replayed through a real server whose wall clock runs 720 times fast.

libfaketime (Debian's ``faketime``) speeds up only the server's wall clock: one hour passes in five
seconds, while its monotonic clock — every timeout, ping and timer — runs at the real pace. Each
replayed hour's visitors arrive just after the hour has begun (as the server's own clock says,
read from ``pong.ts``) and leave within it; two visitors stay through several hours. Then the
hourly rows must be exactly the visits of each hour, and the distinct-browser estimate within
the HyperLogLog's error.
"""

from __future__ import annotations

import asyncio
import secrets
import sqlite3
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from stats.hll import STANDARD_ERROR
from tests.support.servers import ServerProcess
from tests.support.visitors import LOOK, Visitor

LIBFAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
START = datetime(2026, 12, 2, 0, 0, tzinfo=UTC)
SPEED = 720  # one hour in five seconds
# Visits per hour: a quiet night, a rise before school, a lull, the afternoon.
VISITS = [3, 1, 0, 5, 12, 6, 2, 9]
STAY_FROM = 3  # two of that hour's visitors stay to the end
HOUR_MS = 3_600_000


async def server_clock(url: str) -> int:
    """The server's wall clock in ms (``pong.ts``), asked on a connection that never says hello."""
    visitor = await Visitor.connect(url)
    try:
        await visitor.send({"t": "ping", "n": 1})
        return (await visitor.wait_for(lambda f: f["t"] == "pong"))["ts"]
    finally:
        await visitor.close()


async def arrive(url: str, browser: str) -> tuple[Visitor, int, int]:
    """A visit, and the server's clock just before its hello and just after its welcome: the visit
    was counted between the two, whatever the machine's load did to the schedule."""
    visitor = await Visitor.connect(url)
    await visitor.send({"t": "ping", "n": 1})  # allowed before hello (docs/protocol.md §4)
    before = (await visitor.wait_for(lambda f: f["t"] == "pong"))["ts"]
    await visitor.send({"t": "hello", "v": 1, "name": "そら", "look": LOOK, "b": browser})
    await visitor.wait_for(lambda f: f["t"] == "room")
    await visitor.send({"t": "ping", "n": 2})
    after = (await visitor.wait_for(lambda f: f["t"] == "pong" and f["n"] == 2))["ts"]
    return visitor, before, after


async def replay(url: str) -> tuple[Counter[int], int, int, list[int]]:
    """The visits known to have begun in each hour (epoch seconds), those that straddled an hour
    boundary, the distinct browsers, and the hours the stayers were there throughout."""
    regulars = [secrets.token_hex(16) for _ in range(8)]  # they come back hours later: new visits
    browsers: set[str] = set()
    known: Counter[int] = Counter()
    straddled = 0
    stayers: list[Visitor] = []
    first_hour = (await server_clock(url)) // HOUR_MS + 1
    for index, visits in enumerate(VISITS):
        hour = first_hour + index
        while (now := await server_clock(url)) < hour * HOUR_MS + 5 * 60_000:
            await asyncio.sleep(min(0.2, (hour * HOUR_MS + 5 * 60_000 - now) / SPEED / 1000 + 0.01))
        for n in range(visits):
            stays = index == STAY_FROM and n < 2
            regular = index % 3 == 0 and n < len(regulars) and not stays
            browser = regulars[n] if regular else secrets.token_hex(16)
            browsers.add(browser)
            visitor, before, after = await arrive(url, browser)
            if before // HOUR_MS == after // HOUR_MS:
                known[before // HOUR_MS * 3600] += 1
            else:
                straddled += 1
            if stays:
                stayers.append(visitor)  # they stay for the rest of the replay
            else:
                await visitor.close()
        for stayer in stayers:
            await stayer.send({"t": "ping", "n": 3})  # not idle
    last_hour = (await server_clock(url)) // HOUR_MS
    for stayer in stayers:
        await stayer.close()
    stayed = [h * 3600 for h in range(first_hour + STAY_FROM + 1, last_hour)]
    return known, straddled, len(browsers), stayed


def test_hours_replayed_give_each_hour_its_own_row(tmp_path: Path) -> None:
    if not LIBFAKETIME.exists():
        pytest.fail(f"{LIBFAKETIME} is missing: make system-test-deps (Debian's faketime)")
    database = tmp_path / "replay.db"
    server = ServerProcess(
        {
            "KAKUREGA_DATABASE_URL": f"sqlite:///{database}",
            "KAKUREGA_STATS_FLUSH_SECONDS": "2",  # real seconds: a flush every ~24 replayed minutes
            "LD_PRELOAD": str(LIBFAKETIME),
            "FAKETIME": f"@{START:%Y-%m-%d %H:%M:%S} x{SPEED}",
            "DONT_FAKE_MONOTONIC": "1",
        }
    )
    server.start(timeout=60)  # a loaded machine is slow to start (its clock runs fast meanwhile)
    try:
        known, straddled, distinct, stayed = asyncio.run(replay(server.ws_url))
    finally:
        server.stop()

    with sqlite3.connect(database) as db:
        visits = Counter[int]()
        peaks: dict[int, int] = {}
        for hour, metric, value in db.execute(
            "SELECT CAST(strftime('%s', hour) AS INTEGER), metric, value FROM stats_hourly"
        ):
            if metric == "visits":
                visits[hour] += value
            elif metric == "peak":
                peaks[hour] = value
        uniques = dict(db.execute("SELECT period, estimate FROM stats_uniques"))
    assert straddled <= 2, "the machine was too slow for the replay to mean much"
    assert sum(visits.values()) == sum(VISITS)  # every visit counted once
    for hour, count in known.items():
        assert count <= visits[hour] <= count + straddled, (hour, count, visits[hour])
    assert len([hour for hour in visits if visits[hour]]) >= 6  # the visits are spread over the hours
    assert stayed and all(peaks.get(hour, 0) >= 2 for hour in stayed)  # the two who stayed
    day = datetime.fromtimestamp(min(visits), UTC).strftime("%Y-%m-%d")
    assert abs(uniques[day] - distinct) <= 3 * STANDARD_ERROR * distinct + 1
