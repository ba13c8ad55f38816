"""``safety.translation.gated``: the same string as ``str.translate`` whatever the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from jaconv.conv_table import K2H_TABLE

from safety.translation import gated

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
