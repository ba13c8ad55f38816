"""A swarm visitor over HTTP long-polling (docs/protocol.md §10), as a browser behind a filter.

Two kept-alive HTTP/1.1 connections per visitor, as a browser keeps: one always
holds a ``GET /poll/{token}``, the other carries its frames (``POST``), one
request at a time. Spoken by hand over asyncio streams: an HTTP client library
would cost the swarm more CPU per request than the server spends on it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
from urllib.parse import urlsplit

from loadtest.visitor import Field, Visitor
from loadtest.wire import ABNORMAL, Link, count_close

Streams = tuple[asyncio.StreamReader, asyncio.StreamWriter]


def pack(frames: list[bytes]) -> bytes:
    return b"".join(len(frame).to_bytes(4, "big") + frame for frame in frames)


def unpack(body: bytes) -> list[bytes]:
    frames = []
    offset = 0
    while offset + 4 <= len(body):
        size = int.from_bytes(body[offset : offset + 4], "big")
        frames.append(body[offset + 4 : offset + 4 + size])
        offset += 4 + size
    return frames


class HttpConnection:
    """One kept-alive HTTP/1.1 connection; reopened once if the server closed it while idle."""

    def __init__(self, host: str, port: int, source: str | None) -> None:
        self.host, self.port, self.source = host, port, source
        self.streams: Streams | None = None

    async def request(
        self, method: str, path: str, body: bytes = b"", *, frames: bool = False
    ) -> tuple[int, dict[str, str], bytes]:
        for attempt in (1, 2):
            if self.streams is None:
                self.streams = await asyncio.open_connection(
                    self.host, self.port, local_addr=(self.source, 0) if self.source else None
                )
            reader, writer = self.streams
            head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Length: {len(body)}\r\n"
            if frames:
                head += "Content-Type: application/octet-stream\r\n"
            try:
                writer.write(head.encode() + b"\r\n" + body)
                status_line = await reader.readline()
                if not status_line:
                    raise ConnectionResetError("closed while idle")
            except (ConnectionError, OSError):
                self.abort()
                if attempt == 2:
                    raise
                continue
            headers: dict[str, str] = {}
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
            size = int(headers.get("content-length", "0"))
            content = await reader.readexactly(size) if size else b""
            if headers.get("connection", "").lower() == "close":
                self.abort()
            return int(status_line.split()[1]), headers, content
        raise AssertionError("unreachable")

    def abort(self) -> None:
        if self.streams is not None:
            self.streams[1].transport.abort()
            self.streams = None


class PollLink:
    __slots__ = ("getter", "poster", "reader", "sender")

    def __init__(self, getter: HttpConnection, poster: HttpConnection) -> None:
        self.getter = getter
        self.poster = poster
        self.reader: asyncio.Task[None] | None = None
        self.sender: asyncio.Task[None] | None = None

    def close(self) -> None:
        self.abort()

    def abort(self) -> None:
        for task in (self.reader, self.sender):
            if task is not None:
                task.cancel()
        self.getter.abort()
        self.poster.abort()


async def open_polling(
    url: str,
    visitor: Visitor,
    field: Field,
    live: set[Link],
    *,
    deflate: bool,
    timeout: float,
    source: str | None = None,
) -> None:
    loop = asyncio.get_running_loop()
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    route = secrets.token_hex(6)
    getter, poster = HttpConnection(host, port, source), HttpConnection(host, port, source)
    link = PollLink(getter, poster)
    outgoing: list[bytes] = []
    path = ""

    async def post() -> None:
        try:
            while outgoing:
                body = pack(outgoing)
                outgoing.clear()
                await poster.request("POST", path, body, frames=True)
        except Exception as error:
            field.tally.protocol_errors[f"poll_post_{type(error).__name__}"] += 1
        finally:
            link.sender = None

    def send(data: bytes) -> None:
        outgoing.append(data)
        if path and link.sender is None:
            link.sender = loop.create_task(post())

    visitor.opened(send)  # the hello goes with the request that opens the session
    first = pack(outgoing)
    outgoing.clear()
    try:
        opening = getter.request("POST", f"/poll?r={route}", first, frames=True)
        status, _, body = await asyncio.wait_for(opening, timeout)
        if status != 200:
            raise ConnectionRefusedError(f"open answered {status}")
        token = json.loads(body)["token"]
    except Exception as error:
        field.tally.handshake_failures[f"poll_{type(error).__name__}"] += 1
        getter.abort()
        visitor.closed()
        return
    path = f"/poll/{token}?r={route}"
    live.add(link)
    if outgoing:
        link.sender = loop.create_task(post())

    async def read() -> None:
        code = ABNORMAL
        try:
            while True:
                status, headers, body = await getter.request("GET", path)
                if status != 200:
                    break
                frames = unpack(body)
                field.tally.polls += 1
                field.tally.poll_frames += len(frames)
                for frame in frames:
                    try:
                        visitor.receive(frame)
                    except Exception as error:
                        field.tally.protocol_errors[type(error).__name__] += 1
                if "kakurega-close" in headers:
                    code = int(headers["kakurega-close"])
                    break
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            pass
        finally:
            if not field.stopping:
                count_close(field, visitor, f"poll_{code}")
            live.discard(link)
            with contextlib.suppress(Exception):
                poster.abort()
            visitor.closed()

    link.reader = loop.create_task(read())
