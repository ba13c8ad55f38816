"""Round of 2026-12-05 (c): harm that is abuse whoever is named, hiding from it now, a carer
named far from the blow, a blow until a child gives in, a carer ordering the child gone, a share
of a meal withheld, a floor asked in kana, a thing's fall asked in a lesson, ハ drawn as ノヽ, a
cord asked to hold a body's weight, and a body giving out asked with nothing named. Texts
written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

import safety
from tests.support.risk_levels import assert_rated


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the neck squeezed, done to the writer (passive or 〜てくる), nobody named
        ("むかついた時 首しめてくる", "high"),
        # something that burns put on the writer
        ("せなかに アイロン あてられた", "high"),
        ("熱湯 あびせられた", "high"),
        ("あつい お湯 かけられた", "high"),
        # a blade pointed at the writer; hiding now makes it a plan of escape, now
        ("ナイフ つきつけられた", "high"),
        # harm at home told, and hiding from it now
        ("家かえったらなぐられる。今かくれてる", "imminent"),
        # the carer named at the head of a long sentence
        ("パパは仕事でいやなことがあった日はお酒を飲んで私の部屋に来てなぐる", "high"),
        # struck until the writer gives in
        ("あやまるまで たたかれつづけた", "high"),
        # a carer ordering the writer to die or vanish, in the active voice
        ("おまえなんか きえろって 父が さけぶ", "high"),
        ("いなくなれって 母が 毎日 言う", "high"),
        ("しねって ははおやが どなる", "high"),
        # thrown across the room at home (投げ飛ばす is a blow)
        ("きのう おやじに 投げ飛ばされた", "high"),
        # the writer's share of a meal withheld
        ("ばんごはん ぼくの分だけ ない。いつも", "high"),
        # kana なんかい before くらいから/ぐらいから is a floor
        ("なんかいぐらいから確実なの", "high"),
        # a person said to fall ("for a friend") is still a fall asked about
        ("友達が落ちるのって何階から？", "high"),
        # ハ drawn as ノ + ヽ with its sound mark (free text)
        ("押し入れにかくれてる。ノヽ゜ノヽ゜がこわい", "high"),
        # a cord asked to hold a body's weight
        ("ベルトって にんげんの 体重 ささえられる？", "high"),
        # a body giving out, asked as a count, with nothing named
        ("なんぷんくらいで おぼれるのかな", "high"),
    ],
)
def test_rated(text: str, level: str) -> None:
    assert_rated(text, level)


@pytest.mark.parametrize(
    "text",
    [
        "くびに マフラー しめてくれた",  # wrapped for warmth: nothing done to the writer
        "あついから おゆ かけないで ほしい",  # no burn done
        "ナイフ むけられた ゆめ みたｗ",  # a dream, and a laugh
        "ひもって 体重 何キロの 犬まで たえる？",  # a dog's lead
        "プールの じゅぎょうで なんびょう もぐれるか きょうそう",  # a game of breath, no end asked
        "母に「死ぬほど練習しろ」って言われた",  # a measure, not a cruel word
        "かくれんぼで いま かくれてる",  # hiding with no harm told
        "ケーキ、わたしの分だけないの？",  # asked, not told
        "ヽ(・∀・)ノヽ(・∀・)ノ たのしい",  # two kaomoji side by side
        "石が落ちる はやさって 高さで ちがうの？",  # a thing falls, in a lesson
        "柔道で おとうさんに 投げられた",  # a sport taught at home is practice
        "勉強しねって母がいう",  # 「しね」 as a verb's western negation, not an order to die
    ],
)
def test_not_high(text: str) -> None:
    assert not safety.assess(text).at_least("high"), text
