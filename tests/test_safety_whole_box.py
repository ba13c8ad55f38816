"""A whole box (一箱, ひとはこ) is a method only of a medicine or of something swallowed.

Listed alone it made a box of cookies or tissues high, and, read across words, a person here
(「人は ここには いないよ」) a method — which also replaced a kind robot reply saying nobody here
blames the child.
"""

from __future__ import annotations

import pytest

from safety import assess


@pytest.mark.parametrize(
    "text",
    [
        "クッキー ひとはこ たべちゃった",
        "ティッシュ 一箱 つかった",
        "きみを せめる 人は ここには いないよ",
        "あのひとは ここで まってる",
    ],
)
def test_a_box_of_something_else_is_no_method(text: str) -> None:
    assert "method" not in assess(text, learned_layer=False).categories


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("くすり 一箱 のんだ", "imminent"),
        ("さっき薬を一箱ぜんぶ飲んだ", "imminent"),
        ("睡眠薬 ひとはこ", "high"),
        ("ひとはこ のんだ", "high"),
        ("一箱まるごと飲んだら死ねる？", "high"),
        ("ひとはこ のめば らくに なれる？", "high"),
    ],
)
def test_a_box_of_medicine_or_swallowed_stays_a_method(text: str, level: str) -> None:
    a = assess(text)
    assert a.level == level
    assert "method" in a.categories
