"""Disguise kinds of refused names the folding reads back (round of 2026-12-04 (f))."""

from __future__ import annotations

import pytest

import safety


@pytest.mark.parametrize("name", ["ﾊ ﾟ ﾊ ﾟ 活", "ﾊ\u200bﾟﾊ\u200bﾟ活", "ﾊﾟ ﾊ ﾟ活"])
def test_a_sound_mark_spaced_from_its_kana_joins_it(name: str) -> None:
    assert safety.check_name(name).reason == "sexual"


@pytest.mark.parametrize("name", ["(ﾟ∀ﾟ)", "ゆい(ﾟ∀ﾟ)", "ﾊﾟﾝﾀﾞ"])
def test_sound_marks_of_faces_and_words_stay_names(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(("name", "reason"), [("会ってっはなっそ", "contact"), ("役立たっず", "insult")])
def test_slipped_in_small_tsu_out_keeps_a_kanjis_own(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [("buusu", "insult"), ("kuuzu", "insult"), ("sut44ffu", "staff"), ("suutaffu", "staff")],
)
def test_romaji_with_a_letter_doubled_is_read_single(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize("name", ["yuuki", "anna", "hannah", "emma", "kissa", "ookami", "massu"])
def test_romaji_names_with_doubled_letters_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["off会", "0ff会しよ", "ＯＦＦ会", "dateしよ", "ｄａｔｅしたい"])
def test_an_english_word_against_japanese_is_read_as_its_loanword(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize("name", ["offのひ", "cafeすき", "gameしよ", "loveちゃん", "happyな日", "yuiだよ"])
def test_english_words_beside_japanese_in_ordinary_names_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"), [("オ一ディ一スル", "self_harm"), ("レ一キュ一レ一ヨン", "contact")]
)
def test_the_kanji_one_held_after_katakana_is_a_long_mark(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize("name", ["カード一枚", "ピカチュウ一番", "ルパン一世", "ケン一郎", "サッカ一部"])
def test_the_kanji_one_before_a_kanji_stays_one(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["カラオケイコ", "オフシマセンカ", "一緒ニ住モ"])
def test_a_plan_written_all_in_katakana_is_read_as_proposed(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize(
    "name",
    ["エッチング", "カラオケボックス", "オフショット", "デートスポット", "ドライブスルー", "カラオケスキ"],
)
def test_katakana_words_starting_with_a_plan_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name",
    ["うまれなきゃよかった", "生まれなきゃよかった", "ウマレナキャヨカッタ"],
)
def test_being_born_regretted_is_self_harm(name: str) -> None:
    assert safety.check_name(name).reason == "self_harm"


@pytest.mark.parametrize("name", ["うまれてよかった", "うまれなきゃ", "うまれたてよかった"])
def test_being_born_told_gladly_or_alone_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["じしょうぐせ", "ジショウグセ", "この世にいたくない", "このよにいたくない"])
def test_a_habit_of_self_harm_or_not_wanting_the_world_is_self_harm(name: str) -> None:
    assert safety.check_name(name).reason == "self_harm"


@pytest.mark.parametrize(
    "name", ["自称ぐせ", "世界一かわいい", "世界のおわり", "この世界が好き", "このよでいちばん"]
)
def test_the_world_and_other_words_of_like_sound_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["ごまかす", "ごまかすな", "ごまかすぞ"])
def test_an_allowed_word_inside_a_dictionary_word_cuts_nothing_out(name: str) -> None:
    # ごま is allow-listed; taken out of the verb ごまかす it left かす, a whole-word insult
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["ごまカス", "ごまくず", "しねらりあしね"])
def test_a_listed_word_after_an_allowed_one_still_counts(name: str) -> None:
    assert not safety.check_name(name).ok


@pytest.mark.parametrize("name", ["ハルカス", "あべのハルカス", "スタッフロール"])
def test_an_allow_listed_word_is_no_name_glued_to_an_insult(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"), [("ハルカスバカ", "insult"), ("ユイビッチ", "insult"), ("スタッフです", "staff")]
)
def test_an_insult_or_staff_beside_them_still_counts(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


def test_an_allowed_word_across_katakana_and_a_particle_is_there_by_chance() -> None:
    # くずは (a place) is allow-listed; 「クズ|は」 is the insult and a particle
    assert safety.check_name("クズはおまえ").reason == "insult"


@pytest.mark.parametrize("name", ["くずは", "くずはのまち", "ゴマだんご", "ロボこん", "シネマすき"])
def test_allowed_words_in_one_script_stay_allowed(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["おーーでーぃーーすーるー", "おっーでっぃーッする", "おーーでーぃーー中"])
def test_a_mark_held_twice_or_a_small_tsu_before_it_is_undone(name: str) -> None:
    assert safety.check_name(name).reason == "self_harm"


@pytest.mark.parametrize("name", ["らーーめん", "すっーごい", "まっーちゃ", "ゆっー"])
def test_held_marks_in_ordinary_names_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["ばっかーばかっ", "かすっかーっす"])
def test_a_word_repeated_with_small_tsu_slipped_in_unevenly_is_read_back(name: str) -> None:
    # round d of 2026-12-05: the slipped っ break the repetition; read without them
    assert safety.check_name(name).reason == "insult"


@pytest.mark.parametrize("name", ["ばっかばっか", "もっりもり"])
def test_a_repetition_with_its_own_small_tsu_or_an_allowed_word_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["バイバイ", "ばいばいまたあした", "バイバイ👋"])
def test_bye_bye_is_no_messaging_app(name: str) -> None:
    # round d of 2026-12-05: Viber in kana (ばいばー) is a whole word only, so its ー folded
    # away no longer finds ばいば inside ばいばい
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["ばいばーやろ", "バイバーID", "viberしよ"])
def test_viber_is_still_a_messaging_app(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize(
    "name", ["ロボットたいかい", "ロボット大会", "ロボットダンス部", "ロボットアニメすき"]
)
def test_a_robot_that_a_contest_or_a_dance_is_of_claims_nothing(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name", ["ロボット", "ロボットくん", "ロボット担当", "口ボット大会", "ロボットスタッフ"]
)
def test_the_robot_alone_before_a_person_or_a_role_or_disguised_stays_staff(name: str) -> None:
    assert safety.check_name(name).reason == "staff"


@pytest.mark.parametrize(
    "name", ["公式戦デビュー", "警察犬すき", "システム手帳", "けいさつごっこ", "警察署の近く"]
)
def test_a_staff_word_inside_another_thing_claims_nothing(name: str) -> None:
    # 公式戦, 警察犬, システム手帳 are one dictionary word; 警察 before ごっこ names the game
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["警察官", "公式キャラ", "システム管理者", "けいさつです", "公式ロボ"])
def test_a_staff_person_or_an_official_attribute_stays_staff(name: str) -> None:
    assert safety.check_name(name).reason == "staff"
