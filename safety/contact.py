"""Contact details in a text: the one place that knows what a way to reach someone looks like.

Kakurega has no user-to-user channel, so nothing a visitor writes or the robot says may
carry one. Three parts ask, with the same rules:

- the name policy (``safety.names``): ``carries_contact`` — any ``@``, a domain, more than
  ``MAX_DIGITS`` digits, or digits spelled out in kanji, kana or English;
- posts (``rooms/posts/screening.py``): ``looks_like_contact`` flags a post for staff (the same
  rule, line by line), and ``contact_spans`` shows staff where;
- the robot's output screen (``rooms/robot/screen.py``): ``contact_spans``, except the numbers
  of the hotline directory, which the robot may say.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from safety.normalize import Folded, fold

MAX_DIGITS = 2
"""A name may hold this many digits; more could be a phone number or an id."""

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


def looks_like_contact(text: str) -> bool:
    """Whether a text carries something a person could be reached by (digits, handle, URL, id…).

    Checked line by line: a digit in one line and two in another are not a phone number.
    """
    return any(carries_contact(line, fold(line)) for line in text.split("\n") if line.strip())


def carries_contact(name: str, folded: Folded) -> bool:
    """Whether one line (a name) could carry a contact: an ``@``, a domain, more than
    ``MAX_DIGITS`` digits in all, or digits spelled out in kanji, kana or English."""
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


_ZERO_WORDS = ("ぜろ", "れい", "まる", "おー")
_DIGIT_WORDS = tuple(sorted(set(_KANA_DIGITS) | set(_ZERO_WORDS) | set("0123456789"), key=len, reverse=True))


def spoken_number(key: str) -> bool:
    """A phone number read out in kana (「ぜろきゅうぜろ」, 「れいはちれいいち」): four number
    words in a row, or three when one of them is a zero (Japanese numbers start with 0)."""
    i = 0
    run: list[str] = []
    while i <= len(key):
        word = next((w for w in _DIGIT_WORDS if key.startswith(w, i)), None) if i < len(key) else None
        if word is None:
            # one-kana number words (に, し, ご, く) hide in every name: they count, but
            # two longer ones (いち, ぜろ, きゅう…) must be in the run too
            long_words = sum(len(w) > 1 or w.isdigit() for w in run)
            zero = any(w in _ZERO_WORDS or w == "0" for w in run)
            if (len(run) >= 4 and long_words >= 3) or (len(run) >= 3 and zero and long_words >= 2):
                return True
            run = []
            i += 1
            continue
        run.append(word)
        i += len(word)
    return False


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


# Where, for highlighting and for the robot's replies: patterns over the text as it is
# (full-width forms included, so the spans point into the original), no nested repeats.
_SPANS = re.compile(
    r"(?P<link>https?://\S+|https?:|www\.\S*)"
    r"|(?P<handle>[\w.+-]*[@＠][\w.]+)"
    r"|(?P<domain>\b[\w.-]+\.(?:com|net|jp|org|me|io)\b)"
    r"|(?P<number>[0-9０-９][0-9０-９\-‐ー－ 　()（）]*[0-9０-９])"
    r"|(?P<sns>\b(?:line|insta(?:gram)?|discord|twitter|tiktok)(?:\s*id)?\b|ライン|インスタ|ディスコ|ツイッター)",
    re.IGNORECASE,
)
MIN_NUMBER_DIGITS = 3


@dataclass(frozen=True, slots=True)
class ContactSpan:
    start: int
    end: int
    kind: str  # "link", "handle", "domain", "number" (three digits or more) or "sns"
    text: str

    @property
    def digits(self) -> str:
        return "".join(str(unicodedata.digit(ch)) for ch in self.text if ch.isdigit())


def contact_spans(text: str) -> list[ContactSpan]:
    """Where in ``text`` a contact may hide: links, handles and e-mail, domains, runs of three
    digits or more (with dashes, spaces, brackets), and the names of messaging apps."""
    found = []
    for match in _SPANS.finditer(text):
        kind = match.lastgroup or ""
        span = ContactSpan(match.start(), match.end(), kind, match.group(0))
        if kind != "number" or len(span.digits) >= MIN_NUMBER_DIGITS:
            found.append(span)
    return found
