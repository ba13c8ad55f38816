"""Hidden wishes and a life said to end on a day (round of 2026-12-03 (b)): grammar over the
words, written for these tests (not taken from an evaluation set)."""

from __future__ import annotations

import pytest

import safety
from tests.support.risk_levels import assert_rated


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # 殺す with the writer as its object is a verb of dying
        ("ぼくを ころしたい", "high"),
        # permission without も after a て-form
        ("しんでいいよね", "high"),
        ("このまま めがさめなくていい", "high"),
        # one's life said to end on a named day: a plan, imminent
        ("きょうで人生おわり", "imminent"),
        ("こんやで いのち エンド", "imminent"),
    ],
)
def test_recognised(text: str, level: str) -> None:
    assert_rated(text, level)


@pytest.mark.parametrize(
    "text",
    [
        "あいつを ころしたい",  # someone else: anger, not a wish to die
        "しんでいい人なんていない",  # the relief describes a person
        "さきに かえっていいよ",
        "人生おわった、テスト0点",  # past: a sigh
        "きょうで人生おわりかと思った",  # a fright told afterwards
        "あしたで夏休みおわり",
        "明日のテストで人生終わる",  # the day is the test's
    ],
)
def test_not_a_wish_or_plan(text: str) -> None:
    assert not safety.assess(text).at_least("high"), text
