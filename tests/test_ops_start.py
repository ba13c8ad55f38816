"""Fail closed on data: settings that would lose posts stop ``kakurega serve`` with one clear line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support.servers import ROOT, free_port

REDIS = {"KAKUREGA_REDIS_URL": "redis://127.0.0.1:1/0"}  # never reached: the checks come first


def serve(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
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
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "names"),
    [
        (REDIS, ["KAKUREGA_REDIS_URL", "SQLite", "KAKUREGA_SQLITE_WITH_REDIS"]),
        ({**REDIS, "KAKUREGA_DATABASE_URL": "sqlite:////tmp/x.db"}, ["SQLite"]),
        (
            {**REDIS, "KAKUREGA_DATABASE_URL": "postgresql://k@127.0.0.1/k"},
            ["KAKUREGA_SECRET_KEY"],
        ),
        ({**REDIS, "KAKUREGA_SQLITE_WITH_REDIS": "perhaps"}, ["KAKUREGA_SQLITE_WITH_REDIS"]),
        ({"KAKUREGA_REDIS_URL": "redis+sentinel://h:1/"}, ["KAKUREGA_REDIS_URL", "SERVICE"]),
        ({"KAKUREGA_REDIS_URL": "mongodb://h/"}, ["KAKUREGA_REDIS_URL", "mongodb"]),
        ({"KAKUREGA_METRICS_PORT": "99999"}, ["KAKUREGA_METRICS_PORT"]),
        ({"KAKUREGA_LOG_FORMAT": "xml"}, ["KAKUREGA_LOG_FORMAT"]),
        ({"KAKUREGA_TICK_MS": "-1"}, ["KAKUREGA_TICK_MS"]),
    ],
)
def test_a_setting_that_must_not_run_stops_the_server_with_one_line(
    env: dict[str, str], names: list[str]
) -> None:
    result = serve(env)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kakurega: ")
    assert all(name in lines[0] for name in names), lines[0]
    assert "Traceback" not in result.stderr
