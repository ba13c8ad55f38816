"""The ``memory`` broker: everything shared lives in this process.

It is the embedded default (one server, nothing to install). Several brokers
created from the same ``memory://NAME`` URL share one bus, which lets tests run
two engines in one process and watch them share nooks exactly as two servers
would through Redis.
"""

from __future__ import annotations

import asyncio
import secrets
from collections import defaultdict
from collections.abc import AsyncIterator

from world.brokers.base import (
    Broker,
    BrokerEvent,
    Counts,
    Delivery,
    NookKey,
    OriginLost,
    Placement,
    given_back,
    until_stopped,
)


class MemoryBus:
    """What the brokers of one process share: nook places and subscriptions."""

    def __init__(self) -> None:
        self.places: dict[str, dict[int, int]] = defaultdict(dict)  # room -> nook -> people
        self.subscribers: dict[NookKey, set[MemoryBroker]] = defaultdict(set)
        self.brokers: set[MemoryBroker] = set()

    def claim(self, room: str, cap: int) -> Placement:
        nooks = self.places[room]
        open_nooks = [(count, -index) for index, count in nooks.items() if count < cap]
        if open_nooks:
            _, negative_index = max(open_nooks)
            index = -negative_index
        else:
            index = next(i for i in range(len(nooks) + 1) if i not in nooks)
        already_there = nooks.get(index, 0)
        nooks[index] = already_there + 1
        return Placement(index, already_there)

    def release(self, room: str, nook: int) -> None:
        nooks = self.places[room]
        count = nooks.get(nook, 0) - 1
        if count <= 0:
            nooks.pop(nook, None)
        else:
            nooks[nook] = count

    def counts(self, rooms: dict[str, int]) -> dict[str, int]:
        return {room: sum(self.places.get(room, {}).values()) for room in rooms}


_named_buses: dict[str, MemoryBus] = {}


def bus_named(name: str) -> MemoryBus:
    """The bus for ``memory://NAME`` (a fresh private one when NAME is empty)."""
    if not name:
        return MemoryBus()
    return _named_buses.setdefault(name, MemoryBus())


class MemoryBroker(Broker):
    def __init__(self, bus: MemoryBus | None = None) -> None:
        self.bus = bus or MemoryBus()
        self.origin = secrets.token_hex(4)
        self._events: asyncio.Queue[BrokerEvent | None] = asyncio.Queue()
        self._held: dict[tuple[str, int], int] = defaultdict(int)
        self.stats = {"publishes": 0, "received": 0, "reconnects": 0, "errors": 0}

    @property
    def shares_nooks(self) -> bool:
        return len(self.bus.brokers) > 1

    async def start(self) -> None:
        self.bus.brokers.add(self)

    async def stop(self) -> None:
        for (room, nook), count in self._held.items():
            for _ in range(count):
                self.bus.release(room, nook)
        self._held.clear()
        for subscribers in self.bus.subscribers.values():
            subscribers.discard(self)
        self.bus.brokers.discard(self)
        for other in self.bus.brokers:
            other._events.put_nowait(OriginLost(self.origin))
        self._events.put_nowait(None)

    async def claim_place(self, room: str, cap: int) -> Placement:
        placement = self.bus.claim(room, cap)
        self._held[(room, placement.nook)] += 1
        return placement

    async def release_place(self, room: str, nook: int) -> None:
        if not given_back(self._held, (room, nook)):
            return
        self.bus.release(room, nook)

    async def subscribe(self, key: NookKey) -> None:
        self.bus.subscribers[key].add(self)

    async def unsubscribe(self, key: NookKey) -> None:
        subscribers = self.bus.subscribers.get(key)
        if subscribers is not None:
            subscribers.discard(self)
            if not subscribers:
                del self.bus.subscribers[key]

    async def publish(self, batch: list[tuple[NookKey, bytes]]) -> None:
        for key, payload in batch:
            self.stats["publishes"] += 1
            for subscriber in self.bus.subscribers.get(key, ()):
                if subscriber is not self:
                    subscriber.stats["received"] += 1
                    subscriber._events.put_nowait(Delivery(key, payload))

    def events(self) -> AsyncIterator[BrokerEvent]:
        return until_stopped(self._events)

    async def room_counts(self, local: dict[str, int]) -> Counts:
        return Counts(self.bus.counts(local), scope="all")
