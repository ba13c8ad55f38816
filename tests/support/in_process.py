"""The whole app served by a real uvicorn in the test's own event loop, on a free port: tests that
reach into the app's state (``app.state.hub``) while speaking to it over real sockets."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import uvicorn

import server as kakurega
from settings import Settings
from tests.support.servers import free_port


@asynccontextmanager
async def serving(tmp_path: Path, **settings: Any) -> AsyncIterator[tuple[int, Any]]:
    """``(port, app)`` of a server on its defaults but ``settings``, with SQLite in ``tmp_path``."""
    chosen = Settings(database_url=f"sqlite:///{tmp_path / 'p.db'}", secret_key="k" * 32, **settings)
    app = kakurega.create_app(chosen)
    port = free_port()
    server = uvicorn.Server(kakurega.uvicorn_config(app, chosen, "127.0.0.1", port, "warning"))
    running = asyncio.create_task(server.serve())
    while not server.started:
        assert not running.done(), "the server did not start"
        await asyncio.sleep(0.05)
    try:
        yield port, app
    finally:
        server.should_exit = True
        await asyncio.wait_for(running, 30)
