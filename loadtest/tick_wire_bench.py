"""The tick down to the WebSocket framing: what the hub's Python costs per write, without the kernel.

    python -m loadtest.tick_wire_bench --visitors 10000 --ticks 200 [--tree /path/to/a/copy]

Like ``loadtest/tick_bench.py`` (visitors placed through ``Hub.serve``), but each visitor's
``send_now`` is the one the server offers (``SendNowProtocol.send_now``, world/send_now.py),
writing to a stand-in transport whose ``write`` and ``is_closing`` are C callables (as
uvloop's are): so the walk collection, the encoding, ``Link.deliver``, the framing and the
checks before each write are all measured, and the system call is not (``loadtest/write_floor.py``
measures that). The scenario is the 10,000-visitor one at a stretched tick: each tick a share
of the visitors walk (``--walk-share``; 0.035 is a ~5 s walk at 175 ms), and every
``--counts-every`` ticks the counts change (2 s at 175 ms), so the next frame of each visitor
carries them.

CPU is the process's own during the ticks. For counts that do not depend on the machine's
load, run it under callgrind twice, with ``--ticks 0`` and with ``--ticks N``, and subtract
(docs/performance.md, "The tick's cost per update, round of 2026-12-03")::

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p \\
        .venv/bin/python -m loadtest.tick_wire_bench --visitors 2000 --ticks 100
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from collections import deque
from pathlib import Path
from typing import Any

from loadtest.tick_bench import IdleSocket, crowd


class Sink:
    """uvloop's transport as ``send_now`` uses it: C methods, nothing written anywhere."""

    __slots__ = ("is_closing", "write")

    def __init__(self, written: deque[bytes]) -> None:
        self.write = written.append  # a bounded deque: counts nothing, keeps nothing
        self.is_closing = bool  # bool() is False: the socket is open


def wire_protocol(send_now_module: Any, written: deque[bytes]) -> Any:
    """A ``SendNowProtocol`` with only what ``send_now`` reads (uvicorn's ``__init__`` needs a config)."""
    protocol = object.__new__(send_now_module.SendNowProtocol)
    protocol.buffer_full = False
    protocol.close_sent = False
    protocol.transport = Sink(written)
    opened = getattr(protocol, "opened", None)  # a tree that binds the transport's calls when opened
    if opened is not None:
        opened()
    return protocol


class WireSocket(IdleSocket):
    """An idle socket whose ``send_now`` is the server's own (``wire_protocol``)."""

    def __init__(self, hello: bytes, send_now: Any) -> None:
        super().__init__(hello)
        self.send_now = send_now  # type: ignore[method-assign]


async def measure(
    visitors: int, ticks: int, walk_share: float, counts_every: int, seed: int
) -> dict[str, Any]:
    from world import send_now as send_now_module
    from world.brokers import Counts

    rng = random.Random(seed)
    written: deque[bytes] = deque(maxlen=0)
    hub, sockets, tasks = await crowd(
        visitors, seed, lambda hello: WireSocket(hello, wire_protocol(send_now_module, written).send_now)
    )
    ids = list(hub._links)
    for _ in range(6):  # the joins out of the way (they may wait a few ticks for company)
        await hub.tick()
    frames_before, bytes_before = hub.stats.frames_out, hub.stats.bytes_out
    walkers = max(1, round(visitors * walk_share))
    walks = 0
    cpu = 0.0
    for number in range(ticks):
        if counts_every and number % counts_every == 0:
            rooms = dict.fromkeys(hub.world.room_slugs, visitors // 9)
            rooms["genkan"] += number  # different each time: the counts changed
            hub.shared.set_counts(Counts(rooms, scope="all"))
            for link in hub._links.values():
                link.protocol.counts_changed()
        for avatar_id in rng.sample(ids, walkers):
            hub.world.walk(avatar_id, rng.randint(40, 984), rng.randint(430, 740))
        walks += walkers
        started = time.process_time()
        await hub.tick()
        cpu += time.process_time() - started
    frames = hub.stats.frames_out - frames_before
    for socket in sockets:
        socket.inbox.put_nowait(None)
    await asyncio.gather(*tasks)
    return {
        "visitors": visitors,
        "ticks": ticks,
        "walks": walks,
        "frames": frames,
        "bytes_per_frame": round((hub.stats.bytes_out - bytes_before) / max(frames, 1), 1),
        "cpu_s": round(cpu, 3),
        "cpu_us_per_frame": round(1e6 * cpu / max(frames, 1), 3),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.tick_wire_bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--visitors", type=int, default=10000)
    parser.add_argument("--ticks", type=int, default=200)
    parser.add_argument("--walk-share", type=float, default=0.035)
    parser.add_argument("--counts-every", type=int, default=11)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tree", type=Path, help="measure the hub of this copy of the code")
    options = parser.parse_args(argv)
    if options.tree is not None:
        sys.path.insert(0, str(options.tree.resolve()))
    result = asyncio.run(
        measure(options.visitors, options.ticks, options.walk_share, options.counts_every, options.seed)
    )
    result["tree"] = str(options.tree or "this tree")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
