"""The in-process benchmarks still run to the end on the current code (a figure, not a timing test).

``tick_bench`` waited for ever once the handshake rates refused most of its visitors;
nothing noticed until someone needed its figure.
"""

from __future__ import annotations

import asyncio

from loadtest import poll_bench, tick_bench


def test_tick_bench_places_everyone_and_reports_a_figure() -> None:
    result = asyncio.run(asyncio.wait_for(tick_bench.measure(visitors=2000, ticks=1, seed=1), 60))
    assert result["frames"] > 0 and result["cpu_us_per_frame"] > 0


def test_poll_bench_reports_both_kinds_of_request() -> None:
    result = asyncio.run(poll_bench.measure(requests=200))
    assert result["get_us"] > 0 and result["post_us"] > 0


def test_poll_bench_http_reports_a_get_through_the_http_protocol() -> None:
    import uvloop

    result = uvloop.run(poll_bench.measure_http(requests=200))
    assert result["http_get_us"] > 0


def test_tick_stretch_bench_counts_fewer_writes_per_walk_update_at_a_longer_tick() -> None:
    from loadtest import tick_stretch_bench

    short, long = asyncio.run(
        tick_stretch_bench.measure(visitors=400, seconds=4, tick_ms=[100, 200], walk_every=5.0, seed=1)
    )
    assert short["walk_updates"] > 0 and long["walk_updates"] > 0
    # A longer tick gathers more walks into each frame (docs/performance.md's arithmetic).
    assert long["frames_per_walk_update"] < short["frames_per_walk_update"]
