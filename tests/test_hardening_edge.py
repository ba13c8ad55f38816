"""The HTTP and WebSocket edge against hostile headers and silent peers, on real sockets.

Each test is a gap that was open: a hostile ``Host`` became the Location of the trailing-slash
redirect, an ``Origin`` whose port is not a number was taken for our own, a WebSocket client
that never answers the server's close kept its address's slot for uvicorn's whole close
timeout, and one that reads nothing kept its socket for ever.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from starlette.routing import Route, Router

from rooms.slashes import twin_location
from tests.support.raw_ws import BINARY, CLOSE, RawWebSocket, frame
from tests.support.servers import ServerProcess, answers_to, running_server
from tests.test_world_send_now import free_port, lifespan
from world.send_now import SEND_NOW, SendNowProtocol

pytestmark = pytest.mark.integration

CEILING = 3
UPGRADE = (
    b"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
    b"Sec-WebSocket-Version: 13\r\n"
)


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    # 127.0.0.1 is not a trusted proxy here: the tests' own address is a visitor's, with its ceiling.
    env = {"KAKUREGA_MAX_PER_ADDRESS": str(CEILING), "KAKUREGA_FORWARDED_ALLOW_IPS": "192.0.2.1"}
    with running_server(env) as process:
        yield process


def exchange(server: ServerProcess, request: bytes, *, first_line_only: bool = False) -> bytes:
    """What the server answers ``request`` on a socket of its own (its head, or all of it)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(request)
        answer = b""
        while b"\r\n\r\n" not in answer or not first_line_only:
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    return answer


def head_of(answer: bytes) -> tuple[str, dict[str, str]]:
    status, *lines = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    return status, {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}


def served(server: ServerProcess) -> bool:
    """A new socket's request is answered (not refused at the address's ceiling)."""
    request = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    return exchange(server, request).startswith(b"HTTP/1.1 200")


# -- (a) the trailing-slash redirect names no host -------------------------------------------


@pytest.mark.parametrize(
    "host", [b"evil.example", b"evil.example:443", b"127.0.0.1:abc", b"\xff\xfe", b"[::1"]
)
@pytest.mark.parametrize(
    ("target", "location"),
    [
        (b"/help/", "/help"),
        (b"/help/?x=1&y=%E3%81%82", "/help?x=1&y=%E3%81%82"),
        (b"/help//", "/help"),
        (b"/staff/login/", "/staff/login"),  # the console's own router too
    ],
)
def test_the_slash_redirect_goes_to_a_path_whatever_the_host(
    server: ServerProcess, host: bytes, target: bytes, location: str
) -> None:
    before = server.log_text()
    answer = exchange(
        server, b"GET " + target + b" HTTP/1.1\r\nHost: " + host + b"\r\nConnection: close\r\n\r\n"
    )
    status, headers = head_of(answer)
    assert status == "HTTP/1.1 307 Temporary Redirect", status
    assert headers["location"] == location, "the path alone: the browser stays on the host it asked"
    assert headers["x-content-type-options"] == "nosniff"
    assert server.log_text() == before


def test_a_slash_redirect_never_starts_with_two_slashes() -> None:
    # "//evil.example" is another host to a browser; no route of ours matches such a path, so
    # a router that would is made up here.
    router = Router([Route("/{rest:path}", lambda request: None)])
    scope = {"type": "http", "path": "//evil.example/", "root_path": "", "query_string": b"", "method": "GET"}
    assert twin_location(router, scope) == "/evil.example"
    scope = {**scope, "path": "/\\evil.example/"}
    assert twin_location(router, scope) == "/%5Cevil.example"


# -- (b) an Origin whose port is not a number is refused, as any malformed Origin ----------------


@pytest.mark.parametrize(
    "origin",
    [b"http://127.0.0.1:abc", b"http://127.0.0.1:99999", b"http://127.0.0.1:\xff", b"http://x@127.0.0.1"],
)
def test_an_origin_that_is_not_well_formed_is_refused_everywhere(
    server: ServerProcess, origin: bytes
) -> None:
    before = server.log_text()
    handshake = b"GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + origin + b"\r\n" + UPGRADE + b"\r\n"
    status, headers = head_of(exchange(server, handshake, first_line_only=True))
    assert status.startswith("HTTP/1.1 403"), "refused before the upgrade, as docs/protocol.md §1 says"
    assert headers["x-content-type-options"] == "nosniff"

    body = json.dumps({"message": "やあ"}).encode()
    robot = (
        b"POST /api/robot HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + origin + b"\r\n"
        b"Content-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
    )
    answer = exchange(server, robot + body)
    assert head_of(answer)[0].startswith("HTTP/1.1 403")
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"] == "cross_site"

    poll = (
        b"POST /poll?r=Qm2aa0bk3Pq9xZa7 HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + origin + b"\r\n"
        b"Content-Type: application/octet-stream\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    assert head_of(exchange(server, poll))[0].startswith("HTTP/1.1 403")
    assert server.log_text() == before, "a refusal, never an exception in the log"


# -- (c) the server's close frees the address's slot at once --------------------------------------


def closed_by_the_server(server: ServerProcess) -> RawWebSocket:
    """A WebSocket the server has just closed (a frame that is not msgpack), its close not answered."""
    client = RawWebSocket(server.port)
    client.handshake()
    client.send(frame(BINARY, b"\xc1 not msgpack"))
    while client.receive().opcode != CLOSE:
        pass
    return client


def test_a_client_that_never_answers_the_close_does_not_keep_its_slot(server: ServerProcess) -> None:
    silent = [closed_by_the_server(server) for _ in range(CEILING)]
    try:
        # uvicorn waits 10 s for the answer; the address was at its ceiling all that while.
        assert wait_until_served(server), "the slots of closed sockets are still taken"
    finally:
        for client in silent:
            client.close()
    # A polite client's answer still ends the handshake: the server then closes the socket.
    time.sleep(0.5)  # the silent ones, closed by their clients just now, are gone
    polite = closed_by_the_server(server)
    polite.send(frame(CLOSE, b"\x03\xe8"))
    started = time.monotonic()
    assert polite.sock.recv(1) == b"", "the server closes the TCP connection once it has the answer"
    assert time.monotonic() - started < 2.0
    polite.close()


def test_closing_sockets_have_a_ceiling_of_their_own(server: ServerProcess) -> None:
    # Out of the address's ceiling, a socket waiting for the answer to the server's close counts
    # among the address's closing sockets, as many as it may hold open; past them it is dropped.
    time.sleep(0.5)  # the last test's closing sockets, closed by their clients, are gone by now
    lingering = [closed_by_the_server(server) for _ in range(CEILING)]
    try:
        assert wait_until_served(server)
        extra = RawWebSocket(server.port, timeout=5)
        extra.handshake()
        extra.send(frame(BINARY, b"\xc1 not msgpack"))
        started = time.monotonic()
        with contextlib.suppress(ConnectionResetError):
            while extra.sock.recv(65536):
                pass
        assert time.monotonic() - started < 2.0, "dropped at once, not after the 10 s close timeout"
        extra.close()
    finally:
        for client in lingering:
            client.close()


def wait_until_served(server: ServerProcess, seconds: float = 2.0) -> bool:
    """The address is below its ceiling within ``seconds`` (a closed socket is forgotten a moment later)."""
    deadline = time.monotonic() + seconds
    while not served(server):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_client_that_reads_nothing_is_cut_off_after_the_close_timeout() -> None:
    # An in-process uvicorn, to see its connections: uvicorn's close timer only closes the
    # transport, which waits for its buffer to drain, for ever when the peer reads nothing.
    class Quick(SendNowProtocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.close_timeout = 0.5

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        await receive()
        await send({"type": "websocket.accept"})
        send_now = scope["extensions"][SEND_NOW]
        while send_now(b"x" * 65536):  # until the socket's buffer is above its high-water mark
            pass
        # The close waits for the full buffer to drain: given up, as the hub's goodbye is (world/link.py).
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(0.2):
                await send({"type": "websocket.close", "code": 1000})

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, port=port, ws=Quick, log_level="warning", lifespan="on"))

    async def scenario() -> float:
        serving = asyncio.create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.01)
        client = RawWebSocket(port, receive_buffer=4096)
        try:
            await asyncio.to_thread(client.handshake)
            started = time.monotonic()
            while server.server_state.connections and time.monotonic() - started < 5:
                await asyncio.sleep(0.05)
            return time.monotonic() - started
        finally:
            client.close()
            server.should_exit = True
            await serving

    assert asyncio.run(scenario()) < 3.0, "the socket is let go once the close timeout has passed"


# -- other ways a malformed request reached a 500 -------------------------------------------------


def post_json(server: ServerProcess, path: str, body: bytes) -> tuple[int, dict[str, Any]]:
    request = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    answer = exchange(server, request + body)
    return int(answer[9:12]), json.loads(answer.split(b"\r\n\r\n", 1)[1])


def get(server: ServerProcess, target: str) -> bytes:
    return exchange(server, f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())


@pytest.mark.parametrize("digits", ["%C2%B2", "%C2%B9%C2%B2", "%D9%A1%D9%A2", "%EF%BC%91"])  # ² ¹² ١٢ １
def test_a_page_number_in_other_digits_is_not_a_500(server: ServerProcess, digits: str) -> None:
    # ``"²".isdigit()`` is true and ``int("²")`` raises: the wall's page and its API answered 500.
    before = server.log_text()
    assert get(server, f"/kabe?before={digits}").startswith(b"HTTP/1.1 200"), "the wall from its start"
    api = get(server, f"/api/posts/kabe?before={digits}")
    assert api.startswith(b"HTTP/1.1 400"), "the API says before must be a number, as for any other word"
    assert json.loads(api.split(b"\r\n\r\n", 1)[1])["error"] == "before"
    assert server.log_text() == before


@pytest.mark.parametrize(
    "body",
    [
        b'{"message": "\\ud800"}',
        b'{"message": "\\udfff\\ud800"}',
        b'{"message": "\xe3\x82\x84\xe3\x81\x82", "history": [{"from": "you", "text": "\\ud83d"}]}',
        b'{"message": "\xe3\x82\x84\xe3\x81\x82", "history": [{"from": "robo", "text": "\\ud83d"}]}',
    ],
)
def test_a_lone_surrogate_is_a_400_from_the_robot(server: ServerProcess, body: bytes) -> None:
    # A lone surrogate is valid JSON and no UTF-8 can carry it: the tokenizer raised (a 500).
    before = server.log_text()
    status, answer = post_json(server, "/api/robot", body)
    assert (status, answer["error"]) == (400, "bad_request")
    assert answer["message"], "the usual kind words"
    assert server.log_text() == before


GRID_PATHS = (
    "/",
    "/help",
    "/exit",
    "/kabe",
    "/tana",
    "/robo",
    "/api/posts/kabe",
    "/api/posts/tana",
    "/kabe/posts/sent",
    "/staff/",
    "/staff/login",
    "/staff/stats",
    "/api/counts",
    "/api/rooms",
    "/sw.js",
    "/static/%00",
    "/%E3%81%82",
)
GRID_QUERIES = tuple(
    f"{name}={value}"
    for name in ("before", "category", "care", "done")
    for value in (
        "%C2%B2",
        "%D9%A1",
        "%EF%BC%91",
        "99999999999999999999",
        "-1",
        "%00",
        "%ff",
        "%E2%80%AE",
        "%",
        "x" * 2000,
    )
)
GRID_COOKIES = (
    "kakurega_b=\xff\xfe",
    "kakurega_receipts=" + "a." * 2000,
    'kakurega_staff="\\"',
    "kakurega_staff_login=%ff",
    ";;=;;",
)


def answered(answer: bytes) -> bool:
    """An HTTP answer of its own: 2xx, 3xx or 4xx (not a 5xx, not a dropped connection)."""
    return answer[:9] == b"HTTP/1.1 " and answer[9:10] in (b"2", b"3", b"4")


def test_a_grid_of_malformed_requests_never_reaches_a_500(server: ServerProcess) -> None:
    # Odd digits, bytes and lengths in the query, odd cookies under a hostile Host, on every kind of
    # page: each gets an answer of its own and the log stays empty.
    before = server.log_text()
    failed = [
        f"{path}?{query}"
        for path in GRID_PATHS
        for query in GRID_QUERIES
        if not answered(get(server, f"{path}?{query}"))
    ]
    for path in GRID_PATHS:
        for cookie in GRID_COOKIES:
            request = (
                f"GET {path} HTTP/1.1\r\nHost: evil.example\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
            )
            if not answered(exchange(server, request.encode("latin-1"))):
                failed.append(f"{path} Cookie: {cookie[:40]}")
    assert failed == []
    assert server.log_text() == before


def send_head(server: ServerProcess, head: bytes) -> bytes:
    """What a request head gets, read even if the server closed before taking all of it."""
    return answers_to(server, head)


@pytest.mark.parametrize(
    ("size", "served"), [(40 * 1024, True), (200 * 1024, False), (4 * 1024 * 1024, False)]
)
@pytest.mark.parametrize("where", ["header", "target"])
def test_a_request_head_is_at_most_64_kib(server: ServerProcess, size: int, served: bool, where: str) -> None:
    # httptools sets no limit: a header of 4 MB was read whole into memory and served.
    before = server.log_text()
    filler = b"a" * size
    if where == "header":
        head = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + filler
    else:
        head = b"GET /healthz?" + filler + b" HTTP/1.1\r\nHost: 127.0.0.1"
    answer = send_head(server, head + b"\r\nConnection: close\r\n\r\n")
    if served:
        assert answer.startswith(b"HTTP/1.1 200")
    else:
        status, headers = head_of(answer)
        assert status == "HTTP/1.1 431 Request Header Fields Too Large"
        assert headers["x-content-type-options"] == "nosniff"
    assert server.log_text() == before
