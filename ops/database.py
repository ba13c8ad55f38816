"""The database before serving: reach it, bring its schema up to date or check that it is current.

``kakurega serve`` does this in its own process; ``kakurega serve --workers N`` in a short-lived
child (``prepare_in_child``), so that the supervisor never loads SQLAlchemy, Alembic or a driver
and stays small (docs/performance.md, "A small supervisor").
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from ops.checks import ConfigurationError
from settings import Settings


async def reach_database(settings: Settings) -> None:
    """One connection before serving: a database out of reach stops the server in one line.

    The lifespan would fail too, but as uvicorn's traceback of the driver's internals."""
    import sqlalchemy as sa
    from sqlalchemy.exc import SQLAlchemyError

    from rooms.posts.database import create_engine

    try:
        engine = create_engine(settings.database_url, pool=1)
        try:
            async with engine.connect() as connection:
                await connection.execute(sa.text("SELECT 1"))
        finally:
            await engine.dispose()
    except (OSError, SQLAlchemyError, ValueError) as error:
        cause = error.orig if isinstance(error, SQLAlchemyError) and getattr(error, "orig", None) else error
        reason = str(cause).splitlines()[0] if str(cause) else ""
        raise ConfigurationError(
            f"KAKUREGA_DATABASE_URL: the database cannot be opened ({type(cause).__name__}: {reason})"
        ) from None


async def check_database(settings: Settings, migrating: bool = False) -> None:
    """Migrate (``migrating``) or check that the schema is current (``SchemaBehind`` if not)."""
    from rooms.posts import open_post_store

    async with open_post_store(settings.database_url, migrating=migrating, pool=1):
        pass


def prepare_in_child(values: dict[str, Any], log_level: str) -> None:
    """``--workers``' database step, run in a spawned child: exits 0, or 2 with the one-line error."""
    from ops import logs
    from ops.checks import refuse_unsafe
    from rooms.posts.database import SchemaBehind

    settings = Settings(**values)
    logs.configure(log_level, settings.log_format)
    try:
        refuse_unsafe(
            broker_url=settings.broker_url,
            database_url=settings.database_url,
            secret_key=settings.secret_key,
            sqlite_with_redis=settings.sqlite_with_redis,
        )
        asyncio.run(reach_database(settings))
        # Migrated once, here: the workers then only check that the schema is current.
        asyncio.run(check_database(settings, migrating=settings.migrate))
    except (ConfigurationError, SchemaBehind) as error:
        print(f"kakurega: {error}", file=sys.stderr, flush=True)
        raise SystemExit(2) from None
