"""Names that say leaving life by a picture of it and names that set when or with whom to
meet (round of 2026-12-04 (ad), ``safety/name_leaving.py`` and ``safety/name_gathering.py``).
Each refused name passed before its rule; each rule has its harmless twins."""

from __future__ import annotations

import pytest

from safety.disguise import variants
from safety.names import check_name
from tests.support.names import reason as _reason


@pytest.mark.parametrize(
    "name",
    [
        "星になりたい",  # becoming a star
        "おほしさまになる",
        "ホシニナリタイ",  # katakana: read again in hiragana
        "空にかえりたい",  # going back to the sky
        "そらへかえります",  # Sudachi reads そら as a pronoun
        "あのよにいきたい",  # the other world in kana (あの + よ to Sudachi)
        "人生ログアウト",  # life and a word of leaving a game
        "この世からログアウト",
        "人生リタイア",
        "ｼﾞﾝｾｲﾛｸﾞｱｳﾄ",
        "明日いらない",  # tomorrow not needed
        "いのちいらない",
        "いないほうがいい",  # better not being here
        "しんだほうがまし",
        "ねむったままでいい",  # staying asleep for good
        "えいえんのおやすみ",  # a goodnight for ever
        "ぜんぶおわりにする",  # everything ended, said as what one will do
        "ゼンブオワリニスル",
        "線路にとびこむ",  # a track jumped into
        "ふみきりにとびこむ",  # Sudachi reads ふみきり as a verb
        "てくびきる子",  # the wrist cut, in kana
        "wanna vanish",
        "byebyeworld",
    ],
)
def test_leaving_life_said_by_a_picture_is_self_harm(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize(
    "name",
    [
        "スターになりたい",  # fame
        "ほしになりたくない",  # said not to happen
        "ほしぞらみたい",
        "そらとぶねこ",
        "うちにかえりたい",  # going home
        "そらにかえらない",
        "人生ゲーム",  # a board game
        "人生たのしい",
        "ログアウト中",
        "明日の宿題いらない",  # about homework
        "明日がたのしみ",
        "いるほうがいい",
        "ねこがいたほうがいい",
        "ゆっくりねたほうがいい",
        "ねたままでいい",  # lying in bed
        "おやすみなさい",
        "えいえんのともだち",
        "ぜんぶおわりにした",  # told as past: homework done
        "うみにとびこむ",  # water jumped into for fun
        "プールにとびこむ",
        "線路はつづくよ",
        "うでずもう",
        "手首ストレッチ",
        "byebye",
        "hello world",
    ],
)
def test_the_pictures_harmless_twins_pass(name: str) -> None:
    assert check_name(name).ok, name


@pytest.mark.parametrize(
    "name",
    [
        "公園に3時",  # a place and an hour
        "3じにこうえん",
        "駅前5時集合",
        "なんじにこうえん？",
        "ぼくとあそぼ",  # the bearer as the one to play with
        "わたしとあそぼ",
        "オレとはなそ",
        "ボクトアソボ",
        "あしたあそべる？",  # a day, whether one can play then, asked
        "こんどあえる人",
        "ほうかごあそべる?",
        "イオンであそぼ",  # a shop children gather at, with the place invitation of round (o)
        "ゲーセンであそぼ",
        "come over",
        "pickmeup",
        "meet me",
    ],
)
def test_when_or_with_whom_to_meet_is_a_meeting(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize(
    "name",
    [
        "3時のおやつ",  # an hour of something else
        "公園で3時のおやつ",
        "7時におきる",
        "こうえんすき",
        "ねことあそぼ",  # playing with a pet
        "ぼくとねこ",
        "ぼくとあそぶねこ",  # said, not proposed
        "あしたあそべる",  # said of oneself, not asked
        "あしたはれる？",
        "あそぼ",  # a bare proposal passes as written (round (q))
        "あそぼーよ",
        "おはなししよ",
        "マイクラであそぼ",  # a game is no place
        "イオンでかいもの",  # a shop, no proposal
        "コンビニのおにぎり",
        "overcome",
        "pickup",
        "バイバイキン",  # a character, no messaging app (ばいばー)
    ],
)
def test_the_meeting_shapes_harmless_twins_pass(name: str) -> None:
    assert check_name(name).ok, name


@pytest.mark.parametrize(
    "name", ["星になりたい", "人生ログアウト", "いないほうがいい", "ぼくとあそぼ", "公園に3時"]
)
def test_the_new_shapes_are_refused_disguised(name: str) -> None:
    # every disguise kind of ``safety.disguise.variants`` (katakana, half-width, look-alike
    # kanji, small kana, spacing…) is read back to the same shape
    missed = [v for _kind, v in variants(name) if check_name(v).ok]
    assert len(missed) <= 1, missed


# round d of 2026-12-05: an end with nothing named, gone by tomorrow, becoming transparent


@pytest.mark.parametrize("name", ["おわりにする", "そろそろおわりにする", "モウオワリニスル"])
def test_an_end_with_nothing_named_to_end_is_self_harm(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize("name", ["ゲームおわりにする", "部活おわりにする", "もうおわりにした"])
def test_a_thing_ended_or_an_end_told_as_done_passes(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize("name", ["あしたはもういない", "明日にはいないよ", "明日いなくなる子"])
def test_not_there_any_more_tomorrow_is_self_harm(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize("name", ["明日いなかった", "明日いるよ", "あしたのよてい"])
def test_tomorrow_told_as_past_or_there_passes(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize("name", ["とうめいになりたい", "透明になるね", "トウメイニナリタイ"])
def test_becoming_transparent_wanted_or_to_be_done_is_self_harm(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize("name", ["透明になれるマント", "透明人間", "透明になった", "とうめいなビーだま"])
def test_a_transparent_thing_a_power_or_a_character_passes(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize("name", ["そろそろおわりにする", "あしたはもういない", "とうめいになりたい"])
def test_round_d_shapes_are_refused_disguised(name: str) -> None:
    missed = [v for _kind, v in variants(name) if check_name(v).ok]
    assert len(missed) <= 1, missed


@pytest.mark.parametrize("name", ["せかいにばいばい", "じんせいにさよなら", "ばいばいこのよ"])
def test_a_goodbye_to_the_world_in_kana_sudachi_cuts_is_self_harm(name: str) -> None:
    # ばいばい is read as ばい + ばい, このよ as この + よ: the kana are read as written
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize("name", ["ばいばいまたね", "せかいのおはなし", "じんせいゲーム"])
def test_a_goodbye_to_a_friend_or_the_world_named_alone_passes(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize(
    "name",
    ["ずっとおきたくない", "二度とおきたくない", "永遠におきたくないな", "もう起きたくないよ", "ﾓｳｵｷﾀｸﾅｲ"],
)
def test_waking_never_wanted_again_is_leaving_life(name: str) -> None:
    # round i of 2026-12-05: waking not wanted, after もう, 二度と, ずっと or for ever
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize("name", ["あさおきたくない", "日曜はおきたくない", "もうおきたい", "はやおきしたい"])
def test_not_wanting_to_get_up_in_the_morning_passes(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize("name", ["ぼくをさがさないで", "どうか探さないでね", "サガサナイデ"])
def test_asking_not_to_be_looked_for_is_leaving_life(name: str) -> None:
    # round i of 2026-12-05: what a note left before going says, nothing named to look for
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize("name", ["ねこさがさないで", "うさぎをさがしてる", "さがしもの名人"])
def test_looking_for_a_thing_passes(name: str) -> None:
    assert _reason(name) is None
