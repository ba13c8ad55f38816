"""`kakurega safety name|assess|evaluate|field|train` (also `python -m safety ...`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from safety.evaluation import (
    ClassedName,
    ClassedRisk,
    SplitScore,
    evaluate,
    format_report,
    format_side_reports,
    format_splits,
    merge_splits,
    names_from_legacy,
    parse_classed_names,
    parse_classed_risk,
    parse_name_set,
    parse_risk_set,
    risk_from_legacy,
    score_split,
    side_report,
    throughput,
)
from safety.names import check_name
from safety.risk import assess

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kakurega safety", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    name = sub.add_parser("name", help="check a display name; prints the verdict as JSON")
    name.add_argument("text")
    risk = sub.add_parser("assess", help="assess a text for risk; prints the result as JSON")
    risk.add_argument("text")
    ev = sub.add_parser("evaluate", help="score the policies on the labelled sets")
    ev.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the sets")
    ev.add_argument("--quiet", action="store_true", help="leave out the disagreements")
    ev.add_argument(
        "--tuning-only",
        action="store_true",
        help="leave out the blind split (while changing rules: nobody looks at it until they are done)",
    )
    ev.add_argument("--seconds", type=float, default=1.0, help="how long to time each speed figure")
    field = sub.add_parser(
        "field",
        help="the field figures: the staff's own level of decided posts beside the net's (counts only)",
    )
    field.add_argument("--database-url", help="default: KAKUREGA_DATABASE_URL, else SQLite under ./var/")
    field.add_argument(
        "--days", type=_days, help="only posts decided in the last DAYS days, 1 or more (default: all)"
    )
    field.add_argument(
        "--today",
        action="store_true",
        help="also re-assess with today's rules the posts whose words are still held",
    )
    tr = sub.add_parser(
        "train",
        help="retrain the learned layer on the tuning sets (needs the extra: pip install -e '.[train]')",
    )
    tr.add_argument("--check", action="store_true", help="write nothing; exit 1 if the weights are stale")
    tr.add_argument(
        "--replies",
        action="store_true",
        help="the robot's reply model alone (after a red-team file or bank change)",
    )
    tr.add_argument(
        "--risk",
        action="store_true",
        help="the risk layer alone (after a rules or risk tuning set change)",
    )
    tr.add_argument(
        "--by-file",
        action="store_true",
        help="write nothing: score the risk layer leaving one tuning file out at a time",
    )
    return parser


def _days(text: str) -> int:
    """A window of 1 day or more: 0 or fewer would silently count nothing."""
    days = int(text)
    if days < 1:
        raise argparse.ArgumentTypeError("give 1 or more days")
    return days


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.command == "name":
        print(json.dumps(check_name(args.text).to_dict(), ensure_ascii=False))
        return 0
    if args.command == "assess":
        print(json.dumps(assess(args.text).to_dict(), ensure_ascii=False))
        return 0
    if args.command == "field":
        from safety import field_command  # the database's modules only for this command

        return field_command.run(args.database_url, days=args.days, today=args.today)
    if args.command == "train":
        from safety import learned_train  # needs scikit-learn, a training-only extra

        return learned_train.main(
            ["--check"] * args.check
            + ["--replies"] * args.replies
            + ["--risk"] * args.risk
            + ["--by-file"] * args.by_file
        )
    try:
        risk = parse_risk_set((args.data / "risk_set.tsv").read_text(encoding="utf-8"))
        names = parse_name_set((args.data / "name_set.tsv").read_text(encoding="utf-8"))
        sides = [
            side_report(path.stem, parse_risk_set(path.read_text(encoding="utf-8")))
            for path in sorted(args.data.glob("risk_*.tsv"))
            if path.name != "risk_set.tsv"
        ]
    except (OSError, ValueError) as exc:
        print(f"cannot read the labelled sets in {args.data}: {exc}", file=sys.stderr)
        return 2
    try:
        tuning_risk, tuning_names = _tuning(args.data)
        blind = [] if args.tuning_only else _blind(args.data / "blind")
    except (OSError, ValueError) as exc:
        print(f"cannot read the classed sets in {args.data}: {exc}", file=sys.stderr)
        return 2
    report = evaluate(risk, names)
    print(format_report(report, show_misses=not args.quiet))
    if sides:
        print("\nside sets (no goals; see docs/safety.md)")
        print(format_side_reports(sides))
    splits = [score_split("tuning", tuning_risk, tuning_names)]
    # Only aggregates of the blind splits are ever printed: nobody tunes against their items.
    sittings: list[SplitScore] = []
    for name, blind_risk, blind_names in blind:
        if name == BLIND_ALL:  # every sitting's items: their scores added, not scored again
            splits.append(merge_splits(name, sittings))
        else:
            sittings.append(score_split(name, blind_risk, blind_names))
            splits.append(sittings[-1])
    print("\nthe issue-11 measures: tuning sets (all of tests/data) and the blind splits (tests/data/blind)")
    if not blind:
        print("(blind splits left out)" if args.tuning_only else "(no blind split in tests/data/blind)")
    print(format_splits(splits))
    speed = throughput(
        [i.text for i in tuning_risk if len(i.text) <= 80],
        [n.name for n in tuning_names],
        seconds=args.seconds,
    )
    print(
        f"\nspeed on one thread, per CPU-second: {speed.assess_per_second:,.0f} assessments "
        f"(texts ≤ 80 characters), {speed.names_per_second:,.0f} name checks; per wall-second "
        f"{speed.assess_wall:,.0f} / {speed.names_wall:,.0f}; load average "
        + " ".join(f"{x:.2f}" for x in speed.load)
    )
    return 0 if report.meets_goals() else 1


def _tuning(data: Path) -> tuple[list[ClassedRisk], list[ClassedName]]:
    """Every labelled set outside tests/data/blind: the sets rules may be tuned on."""
    risk = [item for _, items in _tuning_risk_files(data) for item in items]
    names = names_from_legacy(parse_name_set((data / "name_set.tsv").read_text(encoding="utf-8")))
    classed = data / "classed"
    for path in sorted(classed.glob("names*.tsv")):
        names.extend(parse_classed_names(path.read_text(encoding="utf-8")))
    return risk, names


def _tuning_risk_files(data: Path) -> list[tuple[str, list[ClassedRisk]]]:
    """The tuning risk texts file by file (each file was written by one writer in one sitting):
    ``tests/data/risk_*.tsv``, then ``tests/data/classed/risk*.tsv``, named relative to ``data``."""
    files: list[tuple[str, list[ClassedRisk]]] = []
    for path in sorted(data.glob("risk_*.tsv")):
        files.append(
            (path.name, risk_from_legacy(path.stem, parse_risk_set(path.read_text(encoding="utf-8"))))
        )
    for path in sorted((data / "classed").glob("risk*.tsv")):
        files.append((f"classed/{path.name}", parse_classed_risk(path.read_text(encoding="utf-8"))))
    return files


BlindSplit = tuple[str, list[ClassedRisk], list[ClassedName]]
BLIND_ALL = "blind, all"


def _blind(folder: Path) -> list[BlindSplit]:
    """Each blind split on its own, then all of them together.

    A split is the files written in one sitting: ``risk_blind.tsv`` with ``names_blind.tsv``,
    ``risk_blind_2026-12-02.tsv`` with ``names_blind_2026-12-02.tsv`` (tests/data/blind/README.md).
    """
    files = [*folder.glob("risk_blind*.tsv"), *folder.glob("names_blind*.tsv")]
    sittings = sorted({p.stem.split("blind", 1)[1] for p in files})
    splits: list[BlindSplit] = []
    for sitting in sittings:
        risk_path, names_path = folder / f"risk_blind{sitting}.tsv", folder / f"names_blind{sitting}.tsv"
        risk = parse_classed_risk(risk_path.read_text(encoding="utf-8")) if risk_path.exists() else []
        names = parse_classed_names(names_path.read_text(encoding="utf-8")) if names_path.exists() else []
        splits.append((f"blind{sitting or ' (first)'}", risk, names))
    if len(splits) > 1:
        every_risk = [r for _, rs, _ in splits for r in rs]
        every_name = [n for _, _, ns in splits for n in ns]
        splits.append((BLIND_ALL, every_risk, every_name))
    return splits


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
