"""``FrontDoor`` (server.py): uvicorn's proxy headers called in place, and ``/ws`` past Starlette.

The scope it leaves must be the one uvicorn's ``ProxyHeadersMiddleware`` leaves, for every mix of
trusted and untrusted peers and forwarded headers; tests/test_addresses_server.py and
tests/test_world_server.py run it in a real server behind a pretend proxy.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
from typing import Any

import pytest
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from server import FrontDoor, Kakurega, uvicorn_config
from settings import load_settings

TRUSTED = ["127.0.0.1", "10.0.0.1, 10.0.0.0/8", "*", "192.168.1.1"]
PEERS = [("127.0.0.1", 4000), ("10.1.2.3", 5000), ("203.0.113.9", 6000), None]
FORWARDED = [
    [],
    [(b"x-forwarded-for", b"198.51.100.7")],
    [(b"x-forwarded-for", b"198.51.100.7, 10.0.0.5")],
    [(b"x-forwarded-for", b"198.51.100.7:8080"), (b"x-forwarded-for", b"[2001:db8::1]:443")],
    [(b"x-forwarded-for", b"")],
    [(b"x-forwarded-proto", b"https"), (b"x-forwarded-for", b"198.51.100.7")],
    [(b"x-forwarded-proto", b" wss ")],
    [(b"x-forwarded-proto", b"gopher")],
]


def scopes() -> list[dict[str, Any]]:
    made = []
    for kind, peer, headers in itertools.product(("http", "websocket"), PEERS, FORWARDED):
        made.append(
            {
                "type": kind,
                "path": "/ws" if kind == "websocket" else "/",
                "scheme": "ws" if kind == "websocket" else "http",
                "client": peer,
                "headers": [(b"host", b"example"), *headers],
            }
        )
    return made


async def uvicorn_rewrite(trusted: str, scope: dict[str, Any]) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        seen.update(scope)

    await ProxyHeadersMiddleware(app, trusted_hosts=trusted)(scope, None, None)  # type: ignore[arg-type]
    return seen


@pytest.mark.parametrize("trusted", TRUSTED)
def test_the_scope_is_what_uvicorns_middleware_makes_of_it(trusted: str) -> None:
    app = Kakurega(routes=[])
    door = FrontDoor(app, trusted)
    for scope in scopes():
        ours = copy.deepcopy(scope)
        door.forwarded(ours)
        assert ours == asyncio.run(uvicorn_rewrite(trusted, copy.deepcopy(scope))), scope


def test_the_websocket_handshake_goes_to_the_gateway_and_the_rest_to_starlette() -> None:
    calls: list[str] = []

    async def gateway(scope: dict[str, Any], receive: Any, send: Any) -> None:
        calls.append("gateway " + scope["client"][0])

    async def starlette(scope: dict[str, Any], receive: Any, send: Any) -> None:
        calls.append("starlette " + scope["type"])

    app = Kakurega(routes=[])
    app.websockets = gateway  # type: ignore[assignment]
    door = FrontDoor(app, "127.0.0.1")
    door.app = starlette  # type: ignore[assignment]
    forwarded = [(b"x-forwarded-for", b"198.51.100.7")]
    for kind, path in (("websocket", "/ws"), ("websocket", "/elsewhere"), ("http", "/ws"), ("lifespan", "")):
        scope = {"type": kind, "path": path, "client": ("127.0.0.1", 1), "headers": forwarded}
        asyncio.run(door(scope, None, None))  # type: ignore[arg-type]
    assert calls == ["gateway 198.51.100.7", "starlette websocket", "starlette http", "starlette lifespan"]


def test_uvicorn_serves_the_front_door_as_it_is() -> None:
    app = Kakurega(routes=[])
    config = uvicorn_config(app, load_settings(), "127.0.0.1", 0, "warning")
    config.load()
    # Not wrapped again in uvicorn's middleware, nor taken for an ASGI 2 app.
    assert type(config.loaded_app) is FrontDoor
    assert config.loaded_app.kakurega is app
