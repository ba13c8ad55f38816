"""``loadtest.arrival_count --names passed``: every arrival brings a pass its server takes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[1]


def count(tmp_path: Path, names: str) -> dict:
    """A small run, in a process of its own (the driver pins itself to a CPU)."""
    out = tmp_path / f"{names}.json"
    arguments = ["--crowd", "20", "--arrivals", "30", "--rate", "60", "--settle", "0.5", "--names", names]
    subprocess.run(
        [sys.executable, "-m", "loadtest.arrival_count", *arguments, "--json", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    return json.loads(out.read_text())


def test_in_the_passed_mode_every_hello_is_taken_on_its_pass(tmp_path: Path) -> None:
    result = count(tmp_path, "passed")
    assert result["failed"] == 0 and result["server_closes"] == {}
    assert result["name_passes"] == 50, "the crowd's and the arrivals' hellos, each on its pass"
    assert count(tmp_path, "distinct")["name_passes"] == 0, "without passes, every name is checked"
