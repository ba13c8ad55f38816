"""Round (g) of 2026-12-07: a wish for death said as somewhere or something else (docs/safety.md,
"Names g"; ``safety.name_round_g``).

Heaven, the other world, the next life, being reborn, the Sanzu river, becoming foam, a star, a
ghost, ash, wind or dust, a life's expiry date, a last night, a will, a grave, oneself deleted,
melting away, the last page of one's life, dying together.  Each must-refuse name passed before
this round; each ordinary name shares its surface and passes on both trees.  None is taken from
the round's tuning file (names_tuning_2026-12-07i.tsv)."""

from __future__ import annotations

import pytest

from loadtest.name_ways import long_way
from safety import check_name
from safety.disguise import variants

SELF_HARM = [
    # heaven, the other world, the next life, reborn, the Sanzu river
    "てんごくにいきます",
    "あのよにかえりたい",
    "はやくてんごくへ",
    "はやくてんごくいけたら",
    "てんせいしたいなあ",
    "さんずのかわってどこ",
    # foam, a ghost, ash, dust, smoke
    "あわになっちゃいたい",
    "もうゆうれいになりたい",
    "けむりになりたい",
    "ほこりになりたい",
    # a life's expiry date, a last night
    "おれのしょうみきげん",
    "あたしのしょうみきげん",
    "こよいがさいご",
    "きょうはさいごのよる",
    # a will, a grave
    "うちのゆいごん",
    "ゆいごんのこしたよ",
    "ままへのいしょ",
    "おはかにうめてほしい",
    "ぼくのおはか",
    # oneself deleted, melting away, the last page
    "じぶんをしょうきょしたい",
    "わたしをデリートして",
    "じぶんをアンインストール",
    "もうとけてなくなりたい",
    "じんせいのさいしゅうかい",
    "あたしのエンドロール",
    # dying together
    "いっしょにあわになろ",
    "わたしのおはかだよ",
    "いっしょにさんずのかわ",
    "しんじゅうあいて",
]

ORDINARY = [
    # heaven as a taste, a bus, a game; the next life of a teacher's name; an isekai title
    "てんごくみたいなおふろ",
    "てんごくいきのバス",
    "あのよるにもどりたい",
    "らいせんせいだいすき",
    "いせかいてんせいしたい",
    "てんせいしたらドラゴン",
    # soap, an idol, wishes on stars, a ghost story, an actor, riding the wind, dust piling up
    "あわになりたいせっけん",
    "ほしにいのる",
    "ゆうれいになってみたい",
    "はいゆうをめざす",
    "かぜにのりたい",
    "ちりにもつもれば",
    # food's best-before date, moods
    "しょうみきげんのチェック",
    "わたしのきげんわるい",
    "じんせいのきげんいい",
    # a last night with more said, tonight's best
    "さいごのよるまつり",
    "こんやがさいこう",
    "こんやでさいごのライブ",
    # costumes, a hakama, a professor, crabs, visiting graves, destruction beams
    "いしょうかいた",
    "ぼくのいしょう",
    "わたしのはかま",
    "ぼくのはかせ",
    "ぼくはかにがすき",
    "おはかにいきたい",
    "はかいこうせん",
    # an eraser, scenery, data, homework deleted, ice and snow melting, an anime's last episode
    "じぶんのけしゴム",
    "わたしのけしき",
    "じぶんのでーたさくじょ",
    "しゅくだいさくじょ",
    "アイスがとけてなくなった",
    "ゆきがとけてきえた",
    "アニメのさいしゅうかい",
    "ぼくのさいしゅうかいてん",
    # together: Shino, a newspaper, old shops, a magic trick, evolving, finishing homework
    "いっしょにしのちゃん",
    "いっしょにしんぶんよもう",
    "いっしょにしにせめぐり",
    "いっしょにしんかしよう",
    "いっしょにおわらせよ",
    "しんじゅうりょく",
]


@pytest.mark.parametrize("name", SELF_HARM)
def test_a_death_said_otherwise_is_refused(name: str) -> None:
    assert check_name(name).reason == "self_harm"
    assert long_way(name).reason == "self_harm"


@pytest.mark.parametrize("name", ORDINARY)
def test_an_ordinary_name_sharing_the_surface_passes(name: str) -> None:
    assert check_name(name).ok, check_name(name)
    assert long_way(name).ok


@pytest.mark.parametrize("name", ["おれのいしょ", "じぶんをでりーとしたい", "ゆうれいになりたいな"])
def test_their_disguised_variants_are_refused(name: str) -> None:
    passed = [v for _, v in variants(name) if check_name(v).ok]
    assert not passed, passed
