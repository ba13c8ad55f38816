"""Several instances on one PostgreSQL: they migrate once between them and see the same posts."""

from __future__ import annotations

import json
import threading
import urllib.request
from collections.abc import Iterator

import pytest

from tests.support.databases import fresh_postgres
from tests.support.posts_server import add_staff
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.integration


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with fresh_postgres() as url:
        yield url


def call(base: str, path: str, payload: object | None = None) -> dict:
    data = None if payload is None else json.dumps(payload).encode()
    request = urllib.request.Request(base + path, data, {"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def test_two_instances_start_together_and_share_posts(postgres_url: str) -> None:
    env = {"KAKUREGA_DATABASE_URL": postgres_url, "KAKUREGA_SECRET_KEY": "shared secret for both"}
    servers = [ServerProcess(env), ServerProcess(env)]
    # Both start at once against an empty database: the advisory lock lets one migrate.
    starters = [threading.Thread(target=server.start) for server in servers]
    for thread in starters:
        thread.start()
    for thread in starters:
        thread.join(60)
    try:
        one, two = (server.base_url for server in servers)
        receipt = call(one, "/api/posts", {"room": "kabe", "body": "どっちでも みえる？"})["receipt"]
        assert call(two, "/api/posts/receipts", {"receipts": [receipt]})["receipts"] == {receipt: "waiting"}
        add_staff(postgres_url, "mika", "a long enough secret")
    finally:
        for server in servers:
            server.stop()
