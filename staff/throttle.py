"""Login throttling in memory: per account name and per address, so guessing is slow from anywhere."""

from __future__ import annotations

import time

from world.limits import KeyedBuckets


class LoginThrottle:
    def __init__(
        self, per_name: tuple[int, float] = (5, 5.0), per_address: tuple[int, float] = (20, 10.0)
    ) -> None:
        # (burst, per minute)
        self.names = KeyedBuckets(per_name[1], per_name[0], 10_000)
        self.addresses = KeyedBuckets(per_address[1], per_address[0], 10_000)

    def allow(self, name: str, address: str | None) -> bool:
        now = time.monotonic()
        if address is not None and not self.addresses.take(address, now):
            return False
        return self.names.take(name.casefold()[:64], now)
