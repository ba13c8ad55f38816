"""Issue 16, items 2 and 4: heavy words get the hotline card even where nothing may be sent
(もぐもぐ) and when nothing can be sent (offline), checked on the device in a real Chromium.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.axe import serious_violations
from tests.browser.conftest import SIZES, Visitor, open_context, shot

pytestmark = pytest.mark.browser


def feed(page: Page, words: str) -> None:
    page.fill("[data-kf-paper]", words)
    page.click("[data-kf-feed]")
    expect(page.locator("[data-kf-paper]")).to_have_value("")
    expect(page.locator("[data-kf-feed]")).to_be_enabled(timeout=10_000)


@SIZES
def test_mogu_answers_heavy_words_with_the_card_and_sends_nothing(
    visitor: Callable[..., Visitor], size: dict[str, int]
) -> None:
    mogu = visitor("もぐ", room="mogu", reduced_motion="reduce")
    page = mogu.page
    page.set_viewport_size(size)
    bodies: list[str] = []
    page.on("request", lambda r: bodies.append(f"{r.url} {r.post_data or ''}"))
    page.on("websocket", lambda ws: ws.on("framesent", lambda f: bodies.append(str(f))))

    feed(page, "テスト むずかしかった")
    expect(page.locator("[data-kf-care]")).to_be_hidden()

    secret = uuid.uuid4().hex[:6]
    feed(page, f"もう しにたい {secret}")
    say = page.locator("[data-kf-say]")
    expect(say).to_contain_text("ありがとう")
    care = page.locator("[data-kf-care]")
    expect(care).to_be_visible()
    expect(care.locator("a[href^='tel:']").first).to_be_visible()
    care.scroll_into_view_if_needed()
    shot(page, f"mogu-heavy-{size['width']}.png")
    assert not serious_violations(page)
    assert not [b for b in bodies if secret in b or "しにたい" in b], "the words left the device"


def wait_for_keeper(page: Page) -> None:
    page.wait_for_function("() => navigator.serviceWorker?.controller != null", timeout=15_000)
    page.wait_for_function(
        "async () => (await caches.keys()).length > 0 && !!(await caches.match('/help'))", timeout=15_000
    )


@SIZES
def test_help_opens_offline(browser: Browser, live_server: str, size: dict[str, int]) -> None:
    context, _, _ = open_context(browser)
    page = context.new_page()
    page.set_viewport_size(size)
    try:
        page.goto(f"{live_server}/")
        wait_for_keeper(page)
        context.set_offline(True)
        page.goto(f"{live_server}/help")
        expect(page.locator("a[href^='tel:']").first).to_be_visible()
        expect(page.locator("[data-quick-exit]")).to_be_visible()
        shot(page, f"help-offline-{size['width']}.png")
        # Any page that cannot load offline shows the way to help instead of an error.
        page.goto(f"{live_server}/hiru")
        expect(page.locator("a[href^='tel:']").first).to_be_visible()
    finally:
        context.close()


@SIZES
def test_robot_offline_still_shows_the_card_for_heavy_words(
    visitor: Callable[..., Visitor], size: dict[str, int]
) -> None:
    robo = visitor("あおい", room="robo", reduced_motion="reduce")
    page = robo.page
    page.set_viewport_size(size)
    page.wait_for_selector("[data-kf='robo'][data-kf-ready='true']")
    page.wait_for_timeout(300)  # the rules arrive with the page
    robo.context.set_offline(True)
    try:
        page.fill("[data-kf-message]", "ふつうの はなし")
        page.click("[data-kf-send]")
        notice = page.locator("[data-kf-notice]")
        expect(notice).to_contain_text("とどかなかった")
        expect(page.locator("[data-kf-card]")).to_be_hidden()

        page.fill("[data-kf-message]", "もう きえたい")
        page.click("[data-kf-send]")
        card = page.locator("[data-kf-card]")
        expect(card).to_be_visible()
        expect(card.locator("a[href^='tel:']").first).to_be_visible()
        expect(notice).to_contain_text("れんらく")
        expect(page.locator("[data-kf-message]")).to_have_value("もう きえたい")  # nothing lost
        shot(page, f"robo-offline-{size['width']}.png")
        assert not serious_violations(page), "the offline notice and card must read well"
    finally:
        robo.context.set_offline(False)
