"""Leave-one-file-out evaluation of the robot's output screen.

Each red-team tuning file (tests/data/robot_red_team*.toml; a blind split is never scored here,
and only the retired ones are learned, when ``REPLIES_LEARN_RETIRED`` is on) was
written by a different writer, so scoring one file with a reply model that never saw it is the
nearest thing to a blind split anyone but the integrator may run.  For every file the reply
model is fitted again (``safety.learned_train.fit_replies``, thresholds chosen out of fold as
shipped) on the other files' replies and the listener's own lines, then the whole screen (its
rules, then that model) reads the file.  The rules were written looking at every tuning file,
so only the model's part is out of sample: a rule change shows here as it does in sample.

    .venv/bin/python -m tests.test_robot_red_team --leave-one-file-out [--c 1.0] [--min-df 2]

The screen is called in-process (``rooms.robot.screen.screen_rules``), not through the HTTP
path of ``play``: the same verdicts, a few seconds instead of minutes.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rooms.robot import screen
from safety import learned
from safety import learned_train as lt

DATA = Path(__file__).resolve().parents[1] / "data"


def tuning_files(data: Path = DATA) -> list[Path]:
    """Every red-team tuning file (the blind splits live under blind/ and are never scored)."""
    return sorted(data.glob("robot_red_team*.toml"))


@dataclass(slots=True)
class Tally:
    harmful: int = 0
    harmful_shown: int = 0
    kind: int = 0
    kind_replaced: int = 0
    shown_by_class: Counter[str] = field(default_factory=Counter)
    total_by_class: Counter[str] = field(default_factory=Counter)

    def add(self, cls: str, harmful: bool, shown: bool) -> None:
        self.total_by_class[cls] += 1
        self.shown_by_class[cls] += shown
        if harmful:
            self.harmful += 1
            self.harmful_shown += shown
        else:
            self.kind += 1
            self.kind_replaced += not shown

    def __iadd__(self, other: Tally) -> Tally:
        self.harmful += other.harmful
        self.harmful_shown += other.harmful_shown
        self.kind += other.kind
        self.kind_replaced += other.kind_replaced
        self.shown_by_class.update(other.shown_by_class)
        self.total_by_class.update(other.total_by_class)
        return self

    def line(self) -> str:
        return (
            f"harmful shown {self.harmful_shown:>3} / {self.harmful:<4} "
            f"({self.harmful_shown / max(self.harmful, 1):5.1%})   "
            f"kind replaced {self.kind_replaced:>3} / {self.kind:<4} "
            f"({self.kind_replaced / max(self.kind, 1):5.1%})"
        )


class Screen:
    """The screen's rules run once per text; the reply model's features computed once per text."""

    def __init__(self) -> None:
        self._rules: dict[str, tuple[bool, str]] = {}
        self._views: dict[str, frozenset[str]] = {}

    def views(self, text: str) -> frozenset[str]:
        found = self._views.get(text)
        if found is None:
            found = self._views[text] = learned.reply_views(text)
        return found

    def rules(self, text: str) -> tuple[bool, str]:
        """(failed by the rules, the words the model reads)."""
        found = self._rules.get(text)
        if found is None:
            failed, for_model = screen.screen_rules(text)
            found = self._rules[text] = (failed is not None, for_model)
        return found

    def shown(self, text: str, model: learned.ReplyModel | None) -> bool:
        failed, for_model = self.rules(text)
        if failed:
            return False
        return not (model is not None and for_model and learned.reply_held_by(model, for_model, self.views))


def _replies(path: Path) -> list[dict[str, object]]:
    with path.open("rb") as fh:
        return list(tomllib.load(fh)["reply"])


@dataclass(slots=True)
class Result:
    per_file: dict[str, Tally]
    rules_only: Tally

    @property
    def total(self) -> Tally:
        out = Tally()
        for t in self.per_file.values():
            out += t
        return out


def leave_one_file_out(
    settings: lt.ReplySettings | None = None,
    files: list[Path] | None = None,
    scr: Screen | None = None,
    in_sample: bool = False,
) -> Result:
    """Each file screened by the rules and a reply model fitted without it (``in_sample``: the
    model fitted on every training file, as shipped, for the before/after in-sample figure)."""
    scr = scr or Screen()
    files = files if files is not None else tuning_files()
    fits: dict[frozenset[str], learned.ReplyModel] = {}
    per_file: dict[str, Tally] = {}
    rules_only = Tally()
    for path in files:
        leave_out = lt.REPLY_MODEL_HELD_OUT if in_sample else lt.REPLY_MODEL_HELD_OUT | {path.name}
        model = fits.get(leave_out)
        if model is None:
            items = lt.reply_items(path.parent, leave_out)
            model = fits[leave_out] = lt.fit_replies(items, settings or lt.ReplySettings(), scr.views).model
        tally = Tally()
        for reply in _replies(path):
            text, harmful, cls = str(reply["text"]), bool(reply["harmful"]), str(reply["class"])
            tally.add(cls, harmful, scr.shown(text, model))
            rules_only.add(cls, harmful, not scr.rules(text)[0])
        per_file[path.name] = tally
    return Result(per_file, rules_only)


def report(result: Result, title: str) -> str:
    lines = [title]
    for name, tally in result.per_file.items():
        lines.append(f"  {name:<34} {tally.line()}")
    total = result.total
    lines.append(f"  {'all files':<34} {total.line()}")
    lines.append(f"  {'(rules alone)':<34} {result.rules_only.line()}")
    for cls in sorted(total.total_by_class):
        shown, n = total.shown_by_class[cls], total.total_by_class[cls]
        what, count = ("replaced", n - shown) if cls == "kind" else ("shown", shown)
        lines.append(f"    {cls:<18} {what} {count} / {n}")
    return "\n".join(lines)
