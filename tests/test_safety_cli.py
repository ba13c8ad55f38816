"""`kakurega safety ...` / `python -m safety ...`: JSON verdicts and the evaluation table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from safety.cli import _parser, main
from safety.evaluation import parse_risk_set

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


# `evaluate` is run on a small folder of the real layout: the command's behaviour (what it reads,
# prints and returns) does not need every text of tests/data scored. The figures of the real sets
# are asserted elsewhere: the risk set's goals in tests/test_safety_risk.py, the name set's in
# tests/test_safety_names.py, the tuning files by their own modules; the blind splits are the
# integrator's to score (`python -m safety evaluate`).
SETS = {
    "risk_set.tsv": "# level\thard\ttext\nimminent\t0\t今から 死ぬ\nhigh\t0\tしにたい\n"
    "none\t1\tしゅくだい おおすぎて しぬ〜w\nnone\t0\tいぬの さんぽ いってきた\n",
    "name_set.tsv": "ok\tゆう\nok\tさくら\nself_harm\tｼﾈ\nstaff\tもりさん\n",
    "risk_side.tsv": "high\t0\t消えたい\nnone\t0\tきょうは はれ\n",
    "classed/risk_a.tsv": "# a comment\nhigh\tplain\tもう いなくなりたい\nnone\tordinary\tねむい\n",
    "classed/names_a.tsv": "refuse\tself_harm\tしね\nok\tordinary\tはると\n",
    "blind/risk_blind.tsv": "high\tplain\tしにたい\n",
    "blind/names_blind.tsv": "ok\tordinary\tゆい\n",
    "blind/risk_blind_2026-01-01.tsv": "high\tplain\t死にたい\nnone\tordinary\tいぬの さんぽ\n",
}


def _sets(folder: Path, **changed: str) -> Path:
    for relative, text in (SETS | changed).items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text, encoding="utf-8")
    return folder


def _evaluate(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["evaluate", "--data", str(data), "--seconds", "0.01", *args])
    return code, capsys.readouterr().out


def test_evaluate_prints_the_table_and_meets_the_goals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _evaluate(_sets(tmp_path), capsys, "--quiet")
    assert code == 0
    assert "risk set: 4 texts (2 high/imminent, 1 hard negatives); names: 4" in out
    assert "| recall of high+imminent | 1.000 |" in out
    assert "assessments per second" in out
    assert "goals met" in out and "disagreements:" not in out
    assert "side sets" in out and "risk_side" in out
    # the tuning split reads risk_*.tsv and classed/ (4 + 2 + 2 texts, 4 of them serious); each
    # blind sitting is a column of its own, then all of them added up
    assert "| measure | tuning | blind (first) | blind_2026-01-01 | blind, all | goal |" in out
    assert (
        "| high + imminent texts rated ≥ high | 1.000 (4/4) | 1.000 (1/1) | 1.000 (1/1) | 1.000 (2/2) |"
        in out
    )
    assert "per class, blind, all" in out
    assert "speed on one thread, per CPU-second:" in out and "load average" in out


def test_evaluate_shows_the_disagreements_unless_quiet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _sets(tmp_path, **{"risk_set.tsv": SETS["risk_set.tsv"] + "imminent\t0\tしにたい\n"})
    code, out = _evaluate(data, capsys)
    assert code == 0
    assert "disagreements:" in out and "imminent → high" in out


def test_evaluate_exits_1_when_a_goal_is_missed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _sets(tmp_path, **{"name_set.tsv": "ok\tゆう\nself_harm\tはると\n"})
    code, out = _evaluate(data, capsys, "--quiet")
    assert code == 1
    assert "GOALS NOT MET" in out


def test_evaluate_tuning_only_leaves_the_blind_splits_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _evaluate(_sets(tmp_path), capsys, "--quiet", "--tuning-only")
    assert code == 0
    assert "(blind splits left out)" in out
    assert "| measure | tuning | goal |" in out and "blind (first)" not in out


def test_evaluate_says_which_folder_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", "--data", str(tmp_path / "nowhere")]) == 2
    assert "cannot read the labelled sets" in capsys.readouterr().err
    data = _sets(tmp_path, **{"blind/risk_blind.tsv": "maybe\tplain\tしにたい\n"})
    assert main(["evaluate", "--data", str(data)]) == 2
    assert "cannot read the classed sets" in capsys.readouterr().err


def test_evaluate_reads_every_real_set_by_default() -> None:
    # what `evaluate` reads without --data, parsed (not scored): every file must still parse
    from safety.cli import DEFAULT_DATA, _blind, _tuning

    assert _parser().parse_args(["evaluate"]).data == ROOT / "tests" / "data" == DEFAULT_DATA
    for path in DEFAULT_DATA.glob("risk_*.tsv"):
        assert parse_risk_set(path.read_text(encoding="utf-8")), path.name
    risk, names = _tuning(DEFAULT_DATA)
    assert len(risk) >= 1000 and len(names) >= 200
    splits = _blind(DEFAULT_DATA / "blind")
    assert splits and all(risk or names for _, risk, names in splits)


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
    assert _parser().parse_args(["train", "--risk"]).risk
    assert _parser().parse_args(["train", "--replies"]).replies
    assert not _parser().parse_args(["train"]).risk
