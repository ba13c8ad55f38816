"""One regular expression that finds any of many literal words, written as a tree of letters.

``re.compile("|".join(words))`` tries every word in turn at every place of the text: with the
~200 stems the name fast path looks for, that search was the dearest single step of a plain
name's check.  The same words written as a tree (「し(?:に|ね|の…)|き(?:え|て…)」) try at each
place only the words that start with the letter found there, and match exactly the same
strings.  So a search with it finds a match wherever the plain alternation would, and
``any_word(words).search(text) is None`` says the same as the plain alternation's — use it only
where that (found or not) is all that is asked, never for which word was found or where (the
tree prefers the longest word at a place, the alternation the first listed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Node = dict[str, "_Node"]
_END = ""  # the key marking that a word ends at a node (no letter is the empty string)


def any_word(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching, at a place, exactly the ``words`` (literal, none empty) found there."""
    return re.compile(any_word_pattern(words))


def any_word_pattern(words: Iterable[str]) -> str:
    """``any_word``'s pattern as text, to be written into a larger one as a group of its own
    (the same strings as ``(?:word|word…)`` there)."""
    tree: _Node = {}
    for word in set(words):
        if not word:
            raise ValueError("an empty word would match everywhere")
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[_END] = {}
    if not tree:
        return "(?!)"  # no word: nothing is ever found
    return "(?:" + _written(tree) + ")"


def _written(node: _Node) -> str:
    branches = [re.escape(letter) + _written(child) for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    if len(branches) == 1 and _END not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    # a word may end here, or go on: the rest is optional
    return group + "?" if _END in node else group


def any_pattern(patterns: Iterable[re.Pattern[str] | str]) -> re.Pattern[str]:
    """One pattern that finds something wherever any of ``patterns`` would: their alternation,
    each a group of its own.  A search with it is one call into the regular expression engine
    instead of one each (~4,000 instructions of setting up a search apiece, on a name of a few
    letters).  Only compiled patterns with no flag but the default, and none but the first
    referring back to a group by number or name, are joined: in the alternation either would
    mean something else (a pattern's flags would apply to all; the groups of all but the first
    are numbered anew)."""
    parts = []
    for place, pattern in enumerate(patterns):
        if isinstance(pattern, re.Pattern):
            if pattern.flags != re.UNICODE:
                raise ValueError(f"flags would apply to every pattern joined: {pattern.pattern!r}")
            pattern = pattern.pattern
        if place and _BACK_REFERENCE.search(pattern):
            raise ValueError(f"a reference back to a group would change its meaning: {pattern!r}")
        parts.append(f"(?:{pattern})")
    return re.compile("|".join(parts) or "(?!)")


_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")
