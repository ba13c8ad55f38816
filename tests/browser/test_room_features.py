"""The rooms' own features (もぐもぐ, ひとやすみ, ほしぞら, あそびば …) in a real Chromium."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, Page, Route, WebSocket, expect

from tests.browser.conftest import EXIT_URL, Visitor, hosts

pytestmark = pytest.mark.browser

CSP_COMPLAINT = re.compile(r"Content Security Policy|Refused to", re.IGNORECASE)

# Counts every AudioContext the page makes and every resume(), before any page script runs.
AUDIO_SPY = """
(() => {
  const spy = { created: 0, resumed: 0, last: null };
  window.__audioSpy = spy;
  const Real = window.AudioContext;
  if (!Real) return;
  window.AudioContext = class extends Real {
    constructor(...args) { super(...args); spy.created += 1; spy.last = this; }
    resume() { spy.resumed += 1; return super.resume(); }
    close() { console.info("audio-spy: closed"); return super.close(); }
  };
})();
"""


def _record_everything_sent(page: Page) -> list[bytes]:
    """Every request (URL and body) and every WebSocket frame the page sends from now on."""
    sent: list[bytes] = []

    def on_socket(ws: WebSocket) -> None:
        sent.append(ws.url.encode())
        ws.on(
            "framesent",
            lambda payload: sent.append(payload if isinstance(payload, bytes) else payload.encode()),
        )

    page.on("websocket", on_socket)
    page.on(
        "request",
        lambda request: sent.append(request.url.encode() + b"\n" + (request.post_data_buffer or b"")),
    )
    return sent


def _storage_dump(page: Page) -> str:
    return page.evaluate(
        "() => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage),"
        " document.cookie])"
    )


def _no_csp_complaints(*people: Visitor) -> None:
    complaints = [line for p in people for line in p.console if CSP_COMPLAINT.search(line)]
    assert not complaints, complaints


def test_mogu_words_never_leave_the_browser(visitor: Callable[..., Visitor]) -> None:
    mogu = visitor("もぐ", room="mogu")
    page = mogu.page
    sent = _record_everything_sent(page)
    # Reload so the recording covers the room's WebSocket from its first frame.
    page.reload()
    mogu.wait_until_in("mogu")
    marker = f"ないしょ-{uuid.uuid4().hex}-いたい"

    paper = page.locator("[data-kf-paper]")
    expect(paper).to_be_visible()
    paper.fill(marker)
    page.click("[data-kf-feed]")
    expect(paper).to_have_value("")
    say = page.locator("[data-kf-say]")
    expect(say).to_have_text("もぐもぐ…", timeout=5_000)
    expect(page.locator("[data-kf-feed]")).to_be_enabled(timeout=8_000)
    assert say.inner_text() not in ("もぐもぐ…", "あーん")
    # Give anything queued a moment to go out before looking.
    page.wait_for_timeout(1_500)

    assert any(b"/ws" in item for item in sent), "the recording saw the room's socket"
    assert len(sent) > 1, "the recording saw frames and requests"
    needle = marker.encode()
    assert not [item for item in sent if needle in item]
    assert marker not in _storage_dump(page)
    assert marker not in page.content()
    assert hosts(mogu.requests) == {page.url.split("/")[2]}
    _no_csp_complaints(mogu)


def test_mogu_without_javascript_says_how_else(browser: Browser, live_server: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/mogu")
    feature = page.locator("#feature")
    expect(feature).to_contain_text("JavaScript")
    expect(feature).to_contain_text("ほんものの かみ")
    expect(page.locator("[data-kf-paper]")).to_be_hidden()
    context.close()


def test_hiru_is_silent_until_sound_is_turned_on(visitor: Callable[..., Visitor]) -> None:
    hiru = visitor("ねむ", room="hiru")
    page = hiru.page
    page.context.add_init_script(AUDIO_SPY)
    page.reload()
    hiru.wait_until_in("hiru")
    room = page.locator("[data-kf='hiru']")
    toggle = page.locator("[data-kf-sound]")
    expect(toggle).to_be_visible()

    # Choosing waves and moving the volume are not "turn it on".
    page.locator("input[value='waves']").check()
    page.locator("[data-kf-volume]").fill("70")
    page.wait_for_timeout(1_000)
    expect(room).to_have_attribute("data-sound", "off")
    assert page.evaluate("window.__audioSpy.created") == 0
    assert page.evaluate("window.__audioSpy.resumed") == 0

    toggle.click()
    expect(room).to_have_attribute("data-sound", "on")
    expect(toggle).to_have_attribute("aria-pressed", "true")
    assert page.evaluate("window.__audioSpy.created") == 1
    page.wait_for_function("() => window.__audioSpy.last.state === 'running'")

    toggle.click()
    expect(room).to_have_attribute("data-sound", "off")

    # On again, then leave the page: the sound ends with it.
    toggle.click()
    expect(room).to_have_attribute("data-sound", "on")
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pagehide'))")
    expect(room).to_have_attribute("data-sound", "off")
    page.wait_for_function("() => window.__audioSpy.last.state === 'closed'")
    _no_csp_complaints(hiru)


def test_hiru_sound_stops_at_once_on_quick_exit(visitor: Callable[..., Visitor]) -> None:
    hiru = visitor("しずか", room="hiru")
    page = hiru.page
    page.context.add_init_script(AUDIO_SPY)
    page.reload()
    hiru.wait_until_in("hiru")
    page.click("[data-kf-sound]")
    page.wait_for_function("() => window.__audioSpy.last.state === 'running'")
    # Hold the exit page: until it arrives the old page has not gone (no pagehide yet),
    # so only the feature's own watch on quick exit can stop the sound in time.
    held: list[Route] = []
    page.route(f"{EXIT_URL}**", lambda route: held.append(route))
    with page.expect_console_message(lambda m: m.text == "audio-spy: closed", timeout=2_000):
        for _ in range(3):
            page.keyboard.press("Shift")
    assert len(held) <= 1
    for route in held:
        route.abort()


def test_hoshi_draws_one_star_per_visitor(visitor: Callable[..., Visitor]) -> None:
    sora = visitor("そら", room="hoshi")
    page = sora.page
    sky = page.locator("[data-kf='hoshi']")
    page.wait_for_function(
        "() => { const s = document.querySelector(\"[data-kf='hoshi']\").dataset;"
        " return Number(s.total) >= 1 && s.stars === s.total; }"
    )
    before = int(sky.get_attribute("data-total") or "0")
    expect(page.locator("[data-kf-count]")).to_have_text(f"いま ここに いる ひと: {before}にん")

    visitor("ゆき")  # someone else arrives, in another room
    page.wait_for_function(
        "n => { const s = document.querySelector(\"[data-kf='hoshi']\").dataset;"
        " return Number(s.total) === n && s.stars === s.total; }",
        arg=before + 1,
        timeout=15_000,
    )
    expect(page.locator("[data-kf-count]")).to_have_text(f"いま ここに いる ひと: {before + 1}にん")
    # The stars really are on the overlay: some of its pixels are lit.
    lit = page.evaluate(
        "() => { const c = document.querySelector('[data-overlay]');"
        " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 40) n++; return n; }"
    )
    assert lit > 0
    _no_csp_complaints(sora)


def test_asobi_games_play_by_keyboard_and_touch_quietly(visitor: Callable[..., Visitor]) -> None:
    asobi = visitor("あわ", room="asobi")
    page = asobi.page
    page.context.add_init_script(AUDIO_SPY)
    page.reload()
    asobi.wait_until_in("asobi")
    first = page.locator(".kf-asobi__input").first
    first.focus()
    page.keyboard.press("Space")
    expect(first).to_be_checked()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    expect(page.locator(".kf-asobi__input").nth(1)).to_be_checked()
    assert page.evaluate("window.__audioSpy.created") == 0, "popping makes no sound while sound is off"
    # The colouring picture: choose a colour, tap a part, it takes that colour.
    page.locator("input[value='mizu']").check(force=True)
    page.click("[data-part][aria-label='そら']", position={"x": 20, "y": 20})
    expect(page.locator("[data-part][aria-label='そら']")).to_have_attribute("data-colour", "mizu")
    # Bubbles are big enough for a finger.
    box = page.locator(".kf-asobi__bubble").nth(5).bounding_box()
    assert box is not None and min(box["width"], box["height"]) >= 44
    _no_csp_complaints(asobi)


# kabe and tana are the posts engineer's wall and shelf now, tested with them.
@pytest.mark.parametrize("slug", ["mogu", "asobi", "hoshi", "hiru", "mado", "robo"])
def test_every_feature_reads_without_javascript(browser: Browser, live_server: str, slug: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 640})
    page = context.new_page()
    response = page.goto(f"{live_server}/{slug}")
    assert response is not None and response.ok
    feature = page.locator(f"#feature [data-kf='{slug}']")
    expect(feature).to_be_visible()
    text = feature.inner_text()
    assert len(text) > 20
    for pushy in ("がんばって", "前向きに", "命を大切に"):
        assert pushy not in text
    # Nothing inside the feature is wider than a phone's screen.
    assert feature.evaluate("el => el.scrollWidth <= el.clientWidth && el.clientWidth <= 360")
    context.close()
