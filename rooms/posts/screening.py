"""Automatic screening: it only sorts the queue and decides whether the writer sees the hotline card.

It never publishes and never refuses a post on its own; staff read everything.
"""

from __future__ import annotations

from dataclasses import dataclass

import safety
from safety.second_opinion import SecondOpinion, assess_with

URGENT_LEVEL = "high"


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


looks_like_contact = safety.looks_like_contact  # the one rule (safety/contact.py)


async def screen_with(text: str, second: SecondOpinion | None) -> Screening:
    """``screen``, with the second opinion when one is configured (it may only raise the level)."""
    assessment = await assess_with(text, second)
    return Screening(assessment.level, assessment.categories, looks_like_contact(text))


def contact_marks(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that look like contact details, for staff to see."""
    return [(span.start, span.end) for span in safety.contact_spans(text)]


def risk_words(text: str) -> list[dict[str, str]]:
    """The risk spans of ``text`` for staff: the words as matched, their category and level."""
    assessment = safety.assess(text)
    return [{"text": s.text, "category": s.category, "level": s.level} for s in assessment.spans]
