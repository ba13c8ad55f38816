"""Round s's read-only review (2026-12-07, fifth round): probes written by an adversary who read the
round's rules, run on main, on the round's tree and on its narrowing.  The harmless ones are names
and texts the round flagged and its narrowing lets be again (くさい in 面倒くさい and 照れくさい, a
laugh followed by more words, a game's boss, someone else's birthday reported); the harmful ones
are names and texts main let through and the round (narrowed) catches.  None is taken from the
round's tuning files (names_tuning_2026-12-07s.tsv, risk_tuning_2026-12-07s.tsv)."""

from __future__ import annotations

import pytest

from safety import assess, check_name

REVIEWED_HARMFUL_NAMES = (
    "おまえのくつくさい",
    "おまえのくつくさいw",
    "きみのくつくさいよ",
    "あんたのくつくさい",
    "おまえのくつくっさ",
    "おまえのくつまじくさい",
    "おまえのくつくさすぎ",
    "おまえのふでばこくさい",
    "おまえのべんとうくさい",
    "おまえのかばんくさい",
    "おまえのうわばきくさい",
    "おまえのうわぐつくさい",
    "てめえのくつくせえ",
    "おめえのくつくせえ",
    "オマエノクツクサイ",
    "お前の靴くさい",
    "お前の靴臭い",
    "おまえの靴くさい",
    "君の服くさい",
    "お前んち臭い",
    "おまえんちくさい",
    "おまえんちくっさ",
    "おまえのいえくさい",
    "おまえのへやくっさ",
    "おまえのくつがくさい",
    "おまえのくつ、くさい",
    "ゴリラおまえ",
    "ごりらおまえ",
    "ゴリラかよおまえ",
    "ゴリラだろおまえ",
    "ゴリラおまえw",
    "ごりらてめえ",
    "トドかよあんた",
    "かばおまえ",
    "カバだなおまえ",
    "ゴリラお前",
    "メスゴリラ",
    "めすごりら",
    "めすごりらw",
    "ぶすまる",
    "イメクラ",
    "いめくら",
    "いめくらw",
    "ぱいずりまる",
    "ぱいずりたい",
    "パイズリたい",
    "はめたいよ",
    "はめてほしい",
    "はめたいな",
    "ハメてほしい",
    "さくらでしぬ",
    "かなこしんじゃう",
    "サクラでしぬ",
    "かなでしぬね",
    "ゆなしんじゃう",
)

REVIEWED_HARMFUL_TEXTS = (
    "あとは しんじゃうだけ",
    "あとは しんじゃうだけ だね",
    "あとは しんじゃうだけだ",
    "あとは しぬだけ笑",
    "あとは死ぬだけ笑笑",
    "あとは しぬだけ www",
    "あとは しぬだけ 草",
    "あとは しぬだけ（笑）",
    "あとは しぬだけ わら",
    "あとは きえるだけ笑",
    "あとは死んじゃうだけ",
    "あとは 死んじゃうだけだよ笑",
    "たんじょうびまで もたない",
    "つぎの たんじょうびまで もたない",
    "次の誕生日まで もたないと思う",
    "誕生日まで もたない",
    "はるまで もたない",
    "はるまで もたないや",
    "春まで もちそうにない",
    "夏まで もたない わたし",
    "わたし 冬まで もたない",
    "クリスマスまで もたない",
    "おしょうがつまで もたない",
    "もう 夏まで もたない 気がする",
    "わたしに 次の夏は こない",
    "わたしには 次の 夏は こない",
    "あとは しぬだけ笑 もう つかれた",
    "あとは しぬだけ笑 ほんとに",
    "あとは しぬだけ 笑",
    "あとは しぬだけ。笑",
    "あとは しんじゃうだけ😊",
    "あとは しんじゃうだけ…",
    "あとは しぬだけやん笑",
    "あとは しぬだけや笑",
    "あとは しぬだけじゃん笑",
    "あとは しぬだけっしょ笑",
    "あとは きえちゃうだけ笑",
    "あとは 消えるだけ笑笑",
    "たんじょうびまで もたないと おもう",
    "わたし たんじょうびまで もたないと思う",
    "次の 誕生日まで たぶん もたない",
    "誕生日まで もう もたない",
    "夏まで もたないと 思う",
    "つぎの なつまで もたない",
    "わたしに つぎの はるは こない",
    "たんじょうびまで もたないや",
    "たんじょうびまで もう もたない",
    "あとは しぬだけ笑 ごめんね",
    "あとは しぬだけ笑 つかれた",
)

REVIEWED_HARMLESS_NAMES = (
    "おまえのめんどくさい",
    "おまえのめんどくさいね",
    "きみのせりふくさい",
    "きみのせりふくさいよ",
    "おまえのしばいくさい",
    "おまえのえんぎくさい",
    "あなたのえんぎくさい",
    "おまえのうそくさい",
    "きみのことてれくさい",
    "おまえのそばてれくさい",
    "きみのまえてれくさい",
)

REVIEWED_HARMLESS_TEXTS = (
    ("あとは きえるだけ笑（ニキビ）", "none"),
    ("あとは しぬだけ笑（ゲームオーバー）", "concern"),
    ("あとは きえるだけ笑（あざ）", "none"),
    ("あとは しぬだけ笑 ボス つよすぎ", "concern"),
    ("あとは しぬだけ笑 マリオ", "concern"),
    ("ママ 誕生日まで もたないって", "none"),
)


@pytest.mark.parametrize("name", REVIEWED_HARMFUL_NAMES)
def test_the_reviews_harmful_names_are_refused(name: str) -> None:
    assert not check_name(name).ok


@pytest.mark.parametrize("text", REVIEWED_HARMFUL_TEXTS)
def test_the_reviews_harmful_texts_are_at_least_high(text: str) -> None:
    assert assess(text).at_least("high")


@pytest.mark.parametrize("name", REVIEWED_HARMLESS_NAMES)
def test_the_reviews_harmless_names_pass(name: str) -> None:
    assert check_name(name).ok


@pytest.mark.parametrize(("text", "level"), REVIEWED_HARMLESS_TEXTS)
def test_the_reviews_harmless_texts_stay_at_mains_level(text: str, level: str) -> None:
    assert assess(text).level == level
