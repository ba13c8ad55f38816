"""What the swarm counts: a fixed-size latency histogram and plain counters.

A histogram rather than a list of samples: a 10,000-visitor run yields millions
of walk→seen samples, and progress lines want percentiles every few seconds.
Buckets are 0.1 ms wide below 100 ms, 1 ms wide below 10 s and 100 ms wide above,
so a percentile is never off by more than about 1 %.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

_FINE_END = 100.0  # ms
_MID_END = 10_000.0  # ms
_FINE_BUCKETS = 1000  # 0.1 ms each
_MID_BUCKETS = 9900  # 1 ms each
_COARSE_BUCKETS = 2900  # 100 ms each, up to 300 s
_SIZE = _FINE_BUCKETS + _MID_BUCKETS + _COARSE_BUCKETS


def _bucket(ms: float) -> int:
    if ms < _FINE_END:
        return int(ms * 10) if ms > 0 else 0
    if ms < _MID_END:
        return _FINE_BUCKETS + int(ms - _FINE_END)
    return min(_FINE_BUCKETS + _MID_BUCKETS + int((ms - _MID_END) / 100), _SIZE - 1)


def _upper_edge(index: int) -> float:
    """The largest latency (ms) a bucket holds: percentiles are reported conservatively."""
    if index < _FINE_BUCKETS:
        return (index + 1) / 10
    if index < _FINE_BUCKETS + _MID_BUCKETS:
        return _FINE_END + (index - _FINE_BUCKETS + 1)
    return _MID_END + (index - _FINE_BUCKETS - _MID_BUCKETS + 1) * 100


class Histogram:
    __slots__ = ("count", "counts", "max")

    def __init__(self) -> None:
        self.counts = [0] * _SIZE
        self.count = 0
        self.max = 0.0

    def add(self, ms: float) -> None:
        self.counts[_bucket(ms)] += 1
        self.count += 1
        if ms > self.max:
            self.max = ms

    def percentiles(self, *ps: float) -> list[float | None]:
        """The given percentiles (0‥100) in ms, None while there is no sample."""
        if not self.count:
            return [None for _ in ps]
        ranks = sorted((max(1, round(p / 100 * self.count)), i) for i, p in enumerate(ps))
        out: list[float | None] = [None] * len(ps)
        seen = 0
        pending = iter(ranks)
        rank, slot = next(pending)
        for index, n in enumerate(self.counts):
            if not n:
                continue
            seen += n
            while seen >= rank:
                out[slot] = round(min(_upper_edge(index), self.max), 1)
                try:
                    rank, slot = next(pending)
                except StopIteration:
                    return out
        return out


@dataclass(slots=True)  # several attributes are bumped for every frame received
class Tally:
    """Counters that only grow (``connected`` aside); the swarm subtracts snapshots to get a window."""

    frames: int = 0
    bytes: int = 0
    walks_sent: int = 0
    poses_sent: int = 0
    moves_sent: int = 0  # enter frames
    rooms_entered: int = 0  # snapshots of a room other than the one the visitor was in
    catch_ups: int = 0  # snapshots of the same room: the server dropped deltas the visitor read too late
    walk_updates: int = 0  # walk entries delivered in tick frames, to anyone, own echo included
    seen: int = 0  # walk→seen samples (others' walks, sent inside the window, read by observers)
    connected: int = 0  # visitors currently welcomed and placed
    handshake_failures: Counter[str] = field(default_factory=Counter)
    unexpected_closes: Counter[str] = field(default_factory=Counter)
    byes: Counter[str] = field(default_factory=Counter)
    protocol_errors: Counter[str] = field(default_factory=Counter)  # frames v1 does not allow
    name_refused: int = 0
    polls: int = 0  # answered GET /poll/{token}: what a polling visitor costs the server per second
    poll_frames: int = 0  # frames those GETs carried

    def snapshot(self) -> dict[str, int]:
        return {
            "frames": self.frames,
            "bytes": self.bytes,
            "walks_sent": self.walks_sent,
            "poses_sent": self.poses_sent,
            "moves_sent": self.moves_sent,
            "rooms_entered": self.rooms_entered,
            "catch_ups": self.catch_ups,
            "walk_updates": self.walk_updates,
            "seen": self.seen,
            "polls": self.polls,
            "poll_frames": self.poll_frames,
        }


class Arrivals:
    """How long visitors took to get in, timed from the start of their attempt to connect."""

    __slots__ = ("last_placed", "placed", "upgraded", "welcomed")

    def __init__(self) -> None:
        self.upgraded = Histogram()  # until the 101 response
        self.welcomed = Histogram()  # until the welcome frame
        self.placed = Histogram()  # until the first room snapshot: in the world
        self.last_placed = float("-inf")  # clock time of the latest first snapshot
