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


def test_each_blind_sitting_is_scored_on_its_own_and_together(tmp_path: Path) -> None:
    from safety.cli import _blind

    (tmp_path / "risk_blind.tsv").write_text("none\tordinary\tきょうは はれ\n", encoding="utf-8")
    (tmp_path / "names_blind.tsv").write_text("ok\tordinary\tゆう\n", encoding="utf-8")
    (tmp_path / "risk_blind_2026-12-02.tsv").write_text(
        "# a comment\nhigh\tplain_high\tしにたい\nnone\tordinary\tねむい\n", encoding="utf-8"
    )
    splits = _blind(tmp_path)
    assert [(name, len(risk), len(names)) for name, risk, names in splits] == [
        ("blind (first)", 1, 1),
        ("blind_2026-12-02", 2, 0),
        ("blind, all", 3, 1),
    ]


def test_tuning_reads_every_classed_name_file(tmp_path: Path) -> None:
    from safety.cli import _tuning

    (tmp_path / "name_set.tsv").write_text("", encoding="utf-8")
    (tmp_path / "classed").mkdir()
    (tmp_path / "classed" / "names.tsv").write_text("ok\tordinary\tゆう\n", encoding="utf-8")
    (tmp_path / "classed" / "names_2026-12-02b.tsv").write_text("refuse\tinsult\tばか\n", encoding="utf-8")
    _, names = _tuning(tmp_path)
    assert [n.name for n in names] == ["ゆう", "ばか"]


def test_train_takes_one_model_alone() -> None:
    # a rules round retrains the risk layer without moving the robot screen's reply model
    from safety.cli import _parser

    assert _parser().parse_args(["train", "--risk"]).risk
    assert _parser().parse_args(["train", "--replies"]).replies
    assert not _parser().parse_args(["train"]).risk
