"""Flood limits for posting: per browser, with a looser per-address backstop (rooms/browsers.py)."""

from __future__ import annotations

from dataclasses import dataclass

from rooms.browsers import FloodGuard


@dataclass(frozen=True, slots=True)
class PostLimits:
    """Set from ``KAKUREGA_POSTS_<NAME>`` (``settings.Settings.post_limits``)."""

    browser_burst: int = 3
    browser_per_minute: float = 0.5
    # A whole school's tablets can share one address: the address is only a coarse backstop
    # against a flood that drops its browser token.
    address_burst: int = 60
    address_per_minute: float = 20.0
    max_keys: int = 50_000
    shared_networks: tuple[tuple[str, float], ...] = ()

    def guard(self) -> FloodGuard:
        return FloodGuard(
            browser=(self.browser_per_minute, self.browser_burst),
            address=(self.address_per_minute, self.address_burst),
            shared_networks=self.shared_networks,
            max_keys=self.max_keys,
        )
