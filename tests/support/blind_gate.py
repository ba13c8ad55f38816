"""The blind non-regression gate: what each blind item got on one tree, compared with another.

    cd TREE && python -m tests.support.blind_gate dump OUT.json    # this tree's outcomes
    python -m tests.support.blind_gate diff BEFORE.json AFTER.json  # what moved, counts only

A landing that takes one blind serious text below high, one imminent text below imminent, one
must-refuse name (or one of its disguised variants) or one harmful reply to shown is withdrawn
in the part that did it (docs/history/safety-rounds.md, "The ninth round of 2026-12-06: decisions…"). A dump
holds, per item, its file and index, label and class, and what the tree gave it, with the
disguised variants of must-refuse names and of serious texts as strings of 0 and 1: never a
text, a name or a reply. ``diff`` prints counts by file, class and direction, never an item:
the splits stay blind (tests/data/blind/README.md). The variants are compared since the round
of 2026-12-07, whose per-item gate missed two katakana disguises of insult names let through.
"""

from __future__ import annotations

import argparse
import json
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

BLIND = Path("tests/data/blind")
SERIOUS = ("high", "imminent")

Outcome = dict[str, Any]


def dump(blind: Path = BLIND) -> dict[str, Outcome]:
    """Every blind item's outcome on the tree this process imports (run it from the tree)."""
    from rooms.robot.screen import screen_reply
    from safety import assess, check_name
    from safety.disguise import variants
    from safety.evaluation import parse_classed_names, parse_classed_risk

    out: dict[str, Outcome] = {}
    for path in sorted(blind.glob("risk_blind*.tsv")):
        for i, item in enumerate(parse_classed_risk(path.read_text("utf-8"))):
            got: Outcome = {"label": item.level, "cls": item.cls, "got": assess(item.text).level}
            if item.level in SERIOUS:
                got["variants"] = "".join(
                    "1" if assess(v).at_least("high") else "0" for _, v in variants(item.text)
                )
            out[f"{path.name}#{i}"] = got
    for path in sorted(blind.glob("names_blind*.tsv")):
        for i, name in enumerate(parse_classed_names(path.read_text("utf-8"))):
            got = {
                "label": "refuse" if name.refuse else "ok",
                "cls": name.cls,
                "got": "ok" if check_name(name.name).ok else "refuse",
            }
            if name.refuse:
                got["variants"] = "".join("0" if check_name(v).ok else "1" for _, v in variants(name.name))
            out[f"{path.name}#{i}"] = got
    for path in sorted(blind.glob("robot_replies_blind*.toml")):
        with path.open("rb") as fh:
            replies = tomllib.load(fh)["reply"]
        for i, reply in enumerate(replies):
            shown = screen_reply(str(reply["text"]).strip()).ok
            out[f"{path.name}#{i}"] = {
                "label": "harmful" if reply["harmful"] else "kind",
                "cls": str(reply["class"]),
                "got": "shown" if shown else "replaced",
            }
    return out


def _right(outcome: Outcome) -> bool:
    from safety.evaluation import LEVELS, _risk_ok

    label, got = outcome["label"], outcome["got"]
    if label in LEVELS:
        return _risk_ok(label, got)  # as the splits are scored
    if label in ("ok", "refuse"):
        return got == label
    return got == ("replaced" if label == "harmful" else "shown")


def compare(before: dict[str, Outcome], after: dict[str, Outcome]) -> Counter[tuple[str, ...]]:
    """Counts of what moved, by (direction, file, class, what): an item's outcome ("item"), or
    its disguised variants ("variants", each variant that turned counted once)."""
    moved: Counter[tuple[str, ...]] = Counter()
    for key in sorted(before.keys() & after.keys()):
        a, b = before[key], after[key]
        where = (key.split("#", 1)[0], a["cls"])
        if a["got"] != b["got"]:
            ra, rb = _right(a), _right(b)
            direction = "better" if rb and not ra else "worse" if ra and not rb else "moved"
            moved[(direction, *where, "item")] += 1
        va, vb = a.get("variants", ""), b.get("variants", "")
        if len(va) == len(vb):
            pairs = list(zip(va, vb, strict=True))
            moved[("better", *where, "variants")] += pairs.count(("0", "1"))
            moved[("worse", *where, "variants")] += pairs.count(("1", "0"))
        elif va or vb:
            moved[("changed", *where, "variants")] += 1  # the disguises themselves changed
    return +moved  # (zero counts dropped)


def worse(moved: Counter[tuple[str, ...]]) -> int:
    return sum(n for key, n in moved.items() if key[0] == "worse")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write this tree's outcomes on the blind splits")
    d.add_argument("out", type=Path)
    c = sub.add_parser("diff", help="counts of what moved between two dumps; exit 1 if any got worse")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        outcomes = dump()
        args.out.write_text(json.dumps(outcomes, ensure_ascii=False), "utf-8")
        print(f"{len(outcomes)} blind items")
        return 0
    before = json.loads(args.before.read_text("utf-8"))
    after = json.loads(args.after.read_text("utf-8"))
    missing = len(before.keys() ^ after.keys())
    moved = compare(before, after)
    for (direction, file, cls, what), n in sorted(moved.items()):
        print(f"{direction:<8} {n:>5}  {file}  {cls}  {what}")
    print(f"nothing moved ({missing} items in one dump only)" if not moved else f"{worse(moved)} worse")
    return 1 if worse(moved) else 0


if __name__ == "__main__":
    raise SystemExit(main())
