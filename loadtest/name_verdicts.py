"""Every verdict of ``check_name`` over a fixed list of names, for ``cmp`` between two trees.

    python -m loadtest.name_verdicts --make-names /tmp/names.txt           # once, in either tree
    python /work/wt-x/loadtest/name_verdicts.py --names /tmp/names.txt --out /tmp/base.tsv  # in each tree
    cmp /tmp/base.tsv /tmp/new.tsv

A change meant to make the name check cheaper and nothing else shows it so: the same list,
judged by each tree (run the file by its path from the tree to judge, which imports that tree's
``safety`` from the current directory), written line for line (name, ok, name shown, reason), is
byte for byte the same.  The list: the tuning names (tests/data/name_set.tsv and
tests/data/classed/names*.tsv; never blind/), the swarm's 11,700 (``distinct_name``), 60,000
random plain names as ``loadtest.name_ways`` makes them, 40,000 compositions of pieces of the
plain tuning names with a letter, a listed word, a mark or a disguise among or after them, and
the tuning names and 3,000 swarm names each with ☆, ♪🌸 and ちゃん after it.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

_MARKS = ("☆", "★", "♪", "♡", "♥", "🌸", "☆☆", "♪🌸", "ちゃん", "くん", "2011", "ー", "っ", "😀", "!")
_AMONG = (
    *"ーっッゃゅょァィあいうアイウ漢字ABCxyz0123 ・_-〜~!?@.♪☆",
    *("しね", "ころす", "あおう", "くそ", "ばか", "しの", "もも", "ほしの"),
)


def make_names(data: Path, seed: int) -> list[str]:
    from loadtest.name_ways import _pieces, random_names
    from loadtest.visitor import DISTINCT_NAMES, distinct_name
    from safety.cli import _tuning  # the one definition of "tuning"; never blind/

    tuning = [n.name for n in _tuning(data)[1]]
    swarm = [distinct_name(i) for i in range(DISTINCT_NAMES)]
    pieces = _pieces(tuning)
    rng = random.Random(seed)
    composed = []
    for _ in range(40_000):
        parts = [rng.choice(pieces) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.5:
            parts.insert(rng.randint(0, len(parts)), rng.choice(_AMONG))
        name = "".join(parts)
        if rng.random() < 0.3:
            name += rng.choice(_MARKS)
        composed.append(name)
    marked = [n + m for n in (*tuning, *swarm[:3000]) for m in ("☆", "♪🌸", "ちゃん")]
    names = [*tuning, *swarm, *random_names(60_000, seed, pieces), *composed, *marked]
    return [n.replace("\t", " ").replace("\n", " ") for n in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--make-names", type=Path, help="write the list of names here, and stop")
    parser.add_argument("--names", type=Path, help="judge the names of this list")
    parser.add_argument("--out", type=Path, help="the verdicts, one line a name")
    parser.add_argument("--data", type=Path, default=Path("tests/data"))
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    if args.make_names is not None:
        names = make_names(args.data, args.seed)
        args.make_names.write_text("".join(n + "\n" for n in names), encoding="utf-8")
        print(f"{len(names):,} names")
        return 0
    if args.names is None or args.out is None:
        parser.error("--names and --out (or --make-names)")
    sys.path.insert(0, os.getcwd())  # the tree to judge is the current directory's
    from safety import check_name

    names = args.names.read_text(encoding="utf-8").split("\n")[:-1]
    with args.out.open("w", encoding="utf-8") as out:
        for name in names:
            verdict = check_name(name)
            out.write(f"{name}\t{verdict.ok}\t{verdict.name}\t{verdict.reason}\n")
    print(f"{len(names):,} verdicts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
