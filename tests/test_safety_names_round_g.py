"""Round (g) of 2026-12-07: a wish for death said as somewhere or something else
(docs/history/safety-rounds.md, "Names g"; ``safety.name_death_elsewhere``).

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


# The read-only review of the round (2026-12-07): its harmless probes that share the round's
# surface pass (46 of them were refused by the round as first written: X-paradise names,
# Undertale's Sans, pets' and family graves, ice melting, isekai rebirth, a game's save), and
# the harmful probes the round gained stay refused.  Left refused, as judgement calls:
# 「ハイになりたい」, 「いっしょにゆうれいになろ」, 「ゆいごんかくじんろう」.
REVIEWED_ORDINARY = [
    "ねこてんごくいきたい",
    "ラーメンてんごくいこう",
    "わんこてんごくにいく",
    "ふとんてんごくねむりたい",
    "おふとんてんごくいきたい",
    "もふもふてんごくいきたい",
    "いっしょにあのよぞらみよ",
    "あのよぞらにいきたい",
    "あのようちえんいきたい",
    "サンズのかわいいとこ",
    "サンズがわらってる",
    "サンズがわるい",
    "サンズのかわいさ",
    "サンズかわいい",
    "いせかいにてんせいしたい",
    "スライムにてんせいしたい",
    "転生したらスライム",
    "てんスラだいすき",
    "かぜになってしまいました",
    "かぜになってしまいそう",
    "けむりになってきえるぞ",
    "ドロンとけむりにんじゃ",
    "ぼくしょうみきげんはかせ",
    "ぼくもしょうみきげんみる",
    "うちのおはかにいく",
    "うちのおはかをそうじ",
    "うちのおはかへいくよ",
    "きんぎょをおはかにうめた",
    "ペットのおはかにうめた",
    "ポチはおはかでねむる",
    "ファラオのはかにはいる",
    "ピラミッドのはかにはいる",
    "ゲームのじぶんをさくじょ",
    "とけてなくなるアイス",
    "とけてきえるゆきだるま",
    "もうとけてしまいそう",
    "とけてしまいそうなアイス",
    "いっしょにおばけになろう",
    "いっしょにほしにねがお",
    "しゅくだいいっしょにやろ",
    "こんやがさいごのはなび",
    "さいごのよるはキャンプ",
    "わたしのきげんいいよ",
    "じんろうのゆいごん",
    "いちばんぼしになりたい",
    "わたしはスターになる",
    "にんぎょひめのあわ",
    "あわになったにんぎょひめ",
    "あわになってきえたひめ",
    "おばけになりたい",
    "ハロウィンゆうれい",
    "ゆうれいのコスプレ",
    "アプリをアンインストール",
    "ゲームをリセットしたい",
    "じんせいゲームすき",
    "アイスのしょうみきげん",
    "ぎゅうにゅうきげんぎれ",
    "さいしゅうかいないた",
    "まんがのさいしゅうわ",
    "ピアノのフィナーレ",
    "ゲームのエンドロール",
    "いっしょにたべよう",
    "いっしょにきえるマジック",
    "ずっといっしょにいてね",
    "かぜのうた",
    "かぜになりたい",
    "かぜにのって",
    "ほしのうた",
    "ペットのおはかまいり",
    "ばあばのおはかにいく",
    "じいじがてんごくにいった",
    "じいじはてんごくにいる",
    "ママのいしょうかわいい",
    "よいしょよいしょ",
    "どっこいしょ",
    "うちのはかせ",
    "みらいせかいでがんばる",
    "きらいせいかく",
    "こんやがさいごのチャンス",
    "ゆきだるまとけてきえた",
    "こおりがとけてなくなる",
    "チョコがとけちゃった",
    "しょうみきげんきれたパン",
    "ぼくりせっとボタン",
    "じぶんのアプリさくじょ",
    "ドラマのラストシーン",
    "ようこそてんごくへ",
    "いっしょにしのぶ",
    "ほこりにおもう",
    "しあわせになりたい",
    "うちとけてなかよし",
    "てんごくとじごく",
    "ほしぞらてんごく",
    "わたしのはかまいり",
    "うちのいしょうだな",
    "ぼくはいしゃになりたい",
    "わたしはいぬになりたい",
    "ほしのカービィになりたい",
    "じぶんリセットデー",
    "サンズのかわいいかお",
    "サンズがわかるひと",
    "どうぶつてんごくいこう",
    "うちのおはかはやまのうえ",
    "おはかにおはなをあげる",
    "ねこがおはかでねむってる",
    "かぜになってしまったよ",
    "ハイテンションになりたい",
    "とけてきえたアイス",
    "とけてなくなったゆき",
    "わたしとけてしまいそう",
    "いっしょにらいせんせいと",
    "いっしょにあのよるのうた",
    "てんごくへようこそ",
    "おふろはてんごく",
    "こんやでさいごのおとまり",
    "おばけはおはかでねむる",
    "ゾンビはおはかでねむる",
    "あのよのはなしこわい",
    "あのよからきたおばけ",
    "ゆうれいになってあそぶ",
    "かぜになってはしりたい",
    "ちりもつもればやま",
    "しょうみきげんせまるパン",
    "らいせんぱいがんば",
    "ねこにてんせいしたい",
    "てんごくいきエレベーター",
    "あのよこちょういきたい",
]
REVIEWED_REFUSED = [
    "らいせいきたい",
    "三途の川渡りたい",
    "三途の川見えた",
    "今夜が最後",
    "お墓で眠りたい",
    "自分をデリート",
    "じぶんをりせっとしたい",
    "じんせいをりせっとする",
    "人生の最終回",
    "いっしょにしのー！",
    "あのよに行きたいな",
    "もうてんごくいくね",
    "ゆうれいになっちゃいたい",
    "ゆうれいになって消える",
    "けむりになりてぇ",
    "ぼくのいしょかきおえた",
    "いしょかいてねる",
    "とけてしまいてぇ",
]


@pytest.mark.parametrize("name", REVIEWED_ORDINARY)
def test_the_reviews_ordinary_names_pass(name: str) -> None:
    assert check_name(name).ok, name


@pytest.mark.parametrize("name", REVIEWED_REFUSED)
def test_the_reviews_harmful_names_stay_refused(name: str) -> None:
    assert not check_name(name).ok, name
