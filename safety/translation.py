"""``str.translate`` that looks before it copies.

CPython's ``str.translate`` with a dict looks up every letter of a non-ASCII text in the table
(~0.1 µs a letter, a miss raising and clearing a ``LookupError`` inside), whether or not any is
there: a 30-letter text costs ~3 µs to come back unchanged. One assessment translates its text
a dozen times (katakana into hiragana, look-alikes, small vowels), mostly texts with none of
the table's letters. One regex search over the table's letters (C, ~0.2 µs) answers that first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping

from jaconv.conv_table import H2K_TABLE, K2H_TABLE


def gated(table: Mapping[int, int | str | None]) -> Callable[[str], str]:
    """``text.translate(table)``, with the text itself given back when no letter of the table is
    in it (the same string either way)."""
    letters = re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(table)) + "]")
    search = letters.search

    def translate(text: str) -> str:
        return text if search(text) is None else text.translate(table)

    return translate


# jaconv's own conversions, gated: the name checks convert ~11 times a name, mostly names
# with no letter to convert (a hiragana name into hiragana).
# The last few kept too: one name check converts the same few texts (the name, its views) 12 to
# 18 times, each through a Python call and a search (~2,500 instructions); a kept one is a
# look-up in C (docs/performance.md, "Round of 2026-12-07 (eighth): the name check"). Only the
# last 64, as ``safety.morphology.tokens`` keeps: enough for one check, and visitors' words are
# not kept beyond it. The results are strings, so nothing kept can be changed by a caller.
kata2hira: Callable[[str], str] = functools.lru_cache(maxsize=64)(gated(K2H_TABLE))
"""``jaconv.kata2hira(text)``: katakana into hiragana."""
hira2kata: Callable[[str], str] = functools.lru_cache(maxsize=64)(gated(H2K_TABLE))
"""``jaconv.hira2kata(text)``: hiragana into katakana."""
