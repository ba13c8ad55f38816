"""The locust scenario runs against a real server and reports its custom events."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.servers import ROOT, running_server

pytestmark = pytest.mark.integration


def test_locust_visitors_connect_walk_and_see_each_other(tmp_path: Path) -> None:
    with running_server() as server:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "locust",
                "-f",
                str(ROOT / "loadtest" / "locustfile.py"),
                "--headless",
                "-u",
                "6",
                "-r",
                "6",
                "-t",
                "12s",
                "--host",
                server.base_url,
                "--csv",
                str(tmp_path / "run"),
                "--only-summary",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=150,
            env={**server.env, "KAKUREGA_LOAD_ROOMS": "hoshi"},
        )
    assert (tmp_path / "run_stats.csv").exists(), result.stderr[-2000:]
    with (tmp_path / "run_stats.csv").open() as stats_file:
        rows = {row["Name"]: row for row in csv.DictReader(stats_file)}
    assert int(rows["connect"]["Request Count"]) >= 6 and rows["connect"]["Failure Count"] == "0"
    assert int(rows["hello→welcome"]["Request Count"]) >= 6
    assert rows["hello→welcome"]["Failure Count"] == "0"
    assert int(rows["walk→seen"]["Request Count"]) > 0, "visitors in one nook saw each other's walks"
    assert int(rows["frame:room"]["Request Count"]) >= 6
