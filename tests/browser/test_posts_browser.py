"""The wall and the shelf in a real Chromium: write, wait, a moderator decides, others read."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from playwright.sync_api import Browser, BrowserContext, Page, expect

from rooms.posts.schema import posts
from tests.browser.conftest import PHONE, TABLET, remember, shot
from tests.support.posts_server import MODERATOR, add_staff
from tests.support.servers import running_server

pytestmark = pytest.mark.browser

CSP_COMPLAINT = re.compile(r"Content Security Policy|Refused to", re.IGNORECASE)


@pytest.fixture(scope="module")
def posts_database(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('posts') / 'browser.db'}"


@pytest.fixture(scope="module")
def posts_server(posts_database: str) -> Iterator[str]:
    add_staff(posts_database, *MODERATOR)
    environment = {"KAKUREGA_DATABASE_URL": posts_database, "KAKUREGA_POSTS_BROWSER_BURST": "50"}
    with running_server(environment) as server:
        yield server.base_url


@pytest.fixture
def contexts(browser: Browser) -> Iterator[list[BrowserContext]]:
    opened: list[BrowserContext] = []
    yield opened
    for context in opened:
        context.close()


def person(browser: Browser, contexts: list[BrowserContext], **options: object) -> tuple[Page, list[str]]:
    """A separate visitor (own storage) with a name already chosen, collecting console complaints."""
    context = browser.new_context(viewport=TABLET, **options)  # type: ignore[arg-type]
    contexts.append(context)
    remember(context)
    page = context.new_page()
    complaints: list[str] = []
    page.on("console", lambda m: complaints.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: complaints.append(str(error)))
    return page, complaints


def write(page: Page, base: str, room: str, text: str, category: str | None = None) -> None:
    page.goto(f"{base}/{room}")
    box = page.locator(f"[data-posts={room}]")
    open_writing(box)
    if category:
        box.locator(f"input[name=category][value={category}]").check()
    box.locator("[data-post-body]").fill(text)
    box.locator("[data-post-send]").click()


def open_writing(box) -> None:  # type: ignore[no-untyped-def]
    """The form folds away once there is something to read; unfold it (works without JS too)."""
    if box.locator("details.posts-write").get_attribute("open") is None:
        box.locator("summary").click()


def moderator(browser: Browser, contexts: list[BrowserContext], base: str) -> Page:
    page, _ = person(browser, contexts)
    page.goto(f"{base}/staff/")
    expect(page).to_have_url(f"{base}/staff/login")
    page.fill("input[name=name]", MODERATOR[0])
    page.fill("input[name=password]", MODERATOR[1])
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{base}/staff/")
    return page


def queue_item(staff: Page, text: str):  # type: ignore[no-untyped-def]
    return staff.locator("[data-queue-item]", has_text=text)


def test_a_post_waits_is_approved_by_keyboard_and_appears_for_another_visitor(
    browser: Browser, contexts: list[BrowserContext], posts_server: str
) -> None:
    writer, complaints = person(browser, contexts)
    write(writer, posts_server, "kabe", "きょうは そらが きれいだった")
    expect(writer.locator("[data-post-sent]")).to_contain_text("スタッフが よんでから")
    expect(writer.locator("[data-post-mine]")).to_contain_text("まってるよ")
    expect(writer.locator("[data-post-care]")).to_be_hidden()

    staff = moderator(browser, contexts, posts_server)
    item = queue_item(staff, "そらが きれい")
    expect(item).to_be_visible()
    item.click()
    staff.keyboard.press("a")
    expect(staff.locator("[data-done]")).to_contain_text("公開しました")
    expect(queue_item(staff, "そらが きれい")).to_have_count(0)

    reader, reader_complaints = person(browser, contexts)
    reader.goto(f"{posts_server}/kabe")
    expect(reader.locator(".posts-wall")).to_contain_text("きょうは そらが きれいだった")
    writer.reload()
    expect(writer.locator("[data-post-mine]")).to_contain_text("かべに のったよ")
    assert not [c for c in complaints + reader_complaints if CSP_COMPLAINT.search(c)]


def test_a_rejected_post_never_appears(
    browser: Browser, contexts: list[BrowserContext], posts_server: str
) -> None:
    writer, _ = person(browser, contexts)
    write(writer, posts_server, "tana", "これは のせられない おすすめ", category="game")
    expect(writer.locator("[data-post-sent]")).to_be_visible()

    staff = moderator(browser, contexts, posts_server)
    item = queue_item(staff, "のせられない")
    item.locator("[data-reason]").select_option("other")
    item.get_by_role("button", name=re.compile("却下")).click()
    expect(staff.locator("[data-done]")).to_contain_text("却下しました")

    reader, _ = person(browser, contexts)
    reader.goto(f"{posts_server}/tana")
    expect(reader.locator("[data-posts=tana]")).to_be_visible()
    expect(reader.locator("[data-posts=tana]")).not_to_contain_text("のせられない")
    writer.reload()
    expect(writer.locator("[data-post-mine]")).to_contain_text("のせなかった")


def test_a_high_risk_post_shows_the_hotline_card_to_its_writer_at_once(
    browser: Browser, contexts: list[BrowserContext], posts_server: str
) -> None:
    writer, _ = person(browser, contexts)
    write(writer, posts_server, "kabe", "もう しにたい")
    care = writer.locator("[data-post-care]")
    expect(care).to_be_visible()
    expect(care.locator(".hotline-card")).to_be_visible()
    expect(care).to_be_focused()
    staff = moderator(browser, contexts, posts_server)
    expect(staff.locator("[data-queue-item]").first).to_contain_text("URGENT")


def test_without_javascript_the_form_and_the_list_still_work(
    browser: Browser, contexts: list[BrowserContext], posts_server: str
) -> None:
    writer, _ = person(browser, contexts, java_script_enabled=False)
    writer.goto(f"{posts_server}/kabe")
    open_writing(writer.locator("[data-posts=kabe]"))
    writer.locator("[data-post-body]").fill("JS なしでも かける")
    writer.locator("[data-post-send]").click()
    expect(writer).to_have_url(f"{posts_server}/kabe/posts/sent")
    expect(writer.locator("[data-post-sent]")).to_be_visible()
    writer.goto(f"{posts_server}/kabe")
    expect(writer.locator("[data-post-mine]")).to_contain_text("まってるよ")


def test_a_moderator_records_their_own_level_by_key_and_by_choice(
    browser: Browser, contexts: list[BrowserContext], posts_server: str, posts_database: str
) -> None:
    writer, _ = person(browser, contexts)
    write(writer, posts_server, "kabe", "きょうは ちょっと つかれた きぶん")
    expect(writer.locator("[data-post-sent]")).to_be_visible()

    staff = moderator(browser, contexts, posts_server)
    item = queue_item(staff, "ちょっと つかれた")
    levels = item.locator("[data-staff-level]")
    expect(levels).to_have_count(2)  # one in each form, so that both work without script
    for choice in levels.all():
        expect(choice).to_have_value("")  # 「記録しない」: never the net's level
    item.click()
    staff.keyboard.press("1")
    for choice in levels.all():
        expect(choice).to_have_value("concern")
    # Chosen in the reject form, it follows into the approve form: either decision sends it.
    item.locator("[data-reject] [data-staff-level]").select_option("high")
    expect(item.locator("[data-approve] [data-staff-level]")).to_have_value("high")
    for size in (TABLET, PHONE):
        staff.set_viewport_size(size)
        item.scroll_into_view_if_needed()
        shot(staff, f"field-queue-{size['width']}.png")
    staff.set_viewport_size(TABLET)
    item.click()
    staff.keyboard.press("a")
    expect(staff.locator("[data-done]")).to_contain_text("公開しました")

    engine = sa.create_engine(posts_database)
    try:
        with engine.connect() as connection:
            stored = connection.execute(
                sa.select(posts.c.status, posts.c.staff_level).where(
                    posts.c.body.contains("ちょっと つかれた")
                )
            ).one()
    finally:
        engine.dispose()
    assert tuple(stored) == ("published", "high")

    staff.goto(f"{posts_server}/staff/stats")
    section = staff.locator("[data-field]")
    expect(section).to_contain_text("安全ネットとスタッフの見立て")
    expect(section.locator("[data-field-few]")).to_be_visible()
    for size in (TABLET, PHONE):
        staff.set_viewport_size(size)
        section.scroll_into_view_if_needed()
        shot(staff, f"field-stats-{size['width']}.png")
