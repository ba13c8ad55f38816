"""A child without JavaScript at the edges of the pages: where a refused form leaves the browser,
and the notes that say JavaScript is off. In a real Chromium at a phone's and a tablet's size.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import EXIT_URL, SIZES, open_context, shot

pytestmark = pytest.mark.browser


def page_without_script(browser: Browser, size: dict[str, int]) -> Page:
    context, _, _ = open_context(browser, java_script_enabled=False)
    page = context.new_page()
    page.set_viewport_size(size)
    return page


def assert_help_and_exit(page: Page) -> None:
    assert page.locator('a[href="/help"]').first.is_visible(), f"no そうだん on {page.url}"
    assert page.locator(f'a.quick-exit[href="{EXIT_URL}"]').is_visible(), f"no すぐ とじる on {page.url}"


@SIZES
@pytest.mark.parametrize("room", ["kabe", "tana"])
def test_the_address_a_refused_form_leaves_behind_still_offers_help_and_exit(
    browser: Browser, live_server: str, size: dict[str, int], room: str
) -> None:
    # A refusal answers the form again at /{room}/posts. A phone that reloads the tab later, or a
    # child who taps the address bar and Enter, asks for that address with a GET.
    page = page_without_script(browser, size)
    try:
        page.goto(f"{live_server}/{room}")
        page.locator("textarea[name=body]").fill("   ")
        page.locator("form[data-post-form] [type=submit]").click()
        page.wait_for_load_state()
        assert page.url == f"{live_server}/{room}/posts"
        assert_help_and_exit(page)
        page.goto(page.url)
        shot(page, f"posts-address-get-{room}-{size['width']}.png")
        assert_help_and_exit(page)
    finally:
        page.context.close()


@pytest.mark.parametrize("path", ["/static/js/nothing-here.js", "/assets/nothing-here.svg"])
def test_a_missing_file_answers_with_help_and_exit(browser: Browser, live_server: str, path: str) -> None:
    page = page_without_script(browser, {"width": 360, "height": 640})
    try:
        answer = page.goto(f"{live_server}{path}")
        assert answer is not None and answer.status == 404
        assert_help_and_exit(page)
    finally:
        page.context.close()


CONTRAST = """sel => {
  const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(v => {
      v = Number(v) / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const el = document.querySelector(sel);
  let bg = el;  // the nearest ancestor that paints a background
  while (bg && getComputedStyle(bg).backgroundColor.match(/[\\d.]+/g)?.[3] === '0') bg = bg.parentElement;
  const a = lum(getComputedStyle(el).color), b = lum(getComputedStyle(bg || document.body).backgroundColor);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


@pytest.mark.parametrize("room", ["hoshi", "hiru", "kabe"])
def test_the_javascript_off_note_can_be_read_in_every_room(
    browser: Browser, live_server: str, room: str
) -> None:
    page = page_without_script(browser, {"width": 360, "height": 640})
    try:
        page.goto(f"{live_server}/{room}")
        note = page.locator("main .note").first
        assert note.is_visible()
        ratio = page.evaluate(CONTRAST, "main .note")
        assert ratio >= 4.5, f"the note on /{room} has a contrast of {ratio:.2f}:1"
    finally:
        page.context.close()
