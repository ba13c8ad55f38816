"""The browser client and the pages, in a real Chromium against a real server."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import EXIT_URL, Visitor, hosts, open_context
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.browser

CSP_COMPLAINT = re.compile(r"Content Security Policy|Refused to", re.IGNORECASE)


def test_two_visitors_see_each_other_walk(visitor: Callable[..., Visitor]) -> None:
    sora = visitor("そら", room="asobi")
    yuki = visitor("ゆき", room="asobi")
    sora_id = sora.state()["you"]
    yuki.page.wait_for_function("id => window.__kakurega.state().avatars.some(a => a.id === id)", arg=sora_id)
    before = next(a for a in yuki.state()["avatars"] if a["id"] == sora_id)

    # Tap the floor in そら's room picture: そら walks there, and ゆき sees it happen.
    box = sora.page.locator("[data-room-canvas]").bounding_box()
    assert box is not None
    target_x = before["x"] - 200 if before["x"] > 400 else before["x"] + 200
    sora.page.mouse.click(box["x"] + box["width"] * target_x / 1024, box["y"] + box["height"] * 600 / 768)

    yuki.page.wait_for_function(
        "([id, x]) => window.__kakurega.state().avatars.some("
        "a => a.id === id && Math.abs(a.x - x) <= 3 && a.px === a.x)",
        arg=[sora_id, target_x],
        timeout=15_000,
    )
    after = next(a for a in yuki.state()["avatars"] if a["id"] == sora_id)
    assert abs(after["y"] - 600) <= 3
    assert after["x"] != before["x"]
    expect(yuki.page.locator("[data-room-count]")).to_have_text("このへやに 2にん")

    # A pose is seen too.
    sora.page.click("[data-pose=sleep]")
    yuki.page.wait_for_function(
        "id => window.__kakurega.state().avatars.some(a => a.id === id && a.p === 'sleep')", arg=sora_id
    )
    assert not [line for line in sora.console + yuki.console if CSP_COMPLAINT.search(line)]


def test_arrival_is_announced_politely(visitor: Callable[..., Visitor]) -> None:
    sora = visitor("そら", room="hiru")
    live = sora.page.locator("[data-announcer]")
    expect(live).to_have_attribute("aria-live", "polite")
    expect(live).to_have_text(re.compile(r"ここには \d+にん いるよ"))
    visitor("ゆき", room="hiru")
    expect(live).to_have_text("ゆきさんが きたよ", timeout=15_000)


# What the page being left looks like when it lets go: `beforeunload` runs before the browser asks
# for the next page, so this records the page's state at that moment, in the page itself. (A
# MutationObserver's record arrives only after the script that blanked the page has returned, and
# console messages and requests reach the test on different channels, in either order.)
WATCH_LEAVING = """() => window.addEventListener("beforeunload", () => {
    const blank = document.body.childElementCount === 0 && document.title === "";
    const exiting = document.documentElement.classList.contains("exiting");
    console.log(`leaving blank=${blank} exiting=${exiting} at=${location.href}`);
})"""


def _leave_and_check_blank(page: Page, leave: Callable[[], None]) -> None:
    """Leave, and check that the page being left was emptied before the exit page was asked for."""
    said: list[str] = []
    page.on("console", lambda message: said.append(message.text))
    page.route(
        f"{EXIT_URL}**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<p>weather</p>"),
    )
    page.evaluate(WATCH_LEAVING)
    # Quick exit first turns this page's history entry into /exit (docs/privacy.md), then leaves.
    scheme_and_host = "/".join(page.url.split("/", 3)[0:3])
    leave()
    page.wait_for_url(EXIT_URL)
    assert urlsplit(page.url).netloc == "exit.example"
    for _ in range(100):
        if any(line.startswith("leaving ") for line in said):
            break
        page.wait_for_timeout(50)
    assert f"leaving blank=true exiting=true at={scheme_and_host}/exit" in said, said


def test_quick_exit_button_blanks_and_leaves(visitor: Callable[..., Visitor]) -> None:
    sora = visitor("そら", room="hoshi")
    link = sora.page.locator("[data-quick-exit]")
    expect(link).to_have_attribute("href", EXIT_URL)
    _leave_and_check_blank(sora.page, link.click)


def test_shift_three_times_leaves(visitor: Callable[..., Visitor]) -> None:
    sora = visitor("そら", room="mogu")

    def press_shift_three_times() -> None:
        for _ in range(3):
            sora.page.keyboard.press("Shift")

    _leave_and_check_blank(sora.page, press_shift_three_times)


def test_two_shift_presses_do_not_leave(visitor: Callable[..., Visitor], live_server: str) -> None:
    sora = visitor("そら")
    sora.page.keyboard.press("Shift")
    sora.page.keyboard.press("Shift")
    sora.page.wait_for_timeout(300)
    assert sora.page.url == f"{live_server}/"
    assert sora.page.evaluate("document.body.childElementCount") > 0


def test_pages_work_without_javascript(browser: Browser, live_server: str) -> None:
    context, _, _ = open_context(browser, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{live_server}/")
        expect(page.locator("img.greeting__morisan")).to_be_visible()
        doors = page.locator("a.door")
        expect(doors).to_have_count(8)
        for count in page.locator("[data-count-for]").all_text_contents():
            assert re.fullmatch(r"\d+にん", count.strip()), count
        expect(page.locator("a.quick-exit")).to_have_attribute("href", EXIT_URL)
        expect(page.locator("a.quick-exit")).to_have_text("すぐ とじる")
        expect(page.locator("a.topbar__help")).to_have_attribute("href", "/help")

        page.goto(f"{live_server}/help")
        tel = page.locator("a[href^='tel:']")
        assert tel.count() >= 1
        expect(tel.first).to_be_visible()
        expect(page.locator("a.quick-exit")).to_have_attribute("href", EXIT_URL)
        expect(page.locator("a[href='/']").last).to_be_visible()

        page.goto(f"{live_server}/mado")
        assert page.locator("a[href^='tel:']").count() >= 1, "the mado room shows the card in its HTML"

        page.goto(f"{live_server}/hoshi")
        expect(page.locator("a.quick-exit")).to_have_attribute("href", EXIT_URL)
        expect(page.locator("a.door-link[href='/']")).to_be_visible()
        expect(page.locator("[data-room-count]")).to_have_text(re.compile(r"このへやに \d+にん"))

        response = page.goto(f"{live_server}/nowhere")
        assert response is not None and response.status == 404
        expect(page.locator("a.quick-exit")).to_have_attribute("href", EXIT_URL)
    finally:
        context.close()


def test_refused_name_gets_a_kind_message_and_another_try(browser: Browser, live_server: str) -> None:
    context, _, _ = open_context(browser)
    page = context.new_page()
    try:
        page.goto(f"{live_server}/")
        page.fill("[data-name]", "しね")
        page.click("[data-enter]")
        message = page.locator("[data-name-message]")
        expect(message).to_be_visible()
        expect(message).to_contain_text("なまえ")
        expect(page.locator("[data-entry]")).to_be_visible()
        assert page.evaluate("localStorage.getItem('kakurega.me')") is None

        page.fill("[data-name]", "そら")
        page.click("[data-enter]")
        page.wait_for_function("() => window.__kakurega?.state().you != null")
        expect(page.locator("[data-entry]")).to_be_hidden()
        expect(page.locator("[data-my-name]")).to_have_text("そら")
    finally:
        context.close()


def test_a_room_without_a_name_sends_you_to_choose_one(browser: Browser, live_server: str) -> None:
    context, _, _ = open_context(browser)
    page = context.new_page()
    try:
        page.goto(f"{live_server}/hiru")
        page.wait_for_url(f"{live_server}/?next=hiru")
        page.fill("[data-name]", "ねこ")
        page.click("[data-enter]")
        page.wait_for_url(f"{live_server}/hiru")
        page.wait_for_function("() => window.__kakurega?.state().room === 'hiru'")
        me = page.evaluate("window.__kakurega.state()")
        assert any(a["id"] == me["you"] and a["name"] == "ねこ" for a in me["avatars"])
    finally:
        context.close()


def test_no_request_leaves_our_own_host(visitor: Callable[..., Visitor], live_server: str) -> None:
    sora = visitor("そら")
    for path in ("/hoshi", "/hiru", "/mogu", "/mado", "/asobi", "/help", "/"):
        sora.page.goto(f"{live_server}{path}")
        sora.page.wait_for_function(
            "() => !document.querySelector('[data-room-canvas]') || window.__kakurega?.state().you"
        )
        sora.page.wait_for_timeout(300)  # pictures and the room's feature load after that
    ours = urlsplit(live_server).netloc
    assert sora.requests, "requests were recorded"
    assert any(url.startswith("ws://") for url in sora.requests), "the socket was recorded too"
    assert hosts(sora.requests) == {ours}, hosts(sora.requests)
    assert not [line for line in sora.console if CSP_COMPLAINT.search(line)], sora.console


def test_after_a_restart_you_come_back_to_the_same_room(browser: Browser) -> None:
    server = ServerProcess({"KAKUREGA_EXIT_URL": EXIT_URL}).start()
    context, _, _ = open_context(browser)
    try:
        page = context.new_page()
        page.goto(f"{server.base_url}/")
        page.fill("[data-name]", "そら")
        page.click("[data-enter]")
        page.wait_for_function("() => window.__kakurega?.state().you != null")
        page.goto(f"{server.base_url}/hiru")
        page.wait_for_function("() => window.__kakurega?.state().room === 'hiru'")
        first = page.evaluate("window.__kakurega.state().you")

        server.stop()  # SIGTERM: the server drains, saying bye with retry_ms
        status = page.locator("[data-status]")
        expect(status).to_have_text("つながりなおしてるよ…")
        expect(status).to_be_visible()

        server.start()
        # The client's full-jitter backoff doubles its ceiling (5 s, 10 s, 20 s…) while the server
        # is away, so a slow start on a busy machine can put the next try well past 20 s.
        page.wait_for_function(
            "first => { const s = window.__kakurega.state();"
            " return s.you !== null && s.you !== first && s.room === 'hiru'; }",
            arg=first,
            timeout=60_000,
        )
        expect(status).to_be_hidden()
        assert page.url == f"{server.base_url}/hiru"
    finally:
        context.close()
        server.stop()


def test_tick_rules_from_the_protocol(visitor: Callable[..., Visitor]) -> None:
    """leave, join, walk, pose in that order; unknown ids ignored; a repeated join does not jump."""
    page = visitor("そら").page
    result = page.evaluate(
        """async () => {
        const { Nook } = await import("/static/js/nook.js");
        const look = { shape: "maru", color: "mizu", acc: "none" };
        const av = (id, x, y) => ({ id, name: id, look, x, y, p: "stand" });
        const nook = new Nook();
        nook.applyRoom({ room: "kabe", nook: 0, count: 3, you: av("me", 500, 600),
                         others: [av("a", 100, 500), av("b", 300, 500)] });
        const first = nook.applyTick({
          leave: ["a", "ghost"], join: [av("a", 120, 520), av("c", 700, 700)],
          walk: [["a", 200, 500], ["ghost", 1, 1]], pose: [["a", "sit"], ["ghost", "sit"], ["b", "dance"]],
        });
        nook.advance(100_000, true);
        const again = nook.applyTick({ join: [av("c", 900, 700)] });
        const c = nook.snapshot().avatars.find((x) => x.id === "c");
        return { snap: nook.snapshot(), joined: first.joined.map((x) => x.id),
                 left: first.left.map((x) => x.id), againJoined: again.joined.length, c };
    }"""
    )
    avatars = {a["id"]: a for a in result["snap"]["avatars"]}
    assert set(avatars) == {"me", "a", "b", "c"}
    assert (avatars["a"]["x"], avatars["a"]["y"], avatars["a"]["p"]) == (200, 500, "sit")
    assert avatars["b"]["p"] == "stand", "an unknown pose is ignored"
    assert result["left"] == ["a"] and result["joined"] == ["a", "c"]
    assert result["againJoined"] == 0, "a join of a known id replaces it quietly"
    assert result["c"]["x"] == 900 and result["c"]["px"] == 700, "and it walks from where it was drawn"


def test_arrow_keys_walk_and_reduced_motion_jumps(visitor: Callable[..., Visitor]) -> None:
    calm = visitor("しずか", room="kabe", reduced_motion="reduce")
    me = calm.state()["you"]
    calm.page.focus("[data-room-canvas]")
    start = next(a for a in calm.state()["avatars"] if a["id"] == me)
    step_left = -48 if start["x"] > 200 else 48
    # Every drawn position of this avatar, frame by frame, until it stands at its destination.
    calm.page.evaluate(
        """(id) => {
            window.__drawn = [];
            const look = () => {
                const me = window.__kakurega.state().avatars.find(a => a.id === id);
                if (me) window.__drawn.push(me.px);
                requestAnimationFrame(look);
            };
            requestAnimationFrame(look);
        }""",
        me,
    )
    calm.page.keyboard.press("ArrowLeft" if step_left < 0 else "ArrowRight")
    target = start["x"] + step_left
    calm.page.wait_for_function(
        "([id, x]) => window.__kakurega.state().avatars.some(a => a.id === id && a.x === x && a.px === x)",
        arg=[me, target],
    )
    # With reduced motion the avatar is drawn at its destination at once: never anywhere between.
    drawn = calm.page.evaluate("window.__drawn")
    assert set(drawn) <= {start["px"], target}, drawn

    lively = visitor("はしる", room="kabe")
    me = lively.state()["you"]
    box = lively.page.locator("[data-room-canvas]").bounding_box()
    assert box is not None
    start = next(a for a in lively.state()["avatars"] if a["id"] == me)
    target_x = 100 if start["x"] > 512 else 900
    lively.page.mouse.click(box["x"] + box["width"] * target_x / 1024, box["y"] + box["height"] * 0.9)
    lively.page.wait_for_function(
        "([id, x]) => window.__kakurega.state().avatars.some(a => a.id === id && a.px !== x)",
        arg=[me, start["px"]],
    )
    halfway = next(a for a in lively.state()["avatars"] if a["id"] == me)
    assert abs(halfway["x"] - target_x) <= 3
    assert min(start["x"], target_x) < halfway["px"] < max(start["x"], target_x), "it walks there"


def test_typing_capitals_does_not_leave(visitor: Callable[..., Visitor], live_server: str) -> None:
    page = visitor("そら").page
    page.click("[data-rename]")
    page.fill("[data-name]", "")
    for key in ("KeyA", "KeyB", "KeyC"):  # Shift held for each capital, a letter in between
        page.keyboard.down("Shift")
        page.keyboard.press(key)
        page.keyboard.up("Shift")
    page.wait_for_timeout(300)
    assert page.url == f"{live_server}/"
    assert page.input_value("[data-name]") == "ABC"
