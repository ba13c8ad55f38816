"""Memory of ``kakurega serve --workers N``: the supervisor's and each worker's, once all serve.

Starts a private ``redis-server`` and ``kakurega serve --workers N`` (its own SQLite file) on
free ports, waits until the port answers and every worker is ready, reads ``VmRSS`` and
``/proc/PID/smaps_rollup`` of the supervisor and of its children, prints them as JSON (MiB),
then stops everything with SIGTERM.

    .venv/bin/python -m loadtest.supervisor_rss --workers 2
    KAKUREGA_TREE=/path/to/other/tree .venv/bin/python -m loadtest.supervisor_rss   # another tree
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psutil

from loadtest.server_rss import rollup
from loadtest.target import ONE_HOST, free_port

READY = "ready (pid"  # the supervisor's line for each worker that serves (ops/workers.py)


def measure(tree: Path, workers: int, timeout: float = 180.0) -> dict[str, object]:
    redis_port, port = free_port(), free_port()
    with tempfile.TemporaryDirectory() as tmp:
        redis = subprocess.Popen(
            [
                shutil.which("redis-server") or "redis-server",
                "--port",
                str(redis_port),
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            cwd=tmp,
            stdout=subprocess.DEVNULL,
        )
        log = Path(tmp) / "serve.log"
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("KAKUREGA_")},
            **ONE_HOST,
            "KAKUREGA_REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
            "KAKUREGA_DATABASE_URL": f"sqlite+aiosqlite:///{tmp}/k.db",
        }
        with log.open("wb") as out:
            supervisor = subprocess.Popen(
                # What the console script runs, from the tree measured (its directory first on sys.path).
                [sys.executable, "-c", CONSOLE, "serve", "--port", str(port), "--workers", str(workers)],
                cwd=tree,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            deadline = time.monotonic() + timeout
            while log.read_text(errors="replace").count(READY) < workers:
                if supervisor.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"the workers did not start:\n{log.read_text(errors='replace')[-3000:]}")
                time.sleep(0.3)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10):
                pass
            time.sleep(2)  # let start-up's garbage settle
            children = psutil.Process(supervisor.pid).children()
            return {
                "workers": workers,
                "supervisor": {"VmRSS": vm_rss(supervisor.pid), **rollup(supervisor.pid)},
                # uvicorn's workers, and multiprocessing's resource tracker (a few MiB)
                "children": [
                    {"kind": kind(child), "VmRSS": vm_rss(child.pid), **rollup(child.pid)}
                    for child in children
                ],
            }
        finally:
            os.killpg(supervisor.pid, signal.SIGTERM)
            supervisor.wait(timeout=60)
            redis.terminate()
            redis.wait(timeout=20)


# The console script's entry point, whichever module holds it in the tree measured.
CONSOLE = (
    "import importlib, os, sys\n"
    "sys.argv[0] = 'kakurega'\n"
    "module = 'command' if os.path.exists('command.py') else 'server'\n"
    "sys.exit(importlib.import_module(module).main())"
)


def kind(process: psutil.Process) -> str:
    return "resource_tracker" if "resource_tracker" in " ".join(process.cmdline()) else "worker"


def vm_rss(pid: int) -> int:
    """VmRSS in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    arguments = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    print(json.dumps(measure(Path(os.environ.get("KAKUREGA_TREE", root)), arguments.workers)))


if __name__ == "__main__":
    main()
