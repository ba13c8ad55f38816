"""The staff's own level over HTTP (real app, real SQLite): chosen with either decision, never
preselected, refused whole when bad, and counted on /staff/stats without any post's words."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from rooms.posts.schema import audit, posts
from rooms.posts.screening import screen
from tests.support.staff_console import audit_lines, csrf_of, log_in, table_rows


@pytest.fixture
def client(staff_client: TestClient) -> TestClient:
    return staff_client


def post_something(client: TestClient, body: str) -> None:
    assert client.post("/api/posts", json={"room": "kabe", "body": body}).status_code == 202


def decide(client: TestClient, post_id: int, verb: str, **fields: str):  # type: ignore[no-untyped-def]
    queue = client.get("/staff/").text
    data = {"csrf": csrf_of(queue, f"/staff/posts/{post_id}/{verb}"), **fields}
    return client.post(f"/staff/posts/{post_id}/{verb}", data=data, follow_redirects=False)


def stored_levels(client: TestClient) -> dict[int, tuple[str, str | None]]:
    return {r.id: (r.status, r.staff_level) for r in table_rows(client, posts)}


def test_both_forms_offer_the_level_and_none_is_chosen_for_the_moderator(client: TestClient) -> None:
    post_something(client, "もう しにたい")  # the net rates it high or imminent
    log_in(client)
    queue = client.get("/staff/").text
    assert queue.count('<select name="staff_level" data-staff-level>') == 2, "in the approve and reject forms"
    for form in ("approve", "reject"):
        scope = queue[queue.index(f'action="/staff/posts/1/{form}"') :]
        scope = scope[: scope.index("</form>")]
        choices = re.findall(r'<option value="([^"]*)"( selected)?>([^<]+)</option>', scope)
        levels = [(value, selected, label) for value, selected, label in choices if value in ("", "none")]
        assert ("", " selected", "記録しない") in levels, "the unrecorded choice comes first and is chosen"
        assert ("none", "", "なし") in levels
        assert [c[0] for c in choices if c[1]] == [""], "never the net's level: no other choice is made"
        assert '<option value="imminent">切迫</option>' in scope


def test_approve_and_reject_record_the_level_or_nothing(client: TestClient) -> None:
    for body in ("いち", "に", "さん", "よん"):
        post_something(client, body)
    log_in(client)
    assert decide(client, 1, "approve", staff_level="concern").headers["location"] == "/staff/?done=approved"
    rejected = decide(client, 2, "reject", reason="personal", staff_level="imminent")
    assert rejected.headers["location"] == "/staff/?done=rejected"
    assert decide(client, 3, "approve", staff_level="").status_code == 303  # 「記録しない」
    assert decide(client, 4, "reject", reason="other").status_code == 303  # no field at all
    assert stored_levels(client) == {
        1: ("published", "concern"),
        2: ("rejected", "imminent"),
        3: ("published", None),
        4: ("rejected", None),
    }
    details = [(r.action, r.post_id, r.detail) for r in table_rows(client, audit) if r.post_id]
    assert details == [
        ("approve", 1, "level=concern"),
        ("reject", 2, "personal level=imminent"),
        ("approve", 3, None),
        ("reject", 4, "other"),
    ]


@pytest.mark.parametrize(
    "level",
    ["urgent", "HIGH", " high", "none\x00", "高", "x" * 3000],
    ids=["unknown", "case", "space", "nul", "label", "huge"],
)
@pytest.mark.parametrize("verb", ["approve", "reject"])
def test_a_bad_level_is_a_400_and_the_post_still_waits(client: TestClient, verb: str, level: str) -> None:
    post_something(client, "まだ まってる")
    log_in(client)
    fields = {"staff_level": level} | ({"reason": "other"} if verb == "reject" else {})
    answer = decide(client, 1, verb, **fields)
    assert answer.status_code == 400
    assert "見立ての値が正しくありません" in answer.text
    assert "x" * 100 not in answer.text, "the value is not echoed back"
    assert stored_levels(client) == {1: ("waiting", None)}, "nothing half-made"
    assert [line for line in audit_lines(client) if line[2] is not None] == []
    assert "まだ まってる" in client.get("/staff/").text
    assert decide(client, 1, verb, **(fields | {"staff_level": "high"})).status_code == 303


def seed_decided(client: TestClient, rows: list[tuple[str, str | None]]) -> None:
    """Posts decided with (body, staff level), through the store the app itself uses."""
    store = client.app.state.posts  # type: ignore[attr-defined]
    call = client.portal.call  # type: ignore[union-attr]

    async def seed() -> None:
        for body, _ in rows:
            await store.submit("kabe", None, body, screen(body))
        ids = {p.body: p.id for p in await store.queue()}
        for body, level in rows:
            await store.decide(ids[body], "mika", True, staff_level=level)

    call(seed)


def field_section(html: str) -> str:
    return html[html.index("data-field>") : html.index("</section>", html.index("data-field>"))]


def test_the_stats_page_shows_the_field_figures_with_small_counts_held_back(client: TestClient) -> None:
    # Twelve calm posts the staff also rated none, three the staff rated concern, one unrated.
    rows = [(f"きょうの てんき {n}", "none") for n in range(12)]
    rows += [(f"ちょっと つかれた {n}", "concern") for n in range(3)] + [("ねこ", None)]
    seed_decided(client, rows)
    log_in(client)
    html = client.get("/staff/stats").text
    section = field_section(html)
    assert "安全ネットとスタッフの見立て（30日間）" in html
    assert "<strong data-field-labelled>15</strong>" in section
    assert "data-field-few" in section, "fewer than 30 labelled posts: said so"
    net_none = table_rows(client, posts)[0].risk_level
    assert net_none == "none"
    # Staff none: 12 posts, none flagged by the net → 0% of 12; the crisis shares have no posts.
    assert "（空振り）</th><td>0%</td><td>12</td>" in section
    assert "スタッフが「切迫」→ ネットも「切迫」</th><td>—</td><td>0</td>" in section
    assert '<th scope="row">なし</th><td>12</td><td>0</td><td>0</td><td>0</td>' in section
    concern_row = re.search(r'<th scope="row">心配</th>((?:<td>[^<]*</td>){4})', section)
    assert concern_row is not None and "&lt; 10" in concern_row.group(1), "3 posts: held back"
    assert "3</td>" not in concern_row.group(1)
    for body, _ in rows:
        assert body not in html, "no post's words on the page"


def test_the_stats_page_gives_no_share_of_fewer_than_ten(client: TestClient) -> None:
    seed_decided(client, [(f"ふつうの ひ {n}", "none") for n in range(4)])
    log_in(client)
    section = field_section(client.get("/staff/stats").text)
    assert "（空振り）</th><td>—</td><td>&lt; 10</td>" in section
    assert "<strong data-field-labelled>&lt; 10</strong>" in section


def test_nothing_recorded_leaves_the_section_empty(client: TestClient) -> None:
    seed_decided(client, [("ねこ", None)])
    log_in(client)
    section = field_section(client.get("/staff/stats").text)
    assert "<strong data-field-labelled>0</strong>" in section
