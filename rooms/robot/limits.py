"""Rate limits for the robot, in memory only: per browser, per address, per instance.

A browser is told apart by its anonymous token (rooms/browsers.py), the address is a
coarse backstop, and the instance has a ceiling that protects the chat engine. Only keyed
hashes are held (the key is random per process), and nothing is logged.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rooms.browsers import FloodGuard
from rooms.robot.config import RobotConfig
from world.limits import TokenBucket


class RobotLimiter:
    def __init__(
        self,
        config: RobotConfig,
        *,
        max_keys: int = 50_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = config.rate
        self.clock = clock
        self.guard = FloodGuard(
            browser=(config.rate * 60, config.burst),
            address=(config.address_rate * 60, config.address_burst),
            shared_networks=config.shared_networks,
            max_keys=max_keys,
        )
        self._total = TokenBucket(config.total_rate, config.total_burst, clock())

    def allow(self, token: str | None, address: str | None) -> bool:
        now = self.clock()
        return self.guard.allow(token, address, now) and self._total.take(now)

    def retry_after(self) -> int:
        return max(1, round(1 / self.rate)) if self.rate > 0 else 60


__all__ = ["RobotLimiter"]
