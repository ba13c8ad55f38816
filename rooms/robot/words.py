"""What the listening robot hears in a message: feelings, topics, small talk, a word to echo.

Matching reuses the safety folding (``safety.fold``, see ``terms.py``): kana words are
found in the hiragana reading of the message, so 「学校」「がっこう」「ガッコウ」
all meet the word がっこう.  The morphological analyser of ``safety`` (Sudachi)
splits the message into words for the echo: a katakana or kanji word the robot does
not know is said back as written, which feels like being heard.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jaconv

from rooms.robot.terms import Terms
from safety import fold
from safety.morphology import tokens

DATA = Path(__file__).resolve().parent / "data"

# How long a message may be to count as a bare 「うん」 or 「ううん」.
_SHORT = 6
# Echoed words: long enough to mean something, short enough to read back.
_ECHO_MIN, _ECHO_MAX = 2, 8
# Words never said back even when the visitor wrote them: places and things that
# safe-messaging rules keep out of anything Kakurega shows (the output screen
# would refuse them anyway; this keeps the robot from trying).
# fmt: off
_NEVER_ECHO = frozenset([
    "駅", "線路", "電車", "踏切", "屋上", "橋", "ビル", "崖", "海", "川", "ロープ", "紐", "薬", "錠剤",
    "睡眠薬", "刃物", "カッター", "包丁", "ナイフ", "首", "手首", "血", "遺書", "ホーム", "ロボ", "ロボット",
])
# fmt: on


@dataclass(frozen=True, slots=True)
class Heard:
    feelings: tuple[str, ...]
    topics: tuple[str, ...]
    meta: tuple[str, ...]
    echo: str | None


@dataclass(frozen=True, slots=True)
class _Intent:
    kind: str
    name: str
    words: Terms
    whole: bool
    raw: tuple[str, ...]
    plain: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Lexicon:
    intents: tuple[_Intent, ...]
    nouns: dict[str, str]

    def hear(self, text: str) -> Heard:
        folded = fold(text)
        plain = _plain(text)
        found: dict[str, list[str]] = {"feeling": [], "topic": [], "meta": []}
        for intent in self.intents:
            hit = _whole_match(text, intent) if intent.whole else intent.words.found_in(folded)
            if hit or any(word in plain for word in intent.plain):
                found[intent.kind].append(intent.name)
        return Heard(tuple(found["feeling"]), tuple(found["topic"]), tuple(found["meta"]), echo_word(text))


def _plain(text: str) -> str:
    """The message as written, only widths and katakana evened out and separators dropped."""
    plain = jaconv.kata2hira(unicodedata.normalize("NFKC", text[:300]))
    return "".join(ch for ch in plain if ch.isalnum())


def _whole_match(text: str, intent: _Intent) -> bool:
    # Folding collapses 「ううん」 into 「うん」, so short answers are read as written.
    plain = _plain(text)
    if not plain or len(plain) > _SHORT:
        return False
    return any(plain.startswith(w) for w in intent.raw)


@cache
def lexicon() -> Lexicon:
    with (DATA / "intents.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    intents: list[_Intent] = []
    nouns: dict[str, str] = {}
    for kind in ("meta", "feeling", "topic"):
        for name, entry in raw.get(kind, {}).items():
            words = list(entry["words"])
            folded = Terms.of(words)
            short = [w for w in folded.kana if len(w) < 2]
            if short:
                # One letter (「ママ」 folds to 「ま」) would be found in almost any message.
                raise ValueError(f"robot intents: {kind}.{name} has words that fold to one letter: {short}")
            plain = tuple(_plain(w) for w in entry.get("plain", []))
            intents.append(_Intent(kind, name, folded, bool(entry.get("whole")), tuple(words), plain))
            if kind == "topic":
                nouns[name] = entry["noun"]
    return Lexicon(tuple(intents), nouns)


def segments(text: str) -> list[str]:
    """The message cut into words (Sudachi's, through ``safety.morphology``)."""
    return [t.surface for t in tokens(text[:300]) if t.surface.strip()]


def echo_word(text: str) -> str | None:
    """The first katakana or kanji word of the message that could be said back, or None."""
    for word in segments(text):
        if not (_ECHO_MIN <= len(word) <= _ECHO_MAX):
            continue
        if not all(_is_katakana(ch) or _is_kanji(ch) for ch in word):
            continue
        if any(bad in word for bad in _NEVER_ECHO):
            continue
        return word
    return None


def _is_katakana(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch == "ー"


def _is_kanji(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch == "々"


__all__ = ["Heard", "Lexicon", "echo_word", "lexicon", "segments"]
