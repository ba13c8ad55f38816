"""The HTTP long-polling endpoint (docs/protocol.md §10): ``/poll`` and ``/poll/{token}``.

Pure ASGI, outside every other layer of the app (routing, compression, the error
page, the security headers, which it adds itself): a poll is the hottest HTTP request
there is, and its frames are small and already compact. The headers of its answers are
built once; a ``GET`` that finds frames costs two ``send`` calls and one join.

- ``POST /poll`` opens a session and starts the hub serving it, as ``/ws`` does for a socket.
- ``GET /poll/{token}`` returns every frame queued since the last one (waiting for the first).
- ``POST /poll/{token}`` hands the client's frames to the hub.

No cookies: the session's unguessable token in the path is its only key, and
a request a page on another site made the browser send is refused by its
``Origin`` (and ``Sec-Fetch-Site``); frames must be ``application/octet-stream``,
which no cross-site form can send.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from typing import Any

from world.hub import Hub
from world.origin import READS, same_origin
from world.polling import POLL_WAIT, PollSession, PollSessions, pack_frames, unpack_frames

Scope = dict[str, Any]

MAX_BODY = 64 * 1024  # as the WebSocket's largest message
BUFFER_BYTES = 64 * 1024  # a session's share of frames waiting for a GET, as a socket's buffer
FRAMES = "application/octet-stream"
CLOSED = b"kakurega-close"
Header = tuple[bytes, bytes]
# The request headers the endpoint reads; the others are not even decoded.
READ = READS | {b"content-type", b"content-length", b"transfer-encoding"}


class PollGateway:
    def __init__(
        self, app: Any, hub_of: Callable[[Scope], Hub], security_headers: Sequence[Header] = ()
    ) -> None:
        self.app = app
        self._hub_of = hub_of  # the app creates the hub in its lifespan: find it per request
        self.sessions = PollSessions()
        self._serving: set[asyncio.Task[None]] = set()
        self._security = list(security_headers)
        self._frames_head = [
            (b"content-type", FRAMES.encode()),
            (b"cache-control", b"no-store"),
            *self._security,
        ]

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (path == "/poll" or path.startswith("/poll/")):
            await self.app(scope, receive, send)
            return
        headers = {
            key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"] if key in READ
        }
        method = scope["method"]
        if not same_origin(headers):
            await self._answer(send, 403, b"another site may not open this\n")
            return
        if path == "/poll":
            if method != "POST":
                await self._answer(send, 405, b"POST to open a session\n", [(b"allow", b"POST")])
                return
            await self._open(scope, headers, receive, send)
            return
        session = self.sessions.get(path[len("/poll/") :])
        if session is None:
            await self._answer(send, 404, b"no such session\n")
        elif method == "GET":
            await self._take(session, send)
        elif method == "POST":
            await self._post(session, headers, receive, send)
        else:
            await self._answer(send, 405, b"GET or POST\n", [(b"allow", b"GET, POST")])

    async def _open(self, scope: Scope, headers: dict[str, str], receive: Any, send: Any) -> None:
        # The first frames (the hello) may come along: one round trip less before the room.
        first = await self._frames(headers, receive, send)
        if first is None:
            return
        hub = self._hub_of(scope)
        session = self.sessions.open(hub.limits.send_queue, BUFFER_BYTES)
        client = scope.get("client")
        # The address is only counted while the session is open (docs/privacy.md).
        address = client[0] if client else "unknown"
        task = asyncio.create_task(hub.serve(session, address))
        self._serving.add(task)
        task.add_done_callback(self._serving.discard)
        for frame in first:
            await session.put(frame)
        body = json.dumps({"token": session.token, "wait_ms": int(POLL_WAIT * 1000)}).encode()
        await self._answer(send, 200, body, content_type=b"application/json")

    async def _frames(self, headers: dict[str, str], receive: Any, send: Any) -> list[bytes] | None:
        """The frames of an opening request's body (none, if it has none); None: answered."""
        if headers.get("content-length", "0") == "0" and "transfer-encoding" not in headers:
            return []
        if headers.get("content-type", "").split(";")[0].strip().lower() != FRAMES:
            await self._answer(send, 415, b"frames are application/octet-stream\n")
            return None
        body = await _read_body(receive, MAX_BODY)
        if body is None:
            await self._answer(send, 413, b"too large\n")
            return None
        try:
            return unpack_frames(body, MAX_BODY)
        except ValueError:
            await self._answer(send, 400, b"frames are cut short\n")
            return None

    async def _take(self, session: PollSession, send: Any) -> None:
        frames, code = await session.take()
        body = pack_frames(frames)
        headers = [(b"content-length", b"%d" % len(body)), *self._frames_head]
        if code is not None:
            headers.append((CLOSED, b"%d" % code))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _post(self, session: PollSession, headers: dict[str, str], receive: Any, send: Any) -> None:
        if headers.get("content-type", "").split(";")[0].strip().lower() != FRAMES:
            await self._answer(send, 415, b"frames are application/octet-stream\n")
            return
        body = await _read_body(receive, MAX_BODY)
        if body is None:
            session.abort(1009)
            await self._answer(send, 413, b"too large\n")
            return
        try:
            frames = unpack_frames(body, MAX_BODY)
        except ValueError:
            session.abort(1002)
            await self._answer(send, 400, b"frames are cut short\n")
            return
        if session.close_code is not None or session.gone:
            await self._answer(send, 410, b"the session has ended; read its last frames\n")
            return
        for frame in frames:
            await session.put(frame)
        await self._answer(send, 204, b"")

    async def _answer(
        self,
        send: Any,
        status: int,
        body: bytes,
        extra: list[Header] | None = None,
        content_type: bytes = b"text/plain; charset=utf-8",
    ) -> None:
        headers = [
            (b"content-type", content_type),
            (b"content-length", b"%d" % len(body)),
            (b"cache-control", b"no-store"),
            *(extra or []),
            *self._security,
        ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


async def _read_body(receive: Any, limit: int) -> bytes | None:
    """The whole request body, or None once it passes ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b""
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)
