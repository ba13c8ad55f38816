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


# Round of 2026-12-04 (h): a disguise read the way the plain text is read.  Found by counting,
# per kind of ``safety.disguise``, the variants of the tuning sets' serious texts that fell below
# high while the plain text did not; these texts are written for the tests.


def test_a_held_letter_keeps_the_words_own_long_vowel() -> None:
    # every letter held with ー: a word's own ー, held once more, stays (ロープ, not ロプ), and
    # no ー stands before a small kana (きーょう is きょう, シーョン is ション)
    assert "ロープ" in prepare("ローープーがー ほーしーいー")
    assert "きょう" in prepare("きーょうー はーやーいー")
    assert "マンションの一番" in prepare("マーンーシーョンーのー一番ー うーえー")


def test_a_look_alike_is_read_across_a_mark_slipped_between_letters() -> None:
    assert unmask("キ・エ・夕・イ") == "キエタイ"
    assert unmask("リ.ス.力") == "リスカ"
    # a kanji word on its other side holds it: 一回 stays a number
    assert "一回" in unmask("テスト・一回目")


def test_a_run_of_look_alikes_is_read_from_the_katakana_on() -> None:
    # 4二力夕: 夕 beside katakana, then 力, then 二 (two passes left 二 a kanji)
    assert unmask("4二力夕シラベル") == "しニカタシラベル"
    assert unmask("一二三") == "一二三"  # a number on its own stays


def test_voicing_split_off_by_an_invisible_letter_is_joined() -> None:
    assert "ジサツ" in prepare("ｼ\u200bﾞｻﾂ")
    assert safety.assess("ｲﾏ ｵｸｼ\u200bﾞｮｳ").level == "imminent"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a line typed in romaji: its short words are kana too
        ("um1 m1t3ru", "うみ みてる"),
        # a hyphen holds a vowel, as ー does in katakana
        ("k4tt4- m0tt3ru", "カッター もってる"),
        ("h0-mu n1 1ru", "ホーム に いる"),
        # a word dotted apart after its first letters
        ("J1S.A.T.S.U", "自殺"),
        # romaji spaced out kana by kana
        ("k1 3 t4 1", "きえたい"),
    ],
)
def test_romaji_lines_are_read(text: str, read: str) -> None:
    # in the plain reading of free text already: no second reading needed (nor its cost)
    assert prepare(text) == read
    assert prepare(text, respelled=True) == read


def test_hepburn_nn_is_read_in_the_second_reading() -> None:
    # "minna": ん + な, as Hepburn writes it; the plain reading keeps jaconv's typing rule
    assert prepare("m1nn4 n0 t4m3", respelled=True) == "みんな の ため"


def test_names_keep_short_latin_words() -> None:
    # the line rules are for free text: a name's Latin stays as it is for the name policy
    assert unmask("yui") == "yui"
    assert safety.check_name("yui").ok


@pytest.mark.parametrize("text", ["i am ok", "yuu.jp", "to be or not to be", "od shita", "何mあれば たりる"])
def test_english_and_addresses_stay_latin(text: str) -> None:
    assert prepare(text, respelled=True) == prepare(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("k1 3 t4 1 y0", "high"),
        ("k4tt4- n1g1tt3ru. 1m4 k4r4 y4ru", "imminent"),
        ("シ・二・夕・イ", "high"),
    ],
)
def test_disguised_texts_keep_their_level(text: str, level: str) -> None:
    assert_rated(text, level)
