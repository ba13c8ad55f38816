"""The display-name policy: what a visitor may be called in front of others.

A name may be at most ``MAX_NAME_CHARS`` characters (after NFKC and trimming)
and use hiragana, katakana, kanji, Latin letters (with accents), at most
``MAX_DIGITS`` digits, spaces and a few soft symbols (``ALLOWED_SYMBOLS``).
It is refused, with a reason code, when it could carry a contact, invites
self-harm, is sexual, insults, or could be taken for staff or the caretaker.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

from safety.lexicon import NAME_LISTS
from safety.normalize import Folded, display_clean, fold

MAX_NAME_CHARS = 12
MAX_DIGITS = 2
# Longer raw input is not looked at beyond this: it is too long anyway.
MAX_RAW_CHARS = 64
ALLOWED_SYMBOLS = frozenset(" ・ー-_☆★♪♡～〜!?！？")

_KANJI_DIGITS = frozenset("〇零一二三四五六七八九十百千")
_KANA_DIGITS = (
    "ぜろ",
    "れい",
    "まる",
    "いち",
    "に",
    "さん",
    "よん",
    "し",
    "ご",
    "ろく",
    "なな",
    "しち",
    "はち",
    "きゅう",
    "きゅ",
    "く",
    "じゅう",
    "じゅ",
)
_EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "oh")
_DOMAIN = re.compile(r"[.。．]\s*[a-z]{2,}")


@dataclass(frozen=True, slots=True)
class NameVerdict:
    ok: bool
    name: str
    """The cleaned name to display (also on refusal, for the form to show back)."""
    reason: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_name(text: object) -> NameVerdict:
    """Decide whether ``text`` may be shown to others as a display name."""
    if not isinstance(text, str):
        return NameVerdict(False, "", "chars")
    raw = text[:MAX_RAW_CHARS]
    name = display_clean(raw)
    if not name:
        return NameVerdict(False, "", "empty")
    reason = _content_reason(name)
    if reason is None and (len(name) > MAX_NAME_CHARS or len(text) > MAX_RAW_CHARS):
        reason = "too_long"
    if reason is None and not all(_allowed(ch) for ch in name):
        reason = "chars"
    return NameVerdict(reason is None, name, reason)


def _content_reason(name: str) -> str | None:
    folded = fold(name)
    if _looks_like_contact(name, folded):
        return "contact"
    for words in NAME_LISTS:
        if (
            words.anywhere.found_in(folded)
            or words.whole.equals(folded)
            or any(w in key for key in folded.latin for w in words.latin)
            or any(t in words.latin_token for t in folded.latin_tokens)
            or any(key in words.latin_token for key in folded.latin)
        ):
            return words.reason
    return None


def looks_like_contact(text: str) -> bool:
    """Whether a text carries something a person could be reached by (digits, handle, URL, id…).

    Checked line by line: a digit in one line and two in another are not a phone number.
    """
    return any(_looks_like_contact(line, fold(line)) for line in text.split("\n") if line.strip())


def _looks_like_contact(name: str, folded: Folded) -> bool:
    lowered = unicodedata.normalize("NFKC", name).lower()
    if "@" in lowered or _DOMAIN.search(lowered):
        return True
    if sum(ch.isdigit() for ch in lowered) > MAX_DIGITS:
        return True
    return (
        _longest_run(lowered, lambda s, i: 1 if s[i] in _KANJI_DIGITS else 0) > MAX_DIGITS
        or _longest_run(folded.kana, _word_at(_KANA_DIGITS)) > 3
        or any(_longest_run(key, _word_at(_EN_DIGITS)) > MAX_DIGITS for key in folded.latin)
    )


def _word_at(words: tuple[str, ...]):  # type: ignore[no-untyped-def]
    ordered = sorted(words, key=len, reverse=True)

    def match(s: str, i: int) -> int:
        for w in ordered:
            if s.startswith(w, i):
                return len(w)
        return 0

    return match


def _longest_run(s: str, match) -> int:  # type: ignore[no-untyped-def]
    """Most digit-words in a row in ``s`` (greedy, one left-to-right pass)."""
    best = run = i = 0
    while i < len(s):
        step = match(s, i)
        if step:
            run += 1
            best = max(best, run)
            i += step
        else:
            run = 0
            i += 1
    return best


def _allowed(ch: str) -> bool:
    if ch in ALLOWED_SYMBOLS or (ch.isdigit() and ch.isascii()):
        return True
    code = ord(ch)
    return (
        0x3041 <= code <= 0x3096  # hiragana
        or 0x309D <= code <= 0x309F
        or 0x30A1 <= code <= 0x30FF  # katakana
        or 0x31F0 <= code <= 0x31FF
        or 0x3005 <= code <= 0x3007  # 々 〆 〇
        or 0x3400 <= code <= 0x4DBF  # kanji
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or ("a" <= ch.lower() <= "z")
        or (0x00C0 <= code <= 0x00FF and ch not in "×÷")
    )
