"""Harmless farewells, plans and method questions (docs/history/safety-rounds.md, "Harmless farewells, fifth
round of 2026-12-06"): a goodbye an occasion explains (卒業, 転校, 引っ越し, a trip, a last day at
a club), an end made of a thing that is not the writer (homework, a game, a series), a method
question asked for a stated everyday purpose. Each one's serious twin — no occasion, a final act,
a life named, something suicidal in the text — keeps its level."""

from __future__ import annotations

import pytest

from safety.risk import assess

# Written for this test, not taken from any evaluation or tuning set.
OCCASIONED_GOODBYES = [
    "あさって ひっこし　このクラスとも きょうで さいご　みんなさよなら",
    "がっしゅく おわり〜 みんなさよなら また らいねん",
    "じゅく きょうで さいご　せんせい いままで ありがとう",
    "コーチ いままで ありがとうございました、らいげつから ちがう クラブ",
    "チーム かいさん　みんな いままで ありがとう",
    "6年生を送る会で みんなで いままでありがとうって いった",
]

FAREWELLS_KEPT = [
    "みんなさよなら",
    "みんなさよなら　さがさないで",
    "ひっこしとか もう どうでもいい　みんなさよなら　うまれかわったら またね",
    "いままでありがとう　みんな げんきで",
    "みんな いままで ありがとう　ほんとに さよなら",
    # an occasion named, and despair or going away with it: the goodbye is no occasion's
    "てんこうしても いじめられる。もう むり。みんな さよなら",
    "そつぎょうまで がんばれなかった　みんなさよなら",
    "ひっこしの まえに いなくなる　みんなさよなら",
    "じゅく いきたくない　きょうで さいご　いままで ありがとう",
]

THINGS_ENDED = [
    "こんやで ぜんぶ おわらせる、レポートの こと",
    "あした までに ぜんぶ おわらせる。しゅくだいの こと",
    "きょうで おわりに する　かきんするの",
    "こんや 決行　パパの サプライズ パーティー",
]

ENDS_KEPT = [
    "こんや ぜんぶ おわらせる",
    "しゅくだいも じんせいも こんや ぜんぶ おわらせる",
    "こんや決行",
    "決行は こんや。くすり ぜんぶ",
    "あした決行。じぶんの こと",
    "こんや ぜんぶ おわらせる。この じんせい",
    # a thing named, and something else worrying: the end is not only the thing's
    "ゲームも ぜんぶ けした　こんや おわらせる",
    "しゅくだい つらい　こんや ぜんぶ おわらせる",
]

PURPOSED_QUESTIONS = [
    "ロープって どうやって むすぶの？ テントに つかう",
    "いちばん たかい はしって どこ？ 社会科の レポートで しらべてる",
    "かわって どのくらい ふかいと あぶないの？ すいえいの じゅぎょうで きいた",
]

QUESTIONS_KEPT = [
    "いちばんたかい橋ってどこ？",
    "ロープって どこに かければ いい？",
    "じゆうけんきゅうで しらべてる。いちばん たかい はしって どこ？ とびおりたい",
    # a lesson as the pretext of a grave result and a means at hand
    "ほけんの じゅぎょうで きいたけど、かぜぐすりって どのくらい のんだら おきられなくなるの？"
    " いえに いっぱい ある",
]

OLD_THINGS_GIVEN = [
    "むかしの ゲーム ぜんぶ おとうとに あげた。もう やらないし",
    "むかしの まんが いとこに ぜんぶ あげた　もう よまないし",
]

GIVING_KEPT = [
    "むかしから だいじにしてた ぬいぐるみ ともだちに あげた　もう いらないから",
    "むかしの おもちゃ ぜんぶ いとこに あげた　みんなさよなら",
    "むかしの ふく ぜんぶ あげた。もう いらない。しにたい",
]

EVERYDAY_ENDINGS = [
    "りかで さいぼうが しぬ しくみ ならった",
    "ひなんくんれんで おくじょうに あがった",
]


@pytest.mark.parametrize("text", OCCASIONED_GOODBYES)
def test_a_goodbye_an_occasion_explains_is_no_farewell(text: str) -> None:
    assert not assess(text, learned_layer=False).at_least("high")


@pytest.mark.parametrize("text", FAREWELLS_KEPT)
def test_a_farewell_with_no_occasion_or_a_final_act_stays_imminent(text: str) -> None:
    assert assess(text, learned_layer=False).level == "imminent"


@pytest.mark.parametrize("text", THINGS_ENDED)
def test_an_end_made_of_a_thing_named_is_no_plan(text: str) -> None:
    assert assess(text, learned_layer=False).level == "none"


@pytest.mark.parametrize("text", ENDS_KEPT)
def test_an_end_made_of_nothing_named_or_of_a_life_stays_imminent(text: str) -> None:
    assert assess(text, learned_layer=False).level == "imminent"


@pytest.mark.parametrize("text", PURPOSED_QUESTIONS)
def test_a_method_shaped_question_for_a_stated_purpose_is_none(text: str) -> None:
    assert assess(text, learned_layer=False).level == "none"


@pytest.mark.parametrize("text", QUESTIONS_KEPT)
def test_a_method_question_with_no_purpose_or_with_a_wish_stays_high(text: str) -> None:
    assert assess(text, learned_layer=False).at_least("high")


@pytest.mark.parametrize("text", EVERYDAY_ENDINGS)
def test_a_cell_dying_and_a_drill_on_the_roof_are_none(text: str) -> None:
    assert assess(text, learned_layer=False).level == "none"


@pytest.mark.parametrize("text", OLD_THINGS_GIVEN)
def test_old_things_given_with_no_goodbye_are_none(text: str) -> None:
    assert assess(text, learned_layer=False).level == "none"


@pytest.mark.parametrize("text", GIVING_KEPT)
def test_things_loved_long_or_given_with_a_goodbye_or_a_wish_stay_imminent(text: str) -> None:
    assert assess(text, learned_layer=False).level == "imminent"
