"""The output screen: every reply, from any engine, is checked before a visitor reads it.

A reply fails when ``safety.assess`` finds anything about dying or self-harm in
it (the robot may hear those words, never say them), when it carries a word of
``data/unsafe_output.toml`` (method, place, dose, inducement, lecture, a claim to
be human), or anything like a contact (links, addresses, numbers) that the robot
could have made up.  A failed reply is replaced by the care wrap, never repaired.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import safety
from rooms.robot.terms import Terms

DATA = Path(__file__).resolve().parent / "data" / "unsafe_output.toml"
MAX_REPLY_CHARS = 400
# Any risk category in a reply fails it; distress and bullying words alone may
# appear in kind reflections (「つらかったね」「いやな こと された」).
_RISK_IN_REPLY = frozenset({"ideation", "method", "plan", "self_harm"})
# Fixed patterns over the reply (our engines' text, bounded above); no nested repeats.
_CONTACT = re.compile(r"https?:|www\.|[\w.]+@\w|\.(?:com|jp|net|org)\b|[0-9０-９][0-9０-９\-‐ー－ ]{2,}")


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    reason: str | None = None


@cache
def _unsafe_terms() -> dict[str, Terms]:
    with DATA.open("rb") as fh:
        raw = tomllib.load(fh)
    return {name: Terms.of(entry["words"]) for name, entry in raw.items()}


def screen_reply(text: str) -> Verdict:
    stripped = text.strip()
    if not stripped:
        return Verdict(False, "empty")
    if len(stripped) > MAX_REPLY_CHARS:
        return Verdict(False, "length")
    if _CONTACT.search(stripped):
        return Verdict(False, "contact")
    assessment = safety.assess(stripped)
    if any(span.category in _RISK_IN_REPLY for span in assessment.spans) or assessment.at_least("high"):
        return Verdict(False, "risk")
    folded = safety.fold(stripped)
    for name, words in _unsafe_terms().items():
        if words.found_in(folded):
            return Verdict(False, name)
    return Verdict(True)


__all__ = ["MAX_REPLY_CHARS", "Verdict", "screen_reply"]
