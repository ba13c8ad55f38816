"""Round (c) of 2026-12-07: self-harm names that passed (docs/safety.md, "Names c").

Harm to oneself wished in the words it is done with (``safety.name_self_harm.harms_oneself``:
「じぶんをなぐりたい」, 「うみにしずみたい」, 「もうめをあけたくない」), and being run over by a
vehicle or being gone said better, read by the risk rules (``_A_WISH``, the wider gate of
``_names_a_means``: 「くるまにひかれたい」, 「いないほうがいいこ」).  Each must-refuse name passed
before this round; each ordinary name shares its surface and passes."""

from __future__ import annotations

import pytest

from loadtest.name_ways import long_way
from safety import check_name
from safety.disguise import variants

SELF_HARM = [
    "じぶんをなぐりたい",
    "自分を殴りたい",
    "かべにあたまぶつけたい",
    "うみにしずみたい",
    "もうめをあけたくない",
    "くるまにひかれたい",
    "車にひかれたい",
    "トラックにひかれたい",
    "いないほうがいいこ",
]

ORDINARY = [
    # oneself trusted, loved, trained; a head bumped by chance
    "じぶんをしんじたい",
    "じぶんをすきになりたい",
    "じぶんをいじめたい",
    "かべにあたまをぶつけた",
    # sinking into a bath or a sofa, the sun setting in the sea, diving
    "おふろにしずみたい",
    "ソファにしずみたい",
    "うみにしずむゆうひ",
    "うみにもぐりたい",
    # eyes opened, a book one wants to open one's eyes for
    "めをあけたらあさ",
    "めをあけたくなるほん",
    "めをさましたい",
    # riding, drawn to people, better so of an ordinary thing
    "でんしゃにのりたい",
    "ひとにひかれたい",
    "ひかれたい",
    "ねたほうがいい",
    "かさもってったほうがいい",
    # wishes the risk rules read as ideation, left alone
    "かぜになりたい",
    "ずっとねたい",
]


@pytest.mark.parametrize("name", SELF_HARM)
def test_a_self_harm_name_is_refused(name: str) -> None:
    assert check_name(name).reason == "self_harm"
    assert long_way(name).reason == "self_harm"


@pytest.mark.parametrize("name", ORDINARY)
def test_an_ordinary_name_sharing_the_surface_passes(name: str) -> None:
    assert check_name(name).ok, check_name(name)
    assert long_way(name).ok


@pytest.mark.parametrize("name", ["じぶんをなぐりたい", "くるまにひかれたい"])
def test_their_disguised_variants_are_refused(name: str) -> None:
    passed = [v for _, v in variants(name) if check_name(v).ok]
    assert not passed, passed


INSULTS = [
    "あたまからっぽ",
    "のうみそからっぽ",
    "ざこのくせに",
    "ちびのくせになまいき",
    "みんなのきらわれもの",
    "だれにもひつようない人",
]

ORDINARY_BESIDE_INSULTS = [
    "からっぽのおなか",
    "のうみそこねこ",
    "のうかからっぽ",
    "あたまからからクイズ",
    "へたのよこずき",
    "ざこば",
]


@pytest.mark.parametrize("name", INSULTS)
def test_a_put_down_said_as_a_construction_is_refused(name: str) -> None:
    assert check_name(name).reason == "insult"
    assert long_way(name).reason == "insult"


@pytest.mark.parametrize("name", ORDINARY_BESIDE_INSULTS)
def test_an_ordinary_name_beside_a_put_down_passes(name: str) -> None:
    assert check_name(name).ok, check_name(name)
    assert long_way(name).ok
