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
from typing import Any

try:  # the engine's own reader and writer (CPython 3.11–3.13); without them, the plain alternation
    from re import _compiler, _parser
    from re import _constants as _c
except ImportError:  # pragma: no cover - another Python's internals
    _compiler = _parser = _c = None  # type: ignore[assignment]

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
    each a group of its own, regrouped by first letter (``_regrouped``).  A search with it is one
    call into the regular expression engine instead of one each (~4,000 instructions of setting
    up a search apiece, on a name of a few letters).  Only compiled patterns with no flag but the
    default, and none but the first referring back to a group by number or name, are joined: in
    the alternation either would mean something else (a pattern's flags would apply to all; the
    groups of all but the first are numbered anew).  Use it only as found or not found: which
    alternative matches, and where, is not what the plain alternation's would be."""
    parts = []
    for place, pattern in enumerate(patterns):
        if isinstance(pattern, re.Pattern):
            if pattern.flags != re.UNICODE:
                raise ValueError(f"flags would apply to every pattern joined: {pattern.pattern!r}")
            pattern = pattern.pattern
        if place and _BACK_REFERENCE.search(pattern):
            raise ValueError(f"a reference back to a group would change its meaning: {pattern!r}")
        parts.append(f"(?:{pattern})")
    return _regrouped("|".join(parts) or "(?!)")


# -- the alternation regrouped -------------------------------------------------------------
#
# The engine (CPython's ``_sre``) tries a pattern at every letter of the text, and at each tries
# the alternatives of an alternation in turn.  An alternative that starts with a letter of its own
# is passed over at once when the text has another letter there (a compare, in ``BRANCH``); any
# other (a group, an alternation inside, an anchor) is entered, at a cost of its own, and only
# then fails.  The joined patterns are alternations of groups of alternations: the gate of the
# names' fast path (``safety.names._FAST_PATH_GATE``) entered a dozen of them at every letter,
# ~6,000 instructions a letter.  Written out as alternatives that each start with a letter, and
# those that start with the same letter as one (the tree ``any_word`` writes for words), the same
# search enters at each letter only what may match there: the alternation of 2026-12-07 (fourth)
# took less than half the instructions (docs/performance.md).
#
# Only rewritings that keep what is found or not (never which match, nor where) are made, on the
# pattern as the engine's own parser reads it (``re._parser``; CPython 3.11 to 3.13):
#
# - a group that captures nothing and sets no flag is its contents: ``(?:ab)c`` is ``abc``;
# - an alternation followed by more is each alternative followed by it: ``(?:a|b)c`` is
#   ``ac|bc`` (not done when what follows holds a group that captures: it would be there twice);
# - alternatives may be tried in any order, and those that start with one letter as that letter
#   followed by the alternation of their rests: ``ab|xy|ac`` is ``a(?:b|c)|xy``; one alternative
#   that is the letter alone makes the rest moot: ``a|ab`` is found where ``a`` is.
#
# tests/test_safety_word_search.py reads random texts with each joined pattern both ways.

_Items = list[tuple[Any, Any]]


def _regrouped(joined: str) -> re.Pattern[str]:
    """``re.compile(joined)``, with its alternatives regrouped (above).  Where this Python's
    engine is not the one the rewriting knows, the plain alternation: slower, the same answers."""
    try:
        return _regrouped_by_parser(joined)
    except Exception:  # any surprise in another Python's internals costs speed only
        return re.compile(joined)


def _regrouped_by_parser(joined: str) -> re.Pattern[str]:
    tree = _parser.parse(joined)  # type: ignore[union-attr]
    state = tree.state
    alternatives = _grouped(_alternatives(list(tree.data)), state)
    if len(alternatives) > 1:
        tree.data = [(_c.BRANCH, (None, [_parser.SubPattern(state, items) for items in alternatives]))]
    else:
        tree.data = alternatives[0]
    return _compiler.compile(tree, state.flags)


def _alternatives(items: _Items) -> list[_Items]:
    """The alternatives the sequence ``items`` stands for, with plain groups opened and
    alternations distributed over what follows them."""
    if not items:
        return [items]
    op, av = items[0]
    rest = items[1:]
    if op is _c.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _alternatives(list(av[3].data) + rest)
    if op is _c.BRANCH and not _captures(rest):
        return [alternative for branch in av[1] for alternative in _alternatives(list(branch.data) + rest)]
    return [items]


def _grouped(alternatives: list[_Items], state: Any) -> list[_Items]:
    """``alternatives`` with those that start with one letter made one (above), the others after
    them as they were."""
    by_letter: dict[int, list[_Items]] = {}
    others = []
    for items in alternatives:
        if items and items[0][0] is _c.LITERAL:
            by_letter.setdefault(items[0][1], []).append(items[1:])
        else:
            others.append(items)
    grouped: list[_Items] = []
    for letter, rests in by_letter.items():
        if not all(rests):  # the letter alone is found wherever any of its alternatives is
            grouped.append([(_c.LITERAL, letter)])
            continue
        inner = _grouped([alternative for rest in rests for alternative in _alternatives(rest)], state)
        if len(inner) == 1:
            grouped.append([(_c.LITERAL, letter), *inner[0]])
        else:
            branch = (_c.BRANCH, (None, [_parser.SubPattern(state, items) for items in inner]))
            grouped.append([(_c.LITERAL, letter), branch])
    return grouped + others


def _captures(items: _Items) -> bool:
    """Whether ``items`` hold a group that captures, anywhere inside."""
    for op, av in items:
        if op is _c.SUBPATTERN and av[0] is not None:
            return True
        for part in av if isinstance(av, (tuple, list)) else ():
            if isinstance(part, _parser.SubPattern) and _captures(list(part.data)):
                return True
            if isinstance(part, list) and any(
                isinstance(sub, _parser.SubPattern) and _captures(list(sub.data)) for sub in part
            ):
                return True
    return False


_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")
