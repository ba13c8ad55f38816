"""``safety.translation.gated``: the same string as ``str.translate`` whatever the text."""

from __future__ import annotations

import jaconv
from hypothesis import given, settings
from hypothesis import strategies as st
from jaconv.conv_table import K2H_TABLE

from safety.translation import gated, hira2kata, kata2hira

_TABLES = {
    "katakana": K2H_TABLE,
    "deletions and regex letters": str.maketrans({"]": "x", "\\": "y", "^": None, "-": "ー", "ぁ": "あ"}),
}
_LETTERS = st.sampled_from("アイウエオヴヵヶーあぁぃ漢字abc-]^\\。、「」 \n🙂")


@settings(max_examples=300, deadline=None)
@given(st.text(_LETTERS, max_size=40) | st.text(max_size=40), st.sampled_from(sorted(_TABLES)))
def test_gated_is_translate(text: str, which: str) -> None:
    table = _TABLES[which]
    assert gated(table)(text) == text.translate(table)


def test_a_text_without_the_tables_letters_comes_back_itself() -> None:
    text = "きょうは学校でともだちとあそんだ"
    assert gated(K2H_TABLE)(text) is text
    assert gated(K2H_TABLE)("マラソン") == "まらそん"


@settings(max_examples=300, deadline=None)
@given(
    st.text(st.sampled_from("アイウエオヴヵヶヽヾーあぁぃゔゝゞ漢字abc。 🙂"), max_size=30)
    | st.text(max_size=30)
)
def test_the_name_checks_conversions_are_jaconvs(text: str) -> None:
    # the name checks call these instead of jaconv's (safety/names.py, safety/name_*.py)
    assert kata2hira(text) == jaconv.kata2hira(text)
    assert hira2kata(text) == jaconv.hira2kata(text)
