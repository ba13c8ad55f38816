"""Browser tests drive Debian's Chromium against a real ``kakurega serve`` process.

Fixtures shared by every browser test:

- ``live_server``: the base URL (``http://127.0.0.1:PORT``) of a real server started once per session,
  with ``KAKUREGA_EXIT_URL`` pointing at ``EXIT_URL`` so quick exit can be intercepted.
- ``browser``: one headless Chromium for the session.
- ``visitor``: a factory; ``visitor("そら")`` opens a fresh context (own storage, as another person),
  enters through げんかん with that name and returns a ``Visitor`` with the page and every URL it asked for.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from tests.support.servers import running_server

CHROMIUM = Path(os.environ.get("KAKUREGA_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
EXIT_URL = "https://exit.example/"
TABLET = {"width": 1024, "height": 768}
PHONE = {"width": 360, "height": 640}
SIZES = pytest.mark.parametrize("size", [TABLET, PHONE], ids=["tablet", "phone"])
LOOK = {"shape": "maru", "color": "mizu", "acc": "leaf"}


@pytest.fixture(scope="session")
def live_server() -> Iterator[str]:
    with running_server({"KAKUREGA_EXIT_URL": EXIT_URL, "KAKUREGA_COUNTS_MS": "500"}) as server:
        yield server.base_url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get update && apt-get install -y chromium")
    with sync_playwright() as playwright:
        # launch() gives every run a fresh temporary profile.
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Visitor:
    context: BrowserContext
    page: Page
    requests: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)

    def state(self) -> dict:
        return self.page.evaluate("window.__kakurega.state()")

    def wait_until_in(self, room: str, timeout: float = 10_000) -> dict:
        self.page.wait_for_function(
            "room => window.__kakurega?.state().you != null && window.__kakurega.state().room === room",
            arg=room,
            timeout=timeout,
        )
        return self.state()


def remember(context: BrowserContext, name: str = "そら") -> None:
    """The name and look already saved in this browser, as a returning visitor's are."""
    saved = json.dumps({"name": name, "look": LOOK}, ensure_ascii=False)
    context.add_init_script(f"localStorage.setItem('kakurega.me', {json.dumps(saved)})")


def talk(page: Page, text: str) -> None:
    """Say ``text`` to the robot and wait for its answer."""
    replies = page.locator(".kf-robo__line--robo:not(.is-thinking)")
    before = replies.count()
    page.fill("[data-kf-message]", text)
    page.click("[data-kf-send]")
    expect(replies).to_have_count(before + 1, timeout=10_000)


def shot(page: Page, name: str, *, full_page: bool = False) -> None:
    """A screenshot into ``$KAKUREGA_SCREENSHOTS`` when it is set (for looking at, not compared)."""
    folder = os.environ.get("KAKUREGA_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / name), full_page=full_page)


def open_context(browser: Browser, **options: object) -> tuple[BrowserContext, list[str], list[str]]:
    """A new context (a separate person) that records every request and every console complaint."""
    context = browser.new_context(viewport=TABLET, **options)  # type: ignore[arg-type]
    requests: list[str] = []
    console: list[str] = []
    context.on("request", lambda request: requests.append(request.url))

    def watch(page: Page) -> None:
        page.on("websocket", lambda ws: requests.append(ws.url))
        page.on("console", lambda m: console.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda error: console.append(f"pageerror: {error}"))

    context.on("page", watch)
    return context, requests, console


@pytest.fixture
def people(browser: Browser) -> Iterator[Callable[..., Page]]:
    """A factory: ``people(size)`` is a page in a new context (another person) at ``size``, with
    ``name`` saved as a returning visitor's (None: a newcomer); the contexts close after the test."""
    opened: list[BrowserContext] = []

    def open_page(size: dict[str, int], name: str | None = "そら", **options: object) -> Page:
        context, _, _ = open_context(browser, **options)
        opened.append(context)
        if name:
            remember(context, name)
        page = context.new_page()
        page.set_viewport_size(size)
        return page

    yield open_page
    for context in opened:
        context.close()


@pytest.fixture
def visitor(browser: Browser, live_server: str) -> Iterator[Callable[..., Visitor]]:
    contexts: list[BrowserContext] = []

    def arrive(name: str, room: str = "genkan", **context_options: object) -> Visitor:
        context, requests, console = open_context(browser, **context_options)
        contexts.append(context)
        page = context.new_page()
        person = Visitor(context, page, requests, console)
        if room == "genkan":
            page.goto(f"{live_server}/")
            page.fill("[data-name]", name)
            page.click("[data-enter]")
        else:
            remember(context, name)  # as a returning visitor
            page.goto(f"{live_server}/{room}")
        person.wait_until_in(room)
        return person

    yield arrive
    for context in contexts:
        context.close()


def hosts(urls: list[str]) -> set[str]:
    return {urlsplit(url).netloc for url in urls if not url.startswith(("data:", "blob:", "about:"))}
