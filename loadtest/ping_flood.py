"""What one client flooding WebSocket pings does to everyone else's latency.

    python -m loadtest.ping_flood --seconds 10

Spawns ``kakurega serve``; a bystander visitor sends protocol pings (``{"t": "ping"}``)
every 100 ms and times each pong, first alone, then while an attacker on another
connection writes WebSocket ping frames as fast as the socket takes them (reconnecting
whenever it is closed). Reports the bystander's round trips (p50, p99, max) in both
phases, and how many pongs and connections the attacker got (docs/performance.md,
"A ping flood").
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import multiprocessing
import os
import struct
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import msgpack
from websockets.asyncio.client import connect

from loadtest.target import SpawnedServer

LOOK = {"shape": "maru", "color": "mizu", "acc": "leaf"}
PING = struct.pack("!BB", 0x89, 0x80) + b"\0\0\0\0"  # a masked, empty ping (mask 0)


async def bystander(url: str, seconds: float, ready: asyncio.Event | None = None) -> list[float]:
    times: list[float] = []
    async with connect(url, subprotocols=["kakurega.v1"]) as ws:  # type: ignore[list-item]
        await ws.send(msgpack.packb({"t": "hello", "v": 1, "name": "そら", "look": LOOK}))
        while msgpack.unpackb(await ws.recv())["t"] != "room":
            pass
        if ready is not None:
            ready.set()
            await asyncio.sleep(0.5)  # the flood is under way
        deadline = time.monotonic() + seconds
        n = 0
        while time.monotonic() < deadline:
            n += 1
            started = time.perf_counter()
            await ws.send(msgpack.packb({"t": "ping", "n": n}))
            while True:
                frame = msgpack.unpackb(await ws.recv())
                if frame["t"] == "pong" and frame["n"] == n:
                    break
            times.append((time.perf_counter() - started) * 1000)
            await asyncio.sleep(0.1)  # 10 a second, inside the frame budget (15)
    return times


async def attacker(port: int, stop: asyncio.Event, tally: dict[str, int]) -> None:
    """Raw pings as fast as the socket takes them; reconnect when closed."""
    burst = PING * 1000
    while not stop.is_set():
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            key = base64.b64encode(os.urandom(16)).decode()
            writer.write(
                (
                    f"GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
                ).encode()
            )
            head = await reader.readuntil(b"\r\n\r\n")
            if not head.startswith(b"HTTP/1.1 101"):
                tally["refused"] += 1
                writer.close()
                await asyncio.sleep(0.01)
                continue
            tally["connections"] += 1

            draining = asyncio.create_task(count_pongs(reader, tally))
            while not stop.is_set() and not draining.done():
                writer.write(burst)
                await writer.drain()
            draining.cancel()
            writer.close()
        except (OSError, asyncio.IncompleteReadError):
            tally["dropped"] += 1
            await asyncio.sleep(0.01)


async def count_pongs(reader: asyncio.StreamReader, tally: dict[str, int]) -> None:
    with contextlib.suppress(OSError):
        while chunk := await reader.read(65536):
            tally["pongs"] += chunk.count(b"\x8a\x00")  # an empty pong (a close ends the count anyway)


def attack_for(port: int, seconds: float, results: Any) -> None:
    """The attacker in a process of its own: it must not slow the bystander's event loop."""

    async def timed() -> dict[str, int]:
        stop = asyncio.Event()
        tally = {"connections": 0, "refused": 0, "pongs": 0, "dropped": 0}
        flood = asyncio.create_task(attacker(port, stop, tally))
        await asyncio.sleep(seconds)
        stop.set()
        await flood
        return tally

    results.put(asyncio.run(timed()))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * p))], 1)


async def run(seconds: float, tree: Path | None = None) -> dict[str, Any]:
    # The default per-address limits (the swarm's spawn lifts them): the attacker meets them
    # as it would on a real deployment. The bystander is in before the flood starts.
    defaults = {
        "KAKUREGA_MAX_PER_ADDRESS": "2000",
        "KAKUREGA_ADDRESS_HANDSHAKES_PER_SECOND": "20",
        "KAKUREGA_ADDRESS_HANDSHAKES_BURST": "200",
        "KAKUREGA_HANDSHAKES_PER_SECOND": "500",
        "KAKUREGA_HANDSHAKES_BURST": "1000",
    }
    server = SpawnedServer(10, None, defaults, tree=tree)
    server.start()
    url = server.url
    try:
        alone = await bystander(url, seconds)
        ready = asyncio.Event()
        watching = asyncio.create_task(bystander(url, seconds, ready))
        await ready.wait()
        results: Any = multiprocessing.Queue()
        flood = multiprocessing.Process(target=attack_for, args=(server.port, seconds + 1.0, results))
        flood.start()
        flooded = await watching
        tally = await asyncio.to_thread(results.get)
        flood.join()
    finally:
        server.stop()

    def summary(times: list[float]) -> dict[str, float]:
        return {
            "p50_ms": percentile(times, 0.5),
            "p99_ms": percentile(times, 0.99),
            "max_ms": round(max(times), 1),
        }

    return {
        "seconds": seconds,
        "bystander_alone": summary(alone),
        "bystander_during_flood": summary(flooded),
        "attacker": {**tally, "pongs_per_second": round(tally["pongs"] / seconds, 1)},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.ping_flood", description=__doc__.split("\n", 1)[0]
    )
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each phase")
    parser.add_argument("--tree", type=Path, help="serve this copy of the code (to compare trees)")
    arguments = parser.parse_args(argv)
    print(json.dumps(asyncio.run(run(arguments.seconds, arguments.tree)), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
