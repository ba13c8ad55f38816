"""The write-floor benchmark runs and reports a cost per write (its numbers: docs/performance.md)."""

from __future__ import annotations

import json
import subprocess
import sys


def test_it_measures_writes_over_real_loopback_sockets() -> None:
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "loadtest.write_floor",
            "--sockets",
            "20",
            "--rounds",
            "3",
            "--no-pin",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result = json.loads(finished.stdout)
    assert result["sockets"] == 20 and result["rounds"] == 3
    assert 0 < result["cpu_us_per_write"] < 10_000


def test_it_refuses_nonsense() -> None:
    finished = subprocess.run(
        [sys.executable, "-m", "loadtest.write_floor", "--sockets", "0"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert finished.returncode == 2 and "must be positive" in finished.stderr
