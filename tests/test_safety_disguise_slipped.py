"""Disguises undone before a risk text is read (round of 2026-12-04 (ab)).

Each case is a disguise the folding lost before this round: small vowels slipped between
letters, pictures between single letters, a look-alike kanji spaced out alone, a small ヵ
after a look-alike numeral, 4 for し between katakana or after spaced romaji, a dot with
spaces around it, and katakana among hiragana. The texts are written for these tests, not
taken from any evaluation set.
"""

from __future__ import annotations

import pytest

import safety
from safety.constructions import prepare
from tests.support.risk_levels import assert_rated


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a small vowel that joins no kana before it was slipped in (not ティ, ファ)
        ("ｼｧﾆﾀｲ", "high"),
        # pictures between single letters, again and again: one word cut apart
        ("い🌸し🌸ょ かきおわった", "imminent"),
        ("八🍀ヤ🍀ク🍀シ🍀二🍀夕🍀イ", "high"),
        # a look-alike kanji spaced out alone is read beside the katakana past its spaces
        ("ホントニ キ\u3000工\u3000夕\u3000イッテ オモウ", "high"),
        # a small ヵ before katakana is slipped in, not a counter after a numeral
        ("シ二ヵ夕イ", "high"),
        # 4 against ぬ after spaced romaji stays 死's stand-in, not a leet "a"
        ("k o n y a 4 ぬ", "imminent"),
        # a dot with spaces around it joins two letters as a bare dot does
        ("あした O . D する", "imminent"),
        # katakana among hiragana read in hiragana in the respelled reading
        ("コロシテくれ", "high"),
        # a look-alike numeral last in a katakana line is no counter (nothing after it)
        ("ラクナ ホウホウッテ ナ二", "high"),
        # タヒ held before its ending (「タヒーれーる」 is 死ねる)
        ("なんこでー夕ヒーれーるー？", "high"),
        # pictures between held letters
        ("きー🌙えー🌙たー🌙いー", "high"),
        # the bare request to be killed, ending its sentence, disguised or not
        ("ころして", "high"),
        ("ｺﾛｼﾃよ", "high"),
        # 4 for シ between katakana, read with the katakana around it
        ("ｺﾛ4ﾃ", "high"),
    ],
)
def test_disguise_is_undone(text: str, level: str) -> None:
    assert_rated(text, level)


@pytest.mark.parametrize(
    "text",
    [
        "りすかわいい",  # a squirrel, cute: no リスカ
        "りすかわいそう",
        "二ヵ月 まった",  # a number and its counter
        "一ヶ月ぶりに あえた",
        "ねむい🌙おやすみ",  # one picture between words
        "す🍓き🍓だ🍓よ",
        "ふぁいと〜",  # a small vowel that joins its kana stays
        "すごぉい ねぇ",
        "レベル4ボス たおした",
        "I am ok . I go",
        "むしを ころしてしまった",
        "ゲームで ころして かった",
    ],
)
def test_ordinary_stays_ordinary(text: str) -> None:
    assert safety.assess(text).level == "none", text


def test_small_vowels_dropped_only_in_the_hard_reading() -> None:
    assert prepare("きょうもりぅすかした", hard=True) == "きょうもリスカした"
    assert "ぅ" in prepare("きょうもりぅすかした")  # the plain reading keeps the letter
    assert prepare("ふぁいと", hard=True) == "ふぁいと"


def test_held_letters_spaced_out_are_joined() -> None:
    spaced = "おーかーあーさーんーにーくー  びー  しー  めー  らー  れー  たー"
    assert "首しめられた" in prepare(spaced)


def test_four_between_katakana_reads_shi() -> None:
    assert "コロシテ" in prepare("ダレカ コロ4テ")
    assert "4フン" in prepare("アト4フン")  # a counter after it: a number


def test_held_hiragana_is_no_katakana_beside_a_look_alike() -> None:
    # a ー holding a hiragana letter does not make the numeral after it katakana
    assert "二度と" in prepare("もーうー ねーたーらー二度とーおーきーなーいー")


def test_a_held_name_keeps_its_look_alike() -> None:
    # a name is read as one word: the ー rule above is for free text only
    assert not safety.check_name("ばーぁー力").ok
    assert not safety.check_name("りー すー 力").ok
