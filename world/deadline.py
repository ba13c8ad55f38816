"""A deadline that moves without a timer each time it moves.

A kept-alive connection that makes a request every few hundred milliseconds, or a
polling session that a GET reaches as often, had a timer created and cancelled for each
request: two or three microseconds each, several per poll (docs/performance.md). Here
moving the deadline later, or clearing it, only writes a number; the one timer that is
waiting fires, finds the deadline moved or gone, and sets itself again or lapses.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable


class Deadline:
    """Calls ``action`` once the deadline last set has passed, unless it was cleared before."""

    __slots__ = ("_action", "_at", "_loop", "_timer")

    def __init__(self, loop: asyncio.AbstractEventLoop, action: Callable[[], None]) -> None:
        self._loop = loop
        self._action = action
        self._at: float | None = None
        self._timer: asyncio.TimerHandle | None = None

    def set_in(self, seconds: float) -> None:
        at = self._at = self._loop.time() + seconds
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
