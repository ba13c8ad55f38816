"""Round of 2026-12-04 (c): a farewell told by ACTIONS — a settling act done on the writer's
things (given back, thrown out, deleted, emptied, given away) with finality said in grammar
(``farewell:settled``), and tomorrow said not to exist (``farewell:no_tomorrow_said``); and
their harmless twins, held out by what makes them harmless (a next time, an everyday reason, a
big clean, a gift outgrown, a thing named). Phrasing written for these tests, not taken from
any tuning or blind file."""

from __future__ import annotations

import pytest

import safety
from tests.support.constructions import found_by_rules

# (construction:note that must find the text imminent, the text, its harmless twin)
PAIRS = [
    # given back + 「これで」 + an end / + a next time
    (
        "farewell:settled",
        "ともだちに かりてた ゲーム、かえしてきた。これで もう なにも ない",
        "かりてた ゲーム かえした。つぎは 2かん かりる",
    ),
    # emptied + tomorrow not needed / + a holiday
    (
        "farewell:settled",
        "きょうしつの ロッカー からっぽに した。あしたは いらない",
        "ロッカー からっぽに した。あしたから なつやすみだから もう いらない",
    ),
    # deleted + never again, flat / + a full phone
    (
        "farewell:settled",
        "スマホの しゃしん ぜんぶ けした。もう だれにも みられない",
        "スマホの しゃしん けした。ようりょう いっぱいで。これで もう あんしん",
    ),
    # thrown out + what is left is one thing / + a big clean, cheerful
    (
        "farewell:settled",
        "つくえの なか ぜんぶ すてた。のこってるのは ノートだけ",
        "つくえの なか ぜんぶ すてた。おおそうじ！ のこってるのは ノートだけ",
    ),
    # given away + keeping said pointless / + outgrown
    (
        "farewell:settled",
        "まんが ぜんぶ いとこに ゆずった。もってても しかたないし",
        "ふるい まんが いとこに ゆずった。ちいさいころのだし、もう よまない",
    ),
    # tomorrow said not to exist / a sale's tomorrow
    ("farewell:no_tomorrow_said", "あしたは もう ない", "あしたは もう ないよ、その セール"),
    ("farewell:no_tomorrow_said", "あしたの あさは もう こないよ", "あしたは ないの？"),
]


@pytest.mark.parametrize(("construction", "text", "twin"), PAIRS, ids=[c[1] for c in PAIRS])
def test_a_farewell_told_by_actions_is_imminent_and_the_twin_is_not(
    construction: str, text: str, twin: str
) -> None:
    assert found_by_rules(text).get(construction) == "imminent"
    assert safety.assess(text, learned_layer=False).level == "imminent"
    assert safety.assess(twin, learned_layer=False).level in ("none", "concern")


def test_things_settled_are_the_writers_own_not_a_story() -> None:
    # 漫画 is a frame word; returned manga is no story told (the note keeps the level)
    text = "かりてた 漫画 ぜんぶ かえした。これで 思い残す ことは ない"
    assert safety.assess(text, learned_layer=False).level == "imminent"


# chores and a big clean: things given, thrown out or put away for an everyday reason
CHORES = [
    "しゅくだい ぜんぶ かたづけた。これで おわり",
    "へや ぜんぶ かたづけたら すっきり！ これで おわり",
]


@pytest.mark.parametrize("text", CHORES)
def test_a_chore_done_is_no_farewell(text: str) -> None:
    assert safety.assess(text, learned_layer=False).level in ("none", "concern")


# the last of a day's routine had or being had / the last of a stay, a day, or asked
LAST_DAILY = [
    (
        "さっき さいごの ゆうはん たべた。ふつうに おいしかった",
        "さいごの ゆうはん、りょかんで たべた。あした かえる",
    ),
    ("さいごの おふろ はいってる", "今日の さいごの ごはんは ラーメンだった"),
    ("最後の 晩ごはん、からあげだった", "最後の 晩ごはん って なにが いい？"),
]


@pytest.mark.parametrize(("text", "twin"), LAST_DAILY, ids=[c[0] for c in LAST_DAILY])
def test_the_last_of_a_days_routine_is_imminent(text: str, twin: str) -> None:
    assert found_by_rules(text).get("farewell:last_daily") == "imminent"
    assert safety.assess(twin, learned_layer=False).level in ("none", "concern")


def test_gone_by_the_time_something_arrives_is_a_farewell() -> None:
    # a verb + ころには + もう いない: the writer gone by a time to come
    assert safety.assess("てがみが つく ころには もう いない", learned_layer=False).level == "imminent"
    # someone coming home by then: an errand, not an end
    assert (
        safety.assess("ママが かえってくる ころには もう いないよ", learned_layer=False).level != "imminent"
    )


# a settling act, then a goodbye that closes the text, readiness, or only going left /
# a next time, a named errand, a trip, a cheerful plan
BYE_READY = [
    ("つくえの なか かたづけた。ばいばい", "つくえの なか かたづけた。ばいばい、また あした"),
    ("ノート ぜんぶ すてた。あとは いくだけ", "ノート ぜんぶ すてた。あとは じゅく いくだけ"),
    ("しゃしん ぜんぶ けした。じゅんび できた", "へや かたづけた。りょこうの じゅんび できた"),
]


@pytest.mark.parametrize(("text", "twin"), BYE_READY, ids=[c[0] for c in BYE_READY])
def test_an_act_of_settling_then_a_goodbye_or_readiness(text: str, twin: str) -> None:
    assert found_by_rules(text).get("farewell:settled") == "imminent"
    assert safety.assess(twin, learned_layer=False).level in ("none", "concern")


def test_a_thing_done_named_the_last_with_a_thanks_is_a_farewell() -> None:
    text = "パパに ありがとうって いった。あれが さいごに なる"
    assert found_by_rules(text).get("farewell:last_day") == "imminent"
    # the last match of a season, or a concert, with a thanks: cheerful or an everyday word
    assert safety.assess(
        "しあい、あれが さいごに なった。せんぱい ありがとう", learned_layer=False
    ).level in (
        "none",
        "concern",
    )
    # no thanks or goodbye in the text: a remark, not a farewell
    assert "farewell:last_day" not in found_by_rules("あれが さいごに なる")


def test_someone_elses_act_is_no_farewell_of_the_writer() -> None:
    # 「してた」 (する + てる) is no kana 「すてた」; a parent's tidying is not the writer's
    given_to_me = "ともだちが だいじに してた ペン、くれた。もう いらんって"
    assert "farewell:settled" not in found_by_rules(given_to_me)
    assert "farewell:settled" not in found_by_rules("ママが わたしの へや かたづけた。もう なにも ない")
    assert found_by_rules("わたしは へや かたづけた。もう なにも ない").get("farewell:settled") == "imminent"


# a settling act wished, leading into vanishing (a wish: high) / the act done (imminent)
WISHED = [
    ("ノート ぜんぶ かたづけて きえられたら いいのに", "ノート ぜんぶ かたづけた。もう なにも ない"),
    (
        "まんが ぜんぶ だれかに あげて、いなくなれたら いいのに",
        "まんが ぜんぶ いとこに あげた。もう いらない",
    ),
]


@pytest.mark.parametrize(("wish", "done"), WISHED, ids=[c[0] for c in WISHED])
def test_a_settling_act_only_wished_is_high_not_imminent(wish: str, done: str) -> None:
    assert safety.assess(wish, learned_layer=False).level == "high"
    assert safety.assess(done, learned_layer=False).level == "imminent"
