"""Connection ids drawn from a pool of random bytes (world/hub.py ``ConnectionIds``)."""

from __future__ import annotations

import os
import re

from world.hub import ConnectionIds

# What ``secrets.token_urlsafe(6)`` made: 8 characters of the URL-safe base64 alphabet, no padding.
SHAPE = re.compile(r"[A-Za-z0-9_-]{8}")


def test_ids_look_as_before_and_do_not_repeat_across_draws() -> None:
    ids = ConnectionIds()
    drawn = [ids.next() for _ in range(ConnectionIds.POOL * 5 + 3)]  # five pools and a bit
    assert all(SHAPE.fullmatch(one) for one in drawn)
    assert len(set(drawn)) == len(drawn)


def test_a_forked_worker_draws_ids_of_its_own() -> None:
    ids = ConnectionIds()
    ids.next()  # the pool is filled before the fork, as in a server that served before forking
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        os.close(reading)
        os.write(writing, " ".join(ids.next() for _ in range(20)).encode())
        os._exit(0)
    os.close(writing)
    with os.fdopen(reading) as pipe:
        childs = pipe.read().split()
    os.waitpid(child, 0)
    parents = [ids.next() for _ in range(20)]
    assert len(childs) == 20
    assert not set(childs) & set(parents), "the child went on with the parent's pool"
