"""The server-rendered pages as HTML (no browser needed): routes, the kind 404, and CSP-safe markup."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from rooms.catalogue import ROOMS
from server import Settings, create_app

EXIT_URL = "https://exit.example/"
PAGES = ["/", "/help", *(f"/{slug}" for slug in ROOMS if slug != "genkan")]


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(exit_url=EXIT_URL))) as test_client:
        yield test_client


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_help_and_quick_exit_and_no_inline_code(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    html = response.text
    assert '<html lang="ja">' in html
    assert 'name="viewport"' in html
    assert f'href="{EXIT_URL}"' in html and f'data-exit-url="{EXIT_URL}"' in html
    assert 'href="/help"' in html
    assert not re.search(r"\sstyle=", html), "the CSP forbids style attributes"
    assert not re.search(r"\son[a-z]+=", html), "the CSP forbids inline handlers"
    for script in re.findall(r"<script\b[^>]*>", html):
        assert 'src="/' in script or 'type="application/json"' in script, script
    # Links may point elsewhere (a hotline's chat page); nothing may be *loaded* from elsewhere.
    loaded = re.findall(r'\ssrc="([^"]*)"', html) + re.findall(r'<link\b[^>]*href="([^"]*)"', html)
    assert loaded and all(url.startswith("/") and not url.startswith("//") for url in loaded), loaded


def test_rooms_show_their_name_count_and_door_back(client: TestClient) -> None:
    html = client.get("/hoshi").text
    assert '<h1 class="room-title">ほしぞら</h1>' in html
    assert 'class="door-link" href="/"' in html
    assert 'data-room="hoshi"' in html and 'id="feature"' in html
    assert re.search(r"このへやに \d+にん", html)
    assert "night" in re.search(r"<body class=\"([^\"]*)\"", html).group(1)  # type: ignore[union-attr]


def test_entrance_lists_every_door_by_area(client: TestClient) -> None:
    html = client.get("/").text
    for slug, room in ROOMS.items():
        if slug != "genkan":
            assert f'href="/{slug}"' in html and room.name in html
    assert html.index("むきあう") < html.index("ロボのへや") < html.index("やりすごす")
    assert html.index("やりすごす") < html.index("ほしぞら")


def test_unknown_rooms_get_a_kind_404_and_genkan_is_the_entrance(client: TestClient) -> None:
    response = client.get("/nowhere")
    assert response.status_code == 404
    assert "げんかんに もどる" in response.text
    assert f'href="{EXIT_URL}"' in response.text
    moved = client.get("/genkan", follow_redirects=False)
    assert moved.status_code == 308 and moved.headers["location"] == "/"


def test_help_and_mado_carry_tap_to_call_numbers(client: TestClient) -> None:
    for path in ("/help", "/mado"):
        assert re.search(r'href="tel:[0-9+]+"', client.get(path).text), path


def test_small_paths_answer_as_a_visitor_expects(client: TestClient) -> None:
    staff = client.get("/staff", follow_redirects=False)
    assert staff.status_code == 308 and staff.headers["location"] == "/staff/"
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"] == "image/x-icon"
    assert icon.content[:4] == b"\x00\x00\x01\x00"
    worker = client.get("/sw.js")
    assert worker.status_code == 200 and worker.headers["content-type"].startswith("text/javascript")
    gone = client.get("/exit", follow_redirects=False)
    assert gone.status_code == 303 and gone.headers["location"] == EXIT_URL
    assert gone.headers["cache-control"] == "no-store"
