"""The test servers' start: a server is healthy only when it answers on its own port.

``free_port`` hands out a port it has let go, so two tests at once can be given the same one. In
a full run the durability test once started its server on a port another test's server had just
taken: the new server failed to bind, the other answered ``/healthz``, and the test posted for
30 s to a server whose database was gone (0 posts acknowledged).
"""

from __future__ import annotations

import http.server
import socket
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator

import pytest

from loadtest.target import free_port, listens_on, wait_healthy
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.integration


class _Healthy(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def another_server() -> Iterator[int]:
    """A server of this test process's own on a free port, answering every path with 200."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Healthy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def test_an_answer_from_another_process_on_the_port_is_not_healthy(another_server: int) -> None:
    url = f"http://127.0.0.1:{another_server}/healthz"
    with urllib.request.urlopen(url, timeout=2) as response:
        assert response.status == 200, "the port answers"
    idle = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert not listens_on(idle.pid, another_server)
        assert wait_healthy(idle, url, timeout=1.0, step=0.05) == "late"
    finally:
        idle.kill()
        idle.wait()


def test_a_server_whose_chosen_port_was_taken_starts_on_another() -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    server = ServerProcess()
    server.port = taken.getsockname()[1]  # as if free_port had given it to two tests at once
    try:
        server.start()
        assert server.port != taken.getsockname()[1]
        assert listens_on(server.process.pid, server.port)  # type: ignore[union-attr]
        with urllib.request.urlopen(f"{server.base_url}/healthz", timeout=5) as response:
            assert response.status == 200
    finally:
        server.stop()
        taken.close()


def test_a_port_the_test_gave_is_kept_and_a_taken_one_is_an_error() -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    server = ServerProcess(port=taken.getsockname()[1])
    try:
        with pytest.raises(RuntimeError):
            server.start(timeout=30)
    finally:
        server.kill()
        taken.close()


def test_free_port_gives_a_port_nothing_listens_on() -> None:
    port = free_port()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", port))  # would raise if something held it
