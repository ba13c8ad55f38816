"""Assessments and name checks per CPU-second on a fixed list, to compare trees in one sitting.

``python -m safety evaluate`` times the tuning texts of the tree it runs in, so two trees time
different lists. This times the list of one named folder (by default this tree's tuning sets:
texts ≤ 80 characters, every name) with whichever tree runs it:

    cd ../other-tree && .venv/bin/python -m loadtest.assess_speed --data /path/to/tests/data
"""

from __future__ import annotations

import argparse
from pathlib import Path

from safety.cli import _tuning
from safety.evaluation import throughput


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("tests/data"), help="the tuning sets to time")
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to time each figure")
    args = parser.parse_args(argv)
    risk, names = _tuning(args.data)
    texts = [item.text for item in risk if len(item.text) <= 80]
    speed = throughput(texts, [name.name for name in names], seconds=args.seconds)
    print(
        f"{len(texts)} texts: {speed.assess_per_second:,.0f} assessments and "
        f"{speed.names_per_second:,.0f} name checks per CPU-second; load {speed.load[0]:.2f}"
    )


if __name__ == "__main__":
    main()
