"""``kakurega serve --workers N`` under the swarm: one worker against two on one machine.

Starts a private redis-server (both runs share nooks through Redis, as pods do), then for each
worker count a server on a free port with the swarm's admission settings (loadtest/target.py),
runs the swarm against it, and prints the swarm's summary with the CPU time of the server's
whole process tree (the supervisor and its workers; Redis's own CPU is not counted)::

    .venv/bin/python -m loadtest.workers_compare --visitors 14000

The swarm is pinned to CPU 1; the workers float over both cores, so on a 2-core machine two
workers share theirs with the swarm and Redis: expect less than twice the capacity.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psutil

from loadtest.redis_meter import RedisProcess
from loadtest.target import capacity_settings, free_port

SUMMARY = ("visitors", "ramp ", "walk→seen", "errors", "received")


def tree_cpu(processes: list[psutil.Process]) -> float:
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.Error:  # a worker that ended: its time is gone with it
            continue
        total += times.user + times.system
    return total


def run(workers: int, visitors: int, redis_port: int, duration: float) -> None:
    port = free_port()
    folder = Path(tempfile.mkdtemp(prefix="kakurega-workers-"))
    env = {
        **os.environ,
        **capacity_settings(visitors),
        "KAKUREGA_REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "KAKUREGA_SQLITE_WITH_REDIS": "1",  # one host: the workers share one SQLite file
        "KAKUREGA_SECRET_KEY": os.urandom(24).hex(),
        "KAKUREGA_DATABASE_URL": f"sqlite:///{folder / 'posts.db'}",
    }
    kakurega = str(Path(sys.executable).parent / "kakurega")  # the console script, as deployed
    command = [kakurega, "serve", "--host", "127.0.0.1", "--port", str(port)]
    with (folder / "server.log").open("wb") as log:
        server = subprocess.Popen(
            [*command, "--log-level", "warning", "--workers", str(workers)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        supervisor = psutil.Process(server.pid)
        # Every worker ready: the supervisor has as many children as workers (a spawned
        # worker also brings multiprocessing's resource tracker along).
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            ready = _answers(port) and (workers == 1 or len(supervisor.children()) >= workers)
            if ready:
                break
            time.sleep(0.5)
        time.sleep(5)  # the last worker's start-up work settles
        processes = [supervisor, *supervisor.children(recursive=True)]
        before, started = tree_cpu(processes), time.monotonic()
        swarm = subprocess.run(
            [
                *(sys.executable, "-m", "loadtest.swarm", "--url", f"ws://127.0.0.1:{port}/ws"),
                *("--visitors", str(visitors), "--duration", str(duration), "--ramp", "500"),
                *("--no-deflate", "--cpu", "1", "--seed", "5"),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        cpu, wall = tree_cpu(processes) - before, time.monotonic() - started
        print(f"== {workers} worker(s), {visitors} visitors")
        for line in swarm.stdout.splitlines():
            if line.startswith(SUMMARY) or "CONTENDED" in line:
                print(line)
        cores = cpu / wall
        print(f"server tree   {cpu:.2f} CPU-s in {wall:.1f} s ({cores:.2f} cores), {len(processes)} procs")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=90)


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as answer:
            return bool(answer.status == 200)
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visitors", type=int, default=14000)
    parser.add_argument("--duration", type=float, default=40.0, help="seconds measured after the ramp")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with RedisProcess(cpu=None) as redis_port:
        for workers in args.workers:
            run(workers, args.visitors, redis_port, args.duration)


if __name__ == "__main__":
    main()
