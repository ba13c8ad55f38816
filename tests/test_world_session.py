"""Per-connection rules and timers, the send queue and the limits — all with a fake clock."""

from __future__ import annotations

import msgpack
import pytest

from rooms.catalogue import ROOMS
from world.limits import Limits, TokenBucket
from world.outbox import Outbox
from world.protocol import Hello, Ping, ProtocolError, Walk
from world.session import Phase, Session

LOOK = {"shape": "maru", "color": "mizu", "acc": "none"}
HELLO = msgpack.packb({"t": "hello", "v": 1, "name": "そら", "look": LOOK})
WALK = msgpack.packb({"t": "walk", "x": 1, "y": 2})


def session(now: float = 0.0, **limits: float) -> Session:
    return Session(Limits(**limits), frozenset(ROOMS), now)


def refused(s: Session, data: bytes | str, now: float) -> str:
    with pytest.raises(ProtocolError) as caught:
        s.receive(data, now)
    return caught.value.reason


def test_only_hello_or_ping_before_hello() -> None:
    s = session()
    assert refused(s, WALK, 0.1) == "bad_frame"
    s = session()
    assert isinstance(s.receive(msgpack.packb({"t": "ping", "n": 1}), 0.1), Ping)
    assert isinstance(s.receive(HELLO, 0.2), Hello)
    s.welcomed()
    assert s.phase is Phase.IN_WORLD
    assert isinstance(s.receive(WALK, 0.3), Walk)
    assert refused(s, HELLO, 0.4) == "bad_frame"


def test_unknown_version_is_refused_as_version() -> None:
    s = session()
    data = msgpack.packb({"t": "hello", "v": 2, "name": "a", "look": LOOK})
    assert refused(s, data, 0.1) == "version"


def test_oversized_frames_are_too_big() -> None:
    s = session(max_frame_bytes=100)
    assert refused(s, b"\x00" * 101, 0.1) == "too_big"


def test_frame_floods_are_too_fast() -> None:
    s = session(frames_per_second=10, frames_burst=5)
    s.receive(HELLO, 0.0)
    s.welcomed()
    for _ in range(4):
        s.receive(WALK, 0.0)
    assert refused(s, WALK, 0.0) == "too_fast"


def test_a_steady_pace_under_the_limit_is_fine() -> None:
    s = session(frames_per_second=10, frames_burst=2)
    s.receive(HELLO, 0.0)
    s.welcomed()
    for step in range(1, 200):
        s.receive(WALK, step * 0.11)


def test_hello_deadline_and_a_longer_one_after_a_refused_name() -> None:
    s = session(hello_timeout=5, rename_timeout=100, idle_timeout=1000)
    assert s.expired(4.9) is None
    assert s.expired(5.0) == "hello_timeout"
    s = session(hello_timeout=5, rename_timeout=100, idle_timeout=1000)
    s.name_refused(1.0)
    assert s.expired(50.0) is None
    assert s.expired(101.0) == "hello_timeout"


def test_idle_timeout_counts_from_the_last_frame() -> None:
    s = session(idle_timeout=60)
    s.receive(HELLO, 1.0)
    s.welcomed()
    assert s.expired(60.9) is None
    s.receive(WALK, 30.0)
    assert s.expired(89.0) is None
    assert s.expired(90.0) == "idle"


def test_token_bucket_refills_at_its_rate() -> None:
    bucket = TokenBucket(rate=2, burst=2, now=0)
    assert bucket.take(0) and bucket.take(0) and not bucket.take(0)
    assert bucket.take(0.5) and not bucket.take(0.5)


def test_outbox_turns_stale_when_full_and_then_wants_a_snapshot() -> None:
    box = Outbox(limit=2)
    assert box.push(b"1", 0) and box.push(b"2", 0)
    assert not box.push(b"3", 1.0)
    assert len(box) == 0 and not box.push(b"4", 1.5)
    assert box.needs_snapshot()
    assert not box.is_stuck(5.0, slow_timeout=10) and box.is_stuck(11.0, slow_timeout=10)
    box.caught_up()
    assert box.push(b"5", 12) and box.pop() == b"5" and box.pop() is None


def test_urgent_frames_go_out_even_when_stale() -> None:
    box = Outbox(limit=1)
    box.push(b"1", 0)
    box.push(b"2", 0)
    box.push_urgent(b"pong")
    assert not box.needs_snapshot()
    assert box.pop() == b"pong" and box.needs_snapshot()
