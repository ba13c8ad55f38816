"""Chromium where WebSockets are broken: the client falls back to long-polling by itself."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, WebSocketRoute, expect

from tests.browser.conftest import Visitor, open_context, remember

pytestmark = pytest.mark.browser

SOCKET = re.compile(r".*/ws$")


def refuse_upgrade(ws: WebSocketRoute) -> None:
    """As a filter that refuses the upgrade: the socket closes before a word is said."""
    ws.close()


def swallow_frames(ws: WebSocketRoute) -> None:
    """As a filter that lets the upgrade through and then carries nothing either way."""


@pytest.fixture
def people(browser: Browser, live_server: str) -> Iterator[Callable[..., Visitor]]:
    contexts: list[BrowserContext] = []

    def arrive(name: str, room: str, blocked: Callable[[WebSocketRoute], None] | None = None) -> Visitor:
        context, requests, console = open_context(browser)
        contexts.append(context)
        remember(context, name)
        page = context.new_page()
        if blocked is not None:
            page.route_web_socket(SOCKET, blocked)
        person = Visitor(context, page, requests, console)
        page.goto(f"{live_server}/{room}")
        return person

    yield arrive
    for context in contexts:
        context.close()


def walk_to(page: Page, x: int, y: int) -> None:
    box = page.locator("[data-room-canvas]").bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] * x / 1024, box["y"] + box["height"] * y / 768)


def sees_walk(page: Page, avatar_id: str, x: int, y: int) -> None:
    page.wait_for_function(
        "([id, x, y]) => window.__kakurega.state().avatars.some("
        "a => a.id === id && Math.abs(a.x - x) <= 3 && Math.abs(a.y - y) <= 3)",
        arg=[avatar_id, x, y],
        timeout=15_000,
    )


def test_with_websockets_refused_a_child_still_sees_the_others_walk(people: Callable[..., Visitor]) -> None:
    socket_person = people("かぜ", "asobi")
    socket_person.wait_until_in("asobi")
    polling_person = people("つき", "asobi", blocked=refuse_upgrade)
    polling_person.wait_until_in("asobi", timeout=15_000)
    others = {socket_person.state()["you"], polling_person.state()["you"]}

    started = time.monotonic()
    child = people("そら", "asobi", blocked=refuse_upgrade)
    child.page.wait_for_function(
        "ids => ids.every(id => window.__kakurega?.state().avatars.some(a => a.id === id))",
        arg=sorted(others),
        timeout=15_000,
    )
    seen_after = time.monotonic() - started
    print(f"\nfrom page load to seeing the others, with WebSocket upgrades refused: {seen_after:.2f} s")

    assert child.page.evaluate("window.__kakurega.transport()") == "poll"
    assert polling_person.page.evaluate("window.__kakurega.transport()") == "poll"
    assert socket_person.page.evaluate("window.__kakurega.transport()") == "ws"
    # No error was shown on the way: the status line stayed quiet.
    expect(child.page.locator("[data-status]")).to_be_hidden()

    # The others walk, and the child sees both; the child walks, and both see it.
    walk_to(socket_person.page, 200, 620)
    sees_walk(child.page, socket_person.state()["you"], 200, 620)
    walk_to(polling_person.page, 800, 650)
    sees_walk(child.page, polling_person.state()["you"], 800, 650)
    walk_to(child.page, 500, 700)
    child_id = child.state()["you"]
    sees_walk(socket_person.page, child_id, 500, 700)
    sees_walk(polling_person.page, child_id, 500, 700)
    # (The test's own init script cannot reach localStorage on about:blank; nothing else may fail.)
    errors = [line for line in child.console if "pageerror" in line and "'localStorage'" not in line]
    assert not errors, child.console

    # The choice is remembered for today: the next page polls at once, without a WebSocket.
    asked_for_sockets = [url for url in child.requests if url.startswith("ws://")]
    child.page.reload()
    child.wait_until_in("asobi", timeout=15_000)
    assert child.page.evaluate("window.__kakurega.transport()") == "poll"
    assert [url for url in child.requests if url.startswith("ws://")] == asked_for_sockets
    remembered = child.page.evaluate("localStorage.getItem('kakurega.transport')")
    assert remembered.startswith("poll ")


def test_a_filter_that_swallows_frames_is_noticed_too(people: Callable[..., Visitor]) -> None:
    started = time.monotonic()
    child = people("ほし", "hiru", blocked=swallow_frames)
    child.wait_until_in("hiru", timeout=20_000)
    print(f"\nin the room with a silent WebSocket: {time.monotonic() - started:.2f} s")
    assert child.page.evaluate("window.__kakurega.transport()") == "poll"
    expect(child.page.locator("[data-status]")).to_be_hidden()


def test_a_working_websocket_is_kept(people: Callable[..., Visitor]) -> None:
    person = people("うみ", "hoshi")
    person.wait_until_in("hoshi")
    assert person.page.evaluate("window.__kakurega.transport()") == "ws"
    assert person.page.evaluate("localStorage.getItem('kakurega.transport')") is None
