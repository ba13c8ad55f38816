"""The display-name policy: what a visitor may be called in front of others.

A name may be at most ``MAX_NAME_CHARS`` characters (after NFKC and trimming)
and use hiragana, katakana, kanji, Latin letters (with accents), at most
``MAX_DIGITS`` digits, spaces and a few soft symbols (``ALLOWED_SYMBOLS``).
It is refused, with a reason code, when it could carry a contact, invites
self-harm, is sexual, insults, or could be taken for staff or the caretaker.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import jaconv

from safety.constructions import unmask, wishes_to_die
from safety.contact import carries_contact, spoken_number
from safety.lexicon import NAME_LISTS, ORDINARY_WORDS
from safety.morphology import reading, tokens
from safety.normalize import display_clean, fold

MAX_NAME_CHARS = 12
# Longer raw input is not looked at beyond this: it is too long anyway.
MAX_RAW_CHARS = 64
ALLOWED_SYMBOLS = frozenset(" ・ー-_☆★♪♡～〜!?！？")


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
    hard = unmask(name, hard=True)
    if hard != unmasked:
        pieces += _pieces(name_key(hard))
    if carries_contact(name, folded) or carries_contact(name, plain) or any(map(spoken_number, pieces)):
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
    # A wish to die in words no list holds (「しにたがり」): the word rules' own reading,
    # asked only when a verb of dying or vanishing could be there at all (it costs).
    if any(stem in p for p in pieces for stem in _DYING_STEMS) and wishes_to_die(unmasked):
        return "self_harm"
    return None


_DYING_STEMS = (
    "しに",
    "しね",
    "しん",
    "しの",
    "しぬ",
    "きえ",
    "いなく",
    "いき",
    "ころ",
    "じさつ",
    "おわ",
    "ねむ",
    "やめ",
    "めざめ",
    "さまし",
)


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
