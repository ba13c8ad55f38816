"""``GET /poll/{token}`` answered inside the HTTP protocol (world/poll_direct.py), in a real uvicorn.

The server runs in the test's own process (the configuration ``kakurega serve`` uses), so
the test can see which way a request took and make the endpoint fail on purpose.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgpack
import pytest
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from tests.support.in_process import serving
from tests.support.visitors import LOOK
from world import poll_gateway
from world.deadline import Deadline
from world.poll_gateway import PollGateway

Answer = tuple[int, list[tuple[str, str]], bytes]
HELLO = msgpack.packb({"t": "hello", "v": 1, "name": "ためす", "look": LOOK})
BAD = b"\xc1"  # never valid MessagePack: the hub answers bye bad_frame and closes (4002)
SAME_SITE = b"Origin: http://127.0.0.1\r\nSec-Fetch-Site: same-origin\r\n"


def framed(*frames: bytes) -> bytes:
    return b"".join(len(frame).to_bytes(4, "big") + frame for frame in frames)


# Counts checked once, at the start: a change (every arrival is one) would otherwise answer a
# waiting GET at a moment of the timer's choosing, and the tests say which frames a GET takes.
COUNTS_ONCE = 3_600_000


class Connection:
    """One kept-alive HTTP/1.1 connection, spoken by hand: the exact answer is what is tested."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> Connection:
        return cls(*await asyncio.open_connection("127.0.0.1", port))

    async def request(self, method: str, path: str, body: bytes = b"", extra: bytes = SAME_SITE) -> Answer:
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len(body)}\r\n".encode()
        if body:
            head += b"Content-Type: application/octet-stream\r\n"
        self.writer.write(head + extra + b"\r\n" + body)
        return await asyncio.wait_for(self.answer(), 10)

    async def answer(self) -> Answer:
        status = int((await self.reader.readline()).split()[1])
        headers = []
        while (line := await self.reader.readline()) != b"\r\n":
            name, _, value = line.decode("latin-1").partition(":")
            headers.append((name.lower(), value.strip()))
        length = int(dict(headers)["content-length"])
        return status, headers, await self.reader.readexactly(length)

    def close(self) -> None:
        self.writer.close()


async def open_session(port: int, *frames: bytes) -> str:
    connection = await Connection.open(port)
    try:
        status, _, body = await connection.request("POST", "/poll", framed(*frames))
        assert status == 200
        return str(json.loads(body)["token"])
    finally:
        connection.close()


def kinds(body: bytes) -> list[str]:
    found = []
    while body:
        size = int.from_bytes(body[:4], "big")
        found.append(msgpack.unpackb(body[4 : 4 + size])["t"])
        body = body[4 + size :]
    return found


def counting_takes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The GETs that took the ordinary way (``PollGateway._take``, through the request cycle)."""
    taken: list[str] = []
    ordinary: Callable[..., Any] = PollGateway._take

    async def take(self: PollGateway, session: Any, send: Any) -> None:
        taken.append(session.token)
        await ordinary(self, session, send)

    monkeypatch.setattr(PollGateway, "_take", take)
    return taken


def head_of(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The headers in order, less what differs between any two answers (the time, the length)."""
    return [(name, "…" if name in ("date", "content-length") else value) for name, value in headers]


def test_a_poll_is_answered_inside_the_protocol_with_the_ordinary_way_s_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    taken = counting_takes(monkeypatch)

    async def scenario() -> None:
        async with serving(tmp_path, counts_ms=COUNTS_ONCE) as (port, app):
            direct, ordinary = await open_session(port, HELLO), await open_session(port, HELLO)
            connection = await Connection.open(port)
            first = await connection.request("GET", f"/poll/{direct}?r=route")
            assert taken == [], "the common GET does not go through the request cycle"
            # A token written with %-escapes is not the common case: the same GET, the ordinary way.
            escaped = "".join(f"%{ord(letter):02X}" for letter in ordinary)
            second = await connection.request("GET", f"/poll/{escaped}?r=route")
            assert taken == [ordinary]
            for status, headers, body in (first, second):
                assert status == 200 and kinds(body)[:2] == ["welcome", "room"]
                assert any(name == "date" for name, _ in headers), "uvicorn's default headers come too"
            assert head_of(first[1]) == head_of(second[1]), "the same head, in the same order"

            # Kept alive: the next GET on the same connection waits, then carries the end. The
            # second session's arrival (its join, the new counts) may still be on its way to the
            # first on a slow machine: such GETs are answered, and the next one waits.
            for _ in range(10):
                waiting = asyncio.create_task(connection.request("GET", f"/poll/{direct}?r=route"))
                await asyncio.sleep(0.3)
                if not waiting.done():
                    break
                status, _, body = waiting.result()
                assert status == 200 and set(kinds(body)) <= {"tick", "counts"}, kinds(body)
            else:
                pytest.fail("nothing to say yet: the GET waits")
            poster = await Connection.open(port)
            assert (await poster.request("POST", f"/poll/{direct}", framed(BAD)))[0] == 204
            status, headers, body = await waiting
            for _ in range(10):  # the others' news may still come first (as above), then the end
                if "kakurega-close" in dict(headers):
                    break
                assert status == 200 and set(kinds(body)) <= {"tick", "counts"}, kinds(body)
                status, headers, body = await connection.request("GET", f"/poll/{direct}?r=route")
            assert status == 200 and dict(headers).get("kakurega-close") == "4002"
            assert kinds(body)[-1] == "bye" and set(kinds(body)[:-1]) <= {"tick", "counts"}, kinds(body)
            assert taken == [ordinary]
            assert (await connection.request("GET", f"/poll/{direct}"))[0] == 404, "the ordinary way's 404"
            assert (
                await connection.request("GET", f"/poll/{ordinary}", extra=b"Origin: http://a.example\r\n")
            )[0] == 403, "another site's page: the ordinary way's 403"

            # A client that leaves while its GET waits: the answer to nobody is dropped, quietly,
            # and its session ends there (docs/protocol.md §10.1): the visitor leaves at once.
            leaving = await open_session(port, HELLO)
            arrived: list[str] = []
            while "tick" not in arrived:  # its own join, on the tick after it arrived: then quiet
                status, _, body = await connection.request("GET", f"/poll/{leaving}")
                assert status == 200
                arrived += kinds(body)
            connection.writer.write(f"GET /poll/{leaving} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            await connection.writer.drain()
            await asyncio.sleep(0.2)
            connection.close()
            for _ in range(100):
                if app.polls.sessions.get(leaving) is None:
                    break
                await asyncio.sleep(0.05)
            assert (await poster.request("POST", f"/poll/{leaving}", framed(BAD)))[0] == 404
            assert (await poster.request("GET", f"/poll/{leaving}"))[0] == 404, "the session ended with it"
            assert taken == [ordinary]
            poster.close()

    with caplog.at_level(logging.WARNING):
        asyncio.run(scenario())
    troubles = [
        record.getMessage()
        for record in caplog.records
        if record.levelno >= logging.ERROR or record.name.startswith(("asyncio", "uvicorn"))
    ]
    assert troubles == [], "nothing went wrong, and nothing was said of it"


def test_an_unexpected_error_in_a_direct_poll_is_the_documented_500_and_ends_the_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    taken = counting_takes(monkeypatch)

    def broken(frames: list[bytes]) -> bytes:
        raise RuntimeError("a bug that quotes そら")

    tokens: list[str] = []

    async def scenario() -> None:
        async with serving(tmp_path, counts_ms=COUNTS_ONCE) as (port, _):
            token = await open_session(port, HELLO)
            tokens.append(token)
            connection = await Connection.open(port)
            with monkeypatch.context() as patch:
                patch.setattr(poll_gateway, "pack_frames", broken)
                with caplog.at_level(logging.ERROR, logger="kakurega.poll"):
                    status, headers, body = await connection.request("GET", f"/poll/{token}")
            assert taken == []
            assert status == 500 and body.startswith(b"the server failed")
            found = dict(headers)
            assert found["cache-control"] == "no-store" and found["x-content-type-options"] == "nosniff"
            assert "content-security-policy" in found
            assert (await connection.request("GET", f"/poll/{token}"))[0] == 404, "frames may be lost: ended"
            connection.close()

    asyncio.run(scenario())
    logged = "\n".join(record.getMessage() for record in caplog.records if record.name == "kakurega.poll")
    assert "RuntimeError" in logged and "poll_gateway.py" in logged
    assert tokens[0] not in logged and "そら" not in logged, "no token, no words of the visitor's"


def test_a_kept_alive_connection_makes_no_timer_per_request_and_is_still_closed_when_idle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its request and keep-alive timers were made and cancelled for every request: a few µs
    # each, on every one of a polling visitor's two or three GETs a second.
    async def scenario() -> None:
        async with serving(tmp_path, counts_ms=COUNTS_ONCE) as (port, _):
            loop = asyncio.get_running_loop()
            made: list[Any] = []
            call_at = loop.call_at  # asyncio's call_later comes here too

            def counted(when: float, callback: Any, *args: Any, **options: Any) -> asyncio.TimerHandle:
                if isinstance(getattr(callback, "__self__", None), (HttpToolsProtocol, Deadline)):
                    made.append(callback)
                return call_at(when, callback, *args, **options)

            monkeypatch.setattr(loop, "call_at", counted)
            connection = await Connection.open(port)
            for _ in range(20):
                assert (await connection.request("GET", "/api/rooms"))[0] == 200
            assert len(made) <= 3, "twenty requests, no timers each"
            started = loop.time()
            assert await asyncio.wait_for(connection.reader.read(), 20) == b"", "idle: closed"
            assert loop.time() - started >= 4, "after uvicorn's keep-alive timeout, not before"

    asyncio.run(scenario())
