"""Checks of the swarm itself: its arithmetic, its guards, and one short real run.

Not under tests/ (the lead owns that); run with ``.venv/bin/pytest loadtest``.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from loadtest.stats import Histogram
from loadtest.swarm import loopback_url, parse_rooms

ROOT = Path(__file__).resolve().parents[1]  # the repository


def test_percentiles_match_a_sorted_list_within_a_bucket() -> None:
    rng = random.Random(7)
    samples = [rng.expovariate(1 / 40) for _ in range(20_000)] + [2_500.0, 15_000.0]
    histogram = Histogram()
    for ms in samples:
        histogram.add(ms)
    ordered = sorted(samples)
    for p, got in zip((50, 95, 99), histogram.percentiles(50, 95, 99), strict=True):
        exact = ordered[round(p / 100 * len(ordered)) - 1]
        assert got is not None
        assert exact <= got <= exact * 1.01 + 0.1, (p, exact, got)
    assert histogram.max == 15_000.0
    assert histogram.percentiles(100) == [15_000.0]


def test_an_empty_histogram_has_no_percentiles() -> None:
    assert Histogram().percentiles(50, 99) == [None, None]


def test_room_weights_are_read_and_unknown_rooms_refused() -> None:
    assert parse_rooms("genkan:4,hiru") == {"genkan": 4.0, "hiru": 1.0}
    with pytest.raises(argparse.ArgumentTypeError):
        parse_rooms("genkan,library")


@pytest.mark.parametrize("url", ["ws://10.0.0.5:8000/ws", "ws://example.org/ws", "ws://192.168.1.2/ws"])
def test_only_this_machine_is_a_target(url: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        loopback_url(url)


def test_loopback_addresses_are_accepted() -> None:
    assert loopback_url("ws://127.0.0.1:8000/ws") == "ws://127.0.0.1:8000/ws"
    assert loopback_url("ws://localhost:9/ws") == "ws://localhost:9/ws"


@pytest.mark.integration
@pytest.mark.parametrize("transport", ["sansio", "asyncio"])
def test_a_short_swarm_against_a_real_server(tmp_path: Path, transport: str) -> None:
    out = tmp_path / "summary.json"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "loadtest.swarm",
            "--spawn",
            "--visitors",
            "30",
            "--duration",
            "4",
            "--ramp",
            "100",
            "--walk-every",
            "1",
            "--rooms",
            "hoshi",
            "--transport",
            transport,
            "--json",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    summary = json.loads(out.read_text())
    assert summary["connected_after_ramp"] == 30
    assert summary["connected_at_end"] == 30
    assert summary["errors"]["handshake_failures"] == {}
    assert summary["errors"]["unexpected_closes"] == {}
    assert summary["errors"]["protocol_errors"] == {}
    # 30 visitors in one nook, each walking about once a second, each walk seen by 29 others.
    latency = summary["walk_to_seen_ms"]
    assert latency["samples"] > 30 * 29
    assert 0 < latency["p50"] <= latency["p99"] <= latency["max"]
    assert summary["server"]["rss_per_connection_kb_after_ramp"] > 0
    assert summary["server"]["cpu_s_per_million_walk_updates"] > 0


def test_the_day_plan_follows_the_daily_curve() -> None:
    from loadtest.day import HOURLY, plan_the_day

    plan = plan_the_day(
        24_000, minutes=24, urls=["ws://127.0.0.1:1/ws", "ws://127.0.0.1:2/ws"], rng=random.Random(3)
    )
    assert len(plan) == 24_000
    assert [v.start for v in plan] == sorted(v.start for v in plan)
    assert all(0 <= v.start < 24 * 60 and 8 <= v.length <= 120 for v in plan)
    per_hour = [0] * 24
    for visit in plan:
        per_hour[int(visit.start // 60)] += 1  # one compressed hour = 60 s here
    busiest, quietest = HOURLY.index(max(HOURLY)), HOURLY.index(min(HOURLY))
    assert per_hour[busiest] > 5 * per_hour[quietest], "after school is busier than the small hours"
    assert {v.url for v in plan} == {"ws://127.0.0.1:1/ws", "ws://127.0.0.1:2/ws"}


@pytest.mark.integration
def test_a_short_day_replay_runs_without_errors(tmp_path: Path) -> None:
    out = tmp_path / "day.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "loadtest.day",
            "--spawn",
            "--visits",
            "60",
            "--minutes",
            "0.2",
            "--longest",
            "10",
            "--json",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    totals = json.loads(out.read_text())["totals"]
    assert totals["started"] == totals["finished"] == 60 and totals["errors"] == 0
