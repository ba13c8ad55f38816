"""Redis Sentinel: real master, replica and Sentinels; kill the master, the world goes on."""

from __future__ import annotations

import asyncio

import pytest

from tests.support.redis_servers import ONE_HOST, running_redis_sentinel
from tests.support.servers import ServerProcess, counts, until
from tests.support.visitors import Visitor

pytestmark = pytest.mark.integration


def test_the_world_resumes_on_the_promoted_replica() -> None:
    with running_redis_sentinel() as setup:
        env = {**ONE_HOST, "KAKUREGA_REDIS_URL": setup.url, "KAKUREGA_COUNTS_MS": "300"}
        first, second = ServerProcess(env).start(), ServerProcess(env).start()
        try:

            async def scenario() -> None:
                a = await Visitor.arrive(first.ws_url, "あさ", room="hiru")
                b = await Visitor.arrive(second.ws_url, "ひる", room="hiru")
                await a.wait_for(lambda f: b.you in a.nook, timeout=5)
                await until(lambda: counts(first)["total"] == 2, timeout=5)

                setup.master.kill()
                await until(lambda: setup.sentinels[0].master_port() == setup.replica.port, timeout=30)
                # Walks cross instances again, through the promoted replica.
                for step in range(100):
                    await b.walk(200 + step, 600)
                    try:
                        await a.wait_for(lambda f, s=step: a.sees_at(b.you, 200 + s, 600), timeout=0.3)
                        break
                    except TimeoutError:
                        continue
                else:
                    pytest.fail("walks never crossed instances again after the failover")
                c = await Visitor.arrive(first.ws_url, "よる", room="hiru")
                await until(lambda: counts(first) == counts(second) and counts(first)["total"] == 3, 10)
                # Nobody twice: each sees the other two once, all in one nook.
                await c.wait_for(lambda f: {a.you, b.you} <= set(c.nook), timeout=5)
                assert c.place == ("hiru", 0)
                assert sorted(c.nook) == sorted({a.you, b.you})
                assert counts(first)["rooms"]["hiru"] == 3 and counts(first)["scope"] == "all"
                places = setup.replica.client().hgetall("{kakurega}:places:hiru")
                assert {k: int(v) for k, v in places.items()} == {b"0": 3}

            asyncio.run(scenario())
        finally:
            first.kill()
            second.kill()
