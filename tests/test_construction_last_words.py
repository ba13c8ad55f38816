"""Round a of 2026-12-05: last words left for others, no goodbye word needed
(``safety/constructions/relayed.py``: ``farewell:relayed``, ``farewell:for_those_left``,
``farewell:last_heard``; ``goodbye_said.py``: ``farewell:end_goodbye``, ``farewell:born_thanks``;
``farewell.py``: a letter read "by then" with an auxiliary on the verb), and the everyday
messages that look the same. Phrasing written for these tests, not taken from any tuning or blind
file."""

from __future__ import annotations

import pytest

import safety
from tests.support.constructions import found_by_rules

# (construction:note that must find the text at least ``high``, the text, its everyday twin)
PAIRS = [
    (
        "farewell:relayed",
        "おとうさんに つたえといて。ずっと 感謝してたって",
        "おとうさんに つたえといて。きょう おそくなるって",
    ),
    (
        "farewell:relayed",
        "いじめてた子たちのこと、もう うらんでないって だれか いっといて",
        "せんせいが ごめんって いってたって ママに いっといて",
    ),
    (
        "farewell:relayed",
        "じいちゃんに、じいちゃんの まごで よかったって つたえてください",
        "じいちゃんに、おみやげ ありがとうって つたえてください",
    ),
    ("farewell:relayed", "おかんに すまんって いうといて", "おとうとに すまんって いうといて"),
    (
        "farewell:for_those_left",
        "あたしの 分も しあわせに なってね",
        "あたしの 分も おかし たべていいよ",
    ),
    (
        "farewell:for_those_left",
        "ずっと そらから みんなを 見守ってるからね",
        "おじいちゃんは 天国から みんなを 見守ってるよ",
    ),
    (
        "farewell:for_those_left",
        "ぼくが いなくなっても、みんなは わらっててね",
        "ぼくが いなくなっても、きっと だれも こまらない",
    ),
    (
        "farewell:last_heard",
        "ううん。さいごに だれかの こえ ききたかった だけ",
        "さいごに せんぱいと しあい したかった だけ",
    ),
    (
        "farewell:end_goodbye",
        "ぜんぶ いやになった。これで おしまい、さようなら",
        "きょうの はいしんは これで おしまい、さようなら",
    ),
    (
        "farewell:born_thanks",
        "ママ、うんでくれて ありがとう。ほんとに ごめんね",
        "ママ、うんでくれて ありがとう。たんじょうび おめでとう",
    ),
]


@pytest.mark.parametrize(("construction", "text", "twin"), PAIRS, ids=[p[1] for p in PAIRS])
def test_last_words_left_for_others_are_serious(construction: str, text: str, twin: str) -> None:
    assert found_by_rules(text).get(construction) in ("high", "imminent")
    assert safety.assess(text, learned_layer=False).level in ("high", "imminent")
    assert construction not in found_by_rules(twin)


# (text the rules must find imminent, an everyday message of the same shape that stays none)
IMMINENT_PAIRS = [
    ("おとうさんに つたえといて。ずっと 感謝してたって", "パパに だいすきって いっといて"),
    ("ぼくの ぶんまで げんきに 生きてね", "いもうとの ぶんまで たのしんできてね"),
    ("もう ここで おしまい。ばいばい、みんな", "せんせいに よろしく いっといて"),
    (
        "この メモを よんでる ころには、あたしは もう いない",
        "きみが これを よんでる ころには、もう がっこう ついてるよ",
    ),
    (
        "ママ、うんでくれて ありがとう。ほんとに ごめんね",
        "ママに ありがとうって つたえといて！ ケーキ おいしかった",
    ),
    ("ずっと そらから みんなを 見守ってるからね", "そらから みた まち、ちっちゃかった"),
]


@pytest.mark.parametrize(("text", "twin"), IMMINENT_PAIRS, ids=[p[0] for p in IMMINENT_PAIRS])
def test_the_clearest_last_words_are_imminent(text: str, twin: str) -> None:
    assert safety.assess(text, learned_layer=False).level == "imminent"
    assert safety.assess(twin, learned_layer=False).level == "none"


def test_an_apology_passed_on_alone_is_high_not_imminent() -> None:
    assert found_by_rules("おかあさんに ごめんなさいって いっといて").get("farewell:relayed") == "high"
    assert "farewell:relayed" not in found_by_rules("おとうとに ごめんなさいって いっといて")
    # someone else's apology passed on
    assert "farewell:relayed" not in found_by_rules("パパに、いとこが ごめんって いってたって つたえて")


@pytest.mark.parametrize(
    "text",
    [
        "セーブデータ けした。5ねんかん ありがとう スプラ",  # a game's save, not a life
        "ぬいぐるみ ぜんぶ いとこに あげた。もう あそばないし へや せまいから",  # a small room
    ],
)
def test_things_cleared_for_an_everyday_reason_are_no_farewell(text: str) -> None:
    assert safety.assess(text, learned_layer=False).level == "none"


def test_a_pets_care_said_over_for_good_is_imminent() -> None:
    text = "うさぎの こと、だれか おねがいします。ぼくは もう せわ できないので"
    assert found_by_rules(text).get("farewell:care_ended") == "imminent"
    twin = "うさぎの せわ、だれか おねがい。もう できない、ぶかつ いそがしくて"
    assert "farewell:care_ended" not in found_by_rules(twin)


def test_kana_mou_dekinai_is_not_read_as_an_arm() -> None:
    # 「もうできない」 was folded to 「も腕きない」 (腕 + 着る): the words of giving up were lost
    from safety.constructions import prepare

    assert prepare("わたし もうできない") == "わたし もうできない"
    assert prepare("うで きった") == "腕 きった"
