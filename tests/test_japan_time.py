"""Japan time for what children and staff read; UTC stays in storage."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from rooms.japan_time import hello, in_japan
from rooms.robot.listener import ListeningEngine
from rooms.robot.types import Turn


@pytest.mark.parametrize(
    ("utc_hour", "greeting"),
    [
        (22, "おはよう。"),
        (0, "おはよう。"),
        (3, "こんにちは。"),
        (7, "こんにちは。"),
        (9, "こんばんは。"),
        (15, "こんばんは。"),
    ],
)
def test_hello_follows_japan_clock(utc_hour: int, greeting: str) -> None:
    assert hello(datetime(2026, 12, 1, utc_hour, 30, tzinfo=UTC)) == greeting


def test_naive_times_are_utc() -> None:
    assert in_japan(datetime(2026, 12, 1, 15, 0)).hour == 0


def test_the_robot_says_good_morning_at_seven_in_japan() -> None:
    seven_am_in_japan = datetime(2026, 11, 30, 22, 0, tzinfo=UTC)
    robot = ListeningEngine(clock=lambda: seven_am_in_japan)
    reply = robot.compose(Turn("こんにちは"))
    assert reply.startswith("おはよう。"), reply
    assert "こんばんは" not in reply


def test_staff_see_japan_time() -> None:
    from staff import japan_time

    assert japan_time(datetime(2026, 12, 1, 15, 30)) == "2026-12-02 00:30"
