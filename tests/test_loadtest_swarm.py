"""Checks of the swarm itself: its arithmetic, its guards, and short real runs.

The wire and the visitor have their own tests (test_loadtest_wire.py, test_loadtest_visitor.py).
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from loadtest.stats import Histogram
from loadtest.swarm import PER_SOURCE_ADDRESS, loopback_url, parse_arguments, parse_rooms, source_address

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


def test_visitors_share_a_source_address_only_up_to_the_per_address_cap() -> None:
    url = "ws://127.0.0.1:8000/ws"
    addresses = [source_address(url, index) for index in range(10_000)]
    per_address = Counter(addresses)
    assert max(per_address.values()) == PER_SOURCE_ADDRESS < 60  # the server's default cap
    assert len(per_address) == 10_000 // PER_SOURCE_ADDRESS
    assert all(ipaddress.ip_address(a).is_loopback for a in per_address if a is not None)
    # A name or an IPv6 server: connect from wherever the system chooses.
    assert source_address("ws://localhost:8000/ws", 0) is None
    assert source_address("ws://[::1]:8000/ws", 0) is None


@pytest.mark.parametrize("flags", [["--observe", "0"], ["--observe", "1.5"], ["--move-every", "-1"]])
def test_nonsense_options_are_refused(flags: list[str]) -> None:
    with pytest.raises(SystemExit):
        parse_arguments(flags)


def test_defaults_observe_a_quarter_and_move_every_two_minutes() -> None:
    options = parse_arguments([])
    assert options.observe == 0.25 and options.move_every == 120.0 and options.read_every_ms == 1.0
    # every visitor a name of its own, as real ones pick: each arrival pays a name check
    assert options.names == "distinct"
    assert parse_arguments(["--names", "reused"]).names == "reused"


def run_swarm(tmp_path: Path, *flags: str) -> dict[str, Any]:
    out = tmp_path / "summary.json"
    run = subprocess.run(
        [sys.executable, "-m", "loadtest.swarm", "--spawn", "--ramp", "100", "--json", str(out), *flags],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    summary: dict[str, Any] = json.loads(out.read_text())
    assert summary["errors"]["handshake_failures"] == {}
    assert summary["errors"]["unexpected_closes"] == {}
    assert summary["errors"]["protocol_errors"] == {}
    return summary


@pytest.mark.integration
@pytest.mark.parametrize("transport", ["sansio", "asyncio"])
def test_a_short_swarm_against_a_real_server(tmp_path: Path, transport: str) -> None:
    summary = run_swarm(
        tmp_path,
        *("--visitors", "30", "--duration", "4", "--walk-every", "1", "--rooms", "hoshi"),
        *("--observe", "1", "--transport", transport),
    )
    assert summary["connected_after_ramp"] == 30
    assert summary["connected_at_end"] == 30
    assert summary["names"] == "distinct" and summary["errors"]["name_refused"] == 0
    # 30 visitors in one nook, each walking about once a second, each walk seen by 29 others.
    latency = summary["walk_to_seen_ms"]
    assert summary["observers"] == 30
    assert latency["samples"] > 30 * 29
    assert 0 < latency["p50"] <= latency["p99"] <= latency["max"]
    ramp = summary["ramp"]
    assert ramp["placed"] == 30 and ramp["handshake_failures"] == {}
    assert 0 < ramp["connect_to_upgrade_ms"]["p50"] <= ramp["connect_to_welcome_ms"]["p50"]
    assert ramp["connect_to_welcome_ms"]["p50"] <= ramp["connect_to_room_ms"]["p50"]
    assert ramp["placed_per_s"] > 0
    assert summary["server"]["rss_per_connection_kb_after_ramp"] > 0
    # What the process wrote itself is part of its RSS, never the mapped dictionary's pages.
    assert 0 < summary["server"]["private_dirty_baseline_mb"] < summary["server"]["rss_baseline_mb"]
    assert summary["server"]["cpu_s_per_million_walk_updates"] > 0


@pytest.mark.integration
def test_a_swarm_with_polling_visitors_keeps_their_latency_apart(tmp_path: Path) -> None:
    summary = run_swarm(
        tmp_path,
        *("--visitors", "20", "--polling", "8", "--duration", "4", "--walk-every", "1", "--rooms", "hoshi"),
        "--observe",
        "1",
    )
    assert summary["connected_at_end"] == 20
    polling = summary["polling"]
    assert polling["visitors"] == 8
    # Every visitor sees every other's walks, whichever way each of them is carried.
    assert polling["walk_to_seen_ms"]["samples"] > 8 * 19
    assert summary["walk_to_seen_ms"]["samples"] > 12 * 19
    assert 0 < polling["walk_to_seen_ms"]["p50"] <= polling["walk_to_seen_ms"]["p99"]


def test_polling_needs_a_count_within_the_visitors() -> None:
    with pytest.raises(SystemExit):
        parse_arguments(["--visitors", "10", "--polling", "11"])
    assert parse_arguments(["--visitors", "10", "--polling", "10"]).polling == 10


@pytest.mark.integration
def test_a_swarm_that_moves_between_rooms_and_observes_some(tmp_path: Path) -> None:
    summary = run_swarm(
        tmp_path,
        *("--visitors", "40", "--duration", "5", "--walk-every", "1", "--rooms", "hoshi,kabe"),
        *("--move-every", "1", "--observe", "0.5", "--seed", "11"),
    )
    assert summary["connected_at_end"] == 40
    assert 0 < summary["observers"] < 40
    moves = summary["moves"]
    # About one move per visitor per second, each answered by a snapshot of the new room.
    assert moves["sent_per_s"] > 20
    assert moves["rooms_entered_per_s"] >= 0.9 * moves["sent_per_s"]
    assert moves["enter_to_room_ms"]["p50"] > 0
    assert summary["catch_up_snapshots_per_s"] == 0
    assert summary["walk_to_seen_ms"]["samples"] > 0
    # Everyone counts walk updates, observer or not: each walk reaches its whole nook.
    assert summary["walk_updates_delivered_per_s"] > 5 * summary["walks_sent_per_s"]


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
