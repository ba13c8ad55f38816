"""Round (y) of 2026-12-06: self-harm names that passed, and a proposal to meet glued to a name.

Self-harm: being here, anywhere or in the world not wanted (``safety.name_leaving._not_here``:
「どこにもいたくない」), the arm or wrist cut in kana Sudachi cuts wrongly (``_cuts_a_wrist``,
``_wrist_cut_in_kana``: 「うできりたい」), life said ended (``_life_ended``: 「人生終了」), a noun
made with 死に in kana (``_dying_noun``: 「しにぎわ」) and existing not wanted (``_not_existing``).
Each must-refuse name passed before this round; each ordinary name shares its surface and passes.

Withdrawn after the review (docs/history/safety-rounds.md, "Names y"): a proposal glued to a name (it refused
verbs of doing together, 「たすけあいたい」, and a blue sky, 「そらあおー！」), life said ended
(it refused life said not to end, 「じんせいおわらせない」) and 蒸発 (it refused evaporation,
「みずじょうはつする」). ``REVIEWED_ORDINARY`` holds the reviewer's names they refused."""

from __future__ import annotations

import pytest

from loadtest.name_ways import long_way
from safety import check_name
from safety.disguise import variants

SELF_HARM = [
    "どこにもいたくない",
    "せかいにいたくない",
    "ちきゅうにいたくない",
    "ここにいたくねえ",
    "もうここにいたくない",
    "うできりたい",
    "うできっちゃう",
    "あしくびきりたい",
    "しにばしょさがし",
    "しにぎわ",
    "ソンザイシタクナイ",
    "存在したくない",
]

ORDINARY = [
    # a place not wanted that is no world (school: distress, not self-harm), wanting to stay
    "がっこうにいたくない",
    "ここにいたい",
    "ここにいたくなる",
    "もういたくない",  # (no longer hurts: 痛くない)
    # うで not starting a word, a skilled hand, a haircut
    "こうできる",
    "うでききのしょくにん",
    "かみきりたい",
    "あしくびのけが",
    "あしくびきりかえ",
    # 人生 beside other words, 新人生徒
    "じんせいおえかき",
    "じんせいたのしい",
    "しんじんせいと",
    "じょうはつけい",
    # 芭蕉 after いし and に, existing wanted
    "いしにばしょう",
    "そんざいしたい",
    # two names joined by と, a cat's cry, blue said long, names ending in お or ね
    "はるとあいり",
    "りんとあいな",
    "にゃあおー",
    "そらあおーい",
    "うみあおー",  # (held with no ending: blue as often as a proposal)
    "ゆいなおーね",
    "ぐあいわるい",
]


@pytest.mark.parametrize("name", SELF_HARM)
def test_a_self_harm_name_is_refused(name: str) -> None:
    assert check_name(name).reason == "self_harm"
    assert long_way(name).reason == "self_harm"


# The read-only reviewer's own names (not in any data file) that the withdrawn rules refused.
REVIEWED_ORDINARY = [
    "たすけあいたい",
    "はなしあいたい",
    "ささえあいたい",
    "はげましあいたい",
    "はなしあいたいね",
    "そらあおー！",
    "そらあおーっ",
    "うみあおー！",
    "じょうはつする",
    "みずじょうはつする",
    "じんせいおわらせない",
    "じんせいおえたくない",
    "じんせいおしまいじゃない",
]


@pytest.mark.parametrize("name", REVIEWED_ORDINARY)
def test_what_the_review_found_refused_passes(name: str) -> None:
    assert check_name(name).ok, check_name(name)


@pytest.mark.parametrize("name", ORDINARY)
def test_an_ordinary_name_sharing_the_surface_passes(name: str) -> None:
    assert check_name(name).ok
    assert long_way(name).ok


@pytest.mark.parametrize("name", ["どこにもいたくない", "うできりたい"])
def test_their_disguised_variants_are_refused(name: str) -> None:
    passed = [v for _, v in variants(name) if check_name(v).ok]
    assert not passed, passed
