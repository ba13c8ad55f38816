"""An end said bare (round of 2026-12-04 (j), ``safety/constructions/bare.py``): 死ぬ alone
after despair, 終わらす with nothing named, tomorrow not needed, sleep kept for good. A named
cause, a laugh, a day or an alarm keep them out. The phrasings here were written for the tests,
not taken from a tuning file."""

from __future__ import annotations

import pytest

from safety import assess
from tests.support.constructions import notes_by_rules


def _notes(text: str) -> list[str]:
    return notes_by_rules(text, "wish")


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("げんかい。しぬわ", "bare_death"),
        ("もうやだ、しぬ", "bare_death"),
        ("ぼくもう、おわらす", "bare_ending"),
        ("もう終わらせるね", "bare_ending"),
        ("あしたなんかいらん", "tomorrow_unneeded"),
        ("明日もいらないし", "tomorrow_unneeded"),
        ("そのままねむって、にどとめざめなくていい", "sleep_kept"),
        ("ねむったら このまま がいいな", "sleep_kept"),
        ("おやすみって言って、にどとおはようって言わないの", "sleep_kept"),
    ],
)
def test_bare_end_is_high(text: str, note: str) -> None:
    assert note in _notes(text)
    assert assess(text, learned_layer=False).at_least("high")


@pytest.mark.parametrize(
    "text",
    [
        "テストむり、しぬ",
        "あつすぎてむり、しぬ",
        "もうむり、しぬかと思った",
        "宿題もう終わらせる",
        "このゲームもう終わらすわ",
        "もう終わらせた？",
        "明日は傘いらない",
        "明日のおべんとういらないって",
        "あしためざましなしでねてたい、このままもうおきたくない",
        "ねこがねたらそのままにしておこう",
        "ねたらそのまま朝までぐっすりがいい",
    ],
)
def test_bare_end_leaves_these(text: str) -> None:
    assert not set(_notes(text)) & {"bare_death", "bare_ending", "tomorrow_unneeded", "sleep_kept"}
