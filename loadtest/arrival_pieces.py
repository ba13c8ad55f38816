"""Pieces of one arrival, in a loop, for callgrind: their instructions are exact.

    cd TREE && taskset -c 1 valgrind --tool=callgrind --callgrind-out-file=out \\
        /work/wt-perf/.venv/bin/python /work/wt-perf/loadtest/arrival_pieces.py handshake 1000

Run it by its path from the tree to measure (that tree's ``world`` is imported, from the current
directory) with N = 1,000 and 3,000 and take the difference of the two totals over 2,000: start-up
and imports cancel out. Pieces: ``handshake`` (``handshake_key`` and ``subprotocols`` on a Chrome handshake),
``ids`` (a connection id), ``frames0`` (building ``SendNowProtocol`` and taking the handshake) and
``frames`` (the same, then a ``hello`` frame received by each; ``frames`` less ``frames0`` is the
frame), ``keepalive`` (a silent connection's ping written and its pong read), ``tally`` (an
arrival with a browser id counted for the visit statistics), ``newcomers`` (a newcomer joined and shown
its ``room`` in a nook filling to 40), ``hellos`` (a ``hello`` received by a new connection: decoded, its
name's kept verdict, its ``welcome``) and ``keepalive_start`` (a connection's keep-alive started and
stopped; run it with 1,000 and 3,000 as the others) and ``upgrades`` (a socket accepted, a browser's
handshake read and upgraded, its 101 written; ``upgrades_made``, ``upgrades_accepted`` and
``upgrades_parsed`` stop it after a step, and ``ws_made`` makes the WebSocket protocol alone). The
transport is a stand-in that takes every write. docs/performance.md, "Arrivals, round of 2026-12-03"
and "Arrivals, round of 2026-12-04", and "Arrivals, round of 2026-12-04 (c)" have the figures (and
"Round of 2026-12-07 (ninth): arrivals" the steps').
"""

from __future__ import annotations

import asyncio
import os
import secrets
import sys
from collections.abc import Callable
from typing import Any

HEADERS = [
    (b"host", b"127.0.0.1:8000"),
    (b"connection", b"Upgrade"),
    (b"pragma", b"no-cache"),
    (b"cache-control", b"no-cache"),
    (b"user-agent", b"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0"),
    (b"upgrade", b"websocket"),
    (b"origin", b"http://127.0.0.1:8000"),
    (b"sec-websocket-version", b"13"),
    (b"accept-encoding", b"gzip, deflate, br"),
    (b"accept-language", b"ja,en;q=0.9"),
    (b"sec-websocket-key", b"dGhlIHNhbXBsZSBub25jZQ=="),
    (b"sec-websocket-extensions", b"permessage-deflate; client_max_window_bits"),
    (b"sec-websocket-protocol", b"kakurega.v1"),
]
SCOPE = {"method": "GET", "http_version": "1.1", "headers": HEADERS}


def handshake(n: int) -> None:
    from world.plain_handshake import handshake_key, subprotocols

    for _ in range(n):
        handshake_key(SCOPE, b"/ws")
        subprotocols(HEADERS)


def ids(n: int) -> None:
    try:
        from world.hub import CONNECTION_IDS  # type: ignore[attr-defined]

        draw: Callable[[], str] = CONNECTION_IDS.next
    except ImportError:  # a tree from before the pool
        draw = lambda: secrets.token_urlsafe(6)  # noqa: E731
    for _ in range(n):
        draw()


class StandIn:
    """A transport that takes every write and is never paused or closed for real: what a protocol
    object adopted onto it asks of a socket (tests/support/transports.py and poll_bench.py build
    on it)."""

    def write(self, data: bytes) -> None:
        pass

    def is_closing(self) -> bool:
        return False

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass

    def close(self) -> None:
        pass

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return default


def frames(n: int, receive: bool = True) -> None:
    import msgpack
    from uvicorn.config import Config
    from uvicorn.server import ServerState
    from websockets.protocol import OPEN

    from world.send_now import SendNowProtocol

    hello = msgpack.packb(
        {
            "t": "hello",
            "v": 1,
            "name": "そら",
            "look": {"shape": "maru", "color": "momo", "acc": "none"},
            "room": "genkan",
        }
    )
    mask = b"\x01\x02\x03\x04"
    frame = bytes((0x82, 0x80 | len(hello))) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(hello))

    async def app(scope: Any, receive: Any, send: Any) -> None:
        pass

    config = Config(app, ws=SendNowProtocol, log_level="warning", lifespan="off")
    loop = asyncio.new_event_loop()
    state = ServerState()
    protocols = []
    for _ in range(n):
        protocol = SendNowProtocol(config, state, {}, _loop=loop)
        protocol.adopt(StandIn(), ("127.0.0.1", 8000), ("127.0.0.1", 5000), False)
        protocol.upgrade(SCOPE, b"/ws")
        protocol.conn.state = OPEN  # as after the 101
        protocol.handshake_complete = True
        protocols.append(protocol)
    for protocol in protocols if receive else ():
        protocol.data_received(frame)
        assert protocol.queue._items[-1]["bytes"] == hello  # type: ignore[attr-defined]
    for task in list(state.tasks):
        task.cancel()


def keepalive(n: int) -> None:
    """A silent connection's keep-alive ping written and its pong read, ``n`` times on one protocol."""
    import random

    from uvicorn.config import Config
    from uvicorn.server import ServerState
    from websockets.protocol import OPEN

    from world.send_now import SendNowProtocol

    async def app(scope: Any, receive: Any, send: Any) -> None:
        pass

    class Writes(StandIn):
        last = b""

        def write(self, data: bytes) -> None:
            self.last = data

    config = Config(app, ws=SendNowProtocol, log_level="warning", lifespan="off", ws_ping_interval=20.0)
    import uvloop  # the server's loop: its timers are C, asyncio's are Python

    loop = uvloop.new_event_loop()
    protocol = SendNowProtocol(config, ServerState(), {}, _loop=loop)
    transport = Writes()
    protocol.adopt(transport, ("127.0.0.1", 8000), ("127.0.0.1", 5000), False)
    protocol.upgrade(SCOPE, b"/ws")
    protocol.conn.state = OPEN  # as after the 101
    protocol.handshake_complete = True
    mask = b"\x01\x02\x03\x04"
    random.seed(1)
    for _ in range(n):
        protocol.heard_at = loop.time() - 21.0  # silent for a whole interval
        protocol.frame_bucket.tokens = protocol.frame_bucket.burst  # a pong every 20 s, not in a loop
        protocol.send_keepalive_ping()
        payload = transport.last[2:]
        protocol.data_received(b"\x8a\x84" + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))
        assert protocol.pending_ping_payload is None  # the pong was taken
        protocol.ping_timer.cancel()  # type: ignore[union-attr]
    for task in list(protocol.tasks):
        task.cancel()


def tally(n: int) -> None:
    """A welcomed arrival counted (``Tally.placed``) with a browser id, as the page sends one."""
    from stats.tally import Tally

    counted = Tally(b"k" * 32, 1_796_169_600.0)
    for i in range(n):
        counted.placed(f"c{i}", f"browser{i}", "genkan", 1_796_169_600.0 + i / 1000)


def newcomers(n: int) -> None:
    """``n`` / 40 nooks filled by newcomers, each joined (``World.join``) and shown its ``room``
    (``World.snapshot``) before the next comes, as in an arrival burst: per call, one newcomer."""
    import random

    from rooms.catalogue import room_shapes
    from world.engine import World

    look = {"shape": "maru", "color": "mizu", "acc": "none"}
    world = World(room_shapes(), rng=random.Random(1))
    for i in range(n):
        nook, seat = divmod(i, 40)
        world.join(f"m{i}", "そら", look, "hoshi", nook)
        world.snapshot(f"m{i}", seat + 1)


def hellos(n: int) -> None:
    """A ``hello`` received by a new connection (``ConnectionProtocol.receive``): decoded, its name's
    kept verdict read (a dozen names, each checked once before the loop) and its ``welcome`` made."""
    import msgpack

    import safety
    from rooms.catalogue import room_shapes
    from world.brokers.base import Counts
    from world.connection import ConnectionProtocol, Shared
    from world.limits import Limits

    slugs = frozenset(shape.slug for shape in room_shapes())
    shared = Shared(Limits(), slugs, safety.check_name, safety.refusal_message)
    shared.set_counts(Counts({slug: 100 + i for i, slug in enumerate(sorted(slugs))}, scope="all"))
    look = {"shape": "maru", "color": "mizu", "acc": "none"}
    words = ("そら", "ゆき", "はな", "もも", "うみ", "かぜ", "ほし", "つき", "くも", "あめ", "にじ", "のはら")
    frames = [msgpack.packb({"t": "hello", "v": 1, "name": w, "look": look, "room": "hoshi"}) for w in words]
    for frame in frames:
        ConnectionProtocol("warmup00", shared, 0.0).receive(frame, 0.0, 0)
    for i in range(n):
        ConnectionProtocol(f"c{i:07d}", shared, 0.0).receive(frames[i % len(frames)], 0.0, 0)


def keepalive_start(n: int) -> None:
    """A connection's keep-alive started (after its 101) and stopped (at its close), on 3,000
    protocols made beforehand whatever ``n`` (so ``n`` = 1,000 and 3,000 differ by the keep-alive
    alone), with the server's loop and collector settings."""
    import gc

    import uvloop
    from uvicorn.config import Config
    from uvicorn.server import ServerState

    from world.send_now import SendNowProtocol

    async def app(scope: Any, receive: Any, send: Any) -> None:
        pass

    config = Config(app, ws=SendNowProtocol, log_level="warning", lifespan="off", ws_ping_interval=20.0)
    loop = uvloop.new_event_loop()
    state = ServerState()
    protocols = []
    for _ in range(3000):
        protocol = SendNowProtocol(config, state, {}, _loop=loop)
        protocol.adopt(StandIn(), ("127.0.0.1", 8000), ("127.0.0.1", 5000), False)
        protocols.append(protocol)
    gc.collect()
    gc.freeze()
    gc.set_threshold(5_000, 1_000, 100)  # server.settle_the_heap

    async def run() -> None:
        for protocol in protocols[:n]:
            protocol.start_keepalive()
        for protocol in protocols[:n]:
            protocol.stop_keepalive()

    loop.run_until_complete(run())


class AcceptedSocket(StandIn):
    """A stand-in for an accepted socket: its addresses, and the protocol the upgrade sets on it."""

    protocol: Any = None

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"sockname": ("127.0.0.1", 8000), "peername": ("127.0.0.1", 5555)}.get(name, default)

    def set_protocol(self, protocol: Any) -> None:
        self.protocol = protocol

    def get_protocol(self) -> Any:
        return self.protocol

    def abort(self) -> None:
        pass


# How far ``upgrades`` goes, step by step: less each from the next is that step's cost.
UPGRADE_STEPS = ("made", "accepted", "parsed", "answered")


def upgrades(n: int, until: str = "answered") -> None:
    """A socket accepted by the HTTP protocol (``GuardedHttpProtocol``), a browser's handshake read
    (``HEADERS``), upgraded to ``SendNowProtocol`` and its 101 written: per call, one arrival's
    handshake, the protocols kept as an open socket keeps them; uvloop, the server's collector
    settings. The ASGI task each upgrade makes is never run (the app's part is not in it).

    ``until`` stops each call after a step (``UPGRADE_STEPS``): the HTTP protocol ``made``, its
    socket ``accepted``, the request ``parsed`` (the upgrade not taken), the 101 ``answered``."""
    import gc

    import uvloop
    from uvicorn.config import Config
    from uvicorn.server import ServerState

    from world.http_guard import GuardedHttpProtocol
    from world.send_now import SendNowProtocol

    async def app(scope: Any, receive: Any, send: Any) -> None:
        pass

    config = Config(app, ws=SendNowProtocol, http=GuardedHttpProtocol, log_level="warning", lifespan="off")
    config.load()
    loop = uvloop.new_event_loop()
    state = ServerState()
    request = (
        b"GET /ws HTTP/1.1\r\n"
        + b"".join(name + b": " + value + b"\r\n" for name, value in HEADERS)
        + b"\r\n"
    )
    accept = {"type": "websocket.accept", "subprotocol": "kakurega.v1"}
    gc.collect()
    gc.freeze()
    gc.set_threshold(5_000, 1_000, 100)  # server.settle_the_heap
    kept = []

    class NotUpgraded(GuardedHttpProtocol):
        def handle_websocket_upgrade(self) -> None:
            pass

    made = NotUpgraded if until == "parsed" else GuardedHttpProtocol

    async def run() -> None:
        for _ in range(n):
            http = made(config, state, {}, _loop=loop)
            if until == "made":
                kept.append(http)
                continue
            socket = AcceptedSocket()
            http.connection_made(socket)  # type: ignore[arg-type]
            if until == "accepted":
                kept.append(http)
                continue
            http.data_received(request)
            if until == "parsed":
                kept.append(http)
                continue
            await socket.protocol.send(accept)
            kept.append(socket.protocol)

    loop.run_until_complete(run())
    sys.stdout.flush()
    os._exit(0)  # not the tasks' and protocols' teardown: n of each, it would count with them


def ws_made(n: int) -> None:
    """``SendNowProtocol`` made, as an upgrade makes it (uvicorn's configuration, nothing read)."""
    import uvloop
    from uvicorn.config import Config
    from uvicorn.server import ServerState

    from world.send_now import SendNowProtocol

    async def app(scope: Any, receive: Any, send: Any) -> None:
        pass

    import gc

    config = Config(app, ws=SendNowProtocol, log_level="warning", lifespan="off")
    config.load()
    loop = uvloop.new_event_loop()
    state = ServerState()
    gc.collect()
    gc.freeze()
    gc.set_threshold(5_000, 1_000, 100)  # server.settle_the_heap
    kept = [SendNowProtocol(config, state, {}, _loop=loop) for _ in range(n)]
    sys.stdout.flush()
    os._exit(0 if kept else 1)


PIECES: dict[str, Callable[[int], None]] = {
    "handshake": handshake,
    "ids": ids,
    "frames": frames,
    "frames0": lambda n: frames(n, receive=False),
    "keepalive": keepalive,
    "tally": tally,
    "newcomers": newcomers,
    "keepalive_start": keepalive_start,
    "hellos": hellos,
    "upgrades": upgrades,
    **{f"upgrades_{step}": lambda n, step=step: upgrades(n, step) for step in UPGRADE_STEPS[:-1]},
    "ws_made": ws_made,
}


def main(argv: list[str]) -> int:
    sys.path.insert(0, os.getcwd())  # the tree measured, before this one's installed copy
    if len(argv) != 2 or argv[0] not in PIECES:
        print(__doc__)
        return 2
    PIECES[argv[0]](int(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
