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

IMMINENT = [
    ("place_now:shoes_left", "スニーカー ぬいで、きれいに そろえておいた"),
    ("place_now:shoes_left", "くつは ここに おいていくね"),
    ("place_now:train_condition", "快速が 通るたびに、今なら、と 思う"),
    ("place_now", "ふみきりで まってる。つぎの でんしゃ"),
    ("place_now", "びょういんの おくじょう、だれも こない。いま そこ"),
    ("place_now", "ベランダ さむい。てすりの そとがわ、足 ふるえる"),
]


@pytest.mark.parametrize(("construction", "text"), IMMINENT, ids=[t for _, t in IMMINENT])
def test_being_there_told_without_the_place_is_imminent(construction: str, text: str) -> None:
    assert found_by_rules(text).get(construction) == "imminent"
    assert safety.assess(text, learned_layer=False).level == "imminent"


def test_looking_down_and_pulled_in_is_high() -> None:
    text = "したを のぞいたら すいこまれそうに なる"
    assert found_by_rules(text).get("place_now:drawn") == "high"


@pytest.mark.parametrize(
    "text",
    [
        "げんかんで くつ そろえたら おばあちゃんに ほめられた",
        "おとうとが くつ ぬいで ならべてた",
        "くつ ここに おいとくね、あとで とりにくる",
        "でんしゃが きたら、いまなら しゃしん とれる",
        "ふみきりで つぎの でんしゃ まってる、どうが とるんだ",
        "かんらんしゃで したみたら すいこまれそうで こわかった",
        "フェンスの むこうがわに ボールが とんでった",
        "サンダル ぬいで かわに はいった。あしだけ。つめたくて きもちよかった",
        "えんそくで がけの よこ とおった、たかかった",
    ],
)
def test_everyday_twins_stay_none(text: str) -> None:
    assert safety.assess(text, learned_layer=False).level == "none"
