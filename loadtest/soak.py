"""Does the server give its memory back after a crowd leaves? RSS over many connect/close cycles.

    python -m loadtest.soak --crowd 1000 --rounds 30

Spawns ``kakurega serve``, then ``--rounds`` times: ``--crowd`` visitors connect, say hello,
are placed in a room, and all leave. The server's RSS is read after a warm-up round
(the baseline) and after each round, once the crowd has gone and the server had
``--settle`` seconds to tidy up. A server that keeps unreachable cycles until a rare full
collection grows round after round; one that collects them returns to its baseline.
The JSON summary (``--json``) holds every reading (docs/performance.md, "Memory after a crowd").
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import msgpack
from websockets.asyncio.client import connect

from loadtest.target import Meter, SpawnedServer, raise_open_files

LOOK = {"shape": "maru", "color": "mizu", "acc": "leaf"}
ROOMS = ("genkan", "kabe", "tana", "hoshi", "hiru", "asobi")


async def visit(
    url: str, index: int, arrived: asyncio.Event, leave: asyncio.Event, counter: list[int]
) -> None:
    async with connect(url, subprotocols=["kakurega.v1"], open_timeout=60, max_queue=None) as ws:  # type: ignore[list-item]
        hello = {"t": "hello", "v": 1, "name": "そら", "look": LOOK, "room": ROOMS[index % len(ROOMS)]}
        await ws.send(msgpack.packb(hello))
        while True:
            frame = msgpack.unpackb(await ws.recv())
            if frame["t"] == "room":
                break
        counter[0] += 1
        if counter[0] == counter[1]:
            arrived.set()
        await leave.wait()


async def one_round(url: str, crowd: int, batch: int) -> float:
    """A crowd arrives (``batch`` handshakes at a time), then leaves together; its seconds."""
    started = time.monotonic()
    arrived, leave = asyncio.Event(), asyncio.Event()
    counter = [0, crowd]
    tasks: list[asyncio.Task[None]] = []
    for start in range(0, crowd, batch):
        tasks += [
            asyncio.create_task(visit(url, i, arrived, leave, counter))
            for i in range(start, min(crowd, start + batch))
        ]
        while counter[0] < len(tasks):
            await asyncio.sleep(0.01)
            failed = [t for t in tasks if t.done() and t.exception() is not None]
            if failed:
                raise RuntimeError(f"a visitor failed: {failed[0].exception()!r}")
    await arrived.wait()
    leave.set()
    await asyncio.gather(*tasks)
    return time.monotonic() - started


async def soak(
    crowd: int, rounds: int, settle: float, batch: int, tree: Path | None = None
) -> dict[str, Any]:
    server = SpawnedServer(crowd, None, {}, tree=tree)
    pid = server.start()
    meter = Meter(pid)
    try:
        await one_round(server.url, crowd, batch)  # warm-up: every code path and cache once
        await asyncio.sleep(settle)
        baseline = meter.read().rss
        readings = []
        for number in range(1, rounds + 1):
            seconds = await one_round(server.url, crowd, batch)
            await asyncio.sleep(settle)
            rss = meter.read().rss
            readings.append({"round": number, "cycles": number * crowd, "rss_mb": round(rss / 2**20, 2)})
            print(
                f"round {number:3d}: {number * crowd:7d} cycles, RSS {rss / 2**20:7.1f} MB ({seconds:.1f} s)",
                flush=True,
            )
        end = meter.read().rss
    finally:
        server.stop()
    cycles = rounds * crowd
    return {
        "crowd": crowd,
        "rounds": rounds,
        "cycles": cycles,
        "settle_s": settle,
        "rss_baseline_mb": round(baseline / 2**20, 2),
        "rss_end_mb": round(end / 2**20, 2),
        "rss_max_mb": max(r["rss_mb"] for r in readings),
        "growth_kb_per_cycle": round((end - baseline) / 1024 / cycles, 3),
        "readings": readings,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtest.soak", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--crowd", type=int, default=1000, help="visitors who arrive and leave together")
    parser.add_argument("--rounds", type=int, default=30, help="how many crowds")
    parser.add_argument(
        "--settle", type=float, default=3.0, help="seconds after a crowd left before RSS is read"
    )
    parser.add_argument("--batch", type=int, default=200, help="handshakes in flight at once")
    parser.add_argument("--tree", type=Path, help="serve this copy of the code (to compare trees)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    arguments = parser.parse_args(argv)
    raise_open_files()
    summary = asyncio.run(
        soak(arguments.crowd, arguments.rounds, arguments.settle, arguments.batch, arguments.tree)
    )
    if arguments.json:
        print(json.dumps(summary, indent=2))
    else:
        print(
            f"{summary['cycles']} connect/close cycles: RSS baseline {summary['rss_baseline_mb']} MB, "
            f"max {summary['rss_max_mb']} MB, end {summary['rss_end_mb']} MB "
            f"({summary['growth_kb_per_cycle']} KB per cycle)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
