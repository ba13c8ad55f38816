"""Names round j (fourth round of 2026-12-07): insults and sexual words said in ways no list
holds — a person put down by smell, looks, weight, scores, poverty or standing, school and net
slang, and sexual slang, abbreviations and body words in a sexual sense (docs/history/safety-rounds.md,
"Names j"; ``safety.name_putdowns``).

Each must-refuse name passed before this round; each ordinary name shares its surface and passes
on both trees.  None is taken from the round's tuning file (names_tuning_2026-12-07o.tsv)."""

from __future__ import annotations

import pytest

from loadtest.name_ways import long_way
from safety import check_name
from safety.disguise import variants

INSULT = [
    # smell said of a person or of oneself
    "わきがやろう",
    "ワキガむすめ",
    "あしくさおとこ",
    "おまえくっさ",
    "あんたくさすぎ",
    "ぼくはくさい",
    "くさいおんな",
    "口臭おとこ",
    "加齢臭おやじ",
    # looks and weight
    "ブサオくん",
    "ぶさこやん",
    "ブオトコ",
    "トドやろう",
    "ゴリラむすめ",
    "ガリガリやろう",
    "うちはみにくい",
    # scores and school, standing and poverty, net slang
    "れいてんおとこ",
    "おまえあかてん",
    "びりっけつやろう",
    "びんぼーにん",
    "こじきやろー",
    "おまえていへん",
    "まけぐみやろう",
    "コドオジ",
    "おまえこどおじ",
    "じゃくしゃだんせいw",
    "ヒキニートくん",
    "ニートおとこ",
    "コミュしょうやろう",
    "のうみそからっぽやろう",
    "あたまぱっぱらぱー",
    "おまえのかーちゃんでべそ",
]

SEXUAL = [
    "キンタマ",
    "きんたまでか",
    "チンゲでかい",
    "ぱいおつみせて",
    "ちっぱいすき",
    "でかぱいちゃん",
    "ビーチクみせて",
    "デカチン",
    "けつあなすき",
    "セクロスしたい",
    "でりへるよぼ",
    "ソープいきたい",
    "ふうぞくいこう",
    "ぬいてほしい",
    "アヘ顔",
    "ひんぬーすき",
    "きょぬーだいすき",
    "じゅくじょだいすき",
    "ひとづますき",
    "むねもませて",
    "こかんもませて",
    "けつもませて",
    "tnkt",
    "mnk",
]

# written after the first build, to see how far its readings go beyond its own names (main
# passes each): kanji, a word between, more verbs and adjectives after a sexual word
PROBED_REFUSED = [
    "おまえまじくさい",
    "めすぶた",
    "子供部屋おじさん",
    "びんぼうやろう",
    "ビンボー人",
    "貧乏人",
    "負け組",
    "底辺やろう",
    "ニート野郎",
    "こどおじw",
    "コミュ障",
    "アスペ",
    "赤点やろう",
    "0点やろう",
    "おまえのかあさんでべそ",
    "金玉",
    "ちんげぼーぼー",
    "ちんげ生えた",
    "パイオツでかい",
    "ビーチクたってる",
    "オナってる",
    "ぱいずりして",
    "ソープ行こ",
    "風俗いきたい",
    "デリヘルよぶ",
]

# refused on main already (じじい, ちくび and さわって are listed words) and still
REFUSED_ON_BOTH = ["ワキガじじい", "加齢臭じじい", "ちくびなめたい", "こかんさわって"]

ORDINARY = [
    # a word's letters inside an ordinary word or phrase
    "はくさいすき",
    "くさもちたべたい",
    "このくさ",
    "おれくさ",
    "ぼくにと",
    "ちんげんさいすき",
    "まんげきょうみたい",
    "ビーチクリーンたい",
    "きんのたまごやき",
    "おまたせしました",
    "あそこのパンやさん",
    "むねがいっぱい",
    "くぎをぬいてあげる",
    "みにくいあひるのこ",
    # a label with no person after it, a character, a game term
    "トドのこども",
    "ゴリラのこ",
    "ガリガリくん",
    "フランちゃん",
    "ぷよぷよすき",
    "ぶよぶよ",
    "こじき",
    "古事記",
    "ていへん",
    "ニット",
    "あかてんとう",
    "100てんまんてん",
    # a school's 附属 (ふぞく) and soap played with are no sex work
    "ふぞくいきたい",
    "ソープであそぼ",
    "しょうじょまんがすき",
    "ようじょうすき",
    "ぽこぽこ",
    "TNT",
]


@pytest.mark.parametrize("name", INSULT)
def test_an_insult_said_otherwise_is_refused(name: str) -> None:
    assert check_name(name).reason == "insult", check_name(name)
    assert not long_way(name).ok


@pytest.mark.parametrize("name", SEXUAL)
def test_sexual_slang_is_refused(name: str) -> None:
    assert check_name(name).reason == "sexual", check_name(name)
    assert not long_way(name).ok


@pytest.mark.parametrize("name", PROBED_REFUSED)
def test_a_probed_name_is_refused(name: str) -> None:
    assert check_name(name).reason in ("insult", "sexual"), check_name(name)
    assert not long_way(name).ok


@pytest.mark.parametrize("name", REFUSED_ON_BOTH)
def test_a_name_refused_before_stays_refused(name: str) -> None:
    assert not check_name(name).ok


@pytest.mark.parametrize("name", ORDINARY)
def test_an_ordinary_name_sharing_the_surface_passes(name: str) -> None:
    assert check_name(name).ok, check_name(name)
    assert long_way(name).ok


@pytest.mark.parametrize("name", ["わきがやろう", "こどおじ", "きんたま", "ソープいきたい"])
def test_their_disguised_variants_are_refused(name: str) -> None:
    passed = [v for _, v in variants(name) if check_name(v).ok]
    assert not passed, passed
