"""Which blind splits training may read (safety/learned_train.py, ``RETIRED_BLIND_SPLITS``): the
fourteen retired into the learned layers' training and no other; a split kept blind is never read
(docs/history/safety-rounds.md, "The seventh round of 2026-12-06").  These tests look at file
names only: no blind item is compared or printed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from safety import learned_train

# The splits kept blind when the fourteen were retired, and every split written since: kept blind
# is the rule, so a later split is kept unless a decision (docs/safety.md) retires it by name.
KEPT_BLIND = ("_2026-12-06", "_2026-12-06b", "_2026-12-06c", "_2026-12-06d", "_2026-12-06e", "_2026-12-06f")
KEPT_FROM = "_2026-12-06"
"""The first date whose splits were all kept blind (every suffix from it on, in date order)."""


def _suffix(path: Path) -> str:
    """``risk_blind_2026-12-02.tsv`` → ``_2026-12-02``; the first split's files → ``""``."""
    return path.name.split("blind", 1)[1].rsplit(".", 1)[0]


def _kept(suffix: str) -> bool:
    return suffix in KEPT_BLIND or suffix[: len(KEPT_FROM)] >= KEPT_FROM


def _blind_files_read(monkeypatch: pytest.MonkeyPatch, train: Callable[[], object]) -> set[Path]:
    """The files under tests/data/blind/ that ``train`` reads (their names, not their texts)."""
    blind = (learned_train.DATA / learned_train.BLIND).resolve()
    read: set[Path] = set()
    real = Path.read_text

    def spy(self: Path, *args: object, **kwargs: object) -> str:
        if self.resolve().parent == blind:
            read.add(self.resolve())
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", spy)
    train()
    return read


def test_no_kept_split_is_retired() -> None:
    assert not [s for s in learned_train.RETIRED_BLIND_SPLITS if _kept(s)]
    assert len(set(learned_train.RETIRED_BLIND_SPLITS)) == len(learned_train.RETIRED_BLIND_SPLITS) == 14


def test_a_kept_split_is_never_read_by_training(monkeypatch: pytest.MonkeyPatch) -> None:
    # Both learned layers, with the retired splits switched on: what they read under blind/ is
    # exactly the retired splits' risk and robot files, and never a kept split's.
    read = _blind_files_read(
        monkeypatch,
        lambda: (learned_train.tuning_sources(retired=True), learned_train.reply_items(retired=True)),
    )
    assert not sorted(p.name for p in read if _kept(_suffix(p)))
    assert not {p.name for p in read if "names_blind" in p.name}, "names files are not training data"
    retired = set(learned_train.RETIRED_BLIND_SPLITS)
    assert {_suffix(p) for p in read if p.name.startswith("risk_blind")} == retired
    assert {_suffix(p) for p in read if p.name.startswith("robot_replies_blind")} == retired


def test_switched_off_training_reads_nothing_blind(monkeypatch: pytest.MonkeyPatch) -> None:
    read = _blind_files_read(
        monkeypatch,
        lambda: (learned_train.tuning_sources(retired=False), learned_train.reply_items(retired=False)),
    )
    assert not read


def test_each_retired_split_is_a_training_file_of_its_own() -> None:
    # named as the tuning files are, so folds by file keep each writer's sitting in one fold
    names = {name for _, name in learned_train.tuning_sources(retired=True)}
    blind = {name for name in names if name.startswith(f"{learned_train.BLIND}/")}
    assert blind == {f"blind/risk_blind{s}.tsv" for s in learned_train.RETIRED_BLIND_SPLITS}
