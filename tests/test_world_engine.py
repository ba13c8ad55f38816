"""The sans-I/O engine: deterministic, no sockets, no sleeps."""

from __future__ import annotations

import random

import msgpack
import pytest

from rooms.catalogue import ROOMS, room_shapes
from world.engine import JOIN_WAIT_TICKS, World

LOOK = {"shape": "maru", "color": "mizu", "acc": "none"}


def make_world(origin: str = "a", join_wait_ticks: int = 0) -> World:
    # Joins go out on the next tick here unless a test is about their waiting (the last ones).
    return World(room_shapes(), origin=origin, rng=random.Random(7), join_wait_ticks=join_wait_ticks)


def frames_for(world: World, avatar_id: str, *, publish: bool = False) -> list[dict]:
    return [
        msgpack.unpackb(flush.frame)
        for flush in world.flush(publish=publish)
        if flush.frame is not None and avatar_id in flush.recipients
    ]


def test_a_newcomer_is_placed_on_the_floor_and_sees_the_others() -> None:
    world = make_world()
    world.join("one", "そら", LOOK, "hoshi", 0)
    world.join("two", "ゆき", LOOK, "hoshi", 0)
    snapshot = msgpack.unpackb(world.snapshot("two", room_count=2))
    floor = ROOMS["hoshi"].walkable
    assert snapshot["room"] == "hoshi" and snapshot["nook"] == 0 and snapshot["count"] == 2
    assert [other["id"] for other in snapshot["others"]] == ["one"]
    you = snapshot["you"]
    assert floor.x0 <= you["x"] <= floor.x1 and floor.y0 <= you["y"] <= floor.y1
    assert you["p"] == "stand" and you["name"] == "ゆき"


def test_a_snapshot_shows_everyone_else_in_order_of_joining_whoever_asks() -> None:
    world = make_world()
    for avatar_id in ("one", "two", "three"):
        world.join(avatar_id, "そら", LOOK, "hoshi", 0)
    world.join("elsewhere", "そら", LOOK, "hoshi", 1)
    # The newest (the common case: an arrival's own snapshot), then one a queue overflow resends.
    for asking, others in (("three", ["one", "two"]), ("two", ["one", "three"]), ("one", ["two", "three"])):
        snapshot = msgpack.unpackb(world.snapshot(asking, room_count=3))
        assert snapshot["you"]["id"] == asking
        assert [other["id"] for other in snapshot["others"]] == others
    assert msgpack.unpackb(world.snapshot("elsewhere", room_count=3))["others"] == []


def test_one_frame_per_nook_per_tick_shared_by_every_member() -> None:
    world = make_world()
    for name in ("one", "two", "three"):
        world.join(name, name, LOOK, "kabe", 0)
    world.flush()
    world.walk("one", 100, 500)
    world.set_pose("two", "sit")
    flushes = world.flush()
    assert len(flushes) == 1
    flush = flushes[0]
    assert set(flush.recipients) == {"one", "two", "three"}
    message = msgpack.unpackb(flush.frame)
    assert message == {"t": "tick", "walk": [["one", 100, 500]], "pose": [["two", "sit"]]}


def test_repeated_walks_in_one_tick_collapse_to_the_last() -> None:
    world = make_world()
    world.join("one", "one", LOOK, "kabe", 0)
    world.flush()
    for x in (100, 200, 300):
        world.walk("one", x, 500)
    (message,) = frames_for(world, "one")
    assert message["walk"] == [["one", 300, 500]]


def test_walks_are_clamped_to_the_walkable_floor() -> None:
    world = make_world()
    world.join("one", "one", LOOK, "kabe", 0)
    world.flush()
    world.walk("one", 65535, 0)
    (message,) = frames_for(world, "one")
    floor = ROOMS["kabe"].walkable
    assert message["walk"] == [["one", floor.x1, floor.y0]]


def test_a_walk_right_after_joining_travels_inside_the_join() -> None:
    world = make_world()
    world.join("one", "one", LOOK, "kabe", 0)
    world.flush()
    world.join("two", "two", LOOK, "kabe", 0)
    world.walk("two", 500, 600)
    (message,) = frames_for(world, "one")
    assert "walk" not in message
    assert message["join"][0]["id"] == "two" and (message["join"][0]["x"], message["join"][0]["y"]) == (
        500,
        600,
    )


def test_empty_ticks_send_nothing() -> None:
    world = make_world()
    world.join("one", "one", LOOK, "kabe", 0)
    world.flush()
    assert world.flush() == []
    world.set_pose("one", "stand")  # unchanged pose is not a change
    assert world.flush() == []


def test_nooks_do_not_see_each_other() -> None:
    world = make_world()
    world.join("one", "one", LOOK, "kabe", 0)
    world.join("two", "two", LOOK, "kabe", 1)
    world.flush()
    world.walk("two", 300, 500)
    flushes = world.flush()
    assert [flush.recipients for flush in flushes] == [("two",)]
    assert msgpack.unpackb(world.snapshot("one", 2))["others"] == []


def test_leaving_tells_the_nook_and_forgets_the_empty_nook() -> None:
    world = make_world()
    world.join("one", "one", LOOK, "kabe", 0)
    world.join("two", "two", LOOK, "kabe", 0)
    world.flush()
    assert world.leave("two") == ("kabe", 0)
    (message,) = frames_for(world, "one")
    assert message == {"t": "tick", "leave": ["two"]}
    world.leave("one")
    world.flush()
    assert not world.has_local_members(("kabe", 0))
    assert world.leave("one") is None
    assert world.local_counts()["kabe"] == 0


def test_joining_twice_is_refused() -> None:
    world = make_world()
    world.join("one", "one", LOOK, "kabe", 0)
    with pytest.raises(ValueError):
        world.join("one", "one", LOOK, "hiru", 0)


def test_local_counts_per_room() -> None:
    world = make_world()
    for index in range(5):
        world.join(f"k{index}", "k", LOOK, "kabe", 0)
    world.join("h", "h", LOOK, "hiru", 0)
    counts = world.local_counts()
    assert counts["kabe"] == 5 and counts["hiru"] == 1 and counts["genkan"] == 0
    assert set(counts) == set(ROOMS)


# -- two servers sharing nooks --------------------------------------------------------


def exchange(sender: World, receiver: World) -> None:
    """Carry everything ``sender`` publishes to ``receiver``, as a broker would."""
    for flush in sender.flush(publish=True):
        if flush.publication is not None:
            receiver.apply_remote(flush.key, flush.publication)


def test_two_servers_see_each_others_avatars_through_publications() -> None:
    a, b = make_world("a"), make_world("b")
    a.join("alice", "あり", LOOK, "hoshi", 0)
    b.join("bob", "ぼぶ", LOOK, "hoshi", 0)
    exchange(a, b)
    exchange(b, a)
    a.walk("alice", 111, 555)
    exchange(a, b)
    (message,) = frames_for(b, "bob")
    assert message == {"t": "tick", "walk": [["alice", 111, 555]]}
    assert {m.id for m in b.nook_members(("hoshi", 0))} == {"alice", "bob"}


def test_a_sync_request_is_answered_with_the_local_members() -> None:
    a, b = make_world("a"), make_world("b")
    a.join("alice", "あり", LOOK, "hoshi", 0)
    a.flush(publish=True)
    b.join("bob", "ぼぶ", LOOK, "hoshi", 0)
    reply = a.apply_remote(("hoshi", 0), b.sync_request())
    assert reply is not None
    b.apply_remote(("hoshi", 0), reply)
    assert [other["id"] for other in msgpack.unpackb(b.snapshot("bob", 2))["others"]] == ["alice"]


def test_a_lost_server_takes_its_avatars_with_it() -> None:
    a, b = make_world("a"), make_world("b")
    a.join("alice", "あり", LOOK, "hoshi", 0)
    b.join("bob", "ぼぶ", LOOK, "hoshi", 0)
    exchange(a, b)
    b.flush()
    assert b.forget_origin("a") == 1
    (message,) = frames_for(b, "bob")
    assert message == {"t": "tick", "leave": ["alice"]}


def test_a_server_ignores_its_own_echo_and_garbage() -> None:
    a = make_world("a")
    a.join("alice", "あり", LOOK, "hoshi", 0)
    flushes = a.flush(publish=True)
    assert a.apply_remote(("hoshi", 0), flushes[0].publication) is None
    assert a.apply_remote(("hoshi", 0), b"\xc1garbage") is None
    assert a.apply_remote(("hoshi", 0), msgpack.packb({"o": "z", "t": "d", "join": [{"id": 1}]})) is None
    assert a.flush() == []


def test_a_tick_in_parts_flushes_every_changed_nook_exactly_once() -> None:
    world = make_world()
    rooms = sorted(world.rooms)
    for index in range(24):
        world.join(f"v{index}", "そら", LOOK, rooms[index % len(rooms)], index // len(rooms))
    world.flush()
    for index in range(24):
        world.walk(f"v{index}", 300 + index, 500)
    changed = {world.place_of(f"v{index}") for index in range(24)}
    flushed = [[flush.key for flush in world.flush(part=part, parts=4)] for part in range(4)]
    every = [key for part in flushed for key in part]
    assert sorted(every) == sorted(changed), "each changed nook once, in one of the parts"
    assert sum(1 for part in flushed if part) > 1, "the nooks are spread over the parts"
    assert world.flush() == [], "nothing is left over for the next tick"
    # A nook's part never changes: the same walks again land in the same parts.
    for index in range(24):
        world.walk(f"v{index}", 400 + index, 500)
    again = [[flush.key for flush in world.flush(part=part, parts=4)] for part in range(4)]
    assert [sorted(part) for part in again] == [sorted(part) for part in flushed]


# -- joins waiting for company --------------------------------------------------------


def test_joins_alone_wait_for_company_then_go_out_together() -> None:
    world = make_world(join_wait_ticks=JOIN_WAIT_TICKS)
    world.join("one", "one", LOOK, "kabe", 0)
    arrivals = []
    for tick in range(JOIN_WAIT_TICKS):
        arrivals.append(f"new{tick}")
        world.join(arrivals[-1], "new", LOOK, "kabe", 0)
        assert world.flush() == [], "joins alone wait"
    (flush,) = world.flush()
    assert set(flush.recipients) == {"one", *arrivals}
    assert [joined["id"] for joined in msgpack.unpackb(flush.frame)["join"]] == ["one", *arrivals]
    assert world.flush() == [], "sent once"
    world.join("late", "late", LOOK, "kabe", 0)
    assert world.flush() == [], "the wait starts again with the next join"


@pytest.mark.parametrize("change", ["walk", "pose", "leave", "own walk"])
def test_anything_but_a_join_takes_the_waiting_joins_out_on_the_next_tick(change: str) -> None:
    world = make_world(join_wait_ticks=JOIN_WAIT_TICKS)
    for name in ("one", "two"):
        world.join(name, name, LOOK, "kabe", 0)
    for _ in range(JOIN_WAIT_TICKS + 1):
        world.flush()
    world.join("new", "new", LOOK, "kabe", 0)
    assert world.flush() == []
    if change == "walk":
        world.walk("one", 300, 500)
    elif change == "pose":
        world.set_pose("one", "sit")
    elif change == "leave":
        world.leave("two")
    else:  # the newcomer's own walk travels inside its join, and is not kept waiting either
        world.walk("new", 300, 500)
    (message,) = frames_for(world, "one")
    assert [joined["id"] for joined in message["join"]] == ["new"]


def test_waiting_joins_are_published_to_the_other_servers_at_once() -> None:
    a, b = make_world("a", JOIN_WAIT_TICKS), make_world("b", JOIN_WAIT_TICKS)
    b.join("bob", "ぼぶ", LOOK, "hoshi", 0)
    for _ in range(JOIN_WAIT_TICKS + 1):
        b.flush()
    a.join("alice", "あり", LOOK, "hoshi", 0)
    exchange(a, b)
    assert {m.id for m in b.nook_members(("hoshi", 0))} == {"alice", "bob"}
    assert frames_for(b, "bob") == [], "bob's server lets the remote join wait as its own"
    b.walk("bob", 300, 500)
    (message,) = frames_for(b, "bob")
    assert [joined["id"] for joined in message["join"]] == ["alice"]


def _room_from_scratch(world: World, avatar_id: str, room_count: int) -> bytes:
    """The ``room`` frame encoded anew from every member's present state: what a snapshot must equal."""
    avatar = world.avatar(avatar_id)
    key = world.place_of(avatar_id)
    assert key is not None
    others = [other.as_message() for other in world.nook_members(key) if other is not avatar]
    message = {"t": "room", "room": key[0], "nook": key[1], "count": room_count}
    message |= {"you": avatar.as_message(), "others": others}
    return msgpack.packb(message, use_bin_type=True)


def test_a_newcomers_snapshot_reads_only_those_who_joined_since_the_last_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # In an arrival burst each newcomer's ``room`` showed the ~40 already in the nook, each of their
    # entries read again; the nook keeps them (``Nook.entries``) until one of them moves or leaves.
    from world import protocol

    world = make_world()
    for n in range(30):
        world.join(f"m{n}", "そら", LOOK, "hoshi", 0)
    world.snapshot("m29", room_count=30)
    read: list[int] = []
    real = protocol.avatar_entries

    def counting(avatars):  # type: ignore[no-untyped-def]
        entries = real(avatars)
        read.append(len(entries))
        return entries

    monkeypatch.setattr(protocol, "avatar_entries", counting)
    world.join("new", "ゆき", LOOK, "hoshi", 0)
    snapshot = world.snapshot("new", room_count=31)
    assert sum(read) <= 2, read  # the newcomer itself (and nobody else: m29 came with its snapshot)
    assert snapshot == _room_from_scratch(world, "new", 31)
    assert [other["id"] for other in msgpack.unpackb(snapshot)["others"]] == [f"m{n}" for n in range(30)]


def test_every_snapshot_shows_the_nook_as_it_is_whatever_happened_before() -> None:
    # Walks, poses, leaves, joins without a snapshot, another server's deltas and states, a server
    # forgotten, second snapshots: byte for byte what encoding every member afresh gives.
    rng = random.Random(11)
    a, b = make_world("a"), make_world("b")
    key = ("hoshi", 0)
    mine: list[str] = []
    theirs: list[str] = []
    for step in range(1500):
        roll = rng.random()
        if roll < 0.25 or not mine:
            avatar_id = f"a{step}"
            a.join(avatar_id, "そら", LOOK, "hoshi", 0)
            mine.append(avatar_id)
            if rng.random() < 0.8:
                assert a.snapshot(avatar_id, 9) == _room_from_scratch(a, avatar_id, 9)
        elif roll < 0.4:
            a.walk(rng.choice(mine), rng.randint(0, 2000), rng.randint(0, 2000))
        elif roll < 0.45:
            a.set_pose(rng.choice(mine), rng.choice(["stand", "sit", "wave"]))
        elif roll < 0.52 and len(mine) > 1:
            a.leave(mine.pop(rng.randrange(len(mine))))
        elif roll < 0.65:
            if rng.random() < 0.5 or not theirs:
                theirs.append(f"b{step}")
                b.join(theirs[-1], "ゆき", LOOK, "hoshi", 0)
            elif rng.random() < 0.3 and len(theirs) > 1:
                b.leave(theirs.pop(rng.randrange(len(theirs))))
            else:
                b.walk(rng.choice(theirs), rng.randint(0, 2000), rng.randint(0, 2000))
            for flush in b.flush(publish=True):
                if flush.publication is not None:
                    a.apply_remote(flush.key, flush.publication)
        elif roll < 0.67 and theirs:
            a.apply_remote(key, b.state_of(key) or b.sync_request())
        elif roll < 0.68 and theirs:
            a.forget_origin("b")
            b = make_world("b")
            theirs = []
        elif roll < 0.8:
            a.flush()
        else:
            avatar_id = rng.choice(mine)  # a catch-up snapshot, or a newcomer's second one
            assert a.snapshot(avatar_id, 9) == _room_from_scratch(a, avatar_id, 9)
