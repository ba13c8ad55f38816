"""How long the robot's output screen takes per reply (rooms/robot/screen.py).

Screens every reply of the red-team tuning set (tests/data/robot_red_team.toml) a few
times over and prints the median and 99th percentile per reply, and the longest reply the
screen reads made of what its patterns skip over.  One process, no network.

    .venv/bin/python -m loadtest.robot_screen [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
import tomllib
from pathlib import Path

from rooms.robot.screen import MAX_REPLY_CHARS, screen_reply

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "robot_red_team.toml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with SET.open("rb") as fh:
        texts = [str(item["text"]) for item in tomllib.load(fh)["reply"]]
    for text in texts:  # warm: the dictionary, the rules, the caches
        screen_reply(text)
    times = []
    for _ in range(args.rounds):
        for text in texts:
            started = time.perf_counter()
            screen_reply(text)
            times.append(time.perf_counter() - started)
    times.sort()
    p99 = times[int(0.99 * (len(times) - 1))]
    print(f"{len(times)} replies: median {statistics.median(times) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms")
    worst = "ね、" * ((MAX_REPLY_CHARS - 6) // 2) + "がんばってね"
    started = time.perf_counter()
    screen_reply(worst)
    print(f"a {len(worst)}-character reply of particles: {(time.perf_counter() - started) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
