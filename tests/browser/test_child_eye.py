"""A tired ten-year-old on a school tablet and on a phone: where such a child got stuck or lost.

Each test is one moment found by walking the pages as that child: what the
child saw, now what the child should see.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import EXIT_URL, PHONE, TABLET, open_context, shot, talk
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.browser

# The school tablet at 200 % zoom: half the CSS pixels each way, where a short box shows least.
ZOOMED = {"width": TABLET["width"] // 2, "height": TABLET["height"] // 2}
SIZES = pytest.mark.parametrize("size", [TABLET, PHONE, ZOOMED], ids=["tablet", "phone", "zoomed"])


@pytest.fixture
def child(people: Callable[..., Page]) -> Callable[..., Page]:
    """A tired child's page: motion reduced, the name saved unless ``remembered=False``."""

    def open_page(size: dict[str, int], *, remembered: bool = True, **options: object) -> Page:
        return people(size, name="そら" if remembered else None, reduced_motion="reduce", **options)

    return open_page


# ---- the robot's answer to heavy words is read from its first words ----


@SIZES
def test_the_robots_newest_reply_shows_from_its_first_words(
    child: Callable[..., Page], live_server: str, size: dict[str, int]
) -> None:
    """The card made the talk box short; a long reply showed only its end (「…はなして くれて、」)."""
    page = child(size)
    page.goto(f"{live_server}/robo")
    page.wait_for_selector("[data-kf='robo'][data-kf-ready='true']")
    # Large text, as a tablet's text-size setting gives it, and as Japanese glyphs are on a child's
    # device (this machine's Chromium may have no Japanese font; its stand-in glyphs are narrower).
    page.evaluate("() => document.styleSheets[0].insertRule('.kf-robo__line { font-size: 1.6em; }')")
    talk(page, "もう しにたい")
    expect(page.locator("[data-kf-card]")).to_be_visible()
    for text in (None, "がっこう いきたくない。だれも いらないって いわれた"):
        if text:
            talk(page, text)
        hidden = page.evaluate(
            """() => {
                const log = document.querySelector('[data-kf-log]').getBoundingClientRect();
                const lines = document.querySelectorAll('.kf-robo__line--robo');
                return log.top - lines[lines.length - 1].getBoundingClientRect().top;
            }"""
        )
        assert hidden <= 0, f"the newest reply's first {hidden:.0f}px are scrolled out of the talk box"
    shot(page, f"child-robo-reply-{size['width']}.png")


# ---- the server away: a door opens the help page, and the page says why ----


def wait_for_keeper(page: Page) -> None:
    page.wait_for_function("() => navigator.serviceWorker?.controller != null", timeout=15_000)
    page.wait_for_function("async () => !!(await caches.match('/help'))", timeout=15_000)


@SIZES
def test_a_door_that_cannot_open_says_why_help_opened_instead(
    child: Callable[..., Page], live_server: str, size: dict[str, int]
) -> None:
    """Offline, こっそりかべ showed そうだん with no word why: the child thought they had tapped wrong."""
    page = child(size)
    page.goto(f"{live_server}/")
    wait_for_keeper(page)
    page.goto(f"{live_server}/help")
    expect(page.locator("[data-help-away]")).to_be_hidden()  # online, asked for: nothing to explain
    page.context.set_offline(True)
    page.goto(f"{live_server}/kabe")
    away = page.locator("[data-help-away]")
    expect(away).to_be_visible()
    expect(away).to_contain_text("つながらない")
    expect(page.locator("a[href^='tel:']").first).to_be_visible()
    shot(page, f"child-offline-door-{size['width']}.png")
    page.goto(f"{live_server}/help")
    expect(page.locator("a[href^='tel:']").first).to_be_visible()
    expect(away).to_be_hidden()  # the child asked for this page: nothing to explain


# ---- the server stops mid-visit: after a while the child is told what they can do ----


@pytest.mark.parametrize("size", [TABLET, PHONE], ids=["tablet", "phone"])
def test_a_long_time_away_says_where_help_is(child: Callable[..., Page], size: dict[str, int]) -> None:
    """「つながりなおしてるよ…」 stayed for ever: the child waited without knowing for what."""
    server = ServerProcess({"KAKUREGA_EXIT_URL": EXIT_URL}).start()
    try:
        page = child(size)
        page.goto(f"{server.base_url}/hiru")
        page.wait_for_function("() => window.__kakurega?.state().you != null", timeout=15_000)
        wait_for_keeper(page)
        server.stop()
        status = page.locator("[data-status]")
        expect(status).to_contain_text("つながりなおしてるよ", timeout=15_000)
        expect(status).to_contain_text("そうだん", timeout=30_000)
        stage = page.locator("[data-stage]").bounding_box()
        said = status.bounding_box()
        assert stage and said
        assert stage["x"] <= said["x"] and said["x"] + said["width"] <= stage["x"] + stage["width"], (
            "the longer words must stay inside the picture"
        )
        shot(page, f"child-long-away-{size['width']}.png")
        # The way it names works with the server gone (the kept page).
        page.locator(".topbar__help").click()
        expect(page.locator("a[href^='tel:']").first).to_be_visible()
    finally:
        server.stop()


# ---- without JavaScript, the robot's card is where the robot says it is ----


@pytest.mark.parametrize("size", [TABLET, PHONE], ids=["tablet", "phone"])
def test_without_javascript_the_card_is_under_the_reply_in_sight(
    browser: Browser, live_server: str, size: dict[str, int]
) -> None:
    """The answer page opened at the reply (「…したに おいておくね」); the card was above, under the bar."""
    context, _, _ = open_context(browser, java_script_enabled=False)
    try:
        page = context.new_page()
        page.set_viewport_size(size)
        page.goto(f"{live_server}/robo")
        page.fill("textarea[name=message]", "もう しにたい")
        page.click("button[type=submit]")
        page.wait_for_load_state()
        reply = page.locator(".kf-robo__line--robo").last.bounding_box()
        title = page.locator("[data-kf-card] summary").bounding_box()
        bar = page.locator(".topbar").bounding_box()
        assert reply and title and bar
        assert title["y"] >= reply["y"] + reply["height"], "the card comes under the newest reply"
        assert bar["y"] + bar["height"] <= title["y"] and title["y"] + title["height"] <= size["height"], (
            "the card's title is on the screen the page opens at"
        )
        shot(page, f"child-robo-nojs-{size['width']}.png")
    finally:
        context.close()


# ---- a post that cannot go still shows the card when the words are heavy ----


def write(page: Page, text: str) -> None:
    box = page.locator("[data-posts=kabe]")
    if box.locator("details.posts-write").get_attribute("open") is None:
        box.locator("details.posts-write summary").click()
    box.locator("[data-post-body]").fill(text)
    box.locator("[data-post-send]").click()
    # The button is off from the click until the answer (and any card) is shown.
    expect(box.locator("[data-post-send]")).to_be_enabled(timeout=10_000)


@pytest.mark.parametrize("why", ["too_often", "offline"])
def test_heavy_words_that_cannot_be_posted_still_get_the_card(
    child: Callable[..., Page], live_server: str, why: str
) -> None:
    """The fourth post, 「もう しにたい」, was only told 「すこし まってから」: no card, no number."""
    page = child(PHONE)
    page.goto(f"{live_server}/kabe")
    wait_for_keeper(page)
    error = page.locator("[data-post-error]")
    if why == "offline":
        page.context.set_offline(True)
    else:
        for n in range(10):  # light words until the wall asks to wait
            write(page, f"きょうは ふつうの ひ {n}")
            if error.is_visible():
                break
        expect(error).to_be_visible()
    write(page, "もう しにたい。だれにも いえない")
    expect(error).to_be_visible()
    care = page.locator("[data-post-care]")
    expect(care).to_be_visible()
    expect(care.locator("a[href^='tel:']").first).to_be_visible()
    shot(page, f"child-post-refused-heavy-{why}.png")
    # Light words that cannot go get no card.
    care.evaluate("element => { element.hidden = true; }")
    write(page, "ねこが かわいかった")
    expect(error).to_be_visible()
    expect(care).to_be_hidden()


# ---- わすれる by mistake: one tap does not wipe the name ----


@pytest.mark.parametrize("size", [TABLET, PHONE], ids=["tablet", "phone"])
def test_forgetting_asks_once_before_it_wipes(
    child: Callable[..., Page], live_server: str, size: dict[str, int]
) -> None:
    """わすれる wiped the name and the marks of posts at one tap, where a scrolling thumb lands."""
    page = child(size, remembered=False)  # a saved name put back at every load would never go
    page.goto(f"{live_server}/")
    page.fill("[data-name]", "そら")
    page.click("[data-enter]")
    expect(page.locator("[data-forget]")).to_be_visible(timeout=10_000)
    kept = "() => Object.keys(localStorage).filter(k => k.startsWith('kakurega.')).length"
    assert page.evaluate(kept) > 0
    page.click("[data-forget-button]")
    sure = page.locator("[data-forget-sure]")
    expect(sure).to_be_visible()
    expect(sure).to_contain_text("ほんとうに")
    assert page.evaluate(kept) > 0, "one tap forgets nothing"
    shot(page, f"child-forget-sure-{size['width']}.png")
    page.click("[data-forget-no]")
    expect(sure).to_be_hidden()
    assert page.evaluate(kept) > 0
    page.click("[data-forget-button]")
    page.click("[data-forget-yes]")
    expect(page.locator("[data-forget-done]")).to_be_visible()
    assert page.evaluate(kept) == 0


# ---- a name that says 「きえたい」: heard, and told how to go on, on one screen ----


@pytest.mark.parametrize("size", [TABLET, PHONE], ids=["tablet", "phone"])
def test_a_vanishing_name_shows_the_way_on_with_the_kind_words(
    child: Callable[..., Page], live_server: str, size: dict[str, int]
) -> None:
    """The card came to the top; 「なまえは ほかの ことばに してね」 sat hidden under the top bar."""
    page = child(size, remembered=False)
    page.goto(f"{live_server}/")
    page.fill("[data-name]", "きえたい")
    page.click("[data-enter]")
    expect(page.locator("[data-name-care]")).to_be_visible(timeout=10_000)
    expect(page.locator("[data-name-message]")).to_contain_text("ほかの")
    bar, field, message, heading = page.evaluate(
        """() => [document.querySelector('.topbar').getBoundingClientRect().bottom,
                  document.querySelector('[data-name]').getBoundingClientRect().toJSON(),
                  document.querySelector('[data-name-message]').getBoundingClientRect().toJSON(),
                  document.querySelector('[data-name-care] h3').getBoundingClientRect().toJSON()]"""
    )
    height = size["height"]
    assert bar <= field["top"], "the name field, to try another word, is on the screen"
    assert bar <= message["top"] and message["bottom"] <= height, "what to do next is on the screen"
    assert bar <= heading["top"] and heading["bottom"] <= height, "the kind words are on the screen"
    shot(page, f"child-vanishing-name-{size['width']}.png")
