"""The log's warnings that are not tied to one event: refusals past a rate, once a period."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import pytest

from ops.watch import warn_about_refusals


def test_refusals_past_the_rate_are_one_warning_a_period(caplog: pytest.LogCaptureFixture) -> None:
    refused = {"full": 0, "draining": 0}

    async def scenario() -> None:
        watching = asyncio.create_task(warn_about_refusals(lambda: refused, period=0.2, warn_at=10))
        await asyncio.sleep(0.05)
        refused["full"] += 3  # a few: a school behind one address, nothing to say
        await asyncio.sleep(0.25)
        refused["full"] += 40
        refused["draining"] += 5
        await asyncio.sleep(0.25)
        watching.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watching

    with caplog.at_level(logging.WARNING, logger="kakurega.ops"):
        asyncio.run(scenario())
    lines = [r.getMessage() for r in caplog.records if r.name == "kakurega.ops"]
    assert lines == ["connections refused in the last 0 s: 5 draining, 40 full"]
