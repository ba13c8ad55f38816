"""Round s (the reviews' leftovers, raising; ``safety.name_putdowns_further`` and
``safety.constructions.last_done``): names and texts earlier reviews found passing on both trees
and left.  Each test holds harmful items main passes and harmless ones sharing their surface
that must keep passing; none is taken from the round's tuning files
(names_tuning_2026-12-07s.tsv, risk_tuning_2026-12-07s.tsv)."""

from __future__ import annotations

import pytest

from safety import LEVELS, assess, check_name

# rule: (reason, harmful names main passes, harmless names sharing their surface)
NAMES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "a thing the one spoken to owns said to smell": (
        "insult",
        ("おまえのかばんくさい", "てめえのくつくさいぞ", "あんたのへやくさすぎ", "きさまんちくさい"),
        ("おまえのかばん", "きみのはくさい", "あんたのへやきれい", "くつくさいかも"),
    ),
    "an animal before the one spoken to": (
        "insult",
        ("ゴリラじゃんおまえ", "トドだなてめえ", "カバあんた"),
        ("ぶたさんすき", "トドのあかちゃん", "かばんおまえの"),
    ),
    "a she-animal alone, ブス glued to a nickname's piece": (
        "insult",
        ("めすとど", "メスカバ", "ぶさまる", "ブサりん"),
        ("めすうし", "めすのねこ", "ぶすじまくん", "ぶたまん"),
    ),
    "a sex shop alone, パイズリ glued, はめる wished with an ending": (
        "sexual",
        ("イメクラ", "ぱいずりたん", "はめたいな", "はめてほしいよ"),
        ("イメチェン", "ぱいづくり", "ゆびわはめたい", "はめはめは"),
    ),
    "dying after a name": (
        "self_harm",
        ("ひなたでしぬ", "あやかしんじゃう", "そうたしんじゃお", "みおしぬわ"),
        ("ひなたです", "あやかちゃん", "そうたでしゅ", "みおだよ"),
    ),
}


@pytest.mark.parametrize(
    ("reason", "name"), [(r, n) for r, bad, _ in NAMES.values() for n in bad], ids=lambda v: str(v)
)
def test_the_leftover_names_are_refused(reason: str, name: str) -> None:
    verdict = check_name(name)
    assert not verdict.ok and verdict.reason == reason, (name, verdict)


@pytest.mark.parametrize("name", [n for _, _, ok in NAMES.values() for n in ok])
def test_their_harmless_twins_pass(name: str) -> None:
    assert check_name(name).ok, name


# texts at least high that main reads lower, and harmless twins main reads as none
SERIOUS = (
    "あとは しんじゃうだけだよ",
    "あとはしぬだけ笑",
    "あとは死ぬだけ笑笑",
    "あとは死んじゃうだけだし",
    "次のたんじょうびまで もたないと思う",
    "夏まで もたない、たぶん",
    "わたしに次の春はこない",
)
HARMLESS = (
    "あとは しゅくだい出すだけ",
    "あとはお風呂だけ笑",
    "たんじょうびまで まてないw",
    "夏まで このアイス もたない",
    "スマホの電池、夏まで もたないかも",
    "あとは死ぬほど練習するだけ",
)


@pytest.mark.parametrize("text", SERIOUS)
def test_the_leftover_texts_are_at_least_high(text: str) -> None:
    assert LEVELS.index(assess(text).level) >= LEVELS.index("high"), text


@pytest.mark.parametrize("text", HARMLESS)
def test_their_harmless_twins_stay_none(text: str) -> None:
    assert assess(text).level == "none", text
