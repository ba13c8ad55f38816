"""Room geometry as the engine sees it: a slug and a walkable rectangle."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Walkable:
    x0: int
    y0: int
    x1: int
    y1: int

    def clamp(self, x: int, y: int) -> tuple[int, int]:
        return min(max(x, self.x0), self.x1), min(max(y, self.y0), self.y1)

    def as_tuple(self) -> tuple[int, int, int, int]:
        return self.x0, self.y0, self.x1, self.y1


@dataclass(frozen=True, slots=True)
class RoomShape:
    slug: str
    walkable: Walkable
