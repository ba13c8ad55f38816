"""Round of 2026-12-04 (i): a departure told as the last one, with no goodbye word
(``safety/constructions/departure.py``): going with a return denied (``farewell:gone_for_good``),
being looked for declined (``farewell:not_to_be_found``), vanishing set at a point
(``farewell:vanish_set``); and their harmless twins. Also the shapes of an outing, a game and a
day's session that the rules read as an end before this round. Phrasing written for these tests,
not taken from any tuning or blind file."""

from __future__ import annotations

import pytest

import safety
from tests.support.constructions import found_by_rules

# (construction:note that must find the text imminent, the text, its harmless twin)
PAIRS = [
    (
        "farewell:gone_for_good",
        "これから でかけるね。もう もどらん",
        "これから でかけるね。すぐ もどる",
    ),
    (
        "farewell:gone_for_good",
        "よる 11じに いえ でる。かえらない",
        "よる 11じに いえ でる。かえらないと おこられる",
    ),
    (
        "farewell:gone_for_good",
        "いまから いってきます、かえりません",
        "いまから ともだちの いえに いってきます、こんやは かえりません",
    ),
    (
        "farewell:gone_for_good",
        "がっこう おわったら そのまま いく。もう いえには かえらない",
        "がっこう おわったら そのまま いく。あしたは おとまりだから かえらない",
    ),
    (
        "farewell:not_to_be_found",
        "ぼくの こと、さがさないでね",
        "かくれんぼ するよ、さがさないでね",
    ),
    (
        "farewell:not_to_be_found",
        "あたしのこと もう さがさなくて いいから",
        "けしゴム さがさなくて いいから、じぶんで みつけるし",
    ),
    (
        "farewell:vanish_set",
        "こんやの うちに きえる",
        "こんやの うちに ゆきが きえる",
    ),
    (
        "farewell:vanish_set",
        "みんなが おきる まえに いなくなる",
        "みんなが おきる まえに せんせいが いなくなる",
    ),
    (
        "farewell:vanish_set",
        "この どうが みおわったら けす、じぶんを",
        "この どうが みおわったら けす、でんきを",
    ),
    (
        "farewell:vanish_set",
        "しぬの、こんやに きめた",
        "ねるの、こんやは 9じに きめた",
    ),
]


@pytest.mark.parametrize(("construction", "text", "twin"), PAIRS, ids=[p[1] for p in PAIRS])
def test_a_last_departure_is_imminent_and_the_twin_is_nothing(
    construction: str, text: str, twin: str
) -> None:
    assert found_by_rules(text).get(construction) == "imminent"
    assert safety.assess(text, learned_layer=False).level == "imminent"
    assert construction not in found_by_rules(twin)
    assert safety.assess(twin, learned_layer=False).level == "none"


def test_a_search_for_a_thing_or_a_question_is_no_farewell() -> None:
    for text in (
        "スマホは さがさないで",
        "わたしの こと さがさないで？",
        "さがさないで いいよ、みつけたから",
    ):
        assert "farewell:not_to_be_found" not in found_by_rules(text), text


def test_a_vanishing_wished_stays_the_wish_constructions() -> None:
    """「こんや きえたい」 is a wish (high), not a plan set at a time."""
    assert "farewell:vanish_set" not in found_by_rules("こんや きえたい")


@pytest.mark.parametrize(
    "text",
    ["かわに きた！みず つめたーい", "うみ ついた！すなはま あつい", "やまに きた！かぜ つめたい"],
)
def test_a_day_at_the_sea_or_a_river_with_an_exclamation_is_an_outing(text: str) -> None:
    assert safety.assess(text, learned_layer=False).level == "none"


def test_the_sea_with_a_sign_of_the_end_stays_imminent_despite_an_exclamation() -> None:
    assert safety.assess("うみに きた！ もう むり", learned_layer=False).level == "imminent"
    assert safety.assess("よるの うみ、ひとりで きた。つめたい", learned_layer=False).level == "imminent"


@pytest.mark.parametrize("text", ["まおう たおしに いく、いまから", "いまから ぼす たおしにいく"])
def test_the_shi_of_a_verb_stem_is_no_act_of_dying(text: str) -> None:
    assert safety.assess(text, learned_layer=False).level == "none"


def test_dying_read_in_kana_after_a_word_keeps_its_act() -> None:
    assert safety.assess("いまから しにいく", learned_layer=False).level == "imminent"


def test_an_ending_set_apart_as_todays_is_a_session_not_an_end() -> None:
    assert safety.assess("ねむいから きょうは おわりに する、おやすみ", learned_layer=False).level == "none"
    assert safety.assess("もう おわりに する", learned_layer=False).level != "none"
