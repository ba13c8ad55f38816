"""A life given a story's, a game's or a device's end, how dying feels asked, and dying
threatened or asked for (round of 2026-12-04 (j), ``safety/constructions/story_end.py``).
The phrasings here were written for the tests, not taken from a tuning file."""

from __future__ import annotations

import pytest

from safety import assess
from tests.support.constructions import notes_by_rules


def _notes(text: str) -> list[str]:
    return notes_by_rules(text, "wish", "method_question")


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("ぼくの人生、このへんでエンディングにしたい", "story_end"),
        ("もうスタッフロールながしたいわ、人生の", "story_end"),
        ("じんせい完結させてもいい？ってくらい", "story_end"),
        ("わたしの命、もう電池きれてもいいや", "story_end"),
        ("人生のつづきとか、いらんし", "story_end"),
        ("自分で自分の幕ひきたい", "story_end"),
        ("しぬときって、くるしいの？", "dying_felt"),
        ("ねえ、死ぬのっていたいのかな", "dying_felt"),
        ("もういい、しんでやる", "dare_die"),
        ("おねがいだから死なせてよ", "dare_die"),
    ],
)
def test_story_end_is_high(text: str, note: str) -> None:
    assert note in _notes(text)
    assert assess(text, learned_layer=False).at_least("high")


@pytest.mark.parametrize(
    "text",
    [
        "このアニメのエンディングすき",
        "ドラマの最終回みたい！",
        "ゲームオーバーになりたくない、ラスボスつよい",
        "スマホの電池きれそう、じゅうでんしたい",
        "パソコンの電源おとしてもいい？",
        "まんがのつづきはやくよみたい",
        "この小説の最終回、泣いたし人生変わった",
        "ひいおばあちゃん、しぬとき痛かったのかな",
        "ハムスターってしぬときくるしいの？",
        "足の小指ぶつけた、死ぬほどいたい",
        "わらいしなせて笑",
        "ゲームでボスに死んでやったぜ",
    ],
)
def test_story_end_leaves_these(text: str) -> None:
    assert not (set(_notes(text)) & {"story_end", "dying_felt", "dare_die"})
