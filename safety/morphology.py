"""Morphological analysis: Japanese text as words, with their dictionary forms and readings.

A thin layer over SudachiPy and ``sudachidict_core``.  The dictionary (≈200 MB) is
memory-mapped read-only by Sudachi, so its pages live in the page cache and are shared by
every process of the machine instead of being copied into each one (see docs/safety.md,
"Memory").  Pure and synchronous: one call analyses one text, a few microseconds a word.

Sudachi refuses one input longer than 32 KiB, and one long run without a break costs it
more than several short ones, so a text is analysed in pieces of at most
``CHUNK_CHARS`` characters, cut after a sentence end or a space when there is one.  The
offsets of every ``Token`` are into the whole text all the same.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass

from jaconv.conv_table import K2H_TABLE
from sudachipy import Dictionary, Morpheme, SplitMode

from safety.translation import gated

CHUNK_CHARS = 256
NEGATIONS = frozenset({"ない", "ず", "ぬ", "無い"})
"""The standard language's negations after a verb, as ``Token.normalized`` gives them (regional
forms such as へん and ひん are for each rule to add: not every rule reads them alike)."""
_CUT_AFTER = frozenset("。．.!?！？\n 　、,")
# Symbols and spaces are read by Sudachi as "キゴウ" (the word "symbol"): keep the
# character itself as its reading instead.
_NO_READING_POS = frozenset({"補助記号", "空白"})


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a text."""

    surface: str
    """The word as written in the analysed text."""
    lemma: str
    """Dictionary form as written (``dictionary_form``: 「のんだ」 → 「のむ」)."""
    normalized: str
    """Spelling-normalised dictionary form (``normalized_form``: 「のんだ」 → 「飲む」)."""
    reading: str
    """Reading of the surface in hiragana (「飲ん」 → 「のん」)."""
    pos: tuple[str, ...]
    """Part of speech, most general first (「動詞」, 「一般」, …)."""
    start: int
    """Offset of the first character in the analysed text."""
    end: int
    """Offset just past the last character."""
    oov: bool = False
    """Not a word of the dictionary (Sudachi made it up from a run of one script)."""


# A Token is made once a word of every text read: through its slots' own setters, not the
# frozen dataclass's ``__init__`` (which sets each field with a Python-level
# ``object.__setattr__`` call), the same object for about half the cost.
_NEW = object.__new__
_SLOTS = ("surface", "lemma", "normalized", "reading", "pos", "start", "end", "oov")
if Token.__slots__ != _SLOTS:  # type: ignore[attr-defined]
    raise TypeError("Token's fields changed: change _token with them")
_SET_SURFACE, _SET_LEMMA, _SET_NORMALIZED, _SET_READING, _SET_POS, _SET_START, _SET_END, _SET_OOV = (
    getattr(Token, name).__set__ for name in _SLOTS
)


def _token(
    surface: str,
    lemma: str,
    normalized: str,
    reading: str,
    pos: tuple[str, ...],
    start: int,
    end: int,
    oov: bool,
) -> Token:
    t = _NEW(Token)
    _SET_SURFACE(t, surface)
    _SET_LEMMA(t, lemma)
    _SET_NORMALIZED(t, normalized)
    _SET_READING(t, reading)
    _SET_POS(t, pos)
    _SET_START(t, start)
    _SET_END(t, end)
    _SET_OOV(t, oov)
    return t


_DICTIONARY = Dictionary(dict="core")
_local = threading.local()


def _tokenizer(mode: SplitMode = SplitMode.C):  # type: ignore[no-untyped-def]
    # A Sudachi tokenizer keeps scratch state between calls: one per thread and mode.
    name = "tokenizer" if mode == SplitMode.C else "tokenizer_a"
    tok = getattr(_local, name, None)
    if tok is None:
        tok = _DICTIONARY.tokenizer(mode=mode)
        setattr(_local, name, tok)
    return tok


def _chunks(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + CHUNK_CHARS, len(text))
        if end < len(text):
            cut = end
            while cut > start + CHUNK_CHARS // 2 and text[cut - 1] not in _CUT_AFTER:
                cut -= 1
            if text[cut - 1] in _CUT_AFTER:
                end = cut
        out.append((start, text[start:end]))
        start = end
    return out


# jaconv.kata2hira is this one table applied with str.translate; applied here directly,
# once a word, without its two Python calls.
_KATA2HIRA = K2H_TABLE
_kata2hira = gated(K2H_TABLE)  # for texts, often without katakana

_POS_BY_ID: dict[int, tuple[str, ...]] = {}
"""Part of speech by Sudachi's id: the dictionary has a fixed, small table of them, and
building the tuple once per id instead of once per word saves most of a word's cost."""


def _pos(m: Morpheme) -> tuple[str, ...]:
    pos_id = m.part_of_speech_id()
    pos = _POS_BY_ID.get(pos_id)
    if pos is None:
        pos = _POS_BY_ID[pos_id] = tuple(p for p in m.part_of_speech() if p != "*")
    return pos


_ENTRIES: dict[int, tuple[str, str, str | None, tuple[str, ...]]] = {}
"""A dictionary word's forms by its id: dictionary form, normalised form, reading in hiragana
(None: the surface is its own reading, for symbols and spaces) and part of speech. They are the
dictionary's, whatever the text (only the surface and the offsets are the text's), so a word met
again costs two calls into Sudachi fewer, and no ``translate`` of its reading (about 250 ns a
letter). Words Sudachi made up (``oov``) are never kept: their forms are the text's."""
_ENTRIES_MAX = 8_192
"""Emptied when full: the words children use most are met again within a few hundred texts
(~480 bytes a word, ~4 MB full; the 24,000 tuning texts and names hold ~9,100 words)."""


@functools.lru_cache(maxsize=64)
def tokens(text: str, *, shortest: bool = False) -> tuple[Token, ...]:
    """The words of ``text``, in order, with offsets into ``text``.

    ``shortest``: Sudachi's shortest units (mode A: 「電話番号」 is 電話 + 番号, 「インスタント」
    stays one word) instead of its longest (mode C, the default).

    The last few texts are kept: one assessment reads the same text for its words and
    for its reading, and a second time when small っ were slipped in (immutable results)."""
    if not text:
        return ()
    tok = _tokenizer(SplitMode.A if shortest else SplitMode.C)
    out: list[Token] = []
    entries = _ENTRIES
    for offset, chunk in _chunks(text):
        for m in tok.tokenize(chunk):
            surface = m.surface()
            oov = m.is_oov()
            entry = None if oov else entries.get(m.word_id())
            if entry is None:
                pos = _pos(m)
                reading_form = m.reading_form()
                entry = (
                    m.dictionary_form(),
                    m.normalized_form(),
                    None
                    if (pos and pos[0] in _NO_READING_POS) or not reading_form
                    else reading_form.translate(_KATA2HIRA),
                    pos,
                )
                if not oov:
                    if len(entries) >= _ENTRIES_MAX:
                        entries.clear()
                    entries[m.word_id()] = entry
            lemma, normalized, reading, pos = entry
            out.append(
                _token(
                    surface,
                    lemma,
                    normalized,
                    surface if reading is None else reading,
                    pos,
                    offset + m.begin(),
                    offset + m.end(),
                    oov,
                )
            )
    return tuple(out)


_KANJI = re.compile("[\u3400-\u9fff\uf900-\ufaff々〆〇]")


def _has_kanji(text: str) -> bool:
    return _KANJI.search(text) is not None  # one C-level scan instead of a Python loop a letter


# Where Sudachi gives the formal reading, the one children write (and the word lists
# use): 私 is わたし, not わたくし; 何も is なにも; 明日 is あした.
_EVERYDAY = {"私": "わたし", "明日": "あした"}
_EVERYDAY_BEFORE = {"何": ("なに", frozenset("もをがか"))}


def reading(text: str) -> str:
    """``text`` read as hiragana: words with kanji replaced by their reading, the rest kept.

    Kana and Latin letters stay as written (only kanji are read), so a text that has no
    kanji comes back unchanged apart from katakana turning into hiragana.
    """
    if not _has_kanji(text):
        return _kata2hira(text)
    parts: list[str] = []
    for t in tokens(text):
        if not _has_kanji(t.surface):
            parts.append(t.surface)
        elif t.surface in _EVERYDAY:
            parts.append(_EVERYDAY[t.surface])
        elif t.surface in _EVERYDAY_BEFORE and text[t.end : t.end + 1] in _EVERYDAY_BEFORE[t.surface][1]:
            parts.append(_EVERYDAY_BEFORE[t.surface][0])
        else:
            parts.append(t.reading)
    return _kata2hira("".join(parts))
