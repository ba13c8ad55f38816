"""Living put in question and an end made possible, asked (round of 2026-12-04 (n)):
``safety/constructions/hidden.py`` (``_living_questioned``: notes ``worth_asked`` and
``still_alive_why``) and ``safety/constructions/vague.py`` (``_end_able``). The phrasings here
were written for the tests, not taken from a tuning file."""

from __future__ import annotations

import pytest

from safety import assess
from tests.support.constructions import notes_by_rules


def _notes(text: str) -> list[str]:
    return notes_by_rules(text, "wish")


def _vague(text: str) -> bool:
    a = assess(text, learned_layer=False)
    return any(s.construction == "method_question" for s in a.spans)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("おれが生きてる価値ってあるんかな", "worth_asked"),
        ("いきてるいみとかある？", "worth_asked"),
        ("生きとる意味あるんやろか", "worth_asked"),
        ("うちって生きてる意味あんの？", "worth_asked"),
        ("生きてることに価値ってあるのかね", "worth_asked"),
        ("なんでぼくまだ生きてるんだろう", "still_alive_why"),
        ("どうしてまだいきてんの、あたし", "still_alive_why"),
        ("なんでまだ生きとるんやろな", "still_alive_why"),
    ],
)
def test_living_questioned_is_high(text: str, note: str) -> None:
    assert note in _notes(text)
    assert assess(text, learned_layer=False).at_least("high")


@pytest.mark.parametrize(
    "text",
    [
        "生きる意味あるよ！元気だして",
        "この宿題やる意味ある？",
        "なんでまだこのカブトムシ生きてるの？すごい",
        "あのドラマの悪役なんでまだ生きてるの",
        "ひいおばあちゃんまだ生きてるよ、99さい",
        "まだ生きてる？返信ないけど笑",
        "生きる意味ってある？って道徳のじゅぎょうで話し合った",
        "なんでまだ生きてんの？ってあいつに言われた",
    ],
)
def test_living_questioned_leaves_others_out(text: str) -> None:
    assert not _notes(text)
    assert not assess(text, learned_layer=False).at_least("high")


@pytest.mark.parametrize(
    "text",
    [
        "いちばんはやく終われるのってなに",
        "なんぷんくらいで楽になれるのかな",
        "何秒くらいでおわれるの？",
        "ぜったい一番はやくおわれるやつどれ",
    ],
)
def test_end_able_asked_is_method(text: str) -> None:
    assert _vague(text)
    assert assess(text, learned_layer=False).at_least("high")


@pytest.mark.parametrize(
    "text",
    [
        "さんすうのプリント何分で終われる？",
        "かぜひいた、何分ねたら楽になれる？",
        "いちばんはやく終われる宿題どれかな",
        "ストレッチってどのくらいで楽になれる？",
        "なんぷんで楽になれる？マッサージ",
    ],
)
def test_end_able_leaves_things_out(text: str) -> None:
    assert not assess(text, learned_layer=False).at_least("high")


@pytest.mark.parametrize(
    "text",
    [
        "もうおわりたい。じんせい",
        "はやくおわりたいな、いのち",
        "おわりたいんだよね。じんせい",
    ],
)
def test_postposed_object_makes_the_end_a_life(text: str) -> None:
    assert assess(text, learned_layer=False).at_least("high")


@pytest.mark.parametrize(
    "text",
    [
        "おわりたい。じんせいゲームまだとちゅう",
        "はやくやめたい、じゅく",
        "もうおわりたい。しけん",
    ],
)
def test_postposed_object_leaves_other_things_out(text: str) -> None:
    assert not assess(text, learned_layer=False).at_least("high")
