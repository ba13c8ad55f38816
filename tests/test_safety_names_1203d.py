"""Names round 2026-12-03 (d): number play, Yahoo, ディスコ in a compound, a decorative x,
English wishes typed as one word (docs/safety.md, "Name policy")."""

from __future__ import annotations

import pytest

import safety


@pytest.mark.parametrize("name", ["よろしく4649", "4649ね", "ゆう2525", "ミク3939", "8888", "4649 ゆい"])
def test_four_digit_number_play_without_latin_letters_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name", ["yui1234", "4649yui", "ゆう0901234", "ゆ1234い", "ぜろはちぜろ5678", "インスタ4649"]
)
def test_four_digits_with_latin_letters_inside_a_word_or_with_more_stay_contact(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize("name", ["Yahoo", "yahooキッズ", "Yahooっこ"])
def test_yahoo_alone_is_no_contact(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["yahooID", "yahoomail", "yui@yahoo", "yahoo.co.jp"])
def test_a_yahoo_id_or_address_stays_contact(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize(
    "name", ["ディスコダンス", "ディスコボール", "ディスコクイーン", "ゆいディスコダンス"]
)
def test_disco_starting_an_ordinary_katakana_compound_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name", ["ディスコ", "ディスコサーバー", "ディスコフレンド", "ディスコ鯖", "ディスコやってる", "ﾃﾞｨｽｺﾀﾞﾝｽ"]
)
def test_disco_alone_online_or_disguised_stays_the_app(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


def test_a_word_after_disco_is_still_read() -> None:
    assert safety.check_name("ディスコダンスしね").reason == "self_harm"


@pytest.mark.parametrize("name", ["hinata_x", "x_yui_x", "yui x sora", "sora_xx"])
def test_a_small_x_beside_a_latin_name_is_a_decoration(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["X", "x", "Xやってる", "ゆいX", "hinata_X", "ゆい_x", "yui_x_line"])
def test_x_alone_capital_or_against_kana_stays_the_app(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize(
    "name",
    [
        "wannadie",
        "killmyself",
        "iwanttodie",
        "gonnadie",
        "w4nnad1e",
        "ｋｉｌｌｍｙｓｅｌｆ",
        "k i l l m y s e l f",
    ],
)
def test_english_wishes_typed_as_one_word_are_self_harm(name: str) -> None:
    assert safety.check_name(name).reason == "self_harm"


@pytest.mark.parametrize("name", ["wannabe", "wannadiet", "indie", "Diego", "tryto"])
def test_english_words_near_the_wish_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)
