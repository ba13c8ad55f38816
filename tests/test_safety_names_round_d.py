"""Round (d) of 2026-12-07: self-harm names of kinds the name rules never read (docs/history/safety-rounds.md,
"Names d"; ``safety.name_self_harm_acts``).

Hurting oneself, sinking in water, being run over (はねられ, other vehicles, dialect), being better
gone in dialect, eyes never to open again, being needed by no one, one's own death day.  Each
must-refuse name passed before this round; each ordinary name shares its surface and passes on
both trees.  None is taken from the round's tuning file (names_tuning_2026-12-07d.tsv)."""

from __future__ import annotations

import pytest

from loadtest.name_ways import long_way
from safety import check_name
from safety.disguise import variants

SELF_HARM = [
    # hurting oneself
    "じぶんをなぐりたいの",
    "じぶんをけとばしたい",
    "じぶんのあたまなぐりたい",
    "自分を叩きたい",
    # sinking in water
    "かわのそこにしずみたい",
    "ぬまにしずみたい",
    "うみにしずんでしまいたい",
    # run over: はねられ, other vehicles, dialect
    "くるまにはねられたいな",
    "オートバイにひかれたい",
    "でんしゃにはねられてえ",
    "トラックにひかれてえ",
    # better gone, in dialect, of oneself
    "わたしおらんほうがええ",
    "あたしおらんほうがええ",
    "おらへんほうがええ",
    # eyes never opened again
    "めがさめんければええ",
    "もうめをさめたくない",
    "えいえんにめをとじていたい",
    # needed by no one
    "だれからもひつようない",
    "あたしはいらないこ",
    "ぼくってひつようない",
    # one's own death day
    "おれのめいにち",
    "あすがわたしのめいにち",
    "めいにちはきょう",
]

ORDINARY = [
    # oneself slapped awake, hands clapped, drums, balls, straightened out, comforted
    "じぶんのかおをたたきたい",
    "じぶんのてをたたきたい",
    "じぶんをたたきなおしたい",
    "じぶんをなぐさめよう",
    "じぶんをほめてあげたい",
    "たいこたたきたいな",
    "ボールけりたい",
    # sinking into bedding, a ship or a stone sunk, the sun setting, a negation, swimming
    "ふとんにしずみたいな",
    "いしをうみにしずめたい",
    "うみにしずむおひさま",
    "かわにしずみたくない",
    "プールでもぐりたい",
    "たきにうたれたい",
    # drawn to, riding, a wish denied
    "バイクにひかれてる",
    "バスにのりたいな",
    "くるまにはねられたくない",
    # better gone, of other things
    "ゆうれいおらんほうがええ",
    "あめはないほうがええ",
    # sleepy eyes
    "もうめをとじたい",
    "めがあかないあさ",
    "ずっとめをあけたくない",
    # nobody beats me, needing no one, not needing a thing
    "だれにもまけへん",
    "だれもいらない",
    "ぼくはいらないよ",
    "わたしはいらない",
    # a grandparent's memorial day, Mei's Sunday
    "じいじのめいにち",
    "めいのにちようびだよ",
]

# Found by the round's own probe after its first build (each passes on main, each was refused by
# it): a noun after the verb read as a wish's たい, 「いらんこと」 (things not needed), a nickname.
PROBED_ORDINARY = [
    "くるまにひかれたいぬ",
    "ばすにひかれたいやき",
    "かわにしずみたいようこう",
    "うみにしずみたいせつ",
    "ぼくはいらんこと",
    "うちはいらんことせん",
    "わたしはいらないこと",
    "ぼくのめいにちゃ",
    "あしたはめいにちゃん",
]


# The read-only review's ordinary names (187 ordinary, 30 unclear and 146 must-refuse probes,
# 04:34 UTC): each passes on main and was refused by the round before its fixes — a sea, a river
# or a fandom's swamp of something liked, a dream or a princess not waking, a Kansai busybody,
# pinching oneself, a family's memorial day.
REVIEWED_ORDINARY = [
    "ねこのうみにしずみたい",
    "ねこのうみにしずみたい♡",
    "猫の海に沈みたい",
    "おかしのうみにしずみたい",
    "お菓子の海に沈みたい",
    "ぷりんのうみにしずみたい",
    "いちごのうみにしずみたい",
    "もちのうみにしずみたい",
    "わたのうみにしずみたい",
    "ふとんのうみにしずみたい",
    "ほんのうみにしずみたい",
    "本の海に沈みたい",
    "おとのうみにしずみたい",
    "はなのうみにしずみたい",
    "ことばのうみにしずみたい",
    "ひかりのうみにしずみたい",
    "あいのうみにしずみたい",
    "ちょこのかわにしずみたい",
    "おしのぬまにしずみたい",
    "推しの沼に沈みたい",
    "推し沼にしずみたい",
    "推し沼に沈めてほしい",
    "アニメ沼に沈みたい",
    "ポケモン沼に沈みたい",
    "ジャニ沼に沈みたい",
    "ゆうひがうみにしずみたい",
    "ほしのうみにしずみたい",
    "ゆめのうみにしずみたい",
    "なつのうみにしずみたい",
    "ゆめがさめませんように",
    "ゆめがさめませんように☆",
    "夢が覚めませんように",
    "ゆめさめませんように",
    "このゆめさめませんように",
    "ゆめさめなければいい",
    "よるめがさめませんように",
    "ひめがさめませんように",
    "はつゆめさめませんように",
    "うちはいらんこしい",
    "うちいらんこしい",
    "じぶんをつねりたい",
    "うちのめいにち",
    "きょうはめいにち",
    "あしたはめいにち",
    "今日は命日",
    "うちのめいにちよう",
]


@pytest.mark.parametrize("name", SELF_HARM)
def test_a_self_harm_name_is_refused(name: str) -> None:
    assert check_name(name).reason == "self_harm"
    assert long_way(name).reason == "self_harm"


@pytest.mark.parametrize("name", ORDINARY + PROBED_ORDINARY + REVIEWED_ORDINARY)
def test_an_ordinary_name_sharing_the_surface_passes(name: str) -> None:
    assert check_name(name).ok, check_name(name)
    assert long_way(name).ok


@pytest.mark.parametrize("name", ["バイクにはねられたい", "じぶんをなぐりたいな", "だれにもひつようない"])
def test_their_disguised_variants_are_refused(name: str) -> None:
    passed = [v for _, v in variants(name) if check_name(v).ok]
    assert not passed, passed
