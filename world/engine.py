"""The sans-I/O presence engine: rooms, nooks, avatars, and ticks turned into frames.

``World`` holds the avatars of this server's visitors (local) and a mirror of
the avatars other servers have in the same nooks (remote). Method calls change
the state and record deltas; ``flush`` turns each changed nook's delta into one
encoded frame for its local members and, when nooks are shared between
servers, one payload to publish. No clocks, sockets or asyncio in here.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from typing import Any

import msgpack

from world import protocol
from world.delta import Avatar, Delta
from world.geometry import RoomShape
from world.looks import Look
from world.protocol import encode

NookKey = tuple[str, int]  # (room slug, nook index)

# How many ticks a nook's joins may wait for company while nothing else happens there. In an
# arrival burst a filling nook ticked every tick, each tick one write to each of its members for
# a join or two; waiting, the joins of several ticks share one frame. A walk, a pose or a leave
# in the nook takes them out on the next tick (docs/protocol.md §5: a newcomer may appear up to
# 5 ticks later; docs/performance.md, "Arrivals, round (j)").
JOIN_WAIT_TICKS = 4


@dataclass(frozen=True, slots=True)
class NookFlush:
    """One nook's output for one tick."""

    key: NookKey
    recipients: tuple[str, ...]  # local avatar ids that receive ``frame``
    frame: bytes | None  # the encoded ``tick`` message, the same bytes for every recipient
    publication: bytes | None  # this server's own changes, for the other servers


class Nook:
    __slots__ = ("entries", "key", "local_ids", "members", "outgoing", "pending", "waited")

    def __init__(self, key: NookKey) -> None:
        self.key = key
        self.members: dict[str, Avatar] = {}  # everyone in the nook, on any server
        self.local_ids: dict[str, None] = {}  # those connected here (an ordered set)
        self.pending = Delta()  # everything local members have not yet been told
        self.outgoing = Delta()  # local changes other servers have not yet been told
        self.waited = 0  # ticks its pending joins have waited for company (``JOIN_WAIT_TICKS``)
        # The first n members' entries as ``room`` shows them (``protocol.avatar_entries``), joined:
        # (n, bytes). Members only join at the end, so it stays right until one of those n walks,
        # changes pose or leaves, or another server's delta comes in: each of those drops it.
        # A newcomer's snapshot shows the others from it, and adds itself for the next newcomer
        # (``World.snapshot``): in an arrival burst the ~40 already there are not read again.
        self.entries: tuple[int, bytes] | None = None


class World:
    def __init__(
        self,
        shapes: Iterable[RoomShape],
        *,
        origin: str = "local",
        rng: random.Random | None = None,
        join_wait_ticks: int = JOIN_WAIT_TICKS,
    ) -> None:
        self.rooms: dict[str, RoomShape] = {shape.slug: shape for shape in shapes}
        self.room_slugs = frozenset(self.rooms)
        self.origin = origin
        self._rng = rng or random.Random()
        self.join_wait_ticks = join_wait_ticks
        self._local: dict[str, tuple[Avatar, Nook]] = {}
        self._local_counts: dict[str, int] = dict.fromkeys(self.rooms, 0)
        self._nooks: dict[NookKey, Nook] = {}
        self._dirty: set[NookKey] = set()

    # -- local visitors ---------------------------------------------------------------

    def join(self, avatar_id: str, name: str, look: Look, room: str, nook_index: int) -> Avatar:
        """Place a local visitor in a nook the broker chose, at a random spot on the floor."""
        if avatar_id in self._local:
            raise ValueError(f"{avatar_id} is already in the world")
        area = self.rooms[room].walkable
        rng = self._rng
        # By position, in the fields' order (id, name, look, x, y, pose, origin): a class called with
        # keywords gathers them into a dict first, for every arrival.
        x, y = rng.randint(area.x0, area.x1), rng.randint(area.y0, area.y1)
        avatar = Avatar(avatar_id, name, look, x, y, "stand", self.origin)
        key = (room, nook_index)
        nook = self._nooks.get(key)
        if nook is None:
            nook = self._nooks[key] = Nook(key)
        if avatar_id in nook.members:  # another server's avatar of that id: replaced, not appended
            nook.entries = None
        nook.members[avatar_id] = avatar
        nook.local_ids[avatar_id] = None
        nook.pending.join(avatar)
        nook.outgoing.join(avatar)
        self._local[avatar_id] = (avatar, nook)
        self._local_counts[room] += 1
        self._dirty.add(key)
        return avatar

    def leave(self, avatar_id: str) -> NookKey | None:
        """Remove a local visitor; returns the nook it was in, or None if it was not here."""
        entry = self._local.pop(avatar_id, None)
        if entry is None:
            return None
        _, nook = entry
        self._local_counts[nook.key[0]] -= 1
        del nook.members[avatar_id]
        nook.entries = None
        del nook.local_ids[avatar_id]
        nook.pending.leave(avatar_id)
        nook.outgoing.leave(avatar_id)
        self._dirty.add(nook.key)
        return nook.key

    def walk(self, avatar_id: str, x: int, y: int) -> None:
        avatar, nook = self._local[avatar_id]
        avatar.x, avatar.y = self.rooms[nook.key[0]].walkable.clamp(x, y)
        nook.entries = None
        nook.pending.walk(avatar)
        nook.outgoing.walk(avatar)
        self._dirty.add(nook.key)

    def set_pose(self, avatar_id: str, pose: str) -> None:
        avatar, nook = self._local[avatar_id]
        if avatar.pose == pose:
            return
        avatar.pose = pose
        nook.entries = None
        nook.pending.pose(avatar)
        nook.outgoing.pose(avatar)
        self._dirty.add(nook.key)

    def avatar(self, avatar_id: str) -> Avatar:
        return self._local[avatar_id][0]

    def place_of(self, avatar_id: str) -> NookKey | None:
        entry = self._local.get(avatar_id)
        return None if entry is None else entry[1].key

    def has_local_members(self, key: NookKey) -> bool:
        nook = self._nooks.get(key)
        return nook is not None and bool(nook.local_ids)

    def snapshot(self, avatar_id: str, room_count: int) -> bytes:
        """The ``room`` frame: everything a visitor needs to draw its nook from scratch."""
        avatar, nook = self._local[avatar_id]
        room, index = nook.key
        members = nook.members.values()
        if next(reversed(members)) is not avatar:  # not a newcomer (a catch-up snapshot): every entry read
            others = [other for other in members if other is not avatar]
            return protocol.room(room, index, room_count, avatar, others)
        # A newcomer is the nook's last member (members keep their order of joining): the others are
        # those before it, and the entries of the first of them are kept in the nook (``Nook.entries``):
        # only those who joined since the last newcomer's snapshot are read (docs/performance.md,
        # "Arrivals, round of 2026-12-04 (c)"). Nor is the list of members copied to find them: the
        # last is read from the end, and the few after the kept entries from there (a newcomer's
        # snapshot copied the ~40 for every arrival; "Round of 2026-12-07 (ninth): arrivals").
        before = len(members) - 1  # members before the newcomer
        shown, entries = nook.entries or (0, b"")
        if shown > before:  # it holds this newcomer's own entry already (a second snapshot)
            shown, entries = 0, b""
        if shown < before:
            entries += b"".join(protocol.avatar_entries(islice(members, shown, before)))
        (you,) = protocol.avatar_entries((avatar,))
        nook.entries = (before + 1, entries + you)
        return protocol.room_spliced(room, index, room_count, you, before, entries)

    def local_count(self, room: str) -> int:
        return self._local_counts.get(room, 0)

    def local_counts(self) -> dict[str, int]:
        return dict(self._local_counts)

    def nook_members(self, key: NookKey) -> list[Avatar]:
        nook = self._nooks.get(key)
        return [] if nook is None else list(nook.members.values())

    def __len__(self) -> int:
        return len(self._local)

    # -- the tick ---------------------------------------------------------------------

    def flush(self, *, publish: bool = False, part: int = 0, parts: int = 1) -> list[NookFlush]:
        """Turn every changed nook's delta into one frame; the nook's deltas start afresh.

        A nook where only joins happened keeps them for up to ``join_wait_ticks`` ticks, until
        something else happens there; what the other servers are told is never held back.
        With ``parts`` > 1 only the nooks of share ``part`` are flushed (a nook's share
        never changes), so a caller can spread one tick's frames over the tick.
        """
        out: list[NookFlush] = []
        if parts == 1:
            dirty, self._dirty = self._dirty, set()
        else:
            dirty = {key for key in self._dirty if hash(key) % parts == part}
            self._dirty -= dirty
        for key in dirty:
            nook = self._nooks.get(key)
            if nook is None:
                continue
            frame = None
            pending = nook.pending
            if pending and nook.local_ids and not pending.moved and nook.waited < self.join_wait_ticks:
                nook.waited += 1
                self._dirty.add(key)
            else:
                if pending and nook.local_ids:
                    frame = protocol.tick(*pending.lists())
                nook.pending = Delta()
                nook.waited = 0
            publication = None
            if publish and nook.outgoing:
                publication = nook.outgoing.publication(self.origin)
            nook.outgoing = Delta()
            if frame is not None or publication is not None:
                out.append(NookFlush(key, tuple(nook.local_ids), frame, publication))
            if not nook.members:
                del self._nooks[key]
        return out

    # -- other servers ----------------------------------------------------------------

    def sync_request(self) -> bytes:
        """Asks the other servers in a nook to tell us who they have there."""
        return encode({"t": "q", "o": self.origin})

    def state_of(self, key: NookKey) -> bytes | None:
        """Who of ours is in a nook, for a server that just asked."""
        nook = self._nooks.get(key)
        if nook is None or not nook.local_ids:
            return None
        members = [nook.members[avatar_id].as_message() for avatar_id in nook.local_ids]
        return encode({"t": "s", "o": self.origin, "members": members})

    def apply_remote(self, key: NookKey, payload: bytes) -> bytes | None:
        """Take in another server's publication for a nook; returns a reply to publish, if any."""
        try:
            message = msgpack.unpackb(payload, raw=False)
            origin = message["o"]
            kind = message["t"]
        except Exception:
            return None  # not from a Kakurega server speaking this version; ignore it
        if origin == self.origin:
            return None
        if kind == "q":
            return self.state_of(key)
        nook = self._nooks.get(key)
        if nook is None or not nook.local_ids:
            return None  # nobody here to tell; the subscription is on its way out
        try:
            if kind == "d":
                self._apply_delta(nook, origin, message)
            elif kind == "s":
                self._apply_state(nook, origin, message["members"])
        except (KeyError, TypeError, ValueError):
            return None
        return None

    def forget_origin(self, origin: str) -> int:
        """Remove every avatar of a server that stopped heart-beating; returns how many."""
        removed = 0
        for nook in self._nooks.values():
            gone = [aid for aid, avatar in nook.members.items() if avatar.origin == origin]
            for avatar_id in gone:
                del nook.members[avatar_id]
                nook.pending.leave(avatar_id)
                removed += 1
            if gone:
                nook.entries = None
                self._dirty.add(nook.key)
        return removed

    def _apply_delta(self, nook: Nook, origin: str, message: dict[str, Any]) -> None:
        nook.entries = None  # its leaves, walks and poses change what the kept entries show
        for avatar_id in message.get("leave", ()):
            member = nook.members.get(avatar_id)
            if member is not None and member.origin == origin:
                del nook.members[avatar_id]
                nook.pending.leave(avatar_id)
        for fields in message.get("join", ()):
            avatar = _remote_avatar(fields, origin)
            nook.members[avatar.id] = avatar
            nook.pending.join(avatar)
        for avatar_id, x, y in message.get("walk", ()):
            member = nook.members.get(avatar_id)
            if member is not None and member.origin == origin:
                member.x, member.y = x, y
                nook.pending.walk(member)
        for avatar_id, pose in message.get("pose", ()):
            member = nook.members.get(avatar_id)
            if member is not None and member.origin == origin:
                member.pose = pose
                nook.pending.pose(member)
        self._dirty.add(nook.key)

    def _apply_state(self, nook: Nook, origin: str, members: list[dict[str, Any]]) -> None:
        nook.entries = None
        present = {fields["id"] for fields in members}
        for avatar_id in [aid for aid, a in nook.members.items() if a.origin == origin]:
            if avatar_id not in present:
                del nook.members[avatar_id]
                nook.pending.leave(avatar_id)
        for fields in members:
            avatar = _remote_avatar(fields, origin)
            nook.members[avatar.id] = avatar
            nook.pending.join(avatar)
        self._dirty.add(nook.key)


def _remote_avatar(fields: dict[str, Any], origin: str) -> Avatar:
    return Avatar(
        id=fields["id"],
        name=fields["name"],
        look=fields["look"],
        x=fields["x"],
        y=fields["y"],
        pose=fields["p"],
        origin=origin,
    )
