"""Names read both ways: ``check_name`` as it runs, and the long way with both fast paths shut.

    python -m loadtest.name_ways --random 200000 --seed 1
    python -m loadtest.name_ways --random 200000 --seed 7 --dump /tmp/ways.tsv

The fast paths (``safety.names._plainly_ordinary`` and ``_marked_plainly_ordinary``) claim the
long way's answer, only sooner. This reads the tuning names, the swarm's names
(``loadtest.visitor.distinct_name``) and random plain kana names (uniform hiragana, uniform
katakana, and pieces of the plain tuning names glued together or with letters after them), each
also with ☆ after it, and prints every name whose two verdicts differ and a count per set.
A name no fast path takes is read the long way both times: only those a fast path takes are
read twice. ``--dump`` writes each of those with both reasons, for ``cmp`` between two trees.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterable
from pathlib import Path

from safety import names

_HIRAGANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
    "がぎぐげござじずぜぞだでどばびぶべぼぱぴぷぺぽ"
)
_KATAKANA = "".join(chr(ord(ch) + 0x60) for ch in _HIRAGANA) + "ー"


def long_way(name: str) -> names.NameVerdict:
    """``check_name`` with both fast paths shut."""
    plain, marked = names._plainly_ordinary, names._marked_plainly_ordinary
    try:
        names._plainly_ordinary = lambda name: False  # type: ignore[assignment]
        names._marked_plainly_ordinary = lambda name, written: False  # type: ignore[assignment]
        return names.check_name(name)
    finally:
        names._plainly_ordinary, names._marked_plainly_ordinary = plain, marked  # type: ignore[assignment]


def on_a_fast_path(name: str) -> bool:
    return names._plainly_ordinary(name) or names._marked_plainly_ordinary(name, name)


def random_names(count: int, seed: int, pieces: list[str]) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        kind = i % 4
        if kind == 0:
            out.append("".join(rng.choice(_HIRAGANA) for _ in range(rng.randint(2, 7))))
        elif kind == 1:
            out.append("".join(rng.choice(_KATAKANA) for _ in range(rng.randint(2, 7))))
        elif kind == 2:
            out.append("".join(rng.choice(pieces) for _ in range(rng.randint(2, 3)))[: names.MAX_NAME_CHARS])
        else:
            out.append(rng.choice(pieces) + "".join(rng.choice(_HIRAGANA) for _ in range(rng.randint(1, 3))))
    return out


def _pieces(tuning: Iterable[str]) -> list[str]:
    plain = [n for n in tuning if names._PLAIN.fullmatch(n)]
    halves = (p for n in plain for p in (n, n[:2], n[-2:], n[: len(n) // 2], n[len(n) // 2 :]))
    return sorted({p for p in halves if p})


def differences(label: str, items: Iterable[str], dump: list[str]) -> int:
    taken = differ = 0
    seen = list(dict.fromkeys(items))
    for name in seen:
        if not on_a_fast_path(name):
            continue
        taken += 1
        fast, slow = names.check_name(name), long_way(name)
        dump.append(f"{label}\t{name}\t{fast.reason}\t{slow.reason}")
        if fast != slow:
            differ += 1
            print(f"differ\t{label}\t{name}\tfast: {fast.reason}\tlong: {slow.reason}")
    print(f"{label}: {len(seen):,} names, {taken:,} on a fast path, {differ} differ", flush=True)
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("tests/data"))
    parser.add_argument("--random", type=int, default=200_000, help="how many random plain names")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dump", type=Path, help="write each name a fast path takes with both reasons")
    args = parser.parse_args(argv)

    from loadtest.visitor import DISTINCT_NAMES, distinct_name
    from safety.cli import _tuning  # the one definition of "tuning"; never blind/

    tuning = [n.name for n in _tuning(args.data)[1]]
    randoms = random_names(args.random, args.seed, _pieces(tuning))
    sets = {
        "tuning": tuning,
        "tuning☆": [n + "☆" for n in tuning],
        "swarm": [distinct_name(i) for i in range(DISTINCT_NAMES)],
        "random": randoms,
        "random☆": [n + "☆" for n in randoms[: len(randoms) // 10]],
    }
    dump: list[str] = []
    differ = sum(differences(label, items, dump) for label, items in sets.items())
    print(f"in all {differ} differ")
    if args.dump is not None:
        args.dump.write_text("".join(line + "\n" for line in dump), encoding="utf-8")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
