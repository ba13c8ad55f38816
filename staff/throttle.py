"""Slowing down password guessing without ever locking a staff member out.

A hard lock after N failures let anyone who knew a moderator's name keep moderation down.
Here failures are counted per *name and source* together: after a few, each next try of
that name from that source waits twice as long as the last (up to ``MAX_DELAY``). Someone
else guessing from elsewhere slows only themselves. A source trying many names meets a
plain rate (``per_source``) first, answered at once: it says nothing about any name.

Memory only, per instance. Names and addresses are kept as keyed hashes (the key is random
per process), and forgotten once quiet.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass

from world.limits import KeyedBuckets

FREE_FAILURES = 3  # a typo or two costs nothing
FIRST_DELAY = 30.0  # seconds before the try after the first failure past those
MAX_DELAY = 900.0
FORGET_AFTER = 3600.0  # a name and source quiet this long start again from nothing
MAX_PAIRS = 20_000


@dataclass(slots=True)
class _Failures:
    count: int
    next_try: float  # monotonic time before which a try is not even checked
    last: float


class LoginThrottle:
    def __init__(self, per_source: tuple[int, float] = (30, 10.0)) -> None:
        # (burst, per minute) of tries from one source, whatever the names
        self.sources = KeyedBuckets(per_source[1], per_source[0], 10_000)
        self._secret = secrets.token_bytes(16)
        self._pairs: OrderedDict[bytes, _Failures] = OrderedDict()

    def _key(self, *parts: str) -> bytes:
        joined = "\0".join(parts).encode("utf-8", "surrogatepass")
        return hashlib.blake2b(joined, key=self._secret, digest_size=16).digest()

    def source_allowed(self, source: str | None, now: float | None = None) -> bool:
        """False when one source tries too often, whatever the names (answered at once)."""
        if source is None:
            return True
        return self.sources.take(self._key(source), time.monotonic() if now is None else now)

    def delay(self, name: str, source: str | None, now: float | None = None) -> float:
        """Seconds this name must wait from this source before a try is checked (0: go ahead)."""
        now = time.monotonic() if now is None else now
        failures = self._pairs.get(self._pair(name, source))
        if failures is None:
            return 0.0
        return max(0.0, failures.next_try - now)

    def failed(self, name: str, source: str | None, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        key = self._pair(name, source)
        failures = self._pairs.pop(key, None)
        if failures is None or now - failures.last > FORGET_AFTER:
            failures = _Failures(0, now, now)
        failures.count += 1
        failures.last = now
        past = failures.count - FREE_FAILURES
        failures.next_try = now + (min(MAX_DELAY, FIRST_DELAY * 2 ** (past - 1)) if past > 0 else 0.0)
        self._pairs[key] = failures  # most recent last: the oldest go first when memory is full
        while len(self._pairs) > MAX_PAIRS:
            self._pairs.popitem(last=False)

    def succeeded(self, name: str, source: str | None) -> None:
        self._pairs.pop(self._pair(name, source), None)

    def _pair(self, name: str, source: str | None) -> bytes:
        return self._key(name.casefold()[:64], source or "")


class AttemptCounts:
    """Refused logins the audit trail records as counts, one line per kind and period.

    A line per attempt would let anyone fill the trail; a count still shows that
    somebody is trying. Names that are not staff are not kept at all: people type
    passwords into the name field.
    """

    PERIOD = 600.0

    def __init__(self, now: float | None = None) -> None:
        self._counts: Counter[tuple[str, str]] = Counter()
        self._since = time.monotonic() if now is None else now

    def add(self, action: str, staff_name: str) -> None:
        self._counts[(action, staff_name)] += 1

    def due(self, now: float | None = None, *, force: bool = False) -> list[tuple[str, str, int]]:
        """The counts to write now (and forget), once a period has passed or when forced."""
        now = time.monotonic() if now is None else now
        if not self._counts or (not force and now - self._since < self.PERIOD):
            return []
        due = [(action, name, count) for (action, name), count in sorted(self._counts.items())]
        self._counts.clear()
        self._since = now
        return due
