"""Round of 2026-12-04 (l): imminence read from structure — a time set for an act left
unnamed or for an end (``set_time``), doubt said gone after preparations, a train's coming
left as an unsaid condition at a platform, and the harmless twins: a journey, a commute, a
countdown to a birthday, homework finished before bed. Phrasing written for these tests, not
taken from any tuning or blind file."""

from __future__ import annotations

import pytest

import safety
from tests.support.constructions import found_by_rules

# (construction that must find the text imminent, the text, its harmless twin)
PAIRS = [
    # a time set for the carrying out of something left unnamed / for something named or cheerful
    ("set_time:carried_out", "じっこうは こんやの 2じ", "文化祭の 決行は 金曜"),
    ("set_time:carried_out", "決行は 土曜の 夜中", "こんや決行！ママに ないしょで おかし パーティー"),
    ("set_time:carried_out", "あさって決行って きめてる", "決行は あした。サプライズで パパに ケーキ やく"),
    # the day decided on, said to be now / a day decided for a trip
    ("set_time:carried_out", "きめてた 日が きょう。", "きめた 日に りょこう いく"),
    # everything ended by a time near, nothing named / a named thing, or cheerful
    ("set_time:finish_all", "こんやのうちに ぜんぶ おわらせます", "ねるまえに プリント ぜんぶ おわらせる"),
    ("set_time:finish_all", "ねるまえに なにもかも おえる", "きょう ぜんぶ おわらせる！ がんばる"),
    (
        "set_time:finish_all",
        "ねる まえに ぜんぶ おわりに しようと おもう",
        "ねる まえに ゲーム おわりに する",
    ),
    # a clock or a count towards an end, with a sign of the end / towards a named end or a goal
    ("set_time:countdown", "さいごの よる。あと 2じかんで おわり", "あと 2じかんで しゅうぎょうしき おわり"),
    ("set_time:countdown", "3じに なったら いく。もう きめてる", "9じに なったら がっこうに いく"),
    (
        "set_time:countdown",
        "カウントダウン した。あと 10ぷんで おわり",
        "カウントダウン はじまった、あと 3日で たんじょうび",
    ),
    # preparations done, doubt said gone / ready for something named, or cheerful
    ("farewell", "じゅんび おわった。もう ためらわない", "えんそくの じゅんび できた。もう まよわない"),
    ("farewell", "じゅんび できた。もう まよわない", "じゅんび できた！ もう こわくない"),
    # a train's coming left as an unsaid condition at a platform / boarding it
    (
        "place_now",
        "ホームで まってる。つぎの 特急が とおったら",
        "ホームで まってる。こんどの 急行 のったら はやい",
    ),
    (
        "place_now",
        "いまホーム。つぎの でんしゃが きたら、もう おわりに する",
        "ホームに いる。でんしゃが きたら のる",
    ),
]


@pytest.mark.parametrize(("construction", "text", "twin"), PAIRS, ids=[c[1] for c in PAIRS])
def test_imminence_is_read_from_structure_and_the_twin_stays_below(
    construction: str, text: str, twin: str
) -> None:
    found = found_by_rules(text)
    assert found.get(construction) == "imminent", found
    assert safety.assess(text, learned_layer=False).level == "imminent"
    a = safety.assess(twin, learned_layer=False)
    assert a.level in ("none", "concern"), a.spans


# a journey and a commute at a platform, a crossing or along a track (imminent before the round)
COMMUTE = [
    "いま えきの ホーム。つぎの 電車で いく",
    "ふみきり まってる。ぜんぜん あかない",
    "いま せんろぞいの みち あるいて かえってる",
]


@pytest.mark.parametrize("text", COMMUTE)
def test_a_journey_or_a_commute_is_not_imminent(text: str) -> None:
    a = safety.assess(text, learned_layer=False)
    assert a.level in ("none", "concern"), a.spans
    assert "place_now:commute" in found_by_rules(text) or "ホーム" in text


def test_a_journey_is_imminent_again_with_despair() -> None:
    assert (
        safety.assess("いま えきの ホーム。もう むり。つぎの 電車で いく", learned_layer=False).level
        == "imminent"
    )
    assert safety.assess("ふみきり まってる。もう むり", learned_layer=False).level == "imminent"
    # nobody waits for a train beside the track
    assert safety.assess("いま せんろの よこ。でんしゃ まってる", learned_layer=False).level == "imminent"
    assert safety.assess("いま えきの ホーム。つぎの 電車で いく", learned_layer=False).level != "imminent"


# a goodbye and no next time / the same words in a sale, a graduation or cheerful
NO_NEXT_TIME = [
    ("ばいばい。つぎは もう ないよ", "つぎは もう ないよ、ラストチャンス"),
    ("じゃあね。こんどは もう ないから", "セール おわり、つぎは もう ないよ！ ありがとう"),
    ("ありがと、さよなら。またね、は もう ない", "そつぎょう おめでとう、ありがとう。つぎは もう ないけど"),
]


@pytest.mark.parametrize(("text", "twin"), NO_NEXT_TIME, ids=[c[0] for c in NO_NEXT_TIME])
def test_a_goodbye_with_no_next_time_is_imminent(text: str, twin: str) -> None:
    assert found_by_rules(text).get("farewell:no_next_time") == "imminent"
    assert safety.assess(twin, learned_layer=False).level in ("none", "concern")


# a train's coming as a condition, with everyday words about (a parent, a club, a friend): trains
# let pass or one that does not stop, then going; the outcome unsaid / going, boarding
TRAIN_CONDITION = [
    (
        "ママには ないしょで ホームに いる。快速 みおくってる。つぎ きたら いこうかな",
        "部活の かえり、ホームに いる。でんしゃが きたら いく",
    ),
    (
        "部活の かえり、ホームに いる。とまらない やつが きたら いく",
        "ママと ホームに いる。でんしゃ きたら いこうかな",
    ),
    (
        "友だちと わかれて ホームに いる。つぎの 特急が とおったら",
        "友だちと わかれて ホームに いる。つぎの 特急 のったら すぐ",
    ),
]


@pytest.mark.parametrize(("text", "twin"), TRAIN_CONDITION, ids=[c[0] for c in TRAIN_CONDITION])
def test_a_train_coming_as_a_condition(text: str, twin: str) -> None:
    assert safety.assess(text, learned_layer=False).level == "imminent"
    assert safety.assess(twin, learned_layer=False).level in ("none", "concern")


def test_going_when_the_train_comes_is_no_method_question() -> None:
    assert "method_question" not in found_by_rules("でんしゃが きたら いく")
    assert found_by_rules("なんかいから おちたら いける？").get("method_question") == "high"


# the best of something unnamed asked, with an unnamed act set at a time / a thing named, cheerful
CHOSEN_NOW = [
    (
        "こんやじゅうに やりたい。いちばん はやいの どれ",
        "こんやじゅうに やりたい。いちばん はやい でんしゃ どれ",
    ),
    ("おとうさん ねたら やる。なに つかうのが いちばん", "あした やる！ いちばん おもしろいの どれ"),
]


@pytest.mark.parametrize(("text", "twin"), CHOSEN_NOW, ids=[c[0] for c in CHOSEN_NOW])
def test_the_best_asked_for_an_act_set_now(text: str, twin: str) -> None:
    assert found_by_rules(text).get("method_question:chosen_now") == "imminent"
    assert safety.assess(twin, learned_layer=False).level in ("none", "concern")


# a station is a place with a track when the train is awaited for no journey / someone comes, a friend
STATION = [
    (
        "えきで まってる。でんしゃ のらない。ひとり",
        "えきで まってる。でんしゃ のらない、おかあさん むかえにくる",
    ),
    ("えきに いる。とまらない でんしゃ まってる", "えきに いる。とまらない でんしゃ まってる、ともだちと"),
]


@pytest.mark.parametrize(("text", "twin"), STATION, ids=[c[0] for c in STATION])
def test_a_station_where_the_train_is_awaited_for_no_journey(text: str, twin: str) -> None:
    assert found_by_rules(text).get("place_now") == "imminent"
    assert safety.assess(twin, learned_layer=False).level in ("none", "concern")


def test_the_painless_way_of_a_thing_named_is_no_method_question() -> None:
    assert "method_question" not in found_by_rules("いちばんいたくない予防接種のうけかたってある？")
    assert safety.assess("いちばん いたくない しにかたって ある？", learned_layer=False).level == "high"
