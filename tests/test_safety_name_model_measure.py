"""The names model's measure (safety/name_model_measure.py): it reads a name as the name check
reads it (disguises undone), reads the tuning names only, and chooses the bar within the
decision's budget of ordinary names.  The measure itself (scikit-learn, minutes) is not run
here: its figures are in docs/history/safety-rounds.md."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_a_word_of_the_groups_table_gives_its_group() -> None:
    # (written for this test) 「きえたい」 holds 消える, Sudachi's normalised form of きえ
    table = {"消える": "g:7", "ばか": "g:9"}
    f = m.features("きえたい", grams=(), words=False, groups=table)
    assert f == {"g:7"}
    assert not any(x.startswith("g:") for x in m.features("きえたい"))
    # a table as the build writes it, read as the risk layer's measure reads it
    from safety.learned import read_groups

    written = read_groups("死ぬ\t3\n消える\t7\n")
    assert any(x.startswith("g:") for x in m.features("しにたい", groups=written))


def test_the_kana_reading_words_give_their_groups_too() -> None:
    # Sudachi leaves 「バカ」 as バカ: only its hiragana reading finds ばか in the table
    table = {"ばか": "g:9"}
    assert not any(x.startswith("g:") for x in m.features("バカ", groups=table))
    assert "g:9" in m.features("バカ", groups=table, kana_groups=True)
    # a word found neither way gives no group
    assert not any(x.startswith("g:") for x in m.features("さくら", groups=table, kana_groups=True))


def test_specs_and_options_name_the_groups() -> None:
    assert m.parse_spec("1,2,3,4:w:1:gk") == ((1, 2, 3, 4), True, 1.0, "gk")
    assert m.parse_spec(":-:1") == ((), False, 1.0, "")
    specs, tables, disguised = m._options([":-:1:g", "--groups", "a.tsv", "--groups=b.tsv"])
    assert (specs, tables, disguised) == ([":-:1:g"], ["a.tsv", "b.tsv"], False)
    with pytest.raises(ValueError):
        m.parse_spec("2,3:w:1:x")
    with pytest.raises(ValueError):
        m.measure([], [], ":-:1:g")
