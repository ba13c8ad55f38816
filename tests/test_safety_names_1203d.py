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


@pytest.mark.parametrize(
    "name", ["なぐるぞ", "ナグルゾ", "ぶっとばすぞ", "ぶんなぐってやる", "なぐったる", "殴るぞ", "つぶすぞ"]
)
def test_a_threat_to_hurt_is_an_insult(name: str) -> None:
    assert safety.check_name(name).reason == "insult"


@pytest.mark.parametrize("name", ["なぐらないで", "けるぞ", "さすがだぞ", "蹴鞠", "ころころ"])
def test_the_same_verbs_or_sounds_without_a_threat_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name", ["いのちいらない", "命いらない", "いきるのつらい", "生きるのつらい", "いきるのだるい"]
)
def test_life_refused_or_too_hard_is_self_harm(name: str) -> None:
    assert safety.check_name(name).reason == "self_harm"


@pytest.mark.parametrize("name", ["いのちだいじに", "いきるのたのしい", "いきものがかり", "いきるちから"])
def test_life_said_kindly_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


def test_a_word_allowed_in_kana_is_no_reading_of_kanji_across_two_nouns() -> None:
    assert safety.check_name("エロ漫画").reason == "sexual"


@pytest.mark.parametrize(
    "name", ["ラインストーン", "ラインマーカー", "えろまんが", "インスタントめん", "ライン川"]
)
def test_allowed_words_made_of_whole_nouns_still_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(("name", "reason"), [("待千合ワセ", "contact"), ("八千八千1234", "contact")])
def test_look_alike_kanji_beside_katakana_are_read_as_katakana(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize("name", ["psnID", "steamID", "ゆいID", "ｓｔｅａｍＩＤ"])
def test_id_in_capitals_after_a_word_is_contact(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize("name", ["DAVID", "IDOL", "Idaho", "android", "kid"])
def test_id_inside_a_word_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["ティンダー", "Tinder", "タップル", "マッチングアプリ", "Omegle"])
def test_dating_and_stranger_chat_apps_are_contact(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize("name", ["タップダンス", "ぜんりょく", "いずみすき", "アプリ大好き"])
def test_words_near_those_apps_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["はげおやじ", "くそおやじ", "ハゲ親父", "ばかむすこ"])
def test_an_insult_made_one_noun_with_a_person_is_an_insult(name: str) -> None:
    assert safety.check_name(name).reason == "insult"


@pytest.mark.parametrize("name", ["ごみばこ", "ぶたにく", "くそまじめ", "ひとりむすめ", "もりのおやじ"])
def test_nouns_near_an_insult_and_a_person_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)
