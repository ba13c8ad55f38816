"""A staff word written in Latin look-alike letters (「ADMlN」, 「adrnin」, 「rnoderator」).

The undisguising reads digits and marks as letters (「0perator」, 「adm1n」), but not one Latin
letter for another: a lower-case l for a capital I, rn for m, cl for d, vv for w look like the
letter they stand for and are no disguise to the word lists.  Here each staff word of
``names.toml`` (its ``latin`` and ``latin_token`` lists, and its kana words of four letters or
more read as romaji: 「unei」, 「kanrinin」) is matched with every letter free to be written as
its look-alikes.  A ``latin`` word counts anywhere in a run of Latin letters, as the word lists
count it; a ``latin_token`` word and a romaji word only as the whole run (「rnod」, 「UNEl」;
「Junelle」 is no unei).  The plain spelling matches too, but the word lists have refused it
before this is asked; only a run holding l, rn, cl or vv is read at all.
"""

from __future__ import annotations

import re
import unicodedata

import jaconv

from safety.lexicon import NAME_LISTS

# Each letter and what may be written for it.  Digits and marks are here too, so that a word
# mixing them with look-alike letters is read whole (「0FFlClAL」).
_LOOKALIKES = {
    "a": "a|@|4",
    "d": "d|cl",
    "e": "e|3",
    "i": "i|l|1|!|\\|",
    "l": "l|i|1|\\|",
    "m": "m|rn",
    "o": "o|0",
    "s": "s|5|\\$",
    "t": "t|7",
    "w": "w|vv",
}
# Runs of what a Latin word may be written with (the marks above included).
_LATIN_RUN = re.compile(r"[a-z0-9@$!|]+")
# Only a run holding one of these can hold a look-alike the word lists miss.
_MAY_STAND_IN = re.compile(r"l|rn|cl|vv")


def _pattern(word: str) -> str:
    return "".join(f"(?:{_LOOKALIKES[ch]})" if ch in _LOOKALIKES else re.escape(ch) for ch in word)


def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    staff = next(words for words in NAME_LISTS if words.reason == "staff")
    romaji = {
        jaconv.kana2alphabet(jaconv.kata2hira(w)).replace("'", "")
        for w in staff.kana_words
        if re.fullmatch("[ぁ-ゖァ-ヺー]{4,}", w) and "ー" not in w
    }
    anywhere = "|".join(sorted(map(_pattern, staff.latin), key=len, reverse=True))
    whole = "|".join(sorted(map(_pattern, {*staff.latin_token, *romaji}), key=len, reverse=True))
    return re.compile(anywhere), re.compile(whole)


# (compiled once at start: about 16 ms, which a first name with an l would otherwise pay)
_ANYWHERE, _WHOLE = _patterns()


def staff_lookalike(name: str) -> bool:
    """Whether ``name`` spells a staff word with a Latin letter written as its look-alike."""
    runs = _LATIN_RUN.findall(unicodedata.normalize("NFKC", name).lower())
    if not _MAY_STAND_IN.search("".join(runs)):
        return False
    if len(runs) > 1:
        runs.append("".join(runs))  # spaced or marked letter by letter (「A d m l n」)
    for run in runs:
        if not _MAY_STAND_IN.search(run) or not any(ch.isalpha() for ch in run):
            continue
        if _ANYWHERE.search(run) or _WHOLE.fullmatch(run):
            return True
    return False
