"""The cheap questions the name check asks before a dearer one, and the answers they stand for.

Each guard is one run of one class, asked first where the dearer pattern tries alternatives at
every letter (docs/performance.md, "Round of 2026-12-07 (fourth): the arrival"): a yes from it
must be the dearer pattern's answer too, on every text it says yes to.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from safety import name_other_languages, name_views

_KANA = [chr(c) for c in (*range(0x3041, 0x3097), *range(0x30A1, 0x3100))]


def test_big_kana_alone_are_plain() -> None:
    """``_BIG_RUN`` says yes only where ``_PLAIN`` says yes: each of its letters alone is plain."""
    big = name_views._BIG
    assert all(name_views._PLAIN.fullmatch(letter) for letter in big)
    assert name_views._BIG_RUN.fullmatch("") is None
    assert name_views._BIG_RUN.fullmatch("しゅん") is None and name_views._PLAIN.fullmatch("しゅん")


@settings(max_examples=300, deadline=None)
@given(st.text(name_views._BIG + "ゃゅょぃーっ", min_size=1, max_size=12))
def test_a_run_of_big_kana_is_plain(text: str) -> None:
    if name_views._BIG_RUN.fullmatch(text):
        assert name_views._PLAIN.fullmatch(text), text


def test_kana_hold_no_other_language() -> None:
    """``_KANA_ONLY`` says yes only to kana, none of which ``_HAS_OTHER`` finds: each of its three
    alternatives needs a letter that is no kana (hangul, a Latin letter, a kanji), and ignoring
    case makes no kana a Latin letter (kana have no case)."""
    only = name_other_languages._KANA_ONLY
    assert all(only.fullmatch(letter) for letter in _KANA)
    assert (
        only.fullmatch("ゆいa") is None and only.fullmatch("ゆい太") is None and only.fullmatch("한") is None
    )
    latin = re.compile("[a-z]", re.IGNORECASE)
    for letter in _KANA:
        assert latin.search(letter) is None, letter
        assert name_other_languages._HAS_OTHER.search(letter) is None, letter
