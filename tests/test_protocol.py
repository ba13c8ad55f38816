"""The wire decoder: every wrong frame is a ProtocolError with the documented reason, nothing else."""

from __future__ import annotations

import msgpack
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rooms.catalogue import ROOMS
from world.protocol import (
    CLOSE_CODES,
    Enter,
    Hello,
    Ping,
    Pose,
    ProtocolError,
    Walk,
    bye,
    decode_client_frame,
)

SLUGS = frozenset(ROOMS)
LOOK = {"shape": "maru", "color": "mizu", "acc": "none"}


def pack(message: object) -> bytes:
    return msgpack.packb(message, use_bin_type=True)


def decode(message: object) -> object:
    return decode_client_frame(pack(message), SLUGS)


def test_each_client_message_decodes() -> None:
    assert decode({"t": "hello", "v": 1, "name": "そら", "look": LOOK}) == Hello(1, "そら", LOOK, None)
    assert decode({"t": "hello", "v": 1, "name": "そら", "look": LOOK, "room": "hiru"}).room == "hiru"
    assert decode({"t": "enter", "room": "kabe"}) == Enter("kabe")
    assert decode({"t": "walk", "x": 10, "y": 20}) == Walk(10, 20)
    assert decode({"t": "pose", "p": "sleep"}) == Pose("sleep")
    assert decode({"t": "ping", "n": 7}) == Ping(7)


def test_unknown_keys_are_ignored_and_look_is_cleaned() -> None:
    hello = decode({"t": "hello", "v": 1, "name": "a", "look": {**LOOK, "url": "x"}, "extra": 1})
    assert hello.look == LOOK


@pytest.mark.parametrize(
    "message",
    [
        {"t": "dance"},
        {"x": 1},
        [1, 2, 3],
        "hello",
        {"t": "walk", "x": -1, "y": 5},
        {"t": "walk", "x": 65536, "y": 5},
        {"t": "walk", "x": 1.5, "y": 5},
        {"t": "walk", "x": True, "y": 5},
        {"t": "walk", "x": 1},
        {"t": "pose", "p": "wave"},
        {"t": "enter", "room": "roof"},
        {"t": "enter", "room": 3},
        {"t": "ping", "n": -1},
        {"t": "hello", "v": 1, "name": "", "look": LOOK},
        {"t": "hello", "v": 1, "name": "あ" * 30, "look": LOOK},
        {"t": "hello", "v": 1, "name": "a", "look": {"shape": "maru"}},
        {"t": "hello", "v": "1", "name": "a", "look": LOOK},
    ],
)
def test_wrong_frames_are_bad_frames(message: object) -> None:
    with pytest.raises(ProtocolError) as caught:
        decode(message)
    assert caught.value.reason == "bad_frame"
    assert caught.value.close_code == CLOSE_CODES["bad_frame"] == 4002


def test_text_frames_close_with_1003() -> None:
    with pytest.raises(ProtocolError) as caught:
        decode_client_frame('{"t":"ping"}', SLUGS)
    assert (caught.value.reason, caught.value.close_code) == ("bad_frame", 1003)


@pytest.mark.parametrize("data", [b"", b"\xc1", b"\x81", pack({"t": "ping", "n": 1}) + b"\x00"])
def test_undecodable_bytes_are_bad_frames(data: bytes) -> None:
    with pytest.raises(ProtocolError):
        decode_client_frame(data, SLUGS)


def test_bye_carries_reason_and_retry() -> None:
    assert msgpack.unpackb(bye("draining", 1200)) == {"t": "bye", "reason": "draining", "retry_ms": 1200}
    assert msgpack.unpackb(bye("idle")) == {"t": "bye", "reason": "idle"}


@settings(max_examples=400)
@given(st.binary(max_size=300))
def test_random_bytes_never_escape_as_anything_but_protocol_errors(data: bytes) -> None:
    try:
        decode_client_frame(data, SLUGS)
    except ProtocolError as error:
        assert error.reason == "bad_frame"


values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64 - 1)
    | st.floats()
    | st.text(max_size=20)
    | st.binary(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=8,
)
maps = st.fixed_dictionaries(
    {"t": st.sampled_from(["hello", "enter", "walk", "pose", "ping", "other"])},
    optional={k: values for k in ("v", "name", "look", "room", "x", "y", "p", "n")},
)


@settings(max_examples=400)
@given(maps)
def test_random_well_formed_maps_decode_or_are_refused_cleanly(message: dict) -> None:
    try:
        command = decode_client_frame(pack(message), SLUGS)
    except ProtocolError as error:
        assert error.reason == "bad_frame"
    else:
        assert isinstance(command, Hello | Enter | Walk | Pose | Ping)
