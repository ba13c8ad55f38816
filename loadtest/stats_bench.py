"""The visit statistics' cost on the hub's path: one placement, one move, one goodbye per visit.

    python -m loadtest.stats_bench --visits 20000

Prints microseconds per event (``Tally.placed``/``gone``: the calls world/hub.py makes), the
milliseconds of one ``take`` (the flush, with every visit's browser still remembered) and of a
HyperLogLog ``add``. CPU only: no server, no database.
"""

from __future__ import annotations

import argparse
import secrets
import time

from stats.hll import HyperLogLog
from stats.tally import Tally

START = 1_796_169_600.0  # 2026-12-02 00:00 UTC


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=20_000)
    visits = parser.parse_args(argv).visits
    browsers = [secrets.token_hex(16) for _ in range(visits)]
    tally = Tally(secrets.token_bytes(32), START)
    began = time.perf_counter()
    for n, browser in enumerate(browsers):
        at = START + n * 0.01
        tally.placed(str(n), browser, "genkan", at)
        tally.placed(str(n), browser, "hoshi", at)
        tally.gone(str(n), at + 1)
    per_event = (time.perf_counter() - began) / (3 * visits)
    began = time.perf_counter()
    tally.take(START + 1000)
    take = time.perf_counter() - began
    sketch = HyperLogLog()
    began = time.perf_counter()
    for browser in browsers:
        sketch.add(bytes.fromhex(browser))
    per_add = (time.perf_counter() - began) / visits
    print(
        f"{visits} visits: {per_event * 1e6:.1f} µs per event, take {take * 1000:.0f} ms, "
        f"HyperLogLog add {per_add * 1e6:.1f} µs, estimate {sketch.count()}"
    )


if __name__ == "__main__":
    main()
