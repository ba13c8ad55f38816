"""Databases for tests: a fresh SQLite file, or a fresh database on a reachable PostgreSQL.

PostgreSQL comes from ``KAKUREGA_TEST_POSTGRES_URL`` (default: the local
``postgresql://postgres@127.0.0.1:5432/test``). Each use creates its own database and drops
it afterwards. Where none is reachable the tests are skipped with a loud reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.engine import make_url

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
BACKENDS = ("sqlite", "postgresql")


def postgres_admin_url() -> str:
    return os.environ.get("KAKUREGA_TEST_POSTGRES_URL") or DEFAULT_POSTGRES


def _plain(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _admin(sql: str) -> None:
    connection = await asyncpg.connect(_plain(postgres_admin_url()), timeout=3)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


@contextlib.contextmanager
def fresh_postgres() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped afterwards; skips loudly if unreachable."""
    name = f"kakurega_test_{secrets.token_hex(6)}"
    try:
        asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        pytest.skip(
            f"!!! PostgreSQL NOT REACHABLE at {postgres_admin_url()} ({error!r}): "
            "PostgreSQL tests SKIPPED; set KAKUREGA_TEST_POSTGRES_URL to run them"
        )
    try:
        yield make_url(_plain(postgres_admin_url())).set(database=name).render_as_string(hide_password=False)
    finally:
        with contextlib.suppress(Exception):
            asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@contextlib.contextmanager
def fresh_database(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'kakurega.db'}"
    else:
        with fresh_postgres() as url:
            yield url
