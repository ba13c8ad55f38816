"""/poll under attack: what a hostile or broken client can make the server hold, in a real uvicorn.

The server runs in the test's own process (``kakurega serve``'s configuration, real sockets),
so the test can count what the server keeps: sessions, connections, bytes.
"""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path
from typing import Any

import msgpack
import pytest

from tests.support.in_process import serving
from tests.support.visitors import LOOK
from world import polling
from world.polling import PollSession

HELLO = msgpack.packb({"t": "hello", "v": 1, "name": "ためす", "look": LOOK})


def framed(*frames: bytes) -> bytes:
    return b"".join(len(frame).to_bytes(4, "big") + frame for frame in frames)


def unframed(body: bytes) -> list[dict[str, Any]]:
    found = []
    while body:
        size = int.from_bytes(body[:4], "big")
        found.append(msgpack.unpackb(body[4 : 4 + size]))
        body = body[4 + size :]
    return found


class Connection:
    """One kept-alive HTTP/1.1 connection, spoken by hand."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> Connection:
        return cls(*await asyncio.open_connection("127.0.0.1", port))

    async def request(self, method: str, path: str, body: bytes = b"") -> tuple[int, dict[str, str], bytes]:
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len(body)}\r\n"
        if body:
            head += "Content-Type: application/octet-stream\r\n"
        self.writer.write(head.encode() + b"\r\n" + body)
        status = int((await self.reader.readline()).split()[1])
        headers = {}
        while (line := await self.reader.readline()) != b"\r\n":
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.lower()] = value.strip()
        return status, headers, await self.reader.readexactly(int(headers["content-length"]))

    async def open_session(self, *frames: bytes) -> str:
        status, _, body = await self.request("POST", "/poll", framed(*frames))
        assert status == 200
        return str(json.loads(body)["token"])

    def close(self) -> None:
        self.writer.close()


async def until(condition: Any, what: str, timeout: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, what
        await asyncio.sleep(0.05)


# -- refused and ended sessions ------------------------------------------------------------


def test_refused_sessions_are_not_held_whole_and_their_number_is_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each refused POST /poll was a whole session (~6 KB) held 30 s for a GET that may never come:
    # one address opening ~3,000 a second took a pod past 1 GB in 20 s, with only `full` answers.
    monkeypatch.setattr(polling, "ENDED_KEPT", 50)

    async def scenario() -> None:
        async with serving(tmp_path, address_handshakes_burst=1, address_handshakes_per_second=0.001) as (
            port,
            app,
        ):
            connection = await Connection.open(port)
            tokens = [await connection.open_session() for _ in range(200)]
            sessions = app.polls.sessions
            await until(lambda: len(sessions) <= 51, f"{len(sessions)} sessions held")
            whole = [t for t in tokens if isinstance(sessions.get(t), PollSession)]
            assert whole == tokens[:1], "only the admitted one is a whole session"
            # The latest refused still hear why, and when to come back; the oldest are forgotten.
            status, headers, body = await connection.request("GET", f"/poll/{tokens[-1]}")
            assert status == 200 and headers["kakurega-close"] == "4005"
            (bye,) = unframed(body)
            assert bye["t"] == "bye" and bye["reason"] == "full" and bye["retry_ms"] > 0
            assert (await connection.request("GET", f"/poll/{tokens[-1]}"))[0] == 404
            assert (await connection.request("GET", f"/poll/{tokens[1]}"))[0] == 404
            # An ended session takes no frames: 410, as for a closed one.
            status, _, _ = await connection.request("POST", f"/poll/{tokens[-2]}", framed(HELLO))
            assert status == 410
            status, headers, _ = await connection.request("GET", f"/poll/{tokens[-2]}")
            assert status == 200 and headers["kakurega-close"] == "4005"
            connection.close()

    asyncio.run(scenario())


def test_a_session_closed_between_gets_lets_go_of_its_connection_at_once(tmp_path: Path) -> None:
    # A session closed by a timer (here: no hello) while no GET was waiting held its connection —
    # a place under the address's ceiling and the instance's — until its client came back, or 30 s.
    async def scenario() -> None:
        async with serving(tmp_path, hello_timeout=0.3) as (port, app):
            connection = await Connection.open(port)
            token = await connection.open_session()
            hub = app.state.hub
            assert hub.connection_count == 1
            await until(lambda: hub.connection_count == 0, "the closed session still holds its connection")
            status, headers, body = await connection.request("GET", f"/poll/{token}")
            assert status == 200 and headers["kakurega-close"] == "4001"
            assert unframed(body) == [{"t": "bye", "reason": "hello_timeout"}]
            assert (await connection.request("GET", f"/poll/{token}"))[0] == 404
            connection.close()

    asyncio.run(scenario())


def test_an_ended_session_keeps_only_its_last_frames() -> None:
    assert polling.last_frames([b"a" * 800, b"b" * 300, b"bye"], 1024) == [b"b" * 300, b"bye"]
    assert polling.last_frames([b"a" * 600, b"bye"], 1024) == [b"a" * 600, b"bye"]
    assert polling.last_frames([b"a" * 2000], 1024) == []
    assert polling.last_frames([], 1024) == []


# -- a poller that never reads its answers --------------------------------------------------


def test_a_poller_that_never_reads_is_not_answered_into_the_server_s_memory(tmp_path: Path) -> None:
    # GETs answered below the request cycle (world/poll_direct.py) wrote every answer whatever the
    # socket's buffer held: a client that kept asking and never read made the server hold every
    # frame of its nook in memory, without end (and a session never found full is never slow).
    async def scenario() -> None:
        async with serving(tmp_path) as (port, app):
            connection = await Connection.open(port)
            token = await connection.open_session(HELLO)
            connection.close()
            session = app.polls.sessions.get(token)
            assert isinstance(session, PollSession)
            deaf = socket.socket()
            deaf.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            deaf.connect(("127.0.0.1", port))
            deaf.setblocking(False)
            _, writer = await asyncio.open_connection(sock=deaf)
            get = f"GET /poll/{token} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()
            frame = bytes(8000)  # as a busy nook's ticks, in fewer pieces
            taken = 0
            # Far more than any socket's buffers hold (a few MB on loopback).
            while taken < 64_000_000:
                if session.send_now(frame):
                    taken += len(frame)
                    continue
                # The session's buffer is full: one GET, sent once the last was answered (so
                # that it is not queued behind it), and never read.
                writer.write(get)
                for _ in range(400):
                    await asyncio.sleep(0.005)
                    if session.send_now(frame):  # that GET took the frames
                        taken += len(frame)
                        break
                else:
                    break  # the server takes no more GETs from a client that reads nothing
            assert taken < 16_000_000, f"the server took {taken} bytes for a client that reads nothing"
            writer.close()

    asyncio.run(scenario())


# -- a poller that leaves -------------------------------------------------------------------


def test_a_poller_whose_waiting_get_is_dropped_leaves_at_once(tmp_path: Path) -> None:
    # A child on the polling transport who closed the tab (or pressed すぐ とじる) stayed in the
    # room for the rest of the GET's 25 s wait and then 30 s more: nobody was told of the drop.
    # By docs/protocol.md §10.1 a failed request ends the session for the client: it never
    # comes back to it.
    from tests.support.visitors import Visitor

    async def scenario() -> None:
        async with serving(tmp_path, counts_ms=3_600_000) as (port, app):
            opening = await Connection.open(port)
            hello = msgpack.packb({"t": "hello", "v": 1, "name": "かえる", "look": LOOK, "room": "hiru"})
            token = await opening.open_session(hello)
            opening.close()
            polled = await Connection.open(port)
            status, _, body = await polled.request("GET", f"/poll/{token}")
            assert status == 200
            you = next(frame["you"] for frame in unframed(body) if frame["t"] == "welcome")
            other = await Visitor.arrive(f"ws://127.0.0.1:{port}/ws", "みてる", room="hiru")
            assert you in other.nook
            while True:  # take what came (the other's arrival), until a GET waits
                polled.writer.write(f"GET /poll/{token} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
                try:
                    await asyncio.wait_for(polled.reader.readuntil(b"\r\n\r\n"), 1.0)
                except TimeoutError:
                    break
                await asyncio.sleep(0.3)
                await polled.reader.read(65536)
            polled.writer.transport.abort()  # the tab is gone
            await other.wait_for(lambda f: f["t"] == "tick" and you in f.get("leave", []), timeout=10)
            assert app.polls.sessions.get(token) is None
            await other.close()

    asyncio.run(scenario())
