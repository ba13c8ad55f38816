"""One arrival's CPU, in process: hello, name check, placement, snapshot, and its join on the next tick.

    python -m loadtest.arrival_bench --crowd 4000 --arrivals 1000 [--profile] [--no-name-check]

A crowd is placed first through ``Hub.serve`` (the in-process broker, sockets that take every
frame at once: ``loadtest/tick_bench.py``'s ``IdleSocket``). Then, batch by batch, as many of the
crowd leave as will arrive (so every newcomer fills a nook of 39, as in a full house) and the
newcomers arrive together, each with a name of its own; the tick that follows carries their
``join`` to the nook. What is timed is the process's CPU from the first newcomer's hello to the
end of that tick, not the departures: a loaded machine slows the run but barely moves the
figure. ``--profile`` runs the arrivals again under cProfile and shows where the time goes
(cProfile slows every call, so its total is not the figure; its shares are).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import os
import pstats
import random
import statistics
import time
from dataclasses import dataclass
from typing import Any

import msgpack

from loadtest.tick_bench import LOOK, ROOMS, IdleSocket

# Ordinary hiragana words; a name is two of them, so the arrivals have names of their own.
WORDS = ("そら", "ゆき", "はな", "もも", "うみ", "かぜ", "ほし", "つき", "くも", "あめ", "にじ", "のはら")

# Where an arrival's CPU goes, by the function that spends it (cumulative time in cProfile).
# Indented parts are inside the part above them.
PARTS = {
    "address admission (Admission.admit)": ("world/address.py", "admit"),
    "hello handling (ConnectionProtocol.receive)": ("world/connection.py", "receive"),
    "  frame checks and decoding (Session.receive)": ("world/session.py", "receive"),
    "  name check (safety.check_name)": ("safety/names.py", "check_name"),
    "  welcome (protocol.welcome_spliced)": ("world/protocol.py", "welcome_spliced"),
    "placement (Hub._place)": ("world/hub.py", "_place"),
    "  claim and World.join (Nooks.claim)": ("world/placement.py", "claim"),
    "  visit statistics (Tally.placed)": ("stats/tally.py", "placed"),
    "  subscribe and snapshot (Nooks.settle)": ("world/placement.py", "settle"),
    "    snapshot (Nooks.snapshot: World.snapshot + encode)": ("world/placement.py", "snapshot"),
    "frames to the newcomer (Link.send)": ("world/link.py", "send"),
    "the next tick (Hub.tick: joins to the nook)": ("world/hub.py", "tick"),
    "the whole connection (Hub.serve)": ("world/hub.py", "serve"),
}


ROOM = msgpack.packb("t") + msgpack.packb("room")
NAME_REFUSED = msgpack.packb("t") + msgpack.packb("name_refused")


class ArrivingSocket(IdleSocket):
    """An idle socket that tells when its visitor has its ``room`` frame (or was turned away)."""

    def __init__(self, hello: bytes) -> None:
        super().__init__(hello)
        self.answered: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.first: list[bytes] = []  # up to the room frame (or name_refused)

    def _count(self, *frames: bytes) -> None:
        self.frames += len(frames)
        if not self.answered.done():
            self.first += frames
            # {"t": "room", …} or {"t": "name_refused", …}, told apart by their bytes: decoding
            # every frame would add the bench's own work to what it measures.
            if any(ROOM in frame or NAME_REFUSED in frame for frame in frames):
                self.answered.set_result(None)

    def send_now(self, data: bytes, *more: bytes) -> bool:
        self._count(data, *more)
        return True

    async def send(self, data: bytes) -> None:
        self._count(data)

    def others_seen(self) -> int | None:
        """How many others the ``room`` snapshot showed; None if there was none."""
        for frame in self.first:
            message = msgpack.unpackb(frame)
            if message.get("t") == "room":
                return len(message["others"])
        return None


def names(count: int, rng: random.Random) -> list[str]:
    pairs = [a + b for a in WORDS for b in WORDS if a != b]
    rng.shuffle(pairs)
    return [pairs[i % len(pairs)] + ("ちゃん" if i >= len(pairs) else "") for i in range(count)]


@dataclass(frozen=True)
class Accepted:
    """Every name as it was typed: ``--no-name-check`` takes the name policy out of the figure."""

    name: str
    ok: bool = True
    reason: str | None = None


class Bench:
    def __init__(self, crowd: int, seed: int, check_names: bool = True) -> None:
        import safety
        from rooms.catalogue import room_shapes
        from world.brokers.memory import MemoryBroker
        from world.engine import World
        from world.hub import Hub
        from world.limits import Limits

        self.rng = random.Random(seed)
        self.broker = MemoryBroker()
        self.hub = Hub(
            World(room_shapes(), rng=random.Random(seed)),
            self.broker,
            # Admission's limits out of the way: a burst is what is measured, not refused.
            Limits(
                max_per_address=10**6,
                max_connections=10**6,
                handshakes_per_second=1e9,
                handshakes_burst=10**9,
            ),
            check_name=safety.check_name if check_names else Accepted,
            refusal_text=safety.refusal_message,
        )
        self.crowd = crowd
        self.present: list[tuple[IdleSocket, asyncio.Task[None]]] = []
        self.index = 0
        self.served = 0

    def _hello(self, name: str) -> bytes:
        room = ROOMS[self.index % len(ROOMS)]
        self.index += 1
        return msgpack.packb({"t": "hello", "v": 1, "name": name, "look": LOOK, "room": room})

    def _serve(self, socket: IdleSocket) -> asyncio.Task[None]:
        self.served += 1  # an address each: one address's handshakes are limited on their own
        address = f"10.{self.served // 62500}.{self.served // 250 % 250}.{self.served % 250}"
        task = asyncio.create_task(self.hub.serve(socket, address))
        self.present.append((socket, task))
        return task

    async def fill(self) -> None:
        await self.broker.start()
        sockets = [ArrivingSocket(self._hello("そら")) for _ in range(self.crowd)]
        for socket in sockets:
            self._serve(socket)
        await asyncio.gather(*(socket.answered for socket in sockets))
        await self.hub.tick()

    async def leave(self, count: int) -> None:
        leaving = [self.present.pop(self.rng.randrange(len(self.present))) for _ in range(count)]
        for socket, _ in leaving:
            socket.inbox.put_nowait(None)
        await asyncio.gather(*(task for _, task in leaving))
        await self.hub.tick()

    async def arrive(self, batch: list[str]) -> tuple[float, list[ArrivingSocket]]:
        """CPU seconds for a batch of arrivals and the tick that carries their joins; the sockets."""
        started = time.process_time()
        sockets = [ArrivingSocket(self._hello(name)) for name in batch]
        for socket in sockets:
            self._serve(socket)
        await asyncio.gather(*(socket.answered for socket in sockets))
        await self.hub.tick()
        return time.process_time() - started, sockets

    async def stop(self) -> None:
        for socket, _ in self.present:
            socket.inbox.put_nowait(None)
        await asyncio.gather(*(task for _, task in self.present))


async def run(
    crowd: int,
    arrivals: int,
    batch: int,
    seed: int,
    profiler: cProfile.Profile | None,
    check_names: bool = True,
) -> dict[str, Any]:
    from server import settle_the_heap

    bench = Bench(crowd, seed, check_names)
    # The collector as the server sets it once started (server.settle_the_heap), not the
    # interpreter's defaults: those run full collections over the whole start-up heap, at
    # random points of the arrivals timed here.
    settle_the_heap()
    await bench.fill()
    chosen = names(arrivals, bench.rng)
    cpu = 0.0
    seen: list[int | None] = []
    for start in range(0, arrivals, batch):
        group = chosen[start : start + batch]
        await bench.leave(len(group))
        if profiler is not None:
            profiler.enable()
        spent, sockets = await bench.arrive(group)
        if profiler is not None:
            profiler.disable()
        cpu += spent
        seen += [socket.others_seen() for socket in sockets]
    placed = len(bench.hub.world)
    await bench.stop()
    shown = [count for count in seen if count is not None]
    return {
        "crowd": crowd,
        "arrivals": arrivals,
        "batch": batch,
        "names_checked": check_names,
        "in_world_at_end": placed,
        "names_refused": len(seen) - len(shown),
        "others_in_snapshot_mean": round(statistics.fmean(shown), 1) if shown else None,
        "cpu_s": round(cpu, 3),
        "cpu_ms_per_arrival": round(1000 * cpu / arrivals, 3),
        "load_average": round(os.getloadavg()[0], 2),
    }


def where_the_time_goes(profiler: cProfile.Profile) -> dict[str, float]:
    """Each part's share of the profiled arrivals' time (parts nest: hello handling contains the rest)."""
    stats = pstats.Stats(profiler, stream=io.StringIO())
    total = stats.total_tt  # type: ignore[attr-defined]
    shares = {}
    for part, (path, function) in PARTS.items():
        spent = sum(
            entry[3]  # cumulative time
            for (filename, _, name), entry in stats.stats.items()  # type: ignore[attr-defined]
            if filename.endswith(path) and name == function
        )
        shares[part] = round(100 * spent / total, 1)
    return shares


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.arrival_bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--crowd", type=int, default=4000, help="visitors already there")
    parser.add_argument("--arrivals", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=50, help="arrivals at once, then one tick")
    parser.add_argument("--runs", type=int, default=3, help="medians of this many runs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", action="store_true", help="then one more run under cProfile")
    parser.add_argument(
        "--no-name-check", action="store_true", help="accept every name unchecked (the rest alone)"
    )
    parser.add_argument("--profile-out", help="with --profile, also write the pstats here")
    options = parser.parse_args(argv)
    checked = not options.no_name_check
    runs = [
        asyncio.run(run(options.crowd, options.arrivals, options.batch, options.seed + i, None, checked))
        for i in range(options.runs)
    ]
    result: dict[str, Any] = {
        "runs": runs,
        "median_cpu_ms_per_arrival": statistics.median(r["cpu_ms_per_arrival"] for r in runs),
    }
    if options.profile:
        profiler = cProfile.Profile()
        asyncio.run(run(options.crowd, options.arrivals, options.batch, options.seed, profiler, checked))
        if options.profile_out:
            profiler.dump_stats(options.profile_out)
        shares = where_the_time_goes(profiler)
        result["profiled_shares_percent"] = shares
        # The shares applied to the unprofiled figure (cProfile's own cost is spread over calls).
        median_us = 1000 * result["median_cpu_ms_per_arrival"]
        result["about_us_per_arrival"] = {
            part: round(share * median_us / 100) for part, share in shares.items()
        }
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(15)
        result["top_own_time"] = [line for line in text.getvalue().splitlines() if line.strip()][-16:]
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
