"""One connection's protocol state, sans-I/O: which frames are allowed now, and its timers.

The async adapter feeds it every received message with the current time and
asks it, once a second, whether a timer ran out.
"""

from __future__ import annotations

from enum import Enum

from world.limits import Limits, TokenBucket
from world.protocol import Command, Hello, Ping, ProtocolError, decode_client_frame


class Phase(Enum):
    AWAITING_HELLO = "awaiting_hello"
    IN_WORLD = "in_world"


# The members as module constants: ``Phase.IN_WORLD`` is an attribute of an Enum class, which Python
# 3.11 looks up through ``EnumType``'s own ``__getattr__`` hook, ~1,000 instructions each, and the
# counts check asks it of every connection (docs/performance.md, "Arrivals, round of 2026-12-03 (c)").
AWAITING_HELLO = Phase.AWAITING_HELLO
IN_WORLD = Phase.IN_WORLD


# What may come before the hello, as a tuple: ``Hello | Ping`` in ``isinstance`` is a new object each frame.
_BEFORE_HELLO = (Hello, Ping)


class Session:
    __slots__ = ("_bucket", "_deadline", "_last_frame", "_limits", "_room_slugs", "phase")

    def __init__(
        self, limits: Limits, room_slugs: frozenset[str], now: float, bucket: TokenBucket | None = None
    ) -> None:
        self._limits = limits
        self._room_slugs = room_slugs
        # The server's own bucket when it has one: it spends the same budget on pings and pongs.
        self._bucket = bucket or TokenBucket(limits.frames_per_second, limits.frames_burst, now)
        self._last_frame = now
        self._deadline: float | None = now + limits.hello_timeout
        self.phase = AWAITING_HELLO

    def receive(self, data: bytes | str, now: float) -> Command:
        """Check one message against every limit and rule; raises ``ProtocolError``."""
        self._last_frame = now
        if len(data) > self._limits.max_frame_bytes:
            raise ProtocolError("too_big")
        if not self._bucket.take(now):
            raise ProtocolError("too_fast")
        command = decode_client_frame(data, self._room_slugs)
        if self.phase is AWAITING_HELLO:
            if not isinstance(command, _BEFORE_HELLO):
                raise ProtocolError("bad_frame", "say hello first")
        elif isinstance(command, Hello):
            raise ProtocolError("bad_frame", "hello was already said")
        if isinstance(command, Hello) and command.version != 1:
            raise ProtocolError("version")
        return command

    def name_refused(self, now: float) -> None:
        """A refused name gets a fresh, longer deadline: a child needs time to think of another."""
        self._deadline = now + self._limits.rename_timeout

    def welcomed(self) -> None:
        self.phase = IN_WORLD
        self._deadline = None

    def next_expiry(self) -> float:
        """The earliest time ``expired`` may name a reason, as things stand now (a later frame only
        moves the idle timer on; ``name_refused`` may bring the hello deadline nearer)."""
        idle = self._last_frame + self._limits.idle_timeout
        deadline = self._deadline
        return idle if deadline is None or deadline > idle else deadline

    def expired(self, now: float) -> str | None:
        """The ``bye`` reason of a timer that ran out, if one did."""
        if self._deadline is not None and now >= self._deadline:
            return "hello_timeout"
        if now - self._last_frame >= self._limits.idle_timeout:
            return "idle"
        return None
