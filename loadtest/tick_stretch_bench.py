"""What a longer tick saves: frames and CPU per delivered walk update at each tick length, in process.

    python -m loadtest.tick_stretch_bench --visitors 10000 --seconds 20 --tick-ms 100,125,150,175,200

A crowd is placed through ``Hub.serve`` (``tick_bench.crowd``: in-process broker, sockets
that take every frame at once). Each visitor walks every ``--walk-every`` s on average
(±50 %, as the swarm's visitors do) on a simulated clock: for each tick length, ``--seconds``
of ticks run back to back, each after the walks that fall within it. Counted: frames handed
to sockets (each one write in a real server), walk updates delivered (each walk, once per
tick, to every member of its nook, the walker too: as the swarm counts them), and the
process's CPU in the ticks. No network: ``--write-floor-us`` (CPU per write, measured with
``loadtest/write_floor.py``) adds the kernel's share to an estimate.
"""

from __future__ import annotations

import argparse
import asyncio
import heapq
import json
import random
import time
from typing import Any

from loadtest.tick_bench import crowd


async def measure(
    visitors: int, seconds: float, tick_ms: list[int], walk_every: float, seed: int
) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    hub, sockets, tasks = await crowd(visitors, seed)
    world = hub.world
    ids = list(hub._links)
    await hub.tick()
    results = []
    for interval in tick_ms:
        tick_s = interval / 1000
        now = 0.0
        due = [(rng.uniform(0, walk_every), avatar_id) for avatar_id in ids]
        heapq.heapify(due)
        frames_before = sum(socket.frames for socket in sockets)
        cpu = 0.0
        walks = updates = ticks = 0
        while now < seconds:
            now += tick_s
            walkers: set[str] = set()
            while due[0][0] <= now:
                _, avatar_id = heapq.heappop(due)
                world.walk(avatar_id, rng.randint(40, 984), rng.randint(430, 740))
                walks += 1
                if avatar_id not in walkers:  # several walks in one tick: one update each member
                    walkers.add(avatar_id)
                    place = world.place_of(avatar_id)
                    updates += len(world.nook_members(place)) if place else 0
                heapq.heappush(due, (now + walk_every * rng.uniform(0.5, 1.5), avatar_id))
            started = time.process_time()
            await hub.tick()
            cpu += time.process_time() - started
            ticks += 1
        frames = sum(socket.frames for socket in sockets) - frames_before
        results.append(
            {
                "tick_ms": interval,
                "ticks": ticks,
                "walks": walks,
                "walk_updates": updates,
                "frames": frames,
                "frames_per_walk_update": round(frames / updates, 3),
                "cpu_s": round(cpu, 3),
                "python_us_per_walk_update": round(1e6 * cpu / updates, 3),
            }
        )
    for socket in sockets:
        socket.inbox.put_nowait(None)
    await asyncio.gather(*tasks)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.tick_stretch_bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--visitors", type=int, default=10000)
    parser.add_argument("--seconds", type=float, default=20.0, help="simulated seconds per tick length")
    parser.add_argument("--tick-ms", default="100,125,150,175,200", help="tick lengths, comma-separated")
    parser.add_argument("--walk-every", type=float, default=5.0, help="mean s between walks")
    parser.add_argument("--write-floor-us", type=float, help="CPU per socket write, for the estimate")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args(argv)
    tick_ms = [int(part) for part in options.tick_ms.split(",")]
    results = asyncio.run(
        measure(options.visitors, options.seconds, tick_ms, options.walk_every, options.seed)
    )
    first = results[0]["frames_per_walk_update"]
    for result in results:
        result["frames_vs_first"] = round(result["frames_per_walk_update"] / first, 3)
        if options.write_floor_us is not None:
            per_update = result["python_us_per_walk_update"] + (
                result["frames_per_walk_update"] * options.write_floor_us
            )
            result["estimated_cpu_s_per_million_walk_updates"] = round(per_update, 2)
        print(json.dumps(result))


if __name__ == "__main__":
    main()
