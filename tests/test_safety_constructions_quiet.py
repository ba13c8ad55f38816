"""Round of 2026-12-04 (e): heavy distress said quietly (sleep lost to a worry, breath that will
not come at school, school missed for months) at ``concern``, a number's counter kept through
the folding, and their everyday twins left alone. The phrasings were written for the tests,
not taken from a tuning file."""

from __future__ import annotations

import pytest

from safety import assess
from safety.constructions import prepare


def _notes(text: str) -> list[str]:
    a = assess(text, learned_layer=False)
    return [s.note or "" for s in a.spans if s.construction == "distress"]


@pytest.mark.parametrize(
    ("text", "prepared"),
    [("一ヶ月", "一ヶ月"), ("二ヵ所", "二ヵ所"), ("シ二タイ", "シニタイ"), ("リス力", "リスカ")],
)
def test_a_number_keeps_its_counter(text: str, prepared: str) -> None:
    # 「一ヶ月」 was read as 「ー月」 and 「二ヶ月」 as 「ニ月」 (February): the length was lost
    assert prepare(text) == prepared


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("ここ二ヶ月まともにねむれてない", "cannot_cope"),
        ("しんぱいで ねむれない", "cannot_cope"),
        ("高校いけるか ふあんで ねれん", "cannot_cope"),
        ("クラス はいると 息が できなくなる", "dread"),
        ("がっこうのこと かんがえると いきが つまる", "dread"),
        ("学校いけなくなって半年", "school_refusal"),
        ("がっこう いってない。もう 3しゅうかん", "school_refusal"),
        ("登校できてない、ずっと", "school_refusal"),
    ],
)
def test_quiet_distress_found_at_concern(text: str, note: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "concern"
    assert note in _notes(text)


@pytest.mark.parametrize(
    "text",
    [
        "おばけの はなし きいて こわくて ねれない",
        "テスト前で寝れてない、でもあと1日！",
        "プールで もぐったら 息 できなかった",
        "マラソンで 息が できない",
        "かぜで 鼻つまって 息が できない",
        "学校のこと まだ ママに 言ってない",
        "きょうは 登校 しない日",
    ],
)
def test_everyday_twins_stay_none(text: str) -> None:
    assert assess(text, learned_layer=False).level == "none"
