"""The visitor side over HTTP (real app, real SQLite): JSON API, no-JS forms, and bad input."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from starlette.testclient import TestClient

from rooms.posts import PostLimits
from rooms.posts.rules import MAX_POST_CHARS
from rooms.posts.schema import posts
from tests.support.posts_app import build_app

LOOSE = PostLimits(browser_burst=1000, address_burst=1000)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(build_app(f"sqlite:///{tmp_path / 'api.db'}", limits=LOOSE)) as test_client:
        yield test_client


def submit(client: TestClient, body: object, room: str = "kabe", **extra: object):  # type: ignore[no-untyped-def]
    return client.post("/api/posts", json={"room": room, "body": body, **extra})


def publish_all(client: TestClient) -> None:
    store = client.app.state.posts  # type: ignore[attr-defined]

    async def approve() -> None:
        for post in await store.queue():
            await store.decide(post.id, "test", True)

    client.portal.call(approve)  # type: ignore[union-attr]


def stored_rows(client: TestClient) -> list[dict]:
    store = client.app.state.posts  # type: ignore[attr-defined]

    async def read() -> list[dict]:
        async with store.engine.connect() as connection:
            return [dict(r) for r in (await connection.execute(sa.select(posts))).mappings()]

    return client.portal.call(read)  # type: ignore[union-attr]


def test_submit_answers_202_with_a_receipt_and_waits_for_staff(client: TestClient) -> None:
    answer = submit(client, "きょうは ねむい")
    assert answer.status_code == 202
    data = answer.json()
    assert data["status"] == "waiting" and data["care"] is False
    assert "スタッフ" in data["message"]
    assert answer.headers["cache-control"] == "no-store"
    lookup = client.post("/api/posts/receipts", json={"receipts": [data["receipt"]]})
    assert lookup.json() == {"receipts": {data["receipt"]: "waiting"}}
    assert client.get("/api/posts/kabe").json()["posts"] == [], "nothing shows before staff read it"
    publish_all(client)
    listed = client.get("/api/posts/kabe").json()
    assert [p["body"] for p in listed["posts"]] == ["きょうは ねむい"]
    assert set(listed["posts"][0]) == {"id", "category", "body"}, "no counts, no reactions, no writer"
    assert client.post("/api/posts/receipts", json={"receipts": [data["receipt"]]}).json()["receipts"] == {
        data["receipt"]: "published"
    }


def test_a_heavy_post_asks_for_care_and_is_urgent(client: TestClient) -> None:
    data = submit(client, "もう しにたい").json()
    assert data["care"] is True
    [row] = stored_rows(client)
    assert row["urgent"] is True or row["urgent"] == 1


def test_the_shelf_needs_a_category(client: TestClient) -> None:
    assert submit(client, "よるは ラジオを きく", room="tana").status_code == 422
    assert submit(client, "よるは ラジオを きく", room="tana", category="night").status_code == 202
    publish_all(client)
    assert client.get("/api/posts/tana?category=night").json()["posts"][0]["category"] == "night"
    assert client.get("/api/posts/tana?category=nope").status_code == 400
    assert client.get("/api/posts/robo").status_code == 404
    assert client.get("/api/posts/kabe?before=abc").status_code == 400


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        ("", 422, "empty"),
        ("あ" * (MAX_POST_CHARS + 1), 422, "too_long"),
        ("ね\x00む", 422, "chars"),
        ("abc\u202eevil", 422, "chars"),
        (["list"], 422, "not_text"),
    ],
)
def test_bad_posts_get_a_clear_answer_and_nothing_is_stored(
    client: TestClient, body: object, status: int, error: str
) -> None:
    answer = submit(client, body)
    assert (answer.status_code, answer.json()["error"]) == (status, error)
    assert answer.json()["message"]
    assert stored_rows(client) == []


def test_malformed_requests(client: TestClient) -> None:
    binary = client.post("/api/posts", content=b"\xff\xfe\x00", headers={"content-type": "application/json"})
    assert binary.status_code == 400
    wrong_type = client.post("/api/posts", content=b"body=x", headers={"content-type": "text/plain"})
    assert wrong_type.status_code == 400
    huge = client.post(
        "/api/posts", content=b"{" + b" " * 70_000 + b"}", headers={"content-type": "application/json"}
    )
    assert huge.status_code == 413
    not_map = client.post("/api/posts", json=["kabe"])
    assert not_map.status_code == 400
    assert client.post("/api/posts/receipts", json={"receipts": "x"}).status_code == 400
    assert stored_rows(client) == []


def test_a_page_on_another_site_cannot_post(client: TestClient) -> None:
    answer = client.post(
        "/api/posts", json={"room": "kabe", "body": "x"}, headers={"origin": "https://evil.example"}
    )
    assert answer.status_code == 403
    form = client.post("/kabe/posts", data={"body": "x"}, headers={"sec-fetch-site": "cross-site"})
    assert form.status_code == 403
    assert stored_rows(client) == []


def test_floods_are_slowed_per_browser_and_per_address(tmp_path: Path) -> None:
    limits = PostLimits(browser_burst=2, browser_per_minute=0.1, address_burst=4, address_per_minute=0.1)
    with TestClient(build_app(f"sqlite:///{tmp_path / 'flood.db'}", limits=limits)) as client:
        codes = [submit(client, f"{i}かいめ").status_code for i in range(3)]
        assert codes == [202, 202, 429], "one browser (it keeps its cookie) gets two"
        assert submit(client, "まだ？").headers["retry-after"]
        client.cookies.clear()
        codes = [submit(client, "べつの ブラウザ").status_code for _ in range(2)]
        assert codes == [202, 202]
        client.cookies.clear()
        assert submit(client, "また べつの").status_code == 429, "the address has used its burst"
        assert len(stored_rows(client)) == 4


def test_no_javascript_form_posts_and_redirects_then_shows_my_status(client: TestClient) -> None:
    sent = client.post("/kabe/posts", data={"body": "フォームから"}, follow_redirects=False)
    assert sent.status_code == 303
    assert sent.headers["location"] == "/kabe/posts/sent"
    cookie = next(c for c in sent.headers.get_list("set-cookie") if c.startswith("kakurega_receipts="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    page = client.get("/kabe/posts/sent")
    assert "スタッフ" in page.text and "data-post-sent" in page.text
    room = client.get("/kabe")
    assert "スタッフが よむのを まってるよ" in room.text
    publish_all(client)
    room = client.get("/kabe")
    assert "かべに のったよ" in room.text
    assert "フォームから" in room.text


def test_heavy_words_through_the_form_show_the_hotline_card(client: TestClient) -> None:
    sent = client.post("/kabe/posts", data={"body": "しにたい"}, follow_redirects=False)
    assert sent.headers["location"] == "/kabe/posts/sent?care=1"
    page = client.get(sent.headers["location"])
    assert "hotline-card" in page.text and "data-post-care" in page.text
    assert "data-post-care hidden" not in page.text


def test_a_refused_form_keeps_every_word(client: TestClient) -> None:
    text = "あ" * (MAX_POST_CHARS + 5)
    answer = client.post("/kabe/posts", data={"body": text})
    assert answer.status_code == 422
    assert text in answer.text and "もじ までに" in answer.text
    shelf = client.post("/tana/posts", data={"body": "すきな ほん"})
    assert shelf.status_code == 422 and "すきな ほん" in shelf.text
    binary = client.post(
        "/kabe/posts", content=b"body=%FF%FE", headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert binary.status_code == 400


def test_html_is_always_shown_escaped_under_a_strict_policy(client: TestClient) -> None:
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    assert submit(client, evil).status_code == 202
    publish_all(client)
    page = client.get("/kabe")
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.text
    policy = page.headers["content-security-policy"]
    script_src = re.search(r"script-src ([^;]*)", policy)
    assert script_src is not None and "unsafe-inline" not in script_src.group(1)
    assert "<script>" not in page.text.replace('<script type="module"', ""), "no inline scripts at all"


def test_wall_pages_newest_first_without_javascript(client: TestClient) -> None:
    for i in range(15):
        submit(client, f"メモ{i:02d}")
    publish_all(client)
    first = client.get("/kabe").text
    assert first.index("メモ14") < first.index("メモ13")
    assert "メモ02" not in first
    more = re.search(r'href="(/kabe\?before=\d+)#posts"', first)
    assert more is not None
    second = client.get(more.group(1)).text
    assert "メモ02" in second and "メモ14" not in second


def test_the_address_is_never_stored(client: TestClient) -> None:
    submit(client, "どこから かは ひみつ")
    store = client.app.state.posts  # type: ignore[attr-defined]

    async def everything() -> str:
        dump = []
        async with store.engine.connect() as connection:
            for table in ("posts", "audit", "staff"):
                dump += [str(r) for r in await connection.execute(sa.text(f"SELECT * FROM {table}"))]
        return " ".join(dump)

    assert "testclient" not in client.portal.call(everything)  # type: ignore[union-attr]


def test_when_the_database_is_away_the_writer_keeps_the_words(client: TestClient) -> None:
    from rooms.posts.database import create_engine
    from rooms.posts.store import PostStore

    nowhere = create_engine("postgresql://postgres@127.0.0.1:9/nowhere")  # nothing listens on port 9
    client.app.state.posts = PostStore(nowhere)  # type: ignore[attr-defined]
    try:
        answer = submit(client, "まだ とどかない")
        assert (answer.status_code, answer.json()["error"]) == (503, "busy")
        assert answer.headers["retry-after"]
        form = client.post("/kabe/posts", data={"body": "のこしてね"})
        assert form.status_code == 503 and "のこしてね" in form.text and "こんでる" in form.text
    finally:
        client.portal.call(nowhere.dispose)  # type: ignore[union-attr]


def test_words_about_harm_at_home_put_the_abuse_line_first(client: TestClient) -> None:
    answer = submit(client, "おとうさんに まいにち なぐられる")
    assert answer.status_code == 202 and answer.json()["care"] and answer.json()["abuse"]
    calm = submit(client, "しにたい")
    assert calm.json()["care"] and not calm.json()["abuse"]
    sent = client.post(
        "/kabe/posts", data={"body": "おとうさんに まいにち なぐられる"}, follow_redirects=False
    )
    assert sent.headers["location"] == "/kabe/posts/sent?care=abuse"
    page = client.get(sent.headers["location"]).text
    first_call = page[page.index('href="tel:') :].split('"')[1]
    assert first_call == "tel:189", "the child-abuse line comes first"
    plain = client.get("/kabe/posts/sent?care=1").text
    assert plain[plain.index('href="tel:') :].split('"')[1] != "tel:189"
