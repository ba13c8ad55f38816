"""Round (p) of 2026-12-06: English slang of self-harm and insults run together
(``safety.name_english_slang``), the same words in katakana (``safety.name_katakana_english``: t
before u as チュ, ea as エ, インサイド as glue), English words of the lists (suicidal, noose,
bastard, stfu…) and allow-listed towns, foods and English words holding a listed piece.  Each
refused case fails without its reading; each passing one is the same letters in an ordinary name."""

from __future__ import annotations

import pytest

from loadtest.name_ways import long_way, on_a_fast_path
from safety import check_name
from tests.support.names import reason


@pytest.mark.parametrize(
    ("name", "why"),
    [
        # ending one's life in English words run together
        ("enditall", "self_harm"),
        ("imgonnaendit", "self_harm"),
        ("end_my_life", "self_harm"),
        ("endingmyself", "self_harm"),
        # dead inside, in Latin letters and in katakana
        ("so_dead_inside", "self_harm"),
        ("デッドインサイド", "self_harm"),
        # a verb of hurting before myself
        ("hang_myself", "self_harm"),
        ("stabmyself", "self_harm"),
        # the listed words' other forms and TikTok's word for killing
        ("suicidal_kid", "self_harm"),
        ("unalived", "self_harm"),
        ("スーサイダル", "self_harm"),
        # "end me" closing the name, life refused or too hard, kms with a chat ending, OD in romaji
        ("pls_endme", "self_harm"),
        ("hate_my_life", "self_harm"),
        ("life_sucks", "self_harm"),
        ("sick_of_living", "self_harm"),
        ("dontwannalive", "self_harm"),
        ("wish_i_was_dead", "self_harm"),
        ("kms_rn", "self_harm"),
        ("ODshiyo", "self_harm"),
        # means and TikTok's word for suicide, as words of the list
        ("the_noose", "self_harm"),
        ("オーバードーズ", "self_harm"),
        ("sewerslide", "self_harm"),
        # a put-down said to you
        ("you_suck", "insult"),
        ("urtrash", "insult"),
        ("youresogross", "insult"),
        # a vulgar word made a person
        ("shit_head", "insult"),
        ("buttface", "insult"),
        ("scumbag", "insult"),
        # an insulting acronym as a word
        ("stfu_lol", "insult"),
        # English insults of the list, and two acronyms as a word
        ("bastard", "insult"),
        ("jackass_01", "insult"),
        ("gtfo", "insult"),
        # t before u written チュ
        ("スチューピッド", "insult"),
    ],
)
def test_refused_by_a_reading(name: str, why: str) -> None:
    assert reason(name) == why


@pytest.mark.parametrize(
    "name",
    [
        # the same letters in ordinary words and names
        "legend",
        "weekend",
        "Endive",
        "Deadpool",
        "デッドプール",
        "デッド",
        "Shiitake",
        "shitsudo",
        "Yusuke",
        "Ursula",
        "UrSoCute",
        "スチューデント",
        "スタジオ",
        "ユナライブ",
        "Sendme",
        "Hangman",
        "lovemylife",
        "Lifesaver",
        "Nolife",
        "Odin",
        "prickly",
        "jerky",
        "Scunthorpe",
        # allow-listed: a navigator's instrument, a region, foods and towns
        "Sextant",
        "Shinetsu",
        "さけかす",
        "きもすい",
        "きもつき",
        "にしね",
    ],
)
def test_ordinary_names_pass(name: str) -> None:
    assert reason(name) is None


@pytest.mark.parametrize("name", ["にしねしね", "sextantsex", "さけかすしね"])
def test_an_allow_listed_word_leaves_the_rest_judged(name: str) -> None:
    assert reason(name) is not None


@pytest.mark.parametrize("name", ["デッドインサイド", "ユナライブ", "スチューピッド", "にしね", "きもすい"])
def test_the_fast_path_agrees_with_the_long_way(name: str) -> None:
    if on_a_fast_path(name):
        assert check_name(name).ok
    assert long_way(name).reason == check_name(name).reason
