"""The log: JSON lines for collectors (one event a line, UTC), or plain text for a terminal.

No record carries a client address: uvicorn's per-connection lines are dropped
(``AddressFreeLogs``) and nothing of ours logs one (docs/operations.md §10).
"""

from __future__ import annotations

import json
import logging
import time
from datetime import UTC, datetime

FORMATS = ("json", "text")


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        worker = getattr(record, "worker", None)
        if worker is not None:
            entry["worker"] = worker
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class AddressFreeLogs(logging.Filter):
    """Drops uvicorn's per-connection lines, which start with the client's address.

    uvicorn logs every WebSocket handshake as ``'%s - "WebSocket /ws" [accepted]'``
    with the peer address first; behind a proxy that is the visitor's own address.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("%s - "))


class WorkerNumber(logging.Filter):
    """Marks every record with the worker that wrote it (``kakurega serve --workers N``)."""

    def __init__(self, worker: int) -> None:
        super().__init__()
        self.worker = worker

    def filter(self, record: logging.LogRecord) -> bool:
        record.worker = self.worker
        return True


def configure(level: str, fmt: str, worker: int | None = None) -> None:
    """One handler on the root logger; uvicorn's loggers propagate to it (``log_config=None``).
    ``worker``: this process is that worker of ``--workers``; its lines say so."""
    if fmt not in FORMATS:
        raise ValueError(f"KAKUREGA_LOG_FORMAT must be json or text, not {fmt!r}")
    handler = logging.StreamHandler()
    if worker is not None:
        handler.addFilter(WorkerNumber(worker))
    if fmt == "json":
        handler.setFormatter(JsonLines())
    else:
        named = "%(name)s" if worker is None else f"%(name)s[worker {worker}]"
        text = logging.Formatter(f"%(asctime)sZ %(levelname)s {named}: %(message)s")
        text.converter = time.gmtime
        handler.setFormatter(text)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
        logger.addFilter(AddressFreeLogs())
