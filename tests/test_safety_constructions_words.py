"""The look-ups a text's context (``safety.constructions.words._Ctx``) answers for every rule:
where a word class or a spelling occurs, read from its index of the text, must be what a scan
of every word (``_Ctx.at``, each word's keys) finds."""

from __future__ import annotations

from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safety.constructions import prepare
from safety.constructions.folding import _is_kata, has_kata
from safety.constructions.words import Gates, W, _Ctx, words_of
from safety.morphology import reading

TEXTS = [
    "",
    "もう つかれた。ぜんぶ おわりに したい",
    "きょう がっこうで ともだちと けんかして、ないちゃった",
    "てがみ かいた。いままで ありがとう。じゃあね",
    "わたしが いない ほうが みんな らくに なるよね",
    "ママに なぐられる。いえに かえりたくない",
    "テストが おわった！あしたから なつやすみ",
    "なんこ のんだら しねる？",
]
CLASSES = sorted(W)
KEY_SETS = [
    frozenset({"居る", "要る", "いる", "いき"}),
    frozenset({"じゃあ", "じゃ"}),
    frozenset({"誰", "だれ"}),
    frozenset({"ない"}),
    frozenset(),
]


def _ctx(text: str) -> _Ctx:
    prepared = prepare(text)
    return _Ctx(words_of(prepared), reading(prepared))


def _check(c: _Ctx) -> None:
    n = len(c.words)
    for cls in CLASSES:
        scanned = [i for i in range(n) if c.at(cls, i)]
        assert list(c.where(cls)) == scanned, cls
        assert c.near_any((cls,)) == bool(scanned), cls
        for lo in range(-1, n + 2):
            for hi in (None, *range(lo, n + 2)):
                top = n if hi is None else min(hi, n)
                expected = next((i for i in scanned if max(lo, 0) <= i < top), None)
                assert c.first(cls, lo, hi) == expected, (cls, lo, hi)
    pairs = [(), ("die",), ("live", "born"), ("goodbye", "letter", "give")]
    for keys in KEY_SETS:
        spelled = [i for i, w in enumerate(c.words) if w.keys & keys]
        assert list(c.where_keys(keys)) == spelled
        for classes in pairs:
            anywhere = sorted({*spelled, *(i for cls in classes for i in range(n) if c.at(cls, i))})
            assert c.where_any(classes, keys) == anywhere, (classes, keys)
            assert c.holds(keys, classes) == bool(anywhere), (classes, keys)
    # the rules a text opens through the gates' index are those whose gate ``holds``, in order
    table = [(keys, classes, n) for n, (keys, classes) in enumerate(product(KEY_SETS, pairs))]
    assert Gates(table).opened_by(c) == [n for keys, classes, n in table if c.holds(keys, classes)]


@pytest.mark.parametrize("text", TEXTS)
def test_where_a_class_or_a_spelling_is_what_a_scan_of_the_words_finds(text: str) -> None:
    c = _ctx(text)
    if text:
        assert c.words and any(c.where(cls) for cls in CLASSES)  # the texts hold classes to find
    _check(c)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["もう", "しにたい", "いない", "ほうが", "。", "てがみ", "じゃあね", "いきて", "ない"]
        ),
        max_size=8,
    )
)
def test_the_index_holds_for_any_text(parts: list[str]) -> None:
    _check(_ctx(" ".join(parts)))


def test_has_kata_is_is_kata_over_a_whole_text() -> None:
    """``has_kata`` (one regex scan) answers what asking ``_is_kata`` of every letter does."""
    letters = [chr(code) for code in range(0x3000, 0x3100)] + ["a", "1", "漢", "ｶ"]
    for ch in letters:
        assert has_kata(f"あ{ch}い") == any(_is_kata(x) for x in f"あ{ch}い"), ch
    assert has_kata("シニタイ") and not has_kata("しにたい")
