"""Request heads that say two things, and the head limit on pipelined requests, on real sockets.

Each test is a gap that was open: a request with two ``Host`` headers (or a ``Host`` and a target
naming another host) was served, as was a ``/ws`` handshake or a ``/poll`` with two ``Origin``
headers (the app read the last one); and the 64 KiB head limit counted every byte of a read
that ended inside a head, earlier requests and bodies included, while a head that came whole
in one read was never counted at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.support.servers import ServerProcess, answers_to, running_server

pytestmark = pytest.mark.integration

UPGRADE = (
    b"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
    b"Sec-WebSocket-Version: 13\r\n"
)


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    with running_server({"KAKUREGA_FORWARDED_ALLOW_IPS": "192.0.2.1"}) as process:
        yield process


def statuses(answer: bytes) -> list[str]:
    """The status lines of the answers in ``answer``, in order (each body skipped by its length)."""
    found = []
    while answer:
        head, _, rest = answer.partition(b"\r\n\r\n")
        found.append(head.split(b"\r\n", 1)[0].decode("latin-1"))
        length = re.search(rb"\r\ncontent-length: *(\d+)", head, re.IGNORECASE)
        answer = rest[int(length.group(1)) :] if length else b""
    return found


def refused_with_400(answer: bytes, reason: bytes) -> None:
    assert statuses(answer) == ["HTTP/1.1 400 Bad Request"], answer[:300]
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"\r\nx-content-type-options: nosniff" in head.lower()
    assert b"\r\nconnection: close" in head.lower()
    assert body == reason


# -- (a) one request, one Host, one Origin -------------------------------------------------------


@pytest.mark.parametrize(
    "hosts",
    [
        b"Host: 127.0.0.1\r\nHost: 127.0.0.1\r\n",
        b"Host: 127.0.0.1\r\nHost: evil.example\r\n",
        b"Host: evil.example\r\nX-Other: 1\r\nhOsT: 127.0.0.1\r\n",
    ],
)
@pytest.mark.parametrize("target", [b"/healthz", b"/ws", b"/poll", b"/staff/login"])
def test_two_host_headers_are_a_400(server: ServerProcess, hosts: bytes, target: bytes) -> None:
    before = server.log_text()
    extra = UPGRADE if target == b"/ws" else b""
    answer = answers_to(server, b"GET " + target + b" HTTP/1.1\r\n" + hosts + extra + b"\r\n")
    refused_with_400(answer, b"More than one Host header\n")
    assert server.log_text() == before


@pytest.mark.parametrize(
    "target",
    [
        b"http://evil.example/healthz",
        b"http://evil.example:80/healthz",
        b"https://127.0.0.1.evil.example/healthz",
        b"http://user@127.0.0.1/healthz",
        b"ftp://127.0.0.1/healthz",
        b"http://127.0.0.1:1/healthz",
    ],
)
def test_a_target_naming_another_host_is_a_400(server: ServerProcess, target: bytes) -> None:
    answer = answers_to(server, b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    refused_with_400(answer, b"The target names another host than Host\n")


@pytest.mark.parametrize(
    ("target", "host"),
    [
        (b"http://127.0.0.1/healthz", b"127.0.0.1"),
        (b"HTTP://LOCALHOST/healthz", b"localhost"),
        (b"http://127.0.0.1:80/healthz", b"127.0.0.1"),
        (b"https://example.org:443/healthz", b"Example.org"),
        (b"http://example.org:8000/healthz", b"example.org:8000"),
    ],
)
def test_a_target_naming_the_same_host_is_served(server: ServerProcess, target: bytes, host: bytes) -> None:
    answer = answers_to(
        server, b"GET " + target + b" HTTP/1.1\r\nHost: " + host + b"\r\nConnection: close\r\n\r\n"
    )
    assert statuses(answer) == ["HTTP/1.1 200 OK"], answer[:300]


def test_an_absolute_target_without_a_host_is_a_400(server: ServerProcess) -> None:
    answer = answers_to(server, b"GET http://127.0.0.1/healthz HTTP/1.1\r\n\r\n")
    refused_with_400(answer, b"The target names another host than Host\n")


def test_an_http_1_1_request_without_a_host_is_a_400(server: ServerProcess) -> None:
    # RFC 9112 §3.2: a server must answer 400 to an HTTP/1.1 request with no Host (browsers,
    # proxies and probes all send one; the app would otherwise build its URLs from nothing)
    answer = answers_to(server, b"GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n")
    refused_with_400(answer, b"No Host header\n")


def test_an_http_1_0_request_without_a_host_is_served(server: ServerProcess) -> None:
    # HTTP/1.0 had no Host header: old tools still send such requests
    answer = answers_to(server, b"GET /healthz HTTP/1.0\r\n\r\n")
    assert statuses(answer) == ["HTTP/1.1 200 OK"], answer[:300]


@pytest.mark.parametrize("order", ["ours last", "ours first"])
def test_a_handshake_with_two_origins_is_a_400(server: ServerProcess, order: str) -> None:
    ours, theirs = f"http://127.0.0.1:{server.port}".encode(), b"http://evil.example"
    first, second = (theirs, ours) if order == "ours last" else (ours, theirs)
    origins = b"Origin: " + first + b"\r\nOrigin: " + second + b"\r\n"
    before = server.log_text()
    answer = answers_to(server, b"GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\n" + origins + UPGRADE + b"\r\n")
    refused_with_400(answer, b"More than one Origin header\n")
    assert server.log_text() == before


@pytest.mark.parametrize("order", ["ours last", "ours first"])
@pytest.mark.parametrize("request_line", [b"POST /poll HTTP/1.1", b"GET /poll/abc HTTP/1.1"])
def test_a_poll_with_two_origins_is_a_400(server: ServerProcess, order: str, request_line: bytes) -> None:
    ours, theirs = f"http://127.0.0.1:{server.port}".encode(), b"http://evil.example"
    first, second = (theirs, ours) if order == "ours last" else (ours, theirs)
    origins = b"Origin: " + first + b"\r\nOrigin: " + second + b"\r\n"
    body = b"" if request_line.startswith(b"GET") else b"content-type: application/octet-stream\r\n"
    answer = answers_to(
        server, request_line + b"\r\nHost: 127.0.0.1\r\n" + origins + body + b"content-length: 0\r\n\r\n"
    )
    refused_with_400(answer, b"More than one Origin header\n")


def test_one_host_and_one_origin_are_served(server: ServerProcess) -> None:
    origin = f"http://127.0.0.1:{server.port}".encode()
    request = (
        b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + origin + b"\r\nConnection: close\r\n\r\n"
    )
    assert statuses(answers_to(server, request)) == ["HTTP/1.1 200 OK"]


# -- (b) the head limit counts a head's own bytes ------------------------------------------------


def small_request(index: int, *, close: bool = False) -> bytes:
    # A few KB of cookies, as a browser sends with every request.
    return b"GET /healthz?n=%d HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: k=%s\r\n%s\r\n" % (
        index,
        b"c" * 5000,
        b"Connection: close\r\n" if close else b"",
    )


def test_a_pipelining_client_with_many_small_requests_is_served(server: ServerProcess) -> None:
    # Fifteen requests (~75 KB) in one write, the last one's head split over two writes: the
    # read that ended inside it was counted whole, earlier requests and all, and refused with 431.
    requests = b"".join(small_request(index) for index in range(14)) + small_request(14, close=True)
    cut = len(requests) - 2000
    answer = answers_to(server, requests[:cut], requests[cut:])
    assert statuses(answer) == ["HTTP/1.1 200 OK"] * 15


def test_a_body_is_not_counted_as_a_head(server: ServerProcess) -> None:
    # A 100 KB body, then the next request's head split over two writes.
    body = b"x" * 100_000
    first = b"POST /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
    second = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    answer = answers_to(server, first + second[:20], second[20:])
    assert statuses(answer) == ["HTTP/1.1 405 Method Not Allowed", "HTTP/1.1 200 OK"]


@pytest.mark.parametrize("split", [False, True])
def test_an_oversize_head_on_the_second_pipelined_request_is_refused(
    server: ServerProcess, split: bool
) -> None:
    before = server.log_text()
    second = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + b"a" * 100_000 + b"\r\n\r\n"
    writes = [small_request(0) + second[:50], second[50:]] if split else [small_request(0) + second]
    answer = answers_to(server, *writes)
    assert statuses(answer) == ["HTTP/1.1 200 OK", "HTTP/1.1 431 Request Header Fields Too Large"]
    assert answer.endswith(b"Request head too large\n")
    assert server.log_text() == before


@pytest.mark.parametrize("writes", [1, 2])
def test_a_head_that_ends_inside_a_read_is_counted(server: ServerProcess, writes: int) -> None:
    # A 100 KB head written at once is usually read at once, or in two writes of 50 KB in two
    # reads: it was complete at the end of the read, so that read was never counted.
    head = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + b"a" * 100_000 + b"\r\n\r\n"
    cut = len(head) // 2
    answer = answers_to(server, head) if writes == 1 else answers_to(server, head[:cut], head[cut:])
    assert statuses(answer) == ["HTTP/1.1 431 Request Header Fields Too Large"]
