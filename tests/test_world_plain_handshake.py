"""A plain browser handshake is taken as httptools parsed it (world/plain_handshake.py, world/send_now.py).

Two real uvicorn servers side by side, both with the server's HTTP and WebSocket protocols:
one as served, one whose WebSocket protocol never takes the handshake (websockets parses it
again, as uvicorn does on its own). For every request, the plain ones and those that are not,
both must answer the same bytes (but the date) and hand the app the same scope; and only the
plain ones may take the short way.
"""

from __future__ import annotations

import asyncio
import re
import socket
from typing import Any

import pytest
import uvicorn

from tests.test_world_send_now import free_port, lifespan
from world.http_guard import GuardedHttpProtocol
from world.plain_handshake import handshake_key, subprotocols
from world.send_now import SendNowProtocol

KEY = b"dGhlIHNhbXBsZSBub25jZQ=="
PLAIN = [
    (b"host", b"127.0.0.1:8000"),
    (b"upgrade", b"websocket"),
    (b"connection", b"Upgrade"),
    (b"sec-websocket-key", KEY),
    (b"sec-websocket-version", b"13"),
]
ways_taken: list[bool] = []


class Counted(SendNowProtocol):
    def upgrade(self, scope: dict[str, Any], target: bytes) -> bool:
        taken = super().upgrade(scope, target)
        ways_taken.append(taken)
        return taken


class NeverTaken(SendNowProtocol):
    def upgrade(self, scope: dict[str, Any], target: bytes) -> bool:
        return False


def scope_of(headers: list[tuple[bytes, bytes]], method: str = "GET", version: str = "1.1") -> dict[str, Any]:
    scope: dict[str, Any] = {"method": method, "headers": headers}
    if version != "1.1":  # httptools' scope says only another version
        scope["http_version"] = version
    return scope


def test_the_plain_handshake_gives_its_key() -> None:
    assert handshake_key(scope_of(PLAIN), b"/ws") == KEY.decode()
    offered = [*PLAIN, (b"origin", b"https://x.example"), (b"sec-websocket-protocol", b"kakurega.v1, other")]
    assert handshake_key(scope_of(offered), b"/ws?a=1") == KEY.decode()
    assert subprotocols(offered) == ["kakurega.v1", "other"]
    keep_alive = [(name, b"keep-alive, Upgrade" if name == b"connection" else value) for name, value in PLAIN]
    assert handshake_key(scope_of(keep_alive), b"/ws") == KEY.decode()


def without(name: bytes) -> list[tuple[bytes, bytes]]:
    return [header for header in PLAIN if header[0] != name]


def replaced(name: bytes, value: bytes) -> list[tuple[bytes, bytes]]:
    return [*without(name), (name, value)]


@pytest.mark.parametrize(
    ("headers", "method", "version", "target"),
    [
        (PLAIN, "POST", "1.1", b"/ws"),
        (PLAIN, "GET", "1.0", b"/ws"),
        (PLAIN, "GET", "1.1", "/wś".encode()),
        (without(b"connection"), "GET", "1.1", b"/ws"),
        (replaced(b"connection", b"keep-alive"), "GET", "1.1", b"/ws"),
        (replaced(b"connection", b"Upgrade, , x"), "GET", "1.1", b"/ws"),
        ([*PLAIN, (b"connection", b"Upgrade")], "GET", "1.1", b"/ws"),
        (replaced(b"upgrade", b"websocket, h2c"), "GET", "1.1", b"/ws"),
        ([*PLAIN, (b"upgrade", b"websocket")], "GET", "1.1", b"/ws"),
        (without(b"sec-websocket-key"), "GET", "1.1", b"/ws"),
        ([*PLAIN, (b"sec-websocket-key", KEY)], "GET", "1.1", b"/ws"),
        (replaced(b"sec-websocket-key", b"c2hvcnQ="), "GET", "1.1", b"/ws"),
        (replaced(b"sec-websocket-key", b"not base64 at all!!!!!!="), "GET", "1.1", b"/ws"),
        (without(b"sec-websocket-version"), "GET", "1.1", b"/ws"),
        (replaced(b"sec-websocket-version", b"8"), "GET", "1.1", b"/ws"),
        ([*PLAIN, (b"sec-websocket-version", b"13")], "GET", "1.1", b"/ws"),
        (
            [*PLAIN, (b"origin", b"https://a.example"), (b"origin", b"https://b.example")],
            "GET",
            "1.1",
            b"/ws",
        ),
        ([*PLAIN, (b"sec-websocket-protocol", b"a b")], "GET", "1.1", b"/ws"),
        ([*PLAIN, (b"content-length", b"5")], "GET", "1.1", b"/ws"),
        ([*PLAIN, (b"transfer-encoding", b"chunked")], "GET", "1.1", b"/ws"),
        ([*PLAIN, *[(b"x-many", b"1")] * 130], "GET", "1.1", b"/ws"),
        ([*PLAIN, (b"x-long", b"v" * 9000)], "GET", "1.1", b"/ws"),
    ],
)
def test_anything_else_is_left_to_websockets(
    headers: list[tuple[bytes, bytes]], method: str, version: str, target: bytes
) -> None:
    assert handshake_key(scope_of(headers, method, version), target) is None


def request(lines: list[bytes]) -> bytes:
    return b"\r\n".join([b"GET /ws?x=%C3%A9 HTTP/1.1", b"Host: 127.0.0.1", *lines]) + b"\r\n\r\n"


SHAKE = [
    b"Upgrade: websocket",
    b"Connection: Upgrade",
    b"Sec-WebSocket-Key: " + KEY,
    b"Sec-WebSocket-Version: 13",
]
# The request, and whether the short way was taken ([] : no upgrade at all, an HTTP request).
REQUESTS = {
    "plain": (request(SHAKE), [True]),
    "with a subprotocol": (request([*SHAKE, b"Sec-WebSocket-Protocol: other, kakurega.v1"]), [True]),
    "offering deflate": (request([*SHAKE, b"Sec-WebSocket-Extensions: permessage-deflate"]), [True]),
    "refused by the app": (request([*SHAKE, b"Sec-WebSocket-Protocol: refuse"]), [True]),
    "version 8": (request([*SHAKE[:3], b"Sec-WebSocket-Version: 8"]), [False]),
    "a short key": (request([*SHAKE[:2], b"Sec-WebSocket-Key: c2hvcnQ=", SHAKE[3]]), [False]),
    # Refused with a 400 before any upgrade (world/http_guard.py): neither way is taken.
    "two origins": (request([*SHAKE, b"Origin: http://a.example", b"Origin: http://b.example"]), []),
    "no Connection: upgrade": (request([SHAKE[0], b"Connection: keep-alive", *SHAKE[2:]]), []),
}


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        await lifespan(receive, send)
        return
    # The server's port differs between the two servers, the client's between connections.
    SCOPES.append({key: value for key, value in scope.items() if key not in IGNORED})
    if scope["type"] == "http":
        await send({"type": "http.response.start", "status": 426, "headers": [(b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})
        return
    await receive()  # websocket.connect
    if "refuse" in scope["subprotocols"]:
        await send({"type": "websocket.close", "code": 1008})  # the 403
        return
    offered = "kakurega.v1" if "kakurega.v1" in scope["subprotocols"] else None
    await send({"type": "websocket.accept", "subprotocol": offered})
    await send({"type": "websocket.send", "bytes": b"hello"})
    await receive()


SCOPES: list[dict[str, Any]] = []
IGNORED = ("state", "extensions", "client", "server")


def answer_of(port: int, raw: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(raw)
        answer = b""
        while b"\r\n\r\n" not in answer or (
            answer.startswith(b"HTTP/1.1 101") and not answer.endswith(b"hello")
        ):
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
        return re.sub(rb"(?i)\r\ndate: [^\r]*", b"\r\ndate: -", answer)


async def answers(protocol: type[SendNowProtocol], raw: bytes) -> tuple[bytes, list[dict[str, Any]]]:
    SCOPES.clear()
    port = free_port()
    http = GuardedHttpProtocol.guarded(
        request_timeout=10, forwarded_allow_ips="", sockets_of=lambda: None, security_headers=[]
    )
    config = uvicorn.Config(app, port=port, http=http, ws=protocol, log_level="warning", lifespan="on")
    config.ws_per_message_deflate = False
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    try:
        answer = await asyncio.to_thread(answer_of, port, raw)
        return answer, list(SCOPES)
    finally:
        server.should_exit = True
        await serving


@pytest.mark.parametrize("name", sorted(REQUESTS))
def test_both_ways_answer_the_same_bytes_and_scope(name: str) -> None:
    raw, taken = REQUESTS[name]
    ways_taken.clear()
    short = asyncio.run(answers(Counted, raw))
    assert ways_taken == taken
    assert short == asyncio.run(answers(NeverTaken, raw))
    if taken == [True] and name != "refused by the app":
        assert short[0].startswith(b"HTTP/1.1 101 ") and short[0].endswith(b"\x82\x05hello")
        assert short[1][0]["path"] == "/ws" and short[1][0]["query_string"] == b"x=%C3%A9"


# -- the 101's parts made once (world/plain_handshake.py ``accept_value``, ``answer_tail``) --------


@pytest.mark.parametrize(
    "key", ["dGhlIHNhbXBsZSBub25jZQ==", "AAAAAAAAAAAAAAAAAAAAAA==", "x3JJHMbDL1EzLkh9GBhXDw=="]
)
def test_accept_value_is_websockets_accept_key(key: str) -> None:
    from websockets.utils import accept_key

    from world.plain_handshake import accept_value

    assert accept_value(key) == accept_key(key).encode()


def _tail_as_written(
    defaults: list[tuple[bytes, bytes]], headers: list[tuple[bytes, bytes]], sub: str | None
) -> bytes:
    # What ``SendNowProtocol.send`` wrote after the Sec-WebSocket-Accept value, line by line.
    lines = [name.lower() + b": " + value for name, value in [*defaults, *headers]]
    if sub:
        lines.append(b"Sec-WebSocket-Protocol: " + sub.encode())
    return b"".join(b"\r\n" + line for line in lines) + b"\r\n\r\n"


@pytest.mark.parametrize("sub", [None, "", "kakurega.v1"])
@pytest.mark.parametrize("headers", [[], [(b"X-Extra", b"1"), (b"Set-Cookie", b"a=b")]])
def test_answer_tail_is_the_lines_written_and_kept_for_the_same_defaults(
    sub: str | None, headers: list[tuple[bytes, bytes]]
) -> None:
    from world.plain_handshake import answer_tail

    defaults = [(b"Date", b"Sun, 06 Dec 2026 15:00:00 GMT"), (b"Server", b"uvicorn")]
    tail = answer_tail(defaults, headers, sub)
    assert tail == _tail_as_written(defaults, headers, sub)
    again = answer_tail(defaults, headers, sub)
    assert again == tail
    if not headers:
        assert again is tail  # made once for the same defaults (uvicorn's list, renewed each second)
    # The next second's defaults: a new list, a new tail.
    later = [(b"Date", b"Sun, 06 Dec 2026 15:00:01 GMT"), (b"Server", b"uvicorn")]
    assert answer_tail(later, headers, sub) == _tail_as_written(later, headers, sub)
    assert answer_tail(defaults, headers, "other") == _tail_as_written(defaults, headers, "other")
