"""Risk round x (ninth round of 2026-12-06): farewells and hidden wishes read by construction
(safety/constructions/afterwards.py; the denial unsaid in safety/constructions/wish.py).

Every serious text here was below its level on the tree before the round (4a65840); the harmless
ones share their shapes and stay none. None of them is in a tuning file. The last test guards
the rule that the round only raises (it passes on the tree before too).

Seven of the round's readings were withdrawn after the review (docs/history/safety-rounds.md, "Risk round x"):
a wish to live not thought, waiting in heaven, a goodbye at a limit, a life summed up, a next
time unsaid, born again as a condition, a password left, the writer's own funeral. Their serious
texts went with them; ``REVIEWED_HARMLESS`` holds the reviewer's texts they raised from none."""

from __future__ import annotations

import pytest

from safety import assess
from safety.levels import LEVELS

SERIOUS = [
    ("high", "しにたくないとは言いきれないかも"),
    ("high", "消えたくないとは言えない"),
    ("high", "もう起きたくない。あしたも　あさっても"),
    ("high", "しんだらだめかな"),
    ("high", "しんだら部屋のもの すきにしていいよ"),
    ("imminent", "ともだちの連絡先ぜんぶ消した。グループもぬけた"),
    ("imminent", "さよなら。ずっとたのしかった"),
    ("high", "消えたらダメかな？"),
    ("imminent", "ともだちに形見分けした"),
]

HARMLESS = [
    "長生きしたいって思う！",
    "生きたいと思えない主人公の話よんだ",
    "おばあちゃんは天国でまってるよってママが言ってた",
    "天国でまっててね　ハムちゃん",
    "天国のおばあちゃん　みててね",
    "ゲームで死んだらだめかな？",
    "キャラがしんだら泣いてくれるかな",
    "引っ越したら 部屋のものすきにしていいよって弟に言った",
    "部活おわりにする　先輩ありがとうございました　つかれた",
    "転校しちゃうけど みんなに会えてよかった！またね",
    "おじいちゃん いい人生だったね ありがとう",
    "いい人生だった～って言えるようにがんばる　ありがと",
    "機種変したから 前のスマホのデータぜんぶ消した。アカウントも引き継ぎした",
    "テスト期間だからグループぬけます　またね",
    "WiFiのパスワード友達に教えた",
    "みんな今日はありがとう たのしかった またあそぼ",
    "旅行たのしかった　ありがと　さよなら京都",
    "おじいちゃんのお葬式で流してほしい曲ってママにきかれた",
    "おばあちゃんのかたみのゆびわ　もらった",
    "ばいばーい！またねー！",
    "お葬式ってどんなふうにするの？社会でならった",
]


# The read-only reviewer's own texts (not in any data file) that the withdrawn readings raised
# from none, most of them to imminent: lyrics and lines quoted, a graduation, a sister's game
# password, a character's or a grandmother's life, a lesson about funerals, a dreaded test.
REVIEWED_HARMLESS = [
    "てんごくで まってる って うた きいて ないた",
    "てんごくで まってる って かし すき〜 さいごの サビ やばい",
    "あの世で まってる って セリフ かっこよ",
    "「あの世で また 会おう」って 主人公 かっこよすぎ",
    "また うまれたら おなじ クラスに なろうね！ばいばい 〜 そつぎょう おめでと🌸",
    "ねこの あかちゃん また うまれたら もらって いい？ ばいばい また あした",
    "パスコード 0412 だよ、ママの iPad。あとは よろしく",
    "Wi-Fiの パスワード おくった。あとは よろしく",
    "いもうとに スイッチの パスコード おしえた。あとは よろしく",
    "ピカチュウ いい人生だったね ありがとう",
    "ばあばの 人生 だった から ありがとう って いいたい",
    "この キャラ の 人生 だった〜 って かんじ の エンディング ありがとう",
    "おじさんが なくなった。おそうしきには だれが きて くれるかな",
    "おそうしきで ながして ほしい きょく って じゅぎょうで きかれた",
    "ばいばい またねは いわない、だって あした あうじゃん",
    "あしたが きて ほしいって おもえない くらい あしたの テスト やだ",
]


@pytest.mark.parametrize(("level", "text"), SERIOUS)
def test_a_farewell_or_a_hidden_wish_reaches_its_level(level: str, text: str) -> None:
    assert LEVELS.index(assess(text).level) >= LEVELS.index(level), text


@pytest.mark.parametrize("text", HARMLESS)
def test_the_same_shape_said_harmlessly_stays_none(text: str) -> None:
    assert assess(text).level == "none", text


@pytest.mark.parametrize("text", REVIEWED_HARMLESS)
def test_what_the_review_found_raised_stays_none(text: str) -> None:
    assert assess(text).level == "none", text


def test_a_reading_capped_by_a_game_keeps_the_layers_lift() -> None:
    # the password left beside a game is capped by the game to concern; read again without the
    # round's readings the layer lifts it: the higher level stands
    assert assess("ゲームのパスワード かいといた。あとはよろしくね").level == "imminent"
