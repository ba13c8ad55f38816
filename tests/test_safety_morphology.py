"""The morphological layer: words, dictionary forms and readings from SudachiPy."""

from __future__ import annotations

from pathlib import Path

import jaconv
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sudachipy import SplitMode

from safety import morphology
from safety.morphology import CHUNK_CHARS, Token, reading, tokens


def test_a_verb_gives_its_dictionary_forms_and_reading() -> None:
    words = tokens("全部飲んだ")
    assert [t.surface for t in words] == ["全部", "飲ん", "だ"]
    drank = words[1]
    assert (drank.lemma, drank.normalized, drank.reading) == ("飲む", "飲む", "のん")
    assert drank.pos[0] == "動詞"
    assert (drank.start, drank.end) == (2, 4)


def test_kana_spelling_gets_the_same_normalized_form_as_kanji() -> None:
    kana = {t.normalized for t in tokens("きえたい")}
    kanji = {t.normalized for t in tokens("消えたい")}
    assert "消える" in kana
    assert "消える" in kanji


def test_offsets_point_into_the_text_and_cover_it() -> None:
    text = "ＯＤした 😭 きょうは\nかえったら また なぐられる"
    words = tokens(text)
    assert all(text[t.start : t.end] == t.surface for t in words)
    assert "".join(t.surface for t in words) == text


def test_symbols_and_spaces_read_as_themselves() -> None:
    words = tokens("え？ ほんと")
    assert [t.reading for t in words if t.pos[0] in ("補助記号", "空白")] == ["？", " "]


def test_reading_reads_kanji_and_keeps_kana_and_latin() -> None:
    assert reading("全部飲んだ") == "ぜんぶのんだ"
    assert reading("ぜんぶ飲んだ") == "ぜんぶのんだ"
    assert reading("シネ abc") == "しね abc"
    assert reading("") == ""


def test_long_texts_are_cut_into_pieces_without_losing_a_character() -> None:
    text = ("きょうは すこし つかれた。" * 100) + "あ" * (CHUNK_CHARS * 3)
    words = tokens(text)
    assert "".join(t.surface for t in words) == text
    assert all(text[t.start : t.end] == t.surface for t in words)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
def test_any_text_is_covered_exactly(text: str) -> None:
    words = tokens(text)
    assert "".join(t.surface for t in words) == text
    assert all(isinstance(t, Token) and text[t.start : t.end] == t.surface for t in words)


def test_the_dictionary_is_memory_mapped_not_copied() -> None:
    # Sudachi maps system.dic read-only and shared: the pages belong to the page
    # cache, not to each process.
    tokens("しらべる")
    maps = Path("/proc/self/maps").read_text()
    mapped = [line for line in maps.splitlines() if line.endswith("system.dic")]
    assert mapped, "system.dic is not mapped"
    assert all(line.split()[1].startswith("r") and line.split()[1][3] == "s" for line in mapped)


def _fields(words: tuple[Token, ...]) -> list[tuple[object, ...]]:
    return [(t.surface, t.lemma, t.normalized, t.reading, t.pos, t.start, t.end, t.oov) for t in words]


def _read_afresh(text: str, *, shortest: bool = False) -> list[tuple[object, ...]]:
    """Every field straight from Sudachi's morphemes, as ``tokens`` gave them before it kept
    the dictionary's words."""
    tok = morphology._tokenizer(SplitMode.A if shortest else SplitMode.C)
    out: list[tuple[object, ...]] = []
    for m in tok.tokenize(text):
        pos = tuple(p for p in m.part_of_speech() if p != "*")
        surface = m.surface()
        plain = (pos and pos[0] in ("補助記号", "空白")) or not m.reading_form()
        read = surface if plain else jaconv.kata2hira(m.reading_form())
        out.append(
            (surface, m.dictionary_form(), m.normalized_form(), read, pos, m.begin(), m.end(), m.is_oov())
        )
    return out


def test_a_word_met_again_is_read_from_the_dictionarys_kept_forms() -> None:
    # a surface other than the dictionary's (full-width, half-width katakana), a symbol and a
    # space read as themselves, and a word Sudachi made up
    texts = ["ＡＢＣの学校へ行った。", "ﾏﾗｿﾝで 足が痛い、ﾏﾗｿﾝ", "ｼﾆﾀｲ　ｼﾆﾀｲ！", "学校へ行った"]
    morphology._ENTRIES.clear()
    tokens.cache_clear()
    for shortest in (False, True):
        for text in texts + texts:  # the second time every known word is a kept one
            tokens.cache_clear()
            assert _fields(tokens(text, shortest=shortest)) == _read_afresh(text, shortest=shortest)
    kept = morphology._ENTRIES
    assert kept, "no word was kept"
    words = tokens("学校へ行った")
    assert all(not t.oov for t in words)
    assert kept[morphology._tokenizer().tokenize("学校")[0].word_id()][0] == "学校"
    # words Sudachi made up are the text's own spelling: never kept
    made_up = [m for m in morphology._tokenizer().tokenize("ｼﾆﾀｲ") if m.is_oov()]
    assert made_up and all(m.word_id() not in kept for m in made_up)


def test_the_kept_words_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(morphology, "_ENTRIES_MAX", 5)
    morphology._ENTRIES.clear()
    text = "きょうは学校へ行って、友だちと本を読んで、家に帰って晩ごはんを食べた"
    tokens.cache_clear()
    assert _fields(tokens(text)) == _read_afresh(text)
    assert len(tokens(text)) > 10
    assert 0 < len(morphology._ENTRIES) <= 5
