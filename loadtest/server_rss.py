"""Private memory of one freshly started server process (``kakurega serve``).

Starts the server on a free port with its own SQLite file, waits until it answers, reads
``/proc/PID/smaps_rollup`` and prints the private figures as JSON, then stops it.
``Private_Clean`` includes file pages mapped by this process alone (Sudachi's dictionary
is a shared read-only mapping: with a second process it counts as shared, and the kernel
can drop it under pressure); ``Anonymous`` is memory the process itself wrote.

    .venv/bin/python -m loadtest.server_rss
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

FIELDS = ("Rss", "Pss", "Private_Clean", "Private_Dirty", "Anonymous", "Shared_Clean")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rollup_kib(pid: int) -> dict[str, int]:
    """The fields of smaps_rollup (``FIELDS``) in KiB, as the kernel gives them."""
    out: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        parts = line.split()
        if parts and parts[0].rstrip(":") in FIELDS:
            out[parts[0].rstrip(":")] = int(parts[1])
    return out


def rollup(pid: int) -> dict[str, int]:
    """The fields of smaps_rollup in MiB."""
    return {field: kib // 1024 for field, kib in rollup_kib(pid).items()}


def measure(server: list[str], cwd: Path) -> dict[str, int]:
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "KAKUREGA_DATABASE_URL": f"sqlite+aiosqlite:///{tmp}/k.db"}
        proc = subprocess.Popen([*server, "serve", "--port", str(port)], cwd=cwd, env=env)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
                    break
                except OSError:
                    time.sleep(0.3)
            else:
                raise SystemExit("the server did not answer within 60 s")
            time.sleep(1)
            return rollup(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=20)


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    server = [sys.executable, "-c", "import sys, server; sys.argv[0] = 'kakurega'; server.main()"]
    figures = measure(server, Path(os.environ.get("KAKUREGA_TREE", root)))
    print(json.dumps({**figures, "private": figures["Private_Clean"] + figures["Private_Dirty"]}))


if __name__ == "__main__":
    main()
