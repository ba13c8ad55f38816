"""Flood limits for posting, per browser and per address, held in memory only.

Addresses are never written anywhere; a bucket is forgotten once it is full again, so
the tables only hold the few keys that posted recently.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from world.limits import TokenBucket


@dataclass(frozen=True, slots=True)
class PostLimits:
    """Set from ``KAKUREGA_POSTS_<NAME>`` (``settings.Settings.post_limits``)."""

    browser_burst: int = 3
    browser_per_minute: float = 0.5
    # One school's tablets share one address: the address limit is much looser.
    address_burst: int = 30
    address_per_minute: float = 6.0
    max_keys: int = 50_000


class KeyedBuckets:
    """One token bucket per key (an address, a browser id, a login name)."""

    def __init__(self, per_minute: float, burst: int, max_keys: int) -> None:
        self.rate = per_minute / 60.0
        self.burst = burst
        self.max_keys = max_keys
        self._buckets: dict[str, TokenBucket] = {}

    def take(self, key: str, now: float) -> bool:
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.max_keys:
                self._forget_full(now)
            if len(self._buckets) >= self.max_keys:
                return False  # under a flood of fresh keys, refuse rather than grow without end
            bucket = self._buckets[key] = TokenBucket(self.rate, self.burst, now)
        return bucket.take(now)

    def _forget_full(self, now: float) -> None:
        for key, bucket in list(self._buckets.items()):
            if bucket.tokens + (now - bucket.stamp) * bucket.rate >= bucket.burst:
                del self._buckets[key]

    def __len__(self) -> int:
        return len(self._buckets)


class FloodGuard:
    def __init__(self, limits: PostLimits) -> None:
        self.browsers = KeyedBuckets(limits.browser_per_minute, limits.browser_burst, limits.max_keys)
        self.addresses = KeyedBuckets(limits.address_per_minute, limits.address_burst, limits.max_keys)

    def allow(self, browser: str | None, address: str | None, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        # The browser first: one browser hammering away must not use up its school's address.
        if browser is not None and not self.browsers.take(browser, now):
            return False
        return address is None or self.addresses.take(address, now)
