"""Two protocols copy uvicorn's ``__init__`` (world/http_guard.py, world/send_now.py) to skip
look-ups an arrival pays for every connection. A later uvicorn that sets another attribute there
would leave ours without it, failing only on the path that reads it; this fails first."""

from __future__ import annotations

import asyncio

from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from uvicorn.server import ServerState

from world.http_guard import GuardedHttpProtocol
from world.send_now import SendNowProtocol


async def _empty_app(scope: object, receive: object, send: object) -> None:
    return None


def attributes(protocol_class: type, **config: object) -> set[str]:
    async def build() -> set[str]:
        settings = Config(_empty_app, **config)  # type: ignore[arg-type]
        return set(vars(protocol_class(settings, ServerState(), {})))

    return asyncio.run(build())


def test_our_http_protocol_sets_everything_uvicorns_sets() -> None:
    assert attributes(HttpToolsProtocol) - attributes(GuardedHttpProtocol) == set()


def test_our_websocket_protocol_sets_everything_uvicorns_sets() -> None:
    for deflate in (False, True):
        upstream = attributes(WebSocketsSansIOProtocol, ws_per_message_deflate=deflate)
        assert upstream - attributes(SendNowProtocol, ws_per_message_deflate=deflate) == set()
