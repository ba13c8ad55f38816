"""The in-process benchmarks still run to the end on the current code (a figure, not a timing test).

``tick_bench`` waited for ever once the handshake rates refused most of its visitors;
nothing noticed until someone needed its figure.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

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


def test_assess_speed_times_the_list_it_is_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from loadtest import assess_speed

    (tmp_path / "classed").mkdir()
    (tmp_path / "name_set.tsv").write_text("ok\tそら\n", encoding="utf-8")
    (tmp_path / "classed" / "risk_x.tsv").write_text(
        "none\tordinary\tきょうは はれ\nhigh\tplain_high\tきえたい\n" + "none\tordinary\t" + "あ" * 81 + "\n",
        encoding="utf-8",
    )
    assess_speed.main(["--data", str(tmp_path), "--seconds", "0.05"])
    out = capsys.readouterr().out
    assert out.startswith("2 texts: ")  # the 81-character one is left out, as evaluate does
    assert "assessments and" in out and "name checks per CPU-second" in out


def test_tick_wire_bench_writes_every_frame_through_send_now() -> None:
    from loadtest import tick_wire_bench

    result = asyncio.run(
        asyncio.wait_for(
            tick_wire_bench.measure(visitors=400, ticks=5, walk_share=0.05, counts_every=2, seed=1), 60
        )
    )
    # Every member of a nook with a walk in it is written to: frames follow the walks.
    assert result["walks"] == 5 * 20
    assert result["frames"] > result["walks"] and result["bytes_per_frame"] > 0
