"""How long a tick is: ``KAKUREGA_TICK_MS`` while the process keeps up, longer while it does not.

A longer tick sends fewer frames, each carrying more walks: at 10,000 visitors, 150 ms
instead of 100 took the server from 85–96 % of its core to 81 % (docs/performance.md), at
the price of ~25 ms more walk→seen. So the tick stretches only under load, one step at a
time, up to ``KAKUREGA_TICK_MAX_MS``, and comes back when the load has gone.

Sans-I/O: the hub's tick loop reports each tick part (how late it started, how much CPU
its flush took) with the time; once a window has passed, ``TickPace`` decides. Two signals
stretch the tick:

- the ticks' own work: the CPU their flushes took, as a share of the window's wall time
  (one window over the budget is enough: it is a steady measure);
- the event loop's lag: how late, on average, the parts started after their time (a loop
  busy with anything, arrivals, reads or another process on the core, starts them late).
  Lag comes in spikes, so it takes two windows in a row over the budget.

Hysteresis, so that it does not flap: it shortens only after ``CALM_WINDOWS`` windows in a
row in which one step shorter would still have stayed well inside both budgets (a shorter
tick sends about that much more often, so the work is scaled up by the ratio of the two
intervals before it is compared). And a step back that had to be undone soon after (the
load came back with the shorter tick) doubles that wait, up to ``MAX_HOLD_WINDOWS``; after
``SETTLED_S`` without a stretch it is back to ``CALM_WINDOWS``.
"""

from __future__ import annotations

from dataclasses import dataclass

STEP_MS = 25
WINDOW_S = 1.0
WORK_BUDGET = 0.45  # the ticks may take this much of one core before the tick stretches (docs/performance.md)
LAG_BUDGET_S = 0.02  # parts starting 20 ms late on average: the loop is behind
CALM_WINDOWS = 5  # seconds of calm before each step back
MARGIN = 0.75  # "well inside": three quarters of a budget
MAX_LATENESS_S = 0.1  # one stall (a long collection, a blocking call) counts for no more than this
UNDONE_S = 30.0  # a stretch this soon after a step back undoes it ...
MAX_HOLD_WINDOWS = 60  # ... and doubles the calm needed before the next, up to a minute
SETTLED_S = 300.0  # five minutes without a stretch: the usual calm again


@dataclass(frozen=True, slots=True)
class Window:
    """What one window looked like, for the metrics."""

    work_share: float  # CPU in the ticks' flushes per second of wall time
    lag_s: float  # mean lateness of the parts' start


class TickPace:
    __slots__ = (
        "_calm",
        "_hold",
        "_lag",
        "_lagging",
        "_last_step_back",
        "_last_stretch",
        "_parts",
        "_start",
        "_work",
        "base_ms",
        "changes",
        "interval_ms",
        "last",
        "max_ms",
    )

    def __init__(self, base_ms: int, max_ms: int, now: float) -> None:
        self.base_ms = base_ms
        self.max_ms = max(max_ms, base_ms)  # a maximum below the base: never stretched
        self.interval_ms = base_ms
        self.last = Window(0.0, 0.0)
        self.changes = 0  # how often the interval changed: a steady rise is flapping (metrics)
        self._start = now
        self._work = 0.0
        self._lag = 0.0
        self._parts = 0
        self._calm = 0  # windows in a row calm enough for one step back
        self._hold = CALM_WINDOWS  # how many such windows a step back needs now
        self._lagging = False  # the last window was over the lag budget
        self._last_stretch = -SETTLED_S
        self._last_step_back = -UNDONE_S

    @property
    def at_maximum(self) -> bool:
        """Stretched as far as it may: more load now can only make walks late (an alert)."""
        return self.base_ms < self.max_ms <= self.interval_ms

    def observe(self, now: float, lateness_s: float, work_s: float) -> bool:
        """A tick part started ``lateness_s`` after its time and flushed in ``work_s`` of CPU.

        True when the interval changed (it is ``interval_ms``)."""
        self._work += work_s
        self._lag += min(max(lateness_s, 0.0), MAX_LATENESS_S)
        self._parts += 1
        elapsed = now - self._start
        if elapsed < WINDOW_S:
            return False
        self.last = Window(self._work / elapsed, self._lag / self._parts)
        self._start, self._work, self._lag, self._parts = now, 0.0, 0.0, 0
        changed = self._decide(self.last, now)
        self.changes += changed
        return changed

    def _decide(self, window: Window, now: float) -> bool:
        lagging, self._lagging = self._lagging, window.lag_s > LAG_BUDGET_S
        if now - self._last_stretch > SETTLED_S:
            self._hold = CALM_WINDOWS
        if window.work_share > WORK_BUDGET or (lagging and self._lagging):
            self._calm = 0
            if self.interval_ms >= self.max_ms:
                return False
            if now - self._last_step_back < UNDONE_S:
                self._hold = min(2 * self._hold, MAX_HOLD_WINDOWS)
            self._last_stretch = now
            self.interval_ms = min(self.interval_ms + STEP_MS, self.max_ms)
            return True
        if self.interval_ms <= self.base_ms:
            return False
        shorter = max(self.interval_ms - STEP_MS, self.base_ms)
        work_then = window.work_share * self.interval_ms / shorter
        if work_then < MARGIN * WORK_BUDGET and window.lag_s < MARGIN * LAG_BUDGET_S:
            self._calm += 1
        else:
            self._calm = 0
        if self._calm < self._hold:
            return False
        self._calm = 0
        self._last_step_back = now
        self.interval_ms = shorter
        return True
