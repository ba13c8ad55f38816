"""The arrival benchmark places every newcomer into a nook of others and times only the arrivals."""

from __future__ import annotations

import asyncio
import cProfile

from loadtest.arrival_bench import run, where_the_time_goes


def test_newcomers_fill_places_freed_in_full_nooks_and_are_timed() -> None:
    profiler = cProfile.Profile()
    result = asyncio.run(run(crowd=400, arrivals=40, batch=20, seed=1, profiler=profiler))
    assert result["in_world_at_end"] == 400, "as many left as arrived"
    assert result["names_refused"] == 0
    # 400 in 9 rooms: nooks of 40 and a few; a newcomer takes a place freed in a full one.
    assert result["others_in_snapshot_mean"] > 20
    assert result["cpu_ms_per_arrival"] > 0
    shares = where_the_time_goes(profiler)
    assert 0 < shares["  name check (safety.check_name)"] < 100
    assert 0 < shares["the next tick (Hub.tick: joins to the nook)"] < 100
    # Every part is found where the code is now (a part that moved would read 0).
    assert all(0 < share < 100 for share in shares.values()), shares


def test_without_the_name_check_every_name_passes_unchecked() -> None:
    profiler = cProfile.Profile()
    result = asyncio.run(run(crowd=200, arrivals=20, batch=10, seed=1, profiler=profiler, check_names=False))
    assert result["names_checked"] is False and result["names_refused"] == 0
    assert where_the_time_goes(profiler)["  name check (safety.check_name)"] == 0
