"""Automatic screening: it only sorts the queue and decides whether the writer sees the hotline card.

It never publishes and never refuses a post on its own; staff read everything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import safety

URGENT_LEVEL = "high"
# Shown to staff only: where in the text a contact may hide (digits, @handles, links).
_CONTACT_MARKS = re.compile(
    r"[0-9０-９][0-9０-９\-ー－ 　()（）]{3,}[0-9０-９]|[@＠][\w.]+|https?://\S+|\b[\w.-]+\.(?:com|net|jp|org|me|io)\b"
    r"|\b(?:line|insta(?:gram)?|discord|twitter|tiktok)(?:\s*id)?\b|ライン|インスタ|ディスコ|ツイッター",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Screening:
    level: str
    categories: tuple[str, ...]
    contact: bool

    @property
    def urgent(self) -> bool:
        """The writer sees the hotline card at once and the post goes to the top of the queue."""
        return safety.LEVELS.index(self.level) >= safety.LEVELS.index(URGENT_LEVEL)


def screen(text: str) -> Screening:
    assessment = safety.assess(text)
    return Screening(assessment.level, assessment.categories, looks_like_contact(text))


def looks_like_contact(text: str) -> bool:
    return safety.looks_like_contact(text)


def contact_marks(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that look like contact details, for highlighting."""
    return [match.span() for match in _CONTACT_MARKS.finditer(text)]


def risk_words(text: str) -> list[dict[str, str]]:
    """The risk spans of ``text`` for staff: the words as matched, their category and level."""
    assessment = safety.assess(text)
    return [{"text": s.text, "category": s.category, "level": s.level} for s in assessment.spans]
