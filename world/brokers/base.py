"""The one small interface every broker backend speaks.

A broker is what several server instances share: where there is room in a
room (nook places), who is in each nook on the other instances (publications
on per-nook channels), which instances are alive, and how many people are in
each room. The engine never knows which backend it has.
"""

from __future__ import annotations

import abc
import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass

NookKey = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Delivery:
    """Another instance published ``payload`` on nook ``key``."""

    key: NookKey
    payload: bytes


@dataclass(frozen=True, slots=True)
class OriginLost:
    """Instance ``origin`` stopped heart-beating: its avatars must vanish."""

    origin: str


@dataclass(frozen=True, slots=True)
class Resync:
    """The broker lost messages (Redis restarted or the subscriber reconnected).

    For each nook in ``keys`` the hub re-announces its own avatars and asks the
    other instances for theirs, so nobody is lost or seen twice.
    """

    keys: tuple[NookKey, ...]


BrokerEvent = Delivery | OriginLost | Resync


@dataclass(frozen=True, slots=True)
class Placement:
    """A claimed place: the nook, and how many were already in it (on every instance)."""

    nook: int
    already_there: int


@dataclass(frozen=True, slots=True)
class Counts:
    rooms: dict[str, int]
    scope: str  # "all" (every instance) or "local" (only this one, while the broker is away)

    @property
    def total(self) -> int:
        return sum(self.rooms.values())


def given_back(held: dict[NookKey, int], key: NookKey) -> bool:
    """One of this instance's places in nook ``key`` given back (``held``: its places per nook,
    none kept at zero); False when it held none there, as after a reconnect forgot them."""
    if held.get(key, 0) <= 0:
        return False
    held[key] -= 1
    if not held[key]:
        del held[key]
    return True


async def until_stopped(queue: asyncio.Queue[BrokerEvent | None]) -> AsyncIterator[BrokerEvent]:
    """The events put in ``queue``, until the None that ``stop`` puts there."""
    while True:
        event = await queue.get()
        if event is None:
            return
        yield event


class Broker(abc.ABC):
    """Shared presence between instances. One instance of this class per server process."""

    origin: str  # this instance's id, unique among live instances
    stats: dict[str, int]  # publishes, received, reconnects, errors — for the metrics

    @property
    @abc.abstractmethod
    def shares_nooks(self) -> bool:
        """True when other instances may be listening, so nook changes must be published."""

    @abc.abstractmethod
    async def start(self) -> None: ...

    @abc.abstractmethod
    async def stop(self) -> None:
        """Leave cleanly: free this instance's places so the others need not wait for a timeout."""

    @abc.abstractmethod
    async def claim_place(self, room: str, cap: int) -> Placement:
        """Reserve a place in the fullest nook of ``room`` that has fewer than ``cap``."""

    @abc.abstractmethod
    async def release_place(self, room: str, nook: int) -> None: ...

    @abc.abstractmethod
    async def subscribe(self, key: NookKey) -> None: ...

    @abc.abstractmethod
    async def unsubscribe(self, key: NookKey) -> None: ...

    @abc.abstractmethod
    async def publish(self, batch: list[tuple[NookKey, bytes]]) -> None:
        """Publish one tick's payloads, at most one per nook."""

    @abc.abstractmethod
    def events(self) -> AsyncIterator[BrokerEvent]:
        """Deliveries from other instances and news of instances lost, until ``stop``."""

    @abc.abstractmethod
    async def room_counts(self, local: dict[str, int]) -> Counts:
        """People per room across every instance (``local`` is this instance's own)."""

    @property
    def reachable(self) -> bool:
        """Whether the shared part is reachable now (always true for one process)."""
        return True
