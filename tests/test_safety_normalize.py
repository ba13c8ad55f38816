"""The folding shared by the name policy and the risk assessment."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safety.normalize import MAX_FOLD_CHARS, display_clean, fold, kana_key, latin_keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("し ね", "しね"),
        ("し.ね", "しね"),
        ("し・ね", "しね"),
        ("死　に　た　い", "死にたい"),
        ("ｼﾈ", "しね"),
        ("シネ", "しね"),
        ("タヒね", "死ね"),
        ("氏ね", "しね"),
        ("市ね", "しね"),
        ("4ね", "しね"),
        ("しーーーね", "しね"),
        ("しにたいいいいい", "しにたい"),
        ("shinitai", "しにたい"),
        ("shi ni tai", "しにたい"),
        ("SHINITAI", "しにたい"),
        ("し\u200bね", "しね"),  # zero-width space
        ("し\u2060ね", "しね"),  # word joiner
        ("し\u202eね", "しね"),  # bidi override
        ("しね\ufe0f", "しね"),  # variation selector
        ("ｷｴﾀｲ", "きえたい"),
    ],
)
def test_disguises_fold_to_the_plain_word(text: str, key: str) -> None:
    assert kana_key(text) == key


def test_tahiti_is_not_taken_for_death() -> None:
    assert "死" not in kana_key("タヒチ")


def test_lookalike_letters_from_other_scripts_fold_to_latin() -> None:
    assert "admin" in latin_keys("аdmin")  # Cyrillic а
    assert "line" in latin_keys("ⅼine")  # Roman numeral ⅼ
    assert "line" in latin_keys("ⓛⓘⓝⓔ")
    assert "admin" in latin_keys("ádmin")
    assert "discord" in latin_keys("d1sc0rd")


def test_sentence_breaks_are_kept_only_when_asked() -> None:
    assert kana_key("つらい。ねむい", keep_breaks=True) == "つらい。ねむい"
    assert kana_key("つらい。ねむい") == "つらいねむい"


def test_latin_tokens_keep_words_apart() -> None:
    assert fold("ODした").latin_tokens == ("od",)
    assert "od" not in fold("good day").latin_tokens


def test_display_clean_keeps_the_name_readable() -> None:
    assert display_clean("  ﾊﾙ\u200b  ちゃん ") == "ハル ちゃん"
    assert display_clean("ＹＵＫＩ") == "YUKI"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_folding_never_raises_and_stays_bounded(text: str) -> None:
    folded = fold(text, keep_breaks=True)
    assert len(folded.kana) <= MAX_FOLD_CHARS
    assert all(len(k) <= MAX_FOLD_CHARS for k in folded.latin)
    assert len(display_clean(text)) <= MAX_FOLD_CHARS


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_kana_key_is_idempotent(text: str) -> None:
    once = kana_key(text)
    assert kana_key(once) == once


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_display_clean_is_idempotent(text: str) -> None:
    once = display_clean(text)
    assert display_clean(once) == once


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="しねにたいきえ死", min_size=1, max_size=20), st.sampled_from(" .・\u200b　_-"))
def test_separators_between_letters_do_not_matter(word: str, sep: str) -> None:
    assert kana_key(sep.join(word)) == kana_key(word)


def test_huge_input_is_capped() -> None:
    assert len(kana_key("あい" * 100_000)) <= MAX_FOLD_CHARS
    assert len(display_clean("\ufdfa" * 10_000)) <= MAX_FOLD_CHARS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ぅざい", "うざい"),  # a small vowel no kana combines with is the big one
        ("きぇたい", "きえたい"),
        ("ねぇ", "ね"),  # after its own vowel it holds it
        ("ティッシュ", "ティッシュ"),  # where it combines it stays
        ("ソフィア", "ソフィア"),
        ("しねええええ", "しね"),  # two or more held vowels go
        ("おねえさん", "おねえさん"),  # one is a word
    ],
)
def test_vowel_kana(text: str, expected: str) -> None:
    from safety.normalize import vowel_kana

    assert vowel_kana(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("し 🌸 ね", "しね"),  # pictures and spaces between letters go
        ("スーナーチーャ", "スーナーチャ"),  # a ー before a small kana was slipped in
        ("ｼnе", "シne"),  # widths and Cyrillic look-alikes
        ("し\u200bね", "しね"),
        ("しωね", "しね"),  # a face part is no letter
        ("し〇ね", "しね"),
        ("〇九〇", "〇九〇"),  # kanji digits stay
        ("佐々木", "佐々木"),
        ("こゞろす", "ころす"),  # repeat marks after kana hide no word
        ("いすゞ", "いす"),
        ("えっ!ち", "えっち"),  # nor do punctuation and marks
        ("バ※力", "バ力"),
        ("ゆい(*^^*)", "ゆい(*^^*)"),  # not between two letters
        ("yuu.jp", "yuu.jp"),  # ASCII punctuation beside Latin letters stays
        ("s・hine", "shine"),  # marks no keyboard writes do not
    ],
)
def test_undisguise(text: str, expected: str) -> None:
    from safety.normalize import undisguise

    assert undisguise(text) == expected


def test_mixed_romaji_reads_latin_against_kana() -> None:
    from safety.normalize import mixed_romaji

    assert mixed_romaji("shiネ") == "しネ"
    assert mixed_romaji("odちゃん") == "odちゃん"  # not romaji: it ends in a consonant
    assert mixed_romaji("yuki") == "yuki"  # no kana next to it: left to the romaji rule


def test_latin_tokens_read_digits_in_words_as_letters() -> None:
    from safety.normalize import latin_tokens

    assert "kill" in latin_tokens("k1ll")
    assert "od" in latin_tokens("0D した")
    assert latin_tokens("yui 12") == ("yui", "12")  # digits alone are not a word to read


def test_undisguise_text_keeps_the_gaps_between_spaced_words() -> None:
    from safety.normalize import undisguise_text

    assert undisguise_text("い ま   ほ ど う き ょ う") == "いま ほどうきょう"
    assert undisguise_text("きょう は はれ") == "きょう は はれ"  # words, not letters
    assert undisguise_text("なーんーじーょうー") == "なーんーじょうー"  # ー before a small kana
    assert undisguise_text("し\u200bに\u200bた\u200bい") == "しにたい"


def test_read_kana_text_reads_katakana_lines_in_hiragana() -> None:
    from safety.normalize import read_kana_text

    assert read_kana_text("センロ ハイッタ") == "せんろ はいった"
    assert read_kana_text("きょうは ロープ かった") == "きょうは ロープ かった"  # a loanword stays
    assert read_kana_text("ぅざい") == "うざい"


def test_no_invisible_character_filter_changes_a_plain_character() -> None:
    # The filters return a text of PLAIN_CHARS as it is without looking at each letter: each
    # filter, run on every such character alone, must give it back unchanged (per letter, so
    # for any text of them).
    import re
    import unicodedata

    from safety.constructions.folding import _unmask_before_small_kana
    from safety.normalize import _NOT_PLAIN_IN_A_LINE, PLAIN_CHARS, display_clean, strip_invisible

    plain = re.compile(f"[{PLAIN_CHARS}]")
    chars = [chr(cp) for cp in range(0x30000) if plain.fullmatch(chr(cp))]
    assert len(chars) > 20_000
    for ch in chars:
        assert strip_invisible(ch) == ch, hex(ord(ch))
        # the unmasking's and the names' filters, as they read each character
        assert unicodedata.category(ch) not in ("Cf", "Co", "Cs", "Cn", "Mn", "Me"), hex(ord(ch))
        if ch != "\n":
            assert _NOT_PLAIN_IN_A_LINE.search(ch) is None
            assert unicodedata.category(ch) not in ("Cf", "Cc", "Co", "Cs", "Cn"), hex(ord(ch))
    # a mark the filters do take out still makes them look
    assert strip_invisible("し\u200bね、") == "しね、"
    assert display_clean("ゆう\u200b、") == "ゆう、"
    assert _unmask_before_small_kana("し\u200bね、") == _unmask_before_small_kana("しね、")


def test_separators_are_never_looked_for_among_letters() -> None:
    # ``_drop_separators`` gives a text of LETTERS back as it is: every one of them is a
    # letter or digit (kept) and no sentence end (made a break)
    import re
    import unicodedata

    from safety.normalize import _SENTENCE_END, LETTERS, _drop_separators

    letters = re.compile(f"[{LETTERS}]")
    for cp in range(0x30000):
        ch = chr(cp)
        if letters.fullmatch(ch):
            assert unicodedata.category(ch)[0] in "LN" and ch not in _SENTENCE_END, hex(cp)
    assert _drop_separators("しにたい", True) == "しにたい"
    assert _drop_separators("し.に た い", True) == "しにたい"
    assert _drop_separators("つかれた。ねる", True) == "つかれた。ねる"


def _strip_invisible_letter_by_letter(text: str) -> str:
    """``strip_invisible`` as it was written before each letter's answer was kept."""
    import unicodedata

    from safety.normalize import _unaccent

    out: list[str] = []
    for ch in text:
        for part in _unaccent(ch):
            cat = unicodedata.category(part)
            if cat in ("Cf", "Co", "Cs", "Cn", "Mn", "Me"):
                continue
            out.append(("\n" if part in "\n\r" else " ") if cat == "Cc" else part)
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30) | st.text(st.sampled_from("áé☆♪\u200b\u0301\ufe0fし ね\n\r\x07"), max_size=30))
def test_strip_invisible_keeps_the_same_letters_as_read_one_by_one(text: str) -> None:
    from safety.normalize import _MAYBE_INVISIBLE, _NOT_PLAIN, strip_invisible

    looked_at = _MAYBE_INVISIBLE.search(text) and _NOT_PLAIN.search(text)
    expected = _strip_invisible_letter_by_letter(text) if looked_at else text
    assert strip_invisible(text) == expected
