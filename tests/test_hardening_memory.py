"""A closed connection leaves no reference cycle behind (the server collects cycles rarely).

After ``settle_the_heap`` (gc.freeze, the older generations collected rarely) a full collection is rare, so
whatever a closed connection left in reference cycles stayed in memory until then: RSS
grew ~10 KB per visit (loadtest/soak.py; docs/performance.md, "Memory after a crowd").
Here the whole app runs in a real uvicorn in this process, visitors come and go, and the
collector's garbage (``DEBUG_SAVEALL``) must hold none of the server's per-connection objects.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import socket
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

import server as kakurega
from loadtest.soak import one_round, soak
from settings import Settings
from world.http_guard import GuardedHttpProtocol
from world.send_now import SendNowProtocol

pytestmark = pytest.mark.integration

# The server's objects of one connection; the clients' (in this process too) are left out.
PER_CONNECTION = {
    "SendNowProtocol",
    "GuardedHttpProtocol",
    "ServerProtocol",
    "RequestResponseCycle",
    "HttpRequestParser",
    "Link",
    "ConnectionProtocol",
    "AsgiTransport",
    "Session",
    "Outbox",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def saved_garbage() -> Iterator[list[object]]:
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        yield gc.garbage
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.collect()


def test_visitors_who_leave_leave_no_cycles(tmp_path: Path, saved_garbage: list[object]) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'memory.db'}", secret_key="k" * 32)
    app = kakurega.create_app(settings)
    port = free_port()
    config = uvicorn.Config(
        app,
        port=port,
        log_level="warning",
        lifespan="on",
        ws=SendNowProtocol.limited(settings.limits, kakurega.SECURITY_HEADERS),
        http=GuardedHttpProtocol.guarded(
            request_timeout=10.0,
            forwarded_allow_ips="192.0.2.1",
            sockets_of=lambda: getattr(app.state, "hub", None),
            security_headers=kakurega.SECURITY_HEADERS,
        ),
    )
    server = uvicorn.Server(config)

    def pages() -> None:
        for path in ("/", "/healthz", "/kabe", "/nowhere"):
            with contextlib.suppress(OSError):  # a 404 is as good a visit as any
                urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10).read()

    async def scenario() -> list[str]:
        serving = asyncio.create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.01)
        url = f"ws://127.0.0.1:{port}/ws"
        try:
            await one_round(url, 20, 20)  # warm-up: caches and first-use objects
            await asyncio.to_thread(pages)
            gc.collect()
            saved_garbage.clear()
            await one_round(url, 40, 20)
            await asyncio.to_thread(pages)
            while app.state.hub.connection_count:  # the hub has let go of everyone
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.2)
            gc.collect()
            return sorted({type(o).__name__ for o in saved_garbage} & PER_CONNECTION)
        finally:
            server.should_exit = True
            await serving

    assert asyncio.run(scenario()) == []


def test_the_soak_runs_and_reports_every_round() -> None:
    summary = asyncio.run(soak(crowd=10, rounds=2, settle=0.1, batch=10))
    assert summary["cycles"] == 20 and [r["round"] for r in summary["readings"]] == [1, 2]
    assert summary["rss_baseline_mb"] > 0 and "growth_kb_per_cycle" in summary
