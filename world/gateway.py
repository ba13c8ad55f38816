"""The WebSocket endpoint: a raw ASGI app that accepts, then hands the socket to the hub.

Raw ASGI rather than Starlette's ``WebSocket`` wrapper: nothing here needs routing
or request parsing. Where the server offers ``kakurega.send_now`` (world/send_now.py),
the hub's frames skip ASGI altogether.

A handshake sent by another site's page is refused with ``403`` before it is accepted
(world/origin.py, the rule every other endpoint uses): a WebSocket is not bound by the
same-origin policy, and the browser would send the visitor's cookies with it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from world.hub import Hub
from world.origin import asgi_headers, same_origin
from world.protocol import SUBPROTOCOL
from world.send_now import FRAME_BUCKET, SEND_NOW

Scope = dict[str, Any]
Message = dict[str, Any]


def _cannot_send_now(data: bytes, *more: bytes) -> bool:
    return False


class AsgiTransport:
    __slots__ = ("_receive", "_send", "send_now")

    def __init__(self, receive: Any, send: Any, send_now: Callable[..., bool] | None) -> None:
        self._receive = receive
        self._send = send
        # The server's own callable, not a method wrapping it: the hub calls it once per frame.
        self.send_now = send_now or _cannot_send_now

    async def receive(self) -> bytes | str | None:
        message: Message = await self._receive()
        if message["type"] != "websocket.receive":
            return None
        data = message.get("bytes")
        if data is not None:
            return data
        return message.get("text") or ""

    async def send(self, data: bytes) -> None:
        await self._send({"type": "websocket.send", "bytes": data})

    async def close(self, code: int) -> None:
        await self._send({"type": "websocket.close", "code": code})


class WebSocketGateway:
    def __init__(self, hub_of: Any) -> None:
        # ``hub_of(scope)`` finds the hub at request time: the app creates it in its lifespan.
        self._hub_of = hub_of

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "websocket":
            await send(
                {
                    "type": "http.response.start",
                    "status": 426,
                    # RFC 9110 §15.5.22: a 426 names the protocol to switch to.
                    "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"upgrade", b"websocket")],
                }
            )
            await send({"type": "http.response.body", "body": b"WebSocket only\n"})
            return
        message = await receive()
        if message["type"] != "websocket.connect":
            return
        if not same_origin(asgi_headers(scope["headers"])):
            # Closing before accepting is the server's 403 (with the security headers, world/send_now.py).
            await send({"type": "websocket.close", "code": 1008})
            return
        offered = scope.get("subprotocols") or []
        await send(
            {"type": "websocket.accept", "subprotocol": SUBPROTOCOL if SUBPROTOCOL in offered else None}
        )
        client = scope.get("client")
        # The address is only counted while the socket is open (docs/privacy.md).
        address = client[0] if client else "unknown"
        hub: Hub = self._hub_of(scope)
        extensions = scope.get("extensions") or {}  # see world/send_now.py
        transport = AsgiTransport(receive, send, extensions.get(SEND_NOW))
        await hub.serve(transport, address, extensions.get(FRAME_BUCKET))
