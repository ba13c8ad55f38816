"""Farewells with no goodbye and harm at home, read by their shape (round 2026-12-03 (a)).
Every serious text here was rated ``none`` before the round; the everyday ones beside them
share their words and stay ``none``. The phrasings were written for the tests."""

from __future__ import annotations

import pytest

from safety import assess


@pytest.mark.parametrize(
    ("text", "note"),
    [
        # a pet handed over, the writer no longer able to care for it
        ("インコのこと、となりの人にあずけた。もうせわできないし", "handed_over"),
        # a letter to someone, finished; a letter left and asked to be read
        ("ママへのてがみ、書きおえた", None),
        ("手紙はひきだしの中にある。よんでね", "letter"),
        # everything dear given to someone
        ("宝物ぜんぶ、いとこにくばった", "given"),
        # thanks for everything in 関西弁
        ("みんな、今までおおきに", None),
    ],
)
def test_farewell_without_goodbye_is_imminent(text: str, note: str | None) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "imminent"
    assert any(s.construction == "farewell" and s.note == note for s in a.spans)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("しゅくだいしないと夕飯ぬかれる", "needs_unmet"),  # food taken away
        ("ママがごはんつくってくれない、ずっと", "needs_unmet"),  # food not made
        ("おとうさんがおこるとナイフむけてくる", "armed"),  # a blade pointed
        ("うまなきゃよかったっていわれた", "unborn_wished"),  # told not to have been born
        ("ちちおやにくらされた", None),  # 博多弁: hit
        ("義母にむりやり髪きられた", "punished"),  # by force
    ],
)
def test_harm_at_home_is_high_abuse(text: str, note: str | None) -> None:
    a = assess(text, learned_layer=False)
    assert a.at_least("high")
    assert "abuse" in a.categories
    assert any(s.construction == "abuse_home" and s.note == note for s in a.spans)


@pytest.mark.parametrize(
    "text",
    [
        "宿題のノートはつくえの上にある。よんでくれたらうれしい",
        "母の日に、おかあさんへの手紙かきおわった",
        "旅行のあいだ、犬をおばあちゃんにあずけた",
        "ゲームのアイテム、ぜんぶフレンドにあげた",
        "おみやげ、ぜんぶともだちにくばった",
        "ダイエットでごはんぬいた",
        "ママに産んでくれてありがとうって言われた",
        "うまいなーって言われた",
        "母が包丁でりんごむいてくれた",
    ],
)
def test_everyday_shapes_stay_none(text: str) -> None:
    assert assess(text).level == "none"
