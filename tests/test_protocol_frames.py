"""The server's spliced frames (``room``, ``tick``, the servers' ``d``) are byte for byte the
MessagePack encoding of the maps docs/protocol.md describes: splicing avatars' pre-encoded
heads is an optimisation, never a format of its own."""

from __future__ import annotations

from typing import Any

import msgpack
from hypothesis import given, settings
from hypothesis import strategies as st

from world import protocol
from world.delta import Avatar, Delta

texts = st.text(max_size=40)
# Remote avatars come from other servers' payloads: the values are whatever they sent.
numbers = st.integers(-(2**63), 2**64 - 1) | st.floats(allow_nan=False)
avatars = st.builds(
    Avatar,
    id=texts,
    name=texts,
    look=st.dictionaries(st.text(max_size=8), texts, max_size=4),
    x=numbers,
    y=numbers,
    pose=texts,
    origin=st.just("a"),
)


def reference(message: dict[str, Any]) -> bytes:
    """How every server message was encoded before splicing: the whole map at once."""
    return msgpack.packb(message, use_bin_type=True)


def as_map(avatar: Avatar) -> dict[str, Any]:
    return {
        "id": avatar.id,
        "name": avatar.name,
        "look": avatar.look,
        "x": avatar.x,
        "y": avatar.y,
        "p": avatar.pose,
    }


@settings(max_examples=300)
@given(avatars, st.lists(avatars, max_size=20), texts, st.integers(0, 2**32), st.integers(0, 2**32))
def test_a_room_frame_is_the_room_map_encoded(
    you: Avatar, others: list[Avatar], room: str, nook: int, count: int
) -> None:
    expected = {
        "t": "room",
        "room": room,
        "nook": nook,
        "count": count,
        "you": as_map(you),
        "others": [as_map(other) for other in others],
    }
    assert protocol.room(room, nook, count, you, others) == reference(expected)


changes = st.tuples(
    st.lists(texts, max_size=5),
    st.lists(avatars, max_size=20),
    st.lists(st.tuples(texts, numbers, numbers).map(list), max_size=20),
    st.lists(st.tuples(texts, texts).map(list), max_size=5),
)


def with_kinds(message: dict[str, Any], leave: list, join: list, walk: list, pose: list) -> dict[str, Any]:
    for key, value in (("leave", leave), ("join", join), ("walk", walk), ("pose", pose)):
        if value:
            message[key] = value
    return message


@settings(max_examples=300)
@given(changes)
def test_a_tick_frame_is_the_tick_map_encoded(kinds: tuple[list, list, list, list]) -> None:
    leave, join, walk, pose = kinds
    expected = with_kinds({"t": "tick"}, leave, [as_map(a) for a in join], walk, pose)
    assert protocol.tick(leave, protocol.avatar_entries(join), walk, pose) == reference(expected)


@settings(max_examples=100)
@given(st.lists(avatars, min_size=1, max_size=6, unique_by=lambda a: a.id), st.data())
def test_a_delta_tells_clients_and_servers_the_same_changes(
    avatars: list[Avatar], data: st.DataObject
) -> None:
    delta = Delta()
    joined = avatars[: len(avatars) // 2]
    stayed = avatars[len(avatars) // 2 :]
    for avatar in joined:
        delta.join(avatar)
    for avatar in stayed:
        if data.draw(st.booleans()):
            delta.walk(avatar)
        if data.draw(st.booleans()):
            delta.pose(avatar)
    if data.draw(st.booleans()):
        delta.leave(avatars[0].id)
    leave, join, walk, pose = delta.lists()
    joins = [as_map(a) for a in delta.joins.values()]
    tick = reference(with_kinds({"t": "tick"}, leave, joins, walk, pose))
    assert protocol.tick(leave, join, walk, pose) == tick
    publication = reference(with_kinds({"t": "d", "o": "b7"}, leave, joins, walk, pose))
    assert delta.publication("b7") == publication


@settings(max_examples=200)
@given(st.lists(avatars, min_size=1, max_size=6), st.lists(st.tuples(numbers, numbers, texts), max_size=6))
def test_an_avatar_that_moved_is_shown_where_it_is_now(
    shown: list[Avatar], moves: list[tuple[Any, Any, str]]
) -> None:
    # Entries are kept between frames while an avatar stays put: a move, even to an equal
    # value of another type (1 and 1.0, 0 and False), is shown as it is now.
    protocol.avatar_entries(shown)
    for avatar, (x, y, pose) in zip(shown, moves, strict=False):
        avatar.x, avatar.y, avatar.pose = x, y, pose
    protocol.avatar_entries(shown)
    for avatar in shown[: len(moves)]:
        avatar.x = float(avatar.x) if isinstance(avatar.x, int) else avatar.x
    assert protocol.avatar_entries(shown) == [reference(as_map(a)) for a in shown]
