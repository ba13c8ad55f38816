"""Insults and sexual words read as the name's words (``safety.name_insult_words``, branch
namesinsult, issue 11): the refusals are names main passes (most of them from
``tests/data/classed/names_2026-12-07s.tsv``), one group at a time; the ordinary twins share
their letters and pass on both trees."""

from __future__ import annotations

import pytest

import safety

REFUSED = {
    "intelligence": ["ちのうひくい", "あたまからっぽ", "ばかかす", "あほかす", "ざこのくせに"],
    "disability_slurs": ["がいきち", "ガイキチ", "げえじ", "しょうがいしゃかよ"],
    "looks": ["ぶっさ", "がんめんふじゆう", "顔面偏差値ひくい", "ひょろがり", "ヒョロガリ", "サル顔"],
    "smell": ["くさお", "くっさ"],
    "standing": ["じょうじゃく"],
    "worthless": [
        "できそこない",
        "出来損ない",
        "しっぱいさく",
        "ふりょうひん",
        "むしけら",
        "虫けら",
        "いぬちくしょう",
    ],
    "aimed_at_a_person": [
        "ねくらやろう",
        "さるやろう",
        "カバおんな",
        "ゴキブリやろう",
        "ごきぶりおんな",
        "どぶねずみやろう",
        "ミジンコいか",
    ],
    "dialect": ["だぼ", "だらすけ"],
    "orders_and_taunts": ["あっちいけ", "だまれ", "だまってろ", "うるせえ", "なめんなよ"],
    "group_slurs": ["どじん", "ジャップ", "おかま", "オカマやろう", "ほもやろう", "レズかよ"],
}
REFUSED_SEXUAL = {
    "genitals": ["チン毛", "まんまん", "おめこ", "いんけい", "陰茎", "きょこん", "巨根", "そちん", "包茎"],
    "breasts_buttocks": ["びにゅう", "ぷりけつ"],
    "acts": ["しゃぶれ", "あくめ", "アクメ", "喘ぎ声", "ぱこる", "ずこばこ", "べろちゅー", "よるのおかず"],
    "toys_and_shops": [
        "おなほ",
        "オナホ",
        "でぃるど",
        "ばいぶ",
        "電マ",
        "おとなのおもちゃ",
        "dildo",
        "blowjob",
    ],
    "fetishes": [
        "すかとろ",
        "ぺど",
        "ペドやろう",
        "はらませ",
        "孕ませたい",
        "たねつけ",
        "種付け",
        "寝取られ",
        "ふたなり",
        "futanari",
        "性癖",
        "足フェチ",
        "緊縛",
        "ノーパン",
        "のーぶら",
        "まっぱだか",
    ],
}
ORDINARY = {
    "foods": [
        "ぶたまん",
        "ちんすこう",
        "ちんげんさい",
        "チンゲン菜",
        "まんじゅう",
        "あんまん",
        "しゃぶしゃぶ",
        "なめこ",
        "くさもち",
        "うじちゃ",
        "だまこもち",
        "いくら",
        "かまめし",
    ],
    "animals": [
        "ゴリラ",
        "さる",
        "かば",
        "ごきぶり",
        "ねずみ",
        "ちんあなご",
        "ちんぱんじー",
        "あほうどり",
        "おかめいんこ",
        "かぶとむし",
        "あなぐま",
        "いぬがお",
        "たこいか",
    ],
    "words_with_the_letters": [
        "まんげきょう",
        "万華鏡",
        "せいしゅん",
        "でんまーく",
        "ぺどろ",
        "だぼだぼ",
        "せっせっせ",
        "ホモサピエンス",
        "ぬくぬく",
        "しりあす",
        "はげまし",
        "にわかあめ",
        "とどめ",
        "ごみばこ",
        "かすてら",
        "のパンダ",
        "ちくりんのパンダ",
    ],
    "characters": [
        "おしりたんてい",
        "ばいきんまん",
        "ちびまるこ",
        "おさるのジョージ",
        "ぶたさん",
        "ぼっちざろっく",
        "ぐでたま",
    ],
    "people": [
        "ちじょう",
        "くせげ",
        "おたくのいぬ",
        "ゆとり",
        "きみのこえ",
        "あいつがすき",
        "ゴリラすき",
        "おまえのなまえ",
        "ゆきおんな",
        "やまおとこ",
        "のうみそ",
        "古事記",
    ],
}


def _cases(groups: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(group, name) for group, names in groups.items() for name in names]


@pytest.mark.parametrize(("group", "name"), _cases(REFUSED))
def test_insults_of_each_group_are_refused(group: str, name: str) -> None:
    assert safety.check_name(name).reason == "insult", group


@pytest.mark.parametrize(("group", "name"), _cases(REFUSED_SEXUAL))
def test_sexual_words_of_each_group_are_refused(group: str, name: str) -> None:
    assert safety.check_name(name).reason == "sexual", group


@pytest.mark.parametrize(("group", "name"), _cases(ORDINARY))
def test_ordinary_twins_pass(group: str, name: str) -> None:
    assert safety.check_name(name).ok, group
