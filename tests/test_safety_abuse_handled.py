"""Harm at home told by what was done to the body (round 2026-12-04 (m),
``safety/constructions/handled.py``): a body part seized or struck against something, a blow
said as a noun and suffered, a grown-up of the family touching the writer or coming into the
room at night, a threat to kill reported in the passive. All are ``abuse`` at ``high`` (189
first on the card); haircuts, play, a little sibling, a mother at the door stay out. The
phrasings here were written for the tests, not taken from a tuning file."""

from __future__ import annotations

import pytest

from safety import assess
from tests.support.constructions import notes_by_rules


def _notes(text: str) -> list[str]:
    return notes_by_rules(text, "abuse_home")


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("パパにうでつかまれて、いたかった", "body_handled"),
        ("ママがわたしのかおをテーブルにおしつけた", "body_handled"),
        ("パパにかみのけつかまれた", "body_handled"),
        ("母さんにたばこの火、手につけられた", "body_handled"),
        ("お父さんにげんこつされた", "struck"),
        ("親にビンタくらった", "struck"),
        ("兄貴にまたボコられた", "struck"),
        ("ママのかれしがへんなことしてくる", "touched"),
        ("おじさんにからださわられる", "touched"),
        ("継父が夜中にへやにはいってくる", "touched"),
        ("でていかないと殺すってパパに言われた", "threat_reported"),
    ],
)
def test_harm_to_the_body_at_home_is_abuse(text: str, note: str) -> None:
    a = assess(text, learned_layer=False)
    assert note in _notes(text)
    assert a.at_least("high")
    assert "abuse" in a.categories


@pytest.mark.parametrize(
    "text",
    [
        "ママに髪きられた、短すぎ",  # a haircut
        "ママに髪むすんでもらった",
        "兄に腕ひっぱられて痛い笑",  # play
        "おばあちゃんが手をつかんで歩いた",
        "お風呂で顔に水かけられた、弟に",  # a little brother in the bath
        "親に頭なでられた",
        "猫がからださわってくる",
        "お母さんが勝手に部屋に入ってくる、いやだ",  # privacy
        "パパが勝手にへや入ってくるのやだ",
        "にいちゃんと けんかして けられたから けりかえした w",
    ],
)
def test_everyday_touch_is_not_abuse(text: str) -> None:
    notes = _notes(text)
    assert not {"body_handled", "struck", "touched", "threat_reported"} & set(notes)
    assert not assess(text, learned_layer=False).at_least("high")
