"""What the Redis broker's scripts cost inside Redis at a given scale (docs/performance.md).

The scripts (``world/brokers/redis.py``) keep every key in one hash slot (``{kakurega}:``), so
on a cluster they all run on one shard however many shards there are. Their cost grows with
the rooms' places hashes (one field per nook): at 1,000,000 visitors in nooks of 40 a room
has ~2,800 nooks. This fills a private redis-server with that state and times each script
with redis-server's own CPU time (``INFO cpu``) per call::

    python -m loadtest.redis_scripts --visitors 1000000 --calls 2000

CPU time, not wall time, so a loaded machine matters less (caches still suffer): record the load
average with the figures, and take the median of three.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
from collections.abc import Callable, Sequence
from typing import Any

import redis

from loadtest.redis_meter import RedisProcess
from rooms.catalogue import ROOMS
from world.brokers.redis import CLAIM, COUNTS, HEARTBEAT, INSTANCES, PREFIX, RELEASE, held_key, places_key

NOOK_CAP = 40
PER_INSTANCE = 7000  # KAKUREGA_MAX_CONNECTIONS' default: instances = visitors / this
ECHO_PREFIX = PREFIX + "echo:"


def fill(client: redis.Redis, visitors: int, seed: int = 1) -> list[str]:
    """Rooms' places and instances' held places for ``visitors`` spread at random; the origins."""
    chance = random.Random(seed)
    rooms = list(ROOMS)
    origins = [f"{index:012x}" for index in range(max(1, visitors // PER_INSTANCE))]
    nooks_per_room = max(1, visitors // len(rooms) // NOOK_CAP)
    pipe = client.pipeline(transaction=False)
    held: dict[str, dict[str, int]] = {origin: {} for origin in origins}
    for room in rooms:
        # Every nook one short of full, so each claim has to look at all of them.
        pipe.hset(places_key(room), mapping={str(nook): NOOK_CAP - 1 for nook in range(nooks_per_room)})
        for nook in range(nooks_per_room):
            for _ in range(NOOK_CAP - 1):
                field = f"{room}|{nook}"
                owner = held[chance.choice(origins)]
                owner[field] = owner.get(field, 0) + 1
    for origin, places in held.items():
        pipe.hset(held_key(origin), mapping=places)
        pipe.zadd(INSTANCES, {origin: 10**15})  # alive for ever: the heartbeat reaps nobody
    pipe.execute()
    return origins


def cpu_usec_per_call(client: redis.Redis, calls: int, run: Callable[[], Any]) -> float:
    """redis-server's own CPU time (user + system) per call: unlike ``commandstats``' usec, which
    is wall time inside the command, it does not grow while another process holds the core."""

    def cpu() -> float:
        info = client.info("cpu")
        return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])

    before = cpu()
    for _ in range(calls):
        run()
    return round((cpu() - before) * 1e6 / calls, 1)


def measure(port: int, visitors: int, calls: int) -> dict[str, Any]:
    client = redis.Redis(port=port)
    origins = fill(client, visitors)
    claim, release = client.register_script(CLAIM), client.register_script(RELEASE)
    counts, heartbeat = client.register_script(COUNTS), client.register_script(HEARTBEAT)
    rooms = list(ROOMS)
    me = origins[0]
    # Every instance hears its echo, as live ones do (the counts script reads the held places
    # of those that do not, which is the cost of an instance dying, not of every 2 s).
    hearing = client.pubsub()
    hearing.subscribe(*(ECHO_PREFIX + origin for origin in origins))

    def claim_and_release() -> None:
        room = random.choice(rooms)
        nook, _ = claim(keys=[places_key(room), held_key(me)], args=[NOOK_CAP, room])
        release(keys=[places_key(room), held_key(me)], args=[room, nook])

    results = {
        "visitors": visitors,
        "instances": len(origins),
        "nooks_per_room": client.hlen(places_key(rooms[0])),
        # A claim and its release: one room change (an arrival is a claim, a departure a release).
        "claim_and_release_usec": cpu_usec_per_call(client, calls, claim_and_release),
        "counts_usec": cpu_usec_per_call(
            client,
            max(1, calls // 10),
            lambda: counts(keys=[INSTANCES], args=[PREFIX, ECHO_PREFIX, 0, *rooms]),
        ),
        "heartbeat_usec": cpu_usec_per_call(
            client, calls, lambda: heartbeat(keys=[INSTANCES], args=[me, 4000, PREFIX])
        ),
        "load_average": round(os.getloadavg()[0], 2),
    }
    hearing.close()
    client.close()
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.redis_scripts", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--visitors", type=int, default=1_000_000)
    parser.add_argument("--calls", type=int, default=2000, help="timed calls of each script per run")
    parser.add_argument(
        "--runs", type=int, default=3, help="runs, each on a fresh redis-server; medians shown"
    )
    parser.add_argument("--cpu", type=int, default=0, help="pin redis-server to this CPU")
    arguments = parser.parse_args(argv)
    runs = []
    for _ in range(arguments.runs):
        with RedisProcess(cpu=arguments.cpu) as port:
            runs.append(measure(port, arguments.visitors, arguments.calls))
    keys = ("claim_and_release_usec", "counts_usec", "heartbeat_usec", "load_average")
    median = {key: round(statistics.median(run[key] for run in runs), 1) for key in keys}
    print(json.dumps({"runs": runs, "median": median}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
