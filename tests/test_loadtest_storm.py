"""loadtest/storm.py on a small crowd: one instance lost, every one of its visitors placed again."""

from __future__ import annotations

import asyncio
import shutil

import pytest

from loadtest.storm import storm

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(shutil.which("nginx") is None, reason="needs nginx"),
]


@pytest.mark.parametrize("mode", ["kill", "drain"])
def test_every_visitor_of_a_lost_instance_is_placed_again(mode: str) -> None:
    # Watched up to 15 s, but no longer than until the lost instance is gone and everyone has been
    # back in a room for 2 s (all that could still fail is a reconnect, and nobody reconnects then).
    result = asyncio.run(storm(60, mode, ramp=60.0, observe=15.0, seed=3, settle=2.0))
    assert result["placed_before"] == 60
    assert result["on_the_lost_instance"] > 0
    assert result["placed_again"] == result["on_the_lost_instance"], result
    assert result["back_ms"]["max"] < 15_000, result
    assert not result["failed_attempts_after_signal"], result


def test_visitors_with_names_of_their_own_come_back_with_their_passes() -> None:
    result = asyncio.run(storm(60, "kill", ramp=60.0, observe=15.0, seed=3, settle=2.0, names="distinct"))
    assert result["placed_again"] == result["on_the_lost_instance"] > 0, result
    # Every reconnect brought the name's pass from its first welcome (the instances share a secret).
    assert result["moved_with_a_pass"] == result["on_the_lost_instance"], result
