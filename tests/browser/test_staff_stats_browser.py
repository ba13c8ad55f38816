"""/staff/stats in Chromium against a real server: charts drawn, nothing fetched from elsewhere."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import Browser, expect

from rooms.catalogue import ROOMS
from rooms.posts.database import create_engine
from stats.store import StatsStore
from stats.tally import HOUR, LENGTH_LABELS, Taken, hour_of
from tests.browser.conftest import shot
from tests.support.posts_server import MODERATOR, add_staff
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.browser

SIZES = pytest.mark.parametrize(
    "size", [{"width": 1280, "height": 800}, {"width": 768, "height": 1024}], ids=["desktop", "tall-tablet"]
)


def a_fortnight(now: float) -> Taken:
    """Two weeks of plausible hours: quiet nights, busy evenings, some small breakdowns."""
    shuffle = random.Random(14)
    taken = Taken()
    slugs = list(ROOMS)
    for back in range(14 * 24):
        hour = hour_of(now) - back * HOUR
        japan_hour = (hour // HOUR + 9) % 24
        visits = int(40 * (0.2 + (japan_hour in range(16, 24)) + 0.5 * (japan_hour in range(7, 9))))
        visits += shuffle.randint(0, 9)
        rows = Counter({("visits", ""): visits, ("visitor_seconds", ""): visits * 600})
        for slug in slugs:
            rows[("room", slug)] = shuffle.randint(0, visits // 2)
        for _ in range(visits):
            a, b = shuffle.sample(slugs[:5], 2)
            rows[("flow", f"{a}>{b}")] += 1
        for label in LENGTH_LABELS:
            rows[("length", label)] = shuffle.randint(0, visits // 3)
        rows[("help:page", "help")] = shuffle.randint(0, 4)
        rows[("help:card", "robot")] = shuffle.randint(0, 2)
        taken.rows[hour] = rows
        taken.peaks[hour] = max(1, visits // 5)
    return taken


async def seed(url: str) -> None:
    engine = create_engine(url)
    try:
        await StatsStore(engine).add(a_fortnight(datetime.now(UTC).timestamp()))
    finally:
        await engine.dispose()


@pytest.fixture(scope="module")
def stats_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('stats') / 'browser.db'}"
    add_staff(url, *MODERATOR)  # also brings the schema up to date
    with ThreadPoolExecutor(1) as thread:  # Playwright's loop runs in this thread already
        thread.submit(asyncio.run, seed(url)).result()
    server = ServerProcess({"KAKUREGA_DATABASE_URL": url})
    server.start()
    for words in ("きょうは さむいね", "ねこが すき"):
        assert (
            httpx.post(f"{server.base_url}/api/posts", json={"room": "kabe", "body": words}).status_code
            == 202
        )
    try:
        yield server.base_url
    finally:
        server.stop()


@SIZES
def test_the_statistics_page_draws_every_chart_from_here_alone(
    browser: Browser, stats_server: str, size: dict[str, int]
) -> None:
    context = browser.new_context(viewport=size)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        asked: list[str] = []
        complaints: list[str] = []
        page.on("request", lambda request: asked.append(request.url))
        page.on("console", lambda m: complaints.append(m.text) if m.type == "error" else None)
        page.goto(f"{stats_server}/staff/login")
        page.fill("input[name=name]", MODERATOR[0])
        page.fill("input[name=password]", MODERATOR[1])
        page.click("button[type=submit]")
        page.click("text=統計")
        expect(page).to_have_url(f"{stats_server}/staff/stats")
        expect(page.locator("svg.stats-chart")).to_have_count(11)
        expect(page.locator("h1")).to_have_text("統計")
        # Each chart has its numbers beneath, folded; unfolded, they are a real table.
        page.locator("details.stats-data summary").first.click()
        expect(page.locator("details.stats-data").first.locator("tbody tr")).to_have_count(7)
        # Drawn and sized: a chart is wider than it is blank.
        box = page.locator("svg.stats-chart").first.bounding_box()
        assert box is not None and box["width"] > 300 and box["width"] <= size["width"]
        here = urlsplit(stats_server).netloc
        assert {urlsplit(url).netloc for url in asked if url.startswith("http")} == {here}, asked
        assert not complaints, complaints
        shot(page, f"staff-stats-{size['width']}.png", full_page=True)
        # The queue: each post's wait, the longest wait, today's inflow (folded).
        page.click("text=審査待ち")
        expect(page.locator("[data-waited]")).to_have_count(2)
        page.locator("[data-inflow] summary").click()
        expect(page.locator("[data-inflow] svg")).to_be_visible()
        shot(page, f"staff-queue-{size['width']}.png", full_page=True)
        assert not complaints, complaints
    finally:
        context.close()


def test_a_tap_on_a_hotline_number_sends_only_its_line(browser: Browser, stats_server: str) -> None:
    context = browser.new_context(viewport={"width": 768, "height": 1024})
    try:
        page = context.new_page()
        page.goto(f"{stats_server}/help")
        # The tap itself is not followed here (no phone); the count goes beside it.
        page.evaluate("document.addEventListener('click', (e) => e.preventDefault())")
        number = page.locator("[data-line=kodomo_sos] [data-tap=call]").first
        with page.expect_request(lambda request: request.url.endswith("/api/taps")) as sent:
            number.click()
        assert sent.value.method == "POST"
        assert sent.value.post_data == "call kodomo_sos"
    finally:
        context.close()
