"""Round (r) of 2026-12-06: a name made of ordinary dictionary words is not refused for a listed
word that lies only inside one of them (``safety.name_words``), judged by the words it is made
of (Sudachi's shortest units, as written, its hiragana read in katakana or its katakana in
hiragana), and the rest of the name is judged without them.  Each ordinary name failed before
this round; each twin beside it — the same word with a harmful word glued to it, or a harmful
word with an ordinary suffix, or disguised — is still refused."""

from __future__ import annotations

import pytest

from loadtest.name_ways import long_way
from safety import check_name
from safety.name_words import holding_words


@pytest.mark.parametrize(
    ("ordinary", "twin"),
    [
        # タヒ (死 in katakana) inside タヒボ, a South American tree and its tea
        ("タヒボ", "タヒボしね"),
        ("タヒボちゃん", "しにたいちゃん"),
        ("タヒボ☆", "タヒボ💀"),
        ("タヒボ茶", "タヒボ死"),
        ("おタヒボ", "しねタヒボ"),
        # ぶた (pig) inside butane, written in katakana and in hiragana (read as katakana)
        ("ブタン", "ぶたやろう"),
        ("ぶたん", "ブタやろう"),
        # かす inside caste and かすべ (a skate, the fish), with a suffix
        ("カスト", "カストきえたい"),
        ("かすと", "かすやろう"),
        ("カスベ", "カスベしね"),
        ("カスベちゃん", "ころすちゃん"),
        # かたわ inside 傍ら written in katakana, read as the hiragana word
        ("カタワラ", "カタワ"),
    ],
)
def test_a_word_holding_a_fragment_passes_and_its_harmful_twin_does_not(ordinary: str, twin: str) -> None:
    assert check_name(ordinary).ok
    assert long_way(ordinary).ok  # (the fast path and the long way agree)
    assert not check_name(twin).ok


@pytest.mark.parametrize(
    "name",
    [
        "しにたいやき",  # し|に|たいやき: しにたい runs over three units
        "きえたいやき",  # 消え (a verb) + 鯛焼き
        "しねちゃん",  # しね with a suffix: しね is a unit of its own
        "ねこしね",  # a real word glued to しね
        "しにがみちゃん",  # 死神: a listed kanji word
        "トビオリ",  # 飛び降り, one dictionary word in katakana
        "ころしや",  # 殺し屋
        "シネマしね",  # シネマ holds しね, and しね stands after it
        "タ ヒボ",  # a space is no letter of a word
        "しにたい",
        "ｼﾈ",
    ],
)
def test_names_not_made_of_ordinary_words_holding_the_fragment(name: str) -> None:
    assert not check_name(name).ok
    assert holding_words(check_name(name).name) is None or name == "シネマしね"


def test_the_holding_word_is_where_it_stands() -> None:
    assert holding_words("タヒボちゃん") == ((0, 3),)
    assert holding_words("ぶたん") == ((0, 3),)
    assert holding_words("ゆいちゃん") is None  # no listed word in it


def test_a_listed_word_with_a_nicknames_tail_is_still_the_word() -> None:
    # でぶっちょ is one dictionary noun, but it is でぶ said with a tail (found at review, 2026-12-06).
    assert not check_name("でぶっちょ").ok
