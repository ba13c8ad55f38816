"""The hub's flow control with a transport whose reading side the test holds back.

A real network cannot be made reliably slow from a test, so this transport
stands in for one socket; everything else (hub, engine, broker, timers) is real.
"""

from __future__ import annotations

import asyncio
import random

import msgpack
import pytest

import safety
from rooms.catalogue import room_shapes
from world.brokers.memory import MemoryBroker
from world.engine import World
from world.hub import Hub
from world.limits import Limits

LOOK = {"shape": "mame", "color": "fuji", "acc": "cap"}


class HeldTransport:
    """A socket whose peer reads only while ``reading`` is set.

    With ``immediate`` it offers ``send_now`` as uvicorn does through
    world/send_now.py (refused while the peer is not reading, as a full buffer
    refuses); without, every frame takes the awaited ``send``, as under a plain
    ASGI server.
    """

    def __init__(self, immediate: bool = True) -> None:
        self.inbox: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.sent: list[dict] = []
        self.reading = asyncio.Event()
        self.reading.set()
        self.closed_with: int | None = None
        self.immediate = immediate
        self.sent_now = 0
        self.writes: list[list[str]] = []  # the kinds of message in each ``send_now`` write

    def send_now(self, data: bytes, *more: bytes) -> bool:
        if not (self.immediate and self.reading.is_set()):
            return False
        messages = [msgpack.unpackb(payload) for payload in (data, *more)]
        self.sent.extend(messages)
        self.writes.append([message["t"] for message in messages])
        self.sent_now += 1
        return True

    async def receive(self) -> bytes | None:
        return await self.inbox.get()

    async def send(self, data: bytes) -> None:
        await self.reading.wait()
        self.sent.append(msgpack.unpackb(data))

    async def close(self, code: int) -> None:
        self.closed_with = code
        self.inbox.put_nowait(None)

    def say(self, message: dict) -> None:
        self.inbox.put_nowait(msgpack.packb(message))


def make_hub(**limits: float) -> Hub:
    return Hub(
        World(room_shapes(), rng=random.Random(3)),
        MemoryBroker(),
        Limits(**{"tick_ms": 10, "counts_ms": 10_000, **limits}),
        check_name=safety.check_name,
        refusal_text=safety.refusal_message,
    )


async def eventually(condition, timeout: float = 3.0) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition never became true"
        await asyncio.sleep(0.01)


@pytest.mark.parametrize("immediate", [True, False], ids=["send_now", "asgi_send"])
def test_a_slow_reader_gets_a_fresh_snapshot_instead_of_stale_deltas(immediate: bool) -> None:
    async def scenario() -> None:
        hub = make_hub(send_queue=4, slow_timeout=30)
        await hub.start()
        slow, busy = HeldTransport(immediate), HeldTransport(immediate)
        tasks = [asyncio.create_task(hub.serve(t, "127.0.0.1")) for t in (slow, busy)]
        slow.say({"t": "hello", "v": 1, "name": "ゆっくり", "look": LOOK, "room": "kabe"})
        busy.say({"t": "hello", "v": 1, "name": "いそがし", "look": LOOK, "room": "kabe"})
        await eventually(lambda: any(f["t"] == "room" for f in slow.sent) and len(hub.world) == 2)
        slow.reading.clear()
        for step in range(30):  # one walk per tick: 30 deltas for a queue of 4
            busy.say({"t": "walk", "x": 100 + step, "y": 500})
            await asyncio.sleep(0.02)
        before = len(slow.sent)
        slow.reading.set()
        await eventually(lambda: any(f["t"] == "room" for f in slow.sent[before:]))
        caught_up = [f for f in slow.sent[before:] if f["t"] in ("tick", "room")]
        assert len(caught_up) < 10, "the missed deltas were dropped, not replayed"
        snapshot = next(f for f in slow.sent[before:] if f["t"] == "room")
        (other,) = snapshot["others"]
        assert (other["x"], other["y"]) == (129, 500), "the snapshot shows where things are now"
        # The busy visitor was never held back by the slow one.
        walks = [w for f in busy.sent if f["t"] == "tick" for w in f.get("walk", [])]
        assert len(walks) >= 25
        # Where the socket can take frames at once, the ticks go straight out.
        assert (busy.sent_now > 25) == immediate
        await hub.stop()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())


@pytest.mark.parametrize("immediate", [True, False], ids=["send_now", "asgi_send"])
def test_a_reader_stuck_past_the_slow_timeout_is_closed_and_leaves_the_nook(immediate: bool) -> None:
    async def scenario() -> None:
        hub = make_hub(send_queue=2, slow_timeout=1)
        await hub.start()
        stuck, other = HeldTransport(immediate), HeldTransport(immediate)
        tasks = [asyncio.create_task(hub.serve(t, "127.0.0.1")) for t in (stuck, other)]
        stuck.say({"t": "hello", "v": 1, "name": "とまる", "look": LOOK, "room": "hiru"})
        other.say({"t": "hello", "v": 1, "name": "うごく", "look": LOOK, "room": "hiru"})
        await eventually(lambda: len(hub.world) == 2 and any(f["t"] == "room" for f in other.sent))
        stuck.reading.clear()
        for step in range(10):
            other.say({"t": "walk", "x": 200 + step, "y": 600})
            await asyncio.sleep(0.02)
        await eventually(lambda: stuck.closed_with is not None, timeout=6)
        assert stuck.closed_with == 4004
        await eventually(lambda: len(hub.world) == 1)
        assert hub.connection_count == 1
        await hub.stop()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())


def test_two_hubs_on_one_memory_bus_share_a_nook_like_two_servers() -> None:
    from world.brokers.memory import MemoryBus

    async def scenario() -> None:
        bus = MemoryBus()
        brokers = [MemoryBroker(bus), MemoryBroker(bus)]
        hubs = [
            Hub(
                World(room_shapes(), origin=broker.origin, rng=random.Random(1)),
                broker,
                Limits(tick_ms=10, counts_ms=50),
                check_name=safety.check_name,
                refusal_text=safety.refusal_message,
            )
            for broker in brokers
        ]
        for hub in hubs:
            await hub.start()
        one, two = HeldTransport(), HeldTransport()
        tasks = [asyncio.create_task(hubs[0].serve(one, "a")), asyncio.create_task(hubs[1].serve(two, "b"))]
        one.say({"t": "hello", "v": 1, "name": "ひだり", "look": LOOK, "room": "hoshi"})
        await eventually(lambda: any(f["t"] == "room" for f in one.sent))
        two.say({"t": "hello", "v": 1, "name": "みぎ", "look": LOOK, "room": "hoshi"})
        await eventually(lambda: any(f["t"] == "room" for f in two.sent))
        snapshot = next(f for f in two.sent if f["t"] == "room")
        assert [o["name"] for o in snapshot["others"]] == ["ひだり"], "the snapshot waited for the other hub"
        two.say({"t": "walk", "x": 321, "y": 654})
        await eventually(
            lambda: any(
                ["walk", *w[1:]] == ["walk", 321, 654]
                for f in one.sent
                if f["t"] == "tick"
                for w in f.get("walk", [])
            )
        )
        await eventually(lambda: any(f["rooms"]["hoshi"] == 2 for f in one.sent if f["t"] == "counts"))
        # The right-hand server stops: the left one's visitor sees its avatar go.
        right_id = next(f["you"] for f in two.sent if f["t"] == "welcome")
        seen_before = len(one.sent)
        await hubs[1].stop()
        await asyncio.gather(tasks[1])
        await eventually(lambda: any(right_id in f.get("leave", []) for f in one.sent[seen_before:]))
        await hubs[0].stop()
        await asyncio.gather(tasks[0])

    asyncio.run(scenario())


def test_counts_ride_on_a_tick_and_reach_a_quiet_nook_on_their_own() -> None:
    async def scenario() -> None:
        hub = make_hub(counts_ms=400)
        await hub.start()
        walker, watcher, alone = HeldTransport(), HeldTransport(), HeldTransport()
        tasks = [asyncio.create_task(hub.serve(t, "127.0.0.1")) for t in (walker, watcher, alone)]
        walker.say({"t": "hello", "v": 1, "name": "あるく", "look": LOOK, "room": "asobi"})
        watcher.say({"t": "hello", "v": 1, "name": "みてる", "look": LOOK, "room": "asobi"})
        alone.say({"t": "hello", "v": 1, "name": "ひとり", "look": LOOK, "room": "mado"})
        await eventually(lambda: all(any(f["t"] == "room" for f in t.sent) for t in (walker, watcher, alone)))
        for step in range(40):  # keep the asobi nook ticking
            walker.say({"t": "walk", "x": 300 + step, "y": 500})
            await asyncio.sleep(0.02)
        # In the busy nook the counts came in the same write as a tick, never on their own.
        assert ["tick", "counts"] in watcher.writes
        assert ["counts"] not in watcher.writes
        # The visitor alone in a quiet nook still gets them, on their own.
        assert ["counts"] in alone.writes
        counts = [f for f in alone.sent if f["t"] == "counts"]
        assert counts[-1]["rooms"]["asobi"] == 2 and counts[-1]["total"] == 3
        await hub.stop()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())
