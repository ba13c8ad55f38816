"""Round of 2026-12-05 (g): net speak and slang. タヒ with 死に's に dropped, baby talk's ち for し,
a life shut down like a program, a grave or a coffin wished, cutting urged or done again with
nothing named, blood drawn as a picture with an act done again; and strain that is a fan's delight
or a full stomach. Texts written for these tests, not taken from any evaluation set. The rules
are read alone (the learned layer off): each shape must stand on its own."""

from __future__ import annotations

import pytest

import safety
from tests.support.risk_levels import assert_rated

pytestmark = pytest.mark.usefixtures("rules_only")  # tests/conftest.py


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # タヒ before たい/たく: the slang drops 死に's に
        ("ほんとタヒたくなる夜", "high"),
        ("たひたいって毎日おもう", "high"),
        # baby talk: ち for し, after もう or at a word's start
        ("もうちにたいでしゅ", "high"),
        ("ちにたくてたまらん", "high"),
        # a life shut down like a program, made to (させる) or done (する)
        ("いっそ人生シャットダウンしたい", "high"),
        ("自分の人生を終了させたい", "high"),
        # a grave or a coffin to lie in, wished; a drawn headstone or coffin is the word
        ("はやく墓の下でねむりたい", "high"),
        ("かんおけにはいっちゃいたい", "high"),
        ("🪦にはいりたいな", "high"),
        # cutting with nothing named, urged or once more
        ("きりたい衝動おさえられん", "high"),
        ("今日もまた切りたくなる", "high"),
        # blood drawn as a picture and an act done once more, nothing named
        ("🩸🩸 またしてしまった", "high"),
    ],
)
def test_rated(text: str, level: str) -> None:
    assert_rated(text, level)


@pytest.mark.parametrize(
    "text",
    [
        "うちにたいこがあるよ",  # a house's に, then a drum: no ち for し
        "あのこのきもちにたいしてどう思う？",  # 対して
        "おもちにたくさんきなこ",  # たくさん
        "寒すぎてちぬかと思った",  # a measure
        "ゲーム強制終了したい、フリーズした",  # a game named
        "人生終了のおしらせｗ",  # a laugh, and no wish
        "お墓参りにいきたい",  # a visit (one word)
        "おばあちゃんが同じお墓に入りたいって言ってた",  # someone else said it
        "この話は墓場まで持っていきたい",  # a secret kept
        "ハロウィンでかんおけに入りたい！",  # a costume
        "前髪きりたい衝動",  # hair named
        "また爪切りたくなってきた",  # nails named
        "🩸 けんけつ また行った",  # giving blood: something named
        "鼻血 また出ちゃった",  # a nosebleed
    ],
)
def test_not_high(text: str) -> None:
    assert not safety.assess(text).at_least("high"), text


@pytest.mark.parametrize(
    "text",
    [
        "推しの笑顔が尊すぎてもうむり",  # a fan's delight said as strain
        "新曲とうとい…しんどい…",
        "もう むり、まんぷく",  # a full stomach
        "おなかいっぱいで くるしい〜",
    ],
)
def test_fond_or_full_is_none(text: str) -> None:
    assert safety.assess(text).level == "none", text


@pytest.mark.parametrize(
    "text",
    [
        "推しは尊い。でも学校がつらい",  # the delight in another sentence: the strain stays
        "もうむり。ねれない",
    ],
)
def test_strain_elsewhere_stays(text: str) -> None:
    assert safety.assess(text).at_least("concern"), text
