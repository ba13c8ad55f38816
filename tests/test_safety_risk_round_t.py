"""Ninth risk round of 2026-12-07: a wish denied with a doubt or left unfinished, a last sight
from a high place, and a view seen from a balcony, a window or an observation deck.

Each test holds texts the earlier rules misread and texts sharing their surface that must keep
their level; none is taken from the round's tuning file (risk_tuning_2026-12-07t.tsv)."""

from __future__ import annotations

import pytest

from safety import LEVELS, assess


def _rank(text: str) -> int:
    return LEVELS.index(assess(text).level)


# a wish denied, then doubted (in the denial's sentence or opening the next) or left unfinished
HALF_MEANT = (
    "きえたい わけじゃない。たぶん。",
    "死にたいわけじゃないと思う。わかんない",
    "いなくなりたいわけでは…",
    "いなくなりたいわけじゃ",
)

# the view from a high place called the last one seen
LAST_SIGHT = (
    "はしの上なう。夕日きれい。さいごに見るなら これがいい",
    "いま屋上。月きれい。最後に見るのが これでよかった",
    "マンションのいちばんうえ。星きれい。さいごに見る空",
)

# something named seen from a balcony, a window or a deck: a view
VIEWS = (
    "ベランダから スカイツリー 見えた",
    "展望台から みた 東京 ひろかった",
    "おじいちゃんちの ベランダから 田んぼ ぜんぶ みえる",
    "夏休み さいごに うみ みてきた。また らいねん いく",
)


@pytest.mark.parametrize("text", HALF_MEANT)
def test_a_wish_denied_with_a_doubt_is_high(text: str) -> None:
    assert assess(text).at_least("high"), text


@pytest.mark.parametrize("text", LAST_SIGHT)
def test_a_last_sight_from_a_high_place_is_imminent(text: str) -> None:
    assert assess(text).level == "imminent", text


@pytest.mark.parametrize("text", VIEWS)
def test_a_view_from_a_place_is_nothing(text: str) -> None:
    assert assess(text).level == "none", text


# (text, the least level it must keep): the same surfaces with the drop, a sign of the end, a
# denial said firmly or a return said
KEPT: tuple[tuple[str, str], ...] = (
    ("ベランダから 下 みてる", "imminent"),
    ("ベランダから 星 みてる。いまなら とべそう", "high"),
    ("まどから 富士山 みえた。もう いいや", "imminent"),
    ("屋上から 夜景 みてる。さよなら", "imminent"),
    ("ビルの屋上から 夜景 みてる。最後に見れてよかった", "imminent"),
    ("屋根が ぜんぶ 見える。あと少しで 楽に なれる", "high"),
    ("いま おくじょう。したを みてきた", "imminent"),
    ("ベランダから とびたい", "high"),
    # a view at a roof or a cliff said as now, the surroundings looked out at, or anything of
    # the end beside it: the place's reading, not a visit
    ("いま 屋上から 夜景 みてる", "imminent"),
    ("マンションの屋上から 町 みてる。だれも いない", "imminent"),
    ("がけの上から 船 みえる", "high"),
    ("まどから 外 みてる。5かい", "high"),
    ("ベランダから 空 みてる", "high"),
)


@pytest.mark.parametrize(("text", "least"), KEPT)
def test_the_same_surfaces_with_a_drop_or_an_end_keep_their_level(text: str, least: str) -> None:
    assert _rank(text) >= LEVELS.index(least), text


# (text, the most it may be rated)
CALM: tuple[tuple[str, str], ...] = (
    ("しにたいわけじゃないよ！げんき！", "none"),
    ("しにたいわけじゃないけど、ねむい", "none"),
    ("死にたいとは思わない。たぶん大丈夫", "none"),
    ("修学旅行の最後に、展望台から夜景みた！", "none"),
    ("夏休みさいごに 海 見てきた。きれいだった。また来年いく", "none"),
    ("まどから 虹 みえた！", "none"),
    # an opinion of someone else's wish, or a story's, doubted: not the writer's own
    ("あの子は しにたいわけじゃないと思うよ、かまってほしいだけ", "none"),
    ("この歌の主人公、死にたいわけじゃない、たぶん", "concern"),
)


@pytest.mark.parametrize(("text", "most"), CALM)
def test_ordinary_texts_stay_calm(text: str, most: str) -> None:
    assert _rank(text) <= LEVELS.index(most), text


# pushed down by someone at home: violence by its lemma, in any conjugation
PUSHED_DOWN = ("義理の父に 押し倒された。こわい", "おにいちゃんに よる おしたおされる")
# play and sport share the verb
PUSHED_IN_PLAY = ("弟と じゃれてて 押し倒された笑", "柔道で 兄に 押し倒された")


@pytest.mark.parametrize("text", PUSHED_DOWN)
def test_pushed_down_at_home_is_abuse(text: str) -> None:
    a = assess(text)
    assert a.at_least("high") and "abuse" in a.categories, text


@pytest.mark.parametrize("text", PUSHED_IN_PLAY)
def test_pushed_down_in_play_is_nothing(text: str) -> None:
    assert assess(text).level == "none", text
