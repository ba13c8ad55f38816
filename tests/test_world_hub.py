"""The hub's flow control and timers, driven by a fake clock and a transport the test holds back.

A real network cannot be made reliably slow from a test, so this transport
stands in for one socket. The clock is the test's: it moves only when the test
says so, and the test calls the hub's ``tick``, ``sweep`` and counts itself
instead of sleeping while timers run. Everything else (hub, engine, broker) is real.
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


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


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


def make_hub(clock: FakeClock, broker: MemoryBroker | None = None, **limits: float) -> Hub:
    broker = broker or MemoryBroker()
    return Hub(
        # Joins go out on the next tick (their waiting for company is tests/test_world_engine.py's).
        World(room_shapes(), origin=broker.origin, rng=random.Random(3), join_wait_ticks=0),
        broker,
        Limits(**{"tick_ms": 10, "counts_ms": 10_000, **limits}),
        check_name=safety.check_name,
        refusal_text=safety.refusal_message,
        clock=clock,
    )


async def eventually(condition) -> None:  # type: ignore[no-untyped-def]
    """Let the other tasks run until ``condition`` holds (the clock does not move meanwhile)."""
    for _ in range(2000):
        if condition():
            return
        await asyncio.sleep(0.001)
    raise AssertionError("condition never became true")


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


def snapshots(transport: HeldTransport) -> list[dict]:
    return [f for f in transport.sent if f["t"] == "room"]


@pytest.mark.parametrize("immediate", [True, False], ids=["send_now", "asgi_send"])
def test_a_slow_reader_gets_a_fresh_snapshot_instead_of_stale_deltas(immediate: bool) -> None:
    async def scenario() -> None:
        clock = FakeClock()
        hub = make_hub(clock, send_queue=4, slow_timeout=30)
        await hub.start(timers=False)
        slow, busy = HeldTransport(immediate), HeldTransport(immediate)
        tasks = [asyncio.create_task(hub.serve(t, "127.0.0.1")) for t in (slow, busy)]
        slow.say({"t": "hello", "v": 1, "name": "ゆっくり", "look": LOOK, "room": "kabe"})
        busy.say({"t": "hello", "v": 1, "name": "いそがし", "look": LOOK, "room": "kabe"})
        await eventually(lambda: snapshots(slow) and snapshots(busy) and len(hub.world) == 2)
        await hub.tick()  # the joins
        slow.reading.clear()
        await hub.refresh_counts()  # changed (both now in kabe): queued for the slow one
        await hub.send_owed_counts()
        for step in range(30):  # one walk per tick: 30 deltas for a queue of 4
            busy.say({"t": "walk", "x": 100 + step, "y": 500})
            await settle()
            clock.advance(0.01)
            await hub.tick()
            await settle()
        before = len(slow.sent)
        slow.reading.set()
        await eventually(lambda: any(f["t"] == "room" for f in slow.sent[before:]))
        caught_up = [f for f in slow.sent[before:] if f["t"] in ("tick", "room")]
        assert len(caught_up) < 10, "the missed deltas were dropped, not replayed"
        # Counts that changed while it was behind were dropped with the deltas; they are not
        # sent again unchanged, so they follow the fresh snapshot.
        await hub.refresh_counts()
        await hub.send_owed_counts()
        await settle()
        assert slow.sent[-1]["t"] == "counts" and slow.sent[-1]["rooms"]["kabe"] == 2
        snapshot = next(f for f in slow.sent[before:] if f["t"] == "room")
        (other,) = snapshot["others"]
        assert (other["x"], other["y"]) == (129, 500), "the snapshot shows where things are now"
        # The busy visitor was never held back by the slow one.
        walks = [w for f in busy.sent if f["t"] == "tick" for w in f.get("walk", [])]
        assert len(walks) == 30
        # Where the socket can take frames at once, the ticks go straight out.
        assert (busy.sent_now > 25) == immediate
        assert hub.stats.queue_drops > 0 and hub.stats.snapshots_resent == 1
        await hub.stop()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())


@pytest.mark.parametrize("immediate", [True, False], ids=["send_now", "asgi_send"])
def test_a_reader_stuck_past_the_slow_timeout_is_closed_and_leaves_the_nook(immediate: bool) -> None:
    async def scenario() -> None:
        clock = FakeClock()
        hub = make_hub(clock, send_queue=2, slow_timeout=1)
        await hub.start(timers=False)
        stuck, other = HeldTransport(immediate), HeldTransport(immediate)
        tasks = [asyncio.create_task(hub.serve(t, "127.0.0.1")) for t in (stuck, other)]
        stuck.say({"t": "hello", "v": 1, "name": "とまる", "look": LOOK, "room": "hiru"})
        other.say({"t": "hello", "v": 1, "name": "うごく", "look": LOOK, "room": "hiru"})
        await eventually(lambda: len(hub.world) == 2 and snapshots(other) and snapshots(stuck))
        stuck.reading.clear()
        for step in range(10):
            other.say({"t": "walk", "x": 200 + step, "y": 600})
            await settle()
            clock.advance(0.01)
            await hub.tick()
        hub.sweep()
        await settle()
        assert stuck.closed_with is None, "behind, but not yet for the slow timeout"
        clock.advance(1.0)
        hub.sweep()
        await eventually(lambda: len(hub.world) == 1)  # others stop seeing it at once
        await eventually(lambda: stuck.closed_with is not None)
        assert stuck.closed_with == 4004
        # Its reader hears the close a turn later, and only then is the connection forgotten.
        await eventually(lambda: hub.connection_count == 1)
        assert hub.stats.closes["slow"] == 1
        await hub.stop()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())


def test_timers_close_a_silent_newcomer_and_an_idle_visitor() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        hub = make_hub(clock, hello_timeout=5, idle_timeout=75)
        await hub.start(timers=False)
        silent, idle = HeldTransport(), HeldTransport()
        tasks = [asyncio.create_task(hub.serve(t, "127.0.0.1")) for t in (silent, idle)]
        idle.say({"t": "hello", "v": 1, "name": "ねむい", "look": LOOK, "room": "hiru"})
        await eventually(lambda: snapshots(idle))
        clock.advance(4.9)
        hub.sweep()
        await settle()
        assert silent.closed_with is None
        clock.advance(0.2)
        hub.sweep()
        await eventually(lambda: silent.closed_with == 4001)
        assert silent.sent == [{"t": "bye", "reason": "hello_timeout"}]
        assert idle.closed_with is None, "a visitor in the world has no hello deadline"
        clock.advance(75)
        hub.sweep()
        await eventually(lambda: idle.closed_with == 4000)
        assert idle.sent[-1] == {"t": "bye", "reason": "idle"}
        await hub.stop()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())


def test_the_sweep_asks_a_connection_only_once_a_timer_may_have_run_out(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from world.connection import ConnectionProtocol

    asked: list[float] = []
    expired = ConnectionProtocol.expired

    def counting(self: ConnectionProtocol, now: float) -> list:  # type: ignore[type-arg]
        asked.append(now)
        return expired(self, now)

    monkeypatch.setattr(ConnectionProtocol, "expired", counting)

    async def scenario() -> None:
        clock = FakeClock()
        hub = make_hub(clock, hello_timeout=5, idle_timeout=75)
        await hub.start(timers=False)
        visitor = HeldTransport()
        task = asyncio.create_task(hub.serve(visitor, "127.0.0.1"))
        visitor.say({"t": "hello", "v": 1, "name": "ねむい", "look": LOOK, "room": "hiru"})
        await eventually(lambda: snapshots(visitor))
        for _ in range(74):  # a sweep a second, as the hub's timer does
            hub.sweep()
            clock.advance(1.0)
        assert len(asked) == 1, "asked once; then nothing could run out before the idle timeout"
        clock.advance(1.0)
        hub.sweep()
        await eventually(lambda: visitor.closed_with == 4000)
        assert len(asked) == 2
        await hub.stop()
        await task

    asyncio.run(scenario())


def test_two_hubs_on_one_memory_bus_share_a_nook_like_two_servers() -> None:
    from world.brokers.memory import MemoryBus

    async def scenario() -> None:
        clock = FakeClock()
        bus = MemoryBus()
        hubs = [make_hub(clock, MemoryBroker(bus), counts_ms=50) for _ in range(2)]
        for hub in hubs:
            await hub.start(timers=False)
        one, two = HeldTransport(), HeldTransport()
        tasks = [asyncio.create_task(hubs[0].serve(one, "a")), asyncio.create_task(hubs[1].serve(two, "b"))]
        one.say({"t": "hello", "v": 1, "name": "ひだり", "look": LOOK, "room": "hoshi"})
        await eventually(lambda: snapshots(one))
        two.say({"t": "hello", "v": 1, "name": "みぎ", "look": LOOK, "room": "hoshi"})
        await eventually(lambda: snapshots(two))
        (snapshot,) = snapshots(two)
        assert [o["name"] for o in snapshot["others"]] == ["ひだり"], "the snapshot waited for the other hub"
        await hubs[1].tick()  # the join
        await settle()
        await hubs[0].tick()
        two.say({"t": "walk", "x": 321, "y": 654})
        await settle()
        await hubs[1].tick()  # publishes the walk
        await settle()
        await hubs[0].tick()  # delivers it
        assert any(w[1:] == [321, 654] for f in one.sent if f["t"] == "tick" for w in f.get("walk", []))
        await hubs[0].refresh_counts()
        await hubs[0].refresh_counts()  # owed since the check before: they go on their own now
        await hubs[0].send_owed_counts()
        assert one.sent[-1]["t"] == "counts" and one.sent[-1]["rooms"]["hoshi"] == 2
        # The right-hand server stops: the left one's visitor sees its avatar go.
        right_id = next(f["you"] for f in two.sent if f["t"] == "welcome")
        seen_before = len(one.sent)
        await hubs[1].stop()
        await asyncio.gather(tasks[1])
        await settle()
        await hubs[0].tick()
        assert any(right_id in f.get("leave", []) for f in one.sent[seen_before:])
        await hubs[0].stop()
        await asyncio.gather(tasks[0])

    asyncio.run(scenario())


def test_counts_ride_on_a_tick_and_reach_a_quiet_nook_on_their_own() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        hub = make_hub(clock)
        await hub.start(timers=False)
        walker, watcher, alone = HeldTransport(), HeldTransport(), HeldTransport()
        tasks = [asyncio.create_task(hub.serve(t, "127.0.0.1")) for t in (walker, watcher, alone)]
        walker.say({"t": "hello", "v": 1, "name": "あるく", "look": LOOK, "room": "asobi"})
        watcher.say({"t": "hello", "v": 1, "name": "みてる", "look": LOOK, "room": "asobi"})
        alone.say({"t": "hello", "v": 1, "name": "ひとり", "look": LOOK, "room": "mado"})
        await eventually(lambda: all(snapshots(t) for t in (walker, watcher, alone)))
        await hub.tick()  # the joins
        await hub.refresh_counts()
        walker.say({"t": "walk", "x": 300, "y": 500})
        await settle()
        await hub.tick()
        # In the busy nook the counts came in the same write as a tick, not on their own.
        assert watcher.writes[-1] == ["tick", "counts"]
        await hub.send_owed_counts()
        # The visitor alone in a quiet nook: counts owed since this check wait for a tick a whole
        # check longer (docs/protocol.md §5), and go on their own only after the next check.
        assert alone.writes[-1] == ["tick"], "counts went alone before a check had passed"  # its join
        await hub.refresh_counts()  # unchanged: still owed since the check before
        await hub.send_owed_counts()
        assert ["counts"] not in watcher.writes
        # The visitor alone in a quiet nook still gets them, on their own.
        assert alone.writes[-1] == ["counts"]
        counts = [f for f in alone.sent if f["t"] == "counts"]
        assert counts[-1]["rooms"]["asobi"] == 2 and counts[-1]["total"] == 3
        # Changed again and again: each time owed afresh only once they were sent.
        mover = HeldTransport()
        tasks.append(asyncio.create_task(hub.serve(mover, "127.0.0.1")))
        mover.say({"t": "hello", "v": 1, "name": "くる", "look": LOOK, "room": "hiru"})
        await eventually(lambda: snapshots(mover))
        await hub.refresh_counts()  # changed: owed from this check
        await hub.send_owed_counts()
        assert alone.writes[-1] == ["counts"] and len(alone.writes) == len(counts) + 1
        mover.say({"t": "enter", "room": "tana"})
        await eventually(lambda: len(snapshots(mover)) == 2)
        await hub.refresh_counts()  # changed again: still owed since the check before
        await hub.send_owed_counts()
        assert [f for f in alone.sent if f["t"] == "counts"][-1]["total"] == 4
        await hub.stop()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())


@pytest.mark.parametrize("reading", [True, False], ids=["at_once", "socket_full"])
def test_a_newcomers_welcome_and_room_leave_in_one_write(reading: bool) -> None:
    """On loopback each write costs the server the reader's kernel work too: an arrival's two
    first frames go together. A socket that cannot take them now gets them queued, in order."""

    async def scenario() -> None:
        clock = FakeClock()
        hub = make_hub(clock)
        await hub.start(timers=False)
        there, newcomer = HeldTransport(), HeldTransport()
        tasks = [asyncio.create_task(hub.serve(there, "127.0.0.1"))]
        there.say({"t": "hello", "v": 1, "name": "いるよ", "look": LOOK, "room": "hoshi"})
        await eventually(lambda: snapshots(there))
        if not reading:
            newcomer.reading.clear()
        tasks.append(asyncio.create_task(hub.serve(newcomer, "127.0.0.1")))
        newcomer.say({"t": "hello", "v": 1, "name": "きたよ", "look": LOOK, "room": "hoshi"})
        await settle()
        newcomer.reading.set()
        await eventually(lambda: snapshots(newcomer))
        # The counts ride with the snapshot: they are otherwise sent only when they change.
        first = ["welcome", "room", "counts"]
        assert [frame["t"] for frame in newcomer.sent] == first
        assert newcomer.writes == ([first] if reading else [])
        room = snapshots(newcomer)[0]
        assert (room["you"]["name"], [other["name"] for other in room["others"]]) == ("きたよ", ["いるよ"])
        # Nothing stays held: the next frame leaves on its own, as before.
        there.say({"t": "walk", "x": 300, "y": 500})
        await settle()
        await hub.tick()
        assert newcomer.writes[-1] == ["tick"]
        await hub.stop()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())


def test_nothing_follows_a_goodbye() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        hub = make_hub(clock)
        await hub.start(timers=False)
        leaving, staying = HeldTransport(), HeldTransport()
        tasks = [asyncio.create_task(hub.serve(t, "127.0.0.1")) for t in (leaving, staying)]
        for transport, name in ((leaving, "さよなら"), (staying, "のこる")):
            transport.say({"t": "hello", "v": 1, "name": name, "look": LOOK, "room": "tana"})
        await eventually(lambda: snapshots(leaving) and snapshots(staying))
        await hub.refresh_counts()
        leaving.say({"t": "walk", "x": 999_999, "y": 1})  # out of range: bad_frame
        staying.say({"t": "walk", "x": 400, "y": 500})
        await eventually(lambda: leaving.closed_with is not None)
        await hub.tick()
        await hub.send_owed_counts()
        assert leaving.closed_with == 4002
        assert leaving.sent[-1] == {"t": "bye", "reason": "bad_frame"}
        await hub.stop()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())


def test_a_stretched_tick_is_what_newcomers_are_told_and_what_the_metrics_show() -> None:
    from world.metrics import HubCollector

    def tick_metrics(hub: Hub) -> dict[str, float]:
        wanted = ("kakurega_tick_interval_seconds", "kakurega_tick_interval_changes")
        return {
            sample.name: sample.value
            for family in HubCollector(hub).collect()
            for sample in family.samples
            if sample.name.startswith(wanted)
        }

    def welcome_of(transport: HeldTransport) -> dict:
        return next(f for f in transport.sent if f["t"] == "welcome")

    async def scenario() -> None:
        clock = FakeClock()
        hub = make_hub(clock, tick_ms=100, tick_max_ms=200, tick_parts=4)
        await hub.start(timers=False)
        early, late = HeldTransport(), HeldTransport()
        tasks = [asyncio.create_task(hub.serve(early, "127.0.0.1"))]
        early.say({"t": "hello", "v": 1, "name": "はやい", "look": LOOK, "room": "hiru"})
        await eventually(lambda: snapshots(early))
        assert tick_metrics(hub)["kakurega_tick_interval_seconds"] == 0.1
        # A second (and a part) of tick parts whose flushes take 60 % of a core, as the tick
        # loop reports them.
        for _ in range(41):
            clock.advance(0.025)
            hub.paced(clock(), 0.001, 0.015)
        tasks.append(asyncio.create_task(hub.serve(late, "127.0.0.1")))
        late.say({"t": "hello", "v": 1, "name": "おそい", "look": LOOK, "room": "hiru"})
        await eventually(lambda: snapshots(late))
        assert welcome_of(early)["limits"]["tick_ms"] == 100
        assert welcome_of(late)["limits"]["tick_ms"] == 125
        assert tick_metrics(hub) == {
            "kakurega_tick_interval_seconds": 0.125,
            "kakurega_tick_interval_changes_total": 1.0,
        }
        await hub.stop()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())
