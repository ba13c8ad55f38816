"""ConnectionProtocol on its own: frames and times in, actions out, no event loop."""

from __future__ import annotations

import re
from pathlib import Path

import msgpack

import safety
from rooms.catalogue import room_shapes
from world.brokers.base import Counts
from world.connection import Close, ConnectionProtocol, Place, Send, Shared
from world.limits import Limits
from world.protocol import Pose, Walk

LOOK = {"shape": "maru", "color": "mizu", "acc": "leaf"}
ROOT = Path(__file__).resolve().parents[1]


def make(now: float = 0.0, **limits: float) -> ConnectionProtocol:
    slugs = frozenset(shape.slug for shape in room_shapes())
    shared = Shared(Limits(**limits), slugs, safety.check_name, safety.refusal_message)
    shared.set_counts(Counts({**dict.fromkeys(slugs, 0), "hoshi": 4}, scope="all"))
    return ConnectionProtocol("abcdefgh", shared, now)


def frame(**message: object) -> bytes:
    return msgpack.packb(message)


def sent(actions: list) -> list[dict]:
    return [msgpack.unpackb(a.frame) for a in actions if isinstance(a, Send)]


def test_a_hello_is_welcomed_then_placed_in_its_room() -> None:
    connection = make()
    actions = connection.receive(frame(t="hello", v=1, name="そら", look=LOOK, room="hoshi"), 0.1, 7)
    (welcome,) = sent(actions)
    assert welcome["t"] == "welcome" and welcome["you"] == "abcdefgh" and welcome["rooms"]["hoshi"] == 4
    assert actions[0].urgent
    assert actions[1] == Place("hoshi", "そら", LOOK)
    assert connection.in_world


def test_a_refused_name_waits_for_another_and_nothing_else_happens() -> None:
    connection = make()
    actions = connection.receive(frame(t="hello", v=1, name="しね", look=LOOK), 0.1, 7)
    (refusal,) = sent(actions)
    assert refusal["t"] == "name_refused" and len(actions) == 1
    assert not connection.in_world
    assert connection.expired(60.0) == [], "a refusal gives a longer deadline"
    actions = connection.receive(frame(t="hello", v=1, name="ゆき", look=LOOK), 61.0, 7)
    assert actions[1] == Place("genkan", "ゆき", LOOK)


def test_walks_poses_pings_and_moves_become_actions() -> None:
    connection = make()
    connection.receive(frame(t="hello", v=1, name="そら", look=LOOK, room="hoshi"), 0.0, 0)
    assert connection.receive(frame(t="walk", x=3, y=4), 0.1, 0) == [Walk(3, 4)]
    assert connection.receive(frame(t="pose", p="sit"), 0.2, 0) == [Pose("sit")]
    assert sent(connection.receive(frame(t="ping", n=9), 0.3, 1234)) == [{"t": "pong", "n": 9, "ts": 1234}]
    assert connection.receive(frame(t="enter", room="hoshi"), 0.4, 0) == [], "already there"
    assert connection.receive(frame(t="enter", room="hiru"), 0.5, 0) == [Place("hiru", "そら", LOOK)]


def test_a_bad_frame_closes_once_and_nothing_follows() -> None:
    connection = make()
    assert connection.receive(frame(t="walk", x=1, y=1), 0.1, 0) == [Close("bad_frame", 4002)]
    assert connection.receive(frame(t="ping", n=1), 0.2, 0) == []
    assert connection.close("draining", retry_ms=900) == []
    assert connection.placed(b"snapshot") == []
    assert connection.expired(1000.0) == []


def test_timers_and_the_slow_consumer_rule() -> None:
    connection = make(hello_timeout=5, send_queue=2, slow_timeout=10)
    assert connection.expired(4.9) == []
    assert connection.expired(5.0) == [Close("hello_timeout", 4001)]

    behind = make(send_queue=2, slow_timeout=10)
    behind.receive(frame(t="hello", v=1, name="そら", look=LOOK), 0.0, 0)
    assert behind.queue(b"1", 1.0, urgent=False) and behind.queue(b"2", 1.0, urgent=False)
    assert not behind.queue(b"3", 1.0, urgent=False), "the queue overflowed: its deltas are dropped"
    assert behind.queue(b"pong", 1.0, urgent=True), "urgent frames still go"
    assert behind.next_to_write() == b"pong" and behind.next_to_write() is None
    assert behind.needs_snapshot() and not behind.needs_snapshot(), "one snapshot replaces what was lost"
    stuck = make(send_queue=1, slow_timeout=10)
    stuck.receive(frame(t="hello", v=1, name="そら", look=LOOK), 0.0, 0)
    stuck.queue(b"1", 1.0, urgent=False)
    stuck.queue(b"2", 1.0, urgent=False)
    stuck.receive(frame(t="ping", n=1), 10.5, 0)  # not idle
    assert stuck.expired(10.9) == []
    assert stuck.expired(11.0) == [Close("slow", 4004)]


def test_a_connection_says_until_when_none_of_its_timers_can_run_out() -> None:
    # The hub's sweep passes over a connection until ``quiet_until`` without asking it.
    connection = make(hello_timeout=5, idle_timeout=75, rename_timeout=180, send_queue=1, slow_timeout=10)
    assert connection.quiet_until == 0.0, "asked at the first sweep"
    assert connection.expired(1.0) == [] and connection.quiet_until == 5.0  # the hello deadline
    connection.receive(frame(t="hello", v=1, name="しね", look=LOOK), 2.0, 0)
    assert connection.quiet_until == 0.0, "a refused name has a deadline of its own: asked again"
    assert connection.expired(3.0) == [] and connection.quiet_until == 77.0  # idle before 182
    connection.receive(frame(t="hello", v=1, name="そら", look=LOOK), 4.0, 0)
    assert connection.expired(5.0) == [] and connection.quiet_until == 79.0  # idle, from the hello
    connection.receive(frame(t="walk", x=3, y=4), 30.0, 0)
    assert connection.quiet_until == 79.0, "a frame only puts the idle timer off: kept until asked"
    assert connection.expired(79.0) == [] and connection.quiet_until == 105.0
    assert connection.queue(b"1", 80.0, urgent=False)
    assert not connection.queue(b"2", 80.0, urgent=False) and connection.quiet_until == 0.0, "behind"
    assert connection.expired(81.0) == [] and connection.quiet_until == 90.0  # the slow timer
    assert connection.expired(90.0) == [Close("slow", 4004)]


def test_counts_are_owed_only_in_the_world_and_never_after_a_goodbye() -> None:
    connection = make()
    connection.counts_changed()
    assert not connection.owes_counts
    connection.receive(frame(t="hello", v=1, name="そら", look=LOOK), 0.0, 0)
    connection.counts_changed()
    assert connection.owes_counts
    connection.close("idle")
    assert not connection.owes_counts


def welcome_of(connection: ConnectionProtocol, name: str = "そら") -> bytes:
    actions = connection.receive(frame(t="hello", v=1, name=name, look=LOOK), 0.0, 0)
    return actions[0].frame


def encoded_at_once(connection: ConnectionProtocol, welcome: bytes) -> bytes:
    """The ``welcome`` a connection sent, as one ``msgpack.packb`` of its message gives it."""
    shared = connection.shared
    message = msgpack.unpackb(welcome)
    counts = shared.counts
    assert message["rooms"] == counts.rooms and message["total"] == counts.total
    assert message["limits"] == shared.client_limits
    return msgpack.packb(message)


def test_newcomers_after_new_counts_or_a_new_tick_are_welcomed_with_them() -> None:
    # The welcome keeps its counts and limits encoded (``Shared.welcome_tail``): made again on a change.
    first = make()
    welcome = welcome_of(first)
    assert welcome == encoded_at_once(first, welcome)
    assert list(msgpack.unpackb(welcome)) == ["t", "v", "you", "name", "look", "rooms", "total", "limits"]
    shared = first.shared
    shared.set_counts(Counts({**shared.counts.rooms, "hoshi": 9, "genkan": 3}, scope="all"))
    connection = ConnectionProtocol("ijklmnop", shared, 0.0)
    welcome = welcome_of(connection)
    assert msgpack.unpackb(welcome)["rooms"]["hoshi"] == 9 and msgpack.unpackb(welcome)["total"] == 12
    assert welcome == encoded_at_once(connection, welcome)
    shared.set_tick_ms(180)
    connection = ConnectionProtocol("qrstuvwx", shared, 0.0)
    welcome = welcome_of(connection, "ゆき")
    assert msgpack.unpackb(welcome)["limits"]["tick_ms"] == 180
    assert welcome == encoded_at_once(connection, welcome)


SERVER_MESSAGES = ("welcome", "name_refused", "room", "tick", "counts", "pong", "bye")


def test_every_server_message_is_built_in_world_protocol_only() -> None:
    kinds = "|".join(SERVER_MESSAGES)
    pattern = re.compile(rf"""["']t["']\s*:\s*["']({kinds})["']""")
    builders = []
    for path in [*ROOT.glob("world/**/*.py"), ROOT / "server.py", *ROOT.glob("rooms/**/*.py")]:
        for match in pattern.finditer(path.read_text()):
            builders.append((path.relative_to(ROOT).as_posix(), match.group(1)))
    assert {path for path, _ in builders} == {"world/protocol.py"}, builders
    assert sorted(kind for _, kind in builders) == sorted(SERVER_MESSAGES)


def test_the_name_policy_reads_a_name_once_and_its_verdict_is_kept() -> None:
    read: list[str] = []

    def policy(name: str) -> safety.NameVerdict:
        read.append(name)
        return safety.check_name(name)

    slugs = frozenset(shape.slug for shape in room_shapes())
    shared = Shared(Limits(), slugs, policy, safety.refusal_message)
    hellos = [("そら", "genkan"), ("しね", None), ("そら", "genkan"), ("しね", None), ("ゆき", "genkan")]
    for index, (name, placed_in) in enumerate(hellos):
        actions = ConnectionProtocol(f"v{index}", shared, 0.0).receive(
            frame(t="hello", v=1, name=name, look=LOOK), 0.1, 7
        )
        if placed_in is None:
            assert sent(actions)[0]["t"] == "name_refused", "a refusal kept is still a refusal"
        else:
            assert actions[1] == Place(placed_in, name, LOOK)
    assert read == ["そら", "しね", "ゆき"], "each name read once"
