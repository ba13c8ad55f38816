"""The engine: SQLite (WAL, one file under ./var/) by default, PostgreSQL when the URL names one.

Opening also brings the schema up to date with Alembic, so a fresh checkout runs with no
set-up; on PostgreSQL an advisory lock keeps several instances from migrating at once. In a
cluster the migrations run as a step of their own (``kakurega migrate``, a Job) and the
instances start with ``KAKUREGA_MIGRATE=0``: then they only check that the schema is current.
"""

from __future__ import annotations

import asyncio
import fcntl
import logging
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

import site_files

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported where a migration or a check runs, not with this module: ``kakurega
# serve`` does both in a short-lived child (ops/database.py), so a serving process never loads
# Alembic, Mako and their templates (~20 MB of its private memory; docs/performance.md).

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./var/kakurega.db"
_MIGRATION_LOCK = 0x6B616B75  # "kaku": any constant shared by every instance
DEFAULT_POOL = 5

log = logging.getLogger("kakurega.database")


class SchemaBehind(RuntimeError):
    """The database's schema is older than this release's and the instance may not migrate it."""


def async_url(url: str | None) -> str:
    """``url`` with the async driver this project uses (plain ``postgresql://`` and ``sqlite://`` work)."""
    parsed = make_url(url or DEFAULT_DATABASE_URL)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return parsed.set(drivername="sqlite+aiosqlite").render_as_string(hide_password=False)
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+asyncpg").render_as_string(hide_password=False)
    raise ValueError(f"unsupported database {backend!r}: use sqlite or postgresql")


def create_engine(url: str | None, pool: int = DEFAULT_POOL) -> AsyncEngine:
    """``pool`` connections at most per instance (PostgreSQL): pods × pool must stay under the
    server's ``max_connections`` (100 by default), with room for the migration Job and staff."""
    full = async_url(url)
    parsed = make_url(full)
    if parsed.get_backend_name() != "sqlite":
        return create_async_engine(full, pool_pre_ping=True, pool_size=pool, max_overflow=0, pool_timeout=10)
    database = parsed.database or ""
    if database and database != ":memory:":
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(full, connect_args={"timeout": 15})
    sa.event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit is on disk before the visitor hears 202, even if the machine loses power
    # (NORMAL in WAL mode would survive a killed process but not a power cut).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


async def migrate(engine: AsyncEngine) -> None:
    """Run every Alembic migration not yet applied, one instance at a time."""
    database = engine.url.database or ""
    if engine.dialect.name == "sqlite" and database and database != ":memory:":
        # Several processes may share one SQLite file (instances started together on one machine):
        # a file lock beside it lets the first migrate while the others wait and then find nothing to do.
        lock = await asyncio.to_thread(_lock_file, Path(database).expanduser().with_suffix(".migrate-lock"))
        try:
            await _migrate(engine)
        finally:
            lock.close()
    else:
        await _migrate(engine)


async def _migrate(engine: AsyncEngine) -> None:
    async with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            await connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        await connection.run_sync(_upgrade)


def _lock_file(path: Path) -> IO[bytes]:
    handle = path.open("ab")
    fcntl.flock(handle, fcntl.LOCK_EX)  # released when the handle is closed
    return handle


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config(str(site_files.ALEMBIC_INI))
    config.set_main_option("script_location", str(site_files.MIGRATIONS))
    return config


def _upgrade(connection: sa.Connection) -> None:
    before, head = _revisions(connection)
    if before == head:
        return
    log.warning("database migration: from %s to %s", before or "an empty database", head)
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    log.warning("database migration done: at %s", head)


def _revisions(connection: sa.Connection) -> tuple[str | None, str | None]:
    """(the database's revision, this release's head)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    current = MigrationContext.configure(connection).get_current_revision()
    return current, ScriptDirectory.from_config(alembic_config()).get_current_head()


async def check_schema(engine: AsyncEngine) -> None:
    """Without migrating: the schema must be this release's, or the instance must not start."""
    async with engine.connect() as connection:
        current, head = await connection.run_sync(_revisions)
    if current != head:
        raise SchemaBehind(
            f"the database schema is at {current or 'nothing'}, this release needs {head}: "
            "run `kakurega migrate` (the migrate Job) first, or unset KAKUREGA_MIGRATE=0"
        )
