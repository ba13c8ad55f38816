"""The limits that keep one visitor (or one flood) from hurting the others."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Every knob of the real-time service, with the defaults of docs/protocol.md §8.

    Set from ``KAKUREGA_<FIELD>`` by ``settings.Settings.limits``, which checks them."""

    tick_ms: int = 100
    # Under load the tick stretches, step by step, up to this (world/tick_pace.py).
    tick_max_ms: int = 200
    # Each nook is flushed once per tick, but the nooks are flushed in this many groups
    # spread over the tick: one tick's writes then never hold the loop for long at once.
    tick_parts: int = 4
    counts_ms: int = 2000
    nook_cap: int = 40
    hello_timeout: float = 5.0
    rename_timeout: float = 180.0
    idle_timeout: float = 75.0
    max_frame_bytes: int = 1024
    frames_per_second: float = 15.0
    frames_burst: int = 30
    # Per address (an IPv6 /64) and per instance: a generous ceiling of open connections,
    # and a rate of new ones; a whole municipality's tablets may share one address
    # (world/address.py). ``shared_networks`` multiplies both for known school exits.
    max_per_address: int = 2000
    address_handshakes_per_second: float = 20.0
    address_handshakes_burst: int = 200
    # The whole instance: new connections admitted per second (a stampede after another
    # instance died is spread out, each told when to come back with ``retry_ms``).
    handshakes_per_second: float = 500.0
    handshakes_burst: int = 1000
    shared_networks: tuple[tuple[str, float], ...] = ()
    max_connections: int = 7000  # one core's worth with room for bursts (docs/performance.md)
    send_queue: int = 64
    slow_timeout: float = 10.0
    drain_spread_ms: int = 4500
    drain_timeout: float = 10.0

    def for_clients(self, tick_ms: int | None = None) -> dict[str, int]:
        """The ``limits`` map of ``welcome``, with the tick as it is now (``tick_ms``) when it stretched."""
        return {
            "tick_ms": self.tick_ms if tick_ms is None else tick_ms,
            "counts_ms": self.counts_ms,
            "max_frame_bytes": self.max_frame_bytes,
            "frames_per_second": int(self.frames_per_second),
            "idle_ms": int(self.idle_timeout * 1000),
            "nook_cap": self.nook_cap,
        }


class TokenBucket:
    """Allows ``rate`` events a second on average, ``burst`` at once."""

    __slots__ = ("burst", "rate", "stamp", "tokens")

    def __init__(self, rate: float, burst: int, now: float) -> None:
        self.rate = rate
        self.burst = float(burst)
        self.tokens = float(burst)
        self.stamp = now

    def take(self, now: float) -> bool:
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < 1.0:
            return False
        self.tokens -= 1.0
        return True


class KeyedBuckets:
    """One token bucket per key (an address, a browser id, a login name)."""

    SWEEP_SECONDS = 60.0

    def __init__(self, per_minute: float, burst: int, max_keys: int) -> None:
        self.rate = per_minute / 60.0
        self.burst = burst
        self.max_keys = max_keys
        self._buckets: dict[Hashable, TokenBucket] = {}
        self._swept = float("-inf")

    def take(self, key: Hashable, now: float, scale: float = 1.0) -> bool:
        """One event for ``key``; a new key's bucket gets ``scale`` times the rate and burst."""
        if now - self._swept >= self.SWEEP_SECONDS:
            # A key is held only while its bucket is still refilling (docs/privacy.md).
            self._forget_full(now)
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.max_keys:
                self._forget_full(now)
            if len(self._buckets) >= self.max_keys:
                return False  # under a flood of fresh keys, refuse rather than grow without end
            bucket = self._buckets[key] = TokenBucket(self.rate * scale, int(self.burst * scale), now)
        return bucket.take(now)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._buckets

    def _forget_full(self, now: float) -> None:
        self._swept = now
        for key, bucket in list(self._buckets.items()):
            if bucket.tokens + (now - bucket.stamp) * bucket.rate >= bucket.burst:
                del self._buckets[key]

    def __len__(self) -> int:
        return len(self._buckets)
