"""Hostile HTTP bodies against a real ``kakurega serve``: decoders fail loudly and quietly.

Loudly to the client (a 400 with the usual kind error), quietly in the log (no traceback
for a client's mistake: anyone could fill the log that way).
"""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from tests.support.servers import ServerProcess, running_server

pytestmark = pytest.mark.integration

SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy")
DEEP = "[" * 1000 + "]" * 1000  # fits in 16 KiB; Python's json recursed once per level


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    # Every test here sends the robot something: its per-address budget must not be what answers.
    with running_server({"KAKUREGA_ROBOT_RATE": "1000", "KAKUREGA_ROBOT_BURST": "1000"}) as process:
        yield process


def post(
    server: ServerProcess, path: str, body: bytes, content_type: str
) -> tuple[int, dict, dict[str, str]]:
    request = urllib.request.Request(
        f"{server.base_url}{path}", data=body, method="POST", headers={"content-type": content_type}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read()), dict(answer.headers.items())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read()), dict(error.headers.items())


def test_the_json_content_type_is_case_insensitive(server: ServerProcess) -> None:
    status, answer, _ = post(
        server, "/api/posts/receipts", b'{"receipts": []}', "Application/JSON; Charset=UTF-8"
    )
    assert (status, answer) == (200, {"receipts": {}})
    status, answer, _ = post(server, "/api/robot", '{"message": "やあ"}'.encode(), "APPLICATION/JSON")
    assert status == 200 and answer["reply"]


@pytest.mark.parametrize(
    ("path", "body", "code"),
    [
        ("/api/posts", '{"room": "kabe", "body": %s}', "not_text"),
        ("/api/posts/receipts", '{"receipts": %s}', "not_text"),
        ("/api/robot", '{"message": "やあ", "history": %s}', "bad_request"),
    ],
)
def test_deep_json_is_a_400_and_no_traceback(server: ServerProcess, path: str, body: str, code: str) -> None:
    before = server.log_text()
    status, answer, headers = post(server, path, (body % DEEP).encode(), "application/json")
    assert status == 400
    assert answer["error"] == code and answer["message"], "the usual kind error"
    assert all(name in {h.lower() for h in headers} for name in SECURITY_HEADERS)
    assert server.log_text() == before, "nothing in the log for a client's mistake"


@pytest.mark.parametrize(
    "body",
    [b"\xff\xfe{}", b'{"room": "kabe", "body": "\xed\xa0\x80"}', b"1" * 5000, b"[" * 15000, b'{"a":' * 3000],
)
def test_any_undecodable_body_is_a_400(server: ServerProcess, body: bytes) -> None:
    before = server.log_text()
    for path in ("/api/posts", "/api/posts/receipts", "/api/robot"):
        status, answer, _ = post(server, path, body, "application/json")
        assert status == 400, (path, answer)
    assert server.log_text() == before


def test_ordinary_nesting_is_not_refused() -> None:
    from rooms.posts.http import nests_too_deep

    history = json.dumps({"message": "[[{{", "history": [{"from": "you", "text": "]]]}}}" * 40}] * 8})
    assert not nests_too_deep(history.encode())
    assert nests_too_deep(("[" * 17 + "]" * 17).encode())
    assert not nests_too_deep(json.dumps(['\\"[' * 100]).encode()), "escaped quotes stay inside the string"


def test_an_unexpected_error_still_carries_the_security_headers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Starlette's 500 page is made outside the middleware list: the headers wrap the whole app.
    from starlette.routing import Route
    from starlette.testclient import TestClient

    import server as kakurega
    from settings import Settings

    async def broken(request: object) -> None:
        raise RuntimeError("a bug, not a client's mistake")

    app = kakurega.create_app(Settings(database_url=f"sqlite:///{tmp_path / 'e.db'}", secret_key="k" * 32))
    app.router.routes.insert(0, Route("/broken", broken))
    with TestClient(app, raise_server_exceptions=False) as client:
        answer = client.get("/broken")
    assert answer.status_code == 500
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" in answer.headers


def test_a_client_that_hangs_up_mid_body_leaves_no_traceback(server: ServerProcess) -> None:
    before = server.log_text()
    head = (
        b"POST /api/posts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: 100\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as hanging_up:
        hanging_up.sendall(head + b'{"room": "kabe", ')
    # The server hears the hang-up at once; its traceback, if any, was written within moments.
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        assert server.log_text() == before, "a client hanging up is not a line in the log"
        time.sleep(0.1)
    status, _, _ = post(server, "/api/posts/receipts", b'{"receipts": []}', "application/json")
    assert status == 200, "and the server goes on"


def answers_to_pipelined(server: ServerProcess, requests: int) -> tuple[int, bytes]:
    """``requests`` GETs in one write, none waiting for its answer: how many 200s came back, and the rest."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" * requests)
        received = b""
        while received.count(b"HTTP/1.1 200") < requests:
            try:
                chunk = sock.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not chunk:
                break
            received += chunk
    return received.count(b"HTTP/1.1 200"), received


def test_a_flood_of_requests_sent_ahead_is_cut_off_not_queued(server: ServerProcess) -> None:
    # uvicorn parsed and queued every request sent ahead of its answers: 1,500 tiny requests in
    # one write held ~3.4 MB of the server's memory, from each socket an address may open.
    answered, received = answers_to_pipelined(server, 2000)
    assert answered <= 20, f"{answered} of 2000 requests sent ahead were queued and answered"
    assert b"HTTP/1.1 400" in received
    # A client that sends a few ahead (no browser does) is still served.
    assert answers_to_pipelined(server, 8)[0] == 8
