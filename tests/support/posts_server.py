"""A real server process with the posts wired in (see tests/support/posts_app.py)."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
import urllib.request

from tests.support.servers import ROOT, ServerProcess


class PostsServerProcess(ServerProcess):
    """Like ServerProcess, but serving ``tests.support.posts_app`` (until server.py wires posts in)."""

    def start(self, timeout: float = 20.0) -> PostsServerProcess:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.posts_app", "--port", str(self.port)],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.log_text()}")
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(f"{self.base_url}/healthz", timeout=1) as response,
            ):
                if response.status == 200:
                    return self
            time.sleep(0.05)
        raise RuntimeError(f"server did not become healthy; see {self.log_path}")


def add_staff(database_url: str, name: str, password: str, role: str = "moderator") -> None:
    """``kakurega staff add`` as an operator would run it, password on stdin."""
    subprocess.run(
        [sys.executable, "-m", "staff", "add", name, "--role", role, "--database-url", database_url],
        cwd=ROOT,
        input=password + "\n",
        text=True,
        check=True,
        capture_output=True,
    )
