"""Where avatars are: claiming a place in a nook, the newcomer's snapshot, leaving, and the nooks
this instance listens to.

The broker (world/brokers/) holds every instance's places; ``World`` (world/engine.py) holds the
avatars of the nooks this instance has a visitor in. ``Nooks`` keeps the two in step for the hub:
it claims and releases places, subscribes to a nook while a visitor of this instance is in it
(asking the other instances for their members then), lets their answers arrive before a
newcomer's snapshot, and applies what the broker brings from the other instances.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from world.brokers import Broker, Delivery, NookKey, OriginLost, Resync
from world.connection import ConnectionProtocol, Place, Shared
from world.engine import World

log = logging.getLogger("kakurega.world")

SNAPSHOT_WAIT = 0.3  # how long a newcomer's snapshot may wait for the other instances' answers


@dataclass(slots=True)  # one an arrival: plain, as world/protocol.py ``Hello`` says why
class Claimed:
    key: NookKey  # the room and the nook the avatar joined
    already_there: int  # others in that nook then, on every instance


class Nooks:
    def __init__(self, world: World, broker: Broker, shared: Shared) -> None:
        self.world = world
        self.broker = broker
        self.shared = shared  # the latest counts, for the snapshot's room count
        self._subscribed: set[NookKey] = set()

    # -- one visitor ---------------------------------------------------------------------

    async def claim(self, connection: ConnectionProtocol, place: Place) -> Claimed | None:
        """Leave the visitor's nook (if any), claim a place in ``place.room`` and join it there.

        None when the connection closed while the place was being claimed (it is given back).
        """
        if self.world.place_of(connection.id) is not None:  # a newcomer is nowhere: no coroutine to await
            await self.leave(connection.id)
        placement = await self.broker.claim_place(place.room, self.shared.limits.nook_cap)
        key = (place.room, placement.nook)
        if connection.closing is not None:
            await self.broker.release_place(*key)
            return None
        self.world.join(connection.id, place.name, place.look, place.room, placement.nook)
        return Claimed(key, placement.already_there)

    async def settle(self, connection_id: str, claimed: Claimed) -> bytes | None:
        """The newcomer's snapshot once the nook's other members are known; None if it moved on."""
        # ``_ensure_subscribed``'s first question asked here: in a nook this instance already follows
        # (nearly every arrival) no coroutine is made to answer False.
        key = claimed.key
        if key not in self._subscribed and await self._ensure_subscribed(key) and claimed.already_there:
            # Others are there on other instances: let their answers arrive before the
            # snapshot, so the newcomer does not see an empty nook fill up a moment later.
            await self._await_members(claimed.key, claimed.already_there + 1)
        if self.world.place_of(connection_id) != claimed.key:
            return None
        return self.snapshot(connection_id)

    def snapshot(self, connection_id: str) -> bytes | None:
        """The ``room`` frame for a visitor now, or None when it is in no nook."""
        place = self.world.place_of(connection_id)
        if place is None:
            return None
        # The visitor who just arrived may not be in the last counts yet.
        count = max(self.shared.counts.rooms.get(place[0], 0), self.world.local_count(place[0]))
        return self.world.snapshot(connection_id, count)

    async def leave(self, connection_id: str) -> None:
        place = self.world.leave(connection_id)
        if place is None:
            return
        await self.broker.release_place(*place)
        if not self.world.has_local_members(place) and place in self._subscribed:
            self._subscribed.discard(place)
            await self.broker.unsubscribe(place)

    async def _ensure_subscribed(self, key: NookKey) -> bool:
        """Subscribe to a nook this instance had nobody in; True if it asked the others."""
        if key in self._subscribed:
            return False
        self._subscribed.add(key)
        await self.broker.subscribe(key)
        if not self.broker.shares_nooks:
            return False
        await self.broker.publish([(key, self.world.sync_request())])
        return True

    async def _await_members(self, key: NookKey, expected: int) -> None:
        # Counted in turns rather than read from the clock, so that a test's frozen clock
        # cannot make it wait for ever.
        for _ in range(int(SNAPSHOT_WAIT / 0.01)):
            if len(self.world.nook_members(key)) >= expected:
                return
            await asyncio.sleep(0.01)

    # -- the other instances -------------------------------------------------------------

    async def follow(self) -> None:
        """Apply what the broker brings from the other instances, for as long as it runs."""
        async for event in self.broker.events():
            try:
                if isinstance(event, Delivery):
                    reply = self.world.apply_remote(event.key, event.payload)
                    if reply is not None:
                        await self.broker.publish([(event.key, reply)])
                elif isinstance(event, OriginLost):
                    self.world.forget_origin(event.origin)
                elif isinstance(event, Resync):
                    await self._reannounce(event.keys)
            except Exception:
                log.exception("a broker event failed")

    async def _reannounce(self, keys: tuple[NookKey, ...]) -> None:
        batch: list[tuple[NookKey, bytes]] = []
        for key in keys:
            if not self.world.has_local_members(key):
                continue
            state = self.world.state_of(key)
            if state is not None:
                batch.append((key, state))
            batch.append((key, self.world.sync_request()))
        if batch:
            await self.broker.publish(batch)
