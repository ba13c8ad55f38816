"""Each test module's CPU seconds, for finding what makes the suite slow (docs/performance.md,
"The suite's time (2026-12-05 evening)").

    PYTHONPATH=. .venv/bin/pytest -n 0 -p tests.support.modcpu tests/test_a.py tests/test_b.py

Each test's CPU (this process's and its waited children's: servers, Redis, Chromium when they
exit) is added to its module; the modules, most first, go to $MODCPU_OUT (default
modcpu.txt). A session-scoped fixture's process counts where it exits: in the last module.
"""

from __future__ import annotations

import os
import resource
from collections import defaultdict

import pytest

_cpu: dict[str, float] = defaultdict(float)
_start = [0.0]


def _now() -> float:
    s = resource.getrusage(resource.RUSAGE_SELF)
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def pytest_runtest_logstart(nodeid: str, location: object) -> None:
    _start[0] = _now()


def pytest_runtest_logfinish(nodeid: str, location: object) -> None:
    _cpu[nodeid.split("::", 1)[0]] += _now() - _start[0]


def pytest_sessionfinish(session: pytest.Session) -> None:
    # Under pytest-xdist each worker writes its own file (``modcpu.txt.gw0``…).
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    out = os.environ.get("MODCPU_OUT", "modcpu.txt") + (f".{worker}" if worker else "")
    with open(out, "w") as fh:
        for module, cpu in sorted(_cpu.items(), key=lambda kv: -kv[1]):
            fh.write(f"{cpu:8.1f} {module}\n")
