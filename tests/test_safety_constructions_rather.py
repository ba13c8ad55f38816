"""Death chosen over something, and a noun of violence made a verb with に + する at home
(round of 2026-12-04 (ab)). Texts written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

import safety
from tests.support.risk_levels import assert_rated


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an act of dying or vanishing after くらいなら/ぐらいなら is preferred, not exaggerated
        ("じゅく いくくらいなら しぬ", "high"),
        ("あいつらに あうぐらいなら もう きえる", "high"),
        ("ｼﾞｭｸ ｲｸｸﾗｲﾅﾗ ｼﾇ", "high"),
        # ぼこぼこに + する, done to the writer at home (the voice read after the する)
        ("あにが いえで ぼこぼこに してくる", "high"),
        ("パパが ボコボコニ シテクル", "high"),
    ],
)
def test_rated(text: str, level: str) -> None:
    assert_rated(text, level)


@pytest.mark.parametrize(
    "text",
    [
        "しぬくらいなら にげようよ",  # the act first: no preference for it
        "それくらいなら できる",
        "まけるくらいなら しぬ 笑",  # a laugh makes it a figure of speech
        "いくくらいなら しなない",
        "しぬくらい ねむい",
        "おとうさんが ボスを ぼこぼこに してた",  # done to a game's boss, not to the writer
        "あにきと ゲームで ぼこぼこに した",
    ],
)
def test_not_high(text: str) -> None:
    assert not safety.assess(text).at_least("high"), text
