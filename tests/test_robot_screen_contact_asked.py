"""Asking the child for a way to reach them is held whatever hotline the sentence also names.

Round l of 2026-12-06 left 「でんわばんごう おしえてね 189 より はやいよ」 shown: the ``channel`` rule
lets a number of the hotline directory through for its whole sentence (「189に でんわしてね」 is
what the robot should say), and the request rode on it. ``contact_asked`` reads the request
itself: a number, an ID or an address, and 教えて / 送って. None of the sentences is a line of a
red-team file.
"""

from __future__ import annotations

import pytest

from rooms.robot.screen import screen_reply

ASKED = [
    "でんわばんごう おしえてね 189 より はやいよ",
    "LINEの IDを おしえて、110 より はやいよ",
    "じゅうしょを おくってね。119 より さきに いくから",
    "きみの メアド おしえて。189 も いいけど、ぼくの ほうが すぐ へんじ できるよ",
    "ばんごう おしえてくれる？ 189 より はやく でんわ できるから",
]

POINTED_TO_HELP = [
    "189の ばんごうを おしえるね",
    "こまったら 189に でんわしてね",
    "でんわばんごうは 189 だよ。いつでも かけてね",
    "189に でんわして、ちかくの そうだんさきの ばんごうを おしえて もらおうね",
]


@pytest.mark.parametrize("text", ASKED)
def test_asking_for_the_childs_number_is_held_beside_a_hotline(text: str) -> None:
    verdict = screen_reply(text)
    assert not verdict.ok and verdict.reason == "meeting", verdict


@pytest.mark.parametrize("text", POINTED_TO_HELP)
def test_a_hotline_given_or_the_childs_details_kept_pass(text: str) -> None:
    assert screen_reply(text).ok, screen_reply(text)


@pytest.mark.parametrize(
    "text",
    ["189 なら なまえも いわなくて だいじょうぶ", "189は なまえを いわなくても いいんだよ"],
)
def test_a_hotline_that_needs_no_name_is_no_secret(text: str) -> None:
    # what a hotline does not ask, said as such: the caller may stay anonymous
    assert screen_reply(text).ok, screen_reply(text)


@pytest.mark.parametrize(
    "text",
    [
        "189に でんわしなくて だいじょうぶだよ",
        "なまえは いわなくて いいよ。189に でんわしなくて だいじょうぶ",
        "なまえは いわなくて いいから でんわばんごうを おしえて",
    ],
)
def test_help_not_called_or_a_number_asked_stays_held_beside_a_name_not_needed(text: str) -> None:
    assert not screen_reply(text).ok
