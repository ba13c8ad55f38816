"""The hardening benchmarks run (briefly) and report what docs/performance.md quotes."""

from __future__ import annotations

import asyncio

import pytest

from loadtest import login_timing, ping_flood

pytestmark = pytest.mark.integration


def test_ping_flood_reports_the_bystander_and_the_attacker() -> None:
    report = asyncio.run(ping_flood.run(1.0))
    assert report["bystander_alone"]["p50_ms"] >= 0 and report["bystander_during_flood"]["p50_ms"] >= 0
    assert report["attacker"]["connections"] >= 1, "the attacker got in, and was closed (1008) and came back"


def test_login_timing_times_every_kind_of_refusal() -> None:
    report = login_timing.measure(2)
    assert set(report) == {"unknown name", "wrong password", "held back", "no second factor"}
    assert all(kind["median_ms"] > 0 for kind in report.values())
