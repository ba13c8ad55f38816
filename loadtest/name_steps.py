"""What the name check costs an arrival, step by step, counted under callgrind.

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/ns/out \\
        .venv/bin/python -m loadtest.name_steps

``loadtest.arrival_count`` gives the arrivals' names ``distinct_name(200…499)`` after a crowd of
``distinct_name(0…199)``; this judges the same names in one process, the crowd's first, and counts
the instructions (Ir) of each step alone: instrumentation is switched on around it and its count
dumped (``callgrind_control``), so start-up and imports are not in any figure. Each step runs once,
on names the server would meet for the first time (every kept reading of the safety modules is
forgotten after the names are sorted into those the fast path takes and the others):

- ``fast`` and ``long``: ``check_name`` on the names its fast path (``_plainly_ordinary``, or
  ``_marked_plainly_ordinary`` for the marks after a plain name) takes, and on the rest, read the
  long way;
- the fast path's own steps, on the plain names (no marks) it takes: ``_PLAIN``, the gate
  (``_FAST_PATH_GATE``), the long way's readings (``_read_only_the_long_way``), the meeting,
  invitation and gathering checks as it asks them, and the whole of it (``_plainly_ordinary``).

Each figure is printed an item: the step's Ir less an empty step's, over the names it ran on.
docs/performance.md, "Round of 2026-12-07: the arrival", has the figures.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

CROWD = 200
ARRIVALS = 300


def _counted(out: Path, name: str, step: Callable[[], object]) -> int:
    """Ir of ``step``, dumped as ``name`` (``callgrind_control -d``), read from its file."""
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-z", pid], check=True, capture_output=True)
    subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
    step()
    subprocess.run(["callgrind_control", "-i", "off", pid], check=True, capture_output=True)
    subprocess.run(["callgrind_control", "-d", name, pid], check=True, capture_output=True)
    for path in out.parent.glob(out.name + ".*"):
        text = path.read_text(errors="replace")
        if f"dump {name}\n" in text:
            path.unlink()
            return next(int(line.split()[1]) for line in text.splitlines() if line.startswith("totals:"))
    raise RuntimeError(f"no callgrind dump named {name}: run this under valgrind --tool=callgrind")


def _forget() -> None:
    """Forget the safety modules' kept readings (their ``functools`` caches): a name is judged as
    the server judges one it has not met."""
    for module in [m for n, m in sys.modules.items() if n == "safety" or n.startswith("safety.")]:
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def main() -> int:
    sys.path.insert(0, os.getcwd())  # the tree measured, before this one's installed copy
    from loadtest.visitor import distinct_name
    from safety import name_meeting, names
    from safety.name_gathering import gathers
    from safety.name_invites import invites
    from safety.translation import kata2hira

    out = Path(os.environ.get("NAME_STEPS_OUT", tempfile.gettempdir() + "/name-steps")).resolve()
    for index in range(CROWD):  # as the server has judged the crowd's names before the arrivals
        names.check_name(distinct_name(index))

    def split(first: int) -> tuple[list[str], list[str], list[tuple[str, str]]]:
        """The names ``first…first+299`` the fast path takes, the others, and the plain ones."""
        fast, long, plain = [], [], []
        for index in range(first, first + ARRIVALS):
            text = distinct_name(index)
            name = names.display_clean(text)
            if names._plainly_ordinary(name):
                plain.append((name, kata2hira(name)))
                fast.append(text)
            elif names._marked_plainly_ordinary(name, text):
                fast.append(text)
            else:
                long.append(text)
        return fast, long, plain

    fast, long, _ = split(CROWD)  # the arrivals' own names
    counts: dict[str, tuple[int, int]] = {}
    empty = _counted(out, "empty", lambda: None)

    def count(name: str, items: int, step: Callable[[], object]) -> None:
        counts[name] = (_counted(out, name, step) - empty, items)

    _forget()
    count("fast", len(fast), lambda: [names.check_name(text) for text in fast])
    _forget()
    count("long", len(long), lambda: [names.check_name(text) for text in long])
    # The fast path's steps, each on plain names of its own (the next 300 of the swarm's).
    gate = names._FAST_PATH_GATE
    # what the fast path asks of the meeting check (``meets_in_person`` before 2026-12-07)
    meeting = getattr(name_meeting, "proposes_meeting", name_meeting.meets_in_person)
    steps: dict[str, Callable[[list[tuple[str, str]]], object]] = {
        "PLAIN": lambda ps: [names._PLAIN.fullmatch(n) for n, _ in ps],
        "gate": lambda ps: [gate.search(k) for _, k in ps],
        "long_way_readings": lambda ps: [names._read_only_the_long_way(n, k) for n, k in ps],
        "meeting": lambda ps: [meeting(k) for _, k in ps],
        "invites": lambda ps: [invites(n) for n, _ in ps],
        "gathers": lambda ps: [gathers(n) for n, _ in ps],
        "plainly_ordinary": lambda ps: [names._plainly_ordinary(n) for n, _ in ps],
    }
    first = CROWD + ARRIVALS
    for name, step in steps.items():
        _, _, plain = split(first)
        first += ARRIVALS
        _forget()
        count(name, len(plain), lambda: step(plain))  # noqa: B023 (called at once)
    for name, (ir, items) in counts.items():
        print(f"{name:>26}: {ir / items:>11,.0f} Ir an item over {items} ({ir:,})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
