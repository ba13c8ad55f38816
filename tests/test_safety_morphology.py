"""The morphological layer: words, dictionary forms and readings from SudachiPy."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

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
