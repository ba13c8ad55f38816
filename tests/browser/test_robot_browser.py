"""ロボのへや in a real Chromium: a live talk with the card at a crisis turn, and the page without JS.

The server is the real app (``server.create_app``) with the robot's routes, run by
uvicorn in a thread, and with ``robo`` in the rooms that load a feature module
(the lead adds both to ``server.py`` / ``rooms/pages.py``; until then this test
adds them itself).  Screenshots go to ``$KAKUREGA_SCREENSHOTS`` when set.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect

import server
from rooms import pages
from rooms.robot import RobotConfig, robot_routes
from tests.browser.conftest import PHONE, TABLET, open_context, remember, talk
from tests.support.servers import free_port

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def robot_server() -> Iterator[str]:
    saved = pages.ROOMS_WITH_SCRIPT
    if "robo" not in saved:
        pages.ROOMS_WITH_SCRIPT = (*saved, "robo")
    app = server.create_app()
    app.router.routes[0:0] = robot_routes(RobotConfig(rate=100, burst=100))
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws="websockets-sansio")
    runner = uvicorn.Server(config)
    thread = threading.Thread(target=runner.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not runner.started:
        if time.monotonic() > deadline:
            pytest.fail("the robot test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        runner.should_exit = True
        thread.join(timeout=10)
        pages.ROOMS_WITH_SCRIPT = saved


def shot(page: Page, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("KAKUREGA_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    page.screenshot(path=str(path), full_page=False)
    return path


def open_robo(browser: Browser, base: str, viewport: dict[str, int]) -> tuple[Page, list[str], list[str]]:
    # Reduced motion: the script scrolls to the reply at once, so the screenshot is stable.
    context, requests, console = open_context(browser, reduced_motion="reduce")
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.set_viewport_size(viewport)
    remember(context)
    page.goto(f"{base}/robo")
    page.wait_for_selector("[data-kf='robo'][data-kf-ready='true']")
    return page, requests, console


@pytest.mark.parametrize(("viewport", "name"), [(TABLET, "robo-1024x768.png"), (PHONE, "robo-360x640.png")])
def test_a_crisis_turn_shows_the_card_and_the_talk_goes_on(
    browser: Browser, robot_server: str, tmp_path: Path, viewport: dict[str, int], name: str
) -> None:
    page, requests, console = open_robo(browser, robot_server, viewport)
    card = page.locator("[data-kf-card] .hotline-card")
    talk(page, "こんにちは")
    expect(card).to_have_count(0)
    talk(page, "もう しにたい")
    expect(card).to_be_visible()
    first_call = card.locator("a.hotline-line__call").first
    expect(first_call).to_have_attribute("href", "tel:0120078310")
    # The first number is shown whole inside the card's box, never cut at its edge.
    lines_box = page.locator("[data-kf-card] .kf-robo__card-lines").bounding_box()
    call_box = first_call.bounding_box()
    assert lines_box is not None and call_box is not None
    assert lines_box["y"] <= call_box["y"]
    assert call_box["y"] + call_box["height"] <= lines_box["y"] + lines_box["height"] + 0.5
    if viewport == TABLET:
        page.evaluate("window.scrollTo(0, 0)")
    assert shot(page, name, tmp_path).stat().st_size > 10_000
    # The visitor may still talk: one 「ちがう」 does not take the card away.
    talk(page, "それは ちがう")
    expect(card).to_be_visible()
    expect(page.locator("[data-kf-message]")).to_be_enabled()
    # Nothing of the talk is kept in the browser's storage.
    stored = page.evaluate("JSON.stringify({...localStorage}) + JSON.stringify({...sessionStorage})")
    assert "しにたい" not in stored and "ちがう" not in stored
    # Only our own server was asked for anything.
    assert {urlsplit(u).netloc for u in requests if u.startswith(("http", "ws"))} == {
        urlsplit(robot_server).netloc
    }
    assert [c for c in console if "pageerror" in c] == []
    page.context.close()


def test_the_talk_sits_beside_the_room_on_a_tablet(browser: Browser, robot_server: str) -> None:
    page, _, _ = open_robo(browser, robot_server, TABLET)
    stage = page.locator(".stage").bounding_box()
    talk = page.locator("[data-kf='robo']").bounding_box()
    assert stage and talk and talk["x"] >= stage["x"] + stage["width"] - 1
    assert talk["y"] < stage["y"] + stage["height"]
    page.context.close()


def test_without_javascript_the_form_answers_with_the_card(
    browser: Browser, robot_server: str, tmp_path: Path
) -> None:
    context, requests, _ = open_context(browser, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{robot_server}/robo")
    page.fill("textarea[name=message]", "もう きえたい")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    expect(page.locator(".kf-robo__line--you")).to_contain_text("もう きえたい")
    expect(page.locator("[data-kf-card] .hotline-card")).to_be_visible()
    page.fill("textarea[name=message]", "だいじょうぶ")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    expect(page.locator(".kf-robo__line--you")).to_have_count(2)
    expect(page.locator("[data-kf-card] .hotline-card")).to_be_visible()
    shot(page, "robo-nojs-1024x768.png", tmp_path)
    assert all(urlsplit(u).netloc == urlsplit(robot_server).netloc for u in requests if u.startswith("http"))
    context.close()
