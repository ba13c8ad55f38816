"""``risk._present``: every word whose start is among a text's letter pairs, ascending, however
many starts the text holds (none, one: the kept indices themselves; several: merged)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from safety.risk import _grams, _present, _starts

_WORDS = ("しにたい", "しぬ", "きえたい", "きえる", "いなくなりたい", "しね", "くび", "き", "しにそう")


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("しにたいぬきえるなくりねびそう 。"), max_size=30))
def test_present_is_every_word_whose_start_is_in_the_text(text: str) -> None:
    starts = _starts(_WORDS)
    grams = _grams(text)
    expected = [i for i, word in enumerate(_WORDS) if word[:2] in grams]
    assert list(_present(starts, grams)) == expected


def test_one_start_or_none() -> None:
    starts = _starts(_WORDS)
    assert list(_present(starts, _grams("きえ"))) == [2, 3, 7]  # 「き」 is its own start too
    assert list(_present(starts, _grams("ほげ"))) == []
