"""Names that set up a meeting by a day, an hour and a place with no verb, and staff words in
Latin look-alike letters (round of 2026-12-06 (c), ``safety/name_when_where.py`` and
``safety/name_lookalike.py``).  Each refused name passed before its rule; each rule has its
harmless twins."""

from __future__ import annotations

import pytest

from safety.disguise import variants
from safety.names import check_name
from tests.support.names import reason as _reason

WHEN_AND_WHERE = [
    "きょう えきまえ",  # a day and a place
    "今日公園",
    "どようびこうえん",
    "放課後 校門",
    "しゅうまつ えき",
    "あした3じ",  # a day and an hour
    "明日15時",
    "ashita15ji",
    "東口 5時",  # a place and an hour, place first
    "かいさつまえ7じ",  # a place and an hour in kana
    "ekimae 3ji",  # romaji
    "kyou konbini",
    "ｱｼﾀ ｺｳｴﾝ",  # half-width katakana
    "☆あした駅前☆",  # decorated
    "ゆうがた こうえん",
    "にしぐちでまつ",  # a place and waiting
    "koende matsu",
    "駅の3番出口",  # a numbered exit at a station
    "2番出口で",  # a numbered exit with a particle
]


@pytest.mark.parametrize("name", WHEN_AND_WHERE)
def test_a_day_an_hour_and_a_place_to_meet_is_a_meeting(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize(
    ("refused", "twin"),
    [
        ("きょう えきまえ", "とうきょうえき"),  # 今日 inside a place's name
        ("あさ7じ えき", "あさひ"),  # 朝 inside a name
        ("あした こうえん", "あしたば"),  # a plant
        ("明日 駅前", "明日香"),
        ("3時 こうえん", "3時のおやつ"),  # an hour of something else
        ("土曜の夜 駅", "土曜の夜"),  # two times and no place
        ("よる こうえん", "よるのこうえん"),  # a time before の and a place: a picture
        ("明日公園", "公園のハト"),  # a place and no time
        ("北口 4時", "北口さん"),  # a family name
        ("8番出口で", "8番出口"),  # a game's name
        ("3じ えき", "駅伝3区"),  # a race
        ("えきで まつ", "えきでん部"),
        ("3時 校門", "3年2組"),
    ],
)
def test_a_name_holding_one_piece_or_a_picture_passes(refused: str, twin: str) -> None:
    # (each with the shape it is a twin of, which is refused)
    assert _reason(refused) == "contact"
    assert check_name(twin).ok


@pytest.mark.parametrize("name", ["きょう えきまえ", "あした3じ", "放課後 校門", "ekimae 3ji"])
def test_when_and_where_is_refused_disguised(name: str) -> None:
    missed = [v for _kind, v in variants(name) if check_name(v).ok]
    assert missed == []


@pytest.mark.parametrize(
    "name",
    [
        "ADMlN",  # l for I
        "Admln",
        "adrnin",  # rn for m
        "rnod",  # a whole-word staff word
        "rnoderator",
        "0FFlClAL",  # look-alike letters beside look-alike digits
        "UNEl",  # a staff word in kana, read as romaji
        "kanrlnin",
        "★Adrnin★",
        "A d m l n",  # spaced letter by letter
    ],
)
def test_a_staff_word_in_latin_look_alikes_is_staff(name: str) -> None:
    assert _reason(name) == "staff"


@pytest.mark.parametrize(
    ("refused", "twin"),
    [
        ("Admln", "Lily"),
        ("Emil_ADMlN", "Emil"),
        ("0lIVIA_rnod", "Olivia"),
        ("ADRNIN", "Arnie"),
        ("adrnin", "Bernard"),
        ("rnoderator", "Marni"),
        ("kanrlnin", "Jill"),
        ("UNEl", "Junelle"),  # unei only as the whole word
        ("rnoderat0r", "Stella"),
        ("officlal", "Cloud"),
    ],
)
def test_latin_names_with_the_look_alike_letters_pass(refused: str, twin: str) -> None:
    # (each with a staff word in the same look-alike letters, which is refused)
    assert _reason(refused) == "staff"
    assert check_name(twin).ok
