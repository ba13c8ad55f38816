"""The async adapter around the sans-I/O parts: a loop per transport, and the timers.

One ``Hub`` per server process. Each connection's decisions are made by its
``ConnectionProtocol`` (world/connection.py) and carried out here; the world's by
``World`` (world/engine.py). Frames leave through the connection's ``Link``
(world/link.py), places are claimed and nooks followed across instances by
``Nooks`` (world/placement.py), and who may come in is ``Admission``'s
(world/address.py). What is left here: start and drain, one loop per transport,
and three timers (the tick, the counts, the sweep of expired connections).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import os
import random
import secrets
import time
from collections.abc import Callable
from typing import Any

from stats.tally import Tally
from world import protocol
from world.address import Admission, Admitted
from world.brokers import Broker, Counts, NookKey
from world.connection import (
    Action,
    Close,
    ConnectionProtocol,
    NamePolicy,
    Place,
    RefusalText,
    Send,
    Shared,
)
from world.engine import World
from world.limits import Limits, TokenBucket
from world.link import Link, Transport, say_bye, send_owed_counts
from world.name_pass import NamePass
from world.placement import Nooks
from world.protocol import CLOSE_CODES, Pose, Walk
from world.stats import HubStats
from world.tick_pace import TickPace

__all__ = ["Hub", "Transport"]

log = logging.getLogger("kakurega.world")

# How long after a check owed counts wait to ride on a visitor's tick before going alone (at most
# three quarters of ``counts_ms``), and only counts owed since an earlier check go then: fresh counts
# wait a whole check more, up to ``counts_ms`` + 1.5 s (3.5 s). A nook of 40 that walks every ~45 s
# ticks about once a second: after 0.5 s about two visitors in three still owed the counts and each
# got a write of its own; after 1.5 s about one in four (docs/performance.md, "Arrivals: fewer
# objects, rarer pauses"); after 3.5 s about one in thirty. While people arrive the counts change at
# every check, and those writes were ~0.6 an arrival (docs/performance.md, "Arrivals, round of
# 2026-12-03 (b)").
COUNTS_RIDE_WAIT = 1.5


class ConnectionIds:
    """Connection ids as ``secrets.token_urlsafe(6)`` makes them (6 random bytes, 8 characters), drawn
    from the system's random source ``POOL`` at a time: ``token_urlsafe`` asked it for 6 bytes at every
    arrival, a system call each (docs/performance.md, "Arrivals, round of 2026-12-03"). A process
    forked from this one (``kakurega serve --workers``) draws its own: the pool is emptied in the child.
    """

    POOL = 512  # ids per draw

    __slots__ = ("_at", "_pool")

    def __init__(self) -> None:
        self._pool = b""
        self._at = 0
        os.register_at_fork(after_in_child=self.forget)

    def forget(self) -> None:
        self._pool, self._at = b"", 0

    def next(self) -> str:
        at = self._at
        if at >= len(self._pool):
            self._pool, at = os.urandom(6 * self.POOL), 0
        self._at = at + 6
        return base64.urlsafe_b64encode(self._pool[at : at + 6]).decode("ascii")


CONNECTION_IDS = ConnectionIds()


class Hub:
    def __init__(
        self,
        world: World,
        broker: Broker,
        limits: Limits,
        *,
        check_name: NamePolicy,
        refusal_text: RefusalText,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        visits: Tally | None = None,
        name_pass: NamePass | None = None,
    ) -> None:
        self.world = world
        self.broker = broker
        self.limits = limits
        self.shared = Shared(limits, world.room_slugs, check_name, refusal_text, name_pass)
        self._clock = clock
        self._wall_clock = wall_clock
        self._links: dict[str, Link] = {}
        # Each nook's local members' links, as the tick last found them (``_members_of``).
        self._nook_links: dict[NookKey, tuple[tuple[str, ...], list[Link]]] = {}
        self._admission = Admission(limits, clock())
        self.nooks = Nooks(world, broker, self.shared)
        self._tasks: list[asyncio.Task[Any]] = []
        self._closing: set[asyncio.Task[None]] = set()
        self.draining = False
        self.stats = HubStats()
        self.pace = TickPace(limits.tick_ms, limits.tick_max_ms, clock())
        # Visit statistics (stats/): told of each placement and each goodbye, nothing more.
        self.visits = visits or Tally(secrets.token_bytes(32), wall_clock())

    # -- lifecycle --------------------------------------------------------------------

    async def start(self, *, timers: bool = True) -> None:
        """Join the broker and start the timers (tests drive ``tick``, ``sweep``… themselves)."""
        await self.broker.start()
        self._tasks = [asyncio.create_task(self.nooks.follow(), name="kakurega-broker")]
        if timers:
            self._tasks += [
                asyncio.create_task(self._tick_loop(), name="kakurega-ticker"),
                asyncio.create_task(self._counts_loop(), name="kakurega-counts"),
                asyncio.create_task(self._sweep_loop(), name="kakurega-sweeper"),
            ]

    async def drain(self, timeout: float = 10.0) -> None:
        """Stop taking visitors, ask each to come back (elsewhere) after a jittered pause."""
        self.draining = True
        await asyncio.gather(
            *(
                self._do(link, link.protocol.close("draining", retry_ms=self._retry_ms()))
                for link in self._links.values()
            ),
            return_exceptions=True,
        )
        deadline = time.monotonic() + timeout
        while self._links and time.monotonic() < deadline:
            await asyncio.sleep(0.05)

    async def stop(self) -> None:
        """Drain if nobody did yet, then stop the timers and leave the broker."""
        if not self.draining:
            await self.drain()
        with contextlib.suppress(Exception):
            await self.tick()  # the leaves of the drained visitors still go out to other instances
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
        await self.broker.stop()

    def _retry_ms(self) -> int:
        # Spread reconnections so that a restart does not become a stampede on the next server.
        return random.randint(500, 500 + self.limits.drain_spread_ms)

    # -- what pages may ask -----------------------------------------------------------

    @property
    def counts(self) -> Counts:
        return self.shared.counts

    @property
    def connection_count(self) -> int:
        return len(self._links)

    # -- one connection ---------------------------------------------------------------

    async def serve(
        self, transport: Transport, address: str, frame_bucket: TokenBucket | None = None
    ) -> None:
        """Run one accepted transport until it closes. Never raises.

        ``frame_bucket`` is the server's budget for the connection's frames, when it keeps one
        (world/send_now.py counts WebSocket control frames in it); the session spends it on data frames.
        """
        admitted = self._admit(address)
        if not isinstance(admitted, Admitted):
            reason, retry_ms = admitted
            self.stats.refused[reason] += 1
            await say_bye(transport, protocol.bye(reason, retry_ms), CLOSE_CODES[reason])
            return
        self.stats.accepted += 1
        connection_id = CONNECTION_IDS.next()
        connection = ConnectionProtocol(connection_id, self.shared, self._clock(), frame_bucket)
        # The link keeps the keyed hash of the address (to release it), never the address.
        link = Link(connection, transport, admitted.key, self.stats, self.nooks.snapshot)
        self._links[connection_id] = link
        try:
            while connection.closing is None:
                data = await transport.receive()
                if data is None or connection.closing is not None:
                    break
                self.stats.frames_in += 1
                wall_ms = int(self._wall_clock() * 1000)
                await self._do(link, connection.receive(data, self._clock(), wall_ms))
        except Exception:
            log.exception("a connection failed unexpectedly")
            await self._do(link, connection.close("bad_frame"))
        finally:
            await self._forget(link)

    def socket_opened(self, address: str) -> bool:
        """A socket accepted from ``address`` (world/http_guard.py): False past the address's ceiling."""
        if self._admission.socket_opened(address):
            return True
        self.stats.full["address_sockets"] += 1
        return False

    def socket_closed(self, address: str) -> None:
        self._admission.socket_closed(address)

    def socket_closing(self, address: str) -> bool:
        """A socket's close is written (world/send_now.py): False if it must be dropped now."""
        return self._admission.socket_closing(address)

    def closing_socket_closed(self, address: str) -> None:
        self._admission.closing_socket_closed(address)

    def _admit(self, address: str) -> Admitted | tuple[str, int]:
        """Admitted, or the ``bye`` reason and its ``retry_ms`` (world/address.py)."""
        if self.draining:
            return "draining", self._retry_ms()
        admitted = self._admission.admit(address, self._clock(), len(self._links))
        if isinstance(admitted, Admitted):
            return admitted
        self.stats.full[admitted.why] += 1
        return "full", admitted.retry_ms

    async def _do(self, link: Link, actions: list[Action]) -> None:
        """Carry out what the connection's protocol asked for, in order.

        A hello's ``welcome`` and the ``room`` its placement brings leave in one write (``Link.cork``).
        """
        if len(actions) > 1 and isinstance(actions[-1], Place) and link.cork():
            try:
                await self._carry_out(link, actions)
            finally:
                link.uncork(self._clock())
        else:
            await self._carry_out(link, actions)

    async def _carry_out(self, link: Link, actions: list[Action]) -> None:
        for action in actions:
            if isinstance(action, Send):
                link.send(action.frame, self._clock(), action.urgent)
            elif isinstance(action, Walk):
                self.world.walk(link.protocol.id, action.x, action.y)
            elif isinstance(action, Pose):
                self.world.set_pose(link.protocol.id, action.pose)
            elif isinstance(action, Place):
                await self._place(link, action)
            elif isinstance(action, Close):
                self.stats.closes[action.reason] += 1
                if link.held is not None:  # what was held goes first, as it would have without the cork
                    link.uncork(self._clock())
                await link.say_bye(protocol.bye(action.reason, action.retry_ms), action.code)
                # Others stop seeing this avatar now, even if the transport takes a while to die.
                await self.nooks.leave(link.protocol.id)

    async def _place(self, link: Link, place: Place) -> None:
        connection = link.protocol
        claimed = await self.nooks.claim(connection, place)
        if claimed is None:
            return
        self.visits.placed(connection.id, connection.browser, place.room, self._wall_clock())
        snapshot = await self.nooks.settle(connection.id, claimed)
        if snapshot is not None:
            # ``_do`` less its cork, which only a hello's actions take: ``placed`` sends one frame.
            await self._carry_out(link, connection.placed(snapshot))

    async def _forget(self, link: Link) -> None:
        self._links.pop(link.protocol.id, None)
        key = self.world.place_of(link.protocol.id)
        if key is not None:  # its nook's ticks look for their links afresh (``_members_of``)
            self._nook_links.pop(key, None)
        self.visits.gone(link.protocol.id, self._wall_clock())
        self._admission.release(link.address)
        await link.stop_writing()
        with contextlib.suppress(Exception):
            await self.nooks.leave(link.protocol.id)

    # -- timers -----------------------------------------------------------------------

    async def _tick_loop(self) -> None:
        parts = self.limits.tick_parts
        deadline = time.monotonic()
        part = 0
        while True:
            interval = self.pace.interval_ms / 1000 / parts  # read each part: the tick stretches
            part = (part + 1) % parts
            due = deadline + interval
            now = time.monotonic()
            # Fell far behind (a stalled loop): do not try to catch up.
            deadline = now if now - due > interval else due
            await asyncio.sleep(max(deadline - now, 0))
            woke = time.monotonic()
            started = time.perf_counter()
            cpu = time.thread_time()
            try:
                await self.tick(part, parts)
            except Exception:
                log.exception("a tick failed")
            self.stats.observe_tick(time.perf_counter() - started)
            self.paced(woke, woke - due, time.thread_time() - cpu)

    def paced(self, now: float, lateness: float, work: float) -> None:
        """One tick part started ``lateness`` s after it was due and flushed in ``work`` s of CPU."""
        if self.pace.observe(now, lateness, work):
            self.shared.set_tick_ms(self.pace.interval_ms)
            log.info(
                "tick now %d ms (ticks %.0f %% of a core, loop %.0f ms late)",
                self.pace.interval_ms,
                100 * self.pace.last.work_share,
                1000 * self.pace.last.lag_s,
            )

    async def tick(self, part: int = 0, parts: int = 1) -> None:
        """Flush every changed nook (of one share, see ``World.flush``): one frame, to each local member."""
        now = self._clock()
        publications: list[tuple[NookKey, bytes]] = []
        drops = 0
        for flush in self.world.flush(publish=self.broker.shares_nooks, part=part, parts=parts):
            frame = flush.frame
            if frame is not None:
                sent = 0
                for link in self._members_of(flush.key, flush.recipients):
                    # ``Link.deliver``'s common case, inline: it runs for every member of every nook
                    # that ticks (docs/performance.md, "The tick's cost per update, round of 2026-12-03").
                    protocol = link.protocol
                    if (
                        link.writer is None
                        and protocol.closing is None
                        and not protocol.owes_counts
                        and link.send_now(frame)
                    ):
                        sent += 1
                        continue
                    result = link.deliver(frame, now)
                    if result > 0:
                        sent += 1
                    elif result < 0:
                        drops += 1
                self.stats.count_sent(frame, sent)
            elif not flush.recipients:
                self._nook_links.pop(flush.key, None)
            if flush.publication is not None:
                publications.append((flush.key, flush.publication))
        self.stats.queue_drops += drops
        if publications:
            await self.broker.publish(publications)

    def _members_of(self, key: NookKey, recipients: tuple[str, ...]) -> list[Link]:
        """The links of a nook's local members, kept while its members stay the same.

        A nook ticks far more often than its members change: this spares a lookup among all the
        server's links for each member at each tick. Comparing the tuples costs little, their ids
        being the same objects. A link forgotten (``_forget``) drops its nook's entry: nothing is
        written to a visitor gone while its leave is on its way, as before.
        """
        cached = self._nook_links.get(key)
        if cached is not None and cached[0] == recipients:
            return cached[1]
        links = self._links
        members = [link for link in map(links.get, recipients) if link is not None]
        self._nook_links[key] = (recipients, members)
        return members

    async def _counts_loop(self) -> None:
        period = self.limits.counts_ms / 1000
        wait = min(COUNTS_RIDE_WAIT, period * 0.75)
        while True:
            try:
                await self.refresh_counts()
                await asyncio.sleep(wait)
                await self.send_owed_counts()
            except Exception:
                log.exception("counting failed")
            await asyncio.sleep(period - wait)

    async def refresh_counts(self) -> None:
        """Fetch the counts; if they changed, each visitor in the world gets them on its next tick.

        A counts message of its own would be one more write per visitor every
        ``counts_ms``, a tenth of all writes at 10,000 visitors; riding on a tick
        it costs no write at all (docs/performance.md). Unchanged counts are not sent
        again: a quiet visitor's nook has no tick, and each would cost a write of its own
        (~2,500 a second for a quiet crowd of 5,000). Nobody is left without them: they
        ride with every ``room`` snapshot (``ConnectionProtocol.placed``), and a visitor
        owing them keeps owing until they are sent.
        """
        changed = self.shared.set_counts(await self.broker.room_counts(self.world.local_counts()))
        if self.shared.counts.scope == "all":
            self.visits.service_count(self.shared.counts.total, self._wall_clock())
        if changed:
            for link in self._links.values():
                link.protocol.counts_changed()

    async def send_owed_counts(self) -> None:
        """Send the counts on their own to those who owe them since before the last check (their
        nook had no tick for a whole check and more): fresh ones wait for a tick a check longer."""
        shared = self.shared
        await send_owed_counts(self._links.values(), shared.counts_frame, self._clock, shared.counts_check)

    async def _sweep_loop(self) -> None:
        while True:
            await asyncio.sleep(1.0)
            self.sweep()

    def sweep(self) -> None:
        """Close the connections whose timers ran out or that stayed too far behind."""
        now = self._clock()
        for link in list(self._links.values()):
            protocol = link.protocol
            if now < protocol.quiet_until:
                continue  # none of its timers can have run out (``ConnectionProtocol.quiet_until``)
            actions = protocol.expired(now)
            if actions:
                # Closing may wait on a stuck transport: do it aside, and keep the task referenced.
                task = asyncio.create_task(self._do(link, actions))
                self._closing.add(task)
                task.add_done_callback(self._closing.discard)
