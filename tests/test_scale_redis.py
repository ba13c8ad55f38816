"""Several real server processes sharing one world through a real redis-server (and its faults)."""

from __future__ import annotations

import asyncio
import signal
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.support.redis_servers import ONE_HOST, RedisProcess, running_redis_cluster
from tests.support.servers import ServerProcess, counts, until
from tests.support.visitors import Visitor, ordinary_name

pytestmark = pytest.mark.integration


def run(coroutine: object) -> object:
    return asyncio.run(coroutine)  # type: ignore[arg-type]


@pytest.fixture
def pair(redis_server: RedisProcess) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    env = {
        **ONE_HOST,
        "KAKUREGA_REDIS_URL": redis_server.url,
        "KAKUREGA_NOOK_CAP": "4",
        "KAKUREGA_COUNTS_MS": "300",
    }
    first, second = ServerProcess(env).start(), ServerProcess(env).start()
    try:
        yield first, second
    finally:
        first.stop(signal.SIGKILL)
        second.stop(signal.SIGKILL)


def report(what: str, seconds: float) -> None:
    """Recovery times, for docs/performance.md (shown with ``pytest -s``)."""
    print(f"\nRECOVERY {what} {seconds:.2f} s")


def readyz(server: ServerProcess) -> int:
    try:
        with urllib.request.urlopen(f"{server.base_url}/readyz", timeout=2) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


async def pump(*visitors: Visitor, seconds: float) -> None:
    """Let visitors read what arrives for a while, so their pictures stay current."""

    async def read(visitor: Visitor) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            try:
                await visitor.receive(left)
            except TimeoutError:
                return

    await asyncio.gather(*(read(v) for v in visitors))


def test_visitors_on_two_instances_share_a_nook(pair: tuple[ServerProcess, ServerProcess]) -> None:
    first, second = pair

    async def scenario() -> None:
        one = await Visitor.arrive(first.ws_url, "そら", room="hoshi")
        two = await Visitor.arrive(second.ws_url, "ゆき", room="hoshi")
        assert one.place == two.place == ("hoshi", 0)
        assert one.you in two.nook, "the newcomer's snapshot includes members on the other instance"
        await two.walk(400, 600)
        await one.wait_for(lambda f: one.sees_at(two.you, 400, 600), timeout=2)
        await one.send({"t": "pose", "p": "lookup"})
        await two.wait_for(lambda f: two.nook.get(one.you, {}).get("p") == "lookup", timeout=2)
        # The counts may have come while the walk or the pose was awaited: look there first.
        both = [f for f in one.frames if f["t"] == "counts" and f["rooms"]["hoshi"] == 2]
        frame = (
            both[0] if both else await one.wait_for(lambda f: f["t"] == "counts" and f["rooms"]["hoshi"] == 2)
        )
        assert frame["scope"] == "all"
        await two.close()
        await one.wait_for(lambda f: two.you not in one.nook and f["t"] == "tick", timeout=3)

    run(scenario())


def test_nook_places_are_claimed_cluster_wide(pair: tuple[ServerProcess, ServerProcess]) -> None:
    first, second = pair

    async def scenario() -> None:
        visitors = [
            await Visitor.arrive((first if i % 2 else second).ws_url, ordinary_name(i), room="kabe")
            for i in range(9)
        ]
        assert [v.place[1] for v in visitors] == [0, 0, 0, 0, 1, 1, 1, 1, 2]
        await until(
            lambda: counts(first)["rooms"]["kabe"] == 9 and counts(second)["rooms"]["kabe"] == 9, timeout=3
        )
        # A place freed on one instance is refilled from the other before a new nook opens.
        await visitors[1].close()
        await asyncio.sleep(0.3)
        late = await Visitor.arrive(second.ws_url, "おそい", room="kabe")
        assert late.place == ("kabe", 0)

    run(scenario())


def test_a_killed_instance_vanishes_within_ten_seconds(pair: tuple[ServerProcess, ServerProcess]) -> None:
    first, second = pair

    async def scenario() -> None:
        stay = await Visitor.arrive(first.ws_url, "のこる", room="asobi")
        doomed = [await Visitor.arrive(second.ws_url, ordinary_name(i), room="asobi") for i in range(3)]
        # Joins alone may wait a few ticks for company (docs/protocol.md §5).
        await stay.wait_for(lambda f: {d.you for d in doomed} <= set(stay.nook))
        second.kill()
        started = time.monotonic()
        await stay.wait_for(lambda f: not ({d.you for d in doomed} & set(stay.nook)), timeout=10)
        gone_after = time.monotonic() - started
        report("instance SIGKILL: its avatars gone for the others after", gone_after)
        assert gone_after < 10
        # Their places were freed: the next three arrivals fill nook 0 beside the one who stayed.
        await until(lambda: counts(first)["rooms"]["asobi"] == 1, timeout=3)
        newcomers = [await Visitor.arrive(first.ws_url, ordinary_name(i), room="asobi") for i in range(3)]
        assert {n.place for n in newcomers} == {("asobi", 0)}

    run(scenario())


async def latest_counts(visitor: Visitor, wanted: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    """The last counts a visitor got if ``wanted``, else the next that is: counts come only when
    they change (docs/protocol.md §5), so the awaited ones may have been read already."""
    last = next((f for f in reversed(visitor.frames) if f["t"] == "counts"), None)
    if last is not None and wanted(last):
        return last
    return await visitor.wait_for(lambda f: f["t"] == "counts" and wanted(f), timeout=5)


def test_redis_going_away_keeps_local_presence_and_resyncs_after(
    redis_server: RedisProcess, pair: tuple[ServerProcess, ServerProcess]
) -> None:
    first, second = pair

    async def scenario() -> None:
        a1 = await Visitor.arrive(first.ws_url, "あ", room="hiru")
        a2 = await Visitor.arrive(first.ws_url, "い", room="hiru")
        b1 = await Visitor.arrive(second.ws_url, "う", room="hiru")
        await a1.wait_for(lambda f: set(a1.nook) == {a2.you, b1.you})  # joins may wait a few ticks

        redis_server.kill()
        await until(lambda: counts(first)["scope"] == "local", timeout=5)
        assert readyz(first) == 200, "still ready: it serves every page, the hotline page included"
        # Local presence goes on: a walk on the first instance is seen there.
        await a2.walk(333, 555)
        await a1.wait_for(lambda f: a1.sees_at(a2.you, 333, 555), timeout=2)
        frame = await latest_counts(a1, lambda f: f["scope"] == "local")
        assert frame["rooms"]["hiru"] == 2

        redis_server.start()  # empty: Redis kept nothing
        restarted = time.monotonic()
        back = await until(
            lambda: counts(first)["scope"] == "all" and counts(second)["scope"] == "all", timeout=10
        )
        await b1.walk(777, 666)
        await a1.wait_for(lambda f: a1.sees_at(b1.you, 777, 666), timeout=5)
        report("redis restarted empty: cross-instance walks seen again after", time.monotonic() - restarted)
        await pump(a1, a2, b1, seconds=1.0)
        assert set(a1.nook) == {a2.you, b1.you}, "nobody lost, nobody twice"
        assert set(b1.nook) == {a1.you, a2.you}
        frame = await latest_counts(a1, lambda f: f["scope"] == "all" and f["rooms"]["hiru"] == 3)
        assert frame["rooms"]["hiru"] == 3
        assert back < 10

    run(scenario())


def test_a_killed_subscriber_connection_is_reestablished(
    redis_server: RedisProcess, pair: tuple[ServerProcess, ServerProcess]
) -> None:
    first, second = pair

    async def scenario() -> None:
        one = await Visitor.arrive(first.ws_url, "きく", room="tana")
        two = await Visitor.arrive(second.ws_url, "あるく", room="tana")
        await one.wait_for(lambda f: two.you in one.nook, timeout=3)
        killed = redis_server.client().client_kill_filter(_type="pubsub")
        assert killed >= 2
        cut = time.monotonic()
        for step in range(50):
            await two.walk(100 + step, 500)
            try:
                await one.wait_for(lambda f, s=step: one.sees_at(two.you, 100 + s, 500), timeout=0.2)
                break
            except TimeoutError:
                continue
        else:
            pytest.fail("the listener stayed deaf after its connection was killed")
        report("CLIENT KILL TYPE pubsub: walks seen again after", time.monotonic() - cut)
        assert one.sees_at(two.you, 100 + step, 500)

    run(scenario())


def test_draining_sends_visitors_to_another_instance_in_the_same_room(
    pair: tuple[ServerProcess, ServerProcess],
) -> None:
    first, second = pair

    async def scenario() -> None:
        leaving = await Visitor.arrive(first.ws_url, "うつる", room="mado")
        staying = await Visitor.arrive(second.ws_url, "まつ", room="mado")
        stopping = asyncio.get_running_loop().run_in_executor(None, first.stop)
        signalled = time.monotonic()
        bye, code = await leaving.closed(timeout=10)
        assert bye is not None and bye["reason"] == "draining" and code == 1012
        await stopping
        await asyncio.sleep(bye["retry_ms"] / 1000)
        again = await Visitor.arrive(second.ws_url, "うつる", room="mado")
        assert again.place == ("mado", 0) and staying.you in again.nook
        report("SIGTERM drain: back in the same room on another instance after", time.monotonic() - signalled)

    run(scenario())


def test_readiness_does_not_follow_the_broker(
    redis_server: RedisProcess, pair: tuple[ServerProcess, ServerProcess]
) -> None:
    # Redis away must not take every pod out of the Service: the hotline page stays reachable.
    first, _ = pair

    async def scenario() -> None:
        await until(lambda: readyz(first) == 200 and counts(first)["scope"] == "all", timeout=5)
        redis_server.kill()
        await until(lambda: counts(first)["scope"] == "local", timeout=5)
        for _ in range(10):
            assert readyz(first) == 200
            with urllib.request.urlopen(f"{first.base_url}/mado") as response:
                assert response.status == 200
            await asyncio.sleep(0.2)
        assert "redis unreachable" in first.log_text(), "the outage is in the log at WARNING"
        redis_server.start()
        await until(lambda: counts(first)["scope"] == "all", timeout=10)
        await until(lambda: "redis reachable again" in first.log_text(), timeout=5)

    run(scenario())


def test_an_instance_that_cannot_reach_redis_at_start_says_so_and_serves(tmp_path) -> None:  # type: ignore[no-untyped-def]
    closed = RedisProcess()  # never started: nothing listens on its port
    server = ServerProcess({**ONE_HOST, "KAKUREGA_REDIS_URL": closed.url}).start()
    try:
        assert readyz(server) == 200
        assert "redis unreachable at start" in server.log_text()
        assert counts(server)["scope"] == "local"
    finally:
        server.stop()


def test_redis_cluster_uses_sharded_pubsub() -> None:
    with running_redis_cluster() as nodes:
        url = f"redis+cluster://127.0.0.1:{nodes[0].port}/0"
        env = {**ONE_HOST, "KAKUREGA_REDIS_URL": url}
        first, second = ServerProcess(env).start(), ServerProcess(env).start()
        try:

            async def scenario() -> None:
                await until(lambda: readyz(first) == 200 and readyz(second) == 200, timeout=30)
                rooms = ["genkan", "robo", "kabe", "mogu", "mado"]
                pairs = []
                for room in rooms:
                    one = await Visitor.arrive(first.ws_url, "そら", room=room)
                    two = await Visitor.arrive(second.ws_url, "ゆき", room=room)
                    pairs.append((one, two))
                for index, (one, two) in enumerate(pairs):
                    await two.walk(200 + index, 650)
                    await one.wait_for(
                        lambda f, o=one, t=two, i=index: o.sees_at(t.you, 200 + i, 650), timeout=10
                    )
                shard_channels = set()
                for node in nodes:
                    shard_channels |= set(node.client().execute_command("PUBSUB", "SHARDCHANNELS"))
                assert len(shard_channels) >= len(rooms), "nook channels are sharded channels"

            run(scenario())
        finally:
            first.stop(signal.SIGKILL)
            second.stop(signal.SIGKILL)
