"""Fail closed for data, in one line: a database out of reach stops ``kakurega serve`` before it serves."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support.servers import ROOT, free_port

pytestmark = pytest.mark.integration


def serve(database_url: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KAKUREGA_")}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import server; raise SystemExit(server.main())",
            "serve",
            "--port",
            str(free_port()),
        ],
        cwd=ROOT,
        env={**clean, "KAKUREGA_DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        timeout=90,
    )


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://kakurega:s3cret-word@127.0.0.1:1/kakurega",  # nothing listens on port 1
        "mysql://kakurega:s3cret-word@127.0.0.1/kakurega",  # not a database this server speaks
    ],
)
def test_an_unreachable_database_is_one_line(url: str) -> None:
    run = serve(url)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr, run.stderr
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("kakurega: KAKUREGA_DATABASE_URL: the database cannot be opened (")
    assert "s3cret-word" not in run.stderr + run.stdout
