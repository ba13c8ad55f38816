"""Being here, said with nothing else, is being in the hiding place (safety.learned._only_here).

The layer lifted 「きょうも ここに いるよ」 and 「わたし ここに いる」 from none to imminent; a place,
a height, a goodbye or a time word beside "here" still leaves the text to the layer and the rules.
"""

from __future__ import annotations

import pytest

from safety import assess


@pytest.mark.parametrize(
    "text",
    [
        "きょうも ここに いるよ",
        "わたし ここに いる",
        "ぼくは ここに いる",
        "ひとは ここに いる",
        "ずっと ここに いるね",
    ],
)
def test_here_alone_is_no_risk(text: str) -> None:
    assert assess(text).level == "none"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("いま おくじょうに いる", "imminent"),
        ("いま ホームに いる", "imminent"),
        ("いま ここに いる さよなら", "imminent"),
        ("こんや ここに いる", "imminent"),
        ("ここに いても いみない しにたい", "high"),
    ],
)
def test_here_with_a_place_a_goodbye_or_a_time_is_still_read(text: str, level: str) -> None:
    assert assess(text).at_least(level)
