"""`kakurega safety name|assess|evaluate` (also `python -m safety ...`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from safety.evaluation import (
    evaluate,
    format_report,
    format_side_reports,
    parse_name_set,
    parse_risk_set,
    side_report,
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
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.command == "name":
        print(json.dumps(check_name(args.text).to_dict(), ensure_ascii=False))
        return 0
    if args.command == "assess":
        print(json.dumps(assess(args.text).to_dict(), ensure_ascii=False))
        return 0
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
    report = evaluate(risk, names)
    print(format_report(report, show_misses=not args.quiet))
    if sides:
        print("\nside sets (no goals; see docs/safety.md)")
        print(format_side_reports(sides))
    return 0 if report.meets_goals() else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
