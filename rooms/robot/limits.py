"""Rate limits for the robot, in memory only.

A visitor is told apart by a keyed hash of the client address: the key is random
per process and never leaves it, so the table cannot be turned back into
addresses, and it forgets the oldest entries when full.  Nothing is logged.
Behind a reverse proxy every visitor may share one address; then the per-visitor
limit acts like a second instance-wide one (see docs/api.md).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable

from world.limits import TokenBucket


class RobotLimiter:
    def __init__(
        self,
        rate: float,
        burst: int,
        total_rate: float,
        total_burst: int,
        *,
        capacity: int = 4096,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.capacity = capacity
        self.clock = clock
        self._key = secrets.token_bytes(32)
        self._buckets: OrderedDict[bytes, TokenBucket] = OrderedDict()
        self._total = TokenBucket(total_rate, total_burst, clock())

    def allow(self, address: str | None) -> bool:
        now = self.clock()
        tag = hmac.new(self._key, (address or "").encode(), hashlib.sha256).digest()[:12]
        bucket = self._buckets.get(tag)
        if bucket is None:
            bucket = TokenBucket(self.rate, self.burst, now)
            self._buckets[tag] = bucket
            if len(self._buckets) > self.capacity:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(tag)
        return bucket.take(now) and self._total.take(now)

    def retry_after(self) -> int:
        return max(1, round(1 / self.rate)) if self.rate > 0 else 60


__all__ = ["RobotLimiter"]
