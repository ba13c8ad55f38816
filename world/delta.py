"""What changed in one nook during one tick, collapsed so each avatar appears once per kind."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from world.looks import Look
from world.protocol import avatar_entries, avatar_head, with_changes


@dataclass(slots=True)
class Avatar:
    id: str
    name: str
    look: Look
    x: int
    y: int
    pose: str
    origin: str  # the server instance the visitor is connected to
    # id, name and look encoded once (protocol.avatar_head): they never change, and every
    # snapshot and join that shows the avatar splices them.
    head: bytes = field(init=False, repr=False, compare=False)
    # Its entry in ``room`` and ``join`` as last encoded, and where it stood then (protocol.avatar_entries).
    shown: bytes = field(default=b"", init=False, repr=False, compare=False)
    shown_x: int | None = field(default=None, init=False, repr=False, compare=False)
    shown_y: int | None = field(default=None, init=False, repr=False, compare=False)
    shown_pose: str | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.head = avatar_head(self.id, self.name, self.look)

    def as_message(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "look": self.look, "x": self.x, "y": self.y, "p": self.pose}


class Delta:
    """Joins, leaves, walks and poses since the last flush.

    Joined avatars are kept by reference, so a walk or pose right after a join
    is carried by the join itself; several walks of one avatar keep only the last.
    ``moved`` says whether anything but a join happened (a leave, a walk or a pose,
    even one carried by a join): joins alone may wait for company (``World.flush``).
    """

    __slots__ = ("joins", "leaves", "moved", "poses", "walks")

    def __init__(self) -> None:
        self.joins: dict[str, Avatar] = {}
        self.leaves: dict[str, None] = {}  # an ordered set
        self.walks: dict[str, tuple[int, int]] = {}
        self.poses: dict[str, str] = {}
        self.moved = False

    def __bool__(self) -> bool:
        return bool(self.joins or self.leaves or self.walks or self.poses)

    def join(self, avatar: Avatar) -> None:
        self.joins[avatar.id] = avatar
        self.walks.pop(avatar.id, None)
        self.poses.pop(avatar.id, None)

    def leave(self, avatar_id: str) -> None:
        # A leave is sent even for an avatar that joined this tick: clients ignore
        # leaves of ids they never knew, and it is right if they knew it from before.
        self.joins.pop(avatar_id, None)
        self.walks.pop(avatar_id, None)
        self.poses.pop(avatar_id, None)
        self.leaves[avatar_id] = None
        self.moved = True

    def walk(self, avatar: Avatar) -> None:
        self.moved = True
        if avatar.id not in self.joins:
            self.walks[avatar.id] = (avatar.x, avatar.y)

    def pose(self, avatar: Avatar) -> None:
        self.moved = True
        if avatar.id not in self.joins:
            self.poses[avatar.id] = avatar.pose

    def lists(self) -> tuple[list[str], list[bytes], list[list[Any]], list[list[Any]]]:
        """Leaves, joins (encoded, ``protocol.avatar_entries``), walks and poses, as ``tick`` carries them."""
        return (
            list(self.leaves),
            avatar_entries(self.joins.values()),
            [[avatar_id, x, y] for avatar_id, (x, y) in self.walks.items()],
            [[avatar_id, pose] for avatar_id, pose in self.poses.items()],
        )

    def publication(self, origin: str) -> bytes:
        """The same changes for the other servers (``d``; not a client message), encoded."""
        return with_changes({"t": "d", "o": origin}, *self.lists())
