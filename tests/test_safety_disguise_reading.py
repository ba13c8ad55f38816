"""Disguises undone before a risk text is read (round of 2026-12-03 (b)).

Each case is a kind of disguise the folding did not undo before this round; the texts are
written for these tests, not taken from any evaluation set.
"""

from __future__ import annotations

import pytest

import safety
from safety.constructions import prepare, unmask
from safety.constructions.folding import kana_reread
from tests.support.risk_levels import assert_rated


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # dotted or spaced Latin letters with digits standing for letters among them
        ("s.h.1.n.e.r.u.k.a.n.a", "high"),
        ("0.D しよっかな", "high"),
        # タヒる conjugated like やる: タヒれる (potential), タヒろう, タヒっちゃいたい
        ("なんこで夕ヒれるの", "high"),
        ("もうタヒろうかな", "high"),
        # romaji "n" before "ya": 今夜 written konya, not こにゃ
        ("k0nya sh1nu", "imminent"),
        ("konya koso shinu", "imminent"),
        # a small っ slipped in where a っ could stand (before さ, す, び)
        ("じっさつしよかな", "high"),
        ("またりっすかした", "high"),
    ],
)
def test_disguise_is_undone(text: str, level: str) -> None:
    assert_rated(text, level)


@pytest.mark.parametrize(
    "text",
    [
        "1.5キロあるいた",  # a number with a dot stays a number
        "いっしょにかえった",  # a real っ inside its word stays (no 遺書)
        "gyuunyuu nomitai",  # にゅ is real here: the plain reading keeps it
        "まじっすか、やったー",
        "ボールが屋上まで飛んだ",  # a loanword kept whole in the katakana reading (kana_reread)
        "おかあさんがケーキやいてくれた",
    ],
)
def test_ordinary_stays_ordinary(text: str) -> None:
    assert safety.assess(text).level == "none", text


def test_dotted_digits_join_only_with_a_letter() -> None:
    assert unmask("s.h.1.n.e") == "しね"
    assert unmask("3.4") == "3.4"


def test_tahi_forms_read_as_shinu() -> None:
    assert "死ねる" in prepare("夕ヒれる")
    assert "死んだ" in prepare("タヒった")
    assert "死なない" in prepare("タヒらない")


def test_slipped_tsu_dropped_only_in_the_hard_reading() -> None:
    assert prepare("じっさつ") == "じっさつ"
    assert prepare("じっさつ", hard=True) == "自殺"
    # the quoting って and a verb's っ before た stay, so the grammar around them holds
    assert prepare("しにたいって いってた", hard=True) == prepare("しにたいって いってた")


@pytest.mark.parametrize(
    ("plain", "disguised"),
    [
        ("どこ きれば いちばん ちでる", "ドコ キレバ イチバン チデル"),
    ],
)
def test_learned_layer_reads_the_respelled_text(plain: str, disguised: str) -> None:
    # the learned layer alone rates this (no listed word): it must read the katakana and
    # half-width spellings in the hiragana it learnt from, as the rules do.  (Weights move
    # with each retraining: if the plain text stops being the model's alone, pick another.)
    assert safety.assess(plain).at_least("high")
    assert safety.assess(plain, learned_layer=False).level == "none"
    assert safety.assess(disguised).at_least("high")


# Katakana read again in hiragana for the constructions, loanwords with a long vowel kept
# whole (round 2026-12-03 (d); ``safety.constructions.folding.kana_reread``).
def test_the_katakana_reading_keeps_loanwords_whole() -> None:
    # a loanword with a long vowel stays katakana (in hiragana ぼーる falls apart into ぼー + る)
    assert kana_reread("ボールが屋上まで飛んだ") == "ボールが屋上まで飛んだ"
    assert kana_reread("ロープカッタ") == "ロープかった"
    # katakana that is no word is still read in hiragana, the same length
    assert kana_reread("シニタイ") == "しにたい"
    assert kana_reread("オクジョーニイル") == "おくじょーにいる"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("ｲﾏ ｵｸｼﾞｮｳ ﾆ ｲﾙ", "imminent"),  # the disguise is still read
        ("シニタイ", "high"),
    ],
)
def test_katakana_disguises_are_still_read(text: str, level: str) -> None:
    assert safety.assess(text).level == level
