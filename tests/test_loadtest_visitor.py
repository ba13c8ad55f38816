"""One simulated visitor (loadtest/visitor.py): what it reads, what it counts, when it moves."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from typing import Any

import msgpack
import pytest

from loadtest import visitor as visitor_module
from loadtest.visitor import DISTINCT_NAMES, NAMES, TICK_PREFIX, Field, Moves, Visitor, distinct_name
from rooms.catalogue import room_shapes
from world.engine import World
from world.protocol import bye, encode

LOOK = {"shape": "maru", "color": "mizu", "acc": "none"}


class Timers:
    """A scheduler that runs nothing by itself: tests fire callbacks by hand."""

    def __init__(self) -> None:
        self.pending: list[Timer] = []

    def __call__(self, delay: float, callback: Callable[[], None]) -> Timer:
        timer = Timer(delay, callback)
        self.pending.append(timer)
        return timer

    def fire(self, callback_name: str) -> None:
        for timer in list(self.pending):
            if not timer.cancelled and getattr(timer.callback, "__name__", "") == callback_name:
                self.pending.remove(timer)
                timer.callback()
                return
        raise AssertionError(f"no {callback_name} timer pending")


class Timer:
    def __init__(self, delay: float, callback: Callable[[], None]) -> None:
        self.delay = delay
        self.callback = callback
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_field() -> tuple[Field, Clock, Timers]:
    clock, timers = Clock(), Timers()
    field = Field(clock, timers)
    field.window_start = 0.0
    field.measuring = True
    return field, clock, timers


def arrive(
    field: Field, you: str, room: str, others: list[str], *, observer: bool = True, moves: Moves | None = None
) -> tuple[Visitor, list[dict[str, Any]]]:
    visitor = Visitor(field, room, 5.0, random.Random(you), observer=observer, moves=moves)
    sent: list[dict[str, Any]] = []
    visitor.opened(lambda data: sent.append(msgpack.unpackb(data)))
    visitor.receive(encode({"t": "welcome", "you": you}))
    visitor.receive(snapshot(you, room, others))
    return visitor, sent


def snapshot(you: str, room: str, others: list[str]) -> bytes:
    return encode({"t": "room", "room": room, "you": {"id": you}, "others": [{"id": o} for o in others]})


def tick(**changes: Any) -> bytes:
    return encode({"t": "tick", **changes})


# -- recognising a tick without decoding it ------------------------------------------------


def real_ticks() -> list[bytes]:
    """Tick frames as the server's engine makes them, with every kind of change."""
    world = World(room_shapes(), rng=random.Random(3), join_wait_ticks=0)  # a tick of joins only
    frames: list[bytes] = []

    def flush() -> None:
        frames.extend(f.frame for f in world.flush() if f.frame is not None)

    world.join("aaaaaaaa", "そら", LOOK, "hoshi", 0)
    world.join("cccccccc", "はな", LOOK, "hoshi", 0)  # stays, so the last leave has a recipient
    flush()  # join only
    world.walk("aaaaaaaa", 100, 500)
    flush()  # walk only
    world.set_pose("aaaaaaaa", "sit")
    flush()  # pose only
    world.join("bbbbbbbb", "ゆき", LOOK, "hoshi", 0)
    world.walk("aaaaaaaa", 200, 600)
    world.set_pose("aaaaaaaa", "sleep")
    world.leave("bbbbbbbb")
    flush()  # leave, walk and pose together
    world.leave("aaaaaaaa")
    flush()  # leave only
    return frames


def test_the_tick_prefix_matches_every_tick_the_server_encodes() -> None:
    frames = real_ticks()
    assert len(frames) == 5
    for frame in frames:
        assert msgpack.unpackb(frame)["t"] == "tick"
        assert frame[1 : 1 + len(TICK_PREFIX)] == TICK_PREFIX


def test_no_other_server_message_looks_like_a_tick() -> None:
    world = World(room_shapes(), rng=random.Random(3))
    world.join("aaaaaaaa", "そら", LOOK, "hoshi", 0)
    others = [
        world.snapshot("aaaaaaaa", room_count=1),
        encode({"t": "welcome", "v": 1, "you": "aaaaaaaa", "name": "そら", "look": LOOK}),
        encode({"t": "counts", "rooms": {"hoshi": 1}, "total": 1, "scope": "all"}),
        encode({"t": "pong", "n": 7, "ts": 1}),
        encode({"t": "name_refused", "reason": "insult", "message": "…"}),
        bye("draining", 1000),
    ]
    for frame in others:
        assert frame[1 : 1 + len(TICK_PREFIX)] != TICK_PREFIX


def test_only_observers_decode_ticks_yet_everyone_counts_walk_updates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    field, _, _ = make_field()
    crowd = [arrive(field, f"id{n:06d}", "hoshi", [], observer=n < 4)[0] for n in range(40)]
    decoded: Counter[bytes] = Counter()
    unpackb = msgpack.unpackb

    def counting(data: bytes, **options: Any) -> Any:
        decoded[data] += 1
        return unpackb(data, **options)

    monkeypatch.setattr(visitor_module.msgpack, "unpackb", counting)
    frames = real_ticks()
    walks_per_frame = [len(unpackb(frame).get("walk", ())) for frame in frames]
    before = field.tally.walk_updates
    for frame in frames:
        for member in crowd:
            member.receive(frame)
    assert field.tally.walk_updates - before == 40 * sum(walks_per_frame)
    # Each frame: once for each of the 4 observers, once for the 36 others together.
    assert all(decoded[frame] == 4 + 1 for frame in frames)


def test_the_walk_count_memory_is_bounded_and_forgetting_keeps_counts_right() -> None:
    field, _, _ = make_field()
    listener, _ = arrive(field, "me000000", "hoshi", [], observer=False)
    kept = visitor_module._WALK_COUNTS_KEPT
    for n in range(kept + 10):
        listener.receive(tick(walk=[[f"x{n:07d}", 100, 500]]))
    assert len(field.walk_counts) <= kept
    assert field.tally.walk_updates == kept + 10


# -- walk→seen samples -------------------------------------------------------------------


def test_an_observer_samples_the_walks_of_others_it_knows() -> None:
    field, clock, _ = make_field()
    observer, _ = arrive(field, "me000000", "hoshi", ["friend00"])
    field.ledger["friend00"] = (300, 600, clock.now)
    field.ledger["me000000"] = (400, 500, clock.now)
    field.ledger["stranger"] = (500, 500, clock.now)
    clock.now += 0.075
    observer.receive(tick(walk=[["friend00", 300, 600], ["me000000", 400, 500], ["stranger", 500, 500]]))
    assert field.latency.count == 1 and field.tally.seen == 1
    assert field.latency.percentiles(50) == [pytest.approx(75.0, abs=0.1)]


def test_a_walk_of_an_avatar_that_left_is_no_sample_even_in_the_same_tick() -> None:
    field, clock, _ = make_field()
    observer, _ = arrive(field, "me000000", "hoshi", ["friend00"])
    field.ledger["friend00"] = (300, 600, clock.now)
    observer.receive(tick(leave=["friend00"], walk=[["friend00", 300, 600]]))
    assert field.latency.count == 0
    observer.receive(tick(join=[{"id": "friend00"}], walk=[["friend00", 300, 600]]))
    assert field.latency.count == 1


def test_no_false_samples_across_a_move() -> None:
    field, clock, timers = make_field()
    moves = Moves(120.0, {"hoshi": 1.0, "kabe": 1.0})
    observer, sent = arrive(field, "me000000", "hoshi", ["friend00"], moves=moves)
    field.ledger["friend00"] = (300, 600, clock.now)
    timers.fire("_move")
    assert sent[-1] == {"t": "enter", "room": "kabe"}
    # A hoshi tick still in flight: the friend is still beside us, a genuine sample.
    observer.receive(tick(walk=[["friend00", 300, 600]]))
    assert field.latency.count == 1
    # In kabe, with other people: the friend's walks are no longer ours to see.
    observer.receive(snapshot("me000000", "kabe", ["newface0"]))
    field.ledger["friend00"] = (310, 610, clock.now)
    observer.receive(tick(walk=[["friend00", 310, 610]]))
    assert field.latency.count == 1


# -- moves -------------------------------------------------------------------------------


def test_a_move_goes_to_another_room_by_weight_and_never_to_the_same() -> None:
    moves = Moves(120.0, {"genkan": 3.0, "hiru": 1.0, "hoshi": 0.0})
    rng = random.Random(5)
    picks = Counter(moves.pick("genkan", rng) for _ in range(200))
    assert picks == {"hiru": 200}  # hoshi weighs nothing, genkan is where we are
    picks = Counter(moves.pick("hoshi", rng) for _ in range(2000))
    assert set(picks) == {"genkan", "hiru"} and 2.5 < picks["genkan"] / picks["hiru"] < 3.5
    assert all(60.0 <= moves.wait(rng) <= 180.0 for _ in range(200))


def test_moves_are_off_with_one_room_or_no_period() -> None:
    assert not Moves(120.0, {"hoshi": 1.0}).enabled
    assert not Moves(0.0, {"hoshi": 1.0, "kabe": 1.0}).enabled
    field, _, timers = make_field()
    arrive(field, "me000000", "hoshi", [], moves=Moves(120.0, {"hoshi": 1.0}))
    with pytest.raises(AssertionError, match="no _move timer"):
        timers.fire("_move")


def test_moves_are_counted_with_their_snapshots_and_timed() -> None:
    field, clock, timers = make_field()
    moves = Moves(120.0, {"hoshi": 1.0, "kabe": 1.0, "hiru": 1.0})
    visitor, sent = arrive(field, "me000000", "hoshi", [], observer=False, moves=moves)
    first_wait = next(t.delay for t in timers.pending if t.callback.__name__ == "_move")
    assert 0 <= first_wait <= 120.0
    timers.fire("_move")
    target = sent[-1]["room"]
    assert sent[-1]["t"] == "enter" and target != "hoshi"
    assert field.tally.moves_sent == 1
    next_wait = next(t.delay for t in timers.pending if t.callback.__name__ == "_move")
    assert 60.0 <= next_wait <= 180.0
    clock.now += 0.02
    visitor.receive(snapshot("me000000", target, []))
    assert field.tally.rooms_entered == 1 and field.tally.catch_ups == 0
    assert field.moved.percentiles(50) == [pytest.approx(20.0, abs=0.1)]
    visitor.receive(snapshot("me000000", target, []))  # the server started us afresh
    assert field.tally.catch_ups == 1 and field.tally.rooms_entered == 1
    timers.fire("_move")
    assert sent[-1]["room"] != target


def test_a_closed_visitor_stops_walking_and_moving() -> None:
    field, _, timers = make_field()
    visitor, _ = arrive(field, "me000000", "hoshi", [], moves=Moves(120.0, {"hoshi": 1.0, "kabe": 1.0}))
    assert field.tally.connected == 1
    visitor.closed()
    assert field.tally.connected == 0
    assert all(timer.cancelled for timer in timers.pending)


def test_arrival_times_are_measured_from_the_attempt() -> None:
    field, clock, _ = make_field()
    visitor = Visitor(field, "hoshi", 5.0, random.Random(1))
    clock.now += 0.010
    visitor.opened(lambda data: None)
    clock.now += 0.005
    visitor.receive(encode({"t": "welcome", "you": "me000000"}))
    clock.now += 0.002
    visitor.receive(snapshot("me000000", "hoshi", []))
    arrivals = field.arrivals
    assert arrivals.upgraded.percentiles(50) == [pytest.approx(10.0, abs=0.1)]
    assert arrivals.welcomed.percentiles(50) == [pytest.approx(15.0, abs=0.1)]
    assert arrivals.placed.percentiles(50) == [pytest.approx(17.0, abs=0.1)]
    assert arrivals.last_placed == clock.now


def test_distinct_names_are_all_different_and_all_accepted_by_the_name_policy() -> None:
    from safety import check_name

    names = [distinct_name(i) for i in range(DISTINCT_NAMES)]
    assert len(set(names)) == DISTINCT_NAMES > 10_000  # the 10,000 visitors, none alike
    assert distinct_name(DISTINCT_NAMES) == names[0]  # then they repeat
    refused = {name: check_name(name).reason for name in names if not check_name(name).ok}
    assert refused == {}


def test_a_visitor_says_hello_with_the_name_it_was_given_or_one_of_the_few() -> None:
    field, _, _ = make_field()
    given = Visitor(field, "hoshi", 5.0, random.Random(1), name=distinct_name(12))
    assert msgpack.unpackb(given.hello)["name"] == distinct_name(12)
    assert msgpack.unpackb(Visitor(field, "hoshi", 5.0, random.Random(1)).hello)["name"] in NAMES
