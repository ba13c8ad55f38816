"""Fail open for children: an unexpected error still answers with the way to help and the way out."""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.routing import Route
from starlette.testclient import TestClient

import server as kakurega
from settings import Settings

EXIT = "https://exit.example/?a=1&b=2"


async def broken(request: Request) -> None:
    raise RuntimeError("a bug, not a client's mistake")


def client_of(tmp_path: Path) -> TestClient:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'e.db'}", secret_key="k" * 32, exit_url=EXIT)
    app = kakurega.create_app(settings)
    app.router.routes.insert(0, Route("/broken", broken))
    app.router.routes.insert(0, Route("/api/broken", broken))
    return TestClient(app, raise_server_exceptions=False)


def test_a_page_that_breaks_still_offers_help_and_quick_exit(tmp_path: Path) -> None:
    with client_of(tmp_path) as client:
        answer = client.get("/broken")
    assert answer.status_code == 500
    assert answer.headers["content-type"].startswith("text/html")
    assert answer.headers["cache-control"] == "no-store"
    assert "content-security-policy" in answer.headers
    assert 'href="/help"' in answer.text
    assert 'class="quick-exit" href="https://exit.example/?a=1&amp;b=2"' in answer.text
    assert "data-quick-exit" in answer.text


def test_an_api_that_breaks_answers_in_json(tmp_path: Path) -> None:
    with client_of(tmp_path) as client:
        answer = client.get("/api/broken")
    assert answer.status_code == 500
    assert answer.json()["error"] == "server"
