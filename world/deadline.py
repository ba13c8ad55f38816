"""A deadline that moves without a timer each time it moves.

A kept-alive connection that makes a request every few hundred milliseconds, or a
polling session that a GET reaches as often, had a timer created and cancelled for each
request: two or three microseconds each, several per poll (docs/performance.md). Here
moving the deadline later, or clearing it, only writes a number; the one timer that is
waiting fires, finds the deadline moved or gone, and sets itself again or lapses.
"""

from __future__ import annotations

import asyncio
import weakref
from collections import deque
from collections.abc import Callable
from typing import Protocol


class Turn(Protocol):
    """What waits in a ``Queue``: told when its turn comes (a ``Deadline``, a queued keep-alive ping)."""

    def _turn(self) -> None: ...


class Queue:
    """One loop timer for the first setting of many deadlines of one length, on one loop.

    Every accepted socket sets its request deadline once (world/http_guard.py) and nearly every one
    is cleared or stopped well before it falls due: a timer each, made and cancelled, was ~3 µs of
    an arrival (docs/performance.md, "Arrivals, round of 2026-12-03 (c)"). Set at the loop's time
    plus the same length, they fall due in the order they were set, so a deque and the one timer for
    its head keep them. What a queued deadline does when its turn comes is ``Deadline._fire``'s (a
    deadline moved later since takes a timer of its own then; a cleared one lapses).
    """

    __slots__ = ("_entries", "_loop", "_timer", "seconds")

    def __init__(self, loop: asyncio.AbstractEventLoop, seconds: float) -> None:
        self._loop = loop
        self.seconds = seconds
        self._entries: deque[tuple[float, Turn]] = deque()
        self._timer: asyncio.TimerHandle | None = None

    def push(self, at: float, deadline: Turn) -> None:
        self._entries.append((at, deadline))
        if self._timer is None:
            self._timer = self._loop.call_at(at, self._run)

    def _run(self) -> None:
        self._timer = None
        entries = self._entries
        now = self._loop.time()
        while entries and entries[0][0] <= now:
            entries.popleft()[1]._turn()
        if entries:
            self._timer = self._loop.call_at(entries[0][0], self._run)

    def __len__(self) -> int:
        return len(self._entries)


_QUEUES: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[float, Queue]] = (
    weakref.WeakKeyDictionary()
)


def queue_for(loop: asyncio.AbstractEventLoop, seconds: float) -> Queue:
    """The loop's ``Queue`` for deadlines ``seconds`` long."""
    queues = _QUEUES.get(loop)
    if queues is None:
        queues = _QUEUES[loop] = {}
    queue = queues.get(seconds)
    if queue is None:
        queue = queues[seconds] = Queue(loop, seconds)
    return queue


class Deadline:
    """Calls ``action`` once the deadline last set has passed, unless it was cleared before.

    With a ``queue`` (``queue_for``), a deadline set with the queue's length while it has no timer
    waits in the queue instead of taking a timer of its own."""

    __slots__ = ("_action", "_at", "_loop", "_queue", "_queued", "_timer")

    def __init__(
        self, loop: asyncio.AbstractEventLoop, action: Callable[[], None], queue: Queue | None = None
    ) -> None:
        self._loop = loop
        self._action = action
        self._at: float | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._queue = queue
        self._queued = False  # waiting in ``_queue``: due no later than any deadline set since

    def set_in(self, seconds: float) -> None:
        at = self._at = self._loop.time() + seconds
        if self._queued:  # its turn comes no later than ``at`` (the queue's length, set earlier)
            if seconds >= self._queue.seconds:  # type: ignore[union-attr]
                return
        elif self._timer is None and self._queue is not None and seconds == self._queue.seconds:
            self._queued = True
            self._queue.push(at, self)
            return
        timer = self._timer
        if timer is None or timer.when() > at:  # a timer due later than the deadline would be late
            if timer is not None:
                timer.cancel()
            self._timer = self._loop.call_at(at, self._fire)

    @property
    def set(self) -> bool:
        return self._at is not None

    def clear(self) -> None:
        self._at = None  # the waiting timer, if any, lapses when it fires

    def stop(self) -> None:
        """Clear, and let go of the timer and the action at once: the owner is closing.

        The action is usually the owner's bound method, so a deadline kept by its owner is a
        reference cycle; dropping it here lets a closed connection go by reference counting
        alone (tests/test_hardening_memory.py)."""
        self._at = None
        self._action = _nothing
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _turn(self) -> None:
        """Its turn in the queue came: as a timer of its own firing (unless one took over meanwhile)."""
        self._queued = False
        if self._timer is None:
            self._fire()

    def _fire(self) -> None:
        self._timer = None
        at = self._at
        if at is None:
            return
        if self._loop.time() < at:
            self._timer = self._loop.call_at(at, self._fire)
            return
        self._at = None
        self._action()


def _nothing() -> None:
    pass
