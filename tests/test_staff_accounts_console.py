"""Admins manage staff accounts in the console (real app, real SQLite): add, disable, enable,
reset a password or the second factor; moderators, forged forms and bad input change nothing."""

from __future__ import annotations

import re

import pyotp
import pytest
from starlette.testclient import TestClient

from rooms.posts.schema import audit, staff
from staff import accounts, second_factor
from staff.tokens import Tokens
from tests.support.staff_console import audit_lines, csrf_of, log_in, table_rows


@pytest.fixture
def client(staff_client: TestClient) -> TestClient:
    return staff_client


def staff_rows(client: TestClient) -> list[tuple[str, str, bool, int, bool]]:
    return [
        (r.name, r.role, r.active, r.session_epoch, bool(r.totp_secret)) for r in table_rows(client, staff)
    ]


def staff_id(client: TestClient, name: str) -> int:
    page = client.get("/staff/accounts").text
    match = re.search(rf'data-account-name="{re.escape(name)}".*?action="/staff/accounts/(\d+)/', page, re.S)
    assert match is not None
    return int(match.group(1))


def act(client: TestClient, name: str, action: str):  # type: ignore[no-untyped-def]
    target = staff_id(client, name)
    path = f"/staff/accounts/{target}/{action}"
    token = csrf_of(client.get("/staff/accounts").text, path)
    return client.post(path, data={"csrf": token}, follow_redirects=False)


def add(client: TestClient, name: str, role: str = "moderator", password: str = ""):  # type: ignore[no-untyped-def]
    token = csrf_of(client.get("/staff/accounts").text, "/staff/accounts")
    return client.post(
        "/staff/accounts",
        data={"csrf": token, "name": name, "role": role, "password": password},
        follow_redirects=False,
    )


def shown_password(html: str) -> str:
    match = re.search(r"data-new-password>([^<]+)<", html)
    assert match is not None, "the new password is shown once"
    return match.group(1)


def test_admin_adds_disables_enables_and_resets_with_an_audit_line_each(client: TestClient) -> None:
    assert log_in(client, "boss").status_code == 303
    page = client.get("/staff/accounts")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    assert 'data-account-name="mika"' in page.text and 'data-second-factor="off"' in page.text

    added = add(client, "hana")
    assert added.status_code == 200
    first = shown_password(added.text)
    assert len(first) >= accounts.MIN_PASSWORD_CHARS
    assert ("hana", "moderator", True, 0, False) in staff_rows(client)
    assert add(client, "ren", "admin", "a chosen long password").status_code == 200
    assert "data-new-password" not in add(client, "yui", "moderator", "another long password").text

    other = TestClient(client.app, base_url="http://testserver")
    assert log_in(other, "hana", first).status_code == 303
    assert other.get("/staff/", follow_redirects=False).status_code == 200

    assert act(client, "hana", "disable").headers["location"] == "/staff/accounts?done=disabled"
    assert ("hana", "moderator", False, 1, False) in staff_rows(client)
    # Her open session ended, and the right password no longer opens the console.
    assert other.get("/staff/", follow_redirects=False).headers["location"] == "/staff/login"
    refused = log_in(other, "hana", first)
    assert refused.status_code == 401 and "名前、パスワード" in refused.text

    assert act(client, "hana", "enable").status_code == 303
    assert log_in(other, "hana", first).status_code == 303

    reset = act(client, "hana", "password")
    second = shown_password(reset.text)
    assert second != first
    assert other.get("/staff/", follow_redirects=False).status_code == 303  # sessions ended
    assert log_in(other, "hana", first).status_code == 401
    assert log_in(other, "hana", second).status_code == 303

    engine = client.app.state.posts.engine  # type: ignore[attr-defined]
    hana = client.portal.call(accounts.member, engine, staff_id(client, "hana"))  # type: ignore[union-attr]
    secret = second_factor.new_secret()
    code = pyotp.TOTP(secret).now()
    assert client.portal.call(accounts.enrol_second_factor, engine, hana, secret, code)  # type: ignore[union-attr]
    assert 'data-second-factor="on"' in client.get("/staff/accounts").text
    assert act(client, "hana", "second-factor").headers["location"] == "/staff/accounts?done=second-factor"
    assert staff_rows(client)[-3][4] is False  # hana: ren and yui came after

    trail = audit_details(client)
    lines = [line for line in trail if line[0] == "boss" and line[1] not in ("staff_add", "login")]
    assert lines == [
        ("boss", "staff_add_moderator", "hana"),
        ("boss", "staff_add_admin", "ren"),
        ("boss", "staff_add_moderator", "yui"),
        ("boss", "staff_disable", "hana"),
        ("boss", "staff_enable", "hana"),
        ("boss", "staff_password_reset", "hana"),
        ("boss", "second_factor_reset", "hana"),
    ]
    # No addresses in the audit trail: the test client's address is "testclient".
    assert all("testclient" not in f"{who}{detail}" for who, _, detail in trail)


def audit_details(client: TestClient) -> list[tuple[str, str, str | None]]:
    return [(r.staff_name, r.action, r.detail) for r in table_rows(client, audit)]


def test_an_admin_cannot_disable_themself(client: TestClient) -> None:
    log_in(client, "boss")
    assert f"/staff/accounts/{staff_id(client, 'mika')}/disable" in client.get("/staff/accounts").text
    me = staff_id(client, "mika") + 1
    assert f"/staff/accounts/{me}/disable" not in client.get("/staff/accounts").text
    # Sent anyway, with a valid token for the purpose: still refused.
    before = staff_rows(client)
    answer = client.post(
        f"/staff/accounts/{me}/disable",
        data={"csrf": TOKENS.csrf(_session_nonce(client), f"staff-disable:{me}")},
        follow_redirects=False,
    )
    assert answer.status_code == 400 and "自分のアカウントは無効にできません" in answer.text
    assert staff_rows(client) == before


TOKENS = Tokens("test-secret-key-not-for-production")  # tests/support/posts_app.py's key


def _session_nonce(client: TestClient) -> str:
    session = TOKENS.read_session(client.cookies.get("kakurega_staff"))
    assert session is not None
    return session.nonce


def test_a_moderator_gets_403_and_no_link(client: TestClient) -> None:
    log_in(client, "mika")
    assert "/staff/accounts" not in client.get("/staff/").text
    before = staff_rows(client)
    assert client.get("/staff/accounts").status_code == 403
    answer = client.post("/staff/accounts", data={"name": "evil", "role": "admin", "password": "x" * 20})
    assert answer.status_code == 403
    assert client.post("/staff/accounts/2/disable", data={}).status_code == 403
    assert staff_rows(client) == before


def test_without_a_session_the_page_redirects_to_login(client: TestClient) -> None:
    answer = client.get("/staff/accounts", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/staff/login"
    assert "mika" not in answer.text


def test_a_missing_or_reused_csrf_token_changes_nothing(client: TestClient) -> None:
    log_in(client, "boss")
    before, lines = staff_rows(client), audit_lines(client)
    answer = client.post("/staff/accounts", data={"name": "hana", "role": "moderator", "password": ""})
    assert answer.status_code == 403
    mika = staff_id(client, "mika")
    assert client.post(f"/staff/accounts/{mika}/disable", data={"why": "no token"}).status_code == 403
    # A token for one account's action does not work for another action.
    token = csrf_of(client.get("/staff/accounts").text, f"/staff/accounts/{mika}/password")
    assert client.post(f"/staff/accounts/{mika}/disable", data={"csrf": token}).status_code == 403
    assert staff_rows(client) == before and audit_lines(client) == lines


@pytest.mark.parametrize(
    ("name", "role", "password", "error"),
    [
        ("", "moderator", "", "名前は"),
        ("x" * 65, "moderator", "", "名前は"),
        ("hana\u200b", "moderator", "", "名前は"),  # zero-width space
        ("\u202eanah", "moderator", "", "名前は"),  # right-to-left override
        (" hana", "moderator", "", "名前は"),
        ("ｂｏｓｓ", "moderator", "", "名前は"),  # a full-width twin of "boss"
        ("hana\n", "moderator", "", "名前は"),
        ("hana", "root", "", "役割は"),
        ("hana", "", "", "役割は"),
        ("hana", "moderator", "short", "パスワードは"),
        ("boss", "moderator", "", "もうあります"),
    ],
)
def test_bad_input_gets_a_clear_error_and_changes_nothing(
    client: TestClient, name: str, role: str, password: str, error: str
) -> None:
    log_in(client, "boss")
    before, lines = staff_rows(client), audit_lines(client)
    answer = add(client, name, role, password)
    assert answer.status_code == 400
    assert error in answer.text and "data-accounts-error" in answer.text
    assert staff_rows(client) == before and audit_lines(client) == lines


def test_an_unknown_account_is_a_clear_404(client: TestClient) -> None:
    log_in(client, "boss")
    before = staff_rows(client)
    nonce = _session_nonce(client)
    for action in ("disable", "enable", "password", "second-factor"):
        token = TOKENS.csrf(nonce, f"staff-{action}:999")
        answer = client.post(f"/staff/accounts/999/{action}", data={"csrf": token})
        assert answer.status_code == 404 and "そのアカウントはありません" in answer.text
    assert staff_rows(client) == before
