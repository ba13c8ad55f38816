"""False alarms fixed by reading context, not by dropping recall (round 2026-12-03 (a)):
a disclaimer of praise, loneliness at a parting everyone has, a fight between siblings, a
part played or a battery running out, a letter written for the writer, a thanks told of, a
thing forgotten, and a dose asked for an illness. Each everyday text here was rated
``concern`` or more before the round; each serious one beside it keeps its level."""

from __future__ import annotations

import pytest

from safety import assess


@pytest.mark.parametrize(
    "text",
    [
        "推しが尊い。むり。しんどい（いい意味で）",  # praise, said so
        "かわいすぎてむり、しぬ、しんどい（ほめてる）",
        "先輩が卒業しちゃう、さみしい",  # a parting everyone has
        "部長が引退、さみしいけどおつかれさまでした",
        "お兄ちゃんとけんかして、パンチしあった",  # a fight between siblings
        "いもうととけんかして、もう口きかない",
        "劇で、死ぬ役やる",  # a part played
        "イヤホンの電池、すぐしぬ",  # a thing runs out
        "みんなからメッセージかいてもらった",  # a letter written for the writer
        "さいごにありがとうっていえた",  # a thanks told of
        "おべんとうわすれて、体操服もわすれて、さいあく",  # things forgotten
        "かぜぐすりって子どもは何錠のむの？ねつある",  # a dose for an illness
        "塾やめる。先生、いままでありがとうございました",
    ],
)
def test_everyday_context_is_none(text: str) -> None:
    assert assess(text).level == "none"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("しにたい（いい意味で）とか言ってるけど、本当はODしようとしてる", "high"),  # method kept
        ("転校してから友達できない、さみしい", "concern"),  # lonely since the parting
        ("親とけんかしてて、家にいづらい", "concern"),  # a parent, not a sibling
        ("もう死ぬ", "concern"),
        ("わたしのことはわすれてね。いままでありがとう", "imminent"),  # the writer forgotten
        ("かぜだけど、かぜぐすりってどのくらいたくさん飲んだら起きられなくなるの？", "high"),
    ],
)
def test_serious_text_keeps_its_level(text: str, level: str) -> None:
    assert assess(text).at_least(level)
