"""The limits that keep one visitor (or one flood) from hurting the others."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Every knob of the real-time service, with the defaults of docs/protocol.md §8.

    Set from ``KAKUREGA_<FIELD>`` by ``settings.Settings.limits``, which checks them."""

    tick_ms: int = 100
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
    max_per_address: int = 60
    max_connections: int = 20000
    send_queue: int = 64
    slow_timeout: float = 10.0
    drain_spread_ms: int = 4500
    drain_timeout: float = 10.0

    def for_clients(self) -> dict[str, int]:
        """The ``limits`` map of ``welcome``."""
        return {
            "tick_ms": self.tick_ms,
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


class AddressCounter:
    """Open connections per client address, in memory only while they are open.

    The address is never logged or stored anywhere else; when the last
    connection from it closes, it is forgotten.
    """

    __slots__ = ("_open", "limit")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._open: dict[str, int] = {}

    def acquire(self, address: str) -> bool:
        count = self._open.get(address, 0)
        if count >= self.limit:
            return False
        self._open[address] = count + 1
        return True

    def release(self, address: str) -> None:
        count = self._open.get(address, 0) - 1
        if count <= 0:
            self._open.pop(address, None)
        else:
            self._open[address] = count

    def __len__(self) -> int:
        return len(self._open)
