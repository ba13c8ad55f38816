"""The display-name policy, on examples and on the labelled set in tests/data/."""

from __future__ import annotations

import pytest

import safety
from loadtest.name_ways import long_way
from safety.evaluation import (
    GOAL_BYPASS_REFUSED,
    GOAL_ORDINARY_REFUSED,
    NameItem,
    parse_name_set,
)
from safety.messages import REASONS
from tests.support.names import reason as _reason
from tests.support.tuning_data import DATA, data_text


@pytest.fixture(scope="module")
def name_set() -> list[NameItem]:
    return parse_name_set(data_text("name_set.tsv"))


def test_the_set_is_big_enough(name_set: list[NameItem]) -> None:
    assert len(name_set) >= 200
    assert sum(n.expected != "ok" for n in name_set) >= 100
    assert sum(n.expected == "ok" for n in name_set) >= 100


def test_bypass_attempts_are_refused(name_set: list[NameItem]) -> None:
    bypass = [n for n in name_set if n.expected != "ok"]
    let_through = [n.name for n in bypass if safety.check_name(n.name).ok]
    assert 1 - len(let_through) / len(bypass) >= GOAL_BYPASS_REFUSED, let_through


def test_ordinary_names_are_accepted(name_set: list[NameItem]) -> None:
    ordinary = [n for n in name_set if n.expected == "ok"]
    refused = [
        (n.name, safety.check_name(n.name).reason) for n in ordinary if not safety.check_name(n.name).ok
    ]
    assert len(refused) / len(ordinary) <= GOAL_ORDINARY_REFUSED, refused


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("ゆう09012345678", "contact"),
        ("ＬＩＮＥ", "contact"),
        ("l i n e", "contact"),
        ("でぃすこーど", "contact"),
        ("insta_yuu", "contact"),
        ("ゆう@ig", "contact"),
        ("ぜろきゅうぜろいちにさん", "contact"),
        ("しね", "self_harm"),
        ("タヒね", "self_harm"),
        ("4ね", "self_harm"),
        ("ｼﾈ", "self_harm"),
        ("えいえんにねむりたい", "self_harm"),
        ("ずっとねむりたい", "self_harm"),
        ("おわりにしたい", "self_harm"),
        ("二度とねむりたい", "self_harm"),
        ("しにがみ", "self_harm"),
        ("しにがみちゃん", "self_harm"),
        ("ニガー", "insult"),
        ("ばか", "insult"),
        ("えっち", "sexual"),
        ("もりさん", "staff"),
        ("スタッフ", "staff"),
        ("運営", "staff"),
        ("管理人", "staff"),
        ("admin", "staff"),
        ("ロボ", "staff"),
        ("ゆうㅎ", "chars"),  # pictures are allowed (🌸), hangul syllables too; loose hangul letters are not
        ("あいうえおかきくけこさしす", "too_long"),
        ("", "empty"),
        ("\u200b \u200b", "empty"),
    ],
)
def test_refusals_give_the_reason(name: str, reason: str) -> None:
    verdict = safety.check_name(name)
    assert (verdict.ok, verdict.reason) == (False, reason)


ORDINARY = ["ゆう", "かすみ", "くずもち", "しのぶ", "ころも", "三四郎", "みか2", "Yuki"]


@pytest.mark.parametrize("name", ORDINARY)
def test_ordinary_names_pass(name: str) -> None:
    verdict = safety.check_name(name)
    assert verdict.ok and verdict.reason is None and verdict.name == name


def test_the_name_comes_back_cleaned() -> None:
    verdict = safety.check_name("  ﾊﾙ\u200b ")
    assert verdict.ok and verdict.name == "ハル"


def test_the_limit_is_twelve_characters() -> None:
    assert safety.MAX_NAME_CHARS == 12
    assert safety.check_name("あ" + "いうえおかきくけこさし").ok  # 12
    assert safety.check_name("あいうえおかきくけこさしす").reason == "too_long"  # 13


def test_non_text_is_refused_not_raised() -> None:
    assert safety.check_name(None).reason == "chars"  # type: ignore[arg-type]
    assert safety.check_name(123).reason == "chars"  # type: ignore[arg-type]


def test_huge_names_are_refused_quickly() -> None:
    assert safety.check_name("あ" * 1_000_000).reason == "too_long"


@pytest.mark.parametrize("reason", [*REASONS, "something_new"])
def test_every_reason_has_a_kind_sentence(reason: str) -> None:
    message = safety.refusal_message(reason)
    # Gentle endings only; a kind sentence asks, it does not order.
    assert message.endswith(("ね", "よ"))
    for harsh in ("だめ", "ダメ", "禁止", "いけません", "がんばって"):
        assert harsh not in message


def test_refusal_messages_differ_by_reason() -> None:
    messages = {safety.refusal_message(r) for r in REASONS}
    assert len(messages) == len(REASONS)
    assert "12" in safety.refusal_message("too_long")


# --- issue 11: names judged by the words they are made of -------------------------


@pytest.mark.parametrize(
    "name",
    [
        "しねらりあ",
        "あほうどり",
        "ばかうけ",
        "ごみばこ",
        "えっちゃん",
        "ころすけ",
        "こころ",
        "もりの",
        "はげたか",
        "毒島",
        "ぶすじまくん",
        "にがて",
        "にがうりちゃん",
        "にがつうまれ",
    ],
)
def test_ordinary_words_that_contain_a_fragment_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("おまえしね", "self_harm"),  # the word stands as a word of its own
        ("しねらりあしね", "self_harm"),  # the allow-listed flower is taken out, the rest judged
        ("ばかやろう", "insult"),
        ("くそがき", "insult"),
    ],
)
def test_a_bad_word_standing_as_a_word_is_refused(name: str, reason: str) -> None:
    assert (safety.check_name(name).ok, safety.check_name(name).reason) == (False, reason)


def test_the_allow_list_is_what_lets_a_fragment_word_through() -> None:
    from safety import name_reading

    assert "ばかうけ" in name_reading.ORDINARY
    assert name_reading.read("ばかうけ").pieces() == []
    assert name_reading.read("ばかうけばか").pieces() == ["ばか"]


@pytest.mark.parametrize(
    "name",
    ["ぜろきゅうぜろ", "れいはちれいいち", "〇九〇", "ぜろにぜろ", "090いちに", "零九零"],
)
def test_phone_numbers_read_out_in_kana_or_kanji_are_contact(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize("name", ["いちご", "さんご", "はちみつ", "くしまる", "しちごさん", "ななみ"])
def test_number_words_inside_ordinary_names_pass(name: str) -> None:
    assert safety.check_name(name).ok


@pytest.mark.parametrize(
    "name",
    # かかお alone is the food since 2026-12-03 (names round of 2026-12-03, below); Latin kakao is the app's
    ["kakao", "ディスコ", "テレグラム", "ワッツアップ", "スナチャ", "らいんやって", "ゆーちゅーぶ"],
)
def test_messaging_apps_are_contact(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize("name", ["あおうよ", "あいにきて", "あえるひと", "オフ会", "まちあわせ", "会いたい"])
def test_meeting_is_contact(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize("name", ["あい", "あいり", "あいちゃん", "あおい"])
def test_names_that_sound_like_meeting_pass(name: str) -> None:
    assert safety.check_name(name).ok


@pytest.mark.parametrize(
    "name", ["もりさん", "ロボ", "スタッフ", "運営", "かくれが", "もりです", "ス夕ッフ", "口ボ", "もりさーん"]
)
def test_impersonating_the_caretaker_or_staff_is_refused(name: str) -> None:
    assert safety.check_name(name).reason == "staff"


@pytest.mark.parametrize(
    "name", ["しね", "4ね", "ｼﾈ", "じさつ", "リスカ", "きえたい", "シ二タイ", "しにたがり", "きえたがり"]
)
def test_self_harm_names_keep_their_reason_code(name: str) -> None:
    # the browser answers these with a warm word and the hotline card
    assert safety.check_name(name).reason == "self_harm"


def test_the_classed_tuning_names_hold() -> None:
    from safety.evaluation import parse_classed_names

    items = parse_classed_names(data_text("classed/names.tsv"))
    assert len(items) >= 130
    wrong = [n.name for n in items if safety.check_name(n.name).ok == n.refuse]
    assert len(wrong) <= 2, wrong


# --- the names round of 2026-12-02: folds and rules, each with a name that needs it ---


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("ぅざい", "insult"),  # a small vowel where none combines is the big one
        ("しねええええ", "self_harm"),  # held vowels
        ("shiネ", "self_harm"),  # romaji written against kana
        ("k1ll", "self_harm"),  # digits in a Latin word read as letters
        ("k 1 l l", "self_harm"),  # spaced out
        ("ぶっす", "insult"),  # a small っ slipped in
        ("スッタッッフ", "staff"),  # … also into a word that has one of its own
        ("タッヒね", "self_harm"),
        ("スーナーチーャ", "contact"),  # a ー never stands before a small kana
        ("ち🍫ん🍫こ", "sexual"),  # pictures between letters
        ("千🍫ン🍫コ", "sexual"),
        ("バ 力", "insult"),  # two look-alike letters spaced apart
        ("4h0", "insult"),  # romaji too short to be read on its own
        ("ｵｰﾃﾞｨｰ", "self_harm"),  # Latin letters spelled in kana: "od"
        ("あいでぃー", "contact"),
        ("れーきゅーれーよん", "contact"),  # long vowel marks in number words
        ("あいたいひと募集", "contact"),
        ("ゆう🔪", "self_harm"),  # pictures of a method
        ("📞ください", "contact"),
        ("ゆい🍆", "sexual"),
        ("しにたすぎ", "self_harm"),  # the wish stem 死にた- in any ending
        ("ろりこん", "sexual"),
        ("どこすみ", "contact"),  # asking where one lives
        ("通話しよ", "contact"),  # calls, voice chat, follows, friend requests
        ("フォローして", "contact"),
        ("あいましょ", "contact"),
    ],
)
def test_disguises_and_new_rules_are_refused(name: str, reason: str) -> None:
    assert (safety.check_name(name).ok, safety.check_name(name).reason) == (False, reason)


@pytest.mark.parametrize(
    "name",
    [
        "ルーカス",  # a person's name is one word: no かす in it
        "キャロライン",  # … no ライン
        "エロイーズ",
        "ロボロフスキー",  # a long dictionary word: no ロボ in it
        "カスタード",
        "さくら🌸",  # pictures are allowed
        "ゆき❄️",
        "りょう～",  # NFKC makes ～ a ~
        "ティナ",  # small vowels where they combine
        "ウォーター",
        "しょうた",
        "おねえさん",  # one vowel after its like is a word, not a held vowel
        "ゆい(*^^*)",  # a face
        "ねむい…",  # NFKC makes it three dots
        "かすが",  # a place and family name (allow-list): not かす + が
        "くずは",
    ],
)
def test_ordinary_names_after_the_new_folds_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [("yuu.com", "contact"), ("ゆう.jp", "contact"), ("し*ね", "self_harm"), ("Y.U.U.C.O.M", "chars")],
)
def test_dots_and_stars_allowed_for_faces_still_hide_nothing(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


def test_od_next_to_kana_is_still_the_latin_word() -> None:
    # "od" ends in a consonant, so it is not read as romaji (「おっちゃん」): it stays "od"
    assert safety.check_name("odちゃん").reason == "self_harm"


def test_short_dictionary_words_are_read_inside() -> None:
    # エロゲ is in the dictionary, but short: the words inside it still count
    assert safety.check_name("エロゲ").reason == "sexual"
    assert safety.check_name("インスタヤッテル").reason == "contact"


@pytest.mark.parametrize("name", ["ゆい", "しょうた", "ソフィア", "ミナト", "ひなた", "ティナ"])
def test_plain_kana_names_take_the_fast_path(name: str) -> None:
    from safety import names

    assert names._plainly_ordinary(name)


@pytest.mark.parametrize(
    "name",
    [
        "しね",
        "きぇ",
        "シッネ",
        "ばかうけ",
        "ゆー",
        "たひね",
        "ぜろいちにさん",
        "おーでぃー",
        "しにたがり",
        "ねええ",
        "ばか🌸",
    ],
)
def test_anything_not_plainly_ordinary_takes_the_long_way(name: str) -> None:
    from safety import names

    assert not names._plainly_ordinary(name)


# Names the fast path passed while the long way refused them (read both ways, 2026-12-06e): a
# name holding a reading the fast path does not look for now goes the long way, so both give one
# answer; the ordinary ones among them the long way now reads as ordinary too.
_READ_BOTH_WAYS = [
    ("こいぞか", False),
    ("ちびがき", False),
    ("ヤクルトこよ", True),  # こよ is no proposal (name_meeting.COMING_FORMS, round i of 2026-12-06)
    ("アオを", False),
    ("オリバー", True),
    ("をとめ", True),
    ("あわじ", True),
    ("あわじしま", True),
    ("あわへん", True),
    ("あわず", True),
    ("あわずにいる", True),
    ("あわへんみゆ", True),
    ("ぼけぼけ", False),
    ("ロイネルトワ", False),
    ("とわ", True),
    ("あいづわかまつあわじしま", True),
    ("はこい", True),
    ("テコイ", True),
    ("すぐこい", False),
]


@pytest.mark.parametrize(("name", "ok"), _READ_BOTH_WAYS)
def test_both_ways_give_one_answer(name: str, ok: bool) -> None:
    assert safety.check_name(name).ok is ok, safety.check_name(name)
    assert long_way(name) == safety.check_name(name)


def test_both_ways_agree_on_random_plain_names() -> None:
    # uniform letters, and pieces that hold a meeting verb's sound, an insult or an app's word
    # glued to names (1 in ~300 of such names differed before: docs/performance.md, round of
    # 2026-12-06 (names' fast path))
    import random

    from safety import names

    rng = random.Random(6)
    letters = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
    letters += "がぎぐげござじずぜぞだでどばびぶべぼぱぴぷぺぽ"
    pieces = ["あわ", "じ", "しま", "へん", "ず", "にいる", "こい", "こよ", "くる", "ぞか", "ちび", "がき"]
    pieces += ["ボケ", "ヤクルト", "あえ", "ん", "ゆい", "はると", "さくら", "みゆ", "ソラ", "リク", "あおい"]
    plain = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 6))) for _ in range(1500)]
    plain += ["".join(rng.choice(pieces) for _ in range(rng.randint(2, 4)))[:12] for _ in range(1500)]
    fast = [n for n in dict.fromkeys(plain) if names._plainly_ordinary(n)]
    assert len(fast) >= 1500
    assert [n for n in fast if not long_way(n).ok] == []


@pytest.mark.parametrize(
    "name",
    [
        *("あわじ", "あわじしま", "あわへん", "あわへんかった", "あわず", "あわずにいる", "あいません"),
        *("会いたくない", "会えないけど", "会わへん"),
    ],
)
def test_a_meeting_said_not_to_happen_asks_nothing(name: str) -> None:
    # Kansai へん, polite ません, classical ず and じ (also the island, 淡路) negate the verb as
    # ない does (「こない」)
    from safety.name_meeting import invites_meeting

    assert not invites_meeting(name)
    assert long_way(name).ok


@pytest.mark.parametrize(
    "name",
    [
        "あわへんか",
        "あわない？",
        "会わん？",
        "うちこない",
        "会いませんか",
        "あわないとね",
        "あわへん？",
        "会わないか",
    ],
)
def test_a_meeting_asked_with_a_negation_still_invites(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize(
    "name",
    [
        *("あう？", "いつあう？", "会う？", "おあいしましょう", "おあいしませんか", "おあいしたいです"),
        *("お目にかかりたい", "おめにかかりたいです"),
    ],
)
def test_meeting_asked_plainly_or_humbly_invites(name: str) -> None:
    # 会う asked alone, and the humble お会いする / お目にかかる written in kana
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize("name", ["おあいそ", "おめにかかれて", "あうん", "会う", "にあう？", "おあいこ"])
def test_words_near_a_humble_meeting_stay_names(name: str) -> None:
    assert safety.check_name(name).ok


def test_the_fast_path_agrees_with_the_long_way_on_the_tuning_names() -> None:
    from safety import names
    from safety.evaluation import parse_classed_names

    items = [
        n
        for path in sorted((DATA / "classed").glob("names*.tsv"))
        for n in parse_classed_names(path.read_text(encoding="utf-8"))
    ]
    fast = [n.name for n in items if names._plainly_ordinary(n.name)]
    assert len(fast) >= 40
    original = names._plainly_ordinary
    try:
        names._plainly_ordinary = lambda name: False  # type: ignore[assignment]
        slow = {n: safety.check_name(n).ok for n in fast}
    finally:
        names._plainly_ordinary = original  # type: ignore[assignment]
    assert all(slow.values()), [n for n, ok in slow.items() if not ok]


def test_past_four_names_length_nothing_more_is_read() -> None:
    # NFKC can make one character eighteen (ﷺ): a name that long is too long, whatever follows
    assert safety.check_name("ﷺ" * 3 + "しね").reason == "too_long"
    assert safety.check_name("しね" + "ﷺ" * 3).reason == "self_harm"


# --- the names round of 2026-12-02c: judged on a fresh set before the rules were read ---


@pytest.mark.parametrize(
    "name",
    [
        "ゆい2011",
        "ひな☆0303",
        "そうた0815",
        "七五三",
        "一二三",
        "九十九",
        "三三七拍子",
        "sora2010",
        "kaito_0505",
        "Mei0714",
    ],
)
def test_a_year_a_birthday_or_a_counted_number_is_no_phone_number(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "ゆう090",  # three digits from 0: a phone number's start (「ゆう123」 passes since 2026-12-03)
        "yui1234",  # Latin letters and four digits: an id (「ゆい1234」 passes since 2026-12-03 (d))
        "sora20105",
        "yui2011a3",
        "ゆい20と11",
        "〇九〇",
        "一二三四",
        "〇八〇の五五五",
        "に20110",
    ],
)
def test_numbers_that_are_no_year_or_birthday_stay_contact(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize("name", ["インスタント", "シネコン", "カスタネット", "インスタントめん"])
def test_a_listed_word_inside_one_dictionary_noun_is_only_its_letters(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("電話番号", "contact"),
        ("連絡先", "contact"),
        ("セックスフレンド", "sexual"),
        ("インスタライブ", "contact"),
    ],
)
def test_a_listed_word_that_is_a_unit_of_a_compound_still_counts(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize(
    "name",
    [
        "Caroline",
        "Essex",
        "peacock",
        "sunshine",
        "SHINee",
        "badminton",
        "ゆいinstant",
        "lineage",
        "Matthew",
        "Axel",
    ],
)
def test_allow_listed_latin_words_are_taken_out(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [("carolineしね", "self_harm"), ("caroline kill", "self_harm"), ("admin", "staff"), ("st4ff", "staff")],
)
def test_what_is_left_beside_an_allow_listed_latin_word_is_judged(name: str, reason: str) -> None:
    # st4ff: the name's Latin keys fold doubled letters ("staf"), so the words are folded too
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize("name", ["もも🍑", "🍑モモ", "なす🍆", "にゃん(=^ω^=)"])
def test_a_picture_next_to_the_word_it_pictures_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["🍑", "ゆい🍆", "もも🍑💦", "えっちなもも🍑"])
def test_a_picture_with_no_word_of_its_own_keeps_its_reason(name: str) -> None:
    assert safety.check_name(name).reason == "sexual"


@pytest.mark.parametrize(
    "name", ["駅で待ってる", "おうちきて", "泊めてくれる人", "迎えにいくよ", "渋谷集合", "まってるね"]
)
def test_a_verb_of_coming_or_meeting_with_an_ending_is_contact(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize(
    "name", ["まつり", "まつ", "あつまれ", "未来", "きてぃ", "とまと", "こよみ", "いきてる"]
)
def test_the_same_stems_in_words_and_names_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("ゴ三", "insult"),  # 三 is ミ beside katakana
        ("ア厶力", "self_harm"),  # 厶 is ム
        ("ころ4て", "self_harm"),  # 4 for し among kana, not only before ね, に…
        ("4こ4こ", "sexual"),
        ("不死鳥しね", "self_harm"),  # the allow-listed word taken out, the rest judged
        ("エロ本", "sexual"),
        ("うせろ", "insult"),
        ("もり(本物)", "staff"),
        ("そうだんのまど", "staff"),
        ("dcでつなご", "contact"),
        ("うまれたくなかった", "self_harm"),
    ],
)
def test_disguises_and_words_the_fresh_set_found_missing(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize(
    "name", ["ルパン三世", "4ねんせい", "ゆい4さい", "不死鳥", "ちんちん電車", "びっちり", "必死"]
)
def test_those_folds_and_words_leave_ordinary_names_alone(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["りお(´ω｀)", "(´・ω・`)", "ゆい＆りん", "kikuchi", "殺せんせー"])
def test_faces_pairs_surnames_and_a_known_character_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(("name", "reason"), [("kik_yui", "contact"), ("殺せんせーしね", "self_harm")])
def test_next_to_them_the_lists_still_hold(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("オウチキテ", "contact"),  # a meeting verb written in katakana or half-width
        ("ｵｳﾁｷﾃ", "contact"),
        ("千力クノ人", "contact"),  # a kanji after katakana read as after hiragana
        ("ゴー三", "insult"),  # look-alikes and 4 for し across a held ー
        ("こーろー4てー", "self_harm"),
        ("コ口4テ", "self_harm"),
        ("メールして", "contact"),
    ],
)
def test_the_disguised_forms_of_the_new_rules_are_refused(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize("name", ["マッテオ", "キテレツ", "める", "ルパン三世"])
def test_foreign_names_with_the_same_sounds_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("JC2", "sexual"),
        ("kill2", "self_harm"),
        ("フレ募", "contact"),
        ("大阪住み", "contact"),
        ("さようなら世界", "self_harm"),
    ],
)
def test_a_word_with_digits_after_it_and_the_missing_phrases(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize("name", ["x2", "すみれ", "ますみ", "さよなら"])
def test_single_letters_and_names_with_the_same_kana_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


def test_a_shortest_unit_is_read_only_inside_a_long_dictionary_noun() -> None:
    from safety import name_reading

    r = name_reading.read("インスタント")
    assert [surface for _, _, surface in r.nouns] == ["インスタント"]
    assert r.in_unit(0, 4)  # いんすた inside インスタント
    assert not name_reading.read("インスタ").in_unit(0, 4)


@pytest.mark.parametrize("name", ["ゆい☆", "Zoë", "ねこ🐱", "(´・ω・`)", "ゆい&りん"])
def test_the_allowed_characters_are_one_pattern(name: str) -> None:
    from safety import names

    assert names._ALLOWED.fullmatch(names._without_accents(safety.check_name(name).name))


@pytest.mark.parametrize("name", ["ゆい×", "ゆい<3", "ゆい÷", "ゆい{}"])
def test_characters_outside_the_pattern_are_chars(name: str) -> None:
    assert safety.check_name(name).reason == "chars"


@pytest.mark.parametrize("name", ["不死川実弥", "殺生丸", "カスピ海", "クズリ", "コロッセオ", "バカボン"])
def test_names_of_people_places_and_animals_the_dictionary_knows_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [("不死川しね", "self_harm"), ("田中死ね", "self_harm"), ("クズだ", "insult"), ("チカクノ人", "contact")],
)
def test_beside_such_names_the_words_still_count(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


def test_listed_words_have_two_kana() -> None:
    # the look-ups start only where the first two kana of a listed word stand
    from safety import name_reading

    assert min(len(w) for w in (*name_reading.FRAGMENTS, *name_reading.FRAGMENTS_NO_TSU)) >= 2


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("しにてぇ", "self_harm"),  # the held ぇ folds away: the whole name is しにて
        ("逝きたい", "self_harm"),
        ("永眠", "self_harm"),
        ("きめぇ", "insult"),
        ("きっしょ", "insult"),
        ("えちえち", "sexual"),
        ("脱いで", "sexual"),
        ("ようつべ", "contact"),
        ("ツイキャスみて", "contact"),
        ("おうちおいで", "contact"),
        ("同じ学校の人", "contact"),
    ],
)
def test_slang_spellings_and_more_ways_to_be_found(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize("name", ["きっしょう", "ぬいぐるみ", "にこにこ", "えいみ"])
def test_words_sharing_their_kana_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"), [("sh!ne", "self_harm"), ("d!scord", "contact"), ("きんもー", "insult")]
)
def test_an_exclamation_mark_between_letters_is_an_i(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize("name", ["yui!", "hi!", "ゆい!", "きんもくせい"])
def test_an_exclamation_mark_after_a_name_is_one(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "†ゆい†",
        "ゆい∞",
        "●ゆい●",
        "りん→",
        "※ゆい",
        "ゆい❤︎",
        "꒰ゆい꒱",
        "ゆい(´Д｀)",
        "(≧∇≦)ゆい",
        "【ゆい】",
    ],
)
def test_marks_children_decorate_names_with_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"), [("し→ね", "self_harm"), ("し【ね】", "self_harm"), ("らいん→", "contact")]
)
def test_between_letters_they_hide_nothing(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("しωね", "self_harm"),  # face parts are letters to Python, marks in a name
        ("しДにたい", "self_harm"),
        ("ころฅす", "self_harm"),
        ("し〇ね", "self_harm"),  # 々 〆 〇 stand for no kana between kana
        ("ら々いん", "contact"),
        ("き〆えろ", "self_harm"),
        ("しゝね", "self_harm"),  # a repeat mark after kana splits no word either
        ("こゞろす", "self_harm"),
        ("力ゝカオやろ", "contact"),  # also after a look-alike kanji (カカオ alone is a food's name)
        ("こゝろ", None),  # repeat marks and faces in ordinary names
        ("いすゞ", None),
        ("佐々木", None),
        ("〆さば", None),
        ("にゃん(=^ω^=)", None),
        ("ゆい(´Д｀)", None),
    ],
)
def test_face_letters_and_marks_between_kana_hide_nothing(name: str, reason: str | None) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("えっ!ち", "sexual"),  # punctuation and marks between kana split no word
        ("スタッ;フ", "staff"),
        ("バ※力", "insult"),
        ("4・ね", "self_harm"),
        ("s・hine", "self_harm"),  # nor marks no keyboard writes between Latin letters
        ("k1l∀l", "self_harm"),
        ("ゆう・りん", None),
        ("ゆい(*^^*)", None),
        ("ねむい…", None),
    ],
)
def test_punctuation_and_marks_between_letters_hide_nothing(name: str, reason: str | None) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("し1ね", "self_harm"),  # digits between kana split a word as a picture does
        ("きえ12ろ", "self_harm"),
        ("ら1いん", "contact"),
        ("セッ8クス", "sexual"),  # also before a small kana, between kanji
        ("運3営", "staff"),
        ("きゅう〇いちに", "contact"),  # 〇 among kana number words is a zero
        ("ぜろ〇きゅう", "contact"),
        ("6ねん2くみ", None),  # a digit or a circle in an ordinary name
        ("ゆい2ちゃん", None),
        ("ゆう〇", None),
        ("は〇ち", None),
    ],
)
def test_digits_and_kanji_zero_among_kana_hide_nothing(name: str, reason: str | None) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize(("name", "reason"), [("ぶすっとねこ", None), ("ぶっすねこ", "insult")])
def test_a_small_tsu_inside_an_allow_listed_word_is_its_own(name: str, reason: str | None) -> None:
    # no reading without the small っ of 「ぶすっと」, where it would be 「ぶす」
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize("name", ["ばかうまラーメン", "うんこドリル", "ロボコ"])
def test_allow_listed_words_pass_inside_a_name(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["かすたねっと", "ろぼろふすきー", "おしりたんてい"])
def test_loanwords_and_characters_written_in_hiragana_pass(name: str) -> None:
    # the dictionary knows カスタネット, not かすたねっと: the name is also read in katakana
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("おまえしね", "self_harm"),
        ("らいんやって", "contact"),
        ("ぶっす", "insult"),
        ("おしりたんていしね", "self_harm"),
    ],
)
def test_hiragana_words_still_count_read_in_katakana(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize(
    "name", ["アリスカフェ", "ありすかわいい", "ふじさつき", "もりさんぽみち", "りすかわいい"]
)
def test_a_listed_word_made_of_the_ends_of_two_words_passes(name: str) -> None:
    # 「ふじ|さつき」: from inside a place's name; 「もり|さんぽ」: a person's name and the
    # start of the next word; 「りす|かわいい」: a noun and the first kana of the next word
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"), [("もりさんだよ", "staff"), ("さとしにたい", "self_harm"), ("かみまち中", "contact")]
)
def test_a_listed_word_after_or_inside_a_name_that_ends_at_a_word_still_counts(
    name: str, reason: str
) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize("name", ["りすかしたい", "わたしにたい", "あたししにたい"])
def test_a_listed_word_next_to_short_words_still_counts(name: str) -> None:
    assert safety.check_name(name).reason == "self_harm"


@pytest.mark.parametrize("name", ["いちごいちご", "いちにさんし"])
def test_a_strawberry_twice_and_a_count_are_no_phone_number(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["いちにさんよん", "いちいちいちいち", "zerooneone"])
def test_four_longer_number_words_are_still_one(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("泊めてほしい", "contact"),  # a meeting verb with ほしい after it
        ("どこ中", "contact"),  # asking which school
        ("近所の人", "contact"),
        ("中の人", "staff"),
        ("消えよかな", "self_harm"),
        ("しのかな", "self_harm"),
        ("ぼけ", "insult"),
        ("しばくぞ", "insult"),
    ],
)
def test_dialect_and_more_slang_are_refused(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize("name", ["なかのひとみ", "しのかなこ", "きんじょのひとみ", "ぼけっと"])
def test_people_called_so_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


def test_a_doubled_consonant_in_romaji_is_read_without_its_small_tsu() -> None:
    assert safety.check_name("bussu").reason == "insult"
    assert safety.check_name("debut").ok  # a final consonant's っ is no doubled one


def test_a_shortest_unit_counts_its_long_vowel_marks() -> None:
    # ヌードル is four characters, its key ぬどる three: still a word of its own
    assert safety.check_name("ヌードル").ok
    assert safety.check_name("ヌード").reason == "sexual"


@pytest.mark.parametrize("name", ["エロティック", "エロチック", "セックスレス"])
def test_loanwords_made_from_a_listed_word_are_listed(name: str) -> None:
    # a listed word inside a dictionary noun is only letters of it, unless the noun is listed
    assert safety.check_name(name).reason == "sexual"


@pytest.mark.parametrize("name", ["あつまれどうぶつ", "集合写真", "出会い"])
def test_a_meeting_word_inside_a_title_or_before_a_noun_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["みんな集合!", "迎えきて"])
def test_a_meeting_word_the_name_comes_to_is_contact(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


def test_pictured_words_match_in_any_spelling_and_a_wrong_entry_is_named() -> None:
    from safety.names import pictured

    assert pictured({"🍑": ("ピーチ", "ＰＥＡＣＨ")}) == {"🍑": ("ぴーち", "peach")}
    with pytest.raises(ValueError, match="is in no emoji list"):
        pictured({"🌸": ("さくら",)})
    with pytest.raises(ValueError, match="is no word"):
        pictured({"🍑": (12,)})


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("ばぁ力", "insult"),  # 力 for カ after hiragana, a word of its own
        ("り す 力", "self_harm"),
        ("す夕っふ", "staff"),
        ("ばか力", None),  # 馬鹿力: the dictionary's word, strength
        ("りんご八", None),
        ("ゆき二", None),
    ],
)
def test_a_look_alike_kanji_alone_beside_hiragana_is_read_as_katakana(name: str, reason: str | None) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [("本物の宝石", None), ("ほんものの愛", None), ("ほんもの", "staff"), ("ほんものの運営", "staff")],
)
def test_the_real_one_claims_staff_only_alone_or_with_a_staff_word(name: str, reason: str | None) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("うぜぇ", "insult"),  # a held vowel written small at the end (the list has うぜえ)
        ("キモヲタ", "insult"),  # ヲ written for オ
        ("無能なやつ", "insult"),
        ("ろうがい", "insult"),
        ("むのうやく", None),  # 無農薬
        ("キティ", None),  # a small vowel that makes the sound
        ("しをん", None),
    ],
)
def test_held_vowels_written_small_wo_for_o_and_more_insults(name: str, reason: str | None) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("ねむい…zzz", True),  # … is three dots after NFKC: a pause, no domain's dot
        ("rin...", True),
        ("ren.ren", True),  # one dot between two words: a name's since 2026-12-03 (not before a domain)
        ("ren.com", False),
        ("ゆい…com", False),  # still a domain's word
        ("s...e...x", False),
    ],
)
def test_dots_in_a_run_are_a_pause_not_an_address(name: str, ok: bool) -> None:
    assert safety.check_name(name).ok is ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name", ["ゆい(˶ᐢᗜᐢ˶)", "ʕ•ᴥ•ʔ", "ゆい(◕‿◕)", "りお(ﾟ∀ﾟ)", "＼(^o^)／", "ねむ( ˘ω˘ )", "ねこ🐈‍⬛"]
)
def test_more_face_parts_and_pictures_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("しᐢね", "self_harm"),
        ("ば•か", "insult"),
        ("ち‿んこ", "sexual"),
        ("ʕしねʔ", "self_harm"),
        ("ゆい/ig", "contact"),
    ],
)
def test_face_parts_between_letters_hide_nothing(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


# Names round 2026-12-03 (d) (docs/safety.md, "Name policy"): number play, Yahoo, ディスコ in a
# compound, a decorative x, English wishes typed as one word, threats, life refused, look-alike
# kanji beside katakana, ID in capitals, dating apps, an insult made one noun with a person.
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


# --- the names round of 2026-12-03: the policy on short numbers, a name's dot, ``@`` before a
# status and カカオ (a food's name alone is no contact; contact details still do not pass), and
# the spellings of file names_2026-12-03.tsv the rules did not read (docs/history/safety-rounds.md, "Names
# round of 2026-12-03"). Cases already above are not repeated here.

# policy: what is no contact detail


@pytest.mark.parametrize(
    "name",
    [
        "kanon123",  # a name and three digits: no phone number, no id without its app
        "こう123",
        "sora777",
        "yuna.yuna",  # one dot between two words: no domain's
        "mii.chan",
        "aoi.0815",
        "yui.2011",
        "ゆい@受験生",  # a name and what one is busy with: nothing after @ an app could take
        "みお@低浮上",
        "12月3日うまれ",  # a birthday with 月 and 日
        "カカオ",  # a food's name alone
        "かかお",
        "ハイカカオ",
        "カカオ70%",
        "カカオマス",
        "カカオ好き",
        "カカオです",
    ],
)
def test_short_numbers_a_names_dot_a_status_and_a_food_are_no_contact(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        # three digits from 0 (「ゆう090」) and four that are no year or birthday (「yui1234」):
        # test_numbers_that_are_no_year_or_birthday_stay_contact
        ("yu1ka23", "contact"),  # two runs of digits
        ("ゆう1234567", "contact"),
        ("rin.me", "contact"),  # a dot before a top-level domain (「yuu.com」 above)
        ("ゆい.jp", "contact"),
        ("y.u.u", "chars"),  # dotted letters spell an address out
        ("a.b.c", "chars"),
        ("ren.ren.ren", "chars"),  # a second dot
        ("ゆう@ig", "contact"),  # letters after @: a handle
        ("@yui", "contact"),
        ("ゆい@", "contact"),  # a handle to be finished elsewhere
        ("ゆい@いんすた", "contact"),  # an app after @ is refused by its own word
        ("2011年12月3日", "contact"),  # a date and a year: more than one number
        ("ゆい%", "chars"),  # % only after a number
        # the app's own Latin name 「kakao」: test_messaging_apps_are_contact
        ("カカオやってる", "contact"),  # the app used, asked for or given an id
        ("カカオで待つ", "contact"),
        ("かかおしよ", "contact"),
        ("カカオある？", "contact"),
        ("カカオ12", "contact"),
        ("カカオyu", "contact"),
        ("カカオヤロ", "contact"),  # a verb in katakana after it
        ("カカオシヨ", "contact"),
        ("ｶｶｵやろ", "contact"),
        ("カ力オやろ", "contact"),
        ("カカオトーク", "contact"),
        ("力カオ", "contact"),  # a food's name disguised is the app's: nobody disguises a food
        ("かかぁお", "contact"),
        ("カ カ オ", "contact"),
        ("ゆいかかおやろ", "contact"),  # かかお in hiragana where a word starts
        ("あえるか？", "contact"),  # guards beside the Kansai and ね forms read since this round
        ("むかえにいったろか", "contact"),
    ],
)
def test_contact_details_still_do_not_pass(name: str, why: str) -> None:
    assert safety.check_name(name).reason == why


# spellings no rule read


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("オーハチオー", "contact"),  # おー (O) said for zero, held with ー
        ("おらんくなりたい", "self_harm"),  # いなくなりたい in Kansai and the west
        ("おらんようになりたい", "self_harm"),
        ("おらへんようになりたい", "self_harm"),
        ("えいえんにねむる", "self_harm"),  # sleep for ever
        ("永遠の眠りにつきたい", "self_harm"),
        ("とわにねむる", "self_harm"),
        ("成仏したい", "self_harm"),
        ("じしょうちゅう", "self_harm"),  # harm said to be going on now, in kana
        ("しょうめつなう", "self_harm"),
        ("しにとうて", "self_harm"),  # たい said とう in the west
        ("かすやんけ", "insult"),  # a whole-word insult with a copula
        ("くずじゃん", "insult"),
        ("あんぽんたん", "insult"),
        ("あたまわるい", "insult"),
        ("ぱんつうってる", "sexual"),  # underwear sold, in kana
        ("あわへんか", "contact"),  # asked with か, no question mark
        ("来世に期待", "self_harm"),  # the next life hoped for
        ("らいせでがんばる", "self_harm"),
        ("kms", "self_harm"),
        ("ぶっころ", "self_harm"),
        ("いてこますぞ", "insult"),
        ("ちね", "self_harm"),  # baby talk for しね
        ("ちねよ", "self_harm"),
        ("あわんね？", "contact"),  # 会わん asked with ね
        ("とめたるで", "contact"),  # a roof offered in Kansai たる
        ("うちにとめたる", "contact"),
        ("ヵス", "insult"),  # a small ヵ first is the letter
        ("ヵッス", "insult"),
        ("うっぜぇ", "insult"),  # a held small vowel behind a slipped-in っ or held ー
        ("うーぜーぇー", "insult"),
        ("おっらんっくなっりたっい", "self_harm"),
        ("リアルデアソボ", "contact"),  # 遊ぶ after a word of meeting in person
        ("f*ck", "sexual"),  # a vowel hidden by a star
        ("b*tch", "insult"),
        ("k*ll", "self_harm"),
    ],
)
def test_unseen_spellings_are_read(name: str, why: str) -> None:
    assert safety.check_name(name).reason == why


@pytest.mark.parametrize(
    "name",
    [
        "りずむ",  # a loanword of three kana read in katakana (リズム: no ずーむ)
        "♪りずむ♪",
        "背番号7",  # a player's number, not a phone's
        "来世紀",
        "らいせんす",
        "ねむりたい",  # sleepy, not for ever
        "ずっとねむい",
        "せかいがねむるよる",
        "ちねん",  # a family name
        "おらんくなった",  # told, not wanted
        "ためたる",
        "ヵスタード",
        "じしょうてんさい",  # 自称: self-styled
        "しにとうない",  # not wanted
        "かすみやん",
        "むねうつ",
        "あわへん",
        "なかかおる",  # なか + かおる, a family and a given name
        "さかかおる",
        "ねぇねぇ",
        "カフェー",
        "りある",
        "ki*ra",
    ],
)
def test_ordinary_names_near_those_spellings_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("デ2011ィスコ", "contact"),  # a year between letters hides no word
        ("イン2011スタ", "contact"),
        ("L I2011 N E", "contact"),
        ("スナチ12ャ", "contact"),  # nor two digits
        ("47ね", "self_harm"),  # nor a digit beside one standing for a letter
        ("shine777", "self_harm"),  # a number after a word judged apart from it
        ("aho2011", "insult"),
        ("k_i_l_l777", "self_harm"),
        ("もり(本物123)", "staff"),
        ("k1123ll", "contact"),  # digits between Latin letters are no birthday
        ("デ123ィスコ", "contact"),  # three digits only after the name
        ("123ゆう", "contact"),
        ("k1.ll", "chars"),  # a name's dot is between words, not leet
        ("st.4ff", "chars"),
    ],
)
def test_the_digits_and_dots_a_name_may_hold_hide_no_word(name: str, why: str) -> None:
    assert safety.check_name(name).reason == why


@pytest.mark.parametrize("name", ["ゆい2011ちゃん", "2011年生まれ", "3年2組のはな", "sora_777", "ゆう123🌸"])
def test_names_with_their_numbers_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "イブラヒモビッチ",
        "ジョコビッチ",
        "ペトロビッチ",
        "ブスタマンテ",
        "ブスカーリア",
        "ゴミス",
        "シネイド",
        "シネード",
    ],
)
def test_a_short_word_inside_a_foreign_name_in_katakana_is_letters(name: str) -> None:
    # the rest of the katakana word is no word that could stand beside the listed one
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("ブスデブ", "insult"),  # another listed word
        ("ドブス", "insult"),  # a prefix
        ("クズオトコ", "insult"),  # a word for a person
        ("バカナノ", "insult"),  # endings
        ("ブスメ", "insult"),  # a suffix
        ("クソビッチ", "insult"),
        ("オマエシネ", "self_harm"),  # a pronoun
        ("モウシヌ", "self_harm"),  # an adverb before
        ("ダマレブス", "insult"),  # an order before
        ("デブス", "insult"),
        ("ブッス", "insult"),  # a small ッ slipped in is still read away
    ],
)
def test_a_listed_word_with_words_beside_it_in_katakana_is_refused(name: str, why: str) -> None:
    assert safety.check_name(name).reason == why


@pytest.mark.parametrize(
    "name", ["ねこ100ぴき", "100てんまん", "300円のゆめ", "いちごのさんど", "ななのはな"]
)
def test_a_count_of_three_digits_and_number_words_around_a_no_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("オーキューオー", "contact"),  # number words held with ー
        ("ぜろはちぜろのいちに", "contact"),  # a number read out in groups
        ("きゅーぜろ・にーろく", "contact"),
        ("ゆい123ちゃん", "contact"),  # three digits inside a name and no counter
        ("a100ぴき", "contact"),
        ("凸まってる", "contact"),  # come and call in
        ("とつきてね", "contact"),
        ("レグカ", "self_harm"),  # method slang
        ("ぱきりたい", "self_harm"),
        ("メジコン", "self_harm"),
        ("ピー活", "sexual"),
    ],
)
def test_held_and_grouped_numbers_calls_in_and_method_slang_are_refused(name: str, why: str) -> None:
    assert safety.check_name(name).reason == why


@pytest.mark.parametrize("name", ["cocktail", "Hitchcock", "Snape", "peacock", "sextet", "c0cktail"])
def test_a_listed_latin_word_inside_a_word_the_dictionary_knows_is_letters(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("sexy", "sexual"),  # read as the dictionary reads it, in kana: せくしー
        ("porno", "sexual"),
        ("instagram", "contact"),
        ("Messenger", "contact"),
        ("cockyui", "sexual"),  # no word the dictionary knows
        ("sexyui", "sexual"),
    ],
)
def test_latin_words_the_dictionary_reads_as_listed_words_are_refused(name: str, why: str) -> None:
    assert safety.check_name(name).reason == why


@pytest.mark.parametrize("name", ["シネマすき", "シネマだいすき"])
def test_katakana_nouns_are_not_read_again_as_a_sentence_in_hiragana(name: str) -> None:
    # read in hiragana, 「しねますき」 would be しね + ます
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "why"), [("キスシヨ", "sexual"), ("シニマス", "self_harm"), ("キエマス", "self_harm")]
)
def test_a_sentence_in_katakana_is_still_read_in_hiragana(name: str, why: str) -> None:
    assert safety.check_name(name).reason == why


@pytest.mark.parametrize("name", ["希4念慮", "自4願望", "希４念慮"])
def test_a_four_between_kanji_is_read_as_death(name: str) -> None:
    assert safety.check_name(name).reason == "self_harm"


@pytest.mark.parametrize("name", ["3年4組", "第4話", "小4女子", "県4位", "山4郎"])
def test_a_four_before_a_counter_or_in_a_name_stays_a_number(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["ユウトカス", "アヤネブス", "ソウマキモ", "ﾕｳﾄｶｽ", "ソーウーマーキーモー"])
def test_a_given_name_the_dictionary_does_not_know_glued_to_an_insult_is_an_insult(name: str) -> None:
    assert safety.check_name(name).reason == "insult"


@pytest.mark.parametrize("name", ["ダマスカス", "マスカス", "トマトカス", "ジョコビッチ", "ホシクズ"])
def test_a_word_or_a_foreign_word_before_the_insult_letters_is_no_given_name(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["家でゲーム", "家であそぶ", "家でねこ", "部屋でゲーム"])
def test_a_kanji_noun_and_its_particle_are_two_words(name: str) -> None:
    # 家|で reads いえで, the kana of 家出, but the kanji shows the words
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["家出したい", "いえでしたい", "家出中", "師ね", "木モ", "氏ね"])
def test_the_word_itself_and_a_kanji_written_for_its_sound_still_count(name: str) -> None:
    assert not safety.check_name(name).ok


@pytest.mark.parametrize("name", ["メンヘラ女", "メンヘラ男", "地雷女", "ﾒﾝﾍﾗ女"])
def test_a_label_said_of_a_man_or_a_woman_is_an_insult(name: str) -> None:
    assert safety.check_name(name).reason == "insult"


@pytest.mark.parametrize("name", ["メンヘラ", "メンヘラ女子", "地雷系女子", "じらいけい"])
def test_the_label_alone_or_as_a_style_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["あーおーーねー", "アーオーネー", "ｱｰｵｰﾈｰ", "あーおーーやー"])
def test_a_meeting_word_stretched_letter_by_letter_is_contact(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize(
    "name", ["らーめん", "けーき", "あーちゃん", "おーい", "こーひー", "ねーねー", "あーおーい"]
)
def test_ordinary_words_with_held_vowels_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["じしょう中", "ジショウ中", "じしょうしてる", "じしょうした", "ｼﾞｼｮｳ中"])
def test_a_kana_word_of_many_readings_done_as_an_act_is_self_harm(name: str) -> None:
    assert safety.check_name(name).reason == "self_harm"


@pytest.mark.parametrize("name", ["じしょう", "じしょう中学生", "じしょう中2", "じしょう天才"])
def test_the_same_kana_said_of_something_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name", ["あ.そ.ぼ", "あ そ ぼ", "ｱ.ｿ.ﾎﾞ", "あ\u200bそ\u200bぼ", "は・な・そ", "あー.そー.ぼー"]
)
def test_a_bare_proposal_spelled_letter_by_letter_is_contact(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize("name", ["あそぼ", "あそぼう", "ね.こ", "み か ん", "そ.ら", "あそぼ."])
def test_a_bare_proposal_as_written_or_other_words_spelled_apart_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["かかおばたー", "かかおます"])
def test_an_allow_listed_food_that_is_the_whole_name_is_no_app_used(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["かかおしよ", "かかおばたーで待つ", "力カオ"])
def test_the_app_used_beside_or_disguised_is_still_contact(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize("name", ["しんどけ", "4ンドケ", "シンドケ", "きえとけ", "消えとけ"])
def test_an_order_to_stay_dead_or_gone_contracted_is_self_harm(name: str) -> None:
    assert safety.check_name(name).reason == "self_harm"


@pytest.mark.parametrize("name", ["しんどけど", "しんどければ", "しんどい", "しんどけい"])
def test_tired_in_kana_is_no_order(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["あお〜ね", "アオ〜ネ", "あ〜お〜ね〜", "あお～や"])
def test_a_wave_dash_holds_a_vowel_in_a_meeting_word(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize("name", ["すき〜", "ねこ〜", "かお〜ね", "なお〜", "あお〜い"])
def test_a_wave_dash_in_other_names_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name", ["がっこうでしね", "家でしね", "ガッコウデシネ", "駅でしねー", "ここでしね！"]
)
def test_an_order_to_die_told_where_is_refused(name: str) -> None:
    # Sudachi reads でし as an ending after a noun, so the listed しね is not seen as a word.
    assert safety.check_name(name).reason == "self_harm"


@pytest.mark.parametrize("name", ["なでしこ", "でしねこ", "しずかでしねむい", "弟子ね"])
def test_words_around_de_shi_ne_stay_names(name: str) -> None:
    assert safety.check_name(name).ok


@pytest.mark.parametrize("name", ["そらゆき☆", "はな♪♪", "ゆめ🌸", "ヒカリ★", "めい♡", "あおい♥"])
def test_plain_names_with_marks_after_them_take_the_fast_path(name: str) -> None:
    from safety import names

    assert names._marked_plainly_ordinary(name, name)
    assert safety.check_name(name).ok


@pytest.mark.parametrize(
    "name", ["こいぞか☆", "ちびがき♪", "ミカサボケ☆", "マンゴーあお☆", "ばか🌸", "ゆい\u200b☆", "し☆ね"]
)
def test_marked_names_the_fast_path_cannot_answer_take_the_long_way(name: str) -> None:
    from safety import names

    assert not names._marked_plainly_ordinary(safety.check_name(name).name, name)


def test_the_marked_fast_path_agrees_with_the_long_way_on_the_tuning_names() -> None:
    from safety import names
    from safety.evaluation import parse_classed_names

    items = [
        n.name
        for path in sorted((DATA / "classed").glob("names*.tsv"))
        for n in parse_classed_names(path.read_text(encoding="utf-8"))
    ]
    marked = [
        n + mark for n in items for mark in ("☆", "♪🌸") if names._marked_plainly_ordinary(n + mark, n + mark)
    ]
    assert len(marked) >= 80
    # A name too long is refused before the fast path is asked (「かべにあたまぶつけたい♪🌸」):
    # the fast path's word is the verdict only where the whole check would reach it.
    fast = {n: safety.check_name(n) for n in marked}
    original = names._marked_plainly_ordinary
    try:
        names._marked_plainly_ordinary = lambda name, written: False  # type: ignore[assignment]
        slow = {n: safety.check_name(n).ok for n in marked if fast[n].reason != "too_long"}
    finally:
        names._marked_plainly_ordinary = original  # type: ignore[assignment]
    assert all(slow.values()), [n for n, ok in slow.items() if not ok]


@pytest.mark.parametrize("name", ["なんくるないさ", "なんくるない"])
def test_okinawan_it_will_be_all_right_is_no_invitation(name: str) -> None:
    assert safety.check_name(name).ok


@pytest.mark.parametrize("name", ["うちこない", "うちこない？", "あした くる？"])
def test_coming_asked_is_still_an_invitation(name: str) -> None:
    assert not safety.check_name(name).ok


@pytest.mark.parametrize("name", ["こよ", "さくらこよ", "ゆにこよ", "こなら", "こよ☆", "こよっち", "きてぃ"])
def test_coming_the_analyser_misreads_is_no_invitation(name: str) -> None:
    # こよ read as a volitional without its う, こ + なら read as coming: names, not proposals
    assert safety.check_name(name).ok


@pytest.mark.parametrize("name", ["うちこよう", "うちにこい", "くるなら", "うちくるなら", "あそびにきて"])
def test_coming_proposed_or_ordered_is_still_an_invitation(name: str) -> None:
    assert not safety.check_name(name).ok


# 来る read only in the forms people write it in (safety.name_meeting.COMING_FORMS, round i of
# 2026-12-06): one test per form family.  The families that refused before still refuse; what
# Sudachi calls 来る in no such form is not coming.


@pytest.mark.parametrize("name", ["うちにこい", "こっちこいよ", "うちにこいよぉ", "家に来い"])
def test_coming_ordered_with_koi_is_an_invitation(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize("name", ["うちくる？", "家くる？", "うちくるなら", "遊びに来れば", "とまりにくんね"])
def test_coming_in_its_plain_form_asked_or_if_is_an_invitation(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize(
    "name", ["うちこない？", "うちに来ない？", "家にこないか", "うち来ん？", "うち来へん？"]
)
def test_coming_asked_with_a_not_is_an_invitation(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize(
    "name",
    [
        "いっしょにこよう",
        "遊びに来よう",
        "あそびにこよっか",
        "あそびにこよ〜",
        "あそびにこよお",
        "うちにこよ",
        "家に来よ",
    ],
)
def test_coming_proposed_is_an_invitation(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize("name", ["うちにこよか", "家に来よね", "えきでこよね"])
def test_coming_proposed_after_where_with_ka_or_ne_is_an_invitation(name: str) -> None:
    # after a place and に, で or へ the う of こよう may go as in 「いこよ」; 来 in kanji is the
    # verb whatever follows
    assert _reason(name) == "contact"


@pytest.mark.parametrize("name", ["迎えに来れる？", "うちへ来れる"])
def test_coming_that_can_happen_is_an_invitation(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize(
    "name",
    ["あそびにきて", "うちきてね", "あそびにきなよ", "あいにきなさい", "あいにきたよ", "あそびにきませんか"],
)
def test_coming_with_its_te_na_ta_or_masu_is_an_invitation(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize(
    "name", ["とまりにきや", "とまりにきんさい", "とまりにきよ", "おとまりにき", "とまりにき"]
)
def test_coming_in_dialect_or_cut_short_is_an_invitation(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize("name", ["こならた", "こならき", "こならうさみみ", "コナンダラ", "こなり"])
def test_ko_with_no_not_after_it_is_not_coming(name: str) -> None:
    # Sudachi reads こ + なら, なり, なんだら as 来る said not to happen: no one writes it so
    assert safety.check_name(name).ok


@pytest.mark.parametrize("name", ["こよろ", "さくらこよろ"])
def test_koyo_proposing_nothing_is_not_coming(name: str) -> None:
    assert safety.check_name(name).ok


@pytest.mark.parametrize("name", ["くるりんくかえる", "くるくるくかえる"])
def test_ku_alone_is_not_coming(name: str) -> None:
    assert safety.check_name(name).ok


@pytest.mark.parametrize("name", ["コナンはきが", "あわんきさ"])
def test_ki_before_a_particle_no_one_puts_after_it_is_not_coming(name: str) -> None:
    assert safety.check_name(name).ok
