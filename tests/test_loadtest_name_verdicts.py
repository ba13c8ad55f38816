"""``loadtest.name_verdicts``: one line a name, the verdict as ``check_name`` gives it."""

from __future__ import annotations

from pathlib import Path

from loadtest import name_verdicts


def test_each_name_judged_on_a_line_of_its_own(tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("ほしのそら\nしにたい\nゆい☆\n", encoding="utf-8")
    out = tmp_path / "verdicts.tsv"
    assert name_verdicts.main(["--names", str(names), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").splitlines() == [
        "ほしのそら\tTrue\tほしのそら\tNone",
        "しにたい\tFalse\tしにたい\tself_harm",
        "ゆい☆\tTrue\tゆい☆\tNone",
    ]


def test_the_list_holds_every_kind(tmp_path: Path) -> None:
    names = name_verdicts.make_names(Path(__file__).parent / "data", seed=3)
    # one a line: no tab or newline inside
    assert not any("\t" in n or "\n" in n for n in names)
    assert "ほしのそら" in names or any(n.startswith("ほしの") for n in names)  # the swarm's
    assert sum(n.endswith("♪🌸") for n in names) >= 3000
