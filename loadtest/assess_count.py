"""What ``assess`` and ``check_name`` cost, counted rather than timed.

    python -m loadtest.assess_count                        # 1,000 texts of this tree's tuning sets
    python -m loadtest.assess_count --names --count 2000
    python -m loadtest.assess_count --swarm-names --count 2000  # the swarm's ordinary names
    cd ../other-tree && .venv/bin/python -m loadtest.assess_count --data /path/to/tests/data

``loadtest.assess_speed`` times a list in CPU-seconds, which swing with the machine's load. This
runs the same kind of list under ``valgrind --tool=callgrind`` with instrumentation switched on
only around the loop (start-up, the dictionaries and one warm-up call are not counted) and prints
the user-space instructions (Ir) per text or name: the same from run to run whatever the load, so
two trees can be compared on a busy machine. Valgrind slows Python ~50×: 1,000 texts take a few
minutes. Use the same ``--data``, ``--count`` and ``--offset`` for both trees.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from loadtest.arrival_count import callgrind


def _items(data: Path, names: bool, count: int, offset: int, swarm: bool = False) -> list[str]:
    if swarm:
        # the ordinary names the swarm's visitors pick (loadtest.visitor.distinct_name): what
        # a real arrival's name check costs, where the tuning names are mostly disguises
        from loadtest.visitor import distinct_name

        return [distinct_name(i) for i in range(offset, offset + count)]
    from safety.cli import _tuning

    risk, name_items = _tuning(data)
    pool = [n.name for n in name_items] if names else [i.text for i in risk if len(i.text) <= 80]
    return pool[offset : offset + count]


def _total(out: Path) -> int:
    """The instructions callgrind wrote at exit: its ``totals:`` line (``summary:`` stays 0 when
    instrumentation starts switched off)."""
    if not out.exists():
        return 0
    lines = out.read_text(errors="replace").splitlines()
    counts = [int(line.split()[1]) for line in lines if line.startswith(("summary:", "totals:"))]
    return max(counts, default=0)


def _inner(data: Path, names: bool, count: int, offset: int, swarm: bool = False) -> None:
    """Runs inside valgrind: warm up, then count the loop alone."""
    from safety import assess, check_name

    items = _items(data, names, count, offset, swarm)
    judge = check_name if names else assess
    assess("ウォームアップ")
    check_name("ゆう")
    callgrind(os.getpid(), "-i", "on")
    for item in items:
        judge(item)
    callgrind(os.getpid(), "-i", "off")
    print(len(items))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("tests/data"), help="the tuning sets to count")
    parser.add_argument("--names", action="store_true", help="count name checks instead of assessments")
    parser.add_argument(
        "--swarm-names",
        action="store_true",
        help="count name checks of the swarm's ordinary names (not --data's)",
    )
    parser.add_argument("--count", type=int, default=1000, help="how many texts or names")
    parser.add_argument("--offset", type=int, default=0, help="where in the list to start")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.count < 1 or args.offset < 0:
        parser.error("--count must be at least 1 and --offset not negative")
    if args.inner:
        _inner(args.data, args.names or args.swarm_names, args.count, args.offset, args.swarm_names)
        return
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-m",
            "loadtest.assess_count",
            "--inner",
            *("--data", str(args.data), "--count", str(args.count), "--offset", str(args.offset)),
            *(["--names"] if args.names else []),
            *(["--swarm-names"] if args.swarm_names else []),
        ]
        # A fixed hash seed: set and dict orders, and so the instructions, repeat from run to run.
        done = subprocess.run(
            command, capture_output=True, text=True, env=os.environ | {"PYTHONHASHSEED": "0"}
        )
        if done.returncode != 0:
            sys.exit(f"valgrind failed ({done.returncode}):\n{done.stderr[-2000:]}")
        counted = int(done.stdout.split()[-1])
        ir = _total(out)
    if not ir or not counted:
        sys.exit("no instructions were counted (is callgrind_control on PATH?)")
    what = "name checks" if args.names or args.swarm_names else "assessments"
    print(f"{counted} {what}: {ir / counted:,.0f} instructions each ({ir:,} in all)")


if __name__ == "__main__":
    main()
