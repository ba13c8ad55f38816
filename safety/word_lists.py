"""The one check of a staff-edited list of words in a TOML file (names.toml, ordinary_names.toml)."""

from __future__ import annotations


def checked_words(where: str, entries: object, error: type[ValueError]) -> list[str]:
    """``entries`` when it is a list of words in quotes with no spaces around them; otherwise
    ``error`` saying what is wrong at ``where`` (the file and the list, e.g. ``names.toml:
    [insult] kana``), so a bad edit stops the start with a line staff can act on."""
    if not isinstance(entries, list):
        raise error(f"{where} must be a list in [ ]")
    for entry in entries:
        if not isinstance(entry, str) or not entry.strip():
            raise error(f"{where}: {entry!r} is not a word in quotes")
        if entry != entry.strip():
            raise error(f"{where}: {entry!r} has spaces around it")
    return entries
