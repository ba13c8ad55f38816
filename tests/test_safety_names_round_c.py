"""Round (c) of 2026-12-07: self-harm names that passed (docs/history/safety-rounds.md, "Names c").

Being run over by a vehicle or being gone said better, read by the risk rules (``_A_WISH``, the
wider gate of ``_names_a_means``: 「くるまにひかれたい」, 「いないほうがいいこ」).  Each
must-refuse name passed before this round; each ordinary name shares its surface and passes.

The round's other patterns (harm to oneself in the words it is done with, put-downs as
constructions) were withdrawn after review: ``REVIEWED_ORDINARY`` holds the ordinary names the
review found them refusing."""

from __future__ import annotations

import pytest

from loadtest.name_ways import long_way
from safety import check_name
from safety.disguise import variants

SELF_HARM = [
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


@pytest.mark.parametrize("name", ["くるまにひかれたい"])
def test_their_disguised_variants_are_refused(name: str) -> None:
    passed = [v for _, v in variants(name) if check_name(v).ok]
    assert not passed, passed


# The review of round c (2026-12-07): ordinary names — lyrics, sleepy eyes, sinking a ship, a
# head on a pillow, negations, 〜のくせに praise — the withdrawn patterns refused; each passes on
# main.
REVIEWED_ORDINARY = [
    "あたまからっぽにしてねる",
    "ゆめさめたくない",
    "このゆめさめたくない",
    "ゆめがさめたくない",
    "まだめをあけたくない",
    "ねむい めあけたくない",
    "おめめあけたくない",
    "あさめさめたくない",
    "あたまからっぽのほうが",
    "アタマカラッポでおどろ",
    "頭空っぽで踊ろう",
    "あたまのなかおはなばたけ",
    "きのうのおはなばたけ",
    "きのうはからっぽ",
    "かのうのおはなばたけ",
    "ちびのくせにつよい",
    "じぶんのかおつねりたい",
    "じぶんをきずつけたくない",
    "あたまぶつけたくない",
    "頭をぶつけたくない",
    "うみにしずみたくない",
    "じぶんをころしたくない",
    "うちけしたい",
    "めがさめたくないゆめ",
    "あたまおはなばたけちゃん",
    "のうみそすかすかくん",
    "ずっとめをあけたくない",
    "いかりをうみにしずめたい",
    "ふねをうみにしずめたい",
    "いしをかわにしずめたい",
    "まくらにあたまぶつけたい",
    "目を開けたくないほど眠い",
    "おめめさめたくない",
    "かめをあけたくない",
]


@pytest.mark.parametrize("name", REVIEWED_ORDINARY)
def test_a_reviewed_ordinary_name_passes(name: str) -> None:
    assert check_name(name).ok, check_name(name)
    assert long_way(name).ok
