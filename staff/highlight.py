"""Marks in a post for the moderator: risk words and what may be contact details.

The post itself is never changed; this only cuts it into pieces to render, some marked.
"""

from __future__ import annotations

from dataclasses import dataclass

from rooms.posts.screening import contact_marks, risk_words


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    mark: str | None  # None, "risk" or "contact"


@dataclass(frozen=True, slots=True)
class Marked:
    pieces: list[Piece]
    risk_words: list[dict[str, str]]
    """Every risk span (also those found only in the folded reading, which cannot be marked in place)."""


def mark(body: str) -> Marked:
    words = risk_words(body)
    ranges: list[tuple[int, int, str]] = [(a, b, "contact") for a, b in contact_marks(body)]
    lowered = body.casefold()
    for word in words:
        needle = word["text"].casefold()
        start = lowered.find(needle) if needle else -1
        while start >= 0:
            ranges.append((start, start + len(needle), "risk"))
            start = lowered.find(needle, start + len(needle))
    return Marked(_cut(body, ranges), words)


def _cut(body: str, ranges: list[tuple[int, int, str]]) -> list[Piece]:
    kinds: list[str | None] = [None] * len(body)
    for start, end, kind in sorted(ranges, key=lambda r: r[2] == "risk"):  # risk wins over contact
        for i in range(start, min(end, len(body))):
            kinds[i] = kind
    pieces: list[Piece] = []
    for ch, kind in zip(body, kinds, strict=True):
        if pieces and pieces[-1].mark == kind:
            pieces[-1] = Piece(pieces[-1].text + ch, kind)
        else:
            pieces.append(Piece(ch, kind))
    return pieces
