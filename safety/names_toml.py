"""The name lists staff edit (``lexicon/names.toml``), checked as they are read.

Read once, when ``safety`` is first imported (the server's start).  An entry the file's
header does not allow stops the start with ``NamesTomlError`` naming the file, the table,
the list and the entry, instead of passing silently: a misspelled list name is never read, a
word with fewer than two letters is never looked for (the look-ups start where two letters
of a listed word stand), a Latin entry that is not one word of a-z is never met, and a
"picture" that is a letter would refuse every name with that letter in it.  The verbs and
nouns of ``[meeting]`` and ``[orders]`` are checked against the dictionary when their modules
read them (``dictionary_words``); the allow-list has its own file and check
(``safety.allow_list``).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from typing import Any

from safety.morphology import tokens
from safety.word_lists import checked_words

FILE = "safety/lexicon/names.toml"
REASONS = ("contact", "self_harm", "sexual", "insult", "staff")
"""The refusal reasons, in the order the lists are checked (the first hit gives the reason)."""
_LISTS = ("kana", "kana_token", "kana_whole", "latin", "latin_token", "emoji")
_OTHER_TABLES = {
    "pictured_words": "pictures and the words they picture",
    "meeting": "verbs and nouns",
    "orders": "verbs",
    "put_downs": "put-downs said framed, the words of address, prefixes and endings that frame them",
    "caretaker": "names and roles",
    "wants": "verbs and nouns that are wanted, proposed or asked for",
    "invites": "places, relations and people an invitation is made around",
}
_INVITES_LISTS = (
    "places",
    "verbs",
    "media",
    "elsewhere",
    "relations",
    "people",
    "area",
    "near",
    "units",
    "calls",
    "strangers",
    "gifts",
    "talk_nouns",
    "recruited_kana",
    "wished",
)
_WANTS_LISTS = (
    "self_harm",
    "self_harm_nouns",
    "sexual",
    "sexual_written",
    "sexual_nouns",
    "sexual_bare",
    "show_verbs",
    "shown",
    "life",
    "life_verbs",
    "when",
    "people",
    "people_pronouns",
    "meeting_nouns",
    "together",
    "recruit",
    "taken_in",
)
_MEETING_LISTS = ("verbs", "nouns", "in_person")
_PUT_DOWN_LISTS = ("words", "framed", "tails", "prefixes", "addresses", "selves", "endings", "nicknames")
_LATIN_WORD = re.compile(r"[a-z]+")
_ANY_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_KANJI = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_VARIATION = "\ufe0f\ufe0e"
_KANA_WORD = re.compile(r"[ぁ-ゖァ-ヺー]{2,}")


class NamesTomlError(ValueError):
    """An entry of names.toml that cannot be what the file's header asks for."""


def parse(text: str) -> dict[str, Any]:
    """The file's tables, every entry checked, or ``NamesTomlError`` saying which is wrong."""
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise NamesTomlError(f"{FILE}: not TOML: {e}") from e
    for key in table:
        if key not in REASONS and key not in _OTHER_TABLES:
            known = ", ".join((*REASONS, *_OTHER_TABLES))
            raise NamesTomlError(f"{FILE}: unknown table [{key}] (the tables are {known})")
    for reason in REASONS:
        if not isinstance(table.get(reason), dict):
            raise NamesTomlError(f"{FILE}: the table [{reason}] is missing")
        _check_reason(reason, table[reason])
    _check_pictured(table.get("pictured_words", {}))
    _check_meeting(table.get("meeting", {}))
    _check_orders(table.get("orders", {}))
    _check_caretaker(table.get("caretaker", {}))
    _check_lists("wants", table.get("wants", {}), _WANTS_LISTS)
    _check_lists("invites", table.get("invites", {}), _INVITES_LISTS)
    _check_lists("put_downs", table.get("put_downs", {}), _PUT_DOWN_LISTS)
    return table


def _check_reason(reason: str, lists: dict[str, Any]) -> None:
    for key in lists:
        if key not in _LISTS:
            raise NamesTomlError(
                f"{FILE}: [{reason}]: unknown list {key!r} (the lists are {', '.join(_LISTS)})"
            )
    for key in ("kana", "kana_token", "kana_whole"):
        for w in _words(f"[{reason}] {key}", lists.get(key, [])):
            _check_kana_word(f"[{reason}] {key}", w)
            if key == "kana" and not _KANJI.search(w) and len(w.replace("ー", "")) < 3:
                # looked for anywhere, two kana are inside too many ordinary words (「にがー」
                # is にが once ー is dropped: たにがわ, にがうり)
                raise NamesTomlError(
                    f"{FILE}: [{reason}] kana: {w!r} is under three kana besides ー (put it in kana_token)"
                )
    for key in ("latin", "latin_token"):
        for w in _words(f"[{reason}] {key}", lists.get(key, [])):
            if not _LATIN_WORD.fullmatch(w.lower()):
                raise NamesTomlError(f"{FILE}: [{reason}] {key}: {w!r} is not one word of the letters a-z")
    for e in _words(f"[{reason}] emoji", lists.get("emoji", [])):
        if not is_picture(e):
            raise NamesTomlError(f"{FILE}: [{reason}] emoji: {e!r} is not one picture")


def _check_kana_word(where: str, w: str) -> None:
    if _ANY_LATIN.search(w):
        raise NamesTomlError(f"{FILE}: {where}: {w!r} has Latin letters (Latin words go in latin)")
    letters = [ch for ch in unicodedata.normalize("NFKC", w) if ch.isalnum()]
    if not letters:
        raise NamesTomlError(f"{FILE}: {where}: {w!r} has no letters")
    if len(letters) < 2 and not _KANJI.search(w):
        # the look-ups start only where two letters of a listed word stand: it would never be met
        raise NamesTomlError(f"{FILE}: {where}: {w!r} is one kana (a listed kana word has two or more)")


def is_picture(entry: str) -> bool:
    """One picture (a symbol that is no letter or digit), with or without U+FE0F/U+FE0E."""
    core = entry.rstrip(_VARIATION)
    return len(core) == 1 and unicodedata.category(core) == "So"


def _check_pictured(table: object) -> None:
    if not isinstance(table, dict):
        raise NamesTomlError(f"{FILE}: pictured_words must be a table of pictures")
    for picture, words in table.items():
        if not is_picture(picture):
            raise NamesTomlError(f"{FILE}: pictured_words: {picture!r} is not one picture")
        _words(f"pictured_words {picture}", words)


def _check_meeting(table: object) -> None:
    if not isinstance(table, dict):
        raise NamesTomlError(f"{FILE}: meeting must be a table of verbs and nouns")
    for key, words in table.items():
        if key not in _MEETING_LISTS:
            raise NamesTomlError(
                f"{FILE}: [meeting]: unknown list {key!r} (the lists are verbs, nouns and in_person)"
            )
        for w in _words(f"[meeting] {key}", words):
            if _ANY_LATIN.search(w):
                raise NamesTomlError(f"{FILE}: [meeting] {key}: {w!r} has Latin letters")
            if key == "in_person" and not _KANA_WORD.fullmatch(w):
                raise NamesTomlError(f"{FILE}: [meeting] in_person: {w!r} is not a word in kana")


def _check_orders(table: object) -> None:
    if not isinstance(table, dict):
        raise NamesTomlError(f"{FILE}: orders must be a table with a list of verbs")
    for key, words in table.items():
        if key != "verbs":
            raise NamesTomlError(f"{FILE}: [orders]: unknown list {key!r} (the list is verbs)")
        for w in _words("[orders] verbs", words):
            if _ANY_LATIN.search(w):
                raise NamesTomlError(f"{FILE}: [orders] verbs: {w!r} has Latin letters")


def _check_caretaker(table: object) -> None:
    if not isinstance(table, dict):
        raise NamesTomlError(f"{FILE}: caretaker must be a table of names and roles")
    for key, words in table.items():
        if key not in ("names", "roles"):
            raise NamesTomlError(f"{FILE}: [caretaker]: unknown list {key!r} (the lists are names and roles)")
        for w in _words(f"[caretaker] {key}", words):
            if key == "names" and _ANY_LATIN.search(w):
                raise NamesTomlError(f"{FILE}: [caretaker] names: {w!r} has Latin letters")


def _check_lists(section: str, table: object, lists: tuple[str, ...]) -> None:
    """A table of word lists (``[wants]``, ``[invites]``): only the named lists, each of words."""
    if not isinstance(table, dict):
        raise NamesTomlError(f"{FILE}: {section} must be a table of lists")
    for key, words in table.items():
        if key not in lists:
            raise NamesTomlError(
                f"{FILE}: [{section}]: unknown list {key!r} (the lists are {', '.join(lists)})"
            )
        _words(f"[{section}] {key}", words)


def _words(where: str, entries: object) -> list[str]:
    return checked_words(f"{FILE}: {where}", entries, NamesTomlError)


def dictionary_words(written: tuple[str, ...], pos: str | None, where: str) -> frozenset[str]:
    """Words of a ``where`` list (``[meeting] verbs``…) as Sudachi normalises them (逢う is
    会う), since a name's words are compared so.  A word is taken as written and as its
    reading in hiragana, since Sudachi may read the two apart (迎え alone is the verb 迎える,
    むかえ the noun 迎え); an entry that is one word of the dictionary with part of speech
    ``pos`` in neither (any part of speech when ``pos`` is None) would never be met and stops
    the start with ``NamesTomlError``."""
    out = set()
    for w in written:
        ts = tokens(w)
        spellings = [ts]
        if len(ts) == 1 and ts[0].reading != w:
            spellings.append(tokens(ts[0].reading))
        found = {
            s[0].normalized
            for s in spellings
            if len(s) == 1 and not s[0].oov and s[0].pos and pos in (None, s[0].pos[0])
        }
        if not found:
            cut = " + ".join(f"{t.surface} ({t.pos[0] if t.pos else '?'})" for t in ts)
            raise NamesTomlError(
                f"{FILE}: {where}: {w!r} is not one {pos or 'word'} of the dictionary ({cut})"
            )
        out |= found
    return frozenset(out)
