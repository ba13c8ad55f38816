"""Brokers carry presence between server instances; the backend is chosen by URL.

``memory://`` (the default) keeps everything in this process; ``redis://…``
shares it through Redis (see ``world.brokers.redis``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from world.brokers.base import Broker, BrokerEvent, Counts, Delivery, NookKey, OriginLost, Placement, Resync
from world.brokers.memory import MemoryBroker, bus_named

__all__ = [
    "Broker",
    "BrokerEvent",
    "Counts",
    "Delivery",
    "NookKey",
    "OriginLost",
    "Placement",
    "Resync",
    "broker_from_url",
]


def broker_from_url(url: str | None) -> Broker:
    """``None`` or ``memory://[NAME]`` → the in-process broker; ``redis://``, ``rediss://``,
    ``redis+cluster://`` and ``redis+sentinel://`` (each also ``rediss+…``) → Redis."""
    if not url:
        return MemoryBroker()
    scheme = urlsplit(url).scheme
    if scheme == "memory":
        return MemoryBroker(bus_named(urlsplit(url).netloc))
    if scheme in ("redis", "rediss", "redis+cluster", "rediss+cluster", "redis+sentinel", "rediss+sentinel"):
        try:
            from world.brokers.redis import RedisBroker
        except ImportError as error:
            raise ValueError(f"the redis broker is not available: {error}") from error
        return RedisBroker(url)
    raise ValueError(f"unknown broker URL scheme {scheme!r}: use memory:// or redis://")
