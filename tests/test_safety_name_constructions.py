"""Names judged by what their words do (round of 2026-12-02 d): an order to die, a meeting
written in kana or asked as a question, a means of self-harm, and disguises that slip a digit
into a Latin word or a small vowel between kana.  Each test fails without its rule."""

from __future__ import annotations

import pytest

from tests.support.names import reason as _reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("kil4l", "self_harm"),
        ("fu4ck", "sexual"),
        ("fu4cking", "sexual"),  # a listed word of four letters or more across the digit
        ("se4x", "sexual"),
        ("sh4ine", "self_harm"),  # read as romaji once the digit is out: しね
        ("a4dmin", "staff"),
    ],
)
def test_a_digit_slipped_into_a_latin_word_is_taken_out(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    "name", ["ky4sh1-", "yu1na", "mi4ki", "sa4ki", "kuzum0ch1", "Kiley", "Skyler", "inst1ant"]
)
def test_a_digit_in_an_ordinary_latin_name_hides_no_short_word(name: str) -> None:
    # 「ky4sh1」 without its 4 holds kys only by chance: too short to count across a digit
    assert _reason(name) is None


@pytest.mark.parametrize(
    "name", ["くたばれ", "くたばりやがれ", "きえちまえ", "きえやがれ", "消えてくれ", "きえうせろ", "クタバレ"]
)
def test_an_order_to_die_or_vanish_is_refused_in_any_ending(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize("name", ["きえる", "きえないで", "ゆきえ", "くたびれ", "くたくた"])
def test_the_same_verbs_not_as_an_order_pass(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize(
    "name",
    [
        "とめてくれる人",  # 泊める written in kana (Sudachi normalises it to 止める)
        "あわない?",  # 会う in kana, asked
        "あえませんか",  # its potential form
        "うちこない?",
        "うちくる?",  # a verb that ends the name, asked after other words
        "直接あお",  # in person, then 会う in kana
        "リアルであおう",
        "オフであえる",
        "あいたいひと",  # 会いたい in kana before a person (Sudachi: 相 + 堆肥)
    ],
)
def test_a_meeting_in_kana_or_asked_is_contact(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize(
    "name",
    [
        "こない",
        "あわない",
        "まつ?",
        "あおい",
        "あいり",
        "おふろ",
        "りある",
        "あわゆき",
        "きがあう?",
        "あいたいむ",
    ],
)
def test_the_same_words_asking_nothing_pass(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize(
    ("name", "reason"), [("ヤクルト☆", None), ("ウチクル?", "contact"), ("カラオケキテ", "contact")]
)
def test_a_katakana_word_the_dictionary_knows_is_not_read_again_in_hiragana(
    name: str, reason: str | None
) -> None:
    # 「ヤクルト」 in hiragana is や + くる + と
    assert _reason(name) == reason


@pytest.mark.parametrize("name", ["腕切りマン", "手首切り", "薬ぜんぶ"])
def test_a_means_of_self_harm_in_words_no_list_holds_is_refused(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize("name", ["みじん切り", "切り絵", "首輪", "首里城", "血液型", "薬剤師", "飛鳥"])
def test_the_same_kanji_in_ordinary_words_pass(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("りぁすか", "self_harm"),  # a small vowel slipped in: り makes no sound with ぁ
        ("しぃね", "self_harm"),
        ("ディス口ード", "contact"),  # 口 written for コ
        ("丰モい", "insult"),  # 丰 for キ
    ],
)
def test_more_disguises_are_undone(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize("name", ["りぃな", "ねぇね", "ふぁみ", "しぇりー", "かぁちゃん", "こぉり", "ゆぅ"])
def test_small_vowels_that_make_a_sound_or_hold_one_pass(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("神待ち", "contact"),
        ("家出少女", "contact"),
        ("ゼペットで", "contact"),
        ("QQ", "contact"),
        ("役立たず", "insult"),
        ("オペレーター", "staff"),
        ("カウンセラー", "staff"),
        ("開発者", "staff"),
        ("案内人", "staff"),
        ("AIアシスタント", "staff"),
    ],
)
def test_words_that_were_missing(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    "name",
    [
        "どこすんでる?",  # where do you live
        "ちかくにすんでるひと",  # 住む with an ending
        "どこ駅?",
        "なんけん?",
        "もよりえきどこ",
        "泊まれるとこあるよ",  # a verb saying what a place is for
        "直接話そ",  # in person, then talk
    ],
)
def test_asking_where_someone_lives_or_to_talk_in_person_is_contact(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize(
    "name", ["どこでもドア", "どこかのだれか", "なんちゅうか", "なにしてる", "すみれ", "かすみ", "どこ?"]
)
def test_where_words_asking_no_place_pass(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("3   ch1", "sexual"),  # romaji without the doubled consonant: えち for えっち
        ("su t4   fu", "staff"),
        ("s3   ku su", "sexual"),
        ("un31", "staff"),  # n before a vowel read as ん: うんえい
        ("u n 3 1", "staff"),
        ("ス一ナ一千一ャ", "contact"),  # 一 for ー before a small kana
    ],
)
def test_mixed_disguises_in_romaji_and_look_alikes_are_undone(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize("name", ["kimono", "hanako", "kanako", "minami", "kenta", "echika", "anna"])
def test_romaji_names_read_those_ways_pass(name: str) -> None:
    # 「kimono」 read with its n as ん is きもんお: that reading counts only for listed words
    # with ん before a vowel
    assert _reason(name) is None


@pytest.mark.parametrize(
    "name",
    [
        "もりだよ",
        "もりでーす",
        "ぼくがもり",
        "わたしはもり",
        "もり(本人)",
        "もりの代理",
        "もり本人",
        "森だよ",
        "モリダヨ",
    ],
)
def test_a_name_that_says_it_is_the_caretaker_is_staff(name: str) -> None:
    assert _reason(name) == "staff"


@pytest.mark.parametrize(
    "name",
    [
        "もりのくまさん",
        "もりのなか",
        "もりもと",
        "もりたろう",
        "もりこ",
        "もりお",
        "こもり",
        "あおもり",
        "森田",
        "もりやま",
    ],
)
def test_the_caretakers_name_inside_another_word_or_name_passes(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize("name", ["むかえ", "お迎え", "駅でお迎え"])
def test_a_pick_up_ending_the_name_is_contact_in_either_spelling(name: str) -> None:
    # 迎え is a noun of [meeting] read as written and as its reading (Sudachi reads むかえ as
    # the noun 迎え, 迎え alone as the verb 迎える)
    assert _reason(name) == "contact"


@pytest.mark.parametrize(
    "name", ["たにがわ", "にがうり", "リズム", "柚夢", "ゆずむ", "aoka", "もりかわ", "くるち"]
)
def test_ordinary_names_holding_two_kana_of_a_listed_word_pass(name: str) -> None:
    # 「にがー」 and 「ずーむ」 are にが and ずむ once ー is dropped: whole words only now; a
    # stem ending in っ (あおっ) is no word without it; もり then particles is a family name
    assert _reason(name) is None


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("にがー", "insult"),
        ("ずーむ", "contact"),
        ("ズームしよ", "contact"),
        ("ぬーど写真", "sexual"),
        ("ぴぐ", "contact"),
    ],
)
def test_the_short_words_still_refuse_as_words(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("今夜きえる", "self_harm"),  # a plan with a time, in kana
        ("おくじょうからとぶ", "self_harm"),  # a place of a drop, in kana
        ("しにかたおしえて", "self_harm"),  # a method asked for
        ("産まれてごめんなさい", "self_harm"),
        ("天国に行きたい", "self_harm"),
        ("きえるまほう", None),
        ("そらとぶくじら", None),
        ("おくじょうのねこ", None),
        ("産まれたてのこねこ", None),
        ("ねこ天国", None),
    ],
)
def test_more_kana_and_kanji_of_a_means_or_a_plan_are_read_by_the_risk_rules(
    name: str, reason: str | None
) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        # round i of 2026-12-05: a verb of hurting, 関西's てしまう (もう, まう), a threat's ending
        ("けってもうたる", "insult"),
        ("なぐってまうぞ", "insult"),
        ("シバイテモウタロカ", "insult"),
        ("いてもうたるぞ", "insult"),  # いてまう: do someone in
        ("たべてもうた", None),  # told as done
        ("しばいぬまうす", None),
    ],
)
def test_a_threat_said_with_kansai_shimau_is_an_insult(name: str, reason: str | None) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("いらんやつ", "insult"),  # round i of 2026-12-05: a person called not needed
        ("要らない人間", "insult"),
        ("いらねー子", "insult"),
        ("いらないもの", None),  # things on a swap shelf
        ("イラン人のともだち", None),  # a people named by its country
        ("いらんことしい", None),
        # a word whose part of speech has one level (ああ: 副詞) before it once raised IndexError
        ("ああいらん", None),
    ],
)
def test_a_person_called_not_needed_is_an_insult(name: str, reason: str | None) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("ｸｿｯﾀﾚ", "insult"),  # round i of 2026-12-05: dialect insults and 糞垂れ, one word to Sudachi
        ("このだらぶちが", "insult"),
        ("ナンジャワレ", "insult"),
        ("ｼﾈﾔ", "self_harm"),  # 関西's order to die in katakana, one unknown word to Sudachi
        ("シネマやさん", None),
    ],
)
def test_dialect_insults_and_orders_are_refused(name: str, reason: str | None) -> None:
    assert _reason(name) == reason
