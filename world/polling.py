"""HTTP long-polling sessions: the same connection as ``/ws``, carried by plain requests.

A ``PollSession`` is a ``Transport`` (world/link.py) for the hub: frames the hub
sends wait in it until the client's next ``GET /poll/{token}`` takes them all;
frames the client posts wait in its inbox until the hub reads them. Its buffer
plays the part of a socket's: while it holds ``limit_frames`` frames or
``limit_bytes`` bytes, ``send_now`` says no, the frames go to the connection's
queue, and the slow-consumer rule applies exactly as on a WebSocket.

The wire format and the HTTP answers are in docs/protocol.md §10; the endpoint
that speaks them is world/poll_gateway.py.
"""

from __future__ import annotations

import asyncio
import secrets
import struct
from collections import deque
from collections.abc import Callable

from world.deadline import Deadline

POLL_WAIT = 25.0  # how long a GET waits for the first frame before answering empty
# After the first frame, how long a GET waits for more to share its answer. Each answer
# costs the server a whole HTTP request (most of a polling visitor's CPU), and ticks come
# every 100 ms: 250 ms gathers two or three into one answer and still lets a walk be
# seen within ~100 ms (the tick) + 250 ms + a round trip (docs/performance.md).
POLL_LINGER = 0.25
POLL_GONE = 30.0  # with no GET in flight for this long, the client has gone
INBOX = 64  # client frames waiting for the hub; a POST waits while it is full
# A session the hub closed while no GET was waiting keeps only its last frames, in an
# ``EndedSession`` of a few hundred bytes, for the GET that takes them. A whole session
# (~6 KB, and its hub connection) held 30 s for each refusal let one address fill a
# pod's memory in seconds: ~3,000 refused ``POST /poll`` a second, ~1.2 GB
# (docs/protocol.md §10.3). At most ``ENDED_KEPT`` are kept, each for ``POLL_GONE`` at
# most, with at most ``ENDED_BYTES`` of frames (the last ones: the ``bye`` is last).
ENDED_KEPT = 20_000
ENDED_BYTES = 1024

_LENGTH = struct.Struct("!I")


def pack_frames(frames: list[bytes]) -> bytes:
    """Frames as one body: each is a 4-byte big-endian length, then that many bytes."""
    return b"".join(_LENGTH.pack(len(frame)) + frame for frame in frames)


def unpack_frames(body: bytes, max_frame: int) -> list[bytes]:
    """The frames of a body; ValueError if a length runs past the end or over ``max_frame``."""
    frames: list[bytes] = []
    offset = 0
    while offset < len(body):
        if offset + 4 > len(body):
            raise ValueError("a length prefix is cut short")
        (size,) = _LENGTH.unpack_from(body, offset)
        offset += 4
        if size > max_frame:
            raise OverflowError("a frame is larger than allowed")
        if offset + size > len(body):
            raise ValueError("a frame is cut short")
        frames.append(body[offset : offset + size])
        offset += size
    return frames


class PollSession:
    """One polling visitor's session: its buffers, its waiting GET and its timers."""

    def __init__(
        self,
        token: str,
        limit_frames: int,
        limit_bytes: int,
        on_gone: Callable[[PollSession], None] | None = None,
        on_closed: Callable[[PollSession], None] | None = None,
    ) -> None:
        self.token = token
        self.limit_frames = limit_frames
        self.limit_bytes = limit_bytes
        self.close_code: int | None = None  # set when the hub closed it; the next GET says so
        self.gone = False  # the client stopped polling, or took its last frames
        self._loop = asyncio.get_running_loop()
        self._frames: list[bytes] = []
        self._bytes = 0
        self._space = asyncio.Event()
        self._space.set()
        self._inbox: asyncio.Queue[bytes | None] = asyncio.Queue(INBOX)
        self._inbox_space = asyncio.Event()  # set when the hub took a frame, or reads no more
        self._waiter: asyncio.Future[None] | None = None
        self._polls = 0  # GETs so far: a newer one makes an older one answer at once
        self._linger: asyncio.TimerHandle | None = None
        self._first_at = 0.0  # when the oldest frame waiting was queued: the answer is due LINGER later
        # One deadline for two that never overlap: the waiting GET's (POLL_WAIT) and, between
        # GETs, the client's (POLL_GONE). Every GET moves it twice; no timer is made for that.
        self._deadline = Deadline(self._loop, self._deadline_passed)
        self._waiting = False  # whether the deadline is a waiting GET's (else the client's)
        self._deadline.set_in(POLL_GONE)
        self._on_gone = on_gone
        self._on_closed = on_closed  # told when closed with no GET waiting (``hand_over``)

    # -- the hub's side (Transport) -----------------------------------------------------

    def send_now(self, data: bytes, *more: bytes) -> bool:
        if self.close_code is not None or self.gone:
            return True  # like a closing socket: dropped, the reader learns of the end by itself
        if len(self._frames) >= self.limit_frames or self._bytes >= self.limit_bytes:
            return False
        if not self._frames:
            self._first_at = self._loop.time()
        self._frames.append(data)
        self._bytes += len(data)
        for frame in more:
            self._frames.append(frame)
            self._bytes += len(frame)
        self._ready()
        return True

    async def send(self, data: bytes) -> None:
        while not self.send_now(data):
            self._space.clear()
            await self._space.wait()

    async def close(self, code: int) -> None:
        if self.close_code is None:
            self.close_code = code
            self._answer()
            self._inbox_space.set()  # the hub reads no more: a POST waiting to put gives up
            if self._waiter is None and self._on_closed is not None:
                self._on_closed(self)  # no GET is under way: only the last frames are kept

    async def receive(self) -> bytes | str | None:
        frame = await self._inbox.get()
        self._inbox_space.set()
        return frame

    def abort(self, code: int) -> None:
        """End the session without a goodbye, as a WebSocket layer drops a broken connection."""
        if self.close_code is None:
            self.close_code = code
        self._answer()
        self._went()

    # -- the HTTP side ------------------------------------------------------------------

    async def put(self, frame: bytes) -> bool:
        """A frame the client posted; waits while the hub is behind with reading.

        False, at once, once the session has ended: the hub reads no more, and a POST
        waiting for room it will never make would hang for ever.
        """
        while self.close_code is None and not self.gone:
            try:
                self._inbox.put_nowait(frame)
            except asyncio.QueueFull:
                self._inbox_space.clear()
                await self._inbox_space.wait()
            else:
                return True
        return False

    async def take(self, wait: float = POLL_WAIT) -> tuple[list[bytes], int | None]:
        """For a GET: every frame queued since the last one, and the close code once closed.

        Waits up to ``wait`` for the first frame, and answers ``POLL_LINGER`` after the
        oldest frame waiting was queued (at once if that is past), with every frame that
        came meanwhile. A newer GET answers an older one at once (empty).
        """
        mine, waiter = self._begin(wait)
        if waiter is not None:
            await waiter
        return self._finish(mine)

    def take_then(self, answer: Callable[[list[bytes], int | None], None], wait: float = POLL_WAIT) -> int:
        """``take`` for a GET served without a task (world/poll_direct.py): ``answer(frames,
        close_code)`` is called when the answer is due, at once if it already is. Returns the
        GET's number, for ``hung_up``."""
        mine, waiter = self._begin(wait)
        if waiter is None:
            answer(*self._finish(mine))
            return mine

        def due(_: object) -> None:
            answer(*self._finish(mine))

        waiter.add_done_callback(due)
        return mine

    def hung_up(self, mine: int) -> None:
        """The client closed the connection of GET number ``mine`` before its answer came.

        A failed request is the end of the session for the client (docs/protocol.md §10.1):
        it never asks again, so the visitor leaves now, as when a WebSocket drops, rather than
        stand in its nook for the rest of the wait and ``POLL_GONE`` after it (~55 s).
        """
        if mine == self._polls and not self.gone:
            self._went()

    def _begin(self, wait: float) -> tuple[int, asyncio.Future[None] | None]:
        """A GET arrives: this GET's number, and what it waits for (None: its answer is due now)."""
        self._polls += 1
        mine = self._polls
        self._answer()  # an older GET, if any, gives way
        self._deadline.clear()  # the client is here
        if self.close_code is not None or self.gone or wait <= 0 or self._due():
            return mine, None
        waiter = self._waiter = self._loop.create_future()
        self._waiting = True
        self._deadline.set_in(wait)
        if self._frames:
            self._linger_on()
        return mine, waiter

    def _finish(self, mine: int) -> tuple[list[bytes], int | None]:
        """The answer of GET number ``mine``, now that it is due."""
        if mine != self._polls:
            return [], None  # a newer GET took over; it gets the frames
        self._waiter = None
        frames, self._frames, self._bytes = self._frames, [], 0
        self._space.set()
        if self.close_code is not None:
            self._went()
        elif not self.gone:
            self._waiting = False
            self._deadline.set_in(POLL_GONE)
        return frames, self.close_code

    def _deadline_passed(self) -> None:
        if self._waiting:
            self._answer()  # nothing came for POLL_WAIT: the GET answers empty
        else:
            self._went()  # no GET came back for POLL_GONE

    def _ready(self) -> None:
        waiter = self._waiter
        if waiter is None or waiter.done():
            return
        if self._half_full():
            self._answer()
        elif self._linger is None:
            self._linger_on()

    def _half_full(self) -> bool:
        # Past half the buffer a GET answers at once: lingering never makes a reader look slow.
        return 2 * len(self._frames) >= self.limit_frames or 2 * self._bytes >= self.limit_bytes

    def _due(self) -> bool:
        """Whether the frames waiting should go now: ``POLL_LINGER`` after the oldest was queued."""
        if not self._frames:
            return False
        return self._half_full() or self._loop.time() >= self._first_at + POLL_LINGER

    def _linger_on(self) -> None:
        # Answer when the oldest frame has waited ``POLL_LINGER``, with whatever came meanwhile.
        self._linger = self._loop.call_at(self._first_at + POLL_LINGER, self._answer)

    def _answer(self) -> None:
        if self._linger is not None:
            self._linger.cancel()
            self._linger = None
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _went(self) -> None:
        """No GET came back for ``POLL_GONE``, or the last frames were taken: the end."""
        if self.gone:
            return
        self._end()
        if self._on_gone is not None:
            self._on_gone(self)

    def hand_over(self) -> list[bytes]:
        """The frames still waiting, and the end of this session for the hub (its reader hears
        None at once) though not for the client: ``PollSessions`` keeps these for its last GET."""
        frames, self._frames, self._bytes = self._frames, [], 0
        if not self.gone:
            self._end()
        return frames

    def _end(self) -> None:
        self.gone = True
        self._deadline.stop()
        self._space.set()
        self._inbox_space.set()
        self._answer()
        try:
            self._inbox.put_nowait(None)
        except asyncio.QueueFull:
            # The hub is behind with reading: make room, it is over anyway.
            while not self._inbox.empty():
                self._inbox.get_nowait()
            self._inbox.put_nowait(None)


class EndedSession:
    """What is left of a session the hub closed before its last frames were asked for.

    Answers like a closed ``PollSession``: the next GET gets the frames and the close code
    (and the token is then unknown); a POST's frames are not taken (``put`` says False).
    """

    __slots__ = ("_forget", "_frames", "close_code", "gone", "token")

    def __init__(
        self, token: str, frames: list[bytes], close_code: int, forget: Callable[[EndedSession], None]
    ) -> None:
        self.token = token
        self.close_code: int | None = close_code
        self.gone = False
        self._frames = frames
        self._forget = forget

    async def put(self, frame: bytes) -> bool:
        return False

    async def take(self, wait: float = POLL_WAIT) -> tuple[list[bytes], int | None]:
        return self._last()

    def take_then(self, answer: Callable[[list[bytes], int | None], None], wait: float = POLL_WAIT) -> int:
        answer(*self._last())
        return 0

    def hung_up(self, mine: int) -> None:
        pass

    def abort(self, code: int) -> None:
        self._last()

    def _last(self) -> tuple[list[bytes], int | None]:
        frames, self._frames = self._frames, []
        if not self.gone:
            self.gone = True
            self._forget(self)
        return frames, self.close_code


def last_frames(frames: list[bytes], limit: int) -> list[bytes]:
    """The last of ``frames`` that fit in ``limit`` bytes together (a client that is told the
    session ended needs its ``bye``, which is last, not the deltas before it)."""
    kept: list[bytes] = []
    size = 0
    for frame in reversed(frames):
        size += len(frame)
        if size > limit:
            break
        kept.append(frame)
    kept.reverse()
    return kept


AnySession = PollSession | EndedSession


class PollSessions:
    """The polling sessions of this process, by token: open ones, and ended ones whose last
    frames wait for a GET (``EndedSession``, at most ``ENDED_KEPT``, for ``POLL_GONE`` at most)."""

    def __init__(self) -> None:
        self._sessions: dict[str, AnySession] = {}
        self._ended: deque[tuple[float, EndedSession]] = deque()  # oldest first

    def open(self, limit_frames: int, limit_bytes: int) -> PollSession:
        token = secrets.token_urlsafe(24)  # 192 bits: the token is the only key to a session
        session = PollSession(token, limit_frames, limit_bytes, on_gone=self._forget, on_closed=self._closed)
        self._sessions[token] = session
        return session

    def get(self, token: str) -> AnySession | None:
        return self._sessions.get(token)

    def _closed(self, session: PollSession) -> None:
        if self._sessions.get(session.token) is not session or session.close_code is None:
            return
        frames = last_frames(session.hand_over(), ENDED_BYTES)
        ended = EndedSession(session.token, frames, session.close_code, self._forget)
        self._sessions[session.token] = ended
        now = asyncio.get_running_loop().time()
        self._ended.append((now + POLL_GONE, ended))
        # Forget the expired, and the oldest past the ceiling (under a flood of refusals): their
        # GET finds no session (404), and the client opens a new one after its pause (§6).
        while self._ended and (len(self._ended) > ENDED_KEPT or self._ended[0][0] <= now):
            self._ended.popleft()[1].abort(0)

    def _forget(self, session: AnySession) -> None:
        if self._sessions.get(session.token) is session:
            del self._sessions[session.token]

    def __len__(self) -> int:
        return len(self._sessions)
