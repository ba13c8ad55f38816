"""Round of 2026-12-04 (d): method questions that name a means, a body part or a place instead
of a method word (a means weighed: enough? which is quicker or surer? where on the body?), the
body's end asked after a means, and being at a place read from the here-and-now (kana はし with
now and a sign of the end, now made a condition); with their harmless twins. Phrasing written
for these tests, not taken from any tuning or blind file."""

from __future__ import annotations

import pytest

import safety
from tests.support.constructions import found_by_rules

# (construction that must find the text at least ``level``, level, the text, its harmless twin)
PAIRS = [
    # a means judged enough / money or a thing without a means
    ("method_question:weighed", "high", "カッターで たりるかな？", "お金 たりる？"),
    # a verb of falling compared for speed / walking compared
    ("method_question:weighed", "high", "あたまから おちる ほうが はやいかな？", "あるく ほうが はやい？"),
    # a sure way sought, then means compared / two towers compared for height
    (
        "method_question:weighed",
        "high",
        "確実なやつ さがしてる。 ビルと 線路 どっちが いい？",
        "ビルと タワー どっちが たかい？",
    ),
    # a count for a sure end under a condition / a vaulting box
    (
        "method_question:weighed",
        "high",
        "どのくらいの たかさなら 一発なの",
        "どのくらいの 高さなら 一発で とべる？ とびばこ",
    ),
    # where on the body, for wounding it / where to cut hair or a cake
    (
        "method_question:weighed",
        "high",
        "じぶんの からだ きずつけるなら どこが ばれにくい？",
        "かみ きるなら どこの びよういん いい？",
    ),
    # losing consciousness (気 + 失う, を left out) after a count / in a game
    (
        "method_question:vague",
        "high",
        "どんだけ 血 でたら 気 うしなうん",
        "ゲームで 何回 やられたら 気 失う？",
    ),
    # water the body sinks in, with pain ceasing after a count / water cooling a bottle
    (
        "method_question:vague",
        "high",
        "みずの なかに しずんだら なんぷんで くるしく なくなるの",
        "水の中 何分で つめたく なる？ ペットボトル",
    ),
    # the heart stopping, after a count / after a means taken / a racing heart
    (
        "method_question:vague",
        "high",
        "どのくらい したら しんぞう とまる？",
        "しんぞうって なんかい うごく？",
    ),
    (
        "method_question",
        "high",
        "くすり いろいろ まぜたら しんぞう とまる？",
        "くすり のんだら しんぞう ドキドキ する？",
    ),
    # kana はし with now and not going back / eating with chopsticks now
    ("place_now", "imminent", "いま はしに たってる。 もう かえらない", "いま はしで ごはん たべてる"),
    # kana はし reported with a position and a sign of the end / fish seen from it
    ("place_now", "imminent", "はしの まんなか。 もう むり", "はしの まんなか。 さかな みえた"),
    # a fall pictured unnoticed, the sentence after the place / play at a river, nobody laughing
    (
        "place_now",
        "imminent",
        "よるの かわ、 まっくら。 きえても だれも きづかないよね",
        "かわで あそんだ。 おちても だれも わらわないよ",
    ),
    # now made a condition, nothing after it / what can be seen now
    (
        "place_now",
        "imminent",
        "高架の上の道。 したを電車が はしってく。 いまなら",
        "歩道橋の 上。 いまなら 夕日 みえる",
    ),
]


@pytest.mark.parametrize(("construction", "level", "text", "twin"), PAIRS)
def test_recognised_and_twin_left_out(construction: str, level: str, text: str, twin: str) -> None:
    found = found_by_rules(text)
    assert safety.LEVELS.index(found.get(construction, "none")) >= safety.LEVELS.index(level), found
    assert safety.LEVELS.index(safety.assess(twin, learned_layer=False).level) < safety.LEVELS.index(
        "high"
    ), twin


@pytest.mark.parametrize(
    ("construction", "text"),
    [
        # sleeplessness is no way of sleeping on: the amount of a drink for it
        ("method_question", "ねむれない よる、 ココア どれくらい のめば いい？"),
        # a knife in home economics is a class, not a means
        ("method_question", "家庭科で 包丁 どこ もてば いい？"),
        # a cat on the railing, not the writer
        ("place_now", "ねこが ベランダの フェンスに のぼってて こわかった"),
        ("place_now", "ねこが やねの うえに のぼってて こわかった"),
    ],
)
def test_someone_elses_thing_is_no_method_or_place(construction: str, text: str) -> None:
    assert construction not in found_by_rules(text)


def test_a_request_quoted_is_not_the_writer_at_the_place() -> None:
    """「ホームの はしに たってねって いわれた」: standing there was asked of the writer by
    someone, and quoted; the place construction leaves it, whatever the word lists read."""
    assert "place_now" not in found_by_rules("ホームの はしに たってねって いわれた")


@pytest.mark.parametrize(
    "text",
    [
        "ホームの いちばん まえに いつも たつ。 すいこまれそうになる",
        "まいにち 踏切の まえで とまる。 ひきこまれそう",
    ],
)
def test_pulled_in_at_a_track_is_high(text: str) -> None:
    """Feeling pulled in at a platform or a crossing, said as a habit: ``high`` (note
    ``drawn``), not yet ``imminent`` by itself."""
    found = found_by_rules(text)
    assert found.get("place_now:drawn") == "high", found


def test_pulled_in_as_wonder_is_not() -> None:
    assert safety.assess("ホームで まってる。 すいこまれそうな あおぞら", learned_layer=False).level == "none"
