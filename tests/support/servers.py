"""Real server processes for tests: started on a free port, waited for, stopped or killed."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from loadtest.target import free_port, wait_healthy

ROOT = Path(__file__).resolve().parents[2]


class PortTaken(RuntimeError):
    """The port ``free_port`` chose was bound by another process before this server could."""


class ServerProcess:
    """``kakurega serve`` in its own process, as a visitor's browser would meet it."""

    def __init__(
        self, env: dict[str, str] | None = None, port: int | None = None, log_level: str = "warning"
    ) -> None:
        self.port = port or free_port()
        self.port_chosen_here = port is None
        self.log_level = log_level
        self.env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = self._new_log()

    def _new_log(self) -> Path:
        # A file of its own: a path named by the port alone would hold an earlier run's lines, which
        # a test reading the log (an outage counted, nothing logged) would take for this server's.
        handle, name = tempfile.mkstemp(prefix=f"kakurega-test-server-{self.port}-", suffix=".log")
        os.close(handle)
        return Path(name)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    def start(self, timeout: float = 60.0) -> ServerProcess:
        """Start the server and wait until it answers on its port. A port ``free_port`` chose
        that another test's server took first (two callers can be given the same one) is chosen
        again, up to three times; a port the test gave is the test's to keep."""
        for _ in range(3):
            try:
                return self._start_once(timeout)
            except PortTaken:
                self.port = free_port()
                self.log_path = self._new_log()
        return self._start_once(timeout)

    def _start_once(self, timeout: float) -> ServerProcess:
        # Generous: on a loaded machine (two test workers beside other work) importing and
        # migrating has taken over 20 s. Only a server that never comes up waits this long.
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import server; server.main()",
                "serve",
                "--port",
                str(self.port),
                "--log-level",
                self.log_level,
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        outcome = wait_healthy(self.process, f"{self.base_url}/healthz", timeout, 0.05)
        if outcome == "healthy":
            return self
        if outcome == "exited":
            if self.port_chosen_here and "address already in use" in self.log_text():
                raise PortTaken(self.port)
            raise RuntimeError(f"server exited early; see {self.log_path}:\n{self.log_text()}")
        self.kill()  # not left running after the test that gave up on it
        raise RuntimeError(f"server did not become healthy; see {self.log_path}")

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        code = self.process.returncode
        self.process = None
        return code

    def kill(self) -> None:
        self.stop(signal.SIGKILL)


def run_kakurega(
    *arguments: str, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``kakurega ARGUMENTS`` run to its end, its output captured.

    Only ``env`` sets KAKUREGA_ variables: none come from the shell the tests were started in, so
    a refusal at start is the one the test asked for.
    """
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KAKUREGA_")}
    return subprocess.run(
        [sys.executable, "-c", "import server; raise SystemExit(server.main())", *arguments],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@contextlib.contextmanager
def running_server(env: dict[str, str] | None = None) -> Iterator[ServerProcess]:
    server = ServerProcess(env).start()
    try:
        yield server
    finally:
        server.stop()


def counts(server: ServerProcess) -> dict[str, Any]:
    """``GET /api/counts``: people per room, the total, and whether they are everyone's (``scope``)."""
    with urllib.request.urlopen(f"{server.base_url}/api/counts", timeout=2) as response:
        return json.load(response)


async def until(condition: Callable[[], bool], timeout: float, step: float = 0.1) -> float:
    """Wait for a condition (a server's state, seen from outside); returns how long it took."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(step)
    return time.monotonic() - started


def answers_to(server: ServerProcess, *writes: bytes, pause: float = 0.3) -> bytes:
    """All the server writes back to ``writes`` sent on one socket, ``pause`` apart, until it closes."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            for index, data in enumerate(writes):
                if index:
                    time.sleep(pause)
                sock.sendall(data)
        answer = b""
        with contextlib.suppress(ConnectionResetError):
            while chunk := sock.recv(65536):
                answer += chunk
    return answer
