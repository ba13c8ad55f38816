"""The swarm benchmark: thousands of real visitors in one process, and what the server pays for them.

    python -m loadtest.swarm --visitors 2000 --duration 60 --spawn --json out.json

Visitors connect at ``--ramp`` per second, say hello, spread over the nine
rooms, walk every ``--walk-every`` seconds (jittered) to a fresh spot and
sometimes sit or sleep. Each walk's send time is kept under (avatar id, x, y);
every other visitor of the nook that then reads that walk in a ``tick`` yields
one walk→seen sample. Only what happens after the ramp is measured. Traffic
goes to loopback addresses only. docs/performance.md has the results.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import ipaddress
import json
import os
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from loadtest.pauses import GcPauses
from loadtest.redis_meter import RedisMeter, RedisProcess
from loadtest.target import Meter, SpawnedServer, Usage, pin, raise_open_files
from loadtest.visitor import Field, Visitor
from loadtest.wire import TRANSPORTS, Link

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
    parser.add_argument("--ramp", type=float, default=200.0, help="new connections per second")
    parser.add_argument("--json", dest="json_path", help="also write the summary here")
    parser.add_argument("--transport", choices=sorted(TRANSPORTS), default="sansio")
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
    if a.walk_every * 1.5 >= IDLE_TIMEOUT:
        parser.error(f"--walk-every must stay below {IDLE_TIMEOUT / 1.5:.0f} s (idle timeout)")
    if a.spawn and a.server_pid:
        parser.error("--spawn starts its own server; --server-pid is for one already running")
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
    )


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


class Swarm:
    def __init__(
        self, options: Options, url: str | list[str], server_pid: int | None, redis: RedisMeter | None = None
    ) -> None:
        self.options = options
        self.urls = [url] if isinstance(url, str) else url
        self.redis = redis
        loop = asyncio.get_running_loop()
        self.loop = loop
        self.field = Field(loop.time, loop.call_later)
        self.live: set[Link] = set()
        self.server = Meter(server_pid) if server_pid else None
        self.me = Meter(os.getpid())
        self.rng = random.Random(options.seed)
        self.phase = "ramp"
        self.started = loop.time()
        self.pauses = GcPauses()

    async def run(self) -> dict[str, Any]:
        options, field, loop = self.options, self.field, self.loop
        baseline = self.server.read() if self.server else None
        reporter = loop.create_task(self._progress())
        try:
            await self._ramp()
            ramp_seconds = loop.time() - self.started
            # Everything alive now lives until the end: keep full collections from walking
            # thousands of connections' objects in the middle of the measurement.
            gc.collect()
            gc.freeze()
            # And collect the young generation less often: each pause delays every frame in flight.
            gc.set_threshold(100_000, 50, 100)
            self.pauses.reset()
            self.phase = "measure"
            server_start = self.server.read() if self.server else None
            me_start = self.me.read()
            before = field.tally.snapshot()
            redis_before = self.redis.read() if self.redis else None
            connected_after_ramp = field.tally.connected
            field.window_start = loop.time()
            field.measuring = True
            await asyncio.sleep(options.duration)
            field.measuring = False
            window = loop.time() - field.window_start
            after = field.tally.snapshot()
            redis_after = self.redis.read() if self.redis else None
            server_end = self.server.read() if self.server else None
            me_end = self.me.read()
            connected_at_end = field.tally.connected
        finally:
            self.phase = "closing"
            reporter.cancel()
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
            summary["redis"] = RedisMeter.rates(redis_before, redis_after, window, len(self.urls))
        return summary

    async def _ramp(self) -> None:
        options = self.options
        opener = TRANSPORTS[options.transport]
        slugs = list(options.rooms)
        weights = list(options.rooms.values())
        attempts: set[asyncio.Task[None]] = set()
        for index in range(options.visitors):
            delay = self.started + index / options.ramp - self.loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            room = self.rng.choices(slugs, weights)[0]
            visitor = Visitor(self.field, room, options.walk_every, random.Random(self.rng.random()))
            task = self.loop.create_task(
                opener(
                    self.urls[index % len(self.urls)],
                    visitor,
                    self.field,
                    self.live,
                    deflate=options.deflate,
                    timeout=options.handshake_timeout,
                )
            )
            attempts.add(task)
            task.add_done_callback(attempts.discard)
        if attempts:
            await asyncio.wait(attempts)
        # Open sockets still waiting for their first snapshot get a moment to be placed.
        deadline = self.loop.time() + options.handshake_timeout
        while self.field.tally.connected < len(self.live) and self.loop.time() < deadline:
            await asyncio.sleep(0.1)

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
            "deflate_offered": options.deflate,
            "walk_to_seen_ms": {
                "samples": latency.count,
                "p50": p50,
                "p95": p95,
                "p99": p99,
                "max": round(latency.max, 1) if latency.count else None,
            },
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
                "rss_after_ramp_mb": round(start.rss / 2**20, 1),
                "rss_at_end_mb": round(end.rss / 2**20, 1),
                "rss_per_connection_kb_after_ramp": _per(start.rss - baseline.rss, connected[0]),
                "rss_per_connection_kb_at_end": _per(end.rss - baseline.rss, connected[1]),
                # Handshake, hello, name check and first snapshot, plus the walks of those already in.
                "ramp_cpu_ms_per_connection": round(1000 * (start.cpu - baseline.cpu) / connected[0], 2)
                if connected[0]
                else None,
                "cpu_s_per_million_walk_updates": round(cpu / (updates / 1e6), 2) if updates else None,
                # A server that falls behind packs more walks into each tick frame, so per frame too.
                "cpu_us_per_frame_delivered": round(1e6 * cpu / delta["frames"], 1)
                if delta["frames"]
                else None,
            }
        return summary


def _waited(start: Usage, end: Usage) -> float | None:
    if start.waited is None or end.waited is None:
        return None
    return round(end.waited - start.waited, 2)


def _per(delta_bytes: int, connections: int) -> float | None:
    return round(delta_bytes / 1024 / connections, 1) if connections else None


def print_summary(summary: dict[str, Any]) -> None:
    latency = summary["walk_to_seen_ms"]
    errors = summary["errors"]
    lines = [
        "",
        f"visitors {summary['visitors']}: connected {summary['connected_after_ramp']} after the ramp "
        f"({summary['ramp_s']} s), {summary['connected_at_end']} at the end of {summary['duration_s']} s",
        f"walk→seen ms  p50 {_ms(latency['p50'])}  p95 {_ms(latency['p95'])}  p99 {_ms(latency['p99'])}"
        f"  max {_ms(latency['max'])}  ({latency['samples']} samples)",
        f"received      {summary['frames_received_per_s']:.0f} frames/s, "
        f"{summary['bytes_received_per_s'] / 1024:.0f} KiB/s, "
        f"{summary['walk_updates_delivered_per_s']:.0f} walk updates/s; "
        f"sent {summary['walks_sent_per_s']:.0f} walks/s",
        f"errors        handshake {errors['handshake_failures'] or 0}"
        f"  closes {errors['unexpected_closes'] or 0}"
        f"  bye {errors['bye'] or 0}  protocol {errors['protocol_errors'] or 0}"
        f"  name_refused {errors['name_refused']}",
        f"swarm         {summary['swarm_cpu_s']} CPU-s ({summary['swarm_cpu_percent_of_core']} % of a core, "
        f"{summary['swarm_cpu_us_per_frame']} µs per frame), "
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
            f"server RSS    baseline {server['rss_baseline_mb']} MB, "
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
            f"{redis['instances']} instances"
        )
    print("\n".join(lines), flush=True)


async def _main(options: Options) -> dict[str, Any]:
    if options.instances > 1:
        return await _main_scaled_out(options)
    spawned: SpawnedServer | None = None
    url, server_pid = options.url, options.server_pid
    if options.spawn:
        extra = {"KAKUREGA_NOOK_CAP": str(options.nook_cap)} if options.nook_cap else {}
        spawned = SpawnedServer(options.visitors, cpu=0, extra_env=extra, tree=options.server_tree)
        server_pid = await asyncio.to_thread(spawned.start)
        url = spawned.url
        print(f"spawned kakurega serve (pid {server_pid}) at {url}; log {spawned.log}", flush=True)
    try:
        swarm = Swarm(options, url, server_pid)
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
