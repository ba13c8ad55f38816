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
