"""How many refused tuning names one inserted allowed character lets through.

``.venv/bin/python tests/support/name_insertions.py`` from the repository: every name of
2-8 characters the tuning name files expect refused (and that is refused) gets one allowed
mark, digit, picture or repeat mark at a random place, six times (seeded), and the names
that pass are counted by the character inserted.  A measure for docs/safety.md, not a test.
"""

from __future__ import annotations

import collections
import random
from pathlib import Path

from safety.names import _ALLOWED, ALLOWED_SYMBOLS, check_name

_FILES = (
    "name_set.tsv",
    "classed/names.tsv",
    "classed/names_2026-12-02b.tsv",
    "classed/names_2026-12-02c.tsv",
)
_REFUSED = ("self_harm", "sexual", "insult", "contact", "staff")


def refused_names(data: Path) -> list[str]:
    names = []
    for file in _FILES:
        for line in (data / file).read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("#") or parts[0] == "ok" or not 2 <= len(parts[-1]) <= 8:
                continue
            if check_name(parts[-1]).reason in _REFUSED:
                names.append(parts[-1])
    return names


def main() -> None:
    rng = random.Random(7)
    marks = [*sorted(ALLOWED_SYMBOLS), *map(chr, range(0x2190, 0x2200, 5))]
    marks += map(chr, range(0x25A0, 0x2600, 7))
    marks += [*"々〆〇ゝゞヽヾ゛゜ーｰ・0123456789ωДฅ❤☆🌸🐱😊", "\ufe0f", " \u0301"]
    marks = [m for m in marks if _ALLOWED.fullmatch(m.replace(" \u0301", ""))]
    names = refused_names(Path(__file__).parent.parent / "data")
    tried, passed = 0, collections.Counter[str]()
    for name in names:
        for _ in range(6):
            mark = rng.choice(marks)
            at = rng.randint(1, len(name) - 1)
            variant = name[:at] + mark + name[at:]
            if len(variant) > 12:
                continue
            tried += 1
            if check_name(variant).ok:
                passed[mark] += 1
    let_through = sum(passed.values())
    print(f"{len(names)} refused names, {tried} with one character inserted, {let_through} let through")
    print("by character:", ", ".join(f"{m!r} {n}" for m, n in passed.most_common(12)))


if __name__ == "__main__":
    main()
