"""The async adapter around the engine: connections, the ticker, counts and the broker.

One ``Hub`` per server process. It owns every timer and socket; the decisions
are made by the sans-I/O parts (``World``, ``Session``, ``Outbox``).

The ticker writes a frame straight to each member's socket when the socket can
take it (``Transport.send_now``). When it cannot (its buffer is full, or the
server offers no such write) the frame goes to the connection's ``Outbox`` and a
writer task sends the queue, awaiting the socket: one slow client never stalls a
nook, and a connection only holds a task while it has a queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import secrets
import time
from collections.abc import Callable
from typing import Any, Protocol

from world.brokers import Broker, Counts, Delivery, NookKey, OriginLost, Resync
from world.engine import World
from world.limits import AddressCounter, Limits
from world.outbox import Outbox
from world.protocol import CLOSE_CODES, Enter, Hello, Ping, Pose, ProtocolError, Walk, bye, encode
from world.session import Phase, Session
from world.stats import HubStats

log = logging.getLogger("kakurega.world")

ENTRANCE = "genkan"
SEND_TIMEOUT = 2.0  # how long a goodbye may take to leave before the socket is just closed
SNAPSHOT_WAIT = 0.3  # how long a newcomer's snapshot may wait for the other instances' answers
COUNTS_BATCH = 500  # counts frames written between two turns of the event loop
COUNTS_RIDE_WAIT = 0.5  # how long fresh counts wait to ride on a visitor's tick before going alone


class Transport(Protocol):
    """One accepted WebSocket, as the hub needs it."""

    async def receive(self) -> bytes | str | None:
        """The next message, or None once the peer has gone."""

    async def send(self, data: bytes) -> None: ...

    def send_now(self, data: bytes, *more: bytes) -> bool:
        """Write these messages now, in one write, if the socket can take them; False: use ``send``."""

    async def close(self, code: int) -> None: ...


class NameVerdict(Protocol):
    ok: bool
    name: str
    reason: str | None


NamePolicy = Callable[[str], NameVerdict]
RefusalText = Callable[[str], str]


class Connection:
    __slots__ = ("address", "closing", "id", "outbox", "owes_counts", "session", "transport", "writer")

    def __init__(self, transport: Transport, address: str, session: Session, queue: int) -> None:
        self.id = secrets.token_urlsafe(6)
        self.transport = transport
        self.address = address
        self.session = session
        self.outbox = Outbox(queue)
        self.closing: tuple[str, int] | None = None
        # Runs only while the outbox holds frames; while it does, every frame queues
        # behind them, so frames never overtake each other.
        self.writer: asyncio.Task[None] | None = None
        self.owes_counts = False  # the latest counts wait to ride on this visitor's next tick


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
    ) -> None:
        self.world = world
        self.broker = broker
        self.limits = limits
        self._check_name = check_name
        self._refusal_text = refusal_text
        self._clock = clock
        self._connections: dict[str, Connection] = {}
        self._addresses = AddressCounter(limits.max_per_address)
        self._subscribed: set[NookKey] = set()
        self._tasks: list[asyncio.Task[Any]] = []
        self._counts = Counts(dict.fromkeys(world.rooms, 0), scope="all")
        self._counts_frame = b""
        self.draining = False
        self.stats = HubStats()
        self._closing: set[asyncio.Task[None]] = set()

    # -- lifecycle --------------------------------------------------------------------

    async def start(self) -> None:
        await self.broker.start()
        self._tasks = [
            asyncio.create_task(self._tick_loop(), name="kakurega-ticker"),
            asyncio.create_task(self._counts_loop(), name="kakurega-counts"),
            asyncio.create_task(self._sweep_loop(), name="kakurega-sweeper"),
            asyncio.create_task(self._broker_loop(), name="kakurega-broker"),
        ]

    async def drain(self, timeout: float = 10.0) -> None:
        """Stop taking visitors, ask each to come back (elsewhere) after a jittered pause."""
        self.draining = True
        connections = list(self._connections.values())
        await asyncio.gather(
            *(self._close(c, "draining", retry_ms=self._retry_ms()) for c in connections),
            return_exceptions=True,
        )
        deadline = self._clock() + timeout
        while self._connections and self._clock() < deadline:
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

    def room_counts(self) -> dict[str, int]:
        return dict(self._counts.rooms)

    @property
    def counts(self) -> Counts:
        return self._counts

    @property
    def connection_count(self) -> int:
        return len(self._connections)

    # -- one connection ---------------------------------------------------------------

    async def serve(self, transport: Transport, address: str) -> None:
        """Run one accepted WebSocket until it closes. Never raises."""
        if self.draining:
            self.stats.refused["draining"] += 1
            await _say_bye(transport, "draining", CLOSE_CODES["draining"], self._retry_ms())
            return
        if len(self._connections) >= self.limits.max_connections or not self._addresses.acquire(address):
            self.stats.refused["full"] += 1
            await _say_bye(transport, "full", CLOSE_CODES["full"], random.randint(5000, 15000))
            return
        self.stats.accepted += 1
        session = Session(self.limits, self.world.room_slugs, self._clock())
        connection = Connection(transport, address, session, self.limits.send_queue)
        self._connections[connection.id] = connection
        try:
            await self._read_loop(connection)
        except Exception:
            log.exception("a connection failed unexpectedly")
            await self._close(connection, "bad_frame")
        finally:
            await self._forget(connection)

    async def _read_loop(self, connection: Connection) -> None:
        stats = self.stats
        while connection.closing is None:
            data = await connection.transport.receive()
            if data is None or connection.closing is not None:
                return
            stats.frames_in += 1
            try:
                command = connection.session.receive(data, self._clock())
            except ProtocolError as error:
                await self._close(connection, error.reason, code=error.close_code)
                return
            if isinstance(command, Walk):
                self.world.walk(connection.id, command.x, command.y)
            elif isinstance(command, Pose):
                self.world.set_pose(connection.id, command.pose)
            elif isinstance(command, Ping):
                self._deliver_urgent(
                    connection, encode({"t": "pong", "n": command.n, "ts": int(time.time() * 1000)})
                )
            elif isinstance(command, Enter):
                await self._move(connection, command.room)
            elif isinstance(command, Hello):
                await self._hello(connection, command)

    async def _hello(self, connection: Connection, hello: Hello) -> None:
        verdict = self._check_name(hello.name)
        if not verdict.ok:
            reason = verdict.reason or "chars"
            self._deliver_urgent(
                connection,
                encode({"t": "name_refused", "reason": reason, "message": self._refusal_text(reason)}),
            )
            connection.session.name_refused(self._clock())
            return
        connection.session.welcomed()
        self._deliver_urgent(
            connection,
            encode(
                {
                    "t": "welcome",
                    "v": 1,
                    "you": connection.id,
                    "name": verdict.name,
                    "look": hello.look,
                    "rooms": self._counts.rooms,
                    "total": self._counts.total,
                    "limits": self.limits.for_clients(),
                }
            ),
        )
        await self._place(connection, hello.room or ENTRANCE, name=verdict.name, look=hello.look)

    async def _place(self, connection: Connection, room: str, *, name: str, look: dict[str, str]) -> None:
        placement = await self.broker.claim_place(room, self.limits.nook_cap)
        key = (room, placement.nook)
        if connection.closing is not None:
            await self.broker.release_place(*key)
            return
        self.world.join(connection.id, name, look, room, placement.nook)
        if await self._ensure_subscribed(key) and placement.already_there:
            # Others are there on other instances: let their answers arrive before the
            # snapshot, so the newcomer does not see an empty nook fill up a moment later.
            await self._await_members(key, placement.already_there + 1)
        if connection.closing is not None or self.world.place_of(connection.id) != key:
            return
        self._deliver_urgent(connection, encode(self.world.snapshot(connection.id, self._room_count(room))))

    async def _move(self, connection: Connection, room: str) -> None:
        place = self.world.place_of(connection.id)
        if place is None or place[0] == room:
            return
        avatar = self.world.avatar(connection.id)
        await self._leave_world(connection)
        await self._place(connection, room, name=avatar.name, look=avatar.look)

    async def _leave_world(self, connection: Connection) -> None:
        place = self.world.leave(connection.id)
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
        deadline = self._clock() + SNAPSHOT_WAIT
        while len(self.world.nook_members(key)) < expected and self._clock() < deadline:
            await asyncio.sleep(0.01)

    def _room_count(self, room: str) -> int:
        # The visitor who just arrived may not be in the last counts yet.
        return max(self._counts.rooms.get(room, 0), self.world.local_count(room))

    async def _forget(self, connection: Connection) -> None:
        self._connections.pop(connection.id, None)
        self._addresses.release(connection.address)
        if connection.writer is not None:
            connection.writer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await connection.writer
        with contextlib.suppress(Exception):
            await self._leave_world(connection)

    def _deliver(self, connection: Connection, frame: bytes, now: float) -> bool:
        """Send or queue a frame that may be dropped; False when it was (the visitor is behind)."""
        if connection.closing is not None:
            return True  # its goodbye is on the way; nothing may follow it
        if connection.writer is None and connection.transport.send_now(frame):
            self.stats.count_sent(frame)
            return True
        if not connection.outbox.push(frame, now):
            return False
        self._start_writer(connection)
        return True

    def _deliver_urgent(self, connection: Connection, frame: bytes) -> None:
        """Send or queue a frame that must arrive even when the visitor is behind (snapshot, pong)."""
        if connection.closing is not None:
            return  # its goodbye is on the way; nothing may follow it
        if connection.writer is None and connection.transport.send_now(frame):
            self.stats.count_sent(frame)
            return
        connection.outbox.push_urgent(frame)
        self._start_writer(connection)

    def _start_writer(self, connection: Connection) -> None:
        if connection.writer is None and connection.closing is None:
            connection.writer = asyncio.create_task(self._write_loop(connection))

    async def _write_loop(self, connection: Connection) -> None:
        outbox = connection.outbox
        transport = connection.transport
        try:
            while True:
                frame = outbox.pop()
                if frame is None and outbox.needs_snapshot():
                    outbox.caught_up()
                    place = self.world.place_of(connection.id)
                    if place is not None:
                        frame = encode(self.world.snapshot(connection.id, self._room_count(place[0])))
                        self.stats.snapshots_resent += 1
                if frame is None:
                    return
                await transport.send(frame)
                self.stats.count_sent(frame)
        except asyncio.CancelledError:
            raise
        except Exception:
            # The peer went away mid-send; the reader will notice and clean up.
            return
        finally:
            connection.writer = None

    async def _close(
        self, connection: Connection, reason: str, *, code: int | None = None, retry_ms: int | None = None
    ) -> None:
        if connection.closing is not None:
            return
        code = CLOSE_CODES[reason] if code is None else code
        connection.closing = (reason, code)
        self.stats.closes[reason] += 1
        if connection.writer is not None:
            connection.writer.cancel()
        await _say_bye(connection.transport, reason, code, retry_ms)
        # Others stop seeing this avatar now, even if the socket takes a while to die.
        await self._leave_world(connection)

    # -- periodic work ----------------------------------------------------------------

    async def _tick_loop(self) -> None:
        parts = self.limits.tick_parts
        interval = self.limits.tick_ms / 1000 / parts
        deadline = self._clock()
        part = 0
        while True:
            part = (part + 1) % parts
            deadline += interval
            delay = deadline - self._clock()
            if delay < -interval:  # fell far behind (a stalled loop): do not try to catch up
                deadline = self._clock()
                delay = 0
            await asyncio.sleep(max(delay, 0))
            started = time.perf_counter()
            try:
                await self.tick(part, parts)
            except Exception:
                log.exception("a tick failed")
            self.stats.observe_tick(time.perf_counter() - started)

    async def tick(self, part: int = 0, parts: int = 1) -> None:
        """Flush every changed nook (of one share, see ``World.flush``): one frame, to each local member."""
        now = self._clock()
        publications: list[tuple[NookKey, bytes]] = []
        connections = self._connections
        counts = self._counts_frame
        sent = drops = counts_sent = 0
        for flush in self.world.flush(publish=self.broker.shares_nooks, part=part, parts=parts):
            if flush.frame is not None:
                frame = flush.frame
                for avatar_id in flush.recipients:
                    connection = connections.get(avatar_id)
                    if connection is None or connection.closing is not None:
                        continue
                    # ``_deliver``, unrolled: this loop runs once per frame sent.
                    if connection.writer is None:
                        if connection.owes_counts:
                            if connection.transport.send_now(frame, counts):
                                connection.owes_counts = False
                                sent += 1
                                counts_sent += 1
                                continue
                        elif connection.transport.send_now(frame):
                            sent += 1
                            continue
                    if connection.outbox.push(frame, now):
                        self._start_writer(connection)
                    else:
                        drops += 1
                self.stats.count_sent(frame, sent)
                sent = 0
            if flush.publication is not None:
                publications.append((flush.key, flush.publication))
        self.stats.count_sent(counts, counts_sent)
        self.stats.queue_drops += drops
        if publications:
            await self.broker.publish(publications)

    async def _counts_loop(self) -> None:
        period = self.limits.counts_ms / 1000
        wait = min(COUNTS_RIDE_WAIT, period / 2)
        while True:
            try:
                await self.refresh_counts()
                await asyncio.sleep(wait)
                await self.send_owed_counts()
            except Exception:
                log.exception("counting failed")
            await asyncio.sleep(period - wait)

    async def refresh_counts(self) -> None:
        """Fetch the counts; each visitor in the world gets them on its next tick.

        A counts message of its own would be one more write per visitor every
        ``counts_ms``, a tenth of all writes at 10,000 visitors; riding on a tick
        it costs no write at all (docs/performance.md).
        """
        self._counts = await self.broker.room_counts(self.world.local_counts())
        self._counts_frame = encode(
            {
                "t": "counts",
                "rooms": self._counts.rooms,
                "total": self._counts.total,
                "scope": self._counts.scope,
            }
        )
        for connection in self._connections.values():
            if connection.session.phase is Phase.IN_WORLD:
                connection.owes_counts = True

    async def send_owed_counts(self) -> None:
        """Send the counts on their own to those whose nook had no tick since the refresh."""
        frame = self._counts_frame
        connections = [c for c in self._connections.values() if c.owes_counts]
        # Possibly thousands of writes: let the ticks and the readers in every few hundred.
        for start in range(0, len(connections), COUNTS_BATCH):
            if start:
                await asyncio.sleep(0)
            now = self._clock()
            for connection in connections[start : start + COUNTS_BATCH]:
                if connection.owes_counts:
                    connection.owes_counts = False
                    self._deliver(connection, frame, now)

    async def _sweep_loop(self) -> None:
        while True:
            await asyncio.sleep(1.0)
            now = self._clock()
            for connection in list(self._connections.values()):
                reason = connection.session.expired(now)
                if reason is None and connection.outbox.is_stuck(now, self.limits.slow_timeout):
                    reason = "slow"
                if reason is not None:
                    # Closing may wait on a stuck socket: do it aside, and keep the task referenced.
                    task = asyncio.create_task(self._close(connection, reason))
                    self._closing.add(task)
                    task.add_done_callback(self._closing.discard)

    async def _broker_loop(self) -> None:
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


async def _say_bye(transport: Transport, reason: str, code: int, retry_ms: int | None = None) -> None:
    with contextlib.suppress(Exception):
        await asyncio.wait_for(transport.send(bye(reason, retry_ms)), SEND_TIMEOUT)
    with contextlib.suppress(Exception):
        await asyncio.wait_for(transport.close(code), SEND_TIMEOUT)
