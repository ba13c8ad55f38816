"""The swarm benchmark: thousands of real visitors in one process, and what the server pays for them.

    python -m loadtest.swarm --visitors 2000 --duration 60 --spawn --json out.json

Visitors connect at ``--ramp`` per second (from many loopback addresses, as
the server caps connections per address), say hello, spread over the nine
rooms, walk every ``--walk-every`` seconds (jittered) to a fresh spot, sometimes
sit or sleep, and change rooms every ``--move-every`` seconds. Each walk's send
time is kept under (avatar id, x, y); every *observer* (``--observe``, a random
sample of the visitors) of the nook that then reads that walk in a ``tick``
yields one walk→seen sample. The ramp is reported on its own (connections per
second, failures, time to get in); everything else is measured after it.
Traffic goes to loopback addresses only. docs/performance.md has the results.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import gc
import ipaddress
import json
import os
import random
import sys
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from loadtest.pauses import GcPauses
from loadtest.poll_wire import open_polling
from loadtest.redis_meter import RedisMeter, RedisProcess
from loadtest.stats import Histogram
from loadtest.target import ONE_HOST, Meter, SpawnedServer, Usage, free_port, pin, raise_open_files
from loadtest.tick_watch import TickWatch
from loadtest.visitor import Field, Moves, Visitor, distinct_name
from loadtest.wire import TRANSPORTS, Link, ReadPacer

# Some rooms are busier than others: most people stand about in the entrance or lie down.
DEFAULT_ROOMS = {
    "genkan": 25,
    "hiru": 15,
    "hoshi": 14,
    "asobi": 12,
    "kabe": 9,
    "tana": 9,
    "robo": 7,
    "mogu": 5,
    "mado": 4,
}
PROGRESS_EVERY = 5.0
RAMP_BATCH_EVERY = 0.02  # s: the ramp wakes up this often and starts every visitor then due
SOURCE_BASE = ipaddress.IPv4Address("127.100.0.1")
PER_SOURCE_ADDRESS = 50  # visitors per local address, below the server's default cap of 60
CLOSE_GRACE = 10.0
IDLE_TIMEOUT = 75.0  # the server's default; a visitor that walks less often would be closed as idle


@dataclass(frozen=True)
class Options:
    visitors: int
    duration: float
    url: str
    spawn: bool
    server_pid: int | None
    rooms: dict[str, float]
    walk_every: float
    ramp: float
    json_path: str | None
    transport: str
    deflate: bool
    nook_cap: int | None
    server_tree: Path | None
    cpu: int | None
    seed: int | None
    handshake_timeout: float
    instances: int = 1
    observe: float = 0.25
    move_every: float = 120.0
    read_every_ms: float = 1.0
    polling: int = 0
    names: str = "distinct"


def parse_rooms(text: str) -> dict[str, float]:
    """``genkan:4,hiru:2,hoshi`` → weights (a room without a weight counts 1)."""
    rooms: dict[str, float] = {}
    for part in text.split(","):
        slug, _, weight = part.strip().partition(":")
        if not slug:
            continue
        if slug not in DEFAULT_ROOMS:
            raise argparse.ArgumentTypeError(f"unknown room {slug!r}; rooms are {', '.join(DEFAULT_ROOMS)}")
        rooms[slug] = float(weight) if weight else 1.0
    if not rooms or sum(rooms.values()) <= 0:
        raise argparse.ArgumentTypeError("give at least one room with a positive weight")
    return rooms


def loopback_url(url: str) -> str:
    host = urlsplit(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise argparse.ArgumentTypeError("the swarm only talks to a server on this machine (127.0.0.1)")
    return url


def parse_arguments(argv: Sequence[str] | None) -> Options:
    parser = argparse.ArgumentParser(prog="python -m loadtest.swarm", description=__doc__.split("\n\n")[0])
    parser.add_argument("--visitors", type=int, default=2000)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds measured after the ramp")
    parser.add_argument("--url", type=loopback_url, default="ws://127.0.0.1:8000/ws")
    parser.add_argument(
        "--spawn",
        action="store_true",
        help="start our own `kakurega serve` on a free port, pinned to CPU 0 (we take CPU 1)",
    )
    parser.add_argument("--server-pid", type=int, help="measure this already running server process")
    parser.add_argument(
        "--rooms",
        type=parse_rooms,
        default=DEFAULT_ROOMS,
        help="room weights, e.g. genkan:4,hiru:2,hoshi (default: all nine, uneven)",
    )
    parser.add_argument(
        "--walk-every", type=float, default=5.0, help="mean seconds between a visitor's walks"
    )
    parser.add_argument(
        "--move-every",
        type=float,
        default=120.0,
        help="mean seconds between a visitor's room changes (jittered ±50 %%; 0: never)",
    )
    parser.add_argument(
        "--observe",
        type=float,
        default=0.25,
        help="fraction of visitors that decode every tick and take walk→seen samples",
    )
    parser.add_argument("--ramp", type=float, default=200.0, help="new connections per second")
    parser.add_argument(
        "--read-every-ms",
        type=float,
        default=1.0,
        help="read the sockets in batches at most this often (cheaper per frame; "
        "walk→seen includes up to this wait); 0: as soon as one is readable",
    )
    parser.add_argument("--json", dest="json_path", help="also write the summary here")
    parser.add_argument("--transport", choices=sorted(TRANSPORTS), default="sansio")
    parser.add_argument(
        "--polling",
        type=int,
        default=0,
        help="this many of the visitors use HTTP long-polling instead (docs/protocol.md §10), spread evenly",
    )
    parser.add_argument(
        "--no-deflate",
        dest="deflate",
        action="store_false",
        help="do not offer permessage-deflate (browsers do offer it)",
    )
    parser.add_argument("--nook-cap", type=int, help="with --spawn: the server's nook size (default 40)")
    parser.add_argument(
        "--server-tree", type=Path, help="with --spawn: serve this copy of the code (default: the work tree)"
    )
    parser.add_argument("--cpu", type=int, help="pin the swarm to this CPU (default 1 with --spawn)")
    parser.add_argument("--seed", type=int)
    parser.add_argument(
        "--names",
        choices=("distinct", "reused"),
        default="distinct",
        help="distinct: every visitor a name of its own, as real visitors pick (each arrival pays a "
        "name check); reused: ~30 names, after the first few answered from the server's kept verdicts",
    )
    parser.add_argument("--handshake-timeout", type=float, default=10.0)
    parser.add_argument(
        "--instances",
        type=int,
        default=1,
        help="with --spawn: this many servers sharing one redis-server the swarm starts; "
        "visitors are dealt to them in turn",
    )
    a = parser.parse_args(argv)
    if a.visitors < 1 or a.duration <= 0 or a.ramp <= 0 or a.walk_every <= 0:
        parser.error("--visitors, --duration, --ramp and --walk-every must be positive")
    if not 0 < a.observe <= 1 or a.move_every < 0 or a.read_every_ms < 0:
        parser.error("--observe must be in (0, 1], --move-every and --read-every-ms at least 0")
    if a.walk_every * 1.5 >= IDLE_TIMEOUT:
        parser.error(f"--walk-every must stay below {IDLE_TIMEOUT / 1.5:.0f} s (idle timeout)")
    if a.spawn and a.server_pid:
        parser.error("--spawn starts its own server; --server-pid is for one already running")
    if not 0 <= a.polling <= a.visitors:
        parser.error("--polling must be between 0 and --visitors")
    if a.instances < 1 or (a.instances > 1 and not a.spawn):
        parser.error("--instances needs --spawn and must be at least 1")
    cpu = a.cpu if a.cpu is not None else (1 if a.spawn else None)
    return Options(
        a.visitors,
        a.duration,
        a.url,
        a.spawn,
        a.server_pid,
        a.rooms,
        a.walk_every,
        a.ramp,
        a.json_path,
        a.transport,
        a.deflate,
        a.nook_cap,
        a.server_tree,
        cpu,
        a.seed,
        a.handshake_timeout,
        a.instances,
        a.observe,
        a.move_every,
        a.read_every_ms,
        a.polling,
        a.names,
    )


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def source_address(url: str, index: int) -> str | None:
    """The local address visitor ``index`` connects from; None when the server is not on IPv4 loopback."""
    if not _on_ipv4_loopback(url):
        return None
    return str(SOURCE_BASE + index // PER_SOURCE_ADDRESS)


@functools.lru_cache(maxsize=64)
def _on_ipv4_loopback(url: str) -> bool:
    try:
        host = ipaddress.ip_address(urlsplit(url).hostname or "")
    except ValueError:
        return False
    return host.version == 4 and host.is_loopback


def _latencies(histogram: Histogram) -> dict[str, float | None]:
    p50, p99 = histogram.percentiles(50, 99)
    return {"p50": p50, "p99": p99, "max": round(histogram.max, 1) if histogram.count else None}


def _rate(count: int, seconds: float) -> float | None:
    return round(count / seconds, 1) if seconds > 0 else None


class Swarm:
    def __init__(
        self,
        options: Options,
        url: str | list[str],
        server_pid: int | None,
        redis: RedisMeter | None = None,
        tick_watch: TickWatch | None = None,
    ) -> None:
        self.options = options
        self.tick_watch = tick_watch  # the spawned server's tick, read from its /metrics
        self.urls = [url] if isinstance(url, str) else url
        self.redis = redis
        loop = asyncio.get_running_loop()
        self.loop = loop
        self.field = Field(loop.time, loop.call_later)
        self.live: set[Link] = set()
        self.server = Meter(server_pid) if server_pid else None
        self.me = Meter(os.getpid())
        self.rng = random.Random(options.seed)
        self.slugs, self.weights = list(options.rooms), list(options.rooms.values())
        self.moves = Moves(options.move_every, options.rooms)
        self.observers = 0
        self.phase = "ramp"
        self.started = loop.time()
        self.last_attempt = self.started
        self.ramp_cpu_s = 0.0  # the swarm's own, while visitors arrive
        self.pauses = GcPauses()

    async def run(self) -> dict[str, Any]:
        options, field, loop = self.options, self.field, self.loop
        baseline = self.server.read(private=True) if self.server else None
        me_before_ramp = self.me.read()
        reporter = loop.create_task(self._progress())
        pacer = ReadPacer(loop, options.read_every_ms / 1000) if options.read_every_ms else None
        if pacer is not None:
            pacer.start()
        # No collections while visitors arrive: each one pauses every handshake in flight,
        # and the objects made now are nearly all the connections' own, alive until the end.
        gc.disable()
        try:
            await self._ramp()
            ramp_seconds = loop.time() - self.started
            # Keep full collections from walking those objects in the middle of the measurement,
            gc.collect()
            gc.freeze()
            # and collect the young generation less often: each pause delays every frame in flight.
            gc.set_threshold(100_000, 50, 100)
            gc.enable()
            self.pauses.reset()
            self.phase = "measure"
            server_start = self.server.read() if self.server else None
            me_start = self.me.read()
            self.ramp_cpu_s = me_start.cpu - me_before_ramp.cpu
            before = field.tally.snapshot()
            redis_before = self.redis.read() if self.redis else None
            connected_after_ramp = field.tally.connected
            field.moved = Histogram()  # enter→room from the window only, like walk→seen
            field.window_start = loop.time()
            field.measuring = True
            watching = loop.create_task(self.tick_watch.watch()) if self.tick_watch else None
            await asyncio.sleep(options.duration)
            field.measuring = False
            if watching is not None:
                watching.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watching
            window = loop.time() - field.window_start
            after = field.tally.snapshot()
            redis_after = self.redis.read() if self.redis else None
            redis_subscribers = self.redis.subscribers() if self.redis else None
            server_end = self.server.read() if self.server else None
            me_end = self.me.read()
            connected_at_end = field.tally.connected
        finally:
            gc.enable()  # if the ramp failed
            self.phase = "closing"
            reporter.cancel()
            if pacer is not None:
                pacer.stop()
            await self._close_all()
        summary = self._summary(
            ramp_seconds=ramp_seconds,
            window=window,
            before=before,
            after=after,
            connected=(connected_after_ramp, connected_at_end),
            server=(baseline, server_start, server_end),
            me=(me_start, me_end),
        )
        if redis_before is not None and redis_after is not None:
            summary["redis"] = RedisMeter.rates(
                redis_before,
                redis_after,
                window,
                len(self.urls),
                visitors=(connected_after_ramp + connected_at_end) / 2,
                subscribers=redis_subscribers,
            )
        return summary

    async def _ramp(self) -> None:
        options, loop = self.options, self.loop
        attempts: set[asyncio.Task[None]] = set()
        index = 0
        while index < options.visitors:
            due = min(options.visitors, 1 + int((loop.time() - self.started) * options.ramp))
            while index < due:
                task = loop.create_task(self._attempt(index))
                attempts.add(task)
                task.add_done_callback(attempts.discard)
                index += 1
            self.last_attempt = loop.time()
            if index < options.visitors:
                await asyncio.sleep(RAMP_BATCH_EVERY)
        if attempts:
            await asyncio.wait(attempts)
        # Open sockets still waiting for their first snapshot get a moment to be placed.
        deadline = self.loop.time() + options.handshake_timeout
        while self.field.tally.connected < len(self.live) and self.loop.time() < deadline:
            await asyncio.sleep(0.1)

    def _attempt(self, index: int) -> Coroutine[Any, Any, None]:
        options, rng = self.options, self.rng
        room = rng.choices(self.slugs, self.weights)[0]
        observer = rng.random() < options.observe
        self.observers += observer
        # Exactly ``polling`` of the visitors poll, spread evenly through the ramp.
        share = options.polling
        polling = (index + 1) * share // options.visitors != index * share // options.visitors
        visitor = Visitor(
            self.field,
            room,
            options.walk_every,
            random.Random(rng.random()),
            observer=observer,
            moves=self.moves,
            polling=polling,
            name=distinct_name(index) if options.names == "distinct" else None,
        )
        url = self.urls[index % len(self.urls)]
        opener = open_polling if polling else TRANSPORTS[options.transport]
        return opener(
            url,
            visitor,
            self.field,
            self.live,
            deflate=options.deflate,
            timeout=options.handshake_timeout,
            source=source_address(url, index),
        )

    async def _close_all(self) -> None:
        self.field.stopping = True
        for link in list(self.live):
            link.close()
        deadline = self.loop.time() + CLOSE_GRACE
        while self.live and self.loop.time() < deadline:
            await asyncio.sleep(0.1)
        for link in list(self.live):
            link.abort()
        await asyncio.sleep(0.1)

    async def _progress(self) -> None:
        tally = self.field.tally
        last = tally.snapshot()
        while True:
            await asyncio.sleep(PROGRESS_EVERY)
            now = tally.snapshot()
            p50, p99 = self.field.latency.percentiles(50, 99)
            print(
                f"[{self.loop.time() - self.started:6.1f}s {self.phase:7}] connected {tally.connected:6d}"
                f"  walks/s {(now['walks_sent'] - last['walks_sent']) / PROGRESS_EVERY:7.0f}"
                f"  moves/s {(now['moves_sent'] - last['moves_sent']) / PROGRESS_EVERY:5.0f}"
                f"  seen/s {(now['seen'] - last['seen']) / PROGRESS_EVERY:8.0f}"
                f"  frames/s {(now['frames'] - last['frames']) / PROGRESS_EVERY:8.0f}"
                f"  walk→seen p50 {_ms(p50)} ms  p99 {_ms(p99)} ms",
                flush=True,
            )
            last = now

    def _summary(
        self,
        *,
        ramp_seconds: float,
        window: float,
        before: dict[str, int],
        after: dict[str, int],
        connected: tuple[int, int],
        server: tuple[Usage | None, Usage | None, Usage | None],
        me: tuple[Usage, Usage],
    ) -> dict[str, Any]:
        options, tally = self.options, self.field.tally
        delta = {key: after[key] - before[key] for key in after}
        latency = self.field.latency
        p50, p95, p99 = latency.percentiles(50, 95, 99)
        summary: dict[str, Any] = {
            "visitors": options.visitors,
            "connected_after_ramp": connected[0],
            "connected_at_end": connected[1],
            "duration_s": round(window, 2),
            "ramp_s": round(ramp_seconds, 2),
            "walk_every_s": options.walk_every,
            "transport": options.transport,
            "read_every_ms": options.read_every_ms,
            "deflate_offered": options.deflate,
            "observers": self.observers,
            "walk_to_seen_ms": {
                "samples": latency.count,
                "p50": p50,
                "p95": p95,
                "p99": p99,
                "max": round(latency.max, 1) if latency.count else None,
            },
            "polling": {
                "visitors": options.polling,
                "walk_to_seen_ms": {
                    "samples": self.field.poll_latency.count,
                    **_latencies(self.field.poll_latency),
                },
                # per polling visitor (not per placed one: the few not yet in barely poll)
                "gets_per_visitor_s": round(delta["polls"] / window / max(options.polling, 1), 2),
                "frames_per_get": round(delta["poll_frames"] / max(delta["polls"], 1), 2),
            },
            "ramp": self._ramp_summary(ramp_seconds),
            "names": options.names,
            "moves": {
                "every_s": options.move_every if self.moves.enabled else None,
                "sent_per_s": round(delta["moves_sent"] / window, 1),
                "rooms_entered_per_s": round(delta["rooms_entered"] / window, 1),
                "enter_to_room_ms": _latencies(self.field.moved),
            },
            "catch_up_snapshots_per_s": round(delta["catch_ups"] / window, 1),
            "walks_sent_per_s": round(delta["walks_sent"] / window, 1),
            "walk_updates_delivered_per_s": round(delta["walk_updates"] / window, 1),
            "frames_received_per_s": round(delta["frames"] / window, 1),
            "bytes_received_per_s": round(delta["bytes"] / window, 1),
            "errors": {
                "handshake_failures": dict(tally.handshake_failures),
                "unexpected_closes": dict(tally.unexpected_closes),
                "bye": dict(tally.byes),
                "protocol_errors": dict(tally.protocol_errors),
                "name_refused": tally.name_refused,
            },
            "swarm_cpu_s": round(me[1].cpu - me[0].cpu, 2),
            "swarm_cpu_percent_of_core": round(100 * (me[1].cpu - me[0].cpu) / window, 1),
            "swarm_waited_for_cpu_s": _waited(me[0], me[1]),
            "swarm_cpu_us_per_frame": round(1e6 * (me[1].cpu - me[0].cpu) / delta["frames"], 1)
            if delta["frames"]
            else None,
            "swarm_gc_pauses": self.pauses.as_dict(),
            "machine_load_average": round(os.getloadavg()[0], 2),
            "server": None,
        }
        baseline, start, end = server
        if baseline and start and end:
            cpu = end.cpu - start.cpu
            updates = delta["walk_updates"]
            summary["server"] = {
                "cpu_s": round(cpu, 2),
                "cpu_percent_of_core": round(100 * cpu / window, 1),
                "waited_for_cpu_s": _waited(start, end),
                "rss_baseline_mb": round(baseline.rss / 2**20, 1),
                "private_dirty_baseline_mb": round(baseline.private_dirty / 2**20, 1)
                if baseline.private_dirty is not None
                else None,
                "rss_after_ramp_mb": round(start.rss / 2**20, 1),
                "rss_at_end_mb": round(end.rss / 2**20, 1),
                "rss_per_connection_kb_after_ramp": _per(start.rss - baseline.rss, connected[0]),
                "rss_per_connection_kb_at_end": _per(end.rss - baseline.rss, connected[1]),
                # Handshake, hello, name check and first snapshot, plus the walks of those already in.
                "ramp_cpu_ms_per_connection": round(1000 * (start.cpu - baseline.cpu) / connected[0], 2)
                if connected[0]
                else None,
                # The same less what the crowd already in cost meanwhile (its walks, the counts):
                # the window's rate (the whole crowd, nobody arriving) for the ramp's length, at half
                # the crowd (visitors arrive at a steady rate). An estimate of the arrival alone.
                "ramp_cpu_ms_per_arrival_less_crowd": round(
                    1000 * (start.cpu - baseline.cpu - 0.5 * ramp_seconds * cpu / window) / connected[0], 2
                )
                if connected[0] and connected[0] == connected[1]
                else None,
                "cpu_s_per_million_walk_updates": round(cpu / (updates / 1e6), 2) if updates else None,
                # The tick the server ran at (world/tick_pace.py), when the swarm spawned it.
                "tick_ms": self.tick_watch.summary() if self.tick_watch else None,
                # A server that falls behind packs more walks into each tick frame, so per frame too.
                "cpu_us_per_frame_delivered": round(1e6 * cpu / delta["frames"], 1)
                if delta["frames"]
                else None,
            }
        return summary

    def _ramp_summary(self, seconds: float) -> dict[str, Any]:
        arrivals = self.field.arrivals
        visitors = self.options.visitors
        return {
            "seconds": round(seconds, 2),
            "target_per_s": self.options.ramp,
            # The first attempt starts at 0 s and the last at (visitors - 1) / ramp.
            "attempted_per_s": _rate(visitors - 1, self.last_attempt - self.started),
            "placed": arrivals.placed.count,
            "placed_per_s": _rate(arrivals.placed.count, arrivals.last_placed - self.started),
            "handshake_failures": dict(self.field.tally.handshake_failures),
            "swarm_cpu_percent_of_core": round(100 * self.ramp_cpu_s / seconds, 1) if seconds > 0 else None,
            "connect_to_upgrade_ms": _latencies(arrivals.upgraded),
            "connect_to_welcome_ms": _latencies(arrivals.welcomed),
            "connect_to_room_ms": _latencies(arrivals.placed),
        }


def _waited(start: Usage, end: Usage) -> float | None:
    if start.waited is None or end.waited is None:
        return None
    return round(end.waited - start.waited, 2)


def _per(delta_bytes: int, connections: int) -> float | None:
    return round(delta_bytes / 1024 / connections, 1) if connections else None


def _spread(latencies: dict[str, float | None]) -> str:
    return f"p50 {_ms(latencies['p50'])} / p99 {_ms(latencies['p99'])} / max {_ms(latencies['max'])}"


def _tick_line(tick: dict[str, Any]) -> str:
    return (
        f"server tick   {tick['min_ms']:.0f}–{tick['max_ms']:.0f} ms, {tick['last_ms']:.0f} at the end, "
        f"{tick['changes']} changes ({tick['reads']} reads of /metrics)"
    )


def print_summary(summary: dict[str, Any]) -> None:
    latency = summary["walk_to_seen_ms"]
    errors = summary["errors"]
    ramp = summary["ramp"]
    moves = summary["moves"]
    lines = [
        "",
        f"visitors {summary['visitors']}: connected {summary['connected_after_ramp']} after the ramp "
        f"({summary['ramp_s']} s), {summary['connected_at_end']} at the end of {summary['duration_s']} s",
        f"ramp          target {ramp['target_per_s']:.0f}/s, names {summary['names']}: "
        f"attempted {ramp['attempted_per_s']}/s, "
        f"in a room {ramp['placed_per_s']}/s ({ramp['placed']} placed); "
        f"handshake failures {ramp['handshake_failures'] or 0}; "
        f"swarm {ramp['swarm_cpu_percent_of_core']} % of a core",
        f"ramp ms       connect→101 {_spread(ramp['connect_to_upgrade_ms'])}; "
        f"→welcome {_spread(ramp['connect_to_welcome_ms'])}; →room {_spread(ramp['connect_to_room_ms'])}",
        f"walk→seen ms  p50 {_ms(latency['p50'])}  p95 {_ms(latency['p95'])}  p99 {_ms(latency['p99'])}"
        f"  max {_ms(latency['max'])}  ({latency['samples']} samples by {summary['observers']} observers)",
        *(
            [
                f"polling       {summary['polling']['visitors']} visitors: walk→seen ms "
                f"{_spread(summary['polling']['walk_to_seen_ms'])} "
                f"({summary['polling']['walk_to_seen_ms']['samples']} samples); "
                f"{summary['polling']['gets_per_visitor_s']} GETs/s each, "
                f"{summary['polling']['frames_per_get']} frames per GET"
            ]
            if summary["polling"]["visitors"]
            else []
        ),
        f"moves         every {moves['every_s'] or '-'} s: sent {moves['sent_per_s']}/s, "
        f"rooms entered {moves['rooms_entered_per_s']}/s, "
        f"enter→room ms {_spread(moves['enter_to_room_ms'])}; "
        f"catch-up snapshots {summary['catch_up_snapshots_per_s']}/s",
        f"received      {summary['frames_received_per_s']:.0f} frames/s, "
        f"{summary['bytes_received_per_s'] / 1024:.0f} KiB/s, "
        f"{summary['walk_updates_delivered_per_s']:.0f} walk updates/s; "
        f"sent {summary['walks_sent_per_s']:.0f} walks/s",
        f"errors        handshake {errors['handshake_failures'] or 0}"
        f"  closes {errors['unexpected_closes'] or 0}"
        f"  bye {errors['bye'] or 0}  protocol {errors['protocol_errors'] or 0}"
        f"  name_refused {errors['name_refused']}",
        f"swarm         {summary['swarm_cpu_s']} CPU-s ({summary['swarm_cpu_percent_of_core']} % of a core, "
        f"{summary['swarm_cpu_us_per_frame']} µs per frame, reading every {summary['read_every_ms']} ms), "
        f"waited {summary['swarm_waited_for_cpu_s']} s for a CPU; "
        f"load average {summary['machine_load_average']}; GC {summary['swarm_gc_pauses']}"
        + (
            "  -- SATURATED: latencies include the swarm's own queueing"
            if summary["swarm_cpu_percent_of_core"] > 90
            else ""
        ),
    ]
    server = summary["server"]
    if server:
        lines += [
            f"server        {server['cpu_s']} CPU-s ({server['cpu_percent_of_core']} % of a core), "
            f"waited {server['waited_for_cpu_s']} s for a CPU, "
            f"{server['cpu_s_per_million_walk_updates']} CPU-s per million walk updates, "
            f"{server['cpu_us_per_frame_delivered']} µs per frame delivered",
            *([_tick_line(server["tick_ms"])] if server.get("tick_ms") else []),
            f"server ramp   {server['ramp_cpu_ms_per_connection']} ms of CPU per arrival, "
            f"{server['ramp_cpu_ms_per_arrival_less_crowd']} ms less the crowd already in (an estimate)",
            f"server RSS    baseline {server['rss_baseline_mb']} MB "
            f"(written by the process: {server['private_dirty_baseline_mb']} MB), "
            f"after ramp {server['rss_after_ramp_mb']} MB, end {server['rss_at_end_mb']} MB; "
            f"per connection {server['rss_per_connection_kb_after_ramp']} KB after ramp, "
            f"{server['rss_per_connection_kb_at_end']} KB at end",
        ]
    waits = [summary["swarm_waited_for_cpu_s"], server["waited_for_cpu_s"] if server else None]
    if any(wait is not None and wait > 0.1 * summary["duration_s"] for wait in waits):
        lines.append(
            "CONTENDED: other work on this machine held a core for over 10 % of the window; "
            "latencies are pessimistic, CPU-s and RSS still hold"
        )
    redis = summary.get("redis")
    if redis:
        lines.append(
            f"redis         {redis['commands_per_s']:.0f} commands/s "
            f"({redis['commands_per_s_per_instance']:.0f} per instance), "
            f"in {redis['bytes_in_per_s'] / 1024:.0f} KiB/s, out {redis['bytes_out_per_s'] / 1024:.0f} KiB/s "
            f"({redis['bytes_per_s_per_instance'] / 1024:.0f} KiB/s in+out per instance), "
            f"{redis['instances']} instances; redis-server at {redis['cpu_percent_of_core']} % of a core; "
            f"{redis['nook_channels']} nook channels, {redis['subscribers_per_nook']} subscribers each"
        )
        thousand = redis.get("per_1000_visitors")
        if thousand:
            calls = ", ".join(
                f"{name} {rate}" for name, rate in thousand["calls_per_s"].items() if rate >= 0.1
            )
            lines.append(
                f"redis/1000    per 1,000 visitors: {thousand['commands_per_s']} commands/s, "
                f"in {thousand['bytes_in_per_s']} B/s, out {thousand['bytes_out_per_s']} B/s, "
                f"{thousand['cpu_percent_of_core']} % of a core; calls/s: {calls}"
            )
    print("\n".join(lines), flush=True)


async def _main(options: Options) -> dict[str, Any]:
    if options.instances > 1:
        return await _main_scaled_out(options)
    spawned: SpawnedServer | None = None
    watch: TickWatch | None = None
    url, server_pid = options.url, options.server_pid
    if options.spawn:
        extra = {"KAKUREGA_NOOK_CAP": str(options.nook_cap)} if options.nook_cap else {}
        metrics_port = free_port()
        extra["KAKUREGA_METRICS_PORT"] = str(metrics_port)
        spawned = SpawnedServer(options.visitors, cpu=0, extra_env=extra, tree=options.server_tree)
        server_pid = await asyncio.to_thread(spawned.start)
        url = spawned.url
        watch = TickWatch(f"http://127.0.0.1:{metrics_port}/metrics")
        print(f"spawned kakurega serve (pid {server_pid}) at {url}; log {spawned.log}", flush=True)
    try:
        swarm = Swarm(options, url, server_pid, tick_watch=watch)
        with swarm.pauses:
            return await swarm.run()
    finally:
        if spawned is not None:
            await asyncio.to_thread(spawned.stop)


async def _main_scaled_out(options: Options) -> dict[str, Any]:
    """N servers on CPU 0 sharing one redis-server (also CPU 0); the swarm on CPU 1."""
    extra = {"KAKUREGA_NOOK_CAP": str(options.nook_cap)} if options.nook_cap else {}
    with RedisProcess() as redis_port:
        extra["KAKUREGA_REDIS_URL"] = f"redis://127.0.0.1:{redis_port}/0"
        extra.update(ONE_HOST)
        servers = [
            SpawnedServer(options.visitors, cpu=0, extra_env=extra, tree=options.server_tree)
            for _ in range(options.instances)
        ]
        try:
            pids = [await asyncio.to_thread(server.start) for server in servers]
            urls = [server.url for server in servers]
            print(
                f"spawned {len(servers)} servers (pids {pids}) sharing redis on port {redis_port}; "
                f"the first one is measured",
                flush=True,
            )
            swarm = Swarm(options, urls, pids[0], RedisMeter(redis_port))
            with swarm.pauses:
                summary = await swarm.run()
            summary["instances"] = len(servers)
            return summary
        finally:
            for server in servers:
                await asyncio.to_thread(server.stop)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_arguments(argv)
    raise_open_files()
    if options.cpu is not None:
        pin(0, options.cpu)
    runner_options: dict[str, Any] = {}
    with contextlib.suppress(ImportError):
        import uvloop  # optional: the `load` extra

        runner_options["loop_factory"] = uvloop.new_event_loop
    with asyncio.Runner(**runner_options) as runner:
        summary = runner.run(_main(options))
    summary["event_loop"] = "uvloop" if runner_options else "asyncio"
    print_summary(summary)
    if options.json_path:
        with open(options.json_path, "w", encoding="utf-8") as out:
            json.dump(summary, out, ensure_ascii=False, indent=2)
    failed = summary["connected_after_ramp"] == 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
