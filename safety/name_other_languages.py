"""Names written in other languages, read for what they say.

Children of foreign roots write their own names in hangul, in Chinese characters, or in the
Latin letters of Vietnamese, Tagalog or Portuguese.  Since 2026-12-06 (b) hangul syllables and
the accented Latin letters of Vietnamese are allowed in a name (refusing the letters told a
child that their own name does not belong here), so what a name says in those languages is
read here instead: the words of ``safety/lexicon/names_other_languages.toml``, a phone number
read out in their number words, and a meeting given a clock time and a place.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from safety.contact import BIRTH_DATE
from safety.morphology import tokens

LEXICON = Path(__file__).parent / "lexicon" / "names_other_languages.toml"
REASONS = ("contact", "self_harm", "sexual", "insult", "staff")
"""The order of the name policy: the first reason found is given."""

_HANGUL = (0xAC00, 0xD7A3)
"""Hangul syllables only: the loose letters (jamo, ㅅㅂ) spell abbreviations and look like
katakana (ㅁ, ㄴ), so they stay out."""


def _accented_latin() -> tuple[tuple[int, int], ...]:
    # Latin letters that are an ASCII letter with accents (Vietnamese ă ơ ư ễ ộ, Latin
    # Extended-A's ā ś ž) and đ.  Not the look-alikes without a decomposition (ı, ł, ſ), which
    # would spell an app or a word past the Latin readings (「lıne」).
    ok = [
        cp
        for lo, hi in ((0x100, 0x17F), (0x1A0, 0x1B0), (0x1EA0, 0x1EF9))
        for cp in range(lo, hi + 1)
        if (d := unicodedata.normalize("NFD", chr(cp)))[0].isascii() and d[0].isalpha() and len(d) > 1
    ]
    ok += [0x110, 0x111]  # Đ đ
    ranges: list[tuple[int, int]] = []
    for cp in sorted(ok):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return tuple(ranges)


_BRACKETS = ((0x3008, 0x300B), (0x3014, 0x301B), (0x226A, 0x226B), (0x27EA, 0x27EB))
"""〈〉《》〔〕〖〗〘〙≪≫⟪⟫: brackets a name is framed with, like the 【】「」 already allowed."""
_FACE_PARTS = ((0x1D17, 0x1D17), (0x22C6, 0x22C6))
"""ᴗ (the mouth of 「(｡•ᴗ•｡)」) and ⋆ (a star)."""

LETTER_RANGES: tuple[tuple[int, int], ...] = (_HANGUL, *_accented_latin(), *_BRACKETS, *_FACE_PARTS)
"""Characters a name may hold beyond those of ``safety.names``."""

_NUMBER_MARK = re.compile(r"(?<![0-9])(?:(?<![A-Za-z])No\.|#)(?=[0-9]{1,2}(?![0-9]))", re.IGNORECASE)
_NAME_INITIAL = re.compile(r"(?<![A-Za-z0-9])([A-Z][a-z]?)\.(?= [A-Z][a-z])")


def without_number_marks(text: str) -> str:
    """``text`` without the marks a name may hold beside Latin letters and digits: the 「No.」
    or 「#」 of a shirt's number (「No.8はやと」, 「taiga#10」: one or two digits, never a tag's
    four, 「name#1234」); the dot of an initial or of Ma. (María) before a space and a name
    (「Ma. Cristina」, 「J. Rizal」: an address's dot has no space after it); and the slash of a
    birthday (「12/24生まれ」, the one date ``safety.contact`` lets a name hold)."""
    if "#" in text or "." in text:
        text = _NAME_INITIAL.sub(r"\1", _NUMBER_MARK.sub("", text))
    if "/" in text:
        text = BIRTH_DATE.sub(lambda m: m.group(0).replace("/", "月"), text)
    return text


_NEW_LETTER = re.compile("[\uac00-\ud7a3\u0100-\u024f\u1ea0-\u1ef9\u1d17]")  # (ᴗ is a letter too)
_JAPANESE = re.compile("[ぁ-ヺ一-鿿々]")


def without_new_letters(name: str) -> str | None:
    """``name`` without its hangul and its letters beyond Latin-1 when it also holds Japanese
    letters, else None: such a letter slipped between kana hides no word (「し한ね」, 「ラ한イン」,
    「しěね」), where before 2026-12-06 (b) it was refused for its script."""
    if _NEW_LETTER.search(name) is None or _JAPANESE.search(name) is None:
        return None
    bare = _NEW_LETTER.sub("", name)
    return bare if bare.strip() else None


# Kana alone, which no alternative of ``_HAS_OTHER`` matches, ignoring case or not (kana have no
# case): asked first, as one run of one class, where ``_HAS_OTHER`` tries its three alternatives
# at every letter, each letter folded for case (~4,800 instructions a name of seven, ~1,400 so).
_KANA_ONLY = re.compile("[ぁ-ゖァ-ヿ]*")
_HAS_OTHER = re.compile(
    r"[\uac00-\ud7a3\u0100-\u024f\u1ea0-\u1ef9]|[a-z] ?[a-z]|[\u4e00-\u9fff]", re.IGNORECASE
)


def other_language_reason(name: str) -> str | None:
    """The reason ``name`` (cleaned, NFKC) may not be shown for what it says in another
    language, or None."""
    if _KANA_ONLY.fullmatch(name) is not None or _HAS_OTHER.search(name) is None:
        return None
    text = name.lower()
    keys = _Keys(text)
    if (
        _ANY_PLAIN.search(keys.bare_joined) is None
        and _ANY_ACCENTED.search(keys.joined) is None
        and _ANY_WHOLE.isdisjoint(keys.whole)
    ):
        # (no listed word: most names, read once against every list at a time)
        return "contact" if _read_out_number(keys) or _meeting_at_a_time(text) else None
    for reason, (plain, accented, whole) in _LISTS.items():
        if (
            (plain is not None and plain.search(keys.bare_joined) is not None)
            or (accented is not None and accented.search(keys.joined) is not None)
            or not whole.isdisjoint(keys.whole)
        ):
            return "contact" if reason == "meeting" else reason
        if reason == "contact" and (_read_out_number(keys) or _meeting_at_a_time(text)):
            return reason
    return None


class _Keys:
    """A name's words as letters: accents kept (Vietnamese 「chết」) and taken off (for words
    listed without them, 「muon chet」 as 「muốn chết」)."""

    __slots__ = ("bare_joined", "joined", "numbers", "whole")

    def __init__(self, text: str) -> None:
        # (4 beside a Chinese character stands for 死, as in Japanese: 「我想4」, 「去4吧」)
        words = _WORD.findall(_FOUR_FOR_DEATH.sub("死", text) if "4" in text else text)
        bare = [_strip_accents(w) for w in words]
        self.joined = "".join(words)
        self.bare_joined = "".join(bare)
        self.whole = frozenset(words).union(bare)
        if len(words) >= 2 and all(len(w) == 1 for w in words):
            # a word spaced out letter by letter is still the word (「o t á r i o」)
            self.whole |= {self.joined, self.bare_joined}
        self.numbers = _strip_accents("".join(_WORD_OR_DIGITS.findall(text)))


_WORD = re.compile(r"[^\W\d_]+")
_FOUR_FOR_DEATH = re.compile("(?<=[\u4e00-\u9fff])4|4(?=[\u4e00-\u9fff])")
_WORD_OR_DIGITS = re.compile(r"[^\W_]+")
_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")


def _strip_accents(text: str) -> str:
    if _ACCENTED.search(text) is None:
        return text  # (kana keep their voicing marks: only Latin letters lose theirs)
    out = unicodedata.normalize("NFD", text.replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(ch for ch in out if unicodedata.category(ch) != "Mn"))


def _read_out_number(keys: _Keys) -> bool:
    """A phone number read out in number words of another language: four in a row, or three
    with a zero (「공구공」, 「zeronovezero」, 「lingjiuling」), as ``safety.contact`` reads kana."""
    pattern, zeros = _NUMBERS
    run = words = 0
    zero, last = False, -1
    for m in pattern.finditer(keys.numbers):
        if m.start() != last:
            run = words = 0
            zero = False
        run += 1
        # (digits go on a run of words, but a run of digits alone is a year: 「ana2012」)
        words += not m.group(0).isdigit()
        zero = zero or m.group(0) in zeros
        last = m.end()
        if words >= 2 and (run >= 4 or (run >= 3 and zero)):
            return True
    return False


_CLOCK = re.compile(
    r"(?:[0-9]{1,2}|[〇一二三四五六七八九十]{1,3})(?:時|じ|시|h(?![a-z])|pm|am|giờ)|[0-9]{1,2}:[0-9]{2}",
    re.IGNORECASE,
)
_CHINESE_CLOCK = re.compile("(?:[0-9]{1,2}|[〇一二三四五六七八九十两兩]{1,3})[点點]")
"""In Japanese 点 counts points (「3点シュート」): o'clock only beside a part of the day."""
_WHEN = re.compile(
    "下午|上午|今晚|晚上|明天|今天|오후|오전|내일|오늘|저녁|bukas|mamaya|amanhã|hoje|tốinay|ngàymai|tonight"
)
_PLACE = re.compile(
    "駅|公園|校門|正門|裏門|改札|広場|車站|车站|公园|门口|門口|역|공원|학교앞|eki|station|parque|praça"
)
_BETWEEN = frozenset("にでへ、,")
"""What may stand between a time and its place: 「3時に駅」, 「駅で3時」 — not の, which makes a
title of them (「7時の駅ピアノ」, 「京都の一時」)."""


def _meeting_at_a_time(text: str) -> bool:
    """A clock time right beside a place, or with a part of the day: a meeting set
    (「★土曜13時駅★」, 「明日10時渋谷で」, 「下午三点」, 「오후3시」).  A time alone is a snack's or
    a show's (「3時のおやつ」)."""
    # (spaced out it is the same meeting: 「오 후 3 시」)
    text = "".join(text.split())
    clocks = list(_CLOCK.finditer(text))
    when = _WHEN.search(text) is not None
    if when and (clocks or _CHINESE_CLOCK.search(text) is not None):
        return True
    # (a time before の names a thing of that hour: 「公園で3時のおやつ」)
    clocks = [m for m in clocks if not text.startswith("の", m.end())]
    if not clocks:
        return False
    places = [(m.start(), m.end()) for m in _PLACE.finditer(text)]
    places += [(t.start, t.end) for t in tokens(text) if "地名" in t.pos]
    return any(
        _beside(clock.start(), clock.end(), start, end, text) for clock in clocks for start, end in places
    )


def _beside(start: int, end: int, place_start: int, place_end: int, text: str) -> bool:
    after = text[end:place_start]
    before = text[place_end:start]
    return (place_start >= end and len(after) <= 1 and set(after) <= _BETWEEN) or (
        place_end <= start and len(before) <= 1 and set(before) <= _BETWEEN
    )


_Lists = tuple[re.Pattern[str] | None, re.Pattern[str] | None, frozenset[str]]


def _lexicon(data: dict[str, Any]) -> dict[str, _Lists]:
    """Per reason, in the policy's order (meeting is a contact): one pattern for the words
    listed without accents (looked for in the name with its accents off), one for those with
    them, and the whole words."""
    out: dict[str, _Lists] = {}
    for table in (*REASONS[:1], "meeting", *REASONS[1:]):
        anywhere = _entries(data[table]["anywhere"])
        whole = _entries(data[table]["whole"])
        out[table] = (
            _alternation(w for w in anywhere if w.isascii()),
            _alternation(w for w in anywhere if not w.isascii()),
            frozenset(whole),
        )
    return out


def _entries(words: list[str]) -> list[str]:
    return [
        w
        for w in ("".join(_WORD_OR_DIGITS.findall(unicodedata.normalize("NFKC", w).lower())) for w in words)
        if w
    ]


def _alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    listed = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, listed))) if listed else None


def _number_words(data: dict[str, Any]) -> tuple[re.Pattern[str], frozenset[str]]:
    numbers = data["numbers"]
    zeros = frozenset(_strip_accents(w) for w in numbers["zero"])
    words = {_strip_accents(w) for w in numbers["digits"]} | zeros | set("0123456789")
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(alternation), zeros


class OtherLanguagesError(ValueError):
    """The word lists are not as the file's header says: the start stops (fail closed)."""


_SHAPE = {**{t: ("anywhere", "whole") for t in (*REASONS, "meeting")}, "numbers": ("zero", "digits")}


def load(path: Path = LEXICON) -> dict[str, Any]:
    """The file's tables, checked: every table and list of ``_SHAPE`` and nothing else, every
    entry a word in quotes (a word of letters once its spaces are out)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if set(data) != set(_SHAPE):
        raise OtherLanguagesError(f"{path.name}: tables {sorted(data)}, expected {sorted(_SHAPE)}")
    for table, lists in _SHAPE.items():
        if not isinstance(data[table], dict) or set(data[table]) != set(lists):
            raise OtherLanguagesError(f"{path.name} [{table}]: lists must be {', '.join(lists)}")
        for name in lists:
            for entry in data[table][name]:
                if not isinstance(entry, str) or not _WORD_OR_DIGITS.fullmatch("".join(entry.split())):
                    raise OtherLanguagesError(f"{path.name} [{table}] {name}: {entry!r} is not a word")
    return data


# Read at start, like the other word lists: a broken file stops the start, not a name check.
_DATA = load()
_LISTS = _lexicon(_DATA)
_NUMBERS = _number_words(_DATA)
_ANY_PLAIN = re.compile("|".join(p.pattern for p, _, _ in _LISTS.values() if p is not None))
_ANY_ACCENTED = re.compile("|".join(a.pattern for _, a, _ in _LISTS.values() if a is not None))
_ANY_WHOLE = frozenset().union(*(w for _, _, w in _LISTS.values()))
