"""The ``kakurega`` command line: ``serve`` (one process, or ``--workers N``), ``migrate``,
``safety …``, ``staff …``.

Apart from ``server`` (the application), so that ``kakurega serve --workers N`` supervises its
workers without loading the application itself: the supervisor imports the settings, the log
set-up and ops/workers.py, and leaves the database to a short-lived child (ops/database.py).
Each worker, and a lone ``kakurega serve``, imports ``server`` (docs/performance.md, "A small
supervisor").
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

import site_files
from ops import logs
from ops.checks import ConfigurationError, refuse_without_site_files, refuse_workers_alone
from settings import Settings, SettingsError, load_settings, unknown_variables

log = logging.getLogger("kakurega")

GRACEFUL_SHUTDOWN_SECONDS = 5  # uvicorn's, after the drain (the pod's grace period counts it)
BACKLOG = 1024


class Refused(Exception):
    """A start-up step that failed with its one-line error already printed (a child's exit code)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def serve(settings: Settings, host: str, port: int, log_level: str, workers: int = 1) -> int:
    logs.configure(log_level, settings.log_format)
    refuse_without_site_files(site_files.ROOT)
    unknown = unknown_variables()
    if unknown:
        log.warning("ignoring settings nothing reads (a typo?): %s", ", ".join(unknown))
    if workers > 1:
        return serve_workers(settings, host, port, log_level, workers)
    # The database reached and its schema migrated or checked in a child, as for --workers: a
    # schema behind or a database out of reach is one line, and the serving process never loads
    # Alembic (docs/performance.md, the third round of 2026-12-06).
    prepare_database(settings.model_dump(), log_level)
    from server import serve_alone

    return serve_alone(settings, host, port, log_level)


def serve_workers(settings: Settings, host: str, port: int, log_level: str, workers: int) -> int:
    """``--workers N``: check and migrate once (in a child), then N instances on one port (ops/workers.py)."""
    from ops.workers import Supervisor, reuse_port_sockets

    refuse_workers_alone(broker_url=settings.broker_url, workers=workers)
    if settings.metrics_port and settings.metrics_port + workers - 1 > 65535:
        raise ConfigurationError(
            f"KAKUREGA_METRICS_PORT: worker i serves /metrics on {settings.metrics_port} + i, "
            f"past 65535 with {workers} workers"
        )
    values = settings.model_dump()
    prepare_database(values, log_level)
    try:
        sockets = reuse_port_sockets(host, port, workers, backlog=BACKLOG)
    except OSError as error:
        raise ConfigurationError(f"--port: cannot listen on {host}:{port} ({error.strerror})") from None
    # Each worker drains for up to drain_timeout, then uvicorn's graceful shutdown: then it is killed.
    stop_timeout = settings.drain_timeout + GRACEFUL_SHUTDOWN_SECONDS + 10
    start = ("server:start_worker", ({**values, "migrate": False}, host, port, log_level))
    return Supervisor(sockets, start, log_level, stop_timeout).run()


def prepare_database(values: dict[str, object], log_level: str) -> None:
    """The checks and the migration, in a spawned child that exits: SQLAlchemy, Alembic and the
    driver stay out of the supervisor. Raises ``Refused`` when the child printed an error."""
    import multiprocessing

    from ops.database import prepare_in_child

    child = multiprocessing.get_context("spawn").Process(
        target=prepare_in_child, args=(values, log_level), name="kakurega-database"
    )
    child.start()
    child.join()
    if child.exitcode != 0:
        raise Refused(child.exitcode if child.exitcode and child.exitcode > 0 else 1)


def migrate_command(log_level: str) -> int:
    """``kakurega migrate``: bring the schema up to date once (the migrate Job), then exit."""
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"kakurega: {error}", file=sys.stderr)
        return 2
    logs.configure(log_level, settings.log_format)
    try:
        refuse_without_site_files(site_files.ROOT)
    except ConfigurationError as error:
        print(f"kakurega: {error}", file=sys.stderr)
        return 2
    from ops.database import check_database

    try:
        asyncio.run(check_database(settings, migrating=True))
    except Exception as error:  # one line for the Job's log; the Job retries
        print(f"kakurega: migration failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    log.warning("database schema is current")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["staff"]:
        from staff.cli import main as staff_main

        return staff_main(argv[1:])
    if argv[:1] == ["safety"]:
        from safety.cli import main as safety_main

        return safety_main(argv[1:])
    parser = argparse.ArgumentParser(prog="kakurega", description="かくれが — a quiet place to hide.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve_parser = commands.add_parser("serve", help="run the server (embedded defaults: no Redis, SQLite)")
    serve_parser.add_argument("--host", help="default: KAKUREGA_HOST, else 127.0.0.1")
    serve_parser.add_argument("--port", type=int, help="default: KAKUREGA_PORT, else 8000")
    serve_parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    serve_parser.add_argument(
        "--workers",
        type=int,
        help="processes on one port, sharing nooks through Redis (default: KAKUREGA_WORKERS, else 1)",
    )
    migrate_parser = commands.add_parser(
        "migrate", help="bring the database schema up to date and exit (the migrate Job)"
    )
    migrate_parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    commands.add_parser("safety", help="check a name or a text: kakurega safety name|assess TEXT")
    commands.add_parser("staff", help="staff accounts: kakurega staff add NAME --role moderator|admin")
    arguments = parser.parse_args(argv)
    if arguments.command == "migrate":
        return migrate_command(arguments.log_level)
    if arguments.command == "serve":
        try:
            settings = load_settings()
        except SettingsError as error:
            # One line naming the variable: a typo in a deployment stops here, not later.
            print(f"kakurega: {error}", file=sys.stderr)
            return 2
        host = arguments.host or settings.host
        port = arguments.port or settings.port
        workers = settings.workers if arguments.workers is None else arguments.workers
        if workers < 1:
            print("kakurega: --workers: must be 1 or more", file=sys.stderr)
            return 2
        try:
            return serve(settings, host, port, arguments.log_level, workers)
        except Refused as refused:  # the child said why
            return refused.code
        except ConfigurationError as error:  # fails closed on data: one line
            print(f"kakurega: {error}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
