"""The names model's measure (safety/name_model_measure.py): it reads a name as the name check
reads it (disguises undone), reads the tuning names only, and chooses the bar within the
decision's budget of ordinary names.  The measure itself (scikit-learn, minutes) is not run
here: its figures are in docs/history/safety-rounds.md."""

from __future__ import annotations

from pathlib import Path

from safety import name_model_measure as m


def grams(name: str) -> frozenset[str]:
    return frozenset(f for f in m.features(name) if f.startswith("c:"))


def test_a_disguised_name_is_read_as_its_plain_spelling() -> None:
    # (written for this test) full width, romaji with separators, katakana with a spaced letter
    assert grams("ｓ＿ｈ＿ｉ＿ｎ＿ｅ") == grams("しね")
    assert grams("ウ ザ イ") == grams("うざい")


def test_words_and_edges_are_read() -> None:
    f = m.features("きえたいこ")
    assert {"c:^き", "c:こ$", "c:えた"} <= f
    assert any(x.startswith("w:") for x in f)
    assert not any(x.startswith("w:") for x in m.features("ゆい", words=False))


def test_only_tuning_files_are_read(tmp_path: Path) -> None:
    (tmp_path / "classed").mkdir()
    (tmp_path / "blind").mkdir()
    (tmp_path / "name_set.tsv").write_text("ok\tゆう\ninsult\tばか\n", encoding="utf-8")
    (tmp_path / "classed" / "names_x.tsv").write_text(
        "ok\tordinary\tさくら\nrefuse\tinsult\tゆう\n", encoding="utf-8"
    )
    (tmp_path / "blind" / "names_blind.tsv").write_text("ok\tordinary\tひみつ\n", encoding="utf-8")
    got = {n.name: (n.refuse, n.source) for n in m.tuning_names(tmp_path)}
    # a name in two files is one name, refused if either says so, from the first file
    assert got == {
        "ゆう": (True, "name_set.tsv"),
        "ばか": (True, "name_set.tsv"),
        "さくら": (False, "classed/names_x.tsv"),
    }


def test_the_bar_keeps_ordinary_names_within_the_budget() -> None:
    # 1,000 ordinary names: 0.3 points is 3 of them
    passed = [0.99, 0.98, 0.97, 0.96, 0.5, 0.1]
    bar = m.threshold(passed, 1000)
    assert sum(p >= bar for p in passed) == 3
    assert m.threshold([], 1000) == 0.5
