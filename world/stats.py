"""Plain counters the hub keeps on its hot path, read by the metrics endpoint when scraped.

Integers bumped in place cost next to nothing per frame; a Prometheus counter
object per event would take a lock each time. Nothing here identifies a visitor.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

TICK_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25)


class HubStats:
    __slots__ = (
        "accepted",
        "bytes_out",
        "closes",
        "frames_in",
        "frames_out",
        "full",
        "queue_drops",
        "refused",
        "snapshots_resent",
        "tick_buckets",
        "tick_count",
        "tick_seconds",
    )

    def __init__(self) -> None:
        self.accepted = 0
        self.refused = Counter[str]()  # "full" / "draining" before a session began
        self.full = Counter[str]()  # why "full": address_open, address_rate, pod_rate, pod_open
        self.frames_in = 0
        self.frames_out = 0
        self.bytes_out = 0
        self.queue_drops = 0
        self.snapshots_resent = 0
        self.closes = Counter[str]()  # by bye reason
        self.tick_count = 0
        self.tick_seconds = 0.0
        self.tick_buckets = [0] * (len(TICK_BUCKETS) + 1)

    def observe_tick(self, seconds: float) -> None:
        self.tick_count += 1
        self.tick_seconds += seconds
        self.tick_buckets[bisect_left(TICK_BUCKETS, seconds)] += 1

    def count_sent(self, frame: bytes, times: int = 1) -> None:
        self.frames_out += times
        self.bytes_out += len(frame) * times
