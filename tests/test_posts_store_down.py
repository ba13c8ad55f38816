"""Fail open for children: with the post database gone, the wall and the shelf still open (PostgreSQL)."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from tests.support.databases import _admin, fresh_postgres
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server_without_database() -> Iterator[ServerProcess]:
    with fresh_postgres() as url:
        server = ServerProcess({"KAKUREGA_DATABASE_URL": url}).start()
        try:
            # The database disappears under the running server (its connections cut too).
            asyncio.run(_admin(f'DROP DATABASE "{make_url(url).database}" WITH (FORCE)'))
            yield server
        finally:
            server.stop()


def fetch(url: str, body: dict | None = None) -> tuple[int, str]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.mark.parametrize("room", ["kabe", "tana"])
def test_the_room_opens_with_help_and_the_way_out(server_without_database: ServerProcess, room: str) -> None:
    status, page = fetch(f"{server_without_database.base_url}/{room}")
    assert status == 200
    assert 'href="/help"' in page
    assert "data-quick-exit" in page
    assert "いまは よみこめないよ" in page
    assert 'class="posts-form"' in page  # writing is still offered: a post then gets a kind 503


def test_the_lists_say_busy_in_words(server_without_database: ServerProcess) -> None:
    base = server_without_database.base_url
    for status, body in (
        fetch(f"{base}/api/posts/kabe"),
        fetch(f"{base}/api/posts/receipts", {"receipts": ["a" * 32]}),
    ):
        assert status == 503
        assert json.loads(body)["error"] == "busy"
