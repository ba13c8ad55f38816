"""Start-up checks that fail closed: a setting that would lose posts stops the server with one line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from sqlalchemy.engine import URL


class ConfigurationError(ValueError):
    """A setting that must not run; the message is the whole one-line error."""


SITE_FILES = ("templates", "static", "assets", "migrations", "alembic.ini")
"""What ``kakurega serve`` and ``migrate`` read beside the code: the pages, the client and the
schema's migrations. A wheel holds the Python packages only (pyproject.toml), so a plain
``pip install .`` has none of them."""


def refuse_without_site_files(root: Path) -> None:
    """Without its pages the server would answer every child with an error, hotline page
    included, and without its migrations it would stop on a traceback deep in Alembic: one
    line naming what is missing, and where to run from, instead."""
    missing = [name for name in SITE_FILES if not (root / name).exists()]
    if missing:
        raise ConfigurationError(
            f"{', '.join(missing)} not found in {root}: run kakurega from its source tree "
            "(pip install -e .) or from the image (deploy/Dockerfile); a wheel holds the code only"
        )


def runs_as_one_of_several(broker_url: str | None) -> bool:
    """A Redis broker means other instances share this world (and must share its data)."""
    return bool(broker_url) and urlsplit(broker_url or "").scheme != "memory"


def in_memory(url: URL) -> bool:
    """SQLite that lives in one process's memory (``sqlite://``, ``:memory:``, ``mode=memory``)."""
    database = url.database or ""
    if url.query.get("uri") == "true":
        # A URI filename: ``file::memory:?cache=shared`` is SQLite's own name for memory too.
        database = database.removeprefix("file:").partition("?")[0]
    return database in ("", ":memory:") or url.query.get("mode") == "memory"


def refuse_workers_alone(*, broker_url: str | None, workers: int) -> None:
    """``--workers N``: N processes share nooks only through Redis; the in-process broker cannot."""
    if workers > 1 and not runs_as_one_of_several(broker_url):
        raise ConfigurationError(
            f"--workers {workers} needs Redis to share nooks between the processes: set "
            "KAKUREGA_REDIS_URL (redis://host:6379/0), or run one worker"
        )


def refuse_unsafe(
    *, broker_url: str | None, database_url: str | None, secret_key: str | None, sqlite_with_redis: bool
) -> None:
    # Here, not at the top: ``kakurega serve --workers`` imports this module in a supervisor
    # that loads neither SQLAlchemy nor the broker (docs/performance.md, "A small supervisor").
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from rooms.posts.database import DEFAULT_DATABASE_URL

    try:
        url = make_url(database_url or DEFAULT_DATABASE_URL)
    except ArgumentError:
        url = None  # not a URL at all: ``reach_database`` says so in one line
    if url is not None and url.get_backend_name() == "sqlite" and in_memory(url):
        # Even alone: every post awaiting review is gone at the next restart, and staff accounts
        # made by ``kakurega staff add`` (another process) are in another memory.
        raise ConfigurationError(
            "KAKUREGA_DATABASE_URL is an in-memory SQLite database: its posts are lost whenever "
            "the server stops, and staff cannot reach them; use a SQLite file "
            "(sqlite:///./var/kakurega.db) or PostgreSQL"
        )
    if not runs_as_one_of_several(broker_url):
        return
    from world.brokers import broker_from_url

    try:
        broker_from_url(broker_url)  # connects to nothing: only takes the URL apart
    except ValueError as error:
        raise ConfigurationError(f"KAKUREGA_REDIS_URL: {error}") from None
    if url is None:
        return
    backend = url.get_backend_name()
    if backend == "sqlite" and not sqlite_with_redis:
        raise ConfigurationError(
            "KAKUREGA_REDIS_URL is set (one of several instances) but posts would go to this "
            "instance's own SQLite file: set KAKUREGA_DATABASE_URL to PostgreSQL, or "
            "KAKUREGA_SQLITE_WITH_REDIS=1 if every instance shares one file on one host"
        )
    if not secret_key:
        raise ConfigurationError(
            "KAKUREGA_REDIS_URL is set (one of several instances) but KAKUREGA_SECRET_KEY is not: "
            "set the same secret on every instance, or staff sessions break between them"
        )
