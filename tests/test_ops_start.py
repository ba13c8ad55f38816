"""Fail closed on data: settings that would lose posts stop ``kakurega serve`` with one clear line."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import asyncpg
import pytest
import sqlalchemy as sa

from rooms.posts.store import open_post_store
from tests.support.databases import fresh_postgres
from tests.support.servers import ServerProcess, free_port, run_kakurega

REDIS = {"KAKUREGA_REDIS_URL": "redis://127.0.0.1:1/0"}  # never reached: the checks come first


def serve(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_kakurega("serve", "--port", str(free_port()), env=env, timeout=60)


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
        # One instance alone on an in-memory database lost every post awaiting review at each
        # restart, and `kakurega staff add` (another process) could never reach its accounts.
        ({"KAKUREGA_DATABASE_URL": "sqlite://"}, ["KAKUREGA_DATABASE_URL", "in-memory SQLite"]),
        ({"KAKUREGA_DATABASE_URL": "sqlite+aiosqlite:///:memory:"}, ["KAKUREGA_DATABASE_URL", "in-memory"]),
        (
            {"KAKUREGA_DATABASE_URL": "sqlite:///file:k?mode=memory&cache=shared&uri=true"},
            ["KAKUREGA_DATABASE_URL", "in-memory"],
        ),
        (
            {"KAKUREGA_DATABASE_URL": "sqlite+aiosqlite:///file::memory:?cache=shared&uri=true"},
            ["KAKUREGA_DATABASE_URL", "in-memory"],
        ),
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


def kakurega(*arguments: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_kakurega(*arguments, env={"KAKUREGA_LOG_FORMAT": "json", **env})


def test_migrations_run_as_a_step_and_instances_only_check(tmp_path: Path) -> None:
    env = {"KAKUREGA_DATABASE_URL": f"sqlite:///{tmp_path / 'k.db'}", "KAKUREGA_MIGRATE": "0"}
    # Not migrated yet: an instance told not to migrate refuses, in one line.
    refused = serve(env)
    lines = [line for line in refused.stderr.splitlines() if line.strip() and not line.startswith("{")]
    assert refused.returncode != 0 and len(lines) == 1, refused.stderr
    assert "kakurega migrate" in lines[0] and "Traceback" not in refused.stderr
    # The Job's command migrates, says so at WARNING, and exits.
    migrated = kakurega("migrate", env=env)
    assert migrated.returncode == 0, migrated.stderr
    warnings = [json.loads(line) for line in migrated.stderr.splitlines() if line.startswith("{")]
    assert any(
        w["level"] == "WARNING" and w["message"].startswith("database migration: from an empty database")
        for w in warnings
    ), migrated.stderr
    # A second run has nothing to do, and says nothing about migrating.
    again = kakurega("migrate", env=env)
    assert again.returncode == 0 and "database migration:" not in again.stderr
    # Now an instance with KAKUREGA_MIGRATE=0 starts.
    server = ServerProcess({**env, "KAKUREGA_LOG_FORMAT": "json"}).start()
    try:
        with urllib.request.urlopen(f"{server.base_url}/readyz") as response:
            assert response.status == 200
    finally:
        server.stop()


def test_the_database_pool_is_sized_by_the_setting() -> None:
    async def scenario(url: str) -> int:
        async with open_post_store(url, pool=2) as store:

            async def slow() -> None:
                async with store.engine.connect() as connection:
                    await connection.execute(sa.text("SELECT pg_sleep(0.3)"))

            async def peak() -> int:
                # Watch the whole time the eight queries take, not one moment of it: on a busy
                # machine the pool may not have opened its second connection at any fixed instant.
                watcher = await asyncpg.connect(url)
                name = url.rsplit("/", 1)[1]
                seen = 0
                try:
                    for _ in range(60):
                        busy = await watcher.fetchval(
                            "SELECT count(*) FROM pg_stat_activity"
                            " WHERE datname = $1 AND pid <> pg_backend_pid()",
                            name,
                        )
                        seen = max(seen, int(busy))
                        await asyncio.sleep(0.05)
                finally:
                    await watcher.close()
                return seen

            results = await asyncio.gather(*(slow() for _ in range(8)), peak())
            return results[-1]

    with fresh_postgres() as url:
        assert asyncio.run(scenario(url)) == 2, "eight queries at once share two connections"


@pytest.mark.parametrize(("allowed", "warned"), [("*", True), ("10.0.0.0/8, *", True), ("127.0.0.1", False)])
def test_trusting_every_forwarded_address_is_said_at_start(
    allowed: str, warned: bool, caplog: pytest.LogCaptureFixture
) -> None:
    from server import create_app, uvicorn_config
    from settings import Settings

    settings = Settings(forwarded_allow_ips=allowed)
    with caplog.at_level("WARNING", logger="kakurega"):
        uvicorn_config(create_app(settings), settings, "0.0.0.0", 8000, "warning")
    said = [r.getMessage() for r in caplog.records if "KAKUREGA_FORWARDED_ALLOW_IPS" in r.getMessage()]
    assert bool(said) is warned, said
    assert not said or "0.0.0.0:8000" in said[0]


SERVES_WITHOUT_ALEMBIC = """
import sys
from starlette.testclient import TestClient
import server
app = server.create_app(schema_ready=True)
with TestClient(app) as client:
    assert client.get("/healthz").status_code == 200
print(sorted(m for m in ("alembic", "mako") if m in sys.modules))
"""


def test_a_serving_process_never_loads_alembic(tmp_path: Path) -> None:
    # kakurega serve migrates or checks in a child (ops/database.py) and then serves with the
    # schema ready: Alembic and Mako (~20 MB private memory) stay out of the serving process
    url = f"sqlite:///{tmp_path / 'k.db'}"

    async def migrated() -> None:
        async with open_post_store(url):
            pass

    asyncio.run(migrated())
    result = subprocess.run(
        [sys.executable, "-c", SERVES_WITHOUT_ALEMBIC],
        cwd=Path(__file__).resolve().parents[1],
        env={"PATH": "/usr/bin:/bin", "KAKUREGA_DATABASE_URL": url},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_site_files_beside_the_code_are_all_there() -> None:
    import site_files
    from ops.checks import refuse_without_site_files

    refuse_without_site_files(site_files.ROOT)  # the source tree the suite runs from


def test_missing_site_files_are_named_in_one_line(tmp_path: Path) -> None:
    from ops.checks import ConfigurationError, refuse_without_site_files

    (tmp_path / "static").mkdir()
    with pytest.raises(ConfigurationError) as raised:
        refuse_without_site_files(tmp_path)
    message = str(raised.value)
    assert message.startswith("templates, assets, migrations, alembic.ini not found in ")
    assert "static" not in message.split(" not found")[0]
    assert "\n" not in message


@pytest.mark.parametrize("command", ["serve", "migrate"])
def test_a_tree_without_its_pages_stops_the_command_with_one_line(tmp_path: Path, command: str) -> None:
    """A wheel (``pip install .``) holds the code only: no traceback from deep in Alembic, one line."""
    argv = ["serve", "--port", str(free_port())] if command == "serve" else [command]
    tree = Path(__file__).resolve().parents[1]
    script = (
        f"import sys, pathlib; sys.path.insert(0, {str(tree)!r}); import command, site_files\n"
        f"site_files.ROOT = pathlib.Path({str(tmp_path)!r})\n"
        f"raise SystemExit(command.main({argv!r}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=tmp_path.parent
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("kakurega: templates, static, assets, migrations, alembic.ini not found in ")
    assert "pip install -e ." in lines[0]
