"""Round a of 2026-12-05: being at a drop or a track told by what is there rather than by the
place's name (``safety/constructions/shoes.py``: ``place_now:shoes_left``; ``place.py``:
``place_now:train_condition``, ``place_now:drawn`` when looking down, the next train awaited at a
crossing, 「いま そこ」 pointing back to a place, the far side of a railing with only a feeling
after it), and what keeps a day out apart (paddling, a path passed on a hike, a train fan, a
view). Phrasing written for these tests, not taken from any tuning or blind file."""

from __future__ import annotations

import pytest

import safety
from tests.support.constructions import found_by_rules

# (construction:note that must find the text imminent, the text, an everyday twin that stays none)
IMMINENT = [
    (
        "place_now:shoes_left",
        "スニーカー ぬいで、きれいに そろえておいた",
        "げんかんで くつ そろえたら おばあちゃんに ほめられた",
    ),
    ("place_now:shoes_left", "くつは ここに おいていくね", "くつ ここに おいとくね、あとで とりにくる"),
    ("place_now:shoes_left", "くつ ぬいだ。ならべて おいた", "おとうとが くつ ぬいで ならべてた"),
    (
        "place_now:train_condition",
        "快速が 通るたびに、今なら、と 思う",
        "でんしゃが きたら、いまなら しゃしん とれる",
    ),
    (
        "place_now",
        "ふみきりで まってる。つぎの でんしゃ",
        "ふみきりで つぎの でんしゃ まってる、どうが とるんだ",
    ),
    (
        "place_now",
        "マンションの 屋上って、フェンス ひくいんだ。いま そこ",
        "びょういんの 屋上、ながめ いい。いま そこ",
    ),
    (
        "place_now",
        "がっこうの 屋上。柵の むこうがわ、ちょっと さむい",
        "フェンスの むこうがわに ボールが とんでった",
    ),
]


@pytest.mark.parametrize(("construction", "text", "twin"), IMMINENT, ids=[t for _, t, _ in IMMINENT])
def test_being_there_told_without_the_place_is_imminent(construction: str, text: str, twin: str) -> None:
    assert found_by_rules(text).get(construction) == "imminent"
    assert safety.assess(text, learned_layer=False).level == "imminent"
    assert safety.assess(twin, learned_layer=False).level == "none"


def test_looking_down_and_pulled_in_is_high() -> None:
    assert found_by_rules("したを のぞいたら すいこまれそうに なる").get("place_now:drawn") == "high"
    assert (
        safety.assess("かんらんしゃで したみたら すいこまれそうで こわかった", learned_layer=False).level
        == "none"
    )


@pytest.mark.parametrize(
    "text",
    [
        "サンダル ぬいで かわに はいった、あしだけ。きもちよかった",
        "くつ ぬいで うみに はいった。あしだけ つけた",
        "えんそくで がけの よこ とおった、たかかった",
    ],
)
def test_paddling_and_a_path_passed_are_a_day_out(text: str) -> None:
    assert safety.assess(text, learned_layer=False).level == "none"


def test_trains_let_pass_counted_at_a_platform_are_imminent() -> None:
    assert (
        safety.assess("えきの ホーム。さっきから 4本 みおくってる", learned_layer=False).level == "imminent"
    )
    assert safety.assess("ホームで 2本 みおくった、まんいん だったから", learned_layer=False).level == "none"
