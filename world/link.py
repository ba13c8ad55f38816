"""One connection's way out: the only code that delivers a frame.

A frame goes straight to the transport when it can take it now
(``Transport.send_now``: uvicorn's socket through world/send_now.py, or a
polling session's buffer). When it cannot — its buffer is full, or the server
offers no such write — the frame goes to the protocol's queue and a writer task
sends the queue, awaiting the transport: one slow client never stalls a nook,
and a connection holds a task only while it has a queue. While a queue exists,
every frame waits behind it, so frames never overtake each other.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Collection
from typing import Protocol

from world.connection import ConnectionProtocol
from world.stats import HubStats

SEND_TIMEOUT = 2.0  # how long a goodbye may take to leave before the transport is just closed
COUNTS_BATCH = 500  # counts frames written between two turns of the event loop

SENT, HELD, DROPPED = 1, 0, -1  # HELD: queued, or not sent because a goodbye was said


class Transport(Protocol):
    """One accepted WebSocket or polling session, as the hub needs it."""

    async def receive(self) -> bytes | str | None:
        """The next message, or None once the peer has gone."""

    async def send(self, data: bytes) -> None: ...

    def send_now(self, data: bytes, *more: bytes) -> bool:
        """Write these messages now, in one write, if the transport can take them; False: use ``send``."""

    async def close(self, code: int) -> None: ...


class Link:
    __slots__ = (
        "address",
        "counts_frame",
        "held",
        "protocol",
        "send_now",
        "snapshot",
        "stats",
        "transport",
        "writer",
    )

    def __init__(
        self,
        protocol: ConnectionProtocol,
        transport: Transport,
        address: bytes,
        stats: HubStats,
        snapshot: Callable[[str], bytes | None],
    ) -> None:
        self.protocol = protocol
        self.transport = transport
        # The transport's own callable, not a method wrapping it: it runs once per frame.
        self.send_now = transport.send_now
        self.address = address  # a keyed hash of the visitor's address (world/address.py)
        self.stats = stats
        self.snapshot = snapshot  # the visitor's ``room`` frame now, by connection id
        self.writer: asyncio.Task[None] | None = None
        self.held: list[bytes] | None = None  # frames held by ``cork``, in order

    def deliver(self, frame: bytes, now: float, urgent: bool = False) -> int:
        """Send or queue one frame: ``SENT``, ``HELD`` or ``DROPPED`` (the visitor is behind).

        Owed counts ride along in the same write. ``SENT`` frames are left for the
        caller to count (a tick counts a nook's frames at once).
        """
        protocol = self.protocol
        if protocol.closing is not None:
            return HELD  # its goodbye is on the way; nothing may follow it
        if self.writer is None:
            if protocol.owes_counts:
                counts = protocol.shared.counts_frame
                if self.send_now(frame, counts):
                    protocol.owes_counts = False
                    self.stats.count_sent(counts)
                    return SENT
            elif self.send_now(frame):
                return SENT
        if not protocol.queue(frame, now, urgent):
            return DROPPED
        if self.writer is None:
            self.writer = asyncio.create_task(self._write())
        return HELD

    def cork(self) -> bool:
        """Hold what is sent until ``uncork``, which writes it all at once: an arrival's
        ``welcome`` and ``room`` leave in one write instead of two (on loopback a write costs
        the sender the receiver's kernel work too: docs/performance.md, "Arrivals through the
        network"). Frames keep their order; False if nothing is held (a queue is being written)."""
        if self.held is not None or self.writer is not None:
            return False
        held: list[bytes] = []
        self.held = held

        def hold(data: bytes, *more: bytes) -> bool:
            held.append(data)
            held.extend(more)
            return True

        # ``deliver`` is the tick's hot path: it stays as it is, and its write is what is swapped.
        self.send_now = hold
        return True

    def uncork(self, now: float) -> None:
        """Write what ``cork`` held, in one write (queued, like any frame, if the socket is full)."""
        held, self.held = self.held, None
        self.send_now = self.transport.send_now
        if not held or self.send_now(*held):
            return
        for frame in held:
            self.protocol.queue(frame, now, urgent=True)
        if self.writer is None:
            self.writer = asyncio.create_task(self._write())

    def send(self, frame: bytes, now: float, urgent: bool = False) -> None:
        """``deliver`` for a frame that is not part of a tick: counted here."""
        if self.deliver(frame, now, urgent) == SENT:
            self.stats.count_sent(frame)

    async def _write(self) -> None:
        protocol, transport, stats = self.protocol, self.transport, self.stats
        try:
            while True:
                frame = protocol.next_to_write()
                if frame is None and protocol.needs_snapshot():
                    frame = self.snapshot(protocol.id)
                    stats.snapshots_resent += frame is not None
                    # Counts that changed may have been dropped with the deltas, and unchanged
                    # counts are not sent again: they follow the snapshot (on the next write).
                    protocol.owes_counts = protocol.in_world
                if frame is None:
                    return
                await transport.send(frame)
                stats.count_sent(frame)
        except asyncio.CancelledError:
            raise
        except Exception:
            return  # the peer went away mid-send; the reader notices and cleans up
        finally:
            self.writer = None

    async def stop_writing(self) -> None:
        writer, self.writer = self.writer, None
        if writer is not None:
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await writer

    async def say_bye(self, frame: bytes, code: int) -> None:
        """The last frame, then the close; neither may hang the caller."""
        await self.stop_writing()
        await say_bye(self.transport, frame, code)


async def say_bye(transport: Transport, frame: bytes, code: int) -> None:
    # The bye and the close in the same turn of the event loop whenever the transport takes
    # them without waiting: a polling session answers a GET in any turn, and the GET that
    # takes the bye must carry the close code (docs/protocol.md §10.3). ``asyncio.wait_for``
    # ran each in a task of its own (Python 3.11), a turn or two apart; ``asyncio.timeout``
    # bounds them in place.
    with contextlib.suppress(Exception):
        async with asyncio.timeout(SEND_TIMEOUT):
            await transport.send(frame)
    with contextlib.suppress(Exception):
        async with asyncio.timeout(SEND_TIMEOUT):
            await transport.close(code)


async def send_owed_counts(
    links: Collection[Link], frame: bytes, clock: Callable[[], float], before: int
) -> None:
    """Send the counts ``frame`` on its own to every link that still owes it (no tick carried it)
    and has owed it since an earlier check than ``before``: fresh ones wait for a tick longer."""
    owing = [link for link in links if link.protocol.owes_counts and link.protocol.counts_owed_at < before]
    # Possibly thousands of writes: let the ticks and the readers in every few hundred.
    for start in range(0, len(owing), COUNTS_BATCH):
        if start:
            await asyncio.sleep(0)
        now = clock()
        for link in owing[start : start + COUNTS_BATCH]:
            if link.protocol.owes_counts:
                link.protocol.owes_counts = False
                link.send(frame, now)
