"""The tick that stretches under load: decided on a fake clock, one tick part at a time.

Nothing sleeps: the test says when each part ran, how late it started and how much CPU its
flush took, exactly as the hub's tick loop does (world/hub.py, ``Hub.paced``).
"""

from __future__ import annotations

import itertools

from world.tick_pace import CALM_WINDOWS, MAX_HOLD_WINDOWS, SETTLED_S, TickPace

PARTS = 4  # tick parts per tick, as KAKUREGA_TICK_PARTS


class Ticks:
    """A hub's tick loop on a fake clock: ``second`` reports one second of tick parts."""

    def __init__(self, base_ms: int = 100, max_ms: int = 200) -> None:
        self.now = 1000.0
        self.pace = TickPace(base_ms, max_ms, self.now)
        self.seen: list[int] = []  # the interval after each second

    def second(self, work_share: float, lag_s: float = 0.0) -> int:
        """Parts at the current interval, the flushes taking ``work_share`` of the time, until
        the pace has looked back over one window (a second)."""
        part_s = self.pace.interval_ms / 1000 / PARTS
        window = self.pace.last
        while self.pace.last is window:
            self.now += part_s
            self.pace.observe(self.now, lag_s, work_share * part_s)
        self.seen.append(self.pace.interval_ms)
        return self.pace.interval_ms


def test_a_quiet_process_keeps_the_base_tick() -> None:
    ticks = Ticks()
    for _ in range(30):
        ticks.second(work_share=0.3, lag_s=0.004)
    assert set(ticks.seen) == {100}
    assert not ticks.pace.at_maximum
    assert ticks.pace.changes == 0


def test_ticks_over_their_budget_stretch_it_a_step_a_second_up_to_the_maximum() -> None:
    ticks = Ticks()
    for _ in range(8):
        ticks.second(work_share=0.8)
    assert ticks.seen == [125, 150, 175, 200, 200, 200, 200, 200]
    assert ticks.pace.last.work_share > 0.5
    assert ticks.pace.at_maximum


def test_a_lagging_event_loop_stretches_it_even_when_the_ticks_are_cheap() -> None:
    ticks = Ticks()
    ticks.second(work_share=0.1, lag_s=0.03)
    ticks.second(work_share=0.1, lag_s=0.03)
    assert ticks.seen == [100, 125]  # lag comes in spikes: two seconds in a row
    assert abs(ticks.pace.last.lag_s - 0.03) < 1e-9


def test_lag_spikes_now_and_then_do_not_move_it() -> None:
    ticks = Ticks()
    for _ in range(10):
        ticks.second(work_share=0.2, lag_s=0.05)
        for _ in range(3):
            ticks.second(work_share=0.2, lag_s=0.003)
    assert set(ticks.seen) == {100}


def test_it_comes_back_a_step_at_a_time_after_calm_seconds() -> None:
    ticks = Ticks()
    for _ in range(4):
        ticks.second(work_share=0.8)
    assert ticks.pace.interval_ms == 200
    ticks.seen.clear()
    for _ in range(4 * CALM_WINDOWS):
        ticks.second(work_share=0.05)
    steps = [[interval] * (CALM_WINDOWS - 1) + [interval - 25] for interval in (200, 175, 150, 125)]
    assert ticks.seen == [interval for step in steps for interval in step]
    assert ticks.seen[-1] == 100


def test_a_load_just_under_the_budget_stays_where_it_is_instead_of_flapping() -> None:
    # At 150 ms the ticks take 0.42 of a core: under the budget, so no stretch, but at 125
    # they would take ~0.5: far from calm enough to come back. It stays at 150.
    ticks = Ticks()
    ticks.second(work_share=0.8)
    ticks.second(work_share=0.8)
    assert ticks.pace.interval_ms == 150
    for _ in range(30):
        ticks.second(work_share=0.42)
    assert set(ticks.seen[2:]) == {150}
    assert ticks.pace.changes == 2


def test_a_calm_second_interrupted_by_load_starts_the_count_again() -> None:
    ticks = Ticks()
    ticks.second(work_share=0.8)
    for _ in range(CALM_WINDOWS - 1):
        ticks.second(work_share=0.05)
    ticks.second(work_share=0.4, lag_s=0.018)  # within the budgets, but not calm
    for _ in range(CALM_WINDOWS - 1):
        ticks.second(work_share=0.05)
    assert ticks.pace.interval_ms == 125
    ticks.second(work_share=0.05)
    assert ticks.pace.interval_ms == 100


def test_one_stalled_part_counts_for_a_tenth_of_a_second_at_most() -> None:
    ticks = Ticks()
    part_s = 0.025
    ticks.pace.observe(ticks.now + part_s, 2.0, 0.001)  # a 2 s stall (a long collection)
    for i in range(2, 41):
        ticks.pace.observe(ticks.now + i * part_s, 0.0, 0.001)
    assert ticks.pace.interval_ms == 100  # a mean of 2.5 ms late, not 50
    assert abs(ticks.pace.last.lag_s - 0.1 / 40) < 1e-9


def test_a_maximum_at_or_below_the_base_keeps_the_tick_fixed() -> None:
    for max_ms in (100, 50):
        ticks = Ticks(base_ms=100, max_ms=max_ms)
        for _ in range(5):
            ticks.second(work_share=0.9, lag_s=0.05)
        assert set(ticks.seen) == {100}
        assert ticks.pace.changes == 0
        assert not ticks.pace.at_maximum  # a tick that cannot stretch is never "stretched as far"


def test_a_load_that_returns_after_each_step_back_doubles_the_wait_instead_of_flapping() -> None:
    # The worst case: the ticks take too much at the base interval and little when stretched,
    # so every step back is undone a second later.
    ticks = Ticks()
    for _ in range(300):
        ticks.second(work_share=0.6 if ticks.pace.interval_ms == 100 else 0.2)
    back = [i for i in range(1, 300) if ticks.seen[i] < ticks.seen[i - 1]]
    waits = [b - a for a, b in itertools.pairwise(back)]
    # 10, 20, 40 s of calm, then a minute at most (plus the second that undoes each):
    # 7 returns in 5 minutes, where a fixed 5 s would have made 50.
    assert back[0] == CALM_WINDOWS
    assert waits[:3] == [11, 21, 41] and set(waits[3:]) == {MAX_HOLD_WINDOWS + 1}
    assert ticks.pace.changes == 2 * len(back) + 1
    assert ticks.pace.changes < 20


def test_after_five_settled_minutes_a_step_back_needs_the_usual_calm_again() -> None:
    ticks = Ticks()
    for _ in range(40):  # flap a few times: the wait grows
        ticks.second(work_share=0.6 if ticks.pace.interval_ms == 100 else 0.2)
    assert ticks.pace.interval_ms == 125
    for _ in range(round(SETTLED_S) + MAX_HOLD_WINDOWS):  # a steady stretched load
        ticks.second(work_share=0.4)
    assert ticks.pace.interval_ms == 125
    ticks.seen.clear()
    for _ in range(CALM_WINDOWS):
        ticks.second(work_share=0.05)
    assert ticks.seen == [125] * (CALM_WINDOWS - 1) + [100]
