"""How long this process stops for garbage collection.

A full collection walks every live object, and the swarm holds a few thousand
connections' worth of them: a pause here delays every frame it reads and would
show up as walk→seen latency that the server did not cause.
"""

from __future__ import annotations

import gc
import time
from typing import Any


class GcPauses:
    __slots__ = ("collections", "longest", "started", "total")

    def __init__(self) -> None:
        self.collections = 0
        self.total = 0.0
        self.longest = 0.0
        self.started = 0.0

    def __enter__(self) -> GcPauses:
        gc.callbacks.append(self._observe)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._observe)

    def reset(self) -> None:
        self.collections = 0
        self.total = self.longest = 0.0

    def _observe(self, phase: str, info: dict[str, Any]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self.started = now
            return
        pause = now - self.started
        self.collections += 1
        self.total += pause
        self.longest = max(self.longest, pause)

    def as_dict(self) -> dict[str, float]:
        return {
            "collections": self.collections,
            "total_ms": round(self.total * 1000, 1),
            "longest_ms": round(self.longest * 1000, 1),
        }
