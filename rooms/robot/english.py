"""English for the output screen: words, a small lemmatizer, and whether the Latin is readable.

A model may answer in English or in romaji.  English sentences become ``Word``s
(lemma and spelling) for the English rules; romaji words are turned into kana so the
Japanese rules read them (``jaconv``).  Latin text that is mostly neither — French,
Spanish, Indonesian… — is a language the screen cannot read.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jaconv

from rooms.robot.rules import Word

DATA = Path(__file__).resolve().parent / "data" / "english.toml"
# Fixed patterns over a reply capped at MAX_REPLY_CHARS, no nested repeats.
LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:'[A-Za-z]+)?")
_ASCII_WORD = re.compile(r"[a-z]+|[0-9]+")
_SENTENCE_END = re.compile(r"[.!?;:\n。！？]+")
_CONTRACTIONS = (
    ("won't", "will not"),
    ("can't", "can not"),
    ("n't", " not"),
    ("'m", " am"),
    ("'re", " are"),
    ("'s", " is"),
    ("'ll", " will"),
    ("'ve", " have"),
    ("'d", " would"),
)
# Rows a small っ may stand before in real romaji (kk, ss, tt, pp, tch…); a っ anywhere
# else is jaconv's mark for a consonant it could not place: not romaji.
_AFTER_SOKUON = frozenset("かきくけこさしすせそたちつてとぱぴぷぺぽがぎぐげござじずぜぞだぢづでどばびぶべぼ")
# How much of a reply's Latin must be English or romaji for the screen to read it.
READABLE_SHARE = 0.8
MIN_WORDS_TO_JUDGE = 3


@dataclass(frozen=True, slots=True)
class _English:
    common: frozenset[str]
    lemma_of: dict[str, str]
    comfort: frozenset[str]


@cache
def _english() -> _English:
    with DATA.open("rb") as fh:
        raw = tomllib.load(fh)
    lemma_of = {form: lemma for lemma, forms in raw["irregular"].items() for form in forms}
    return _English(frozenset(raw["common"]), lemma_of, frozenset(raw["comfort"]))


# A run of Latin words between marks (robot round i of 2026-12-07): words joined by spaces, commas and
# apostrophes only; 。、！？ and every kana or kanji end it.  Fixed pattern, no nested repeats.
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’ ]*[A-Za-z]|[A-Za-z]")
# …and, to cut it, with the spaces before it and the marks after it ("わらっとき Sleep tight。"
# becomes "わらっとき", as the reply reads without the phrase).
_LATIN_RUN_MARKED = re.compile(
    r"[ \t\u3000]*([A-Za-z][A-Za-z'’ ]*[A-Za-z]|[A-Za-z])[ \t\u3000。．.!！?？、，,]*"
)
_STOPPED = frozenset("。．.!！?？\n")
_JAPANESE_LETTER = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]")
# How many kana or kanji a reply needs to be read as Japanese with a few words of comfort.
COMFORT_JAPANESE_AT_LEAST = 4
_KNOWN_PLACEHOLDER = "take"


def comfort_set_aside(text: str, known: bool = False) -> str:
    """The reply without the English phrases of comfort standing alone in it (``comfort`` in
    english.toml: "Take care", "You are loved"), when it has Japanese words (four kana or kanji at
    least); else as is.

    A phrase stands alone when a mark, a kana, a kanji or the reply's end is on each side of it
    (「おやすみ。Good night, sleep tight。」: two phrases); a phrase inside a longer English clause
    ("Take care and meet me") is no phrase here.  With ``known`` the phrase stays and each of its
    words the screen does not know becomes "take" instead (a word both English and romaji): the reply
    keeps as many Latin words, as many read as English and as many as romaji, so every other word is
    judged as it was (a reply of two Latin words or fewer is readable as it stands; three or more
    must be mostly known, and all known to be shown), never more loosely.
    """
    if len(_JAPANESE_LETTER.findall(text)) < COMFORT_JAPANESE_AT_LEAST:
        return text
    comfort = _english().comfort

    def is_comfort(run: str) -> bool:
        return " ".join(run.lower().replace("’", "'").split()) in comfort

    def aside(m: re.Match[str]) -> str:
        if not is_comfort(m.group()):
            return m.group()
        # Only a word the screen does not know ("loved", "tight") is written as "take", English and
        # romaji alike: the English words and romaji words it counts to choose how the reply's Latin
        # is read (``latin_read_whole``, ``romaji_to_kana``) stay as they were.
        return " ".join(w if is_english(w) or is_romaji(w) else _KNOWN_PLACEHOLDER for w in m.group().split())

    def cut(m: re.Match[str]) -> str:
        if not is_comfort(m.group(1)):
            return m.group()
        before, after = text[: m.start()].rstrip(), text[m.end() :]
        if not before or not after.strip():
            return ""
        # Between two sentences' words the cut leaves the sentence's end it had; inside one, a space.
        ended = any(ch in _STOPPED for ch in text[m.end(1) : m.end()])
        return "" if before[-1] in _STOPPED else "。" if ended else " "

    if known:
        return _LATIN_RUN.sub(aside, text)
    return _LATIN_RUN_MARKED.sub(cut, text)


def lemma(word: str) -> str:
    """A rough lemma: irregular forms from the list, then -ies/-ing/-ed/-s."""
    word = word.lower()
    known = _english().lemma_of.get(word)
    if known:
        return known
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            stem = word[: -len(suffix)]
            # hopping → hop, but not "kill" → "kil"
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]
            return stem
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _expand(text: str) -> str:
    text = text.lower().replace("’", "'")
    for short, full in _CONTRACTIONS:
        text = text.replace(short, full)
    return text


def english_sentences(text: str) -> list[list[Word]]:
    """The reply's English, as sentences of words (digits are words tagged 数詞)."""
    sentences: list[list[Word]] = []
    for part in _SENTENCE_END.split(_expand(text)):
        words = []
        for raw in _ASCII_WORD.findall(part):
            if raw.isdigit():
                words.append(Word(frozenset([raw]), ("数詞",)))
            else:
                words.append(Word(frozenset([raw, lemma(raw)])))
        if words:
            sentences.append(words)
    return sentences


def is_romaji(word: str) -> bool:
    """Whether a Latin word reads as Japanese romaji (jaconv converts all of it)."""
    lower = word.lower()
    if not lower.isascii() or not lower.isalpha():
        return False
    # Hepburn and kunrei romaji have no l (jaconv would read "la" as ぁ): "bilang", "falta" are not romaji.
    if "l" in lower:
        return False
    kana = jaconv.alphabet2kana(lower)
    if any(ch.isascii() for ch in kana) or kana.endswith("っ"):
        return False
    return all(kana[i + 1] in _AFTER_SOKUON for i, ch in enumerate(kana[:-1]) if ch == "っ")


def is_english(word: str, vocabulary: frozenset[str] = frozenset()) -> bool:
    """A word of everyday English, or one the English rules know (``vocabulary``)."""
    known = _english().common | vocabulary
    return all(w in known or lemma(w) in known for w in _expand(word).split())


def latin_is_readable(text: str, vocabulary: frozenset[str] = frozenset()) -> bool:
    """False when the reply's Latin words are mostly neither English nor romaji."""
    words = [w for w in LATIN_WORD.findall(text) if len(w) > 1]
    if len(words) < MIN_WORDS_TO_JUDGE:
        return all(w.isascii() for w in words)
    known = sum(1 for w in words if is_english(w, vocabulary) or is_romaji(w))
    return known >= READABLE_SHARE * len(words)


def latin_read_whole(text: str, vocabulary: frozenset[str] = frozenset()) -> bool:
    """Whether every Latin word of the reply is one the screen reads: everyday English or a word
    the English rules name (``vocabulary``, judged by them) in a reply whose Latin is English,
    English or romaji in one whose Latin is romaji.

    ``latin_is_readable`` lets a reply through to the rules with four words in five known; a
    reply is shown only when the rest are known too.  English the screen reads in part is
    English it cannot judge (「…might be calmer without you around」: one word outside the
    list, and no rule knows it), and "cope" spells romaji but is no Japanese in English.
    """
    words = [w for w in LATIN_WORD.findall(text) if len(w) > 1]
    if len(words) < MIN_WORDS_TO_JUDGE:
        return all(w.isascii() for w in words)
    read = [(is_english(w, vocabulary), is_romaji(w)) for w in words]
    if sum(e and not r for e, r in read) >= sum(r and not e for e, r in read):
        return all(e for e, _ in read)
    return all(e or r for e, r in read)


def romaji_to_kana(text: str) -> str:
    """The reply with its romaji written in hiragana, when its Latin is romaji rather than English.

    English words that happen to read as romaji ("take", "me") would only be noise
    for the Japanese rules, so a reply whose Latin is mostly English keeps it all.
    """
    words = LATIN_WORD.findall(text)
    romaji = sum(1 for w in words if is_romaji(w) and not is_english(w))
    english = sum(1 for w in words if is_english(w) and not is_romaji(w))
    if romaji == 0 or english >= romaji:
        return text

    def convert(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.isupper() and len(word) > 1:  # LINE, DM, ID stay as written
            return word
        return jaconv.alphabet2kana(word.lower()) if is_romaji(word) else word

    return LATIN_WORD.sub(convert, text)


__all__ = [
    "comfort_set_aside",
    "english_sentences",
    "is_english",
    "is_romaji",
    "latin_is_readable",
    "latin_read_whole",
    "lemma",
    "romaji_to_kana",
]
