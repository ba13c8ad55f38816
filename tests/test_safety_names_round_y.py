"""Round (y) of 2026-12-06: self-harm names that passed, and a proposal to meet glued to a name.

Self-harm: being here, anywhere or in the world not wanted (``safety.name_leaving._not_here``:
「どこにもいたくない」), the arm or wrist cut in kana Sudachi cuts wrongly (``_cuts_a_wrist``,
``_wrist_cut_in_kana``: 「うできりたい」), life said ended (``_life_ended``: 「人生終了」), a noun
made with 死に in kana (``_dying_noun``: 「しにぎわ」), existing not wanted (``_not_existing``) and
蒸発 done (``[wants] self_harm_nouns``: 「蒸発したい」).  Meeting: 会おう, 会いたい, 会いに来て,
会える？ in kana ending a name, after a name with no mark between
(``safety.name_meeting._glued_proposal``: 「はるかあおーね」).  Each must-refuse name passed before
this round; each ordinary name shares its surface and passes."""

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
    "蒸発したい",
    "じょうはつしたいな",
    "じんせいしゅうりょう",
    "人生終了",
    "じんせいおしまい",
    "人生おしまい",
    "じんせいおえたい",
    "しにばしょさがし",
    "しにぎわ",
    "ソンザイシタクナイ",
    "存在したくない",
]

MEETING = [
    "はるかあおーね",
    "りおあおーね",
    "ミオアオーネ",
    "ゆいちゃん♪あおーね",
    "さくら☆あおーね",
    "ミオトアエル？",
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


@pytest.mark.parametrize("name", MEETING)
def test_a_proposal_glued_to_a_name_is_refused(name: str) -> None:
    assert check_name(name).reason == "contact"
    assert long_way(name).reason == "contact"


@pytest.mark.parametrize("name", ORDINARY)
def test_an_ordinary_name_sharing_the_surface_passes(name: str) -> None:
    assert check_name(name).ok
    assert long_way(name).ok


@pytest.mark.parametrize("name", ["どこにもいたくない", "うできりたい", "人生終了", "はるかあおーね"])
def test_their_disguised_variants_are_refused(name: str) -> None:
    passed = [v for _, v in variants(name) if check_name(v).ok]
    assert not passed, passed
