"""The allow-list staff edit: ordinary words that hold a listed word (``lexicon/ordinary_names.toml``).

Read once, when ``safety`` is first imported (the server's start).  An entry the file's
header does not allow stops the start with ``AllowListError``, naming the file, the list and
the entry, instead of passing silently: a Latin entry that is not one word would never be
met, and a word that is itself a listed word (``allows_a_listed_word`` in
``safety.name_reading``) would let that word through in every name.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from safety.word_lists import checked_words

FILE = "safety/lexicon/ordinary_names.toml"


class AllowListError(ValueError):
    """An entry of the allow-list that cannot be what the file's header asks for."""


@dataclass(frozen=True, slots=True)
class AllowList:
    words: tuple[str, ...]
    """Kana, katakana or kanji words, as written."""
    latin: frozenset[str]
    """Latin words, lower case."""


_LATIN_WORD = re.compile(r"[a-z]+")


def parse(text: str) -> AllowList:
    """The allow-list from the file's text, or ``AllowListError`` saying which entry is wrong."""
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise AllowListError(f"{FILE}: not TOML: {e}") from e
    unknown = sorted(set(table) - {"words", "latin"})
    if unknown:
        raise AllowListError(f"{FILE}: unknown list {unknown[0]!r} (the lists are words and latin)")
    words = _strings(table, "words")
    latin = [w.lower() for w in _strings(table, "latin")]
    for w in latin:
        if not _LATIN_WORD.fullmatch(w):
            raise AllowListError(f"{FILE}: latin: {w!r} is not one word of the letters a-z")
    return AllowList(tuple(dict.fromkeys(words)), frozenset(latin))


def _strings(table: dict[str, object], key: str) -> list[str]:
    return checked_words(f"{FILE}: {key}", table.get(key, []), AllowListError)


ALLOW_LIST = parse(resources.files("safety").joinpath("lexicon", "ordinary_names.toml").read_text("utf-8"))
