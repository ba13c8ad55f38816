"""Disguise paths of refused names that lost the reading, and their harmless neighbours
(names round of 2026-12-04 (k))."""

from __future__ import annotations

import pytest

import safety


def _reason(name: str) -> str | None:
    return safety.check_name(name).reason


@pytest.mark.parametrize("name", ["4神", "４神", "4神さま"])
def test_four_before_a_kanji_is_death_where_the_two_are_one_word(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize("name", ["4姉妹", "4人家族", "4体", "2年4組", "4コマ", "4季"])
def test_four_before_a_kanji_is_a_number_otherwise(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize("name", ["4ne", "4nitai", "4nde", "4NE"])
def test_four_for_shi_in_romaji_before_n(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize("name", ["b4ne", "24nen"])
def test_four_inside_a_word_or_number_is_no_shi(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize("name", ["工ッ千", "エッ千", "ビッ千"])
def test_look_alikes_read_before_a_small_tsu_is_dropped(name: str) -> None:
    assert _reason(name) is not None


@pytest.mark.parametrize("name", ["ウデ切ル子", "ｳﾃﾞ切ﾙ子", "うっで切る子"])
def test_a_means_read_in_every_spelling(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize("name", ["カカオデネ", "カカオニキテ", "カカオデハナソ"])
def test_the_app_then_a_particle_of_use_in_katakana(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize("name", ["カカオニブ", "カカオマス", "カカオデザート", "カカオ", "カカオデス"])
def test_cacao_foods_in_katakana_pass(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize(
    "name",
    [
        "でんばんぜろろく",
        "電番おしえる",
        "ぜ ろ きゅ う",
        "ｾﾞ ﾛ ｷｭ ｳ",
        "ぜ\u200bろ\u200bきゅ\u200bう",
        "ゼ 口 キュ ウ",
        "れっーきっゅーッれー",
        "r3-kyu-r3-",
        "オ一八千オ一イ千",
        "おっーきっゅーッおー",
        "オーーハーチーオーー",
        "なっななっなごっごご",
    ],
)
def test_phone_numbers_held_split_or_spelled_apart(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize(
    "name",
    [
        "ぜろきゅう",
        "い ち ご",
        "らーめん",
        "いーちーごー",
        "ねーねーちゃん",
        "はっちゃん",
        "ななっち",
        "riku2013",
    ],
)
def test_number_words_that_are_no_phone_number_pass(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize(
    "name", ["ぴーかつ", "ピーカツ", "ﾋﾟｰｶﾂ", "ピ一力ツ", "ぴっーかっつ", "p1-k4tsu", "ぴー活"]
)
def test_paid_dating_with_its_long_mark(name: str) -> None:
    assert _reason(name) == "sexual"


@pytest.mark.parametrize("name", ["ぴかつ", "ピカツ", "pikatsu", "ぴかちゅう"])
def test_pikatsu_without_a_long_mark_is_a_nickname(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize("name", ["シエロ", "シエロス"])
def test_a_classical_ending_before_a_listed_word_is_letters(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize(
    ("name", "reason"), [("レンカス", "insult"), ("オマエシネ", "self_harm"), ("ドブス", "insult")]
)
def test_words_before_a_listed_word_in_katakana_still_count(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    "name",
    [
        "消えてなくなる",
        "きえちゃう",
        "消えてしまう",
        "いなくなっちゃう",
        "消えてなくなるよ",
        "ぼくが消えてしまう",
    ],
)
def test_gone_for_good_said_as_what_one_will_do(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize(
    "name",
    [
        "消えてしまった",
        "雪が消えてなくなる",
        "ケーキがきえちゃう",
        "アイスがとけちゃう",
        "ねちゃう",
        "わらっちゃう",
    ],
)
def test_gone_told_as_done_or_of_a_thing_passes(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize(
    ("name", "reason"), [("エーロー漫画家", "sexual"), ("ター匕ねー", "self_harm"), ("力カーオー", "contact")]
)
def test_a_run_stretched_letter_by_letter_is_read_back(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    "name", ["スーパーカー", "らーめーんー", "ハーゲンダッツ", "さーくーらー", "ゆーうーきー"]
)
def test_words_with_their_own_long_marks_pass(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize("name", ["ねんねしたい(永遠)", "ﾈﾝﾈｼﾀｲ(永遠)", "永遠にねんねしたい", "永遠に寝たい"])
def test_sleep_for_ever_said_anywhere_is_death(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize(
    "name", ["ずっと寝てたい", "ずっとねたい", "ねんねしたい", "とわちゃんねる", "永遠の17さい"]
)
def test_sleep_without_for_ever_is_tiredness(name: str) -> None:
    assert _reason(name) is None
