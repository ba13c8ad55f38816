"""Wire protocol v1: decode client frames into commands, encode server messages.

Pure functions over bytes. Every way a frame can be wrong ends in a
``ProtocolError`` carrying the ``bye`` reason and close code of docs/protocol.md;
nothing else escapes ``decode_client_frame``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

import msgpack

from world.looks import POSES, Look, clean_look, is_valid_look

VERSION = 1
SUBPROTOCOL = "kakurega.v1"
ENTRANCE = "genkan"
"""The room a visitor whose hello names none is placed in (docs/protocol.md)."""

# bye reason -> WebSocket close code (docs/protocol.md §6)
CLOSE_CODES: dict[str, int] = {
    "draining": 1012,
    "idle": 4000,
    "hello_timeout": 4001,
    "bad_frame": 4002,
    "too_big": 1009,
    "too_fast": 4003,
    "slow": 4004,
    "full": 4005,
    "version": 4006,
}

MAX_COORDINATE = 65535
MAX_PING = 2**31 - 1
MAX_NAME_BYTES = 64
MAX_PASS_CHARS = 64  # hello.pass (world/name_pass.py makes 24)


class ProtocolError(Exception):
    """A frame the server will not accept; ``reason`` is the ``bye`` reason sent before closing."""

    def __init__(self, reason: str, detail: str = "", close_code: int | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.close_code = CLOSE_CODES[reason] if close_code is None else close_code


# Not frozen, nor the other commands: a frozen dataclass sets each field through
# ``object.__setattr__`` (~0.35 µs a field against a plain store), and one is made for every frame
# a visitor sends. Nothing changes a command once made.
@dataclass(slots=True)
class Hello:
    version: int
    name: str
    look: Look
    room: str | None
    browser: str | None = None  # the browser's id for today, for visit statistics only (stats/)
    name_pass: str | None = None  # hello.pass: a welcome's pass for this name (world/name_pass.py)


@dataclass(slots=True)
class Enter:
    room: str


@dataclass(slots=True)
class Walk:
    x: int
    y: int


@dataclass(slots=True)
class Pose:
    pose: str


@dataclass(slots=True)
class Ping:
    n: int


Command = Hello | Enter | Walk | Pose | Ping

# A frame is at most a few hundred bytes; these bounds keep a hostile one from
# allocating much even before the size check has been tuned.
_UNPACK_LIMITS: dict[str, Any] = {
    "raw": False,
    "strict_map_key": True,
    "max_str_len": 4096,
    "max_bin_len": 4096,
    "max_array_len": 64,
    "max_map_len": 32,
    "max_ext_len": 0,
}


def decode_client_frame(data: bytes | str, room_slugs: frozenset[str] | set[str]) -> Command:
    """Turn one received WebSocket message into a command, or raise ``ProtocolError``."""
    if isinstance(data, str):
        raise ProtocolError("bad_frame", "frames must be binary", close_code=1003)
    try:
        message = msgpack.unpackb(data, **_UNPACK_LIMITS)
    except Exception as error:  # msgpack raises many types; all mean "undecodable"
        raise ProtocolError("bad_frame", "undecodable MessagePack") from error
    if not isinstance(message, dict):
        raise ProtocolError("bad_frame", "a frame must be a map")
    kind = message.get("t")
    if kind == "walk":
        return Walk(_coordinate(message, "x"), _coordinate(message, "y"))
    if kind == "pose":
        pose = message.get("p")
        if pose not in POSES:
            raise ProtocolError("bad_frame", "unknown pose")
        return Pose(pose)
    if kind == "ping":
        return Ping(_integer(message, "n", 0, MAX_PING))
    if kind == "enter":
        return Enter(_room(message.get("room"), room_slugs))
    if kind == "hello":
        return _hello(message, room_slugs)
    raise ProtocolError("bad_frame", "unknown message type")


def _hello(message: dict[str, Any], room_slugs: frozenset[str] | set[str]) -> Hello:
    version = message.get("v")
    if not _is_int(version):
        raise ProtocolError("bad_frame", "hello.v must be an int")
    name = message.get("name")
    if not isinstance(name, str) or not name or len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        raise ProtocolError("bad_frame", "hello.name must be 1..64 bytes of text")
    look = message.get("look")
    if not is_valid_look(look):
        raise ProtocolError("bad_frame", "hello.look is not a known look")
    # ``room`` may be left out (the entrance), but when it is there it must be a room: nil is not.
    return Hello(
        version=version,
        name=name,
        look=clean_look(look),
        room=_room(message["room"], room_slugs) if "room" in message else None,
        browser=_browser(message["b"]) if "b" in message else None,
        name_pass=_name_pass(message["pass"]) if "pass" in message else None,
    )


BROWSER_ID = re.compile(r"[A-Za-z0-9_-]{8,32}")


def _browser(value: object) -> str:
    if not isinstance(value, str) or not BROWSER_ID.fullmatch(value):
        raise ProtocolError("bad_frame", "hello.b must be 8..32 URL-safe characters")
    return value


def _name_pass(value: object) -> str | None:
    # What reaches the core is a short ASCII str, which either verifies or is ignored. Anything
    # else is ignored here, not a bad frame: a pass never refuses a name, and a pass the browser
    # kept in another shape (a later server's, a damaged storage) must not stop a child at the door
    # on every page (the review of the name pass). The frame's own size limit still bounds it.
    if not isinstance(value, str) or len(value) > MAX_PASS_CHARS or not value.isascii():
        return None
    return value


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _integer(message: dict[str, Any], key: str, low: int, high: int) -> int:
    value = message.get(key)
    if not _is_int(value) or not low <= value <= high:
        raise ProtocolError("bad_frame", f"{key} must be an int in {low}..{high}")
    return value


def _coordinate(message: dict[str, Any], key: str) -> int:
    return _integer(message, key, 0, MAX_COORDINATE)


def _room(value: object, room_slugs: frozenset[str] | set[str]) -> str:
    if not isinstance(value, str) or value not in room_slugs:
        raise ProtocolError("bad_frame", "unknown room")
    return value


_packer = msgpack.Packer(use_bin_type=True)


def encode(message: dict[str, Any]) -> bytes:
    """Encode one message. Called once per frame, however many receive it."""
    return _packer.pack(message)


# -- server -> client: every message of docs/protocol.md §5, and nowhere else -----------


# ``welcome`` in two parts: what differs for each newcomer, and the rest (the counts and the
# limits), the same for every newcomer until the counts or the tick change (world/connection.py
# ``Shared.welcome_tail``). A map's entries are packed one after another, so the parts joined are
# byte for byte the whole message encoded at once.
# The head: the map of eight entries, then ``t`` and ``v`` (a map of two less its one-byte header);
# nine when the name's pass rides too (``pass``, after ``look``).
_WELCOME_BODY = encode({"t": "welcome", "v": VERSION})[1:] + _packer.pack("you")
_WELCOME_HEAD = _packer.pack_map_header(8) + _WELCOME_BODY
_WELCOME_HEAD_WITH_PASS = _packer.pack_map_header(9) + _WELCOME_BODY
_NAME_KEY = _packer.pack("name")
_LOOK_KEY = _packer.pack("look")
_PASS_KEY = _packer.pack("pass")


def welcome_tail(rooms: dict[str, int], total: int, limits: dict[str, int]) -> bytes:
    """The last three entries of ``welcome``: ``rooms``, ``total`` and ``limits``."""
    return b"".join(_packer.pack(part) for part in ("rooms", rooms, "total", total, "limits", limits))


def welcome_spliced(you: str, name: str, look: Look, tail: bytes, name_pass: str | None = None) -> bytes:
    """The ``welcome`` message, its last entries encoded already (``welcome_tail``); ``name_pass``
    (``pass``) when the server issues passes (world/name_pass.py)."""
    pack = _packer.pack
    if name_pass is None:
        return b"".join((_WELCOME_HEAD, pack(you), _NAME_KEY, pack(name), _LOOK_KEY, pack(look), tail))
    head = (_WELCOME_HEAD_WITH_PASS, pack(you), _NAME_KEY, pack(name), _LOOK_KEY, pack(look))
    return b"".join((*head, _PASS_KEY, pack(name_pass), tail))


def name_refused(reason: str, message: str) -> bytes:
    return encode({"t": "name_refused", "reason": reason, "message": message})


class Shown(Protocol):
    """An avatar as ``room`` and ``join`` show it (world/delta.py's ``Avatar``)."""

    head: bytes  # ``avatar_head`` of its id, name and look
    x: int
    y: int
    pose: str
    # Its whole entry as last encoded (``avatar_entries``), and the x, y and pose it was encoded at.
    shown: bytes
    shown_x: int | None
    shown_y: int | None
    shown_pose: str | None


_pack = _packer.pack
_AVATAR_MAP = _packer.pack_map_header(6)
_ID, _NAME, _LOOK, _X, _Y, _P = (_pack(key) for key in ("id", "name", "look", "x", "y", "p"))


def avatar_head(avatar_id: str, name: str, look: Look) -> bytes:
    """What never changes of an avatar's map (id, name, look), encoded once, when it appears.

    A snapshot shows ~40 avatars and a tick's ``join`` some more: splicing these bytes with
    the three fields that move costs half of encoding each avatar's map anew (docs/performance.md).
    """
    return b"".join((_AVATAR_MAP, _ID, _pack(avatar_id), _NAME, _pack(name), _LOOK, _pack(look)))


def avatar_entries(avatars: Iterable[Shown]) -> list[bytes]:
    """Each avatar's map {id, name, look, x, y, p}, encoded: the bytes ``encode`` gives the map.

    An avatar's entry is kept until it walks or changes pose: every arrival's ``room`` shows
    the ~40 already in the nook, and most of them have not moved since the last arrival
    showed them (docs/performance.md, "Arrivals: fewer objects, rarer pauses").
    """
    pack, x_key, y_key, p_key = _pack, _X, _Y, _P
    entries = []
    for a in avatars:
        x, y, pose = a.x, a.y, a.pose
        # The same objects, not equal ones: 1 and 1.0 are equal and encode apart (a remote
        # avatar's values are whatever its server sent). An avatar that stays put keeps them.
        if a.shown_x is not x or a.shown_y is not y or a.shown_pose is not pose:
            a.shown = b"".join((a.head, x_key, pack(x), y_key, pack(y), p_key, pack(pose)))
            a.shown_x, a.shown_y, a.shown_pose = x, y, pose
        entries.append(a.shown)
    return entries


def _array(entries: list[bytes]) -> bytes:
    return b"".join((_packer.pack_array_header(len(entries)), *entries))


_ROOM_HEAD = _packer.pack_map_header(6) + _pack("t") + _pack("room") + _pack("room")
_NOOK, _COUNT, _YOU, _OTHERS = (_pack(key) for key in ("nook", "count", "you", "others"))


def room(room: str, nook: int, count: int, you: Shown, others: Iterable[Shown]) -> bytes:
    """The ``room`` snapshot: ``{"t": "room", "room", "nook", "count", "you", "others"}``."""
    (you_entry,) = avatar_entries((you,))
    entries = avatar_entries(others)
    return room_spliced(room, nook, count, you_entry, len(entries), b"".join(entries))


def room_spliced(room: str, nook: int, count: int, you: bytes, others: int, entries: bytes) -> bytes:
    """``room`` from encoded parts: ``you``'s entry, and the ``others`` entries joined in ``entries``
    (``avatar_entries``): the same bytes as ``room`` gives for the avatars they encode."""
    return b"".join(
        (
            _ROOM_HEAD,
            _pack(room),
            _NOOK,
            _pack(nook),
            _COUNT,
            _pack(count),
            _YOU,
            you,
            _OTHERS,
            _packer.pack_array_header(others),
            entries,
        )
    )


_JOIN, _WALK, _POSE = _pack("join"), _pack("walk"), _pack("pose")


def with_changes(
    message: dict[str, Any],
    leave: list[str],
    join: list[bytes],
    walk: list[list[Any]],
    pose: list[list[Any]],
) -> bytes:
    """``message`` with a nook's changes added, only the kinds that changed, encoded: ``tick``
    and the servers' ``d`` carry them alike. ``join`` is ``avatar_entries``, spliced in as they
    are. Plain ifs: this runs for every changed nook on every tick."""
    if leave:
        message["leave"] = leave
    if not join:  # most ticks: walks and poses only, one encode of the whole map
        if walk:
            message["walk"] = walk
        if pose:
            message["pose"] = pose
        return _pack(message)
    # ``message`` holds at most three keys here, so its encoding starts with a one-byte
    # header (a fixmap): dropped, and the map's header written for every key.
    parts = [b"", _pack(message)[1:], _JOIN, _array(join)]
    count = len(message) + 1
    if walk:
        parts += (_WALK, _pack(walk))
        count += 1
    if pose:
        parts += (_POSE, _pack(pose))
        count += 1
    parts[0] = _packer.pack_map_header(count)
    return b"".join(parts)


def tick(leave: list[str], join: list[bytes], walk: list[list[Any]], pose: list[list[Any]]) -> bytes:
    """One nook's ``tick`` delta, encoded; absent keys mean nothing of that kind changed."""
    return with_changes({"t": "tick"}, leave, join, walk, pose)


def counts(rooms: dict[str, int], total: int, scope: str) -> bytes:
    return encode({"t": "counts", "rooms": rooms, "total": total, "scope": scope})


def pong(n: int, ts_ms: int) -> bytes:
    return encode({"t": "pong", "n": n, "ts": ts_ms})


def bye(reason: str, retry_ms: int | None = None) -> bytes:
    message: dict[str, Any] = {"t": "bye", "reason": reason}
    if retry_ms is not None:
        message["retry_ms"] = retry_ms
    return encode(message)
