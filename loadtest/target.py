"""The server under test: started by the swarm (``--spawn``) or found by pid, and measured with psutil."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import psutil

from loadtest.server_rss import free_port as free_port
from loadtest.server_rss import rollup_kib

ROOT = Path(__file__).resolve().parents[1]
# Spawned instances sharing Redis share one host: one SQLite file (which the server refuses
# with Redis unless told so) and one staff secret.
ONE_HOST = {"KAKUREGA_SQLITE_WITH_REDIS": "1", "KAKUREGA_SECRET_KEY": "one-secret-for-every-spawned-instance"}


def wait_healthy(process: subprocess.Popen[bytes], url: str, timeout: float, step: float) -> str:
    """Until ``url`` (a ``/healthz``) answers 200 from ``process`` itself: ``healthy``, ``exited``
    when the process ended first, or ``late`` when ``timeout`` seconds passed (the caller says
    why, and stops it).

    "From ``process`` itself": ``free_port`` hands out a port it has let go, so two callers at
    once can be given the same one; the second server then fails to bind while the first answers
    its ``/healthz``. Taken for healthy, the second's caller would talk to the first (a test once
    posted for 30 s to another test's server whose database was gone)."""
    port = urllib.parse.urlsplit(url).port
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return "exited"
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=1) as response:
            if response.status == 200 and (port is None or listens_on(process.pid, port)):
                return "healthy"
        time.sleep(step)
    return "late"


def listens_on(pid: int, port: int) -> bool:
    """Whether the process ``pid`` or one of its children holds a listening TCP socket on ``port``
    (``kakurega serve --workers`` listens in its workers)."""
    try:
        parent = psutil.Process(pid)
        for process in (parent, *parent.children(recursive=True)):
            for connection in process.net_connections(kind="tcp"):
                if connection.status == psutil.CONN_LISTEN and connection.laddr.port == port:
                    return True
    except psutil.Error:
        return False
    return False


def pin(pid: int, cpu: int) -> bool:
    """Keep a process on one core so the server and the swarm do not steal each other's time."""
    if not hasattr(os, "sched_setaffinity") or cpu >= (os.cpu_count() or 1):
        return False
    os.sched_setaffinity(pid, {cpu})
    return True


def raise_open_files() -> int:
    """Every visitor is a socket on both sides: lift the soft fd limit to the hard one."""
    import resource  # POSIX only

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return hard


def kakurega_command() -> list[str]:
    script = Path(sys.executable).with_name("kakurega")
    if script.exists():
        return [str(script)]
    found = shutil.which("kakurega")
    return [found] if found else [sys.executable, "-c", "import server; server.main()"]


def capacity_settings(visitors: int) -> dict[str, str]:
    """What a server under the swarm is set to: all swarm visitors share 127.0.0.1, so the
    per-address ceiling must let them all in, and the handshake rates must not pace the ramp:
    the swarm measures capacity, not admission (tests/test_addresses_server.py covers that)."""
    return {
        "KAKUREGA_MAX_PER_ADDRESS": str(visitors + 100),
        "KAKUREGA_ADDRESS_HANDSHAKES_PER_SECOND": "100000",
        "KAKUREGA_ADDRESS_HANDSHAKES_BURST": str(visitors + 100),
        "KAKUREGA_HANDSHAKES_PER_SECOND": "100000",
        "KAKUREGA_HANDSHAKES_BURST": str(visitors + 100),
        "KAKUREGA_MAX_CONNECTIONS": str(max(20000, visitors + 100)),
    }


class SpawnedServer:
    """``kakurega serve`` on a free port, with limits fit for one address holding every visitor."""

    def __init__(
        self, visitors: int, cpu: int | None, extra_env: dict[str, str], tree: Path | None = None
    ) -> None:
        # ``tree``: serve a frozen copy of the code instead of this (shared, changing) work tree.
        self.tree = tree
        self.port = free_port()
        self.cpu = cpu
        self.log = Path(tempfile.gettempdir()) / f"kakurega-swarm-server-{self.port}.log"
        self.env = {**os.environ, "PYTHONUNBUFFERED": "1", **capacity_settings(visitors), **extra_env}
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    def start(self, timeout: float = 30.0) -> int:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    *self.command(),
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--log-level",
                    "warning",
                ],
                cwd=self.tree or ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                # Its own session, so on a kernel with autogroup scheduling the server gets a
                # share of the CPU of its own instead of splitting the swarm's.
                start_new_session=True,
            )
        if self.cpu is not None:
            pin(self.process.pid, self.cpu)
        outcome = wait_healthy(self.process, f"http://127.0.0.1:{self.port}/healthz", timeout, 0.1)
        if outcome == "healthy":
            return self.process.pid
        if outcome == "exited":
            raise RuntimeError(f"the server exited early:\n{self.tail()}")
        self.stop()
        raise RuntimeError(f"the server did not become healthy:\n{self.tail()}")

    def command(self) -> list[str]:
        if self.tree is None:
            return kakurega_command()
        # Run from the copy itself: the current directory comes first on sys.path.
        return [sys.executable, "-c", "import server, sys; sys.exit(server.main())"]

    def tail(self, lines: int = 30) -> str:
        if not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, timeout: float = 20.0) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass(frozen=True)
class Usage:
    cpu: float  # user + system seconds since the process started
    rss: int  # bytes
    waited: float | None  # seconds spent runnable but waiting for a CPU (other work on the machine)
    private_dirty: int | None = None
    """Bytes the process wrote itself (smaps_rollup's Private_Dirty), read only when asked: RSS
    also counts the mapped dictionary's clean pages, which the kernel shares and can drop."""


class Meter:
    """CPU and memory of one process (the server, or the swarm itself)."""

    def __init__(self, pid: int) -> None:
        self.process = psutil.Process(pid)

    def read(self, *, private: bool = False) -> Usage:
        with self.process.oneshot():
            times = self.process.cpu_times()
            rss = self.process.memory_info().rss
        return Usage(
            cpu=times.user + times.system,
            rss=rss,
            waited=_run_queue_wait(self.process.pid),
            private_dirty=_private_dirty(self.process.pid) if private else None,
        )


def _private_dirty(pid: int) -> int | None:
    # The measure of loadtest/server_rss.py and memory_at_start.py (issue 15: private memory at start).
    try:
        return rollup_kib(pid)["Private_Dirty"] * 1024
    except (OSError, KeyError, ValueError):
        return None


def _run_queue_wait(pid: int) -> float | None:
    # On a shared machine latency depends on who else wants the cores; the kernel's
    # schedstat says how long this process sat runnable without one (field 2, in ns).
    try:
        with open(f"/proc/{pid}/schedstat", encoding="ascii") as stats:
            return int(stats.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return None
