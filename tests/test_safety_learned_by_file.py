"""The learned layer measured and tuned by tuning file (safety/learned_train.py): each file was
written by another writer, so folds that hold whole files are the nearest the tuning sets come to
text nobody trained on (docs/safety.md, "The learned layer")."""

from __future__ import annotations

import pytest

from safety import learned_train
from safety.learned_train import Example


def _rows_of_the_tuning_files() -> list[Example]:
    """One example a tuning text, with its file (no features: folds read only the files)."""
    return [
        Example(item.level, group, "none", frozenset(), True, False, name)
        for group, (item, name) in enumerate(learned_train.tuning_sources())
    ]


def test_every_tuning_text_keeps_its_file() -> None:
    sourced = learned_train.tuning_sources()
    assert [item for item, _ in sourced] == learned_train.tuning_items()
    names = {name for _, name in sourced}
    assert "risk_set.tsv" in names and "classed/risk_2026-12-03c.tsv" in names
    # Of the blind splits, the retired ones' risk files only, and only when training learns them
    # (tests/test_safety_learned_retired.py: a kept split is never read).
    retired = {f"blind/risk_blind{s}.tsv" for s in learned_train.RETIRED_BLIND_SPLITS}
    assert {name for name in names if "blind" in name} == (
        retired if learned_train.RISK_LEARNS_RETIRED else set()
    )


def test_folds_by_file_never_split_a_file() -> None:
    rows = _rows_of_the_tuning_files()
    folds = learned_train.fold_of(rows, by_file=True)  # the trainer's folds with BY_FILE
    fold_of_file: dict[str, set[int]] = {}
    for r, k in zip(rows, folds, strict=True):
        fold_of_file.setdefault(r.source, set()).add(k)
    assert all(len(ks) == 1 for ks in fold_of_file.values()), "a writer's file was split across folds"
    assert set(folds) == set(range(learned_train.FOLDS))
    # dealt largest first to the lightest fold: no fold holds more than twice another's texts
    sizes = [folds.count(k) for k in range(learned_train.FOLDS)]
    assert max(sizes) <= 2 * min(sizes)


def _styled(files: str = "abcd") -> list[Example]:
    """Serious texts that share a word only within their own file (a writer's style) and none-
    labelled texts that share ordinary words across files; the rules find nothing in any."""
    rows: list[Example] = []
    for name in files:
        for i in range(40):
            rows.append(
                Example("none", len(rows), "none", frozenset({"w:common", f"w:n{i % 5}"}), True, False, name)
            )
        for i in range(20):
            words = frozenset({"w:common", f"w:style-{name}", f"w:s{i % 4}"})
            level = "imminent" if i < 5 else "high"
            rows.append(Example(level, len(rows), "none", words, True, False, name))
    return rows


def test_left_out_a_file_is_scored_by_models_that_never_read_its_writer() -> None:
    rows = _styled()
    by_text = learned_train.out_of_fold(rows, learned_train.fold_of(rows, by_file=False))
    serious = [p for (p, _), r in zip(by_text, rows, strict=True) if r.level != "none"]
    assert min(serious) > 0.9  # random folds: the writer's own word gives the texts away
    figures = learned_train.leave_one_file_out(rows, by_text)
    assert [f.name for f in figures] == ["a", "b", "c", "d"]
    for f in figures:
        assert (f.serious, f.imminent, f.none, f.serious_rules) == (20, 5, 40, 0)
        assert f.serious_layer == 0, "the held-out file's own style reached its model"
        assert f.none_concern_layer == 0
        assert f.thresholds is not None


def test_the_report_pools_the_files_and_names_the_worst() -> None:
    a = learned_train.FileFigures("a.tsv", None, 10, 5, 8, 4, 2, 3, 20, 1, 2)
    b = learned_train.FileFigures("b.tsv", None, 30, 20, 21, 6, 3, 3, 10, 2, 3)
    pooled = a + b
    assert (pooled.serious, pooled.serious_layer, pooled.imminent_layer, pooled.none_concern_layer) == (
        40,
        29,
        6,
        5,
    )
    text = learned_train.format_by_file([a, b])
    assert "pooled" in text and "0.725" in text  # 29/40
    assert text.splitlines()[-1].startswith("worst file none≥concern: b.tsv 0.300")


def test_train_takes_the_by_file_measure() -> None:
    from safety.cli import _parser

    assert _parser().parse_args(["train", "--by-file"]).by_file
    assert not _parser().parse_args(["train"]).by_file


def test_file_weights_let_no_file_of_negatives_dominate(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [Example("none", i, "none", frozenset(), True, False, "big") for i in range(90)]
    rows += [Example("none", 90 + i, "none", frozenset(), True, False, "small") for i in range(10)]
    rows += [Example("high", 100 + i, "none", frozenset(), True, False, "small") for i in range(5)]
    assert learned_train.sample_weights(rows) is None  # off by default: the shipped trainer
    monkeypatch.setattr(learned_train, "FILE_WEIGHTS", True)
    weights = learned_train.sample_weights(rows)
    assert weights is not None
    by_file: dict[str, float] = {}
    for r, w in zip(rows, weights, strict=True):
        if r.level == "none":
            by_file[r.source] = by_file.get(r.source, 0.0) + w
    assert by_file == pytest.approx({"big": 50.0, "small": 50.0})
    assert weights[-5:] == [1.0] * 5  # serious texts as they are


def test_a_cap_per_file_keeps_one_writers_negatives_from_being_lifted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 400 none-labelled texts in four files; file "d" holds the only ones the model scores high
    rows, probs = [], []
    for name in "abcd":
        for i in range(100):
            rows.append(Example("none", len(rows), "none", frozenset(), True, False, name))
            probs.append((0.95 if name == "d" and i < 2 else 0.1, 0.0))
        for i in range(50):
            rows.append(Example("high", len(rows), "none", frozenset(), True, False, name))
            probs.append((0.95 if i < 25 else 0.5, 0.0))
    pooled, _ = learned_train.choose(rows, probs)  # 2 of 400 lifted: within 0.5 % pooled
    assert pooled.high_from_none <= 0.95
    monkeypatch.setattr(learned_train, "MAX_FP_HIGH_PER_FILE", 0.01)  # at most 1 of d's 100
    capped, _ = learned_train.choose(rows, probs)
    assert capped.high_from_none > 0.95
