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

Every answer, errors included, is one of the documented ones (docs/protocol.md §10.3)
and carries the security headers: a body that is malformed in any way is a 4xx, and
an unexpected error is a plain ``500`` (the session it was for is ended: its frames
may be lost). The log says where that error happened, never the token, the address
or the error's message (which may quote what the visitor sent).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from world.hub import Hub
from world.origin import READS, asgi_headers, same_origin
from world.polling import POLL_WAIT, AnySession, PollSessions, pack_frames, unpack_frames

Scope = dict[str, Any]

MAX_BODY = 64 * 1024  # as the WebSocket's largest message
BUFFER_BYTES = 64 * 1024  # a session's share of frames waiting for a GET, as a socket's buffer
FRAMES = "application/octet-stream"
TEXT = b"text/plain; charset=utf-8"
CLOSED = b"kakurega-close"
Header = tuple[bytes, bytes]
# The request headers the endpoint reads; the others are not even decoded.
READ = READS | {b"content-type", b"content-length", b"transfer-encoding"}
SERVER_FAILED = 1011  # a session whose request failed unexpectedly ends as a WebSocket would

log = logging.getLogger("kakurega.poll")


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
        session: AnySession | None = None
        try:
            headers = asgi_headers(scope["headers"], READ)
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
        except Exception as error:
            self._failed(session, error)
            # If the answer had already started, this send fails and the server drops the connection.
            with contextlib.suppress(Exception):
                await self._answer(send, *self._failure())

    def take_directly(
        self, token: str, headers: Sequence[Header], respond: Callable[[int, list[Header], bytes], None]
    ) -> Callable[[], None] | None:
        """A ``GET /poll/{token}`` answered below uvicorn's request cycle (world/poll_direct.py).

        The common case only: a session that exists, asked for by the site's own page.
        None, and nothing done, for anything else: the request then takes the ordinary
        way through ``__call__``, which gives it its documented answer. ``respond(status,
        headers, body)`` is called once, when the answer is due: the same answer as ``_take``.
        Taken, the answer is what to call if the client hangs up before its answer.
        """
        session = self.sessions.get(token)
        if session is None or not same_origin(asgi_headers(headers, READ)):
            return None

        def answer(frames: list[bytes], code: int | None) -> None:
            try:
                body = pack_frames(frames)
                head = [(b"content-length", b"%d" % len(body)), *self._frames_head]
                if code is not None:
                    head.append((CLOSED, b"%d" % code))
            except Exception as error:
                self._fail_directly(session, error, respond)
                return
            respond(200, head, body)

        mine = 0
        try:
            mine = session.take_then(answer)
        except Exception as error:
            self._fail_directly(session, error, respond)
        return lambda: session.hung_up(mine)

    def _fail_directly(
        self, session: AnySession, error: Exception, respond: Callable[[int, list[Header], bytes], None]
    ) -> None:
        self._failed(session, error)
        status, body, extra, content_type = self._failure()
        respond(status, self._head(len(body), extra, content_type), body)

    def _failed(self, session: AnySession | None, error: Exception) -> None:
        # Fail closed for data: whatever the request carried may be lost, so its session ends.
        if session is not None:
            session.abort(SERVER_FAILED)
        log.error("a /poll request failed: %s", _where(error))

    @staticmethod
    def _failure() -> tuple[int, bytes, list[Header], bytes]:
        # Fail open for the child: a plain answer the client knows (reconnect after a pause).
        return 500, b"the server failed; open a new session after a pause\n", [], TEXT

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
            if not await session.put(frame):
                break  # refused at the door, or closed by a frame before: its GET says so
        body = json.dumps({"token": session.token, "wait_ms": int(POLL_WAIT * 1000)}).encode()
        await self._answer(send, 200, body, content_type=b"application/json")

    async def _frames(self, headers: dict[str, str], receive: Any, send: Any) -> list[bytes] | None:
        """The frames of an opening request's body (none, if it has none); None: answered."""
        if headers.get("content-length", "0") == "0" and "transfer-encoding" not in headers:
            return []
        frames = await self._body_frames(headers, receive)
        if isinstance(frames, int):
            await self._refuse(send, frames)
            return None
        return frames

    async def _body_frames(self, headers: dict[str, str], receive: Any) -> list[bytes] | int:
        """A body's frames, or the status that refuses it: 415, 413 or 400."""
        if headers.get("content-type", "").split(";")[0].strip().lower() != FRAMES:
            return 415
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY:
            return 413  # not even read
        body = await _read_body(receive, MAX_BODY)
        if body is None:
            return 413
        try:
            return unpack_frames(body, MAX_BODY)
        except OverflowError:  # a length past the largest body: no frame can be that long
            return 413
        except ValueError:
            return 400

    async def _refuse(self, send: Any, status: int) -> None:
        await self._answer(send, status, REFUSALS[status])

    async def _take(self, session: AnySession, send: Any) -> None:
        frames, code = await session.take()
        body = pack_frames(frames)
        headers = [(b"content-length", b"%d" % len(body)), *self._frames_head]
        if code is not None:
            headers.append((CLOSED, b"%d" % code))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _post(self, session: AnySession, headers: dict[str, str], receive: Any, send: Any) -> None:
        frames = await self._body_frames(headers, receive)
        if isinstance(frames, int):
            if frames in ABORTS:  # as the WebSocket layer drops a connection that sent it
                session.abort(ABORTS[frames])
            await self._refuse(send, frames)
            return
        for frame in frames:
            if not await session.put(frame):
                break  # the hub reads no more: what is left is not taken
        if session.close_code is not None or session.gone:
            await self._answer(send, 410, b"the session has ended; read its last frames\n")
            return
        await self._answer(send, 204, b"")

    async def _answer(
        self,
        send: Any,
        status: int,
        body: bytes,
        extra: list[Header] | None = None,
        content_type: bytes = TEXT,
    ) -> None:
        headers = self._head(len(body), extra, content_type)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _head(self, length: int, extra: list[Header] | None, content_type: bytes) -> list[Header]:
        return [
            (b"content-type", content_type),
            (b"content-length", b"%d" % length),
            (b"cache-control", b"no-store"),
            *(extra or []),
            *self._security,
        ]


REFUSALS = {
    400: b"frames are cut short\n",
    413: b"too large\n",
    415: b"frames are application/octet-stream\n",
}
ABORTS = {400: 1002, 413: 1009}  # the close code of a session whose POST was refused so


def _where(error: Exception) -> str:
    """An error's type and the lines it went through, without its message."""
    frames = traceback.extract_tb(error.__traceback__)[-4:]
    path = " < ".join(
        f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} {frame.name}" for frame in reversed(frames)
    )
    return f"{type(error).__name__} at {path}"


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
