"""The names round of 2026-12-06 (b): names children of foreign roots write in their own
script, numbers that are no contact, framed names — and their refuse twins in the same shapes
(safety/name_other_languages.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import safety


@pytest.mark.parametrize(
    "name",
    [
        "민준",
        "서연이",
        "☆지우☆",
        "ユナ유나",
        "민준2011",
        "Nguyễn Linh",
        "Phương Anh",
        "Đức",
        "Quỳnh",
        "≪ルナ≫",
        "《ゆい》",
        "(｡•ᴗ•｡)みお",
        "No.8はやと",
        "#7ストライカー",
        "12/24生まれ",
        "Ma. Cristina",
        "taiga#10",
        "등번호10",
        "Lê Thị Hoa",
        "死球王",
        "必殺シュート",
        "殺菌マン",
        "相殺ガード",
    ],
)
def test_ordinary_names_in_other_scripts_and_frames_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("죽고싶다", "self_harm"),
        ("사라지고싶어", "self_harm"),
        ("不想活了", "self_harm"),
        ("想消失", "self_harm"),
        ("quero morrer", "self_harm"),
        ("mamatay na", "self_harm"),
        ("muốn chết", "self_harm"),
        ("muon chet", "self_harm"),
        ("병신", "insult"),
        ("☆바보☆", "insult"),
        ("바보야", "insult"),
        ("自残", "self_harm"),
        ("번호 알려줘", "contact"),
        ("傻逼", "insult"),
        ("廢物", "insult"),
        ("tanga ka", "insult"),
        ("otário", "insult"),
        ("운영자", "staff"),
        ("官方客服", "staff"),
        ("카톡 minji03", "contact"),
        ("加我微信", "contact"),
        ("Zalo linh09", "contact"),
        ("공구공일이삼사", "contact"),
        ("zeronovezero", "contact"),
        ("lingjiuling", "contact"),
        ("오후3시 만나", "contact"),
        ("下午三点见面", "contact"),
        ("明日10時渋谷で", "contact"),
        ("★土曜13時駅★", "contact"),
        ("kitatayo 3pm", "contact"),
    ],
)
def test_what_other_languages_say_is_read(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


def test_numbers_that_are_no_phone_number_pass_and_slashed_dates_alone_stay_contact() -> None:
    # a year after a name is no number read out (digits alone never make a run of number words)
    assert safety.check_name("ana2012").ok
    assert safety.check_name("12/24うまれ").ok
    assert safety.check_name("12/24").reason == "contact"
    assert safety.check_name("ゆい#1234").reason == "contact"
    assert safety.check_name("Rin. Me").reason == "contact"  # an initial's dot is no domain's


def test_hangul_syllables_pass_but_loose_letters_and_dotless_look_alikes_stay_out() -> None:
    assert safety.check_name("하늘").ok
    assert safety.check_name("ㅅㅂ").reason == "chars"
    assert safety.check_name("lıne").reason in ("chars", "contact")


def test_a_clock_time_alone_is_no_meeting() -> None:
    assert safety.check_name("3時のおやつ").ok
    # a time and a place joined by の make a title; 点 counts points in Japanese
    assert safety.check_name("7時の駅ピアノ").ok
    assert safety.check_name("京都の一時").ok
    assert safety.check_name("3点シュート").ok
    assert safety.check_name("公園で3時のおやつ").ok
    assert safety.check_name("駅で5時").reason == "contact"
    assert safety.check_name("下午三点见面").reason == "contact"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("b o b o   m o", "insult"),
        ("o t á r i o", "insult"),
        ("去4吧", "insult"),
        ("我想4", "self_harm"),
        ("오 후 3 시   만 나", "contact"),
        ("力卜クminji", "contact"),
        ("カートークーminji", "contact"),
    ],
)
def test_disguised_the_same_words_are_read(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


def test_a_name_of_two_short_words_is_not_read_as_one() -> None:
    assert safety.check_name("Bo Bo").ok
    assert safety.check_name("t a n g a").reason == "insult"
    assert safety.check_name("垃 圾").reason == "insult"


def test_ordinary_korean_and_chinese_words_holding_an_insult_pass() -> None:
    # a kitten, a starting point, a phone, a trash can, a folk tale's hero
    for name in ("새끼고양이", "시발점", "전화기", "垃圾桶", "바보온달"):
        assert safety.check_name(name).ok, name


def test_a_broken_word_list_stops_the_start(tmp_path: Path) -> None:
    from safety import name_other_languages as other

    good = other.LEXICON.read_text(encoding="utf-8")
    for broken in (
        good.replace('"죽고싶", ', '"죽고싶", 3, '),  # not a word in quotes
        good.replace('"죽고싶", ', '"죽고 싶!", '),  # not a word
        good.replace("[staff]", "[staf]"),  # an unknown table
        good.replace("whole = []", "hole = []"),  # an unknown list
    ):
        path = tmp_path / "names_other_languages.toml"
        path.write_text(broken, encoding="utf-8")
        with pytest.raises(other.OtherLanguagesError):
            other.load(path)
    assert other.load(other.LEXICON)["meeting"]["whole"] == []


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("し한ね", "self_harm"),
        ("ラ한イン", "contact"),
        ("ば한か", "insult"),
        ("しěね", "self_harm"),
        ("しᴗね", "self_harm"),
    ],
)
def test_a_new_letter_slipped_between_kana_hides_nothing(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason
    assert safety.check_name("Kōta").ok  # a long vowel in romaji
