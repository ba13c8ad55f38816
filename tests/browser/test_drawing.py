"""What the room's drawing costs and shows: an idle room asks for no frames; ほしぞら's stars can be found."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import PHONE, Visitor

pytestmark = pytest.mark.browser

# Counts every animation frame the page asks for, and every message it sends to a worker (where
# the avatars are drawn in one, the page asks for no frames: it sends them), before any page
# script runs.
FRAME_SPY = """
(() => {
  const spy = { asked: 0 };
  window.__frameSpy = spy;
  const ask = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => { spy.asked += 1; return ask(callback); };
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (...args) { spy.asked += 1; return post.apply(this, args); };
})();
"""
AT_REST = "() => window.__kakurega.state().avatars.every(a => a.px === a.x && a.py === a.y)"


def _spied(visitor: Callable[..., Visitor], name: str, room: str) -> Visitor:
    person = visitor(name, room=room)
    person.context.add_init_script(FRAME_SPY)
    person.page.reload()
    person.wait_until_in(room)
    return person


def _asked(page: Page) -> int:
    return page.evaluate("window.__frameSpy.asked")


def _quiet_for_a_while(page: Page) -> tuple[int, int]:
    """Frames asked for before and after a second of nothing happening in the room."""
    page.wait_for_function(AT_REST)
    page.wait_for_timeout(300)  # the frame that saw everyone arrive
    before = _asked(page)
    page.wait_for_timeout(1200)
    return before, _asked(page)


def test_an_idle_room_asks_for_no_frames(visitor: Callable[..., Visitor]) -> None:
    sora = _spied(visitor, "そら", "kabe")
    yuki = visitor("ゆき", room="kabe")
    yuki_id = yuki.state()["you"]
    sora.page.wait_for_function("id => window.__kakurega.state().avatars.some(a => a.id === id)", arg=yuki_id)
    before, after = _quiet_for_a_while(sora.page)
    assert after == before, f"an idle room asked for {after - before} frames"

    # ゆき walks: そら's page draws it, and stops as soon as ゆき stands still again.
    here = next(a for a in yuki.state()["avatars"] if a["id"] == yuki_id)
    target_x = 150 if here["x"] > 512 else 870
    box = yuki.page.locator("[data-room-canvas]").bounding_box()
    assert box is not None
    yuki.page.mouse.click(box["x"] + box["width"] * target_x / 1024, box["y"] + box["height"] * 0.8)
    sora.page.wait_for_function(
        "([id, x]) => window.__kakurega.state().avatars.some(a => a.id === id && Math.abs(a.x - x) <= 3)",
        arg=[yuki_id, target_x],
        timeout=15_000,
    )
    walking = _asked(sora.page)
    assert walking > after, "a walk is drawn"
    before, after = _quiet_for_a_while(sora.page)
    assert after == before, f"after the walk the room asked for {after - before} more frames"


def _star_pixels(page: Page, index: int | None) -> dict:
    """Lit pixels around one star on ほしぞら's overlay (CSS px²), and how many wear your tag's yellow."""
    return page.evaluate(
        """async (index) => {
          const { star } = await import("/static/js/rooms/lib/starfield.js");
          const c = document.querySelector("[data-overlay]");
          const k = c.getBoundingClientRect().width / 1024;
          const dpr = c.width / c.getBoundingClientRect().width;
          let x, y;
          if (index === null) {
            [x, y] = document.querySelector("[data-kf='hoshi']").dataset.yourStar.split(",").map(Number);
          } else {
            ({ x, y } = star(index));
            [x, y] = [x * k, y * k];
          }
          const half = 40; // CSS pixels around the star's middle (your tag hangs below it)
          const d = c.getContext("2d").getImageData(
            Math.round((x - half) * dpr), Math.round((y - half) * dpr),
            Math.round(2 * half * dpr), Math.round(2 * half * dpr)).data;
          let lit = 0, tag = 0;
          for (let i = 0; i < d.length; i += 4) {
            if (d[i + 3] > 40) lit++;
            if (d[i + 3] > 240 && d[i] > 225 && d[i + 1] > 205 && d[i + 2] < 170) tag++;
          }
          return { lit: lit / (dpr * dpr), tag: tag / (dpr * dpr), at: [x, y] };
        }""",
        index,
    )


def test_every_star_can_be_found_and_yours_is_marked_on_a_phone(visitor: Callable[..., Visitor]) -> None:
    sora = visitor("そら", room="hoshi", device_scale_factor=2)
    visitor("ゆき")  # someone else is online, so there is a star that is not yours
    page = sora.page
    page.set_viewport_size(PHONE)
    page.wait_for_function(
        "() => Number(document.querySelector(\"[data-kf='hoshi']\").dataset.stars) >= 2", timeout=15_000
    )
    page.wait_for_timeout(1800)  # new stars fade in
    other = _star_pixels(page, 1)
    # A 2–5 px dot is no star a child can find on a phone: each is a light some 7 px across at least,
    assert other["lit"] >= 30, other
    # and yours is bigger still, with a yellow tag like your name's.
    assert page.locator("[data-kf='hoshi']").get_attribute("data-your-star"), "where yours is"
    yours = _star_pixels(page, None)
    assert yours["lit"] >= 2 * other["lit"], (yours, other)
    assert yours["tag"] >= 60, yours
    assert other["tag"] == 0, other


HANDED_OVER = """() => {
  const canvas = document.querySelector("[data-room-canvas]");
  try {
    canvas.getContext("2d"); // a canvas handed to a worker can no longer be drawn on here
    return false;
  } catch {
    return true;
  }
}"""
NO_OFFSCREEN = "delete HTMLCanvasElement.prototype.transferControlToOffscreen;"


def _spot(page: Page, x: int, y: int) -> bytes:
    """The stage around room point (x, y) where an avatar stands, name label included, as PNG."""
    box = page.locator("[data-room-canvas]").bounding_box()
    assert box is not None
    k = box["width"] / 1024
    clip = {"x": box["x"] + (x - 70) * k, "y": box["y"] + (y - 150) * k, "width": 140 * k, "height": 165 * k}
    return page.screenshot(clip=clip, animations="disabled")


@pytest.mark.parametrize("mode", ["worker", "page", "worker_missing"])
def test_someone_is_drawn_where_they_stand_and_erased_when_they_leave(
    visitor: Callable[..., Visitor], mode: str
) -> None:
    # Chromium hands the avatars' canvas to a worker; a browser without OffscreenCanvas
    # control (the init script takes it away) draws on the page, and must look the same; so
    # must a page whose worker script never arrives (a filter, a stale cache): it keeps its
    # canvas and draws the avatars itself.
    sora = visitor("そら", room="kabe")
    if mode == "page":
        sora.context.add_init_script(NO_OFFSCREEN)
    elif mode == "worker_missing":
        sora.context.route("**/avatar_worker.js", lambda route: route.fulfill(status=404, body=""))
    if mode != "worker":
        sora.page.reload()
        sora.wait_until_in("kabe")
    in_worker = mode == "worker"
    sora.page.wait_for_function("() => document.querySelector('[data-room-canvas]').dataset.layer")
    assert sora.page.evaluate(HANDED_OVER) is in_worker
    page = sora.page
    page.wait_for_function(AT_REST)
    me = sora.state()["avatars"][0]
    x, y = (180 if me["x"] > 512 else 850), 650
    page.wait_for_timeout(300)  # the frame that drew the room
    bare = _spot(page, x, y)

    yuki = visitor("ゆき", room="kabe")
    yuki_id = yuki.state()["you"]
    box = yuki.page.locator("[data-room-canvas]").bounding_box()
    assert box is not None
    yuki.page.mouse.click(box["x"] + box["width"] * x / 1024, box["y"] + box["height"] * y / 768)
    page.wait_for_function(
        "([id, x]) => window.__kakurega.state().avatars.some("
        " a => a.id === id && Math.abs(a.x - x) <= 3 && a.px === a.x && a.py === a.y)",
        arg=[yuki_id, x],
        timeout=15_000,
    )
    page.wait_for_timeout(300)  # the worker's frame reaches the screen
    assert _spot(page, x, y) != bare, "ゆき is drawn where she stands"

    yuki.context.close()
    page.wait_for_function(
        "id => !window.__kakurega.state().avatars.some(a => a.id === id)", arg=yuki_id, timeout=15_000
    )
    page.wait_for_timeout(300)
    assert _spot(page, x, y) == bare, "after ゆき left, the room looks as it did before she came"
