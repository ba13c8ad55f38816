"""One visitor's connection, sans-I/O: what each received frame, timer and close leads to.

In the style of h11's and websockets' protocol objects. The adapter (world/hub.py,
through world/link.py) tells a ``ConnectionProtocol`` what happened — a frame
arrived, a place was found, time passed, the server wants it gone — and gets
back what to do: frames to send, a place to claim, an avatar to move, a
goodbye to say. It holds the connection's rules (world/session.py), its
bounded send queue with the slow-consumer rule (world/outbox.py), whether
counts are owed and whether a goodbye was said. No sockets, tasks or clocks:
the same object serves a WebSocket and an HTTP long-polling session.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from world import protocol
from world.brokers.base import Counts
from world.limits import Limits, TokenBucket
from world.looks import Look
from world.name_pass import NamePass
from world.outbox import Outbox
from world.protocol import CLOSE_CODES, ENTRANCE, Enter, Hello, Ping, Pose, ProtocolError, Walk
from world.session import IN_WORLD, Session


class NameVerdict(Protocol):
    ok: bool
    name: str
    reason: str | None


NamePolicy = Callable[[str], NameVerdict]
RefusalText = Callable[[str], str]

# The name policy's verdicts kept, by the name as sent: children pick the same few names again and
# again, and the policy reads each through every disguise it knows (tens of µs an arrival, the
# largest part of a hello: docs/performance.md, "Arrivals, round (j)"). The policy is a pure
# function of the name (its rules are fixed while the process runs), so a kept verdict is the
# verdict. At most this many names (≤ 64 bytes each), the least recently seen forgotten first.
NAME_VERDICTS = 4096


# -- actions: what the adapter must do ----------------------------------------------------


# Send and Place are made for every arrival (a welcome, a snapshot, a placement) and Send for every
# ping: plain dataclasses, as the commands are (world/protocol.py ``Hello``). Nothing changes them.
@dataclass(slots=True)
class Send:
    """Deliver ``frame``; an ``urgent`` one goes out even when the visitor is behind."""

    frame: bytes
    urgent: bool = False


@dataclass(slots=True)
class Place:
    """Leave the current nook (if any), claim a place in ``room``, then call ``placed``."""

    room: str
    name: str
    look: Look


@dataclass(frozen=True, slots=True)
class Close:
    """Say ``bye`` (with ``retry_ms`` when set), close with ``code``, and take the avatar away."""

    reason: str
    code: int
    retry_ms: int | None = None


Action = Send | Place | Walk | Pose | Close


class Shared:
    """What every connection of one hub reads: limits, rooms, the name policy, the latest counts."""

    __slots__ = (
        "check_name",
        "client_limits",
        "counts",
        "counts_check",
        "counts_frame",
        "limits",
        "name_pass",
        "names_passed",
        "refusal_text",
        "room_slugs",
        "welcome_tail",
    )

    def __init__(
        self,
        limits: Limits,
        room_slugs: frozenset[str],
        check_name: NamePolicy,
        refusal_text: RefusalText,
        name_pass: NamePass | None = None,
    ) -> None:
        self.limits = limits
        self.room_slugs = room_slugs
        self.check_name: NamePolicy = functools.lru_cache(maxsize=NAME_VERDICTS)(check_name)
        # Issues a pass with every welcome and takes one instead of the policy (world/name_pass.py);
        # None: no passes (a core built without the server's secret, as the benches build it).
        self.name_pass = name_pass
        self.names_passed = 0  # hellos whose pass stood for the policy (``kakurega_name_passes``)
        self.refusal_text = refusal_text
        self.counts = Counts(dict.fromkeys(room_slugs, 0), scope="all")
        # Never empty: it rides with every snapshot, even one made before the first count.
        self.counts_frame = protocol.counts(self.counts.rooms, self.counts.total, self.counts.scope)
        self.counts_check = 0  # how many times the counts were checked (``set_counts``)
        self.client_limits = limits.for_clients()  # ``welcome.limits``: the tick as it is now
        self.welcome_tail = self._welcome_tail()

    def _welcome_tail(self) -> bytes:
        # Every newcomer's ``welcome`` ends with the counts and the limits: encoded once for all
        # of them, again whenever either changes (``set_counts``, ``set_tick_ms``).
        counts = self.counts
        return protocol.welcome_tail(counts.rooms, counts.total, self.client_limits)

    def set_tick_ms(self, tick_ms: int) -> None:
        """The tick stretched or came back (world/tick_pace.py): newcomers are told the new one."""
        self.client_limits = self.limits.for_clients(tick_ms)
        self.welcome_tail = self._welcome_tail()

    def set_counts(self, counts: Counts) -> bool:
        """The latest counts; True if they differ from the last (rooms, total or scope)."""
        self.counts = counts
        self.counts_check += 1
        frame = protocol.counts(counts.rooms, counts.total, counts.scope)
        changed, self.counts_frame = frame != self.counts_frame, frame
        if changed:
            self.welcome_tail = self._welcome_tail()
        return changed


# The commands handed to the hub as they are, as a tuple: ``Walk | Pose`` in ``isinstance`` was a new
# object for every frame.
_MOVES = (Walk, Pose)


class ConnectionProtocol:
    __slots__ = (
        "browser",
        "closing",
        "counts_owed_at",
        "id",
        "look",
        "name",
        "outbox",
        "owes_counts",
        "quiet_until",
        "room",
        "session",
        "shared",
    )

    def __init__(
        self, connection_id: str, shared: Shared, now: float, frame_bucket: TokenBucket | None = None
    ) -> None:
        self.id = connection_id
        self.shared = shared
        self.session = Session(shared.limits, shared.room_slugs, now, frame_bucket)
        self.outbox = Outbox(shared.limits.send_queue)
        self.closing: Close | None = None  # once set, nothing more is sent: the goodbye is last
        self.owes_counts = False  # the latest counts wait to ride on this visitor's next frame
        self.counts_owed_at = -1  # the check (``Shared.counts_check``) since which they are owed
        self.name = ""
        self.look: Look = {}
        self.room: str | None = None  # where the avatar is (or is being placed)
        self.browser: str | None = None  # hello.b: only for visit statistics (stats/tally.py)
        # No timer of this connection runs out before this time (``expired`` sets it; anything that
        # may bring a timer nearer sets it back to 0): the hub's sweep passes over it until then
        # without asking (docs/performance.md, "Arrivals, round of 2026-12-04").
        self.quiet_until = 0.0

    @property
    def in_world(self) -> bool:
        return self.session.phase is IN_WORLD

    # -- events ----------------------------------------------------------------------------

    def receive(self, data: bytes | str, now: float, wall_ms: int) -> list[Action]:
        """One frame from the client; ``wall_ms`` is the time for a ``pong``."""
        if self.closing is not None:
            return []
        try:
            command = self.session.receive(data, now)
        except ProtocolError as error:
            return self.close(error.reason, code=error.close_code)
        if isinstance(command, _MOVES):
            return [command]
        if isinstance(command, Ping):
            return [Send(protocol.pong(command.n, wall_ms), urgent=True)]
        if isinstance(command, Enter):
            if command.room == self.room:
                return []
            self.room = command.room
            return [Place(command.room, self.name, self.look)]
        return self._hello(command, now)

    def _hello(self, hello: Hello, now: float) -> list[Action]:
        shared = self.shared
        name_pass = shared.name_pass
        if (
            name_pass is not None
            and hello.name_pass is not None
            and name_pass.verifies(hello.name, hello.name_pass)
        ):
            # This server's policy, with these rules, accepted exactly this name before (here or on
            # another instance sharing the secret): accepted as sent, its pass still good.
            name, new_pass = hello.name, hello.name_pass
            shared.names_passed += 1
        else:
            # No pass, or one that does not verify (another secret, older rules, another name):
            # read as if none had come. A pass never refuses a name.
            verdict = shared.check_name(hello.name)
            if not verdict.ok:
                reason = verdict.reason or "chars"
                self.session.name_refused(now)
                self.quiet_until = 0.0  # a deadline of its own now
                return [Send(protocol.name_refused(reason, shared.refusal_text(reason)), urgent=True)]
            name = verdict.name
            new_pass = None if name_pass is None else self._pass_for(hello.name, name)
        self.session.welcomed()
        self.name, self.look = name, hello.look
        self.browser = hello.browser
        self.room = hello.room or ENTRANCE
        welcome = protocol.welcome_spliced(self.id, name, hello.look, shared.welcome_tail, new_pass)
        return [Send(welcome, urgent=True), Place(self.room, self.name, self.look)]

    def _pass_for(self, sent: str, shown: str) -> str | None:
        """The pass for ``shown``, the name the policy accepted ``sent`` as, only if the policy
        accepts ``shown`` as it is too: a later hello brings ``shown``, and its pass must stand
        for exactly the verdict that hello would get. (The policy judges the shown name since the
        review of the name pass; this holds the pass to it whatever the policy does.)"""
        name_pass = self.shared.name_pass
        if name_pass is None:
            return None
        if shown != sent:
            again = self.shared.check_name(shown)
            if not again.ok or again.name != shown:
                return None
        return name_pass.issue(shown)

    def placed(self, snapshot: bytes) -> list[Action]:
        """The avatar is in its nook; ``snapshot`` is the ``room`` frame that shows it.

        The counts ride in the snapshot's write: counts are sent only when they change
        (``Hub.refresh_counts``), so whoever arrives or changes rooms starts with them here.
        """
        if self.closing is not None:
            return []
        self.owes_counts = True
        self.counts_owed_at = -1  # they ride in the snapshot's write (or go at the next chance)
        return [Send(snapshot, urgent=True)]

    def counts_changed(self) -> None:
        """The counts changed at this check: owed from now on, unless they were owed already."""
        # ``in_world`` spelled out: this runs for every connection whenever the counts change.
        if not self.owes_counts and self.session.phase is IN_WORLD:
            self.owes_counts = True
            self.counts_owed_at = self.shared.counts_check

    def expired(self, now: float) -> list[Action]:
        """Timers: the hello and idle deadlines, and the slow-consumer rule."""
        if self.closing is not None:
            return []
        reason = self.session.expired(now)
        slow_timeout = self.shared.limits.slow_timeout
        if reason is None and self.outbox.is_stuck(now, slow_timeout):
            reason = "slow"
        if reason is None:
            self.quiet_until = min(self.session.next_expiry(), self.outbox.stuck_at(slow_timeout))
            return []
        return self.close(reason)

    def close(self, reason: str, *, code: int | None = None, retry_ms: int | None = None) -> list[Action]:
        """The server ends the connection; a second close does nothing."""
        if self.closing is not None:
            return []
        self.closing = Close(reason, CLOSE_CODES[reason] if code is None else code, retry_ms)
        self.owes_counts = False
        return [self.closing]

    # -- the send queue ------------------------------------------------------------------

    def queue(self, frame: bytes, now: float, urgent: bool) -> bool:
        """Put a frame the transport could not take now in the queue; False: dropped (behind)."""
        if urgent:
            self.outbox.push_urgent(frame)
            return True
        if self.outbox.push(frame, now):
            return True
        self.quiet_until = 0.0  # behind: the slow timer runs from now
        return False

    def next_to_write(self) -> bytes | None:
        """The next queued frame, or None; after a drop, ``needs_snapshot`` turns true once."""
        return self.outbox.pop()

    def needs_snapshot(self) -> bool:
        """The queue overflowed and has emptied since: a fresh snapshot replaces what was lost."""
        if self.outbox.needs_snapshot():
            self.outbox.caught_up()
            return True
        return False
