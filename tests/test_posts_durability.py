"""Every post acknowledged with 202 survives the server being SIGKILLed mid-burst (real processes)."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.databases import BACKENDS, fresh_database
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.integration

WRITERS = 8
ACKNOWLEDGED_BEFORE_KILL = 60


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with fresh_database(request.param, tmp_path) as url:
        yield url


def server_env(database_url: str) -> dict[str, str]:
    return {
        "KAKUREGA_DATABASE_URL": database_url,
        "KAKUREGA_POSTS_BROWSER_BURST": "1000000",
        "KAKUREGA_POSTS_ADDRESS_BURST": "1000000",
    }


def writer(port: int, acknowledged: list[str], lock: threading.Lock, stop: threading.Event, n: int) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    i = 0
    while not stop.is_set():
        body = json.dumps({"room": "kabe", "body": f"writer {n} note {i}"})
        try:
            connection.request("POST", "/api/posts", body, {"content-type": "application/json"})
            response = connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            return  # the server is gone: whatever was not answered was never acknowledged
        if response.status == 202:
            with lock:
                acknowledged.append(json.loads(data)["receipt"])
        i += 1


def test_acknowledged_posts_survive_sigkill(database_url: str) -> None:
    first = ServerProcess(server_env(database_url)).start()
    acknowledged: list[str] = []
    lock, stop = threading.Lock(), threading.Event()
    threads = [
        threading.Thread(target=writer, args=(first.port, acknowledged, lock, stop, n), daemon=True)
        for n in range(WRITERS)
    ]
    try:
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 30
        while len(acknowledged) < ACKNOWLEDGED_BEFORE_KILL and time.monotonic() < deadline:
            time.sleep(0.01)
        first.kill()  # SIGKILL while the writers are still sending
    finally:
        stop.set()
        first.kill()
        for thread in threads:
            thread.join(15)
    assert len(acknowledged) >= ACKNOWLEDGED_BEFORE_KILL, "the burst was acknowledged before the kill"

    second = ServerProcess(server_env(database_url)).start()
    try:
        found: dict[str, str] = {}
        connection = http.client.HTTPConnection("127.0.0.1", second.port, timeout=10)
        for start in range(0, len(acknowledged), 50):
            chunk = acknowledged[start : start + 50]
            connection.request(
                "POST",
                "/api/posts/receipts",
                json.dumps({"receipts": chunk}),
                {"content-type": "application/json"},
            )
            found.update(json.loads(connection.getresponse().read())["receipts"])
    finally:
        second.stop()
    lost = [r for r in acknowledged if found.get(r) != "waiting"]
    assert lost == [], f"{len(lost)} of {len(acknowledged)} acknowledged posts were lost"
