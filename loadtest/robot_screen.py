"""How long the robot's output screen takes per reply (rooms/robot/screen.py).

Screens every reply of the red-team tuning set (tests/data/robot_red_team.toml) a few
times over, past the verdict cache, and prints the median and 99th percentile per reply,
the longest reply the screen reads made of what its patterns skip over, and what a reply
costs that was screened before (it comes back as history).  One process, no network.

    .venv/bin/python -m loadtest.robot_screen [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
import tomllib
from pathlib import Path

from rooms.robot import screen
from rooms.robot.screen import MAX_REPLY_CHARS

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "robot_red_team.toml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with SET.open("rb") as fh:
        texts = [str(item["text"]) for item in tomllib.load(fh)["reply"]]
    for text in texts:  # warm: the dictionary, the rules
        screen._screen(text)
    times = []
    for _ in range(args.rounds):
        for text in texts:
            started = time.perf_counter()
            screen._screen(text)  # past the verdict cache: what a new reply costs
            times.append(time.perf_counter() - started)
    times.sort()
    p99 = times[int(0.99 * (len(times) - 1))]
    print(f"{len(times)} replies: median {statistics.median(times) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms")
    worst = "ね、" * ((MAX_REPLY_CHARS - 6) // 2) + "がんばってね"
    started = time.perf_counter()
    screen._screen(worst)
    print(f"a {len(worst)}-character reply of particles: {(time.perf_counter() - started) * 1000:.0f} ms")
    screen.screen_reply(texts[0])
    started = time.perf_counter()
    for _ in range(1000):
        screen.screen_reply(texts[0])
    print(f"a reply screened before (history): {(time.perf_counter() - started) * 1000:.3f} µs")


if __name__ == "__main__":
    main()
