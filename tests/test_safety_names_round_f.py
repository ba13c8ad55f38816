"""Round (f) of 2026-12-07: staff and app words inside ordinary words
(docs/history/safety-rounds.md, "Names f").

A staff word ending in a word of address begun strictly inside a noun written in kana is the
noun's own (「ヤモリさん」, 「コウモリさん」; since the review 「大森さん」 stays refused), and an
app's name inside one of the dictionary's longest nouns is that noun's (「ゴールライン」):
``safety.name_words.holding_words`` with ``wider``, and nothing but a word of address and marks
beside the noun.  Each ordinary name here was refused before the round and passes; each
must-refuse name shares the surface and is refused before and after, with every disguised
variant of it.
"""

from __future__ import annotations

import pytest

from loadtest.name_ways import long_way
from safety import check_name
from safety.disguise import variants
from safety.name_words import holding_words

ORDINARY = [
    # animals, a surname, a place and a TV host, each + a word of address
    "やもりさん",
    "ヤモリさん",
    "いもりさん",
    "イモリさん",
    "イモリちゃん",
    "こうもりさん",
    "コウモリさん",
    "こうもりちゃん",
    "やもりくん",
    "あおもりちゃん",
    "タモリさん",
    "メモリさん",
    "くもりさん",
    "ヤモリさん☆",
    # a line on a pitch: one word of the dictionary
    "ゴールライン",
    "ゴールライン☆",
]

STAFF = [
    # the caretaker's name said so, with a prefix of respect, or claimed
    "もりさん",
    "モリさん",
    "森さん",
    "もりくん",
    "おもりさん",
    "オモリさん",
    "おもりちゃん",
    "ほんもののもりさん",
    "本物のもりさん",
    "もりさん公式",
    "公式もりさん",
    "森さんです",
    # a holder glued to a staff word, or said as who one is
    "ヤモリさん公式",
    "大森さん運営",
    "コウモリさんです",
    "ヤモリ森さん",
    "やもりさんロボ",
    # the staff words themselves
    "ロボ",
    "ロボです",
    "ロボ2ごう",
    "ほんもののロボ",
    "ろぼさん",
    "スタッフ",
    "スタッフ☆",
    "スタッフゆい",
    "うんえいのひと",
    "うんえいさん",
    "運営スタッフ",
    "かくれがさん",
    "かくれが公式",
    "かくれが管理人",
]

CONTACT = [
    "ライン",
    "らいん",
    "ラインID",
    "らいんやろ",
    "ラインともだち",
    "LINEともだち",
    "ゴールラインID",
    "ゴールラインこうかん",
    "スカイラインID",
    "ゴールラインで会おう",
    "こうもりさんのLINE",
    "インスタゆい",
    "インスタなかま",
    "ディスコともだち",
    "ぜろはちぜろいち",
    "ゼロキューゼロイチ",
]


# The read-only review's must-refuse names (175 probes, 04:40 UTC): each refused on main and let
# through by the round before its narrowing — a kanji before 森 (the real, the former もりさん),
# a role, a number, a handle or a friend after the noun, the slur どもり with さん.
REVIEWED_MUST_REFUSE = [
    "本森さん",
    "元森さん",
    "新森さん",
    "正森さん",
    "公森さん",
    "二森さん",
    "神森さん",
    "本森さん☆",
    "本森ちゃん",
    "元森くん",
    "本森さん本人",
    "本森さん代理",
    "本森さん担当",
    "本森さんAI",
    "本森さん2号",
    "本森さん(本物)",
    "ヤモリさんAI",
    "ヤモリさん(本物)",
    "ヤモリさん本人",
    "コウモリさん助手",
    "大森さん(本物)",
    "大森さん本人",
    "大森さん代理",
    "ゴールライン0801",
    "ゴールライン☆0801",
    "ゴールラインyui12",
    "ゴールラインゆい12",
    "ゴールラインkk_1",
    "スタートライン1234",
    "スタートラインyui12",
    "アンダーラインyui",
    "ゴールラインともだち",
    "フォロワー0801",
    "フォロワーyui12",
    "どもりさん",
    "どもりちゃん",
]


@pytest.mark.parametrize("name", REVIEWED_MUST_REFUSE)
def test_a_name_the_review_found_let_through_is_refused(name: str) -> None:
    assert not check_name(name).ok, name


@pytest.mark.parametrize("name", ORDINARY)
def test_an_ordinary_name_holding_a_staff_or_app_word_passes(name: str) -> None:
    assert check_name(name).ok, check_name(name)
    assert long_way(name).ok


@pytest.mark.parametrize("name", STAFF)
def test_a_staff_name_sharing_the_surface_is_refused(name: str) -> None:
    assert check_name(name).reason == "staff"
    assert long_way(name).reason == "staff"


@pytest.mark.parametrize("name", CONTACT)
def test_a_contact_name_sharing_the_surface_is_refused(name: str) -> None:
    assert check_name(name).reason == "contact"
    assert long_way(name).reason == "contact"


# (「ディスコともだち」's katakana variant passed before the round: disco's compounds,
# ``safety.name_compounds``, a gap left to a raising round)
@pytest.mark.parametrize("name", [n for n in (*STAFF, *CONTACT) if n != "ディスコともだち"])
def test_their_disguised_variants_are_refused(name: str) -> None:
    passed = [v for _, v in variants(name) if check_name(v).ok]
    assert not passed, passed


def test_the_wider_reading_is_only_for_staff_and_contact() -> None:
    # (a self-harm, insult or sexual refusal is read as in round r: no word of address over a
    # noun's end, no longest unit)
    assert holding_words("ヤモリさん") is None
    assert holding_words("ヤモリさん", wider=True) == ((0, 3),)
    assert holding_words("ゴールライン", wider=True) == ((0, 6),)
    # a staff word that is a shortest unit of its own is never inside one
    assert holding_words("ロボです", wider=True) is None
    assert holding_words("スタッフルーム", wider=True) is None
    # a name refused for a meeting holds no staff or app word: not read at all
    assert holding_words("としょかんであおう", wider=True) is None
