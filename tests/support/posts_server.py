"""Staff accounts for tests, made the way an operator makes them."""

from __future__ import annotations

import subprocess
import sys

from tests.support.servers import ROOT

MODERATOR = ("mika", "a long enough secret")  # name and password of the browser tests' moderator


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
