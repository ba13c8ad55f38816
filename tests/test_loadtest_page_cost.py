"""The browser-cost benchmark: its guards, and one short real run in Chromium."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from loadtest.page_cost import Size, parse_arguments, parse_size

ROOT = Path(__file__).resolve().parents[1]


def test_sizes_are_read_and_nonsense_refused() -> None:
    assert parse_size("360x640") == Size(360, 640)
    assert parse_size("1024×768") == Size(1024, 768)
    for text in ("360", "ax640", "10x10", "99999x640"):
        with pytest.raises(argparse.ArgumentTypeError):
            parse_size(text)


@pytest.mark.parametrize(
    "argv", [["--others", "40"], ["--others", "-1"], ["--throttle", "0.5"], ["--room", "library"]]
)
def test_impossible_runs_are_refused(argv: list[str]) -> None:
    with pytest.raises(SystemExit):
        parse_arguments(argv)


@pytest.mark.browser
def test_a_short_run_measures_a_page_with_walking_others(tmp_path: Path) -> None:
    out = tmp_path / "rows.json"
    argv = ["--others", "3", "--sizes", "360x640", "--throttle", "1", "--duration", "3", "--walk-every", "1"]
    # In a process of its own: the browser tests' Playwright already runs an event loop here.
    run = subprocess.run(
        [sys.executable, "-m", "loadtest.page_cost", *argv, "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    [row] = json.loads(out.read_text())
    assert row["others"] == 3 and row["size"] == "360×640" and row["seconds"] >= 3
    assert 0 < row["busy"] < 100, row
    assert row["frames_per_s"] > 0, "three others walking every second are drawn"
    assert "| hiru | 360×640 | 1× | 3 |" in run.stdout
