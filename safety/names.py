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

import jaconv

from safety.constructions import unmask
from safety.lexicon import NAME_LISTS, ORDINARY_WORDS
from safety.morphology import reading, tokens
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
    # Disguises undone (look-alike kanji in katakana, digits in romaji, dotted letters,
    # small kana slipped in) and romaji read as kana: 「kakao」 is 「かかお」.
    unmasked = unmask(name)
    plain = fold(unmasked)
    pieces = _pieces(name_key(unmasked))
    if (
        _looks_like_contact(name, folded)
        or _looks_like_contact(name, plain)
        or any(map(_spoken_number, pieces))
    ):
        return "contact"
    edges = [_word_edges(p) for p in pieces]
    for words, kana, token in _LISTS:
        if (
            words.whole.equals(folded)
            or words.whole.equals(plain)
            or any(w in key for key in folded.latin for w in words.latin)
            or any(t in words.latin_token for t in folded.latin_tokens)
            or any(key in words.latin_token for key in folded.latin)
            or any(w in folded.kana for w in words.anywhere.kanji)
            or any(w in plain.kana for w in words.anywhere.kanji)
            or any(w in p for p in pieces for w in kana)
            or any(_as_words(w, p, e) for p, e in zip(pieces, edges, strict=True) for w in token)
        ):
            return words.reason
    return None


def name_key(text: str) -> str:
    """A name (or a listed word) as the word rules read it: hiragana, kanji read, letters and
    digits only.  Unlike ``fold`` it keeps doubled letters: 「こころ」 stays 「こころ」."""
    text = jaconv.kata2hira(text.lower())
    text = "".join(ch for ch in text if ch.isalnum() or ch == "ー")
    return jaconv.kata2hira(reading(text)).replace("ー", "") if text else ""


def _kanji(word: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in word)


def _keys(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for w in words if (k := name_key(unmask(w)))))


# Each list's kana words and whole-word kana words in name_key form; the allow-list
# longest first, so 「しねらりあ」 is taken out before anything shorter inside it.
_LISTS = tuple(
    (words, _keys(tuple(w for w in words.kana_words if not _kanji(w))), _keys(words.token))
    for words in NAME_LISTS
)
_ORDINARY = tuple(sorted(_keys(ORDINARY_WORDS), key=len, reverse=True))


def _pieces(reading: str) -> list[str]:
    """The name's reading with every allow-listed ordinary word taken out (longest first)."""
    pieces = [reading]
    for word in _ORDINARY:
        if any(word in p for p in pieces):
            pieces = [part for p in pieces for part in p.split(word)]
    return [p for p in pieces if p]


def _word_edges(piece: str) -> frozenset[int]:
    """Offsets where a word begins or ends, as the morphological analyser cuts ``piece``."""
    edges = {0, len(piece)}
    for t in tokens(piece):
        edges.add(t.start)
        edges.add(t.end)
    return frozenset(edges)


def _as_words(word: str, piece: str, edges: frozenset[int]) -> bool:
    """Is ``word`` in ``piece`` as one or more whole words (「しね」 in 「おまえしね」,
    not in 「しねらりあ」)?"""
    pos = piece.find(word)
    while pos != -1:
        if pos in edges and pos + len(word) in edges:
            return True
        pos = piece.find(word, pos + 1)
    return False


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


_ZERO_WORDS = ("ぜろ", "れい", "まる", "おー")
_DIGIT_WORDS = tuple(sorted(set(_KANA_DIGITS) | set(_ZERO_WORDS) | set("0123456789"), key=len, reverse=True))


def _spoken_number(key: str) -> bool:
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
