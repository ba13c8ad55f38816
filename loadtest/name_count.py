"""What ``check_name`` costs over 3,000 of the swarm's names, and names round i's stand-in alone.

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/nc/out \\
        .venv/bin/python -m loadtest.name_count            # instructions (Ir), whatever the load
    python -m loadtest.name_count --speed                  # µs a name, time.process_time, best of 3
    valgrind … python -m loadtest.name_count --tuning      # over the tuning names instead

``--tuning``: every tuning name (``safety.cli._tuning``: tests/data/name_set.tsv and
tests/data/classed/names*.tsv, never the blind sets) instead of the swarm's, as
``loadtest.assess_speed`` times them (most are read the long way).

The names are ``distinct_name(2000…4999)`` (docs/performance.md, "The fourth round of 2026-12-07
at its end", counted the same names by CPU time), judged with every kept reading of the safety
modules forgotten first (``loadtest.name_steps._forget``), as the server meets them. Under
callgrind it prints ``check_name``'s Ir a name and ``safety.name_pieces_in_words.stand_in_reason``'s alone
over the names that reach it (every name that passes): issue 15's re-judgement
(docs/performance.md, "Round of 2026-12-07 (fifth): the arrival"). Run from the tree to measure.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true", help="CPU time instead of instructions")
    parser.add_argument("--tuning", action="store_true", help="the tuning names instead of the swarm's")
    args = parser.parse_args(argv)
    sys.path.insert(0, os.getcwd())  # the tree measured, before this one's installed copy
    from loadtest.name_steps import _counted, _forget
    from loadtest.visitor import distinct_name
    from safety import name_pieces_in_words, names

    texts = [distinct_name(i) for i in range(2000, 5000)]
    if args.tuning:
        from safety.cli import _tuning

        texts = [item.name for item in _tuning(Path("tests/data"))[1]]
    if args.speed:
        runs = []
        for _ in range(3):
            _forget()
            start = time.process_time()
            for text in texts:
                names.check_name(text)
            runs.append((time.process_time() - start) / len(texts) * 1e6)
        print(f"check_name: {min(runs):.1f} µs a name (runs {', '.join(f'{r:.1f}' for r in runs)})")
        return 0
    # the names that reach the stand-in (as check_name calls it), found before counting
    reached: list[str] = []
    stand_in = names.stand_in_reason

    def spy(name: str, judge: object) -> str | None:
        reached.append(name)
        return stand_in(name, judge)  # type: ignore[arg-type]

    names.stand_in_reason = spy  # type: ignore[assignment]
    for text in texts:
        names.check_name(text)
    names.stand_in_reason = stand_in  # type: ignore[assignment]
    out = Path(os.environ.get("NAME_COUNT_OUT", tempfile.gettempdir() + "/name-count")).resolve()
    empty = _counted(out, "empty", lambda: None)
    _forget()
    whole = _counted(out, "check_name", lambda: [names.check_name(text) for text in texts]) - empty
    _forget()

    def judge(text: str) -> str | None:
        return names._content_reason(text, text)

    alone = (
        _counted(out, "stand_in", lambda: [name_pieces_in_words.stand_in_reason(n, judge) for n in reached])
        - empty
    )
    print(f"check_name: {whole / len(texts):,.0f} Ir a name over {len(texts)}")
    print(f"stand_in_reason: {alone / max(1, len(reached)):,.0f} Ir a call over {len(reached)} calls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
