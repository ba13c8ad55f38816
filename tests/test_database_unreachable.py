"""Fail closed for data, in one line: a database out of reach stops ``kakurega serve`` before it serves."""

from __future__ import annotations

import subprocess

import pytest

from tests.support.servers import free_port, run_kakurega

pytestmark = pytest.mark.integration


def serve(database_url: str) -> subprocess.CompletedProcess[str]:
    return run_kakurega(
        "serve", "--port", str(free_port()), env={"KAKUREGA_DATABASE_URL": database_url}, timeout=90
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
