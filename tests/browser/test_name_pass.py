"""The name pass in a real Chromium: kept with the name, sent back with it on the next page and
after a reconnect, dropped at a quick exit (static/js/identity.js, docs/protocol.md "The name pass")."""

from __future__ import annotations

import json
from collections.abc import Callable

import msgpack
import pytest
from playwright.sync_api import Browser, Page, WebSocket

from tests.browser.conftest import EXIT_URL, Visitor, open_context
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.browser


def record_hellos(page: Page) -> list[dict]:
    """Every ``hello`` this page sends, decoded, from every WebSocket it opens."""
    hellos: list[dict] = []

    def watch(socket: WebSocket) -> None:
        def sent(payload: bytes | str) -> None:
            if isinstance(payload, bytes):
                frame = msgpack.unpackb(payload)
                if isinstance(frame, dict) and frame.get("t") == "hello":
                    hellos.append(frame)

        socket.on("framesent", sent)

    page.on("websocket", watch)
    return hellos


def saved(page: Page) -> dict | None:
    text = page.evaluate("localStorage.getItem('kakurega.me')")
    return None if text is None else json.loads(text)


def test_the_pass_is_kept_with_the_name_and_sent_back_on_the_next_page(
    visitor: Callable[..., Visitor], live_server: str
) -> None:
    sora = visitor("そらまめ")  # chosen at the entrance: the first hello has no pass
    kept = saved(sora.page)
    assert kept is not None and kept["name"] == "そらまめ"
    assert isinstance(kept.get("pass"), str) and len(kept["pass"]) == 24
    hellos = record_hellos(sora.page)
    sora.page.goto(f"{live_server}/hiru")
    sora.wait_until_in("hiru")
    assert hellos and hellos[-1]["name"] == "そらまめ" and hellos[-1]["pass"] == kept["pass"]


def test_a_reconnect_sends_the_pass_the_welcome_gave(browser: Browser) -> None:
    # A server of its own, stopped and started again on its port: the page reconnects by itself.
    server = ServerProcess(
        {"KAKUREGA_EXIT_URL": EXIT_URL, "KAKUREGA_SECRET_KEY": "kept across the restart"}
    ).start()
    context, _, _ = open_context(browser)
    try:
        page = context.new_page()
        hellos = record_hellos(page)
        page.goto(f"{server.base_url}/")
        page.fill("[data-name]", "ひなた")
        page.click("[data-enter]")
        page.wait_for_function("() => window.__kakurega?.state().you != null")
        first = page.evaluate("window.__kakurega.state().you")
        kept = saved(page)
        assert kept is not None and "pass" not in hellos[0] and isinstance(kept.get("pass"), str)
        server.stop()  # SIGTERM: the server drains, saying bye with retry_ms
        server.start()
        page.wait_for_function(
            "first => { const s = window.__kakurega.state(); return s.you !== null && s.you !== first; }",
            arg=first,
            timeout=60_000,
        )
        assert hellos[-1]["name"] == "ひなた" and hellos[-1]["pass"] == kept["pass"]
    finally:
        context.close()
        server.stop()


def test_a_quick_exit_drops_the_pass_and_the_name_sleeps(
    visitor: Callable[..., Visitor], live_server: str
) -> None:
    sora = visitor("こはる")
    sora.page.route(
        f"{EXIT_URL}**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<p>weather</p>"),
    )
    assert "pass" in (saved(sora.page) or {})
    sora.page.locator("[data-quick-exit]").click()
    sora.page.wait_for_url(EXIT_URL)
    sora.page.goto(f"{live_server}/help")  # back on our own origin, to read what it kept
    kept = saved(sora.page)
    assert kept is not None and kept.get("asleep") is True and kept["name"] == "こはる"
    assert "pass" not in kept
