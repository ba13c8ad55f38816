"""Redis recovery on real servers: it settles once, and counts never count a dead instance's visitors."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import time
from collections.abc import Iterator

import pytest

from tests.support.redis_servers import ONE_HOST, RedisProcess
from tests.support.servers import ServerProcess, counts, until
from tests.support.visitors import Visitor, ordinary_name

pytestmark = pytest.mark.integration

ENV = {**ONE_HOST, "KAKUREGA_COUNTS_MS": "200"}


@pytest.fixture
def pair(redis_server: RedisProcess) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    env = {**ENV, "KAKUREGA_REDIS_URL": redis_server.url}
    first, second = ServerProcess(env).start(), ServerProcess(env).start()
    try:
        yield first, second
    finally:
        first.stop(signal.SIGKILL)
        second.stop(signal.SIGKILL)


async def stroll(visitors: list[Visitor], seconds: float) -> None:
    """Keep every visitor walking and reading, so publishes, claims and counts use Redis."""
    end = time.monotonic() + seconds
    step = 0
    while time.monotonic() < end:
        step += 1
        for visitor in visitors:
            await visitor.walk(100 + step % 50, 400)
        for visitor in visitors:
            with contextlib.suppress(TimeoutError):
                await visitor.receive(0.02)
        # Well inside the frame budget (15 a second, pings included) however fast frames arrive.
        await asyncio.sleep(0.2)


def outages(server: ServerProcess) -> int:
    return server.log_text().count("redis unreachable")


def test_recovery_settles_once(redis_server: RedisProcess, pair: tuple[ServerProcess, ServerProcess]) -> None:
    async def scenario() -> None:
        visitors = [
            await Visitor.arrive(server.ws_url, ordinary_name(i), room="hiru")
            for server in pair
            for i in range(3)
        ]
        await stroll(visitors, 1.0)
        redis_server.kill()
        await until(lambda: all(counts(s)["scope"] == "local" for s in pair), timeout=10)
        await stroll(visitors, 1.0)
        redis_server.start()
        await until(lambda: all(counts(s)["scope"] == "all" for s in pair), timeout=15)
        before = [outages(s) for s in pair]
        assert before == [1, 1], "each instance reports the outage once"
        # Flapping showed as a second 'unreachable' 0.3-1.3 s after the resync.
        await stroll(visitors, 4.0)
        assert [outages(s) for s in pair] == before, "recovery settles once"
        assert all(counts(s) == {"rooms": counts(s)["rooms"], "total": 6, "scope": "all"} for s in pair)

    asyncio.run(scenario())


def test_counts_never_include_a_killed_instances_visitors(pair: tuple[ServerProcess, ServerProcess]) -> None:
    first, second = pair

    async def scenario() -> None:
        stay = [await Visitor.arrive(first.ws_url, ordinary_name(i), room="asobi") for i in range(3)]
        doomed = [await Visitor.arrive(second.ws_url, ordinary_name(i), room="asobi") for i in range(8)]
        await until(lambda: counts(first)["total"] == 11, timeout=5)
        second.kill()
        # Its visitors come back at once, to the instance that is left (as browsers would).
        again = [await Visitor.arrive(first.ws_url, ordinary_name(i), room="asobi") for i in range(8)]
        seen = []
        deadline = time.monotonic() + 8  # past the 4 s reaping and a counts round
        while time.monotonic() < deadline:
            seen.append(counts(first)["total"])
            await asyncio.sleep(0.05)
        assert max(seen) <= 11, f"a dead instance's visitors were counted twice: {sorted(set(seen))}"
        assert seen[-1] == 11
        del doomed, stay, again

    asyncio.run(scenario())
