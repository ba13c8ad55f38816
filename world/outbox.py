"""A connection's bounded send queue and the slow-consumer policy of ARCHITECTURE.md §4."""

from __future__ import annotations

from collections import deque


class Outbox:
    """Frames waiting for one connection's writer.

    When the queue overflows, the queued deltas are worthless (the client
    would apply them to a picture it no longer has), so they are dropped and the
    outbox is marked *stale*: the writer sends a fresh snapshot instead as soon
    as it can. A connection stale for longer than the slow timeout is closed.
    """

    __slots__ = ("_frames", "limit", "stale_since")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        # Made when first needed: most connections never queue a frame (their socket takes every
        # write), and an empty deque is ~600 bytes and one more object for the collector to scan.
        self._frames: deque[bytes] | None = None
        self.stale_since: float | None = None

    def push(self, frame: bytes, now: float) -> bool:
        """Queue a frame; False when it was dropped (the outbox is or became stale)."""
        if self.stale_since is not None:
            return False
        frames = self._frames
        if frames is None:
            frames = self._frames = deque()
        if len(frames) >= self.limit:
            frames.clear()
            self.stale_since = now
            return False
        frames.append(frame)
        return True

    def push_urgent(self, frame: bytes) -> None:
        """Queue a frame that must go out even when stale (a snapshot, a pong, a bye)."""
        if self._frames is None:
            self._frames = deque()
        self._frames.append(frame)

    def pop(self) -> bytes | None:
        frames = self._frames
        return frames.popleft() if frames else None

    def needs_snapshot(self) -> bool:
        return self.stale_since is not None and not self._frames

    def caught_up(self) -> None:
        self.stale_since = None

    def stuck_at(self, slow_timeout: float) -> float:
        """When ``is_stuck`` turns true, as things stand now (never, while not stale)."""
        return float("inf") if self.stale_since is None else self.stale_since + slow_timeout

    def is_stuck(self, now: float, slow_timeout: float) -> bool:
        return self.stale_since is not None and now - self.stale_since >= slow_timeout

    def __len__(self) -> int:
        return len(self._frames) if self._frames is not None else 0
