"""Burden said as a condition of being here (「おれが いたら みんな ふこうに なる」): the writer's
presence, supposed with 〜たら, harming the others is a burden; a presence that would have
helped, or someone else's, is not."""

from __future__ import annotations

import pytest

from safety import assess


@pytest.mark.parametrize("text", ["おれがいたら みんな ふこうになる", "わたしがいたら かぞくが けんかする"])
def test_presence_supposed_harming_others_is_high(text: str) -> None:
    assert assess(text).at_least("high")


@pytest.mark.parametrize(
    "text", ["わたしがいたら てつだえたのに", "おれがいたら かてたのに", "ねこがいたら たのしい"]
)
def test_presence_that_helps_or_another_stays_none(text: str) -> None:
    assert assess(text).level == "none"
