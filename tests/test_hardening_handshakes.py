"""Sockets that never finish a request, and uvicorn's own answers, against a real ``kakurega serve``.

Before: a socket that sent half a request was held for ever (and counted against the
concurrency limit, so enough of them made every page a 503); uvicorn's own 400 and the
WebSocket layer's refusals went out without the security headers.
"""

from __future__ import annotations

import socket
import urllib.request
from collections.abc import Iterator

import pytest

from tests.support.raw_ws import RawWebSocket
from tests.support.servers import ServerProcess, running_server

pytestmark = pytest.mark.integration

TIMEOUT = 1.0  # KAKUREGA_REQUEST_TIMEOUT in these tests
NEVER = 30.0  # how long a test waits for the server to act before calling it a failure


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    with running_server({"KAKUREGA_REQUEST_TIMEOUT": str(TIMEOUT)}) as process:
        yield process


def stalled(server: ServerProcess, start: bytes) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=NEVER)
    if start:
        sock.sendall(start)
    return sock


def answer_then_close(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the socket."""
    received = b""
    try:
        while chunk := sock.recv(65536):
            received += chunk
    except ConnectionResetError:
        pass
    finally:
        sock.close()
    return received


@pytest.mark.parametrize(
    "start",
    [
        b"",  # connects and says nothing
        b"GET / HTTP/1.1\r\nHost: x\r\n",  # headers never end
        b"GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n",  # an upgrade that never ends
        # a body that never ends
        b"POST /api/posts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 100\r\n\r\n{",
    ],
)
def test_a_request_not_complete_in_time_is_closed(server: ServerProcess, start: bytes) -> None:
    answer = answer_then_close(stalled(server, start))  # the server closes; before, this waited for ever
    assert answer == b"" or answer.startswith(b"HTTP/1.1 408")


def test_the_next_request_on_a_kept_alive_socket_is_timed_too(server: ServerProcess) -> None:
    sock = stalled(server, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    first = b""
    while not first.endswith(b"ok\n"):
        first += sock.recv(65536)
    assert first.startswith(b"HTTP/1.1 200")
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # and then nothing
    answer = answer_then_close(sock)
    assert answer == b"" or answer.startswith(b"HTTP/1.1 408")


def test_a_slow_but_complete_visitor_is_served(server: ServerProcess) -> None:
    # A whole request inside the timeout is served however it was cut into pieces.
    sock = stalled(server, b"GET /healthz HTTP/1.1\r\n")
    sock.sendall(b"Host: x\r\n\r\n")
    assert sock.recv(65536).startswith(b"HTTP/1.1 200")
    sock.close()
    with urllib.request.urlopen(f"{server.base_url}/healthz", timeout=5) as response:
        assert response.status == 200


def headers_of(answer: bytes) -> dict[str, str]:
    head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")[1:]
    return {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in head)}


def test_uvicorns_400_carries_the_security_headers_and_logs_nothing(server: ServerProcess) -> None:
    before = server.log_text()
    for _ in range(5):
        answer = answer_then_close(stalled(server, b"NOT HTTP AT ALL\r\n\r\n"))
        assert answer.startswith(b"HTTP/1.1 400")
    headers = headers_of(answer)
    assert headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" in headers
    assert server.log_text() == before, "a client's malformed request is not a line in the log"


def test_a_refused_websocket_handshake_carries_the_security_headers(server: ServerProcess) -> None:
    request = b"GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"  # no key
    answer = answer_then_close(stalled(server, request))
    assert answer.startswith(b"HTTP/1.1 400")
    assert headers_of(answer)["x-content-type-options"] == "nosniff"


# -- open sockets per address, counted from accept ---------------------------------------------


@pytest.fixture(scope="module")
def tight() -> Iterator[ServerProcess]:
    # 127.0.0.1 is not a trusted proxy here: the tests' own address is a visitor's.
    env = {
        "KAKUREGA_REQUEST_TIMEOUT": str(TIMEOUT),
        "KAKUREGA_MAX_PER_ADDRESS": "3",
        "KAKUREGA_FORWARDED_ALLOW_IPS": "192.0.2.1",
    }
    with running_server(env) as process:
        yield process


def served(server: ServerProcess) -> bytes:
    """What a whole request on a new socket gets (a refused socket is answered at once)."""
    return answer_then_close(
        stalled(server, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    )


def until_served(server: ServerProcess) -> bytes:
    # The server forgets a socket a moment after closing it: ask a few times.
    for _ in range(50):
        answer = served(server)
        if answer.startswith(b"HTTP/1.1 200"):
            return answer
    return answer


def test_silent_sockets_count_against_the_address_from_accept(tight: ServerProcess) -> None:
    silent = [stalled(tight, b"") for _ in range(3)]
    refused = served(tight)
    assert refused.startswith(b"HTTP/1.1 503"), "the address is at its ceiling before any request"
    assert headers_of(refused)["retry-after"]
    for sock in silent:
        answer = answer_then_close(sock)  # closed by the server after the request timeout
        assert answer == b"" or answer.startswith(b"HTTP/1.1 408")
    assert until_served(tight).startswith(b"HTTP/1.1 200"), "closed sockets are forgotten"


def test_an_upgraded_socket_stays_counted_until_it_closes(tight: ServerProcess) -> None:
    sockets = [RawWebSocket(tight.port) for _ in range(3)]
    for sock in sockets:
        sock.handshake()
    assert served(tight).startswith(b"HTTP/1.1 503")
    sockets[0].close()
    assert until_served(tight).startswith(b"HTTP/1.1 200"), "the WebSocket's close released its count"
    for sock in sockets[1:]:
        sock.close()


# -- the attack: stalled sockets from one machine make every page a 503 ---------------


def test_stalled_sockets_no_longer_keep_every_page_a_503() -> None:
    # uvicorn answers 503 past limit_concurrency (KAKUREGA_MAX_CONNECTIONS + 500 = 501 here).
    env = {"KAKUREGA_REQUEST_TIMEOUT": str(TIMEOUT), "KAKUREGA_MAX_CONNECTIONS": "1"}
    with running_server(env) as server:
        stalled_sockets = [stalled(server, b"GET / HTTP/1.1\r\nHost: x\r\n") for _ in range(510)]
        busy = served(server)
        assert busy.startswith(b"HTTP/1.1 503")
        assert headers_of(busy)["x-content-type-options"] == "nosniff", "uvicorn's 503 too"
        for sock in stalled_sockets:  # each is closed by the server once its time is up
            sock.settimeout(TIMEOUT * 10)  # (they were all opened within the last moment)
            answer_then_close(sock)
        assert until_served(server).startswith(b"HTTP/1.1 200"), "pages are served again"
