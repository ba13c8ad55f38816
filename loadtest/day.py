"""The day replay: a whole day of visits (30,000 by default) compressed into about ten minutes.

Arrivals follow the daily curve of a service for children — quiet at night, a
small rise before school, a lull in class time, the peak after school and in
the evening — squeezed so that 24 hours pass in ``--minutes``. Each visit
connects, says hello in a room drawn from the usual weights, walks every few
seconds, and leaves after a visit length drawn from a long-tailed distribution
(shortened, so that the day fits in ten minutes with a few thousand people in
at the peak). Every compressed "hour" prints one line: visits started and
finished, people connected, walk→seen p50/p99 in that hour, and every error.

    python -m loadtest.day --spawn --visits 30000 --minutes 10
    python -m loadtest.day --spawn --instances 3 --visits 30000 --minutes 10

Traffic goes only to servers on this machine; the run always ends on its own.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from loadtest.redis_meter import RedisProcess
from loadtest.stats import Histogram
from loadtest.swarm import DEFAULT_ROOMS, loopback_url
from loadtest.target import ONE_HOST, SpawnedServer, pin, raise_open_files
from loadtest.visitor import Field, Visitor
from loadtest.wire import Link, open_sansio

# Relative visits per hour of the day (Asia/Tokyo), 0 h … 23 h.
HOURLY = (
    3, 2, 1.5, 1, 1, 1, 1.5, 3, 4, 2,  # night, a few before school
    2, 2, 2.5, 2.5, 3, 5, 8, 9, 9, 8,  # class time, then after school
    8, 7, 6, 4.5,  # the evening, the late hours
)  # fmt: skip
VISIT_MEDIAN_S = 20.0
VISIT_MIN_S, VISIT_MAX_S = 8.0, 120.0


@dataclass(frozen=True)
class Visit:
    start: float  # seconds from the beginning of the replay
    length: float
    room: str
    url: str


def plan_the_day(
    visits: int, minutes: float, urls: list[str], rng: random.Random, longest: float = VISIT_MAX_S
) -> list[Visit]:
    """Arrival times drawn from the hourly curve, visit lengths from a log-normal."""
    seconds_per_hour = minutes * 60 / 24
    slugs, weights = list(DEFAULT_ROOMS), list(DEFAULT_ROOMS.values())
    plan = []
    for index in range(visits):
        hour = rng.choices(range(24), HOURLY)[0]
        start = (hour + rng.random()) * seconds_per_hour
        length = min(longest, max(VISIT_MIN_S, rng.lognormvariate(math.log(VISIT_MEDIAN_S), 0.6)))
        plan.append(Visit(start, length, rng.choices(slugs, weights)[0], urls[index % len(urls)]))
    plan.sort(key=lambda visit: visit.start)
    return plan


class LinksByVisitor(set):  # type: ignore[type-arg]
    """The swarm's set of open links, also findable by visitor so a visit can end on time."""

    def __init__(self) -> None:
        super().__init__()
        self.by_visitor: dict[int, Link] = {}

    def add(self, link: Any) -> None:
        super().add(link)
        self.by_visitor[id(link.visitor)] = link

    def discard(self, link: Any) -> None:
        super().discard(link)
        self.by_visitor.pop(id(link.visitor), None)


class DayReplay:
    def __init__(self, plan: list[Visit], minutes: float, walk_every: float, seed: int | None) -> None:
        self.plan = plan
        self.minutes = minutes
        self.walk_every = walk_every
        self.rng = random.Random(seed)
        loop = asyncio.get_running_loop()
        self.loop = loop
        self.field = Field(loop.time, loop.call_later)
        self.field.measuring = True
        self.field.window_start = loop.time()
        self.live = LinksByVisitor()
        self.started = self.finished = 0
        self.hours: list[dict[str, Any]] = []

    async def run(self) -> dict[str, Any]:
        start = self.loop.time()
        self.field.window_start = start
        reporter = self.loop.create_task(self._report_hours(start))
        visits: set[asyncio.Task[None]] = set()
        try:
            for visit in self.plan:
                delay = start + visit.start - self.loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
                task = self.loop.create_task(self._visit(visit))
                visits.add(task)
                task.add_done_callback(visits.discard)
            await asyncio.gather(*visits, return_exceptions=True)
            await asyncio.sleep(1.0)
        finally:
            reporter.cancel()
            self.field.stopping = True
            for link in list(self.live):
                link.close()
        tally = self.field.tally
        totals = {
            "visits": len(self.plan),
            "started": self.started,
            "finished": self.finished,
            "handshake_failures": dict(tally.handshake_failures),
            "unexpected_closes": dict(tally.unexpected_closes),
            "byes": dict(tally.byes),
            "protocol_errors": dict(tally.protocol_errors),
            "name_refused": tally.name_refused,
        }
        totals["errors"] = sum(
            sum(counter.values())
            for counter in (
                tally.handshake_failures,
                tally.unexpected_closes,
                tally.byes,
                tally.protocol_errors,
            )
        )
        return {"totals": totals, "hours": self.hours}

    async def _visit(self, visit: Visit) -> None:
        self.started += 1
        visitor = Visitor(self.field, visit.room, self.walk_every, random.Random(self.rng.random()))
        await open_sansio(visit.url, visitor, self.field, self.live, deflate=False, timeout=10.0)
        link = self.live.by_visitor.get(id(visitor))
        if link is None:
            return  # the handshake failed; it is counted
        await asyncio.sleep(visit.length)
        self.live.discard(link)  # a close we asked for is not an error
        link.close()
        self.finished += 1

    async def _report_hours(self, start: float) -> None:
        seconds_per_hour = self.minutes * 60 / 24
        started_before = finished_before = 0
        errors_before: Counter[str] = Counter()
        for hour in range(25):
            await asyncio.sleep(max(0.0, start + (hour + 1) * seconds_per_hour - self.loop.time()))
            latency, self.field.latency = self.field.latency, Histogram()
            p50, p99 = latency.percentiles(50, 99)
            tally = self.field.tally
            errors = tally.handshake_failures + tally.unexpected_closes + tally.byes + tally.protocol_errors
            line = {
                "hour": hour,
                "started": self.started - started_before,
                "finished": self.finished - finished_before,
                "connected": tally.connected,
                "p50_ms": p50,
                "p99_ms": p99,
                "errors": sum((errors - errors_before).values()),
            }
            started_before, finished_before, errors_before = self.started, self.finished, Counter(errors)
            self.hours.append(line)
            p50_text = "-" if p50 is None else f"{p50:.0f}"
            p99_text = "-" if p99 is None else f"{p99:.0f}"
            print(
                f"hour {hour:2d}  started {line['started']:5d}  finished {line['finished']:5d}  "
                f"connected {line['connected']:5d}  walk→seen p50 {p50_text:>5} ms  p99 {p99_text:>5} ms  "
                f"errors {line['errors']}",
                flush=True,
            )


async def _main(arguments: argparse.Namespace) -> dict[str, Any]:
    rng = random.Random(arguments.seed)
    servers: list[SpawnedServer] = []
    stack = contextlib.ExitStack()
    try:
        if arguments.spawn:
            extra: dict[str, str] = {}
            if arguments.instances > 1:
                redis_port = stack.enter_context(RedisProcess())
                extra["KAKUREGA_REDIS_URL"] = f"redis://127.0.0.1:{redis_port}/0"
                extra.update(ONE_HOST)
            peak = arguments.visits  # generous: the per-address cap must not be what limits the day
            servers = [SpawnedServer(peak, cpu=0, extra_env=extra) for _ in range(arguments.instances)]
            for server in servers:
                await asyncio.to_thread(server.start)
            urls = [server.url for server in servers]
            print(f"spawned {len(servers)} server(s): {', '.join(urls)}", flush=True)
        else:
            urls = arguments.url
        plan = plan_the_day(arguments.visits, arguments.minutes, urls, rng, arguments.longest)
        replay = DayReplay(plan, arguments.minutes, arguments.walk_every, arguments.seed)
        started = time.monotonic()
        result = await replay.run()
        result["seconds"] = round(time.monotonic() - started, 1)
        result["instances"] = len(urls)
        return result
    finally:
        for server in servers:
            await asyncio.to_thread(server.stop)
        stack.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtest.day", description=__doc__.split("\n\n")[0])
    parser.add_argument("--visits", type=int, default=30_000)
    parser.add_argument("--minutes", type=float, default=10.0, help="how long the compressed day lasts")
    parser.add_argument("--walk-every", type=float, default=5.0)
    parser.add_argument("--longest", type=float, default=VISIT_MAX_S, help="the longest visit, in seconds")
    parser.add_argument("--spawn", action="store_true", help="start our own server(s)")
    parser.add_argument("--instances", type=int, default=1, help="with --spawn: servers sharing one Redis")
    parser.add_argument(
        "--url",
        type=loopback_url,
        action="append",
        default=None,
        help="a running server's /ws (repeat for several)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", dest="json_path")
    arguments = parser.parse_args(argv)
    if arguments.visits < 1 or arguments.minutes <= 0 or arguments.instances < 1:
        parser.error("--visits, --minutes and --instances must be positive")
    if arguments.longest < VISIT_MIN_S:
        parser.error(f"--longest must be at least {VISIT_MIN_S:.0f} s")
    if not arguments.spawn and not arguments.url:
        arguments.url = ["ws://127.0.0.1:8000/ws"]
    raise_open_files()
    if arguments.spawn:
        pin(0, 1)
    result = asyncio.run(_main(arguments))
    totals = result["totals"]
    print(
        f"\nday replay: {totals['visits']} visits in {result['seconds']} s on {result['instances']} "
        f"instance(s): {totals['started']} started, {totals['finished']} finished, errors {totals['errors']} "
        f"(handshake {totals['handshake_failures'] or 0}, closes {totals['unexpected_closes'] or 0}, "
        f"bye {totals['byes'] or 0}, protocol {totals['protocol_errors'] or 0})",
        flush=True,
    )
    if arguments.json_path:
        with open(arguments.json_path, "w", encoding="utf-8") as out:
            json.dump(result, out, ensure_ascii=False, indent=2)
    return 0 if totals["errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
