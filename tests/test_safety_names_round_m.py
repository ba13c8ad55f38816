"""Round (m) of 2026-12-06: readings the names' writer kinds slipped past — a word spelled
backwards, English in katakana, a doctor, the police or the school nurse claimed, a listed Latin
word that is only letters across two real words, being searched for asked, and たい said たみ.
Each refused case fails without its reading; each passing one is the same letters in an
ordinary name."""

from __future__ import annotations

import pytest

from loadtest.name_ways import long_way, on_a_fast_path
from safety import check_name
from tests.support.names import reason


@pytest.mark.parametrize(
    ("name", "why"),
    [
        # spelled backwards, no word forwards: read from the end (「しね」, 「しにたい」, 「きえろ」)
        ("ねし", "self_harm"),
        ("いたにし", "self_harm"),
        ("イタニシ", "self_harm"),
        ("ろえき", "self_harm"),
        ("トッカトスリ", "self_harm"),
        ("いもき", "insult"),
        ("うろやずく", "insult"),
        # two listed words with a particle between them, all reversed (「ばかよしね」)
        ("ねしよかば", "insult"),
        # being looked up on the web asked for: where the bearer is found outside
        ("けんさくして", "contact"),
        ("検索してね", "contact"),
        ("ぐぐってね", "contact"),
        ("ググれ", "contact"),
        # たい said たみ after a verb of vanishing
        ("いなくなりたみ", "self_harm"),
        # English in katakana, read as the English words (a listed word, glue around it)
        ("キルミー", "self_harm"),
        ("キルユアセルフ", "self_harm"),
        ("アイウォントダイ", "self_harm"),
        ("スーサイド", "self_harm"),
        ("ファックユー", "sexual"),
        ("イディオット", "insult"),
        ("ストゥーピッド", "insult"),
        ("ルーザーくん", "insult"),
        # a role children trust, claimed as the bearer
        ("医師です", "staff"),
        ("小児科医のたなか", "staff"),
        ("ドクターさとう", "staff"),
        ("精神科医", "staff"),
        ("ポリスです", "staff"),
        ("ほけんしつのせんせい", "staff"),
        ("保健室の先生", "staff"),
        # a listed word running on past an allow-listed one is what the name says
        ("ごまんこ", "sexual"),
        ("こんちんこ", "sexual"),
    ],
)
def test_refused_by_a_reading(name: str, why: str) -> None:
    assert reason(name) == why


@pytest.mark.parametrize(
    "name",
    [
        # a word forwards is that word (ばか, ぶす read from the end)
        "かば",
        "かばさん",
        # read from the end, a listed word with letters over is no word spelled backwards
        "かばん",
        "そくたつ",
        # an allow-listed nickname is a word forwards (こんち: 近藤, 今野), and a food with a
        # listed word inside (すぶた 酢豚)
        "こんち",
        "こんちゃん",
        "すぶた",
        "酢豚",
        # a listed Latin word only across two real English words written apart
        "Lucky star",
        # searching not asked, or 検索 alone
        "検索ちゅう",
        "けんさくがかり",
        "検索",
        # たみ ending a place or a family name
        "あたみ",
        "ふたみ",
        # katakana words the dictionary knows, or a short listed word alone (a given name)
        "ビーチ",
        "キルト",
        "スキルアップ",
        "コック",
        "ダイくん",
        "ダイダイ",
        "ナーガ",
        "ローザ",
        "ソーダイ",
        # a role wished for, played, someone else's, or a thing named after it
        "ドクターイエロー",
        "いしゃになりたい",
        "おいしゃさんごっこ",
        "医者のむすめ",
        "ドクターストップ",
        "じゅういさん",
    ],
)
def test_ordinary_names_pass(name: str) -> None:
    assert check_name(name).ok, reason(name)


@pytest.mark.parametrize("name", ["lucky kys", "kill me", "kill you", "luckystar"])
def test_a_listed_latin_word_of_its_own_stays_refused(name: str) -> None:
    assert reason(name) == "self_harm"


@pytest.mark.parametrize(
    "name",
    ["ねし", "いたにし", "けんさくして", "いなくなりたみ", "ねし☆", "かば", "キルミー", "ポリスです"],
)
def test_the_fast_path_leaves_the_new_readings_to_the_long_way(name: str) -> None:
    if on_a_fast_path(name):
        assert check_name(name).ok
    assert long_way(name).reason == check_name(name).reason
