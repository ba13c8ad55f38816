"""The hub's tick on its own: CPU per frame handed to a socket, with no network in the way.

    python -m loadtest.tick_bench --visitors 2000 --ticks 300 [--tree /path/to/a/copy]

Visitors are placed through ``Hub.serve`` with a transport whose ``send_now``
accepts every frame at once (as an idle socket does), then a tenth of them walk
before each tick. What is timed is the process's own CPU during the ticks, so a
machine busy with other work slows the run but barely moves the figure. With
``--tree`` the hub of another copy of the code is measured (to compare two trees
in one sitting: docs/performance.md).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

LOOK = {"shape": "maru", "color": "mizu", "acc": "leaf"}
ROOMS = ("genkan", "hiru", "hoshi", "asobi", "kabe", "tana", "robo", "mogu", "mado")


class IdleSocket:
    """Takes every frame at once, like a socket whose peer keeps up."""

    def __init__(self, hello: bytes) -> None:
        self.inbox: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.inbox.put_nowait(hello)
        self.frames = 0

    def send_now(self, data: bytes, *more: bytes) -> bool:
        self.frames += 1 + len(more)
        return True

    async def send(self, data: bytes) -> None:
        self.frames += 1

    async def receive(self) -> bytes | None:
        return await self.inbox.get()

    async def close(self, code: int) -> None:
        self.inbox.put_nowait(None)


async def crowd(
    visitors: int, seed: int, socket_for: Callable[[bytes], Any] = IdleSocket
) -> tuple[Any, list[Any], list[asyncio.Task[None]]]:
    """A hub (in-process broker) with ``visitors`` placed through ``Hub.serve`` on the sockets
    ``socket_for(hello)`` makes (idle ones unless told)."""
    import msgpack

    import safety
    from rooms.catalogue import room_shapes
    from world.brokers.memory import MemoryBroker
    from world.engine import World
    from world.hub import Hub
    from world.limits import Limits

    broker = MemoryBroker()
    hub = Hub(
        World(room_shapes(), rng=random.Random(seed)),
        broker,
        # Every visitor admitted at once: the handshake rates would refuse most of them.
        Limits(
            max_per_address=visitors + 1,
            max_connections=visitors + 1,
            handshakes_burst=visitors + 1,
            address_handshakes_burst=visitors + 1,
        ),
        check_name=safety.check_name,
        refusal_text=safety.refusal_message,
    )
    await broker.start()
    sockets = []
    tasks = []
    for index in range(visitors):
        hello = msgpack.packb({"t": "hello", "v": 1, "name": "そら", "look": LOOK, "room": ROOMS[index % 9]})
        socket = socket_for(hello)
        sockets.append(socket)
        tasks.append(asyncio.create_task(hub.serve(socket, f"10.0.{index // 250}.{index % 250}")))
    while len(hub.world) < visitors:
        if any(task.done() for task in tasks):
            raise RuntimeError("a visitor was refused or closed before the ticks: see Limits above")
        await asyncio.sleep(0.01)
    return hub, sockets, tasks


async def measure(visitors: int, ticks: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    hub, sockets, tasks = await crowd(visitors, seed)
    ids = [avatar_id for avatar_id in list(hub._links if hasattr(hub, "_links") else hub._connections)]
    await hub.tick()
    before = sum(socket.frames for socket in sockets)
    cpu = 0.0
    for _ in range(ticks):
        for avatar_id in rng.sample(ids, visitors // 10):
            hub.world.walk(avatar_id, rng.randint(40, 984), rng.randint(430, 740))
        started = time.process_time()
        await hub.tick()
        cpu += time.process_time() - started
    frames = sum(socket.frames for socket in sockets) - before
    for socket in sockets:
        socket.inbox.put_nowait(None)
    await asyncio.gather(*tasks)
    return {
        "visitors": visitors,
        "ticks": ticks,
        "frames": frames,
        "cpu_s": round(cpu, 3),
        "cpu_us_per_frame": round(1e6 * cpu / frames, 3),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.tick_bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--visitors", type=int, default=2000)
    parser.add_argument("--ticks", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tree", type=Path, help="measure the hub of this copy of the code")
    options = parser.parse_args(argv)
    if options.tree is not None:
        sys.path.insert(0, str(options.tree.resolve()))
    result = asyncio.run(measure(options.visitors, options.ticks, options.seed))
    result["tree"] = str(options.tree or "this tree")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
