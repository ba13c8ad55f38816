"""A reconnect storm, measured: three instances and Redis behind the nginx example, one instance lost.

``python -m loadtest.storm --visitors 3000`` starts redis-server, three ``kakurega serve``
(the admission and connection limits at their defaults), and nginx with
``deploy/nginx/kakurega.conf``; connects the visitors through nginx (each from one of many
loopback addresses, as a town's browsers would be); then, once per mode, loses one instance:

- ``kill``: SIGKILL, as an OOM kill or a lost node;
- ``drain``: SIGTERM, as a rollout (``bye draining`` with a ``retry_ms``).

Each visitor reconnects as the browser does (static/js/connection.js): after a ``bye`` with a
``retry_ms``, after that; otherwise after a random 0…5 s, the ceiling doubling with every try
that did not end in a welcome (full jitter, at most 60 s), bringing back the name as its
``welcome`` had it and that welcome's name pass, if any (docs/protocol.md, "The name pass").
Reported per mode: how many visitors the lost instance held, how long until every one was
placed in a room again (from the signal), every failed attempt on the way (``full`` refusals,
failed handshakes), and the CPU time the surviving instances spent while watched.

``--names distinct`` gives every visitor a name of its own (loadtest/visitor.py
``distinct_name``), as children's are: the survivors have never judged them, so each
reconnect pays a name check unless its pass stands for it. ``--tree`` runs the instances
from another copy of the code (main's, to compare), this driver staying the same.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgpack

from loadtest import nginx
from loadtest.redis_meter import RedisProcess
from loadtest.stats import Histogram
from loadtest.target import ONE_HOST, Meter, SpawnedServer, free_port, raise_open_files
from loadtest.visitor import ACCESSORIES, COLORS, NAMES, SHAPES, TICK_PREFIX, distinct_name
from loadtest.wire import Link, open_sansio

ROOMS = ("genkan", "asobi", "hiru", "hoshi", "tana", "kabe", "robo", "mogu", "mado")
FIRST_BACKOFF = 5.0  # static/js/connection.js FIRST_BACKOFF_MS
MAX_BACKOFF = 60.0
ADDRESSES = 100  # loopback sources: ~30 visitors each, like a town's households and schools


@dataclass
class Tally:
    protocol_errors: Counter[str] = field(default_factory=Counter)
    unexpected_closes: Counter[Any] = field(default_factory=Counter)
    handshake_failures: Counter[str] = field(default_factory=Counter)


@dataclass
class Crowd:
    """What every visitor shares: the clock of the storm and its counts."""

    tally: Tally = field(default_factory=Tally)
    stopping: bool = False
    lost_at: float | None = None  # when the instance was signalled
    refusals: Counter[str] = field(default_factory=Counter)  # bye reasons before a welcome
    attempts: int = 0
    failed_attempts: Counter[str] = field(default_factory=Counter)
    live: set[Link] = field(default_factory=set)
    tasks: set[asyncio.Future[None]] = field(default_factory=set)  # held, so none is collected


class StormVisitor:
    """Just enough of a browser: hello, a room, and the reconnect policy of connection.js."""

    def __init__(
        self, crowd: Crowd, url: str, room: str, source: str, rng: random.Random, name: str | None = None
    ) -> None:
        self.crowd = crowd
        self.url = url
        self.source = source
        self.rng = rng
        look = {"shape": rng.choice(SHAPES), "color": rng.choice(COLORS), "acc": rng.choice(ACCESSORIES)}
        hello = {"t": "hello", "v": 1, "name": rng.choice(NAMES) if name is None else name, "look": look}
        self.hello_message = {**hello, "room": room}
        self.hello = msgpack.packb(self.hello_message)
        self.placed = False
        self.opened_once = False
        self.attempt = 0
        self.retry_ms: int | None = None
        self.moved = False  # lost its connection after the signal
        self.moved_at: float | None = None  # … and when it was placed again
        self.last_bye: str | None = None

    # -- the transport's callbacks ----------------------------------------------------

    def opened(self, send: Any) -> None:
        self.opened_once = True
        send(self.hello)

    def receive(self, data: bytes) -> None:
        if data[1 : 1 + len(TICK_PREFIX)] == TICK_PREFIX:
            return
        message = msgpack.unpackb(data)
        kind = message.get("t")
        if kind == "welcome" and isinstance(message.get("pass"), str):
            # As connection.js: every later hello brings the name as accepted and its pass.
            self.hello_message = {**self.hello_message, "name": message["name"], "pass": message["pass"]}
            self.hello = msgpack.packb(self.hello_message)
        elif kind == "room" and not self.placed:
            self.placed = True
            self.attempt = 0
            if self.moved and self.moved_at is None:
                self.moved_at = time.monotonic()
        elif kind == "bye":
            self.last_bye = str(message.get("reason"))
            self.retry_ms = message.get("retry_ms")
            if not self.placed:
                self.crowd.refusals[self.last_bye] += 1

    def closed(self) -> None:
        crowd = self.crowd
        if crowd.stopping:
            return
        if self.placed and crowd.lost_at is not None and not self.moved:
            self.moved = True
        elif not self.placed:
            crowd.failed_attempts[f"bye {self.last_bye}" if self.last_bye else "closed before a room"] += 1
        self.placed = False
        self._retry()

    # -- the browser's policy ---------------------------------------------------------

    def _retry(self) -> None:
        if self.retry_ms is not None:
            delay = self.retry_ms / 1000
        else:
            delay = self.rng.uniform(0, min(MAX_BACKOFF, FIRST_BACKOFF * 2**self.attempt))
        self.attempt += 1
        self.retry_ms = None
        self.last_bye = None
        asyncio.get_running_loop().call_later(
            delay, lambda: self.crowd.tasks.add(asyncio.ensure_future(self.connect()))
        )

    async def connect(self) -> None:
        if self.crowd.stopping:
            return
        self.crowd.attempts += 1
        self.opened_once = False
        before = sum(self.crowd.tally.handshake_failures.values())
        await open_sansio(
            self.url, self, self.crowd, self.crowd.live, deflate=False, timeout=10, source=self.source
        )  # type: ignore[arg-type]
        if not self.opened_once and sum(self.crowd.tally.handshake_failures.values()) > before:
            # The browser's onclose fires for a failed handshake too.
            self.crowd.failed_attempts["handshake"] += 1
            self._retry()


class Stage:
    """Redis, three instances and nginx on this machine; torn down on exit."""

    def __init__(self, instances: int, tree: Path | None = None) -> None:
        self.instances = instances
        self.tree = tree
        self.run = Path(tempfile.mkdtemp(prefix="kakurega-storm-"))
        self.redis = RedisProcess(cpu=None)
        self.servers: list[SpawnedServer] = []
        self.listen = free_port()
        self.nginx: list[str] = []

    def __enter__(self) -> Stage:
        redis_port = self.redis.__enter__()
        # The limits at their defaults: admission and the connection cap are what is measured.
        env = {
            **ONE_HOST,
            "KAKUREGA_REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
            "KAKUREGA_DATABASE_URL": f"sqlite:///{self.run}/k.db",
            "KAKUREGA_LOG_FORMAT": "json",
        }
        env.update(default_limits())
        self.servers = [
            SpawnedServer(0, cpu=None, extra_env=env, tree=self.tree) for _ in range(self.instances)
        ]
        for server in self.servers:
            server.start()
        self.nginx = nginx.configure(
            self.run,
            [server.port for server in self.servers],
            self.listen,
            worker_connections=16384,
            open_files=65536,
            error_level="crit",
        )
        subprocess.run(self.nginx, check=True)
        return self

    def __exit__(self, *exc: object) -> None:
        subprocess.run([*self.nginx, "-s", "quit"], check=False)
        for server in self.servers:
            if server.process is not None and server.process.poll() is None:
                server.process.kill()
                server.process.wait()
        self.redis.__exit__(None, None, None)
        shutil.rmtree(self.run, ignore_errors=True)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.listen}/ws"


def default_limits() -> dict[str, str]:
    """The settings' own defaults for what SpawnedServer lifts for capacity runs."""
    from settings import Settings, variable

    names = (
        "max_per_address",
        "address_handshakes_per_second",
        "address_handshakes_burst",
        "handshakes_per_second",
        "handshakes_burst",
        "max_connections",
    )
    return {variable(name): str(Settings.model_fields[name].default) for name in names}


async def storm(
    visitors: int,
    mode: str,
    ramp: float,
    observe: float,
    seed: int,
    settle: float | None = None,
    *,
    names: str = "reused",
    tree: Path | None = None,
) -> dict[str, Any]:
    """One storm. With ``settle``, watching ends before ``observe`` is over once the lost instance
    has exited and every visitor has been in a room for ``settle`` seconds: nothing is left to
    happen then (nobody is connecting), so a test need not sit out the whole window."""
    rng = random.Random(seed)
    with Stage(3, tree) as stage:
        crowd = Crowd()
        sources = [f"127.0.{1 + i // 250}.{1 + i % 250}" for i in range(ADDRESSES)]
        crowd_members = [
            StormVisitor(
                crowd,
                stage.url,
                rng.choice(ROOMS),
                sources[i % ADDRESSES],
                rng,
                distinct_name(i) if names == "distinct" else None,
            )
            for i in range(visitors)
        ]
        started = time.monotonic()
        for index, visitor in enumerate(crowd_members):
            crowd.tasks.add(asyncio.ensure_future(visitor.connect()))
            await asyncio.sleep(max(0.0, started + index / ramp - time.monotonic()))
        deadline = time.monotonic() + 60
        while sum(v.placed for v in crowd_members) < visitors and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        placed_before = sum(v.placed for v in crowd_members)
        await asyncio.sleep(2)
        crowd.failed_attempts.clear()
        crowd.refusals.clear()
        crowd.attempts = 0
        victim = stage.servers[0]
        # The survivors' CPU while watched: what taking in the lost instance's visitors cost them.
        survivors = [Meter(server.process.pid) for server in stage.servers[1:] if server.process is not None]
        survivors_cpu = sum(meter.read().cpu for meter in survivors)
        load_before = os.getloadavg()
        crowd.lost_at = time.monotonic()
        assert victim.process is not None
        victim.process.send_signal(signal.SIGKILL if mode == "kill" else signal.SIGTERM)
        end = crowd.lost_at + observe
        settled_since: float | None = None
        while (now := time.monotonic()) < end:
            if settle is not None:
                calm = victim.process.poll() is not None and all(v.placed for v in crowd_members)
                settled_since = (settled_since or now) if calm else None
                if settled_since is not None and now - settled_since >= settle:
                    break
            await asyncio.sleep(0.2)
        watched = time.monotonic() - crowd.lost_at
        survivors_cpu = sum(meter.read().cpu for meter in survivors) - survivors_cpu
        moved = [v for v in crowd_members if v.moved]
        back = Histogram()
        late = 0
        for visitor in moved:
            if visitor.moved_at is None:
                late += 1
            else:
                back.add((visitor.moved_at - crowd.lost_at) * 1000)
        p50, p90, p99 = back.percentiles(50, 90, 99)
        placed_after = sum(v.placed for v in crowd_members)
        crowd.stopping = True
        for link in list(crowd.live):
            link.abort()
        return {
            "mode": mode,
            "visitors": visitors,
            "placed_before": placed_before,
            "on_the_lost_instance": len(moved),
            "moved_with_a_pass": sum("pass" in visitor.hello_message for visitor in moved),
            "placed_again": len(moved) - late,
            "not_placed_within_observation": late,
            "observed_s": round(watched, 1),
            "names": names,
            "tree": str(tree or "this"),
            "survivors_cpu_s": round(survivors_cpu, 2),
            "back_ms": {"p50": p50, "p90": p90, "p99": p99, "max": round(back.max, 1)},
            "placed_at_end": placed_after,
            "attempts_after_signal": crowd.attempts,
            "failed_attempts_after_signal": dict(crowd.failed_attempts),
            "refusals_after_signal": dict(crowd.refusals),
            "unexpected_handshake_failures": dict(crowd.tally.handshake_failures),
            "load_before": [round(x, 2) for x in load_before],
            "load_after": [round(x, 2) for x in os.getloadavg()],
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtest.storm", description=__doc__.split("\n")[0])
    parser.add_argument("--visitors", type=int, default=3000)
    parser.add_argument("--modes", default="kill,drain")
    parser.add_argument("--ramp", type=float, default=300.0, help="new visitors a second at the start")
    parser.add_argument("--observe", type=float, default=20.0, help="seconds watched after the signal")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--names",
        choices=("reused", "distinct"),
        default="reused",
        help="~30 names (their verdicts kept after the first few), or a name of its own for every visitor",
    )
    parser.add_argument("--tree", type=Path, help="run the instances from this copy of the code")
    arguments = parser.parse_args(argv)
    raise_open_files()
    for mode in arguments.modes.split(","):
        result = asyncio.run(
            storm(
                arguments.visitors,
                mode,
                arguments.ramp,
                arguments.observe,
                arguments.seed,
                names=arguments.names,
                tree=arguments.tree,
            )
        )
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        raise SystemExit(main())
