"""The staff console over HTTP (real app, real SQLite): sessions, CSRF, throttling, the queue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from staff import accounts
from staff.throttle import FREE_FAILURES
from tests.support.staff_console import PASSWORD, audit_lines, csrf_of, log_in


@pytest.fixture
def client(staff_client: TestClient) -> TestClient:
    return staff_client


def post_something(client: TestClient, body: str = "よんでね") -> None:
    assert client.post("/api/posts", json={"room": "kabe", "body": body}).status_code == 202


@pytest.mark.parametrize("path", ["/staff/", "/staff/audit"])
def test_without_a_session_every_page_redirects_to_login_and_shows_no_data(
    client: TestClient, path: str
) -> None:
    post_something(client, "ひみつの ないよう")
    answer = client.get(path, follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/staff/login"
    assert "ひみつの" not in answer.text
    client.cookies.set("kakurega_staff", "eyJzIjoxfQ.forged.sig")
    forged = client.get(path, follow_redirects=False)
    assert forged.status_code == 303


def test_actions_without_a_session_change_nothing(client: TestClient) -> None:
    post_something(client)
    answer = client.post("/staff/posts/1/approve", data={"csrf": "x"}, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/staff/login"
    assert client.get("/api/posts/kabe").json()["posts"] == []


def test_login_sets_a_strict_http_only_cookie_and_shows_the_queue(client: TestClient) -> None:
    post_something(client, "ふつうの きもち")
    post_something(client, "もう しにたい")
    answer = log_in(client)
    assert answer.status_code == 303 and answer.headers["location"] == "/staff/"
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith("kakurega_staff="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/staff" in cookie
    assert "Secure" not in cookie, "plain HTTP in tests; behind HTTPS secure_cookies adds it"
    queue = client.get("/staff/")
    assert queue.status_code == 200 and queue.headers["cache-control"] == "no-store"
    assert queue.text.index("もう") < queue.text.index("ふつうの"), "urgent first"
    assert "URGENT" in queue.text
    assert 'staff-mark--risk">しにたい</mark>' in queue.text
    assert re.search(r"<strong data-waiting>2</strong>", queue.text)


def test_secure_cookies_behind_https(tmp_path: Path) -> None:
    from starlette.applications import Starlette
    from starlette.routing import Mount

    from staff import staff_app

    app = Starlette(routes=[Mount("/staff", app=staff_app("k", secure_cookies=True))])
    with TestClient(app) as test_client:
        answer = test_client.get("/staff/login")
    assert "Secure" in answer.headers["set-cookie"]


def test_approve_publishes_exactly_and_is_audited(client: TestClient) -> None:
    post_something(client, "<b>そのまま</b> のる？")
    log_in(client)
    queue = client.get("/staff/").text
    answer = client.post(
        "/staff/posts/1/approve",
        data={"csrf": csrf_of(queue, "/staff/posts/1/approve")},
        follow_redirects=False,
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/staff/?done=approved"
    assert [p["body"] for p in client.get("/api/posts/kabe").json()["posts"]] == ["<b>そのまま</b> のる？"]
    assert ("mika", "approve", 1) in audit_lines(client)


def test_reject_needs_a_reason_and_a_rejected_post_never_appears(client: TestClient) -> None:
    post_something(client, "だめな ないよう")
    log_in(client)
    queue = client.get("/staff/").text
    no_reason = client.post(
        "/staff/posts/1/reject",
        data={"csrf": csrf_of(queue, "/staff/posts/1/reject")},
        follow_redirects=False,
    )
    assert no_reason.status_code == 400
    queue = client.get("/staff/").text
    answer = client.post(
        "/staff/posts/1/reject",
        data={"csrf": csrf_of(queue, "/staff/posts/1/reject"), "reason": "personal"},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert client.get("/api/posts/kabe").json()["posts"] == []
    assert "だめな" not in client.get("/kabe").text
    assert ("mika", "reject", 1) in audit_lines(client)


def test_forged_replayed_and_misused_csrf_tokens_are_refused(client: TestClient) -> None:
    post_something(client, "いち")
    post_something(client, "に")
    log_in(client)
    queue = client.get("/staff/").text
    token = csrf_of(queue, "/staff/posts/1/approve")
    forged = client.post("/staff/posts/1/approve", data={"csrf": token[:-3] + "abc"}, follow_redirects=False)
    assert forged.status_code == 403
    missing = client.post("/staff/posts/1/approve", data={"x": "1"}, follow_redirects=False)
    assert missing.status_code == 403
    other_post = client.post("/staff/posts/2/approve", data={"csrf": token}, follow_redirects=False)
    assert other_post.status_code == 403, "a token is for one form of one post"
    assert (
        client.post("/staff/posts/1/approve", data={"csrf": token}, follow_redirects=False).status_code == 303
    )
    replay = client.post("/staff/posts/1/approve", data={"csrf": token}, follow_redirects=False)
    assert replay.status_code == 403
    cross = client.post(
        "/staff/posts/2/approve",
        data={"csrf": csrf_of(client.get("/staff/").text, "/staff/posts/2/approve")},
        headers={"origin": "https://evil.example"},
        follow_redirects=False,
    )
    assert cross.status_code == 403
    assert [p["body"] for p in client.get("/api/posts/kabe").json()["posts"]] == ["いち"]


def test_login_form_needs_its_own_token(client: TestClient) -> None:
    client.get("/staff/login")
    answer = client.post("/staff/login", data={"csrf": "nope", "name": "mika", "password": PASSWORD})
    assert answer.status_code == 403
    assert "kakurega_staff=" not in answer.headers.get("set-cookie", "").replace("kakurega_staff_login", "")


def test_wrong_passwords_are_refused_alike_then_held(client: TestClient) -> None:
    answers = [log_in(client, password="wrong password!") for _ in range(FREE_FAILURES + 1)]
    assert [a.status_code for a in answers] == [401] * (FREE_FAILURES + 1)
    held = log_in(client)
    assert held.status_code == 401, "even the right password waits out the delay, from this source"
    assert "data-login-error" in held.text and "kakurega_staff=" not in held.headers.get("set-cookie", "")


def test_log_in_never_locks_and_says_only_why_for_the_caller(client: TestClient) -> None:
    engine = client.app.state.posts.engine  # type: ignore[attr-defined]
    call = client.portal.call  # type: ignore[union-attr]
    results = [call(accounts.log_in, engine, "mika", "wrong") for _ in range(20)]
    assert {r.failure for r in results} == {"password"}
    assert call(accounts.log_in, engine, "mika", PASSWORD).member is not None, "no lock-out"
    assert call(accounts.log_in, engine, "nobody", PASSWORD).failure == "unknown"
    held = call(lambda: accounts.log_in(engine, "mika", PASSWORD, held=True))
    assert held.member is None and held.failure == "held"
    assert audit_lines(client).count(("mika", "login", None)) == 1, "refusals write nothing themselves"


def test_logout_ends_the_session_everywhere(client: TestClient) -> None:
    log_in(client)
    old_cookie = client.cookies.get("kakurega_staff")
    queue = client.get("/staff/").text
    out = client.post("/staff/logout", data={"csrf": csrf_of(queue, "/staff/logout")}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/staff/login"
    client.cookies.clear()
    client.cookies.set("kakurega_staff", old_cookie or "")
    stolen = client.get("/staff/", follow_redirects=False)
    assert stolen.status_code == 303, "a cookie from before the logout is void"
    assert ("mika", "logout", None) in audit_lines(client)


def test_only_admins_read_the_audit_log(client: TestClient) -> None:
    log_in(client)
    assert client.get("/staff/audit").status_code == 403
    client.cookies.clear()
    log_in(client, "boss")
    page = client.get("/staff/audit")
    assert page.status_code == 200
    assert "staff_add" in page.text and "login" in page.text


def test_median_time_and_count_are_shown(client: TestClient) -> None:
    post_something(client)
    log_in(client)
    queue = client.get("/staff/").text
    assert "<strong data-median>—</strong>" in queue
    client.post("/staff/posts/1/approve", data={"csrf": csrf_of(queue, "/staff/posts/1/approve")})
    queue = client.get("/staff/").text
    assert "<strong data-median>0 分</strong>" in queue
    assert "<strong data-waiting>0</strong>" in queue
