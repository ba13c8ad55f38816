"""`kakurega safety ...` / `python -m safety ...`: JSON verdicts and the evaluation table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from safety.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_name_prints_the_verdict_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["name", "ｼﾈ"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {"ok": False, "name": "シネ", "reason": "self_harm"}


def test_name_output_keeps_japanese_readable(capsys: pytest.CaptureFixture[str]) -> None:
    main(["name", "ゆう"])
    assert "ゆう" in capsys.readouterr().out  # ensure_ascii=False


def test_assess_prints_level_categories_and_spans(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", "今から 死ぬ"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["level"] == "imminent"
    assert "plan" in out["categories"]
    assert out["spans"]


def test_evaluate_prints_the_table_and_meets_the_goals(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "recall of high+imminent" in out
    assert "assessments per second" in out
    assert "goals met" in out


def test_python_dash_m_safety_works() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "safety", "name", "もりさん"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=True,
    )
    assert json.loads(done.stdout)["reason"] == "staff"
