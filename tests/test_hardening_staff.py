"""The staff login attacked from outside, against a real ``kakurega serve`` with a real database.

Before: ten wrong passwords from anywhere locked a named moderator out for 15 minutes; a
locked account answered "locked" at once while an unknown name answered "wrong name or
password" after an argon2 check; unknown names and throttled tries left no trace.
Two sources are told apart by ``X-Forwarded-For`` (the server trusts 127.0.0.1, as behind nginx).
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pyotp
import pytest

from rooms.posts.store import open_post_store
from staff import accounts
from staff.throttle import FREE_FAILURES, LoginThrottle
from tests.support.servers import ROOT, ServerProcess
from tests.support.staff_console import PASSWORD, log_in

pytestmark = pytest.mark.integration

MEMBERS = ("mika", "nana", "rin", "sora", "yui")  # one moderator per test: the throttle is per name
ATTACKER = "203.0.113.5"
MODERATOR = "198.51.100.7"


def staff_command(url: str, *args: str, password: str = "") -> None:
    done = subprocess.run(
        [sys.executable, "-m", "staff", *args, "--database-url", url],
        cwd=ROOT,
        input=password + "\n",
        text=True,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


async def add_members(url: str) -> None:
    async with open_post_store(url) as store:
        for name in MEMBERS:
            await accounts.add_staff(store.engine, name, "moderator", PASSWORD)
        await accounts.add_staff(store.engine, "boss", "admin", PASSWORD)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    url = f"sqlite:///{tmp_path_factory.mktemp('staff') / 'staff.db'}"
    asyncio.run(add_members(url))
    process = ServerProcess({"KAKUREGA_DATABASE_URL": url, "KAKUREGA_SECRET_KEY": "k" * 32}).start()
    process.database_url = url  # type: ignore[attr-defined]
    try:
        yield process
    finally:
        process.stop()


def browser(server: ServerProcess, source: str) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, headers={"x-forwarded-for": source}, timeout=30)


def refusal(answer: httpx.Response) -> tuple[int, str]:
    found = re.search(r"data-login-error>([^<]*)<", answer.text)
    return answer.status_code, found.group(1) if found else ""


def test_wrong_passwords_from_elsewhere_never_lock_the_moderator_out(server: ServerProcess) -> None:
    with browser(server, ATTACKER) as attacker:
        for _ in range(15):
            assert log_in(attacker, "mika", "not the password").status_code == 401
        held = log_in(attacker, "mika", PASSWORD)
        assert held.status_code == 401, "the attacker's own source waits, even with the right password"
    with browser(server, MODERATOR) as moderator:
        answer = log_in(moderator, "mika", PASSWORD)
        assert answer.status_code == 303 and answer.headers["location"] == "/staff/"


def test_unknown_wrong_and_held_answer_alike(server: ServerProcess) -> None:
    with browser(server, ATTACKER) as attacker:
        for _ in range(FREE_FAILURES + 1):
            log_in(attacker, "nana", "not the password")
        held = refusal(log_in(attacker, "nana", "not the password"))  # held back by the throttle
    with browser(server, MODERATOR) as other:
        wrong = refusal(log_in(other, "nana", "not the password"))
        unknown = refusal(log_in(other, "nobody-here", "not the password"))
    assert held == wrong == unknown
    assert wrong[0] == 401 and wrong[1]


def test_unknown_names_and_held_tries_are_audited_as_counts(server: ServerProcess) -> None:
    with browser(server, MODERATOR) as admin:
        assert log_in(admin, "boss", PASSWORD).status_code == 303
        before = len(audit_rows(admin.get("/staff/audit").text))  # reading the trail writes the counts so far
    with browser(server, "192.0.2.77") as attacker:
        for name in ("alice", "bob", "carol"):
            log_in(attacker, name, "guess one")
        for _ in range(FREE_FAILURES + 3):
            log_in(attacker, "rin", "guess two")
    with browser(server, MODERATOR) as admin:
        assert log_in(admin, "boss", PASSWORD).status_code == 303
        trail = admin.get("/staff/audit").text
    every = audit_rows(trail)
    rows = every[: len(every) - before - 1]  # newest first, written when the trail was read; then the login
    assert ("—", "login_unknown_name", "3 tries") in rows
    assert ("rin", "login_failed", f"{FREE_FAILURES + 1} tries") in rows
    assert ("rin", "login_held", "2 tries") in rows
    assert "alice" not in trail and "192.0.2.77" not in trail and "guess" not in trail


def audit_rows(page: str) -> list[tuple[str, str, str]]:
    cells = r"<tr><td>[^<]*</td><td>([^<]*)</td><td>([^<]*)</td>\s*<td>[^<]*</td><td>([^<]*)</td>"
    return re.findall(cells, page)


def test_a_second_factor_enrolled_in_the_console_guards_the_login(server: ServerProcess) -> None:
    with browser(server, MODERATOR) as client:
        assert log_in(client, "sora", PASSWORD).status_code == 303
        page = client.get("/staff/account").text
        assert 'data-second-factor="off"' in page and 'src="data:image/svg+xml' in page
        secret = re.search(r"data-secret>([A-Z2-7]+)<", page).group(1)  # type: ignore[union-attr]
        fields = dict(re.findall(r'name="(csrf|enrolling)" value="([^"]+)"', page))
        wrong = client.post("/staff/account/second-factor", data={**fields, "code": "000000"})
        assert wrong.status_code == 400 and "一致しませんでした" in wrong.text
        fields = dict(re.findall(r'name="(csrf|enrolling)" value="([^"]+)"', wrong.text))
        done = client.post("/staff/account/second-factor", data={**fields, "code": pyotp.TOTP(secret).now()})
        assert done.status_code == 200
        codes = re.findall(r"<li><code>([a-z0-9-]+)</code></li>", done.text)
        assert len(codes) == 10
    with browser(server, ATTACKER) as thief:  # knows the password, not the phone
        assert refusal(log_in(thief, "sora", PASSWORD)) == refusal(log_in(thief, "nobody", PASSWORD))
    with browser(server, MODERATOR) as client:
        next_code = pyotp.TOTP(secret).at(time.time() + 30)  # the enrolment used this step's code
        assert log_in(client, "sora", PASSWORD, next_code).status_code == 303
    with browser(server, MODERATOR) as client:
        assert log_in(client, "sora", PASSWORD, next_code).status_code == 401, "a code works once"
        assert log_in(client, "sora", PASSWORD, codes[0].upper()).status_code == 303, "a recovery code"
    with browser(server, "192.0.2.9") as client:
        assert log_in(client, "sora", PASSWORD, codes[0]).status_code == 401, "each recovery code once"
        assert log_in(client, "sora", PASSWORD, codes[1]).status_code == 303
        assert "data-recovery-left>8<" in client.get("/staff/account").text
    staff_command(server.database_url, "reset-second-factor", "sora")  # type: ignore[attr-defined]
    with browser(server, "192.0.2.10") as client:
        assert log_in(client, "sora", PASSWORD).status_code == 303, "a lost phone, reset by an admin"


def full_width(code: str) -> str:
    """A code as a Japanese input method types it: 「１２３４５６」."""
    return code.translate({ord(digit): 0xFF10 + int(digit) for digit in "0123456789"})


def test_a_code_in_other_digits_is_read_or_refused_never_a_500(server: ServerProcess) -> None:
    # "１２３４５６" and "١٢٣٤٥٦" pass ``isdigit``, and ``hmac.compare_digest`` raises on a str that
    # is not ASCII: the enrolment and the login (any password, for a name with a second factor) were 500s.
    with browser(server, MODERATOR) as client:
        assert log_in(client, "yui", PASSWORD).status_code == 303
        page = client.get("/staff/account").text
        secret = re.search(r"data-secret>([A-Z2-7]+)<", page).group(1)  # type: ignore[union-attr]
        fields = dict(re.findall(r'name="(csrf|enrolling)" value="([^"]+)"', page))
        code = full_width(pyotp.TOTP(secret).now())
        done = client.post("/staff/account/second-factor", data={**fields, "code": code})
        assert done.status_code == 200, "full-width digits are the same digits"
    with browser(server, ATTACKER) as thief:
        for code in ("\u0661\u0662\u0663\u0664\u0665\u0666", "\u00b2" * 6, full_width("000000")):
            assert log_in(thief, "yui", "not the password", code).status_code == 401
    with browser(server, MODERATOR) as client:
        next_code = full_width(pyotp.TOTP(secret).at(time.time() + 30))  # this step's was used
        assert log_in(client, "yui", PASSWORD, next_code).status_code == 303


def test_the_throttle_grows_per_name_and_source_and_forgets_on_success() -> None:
    throttle = LoginThrottle()
    for i in range(FREE_FAILURES):
        throttle.failed("mika", ATTACKER, now=float(i))
    assert throttle.delay("mika", ATTACKER, now=3.0) == 0.0, "a few typos cost nothing"
    delays = []
    for _ in range(4):
        throttle.failed("mika", ATTACKER, now=100.0)
        delays.append(throttle.delay("mika", ATTACKER, now=100.0))
    assert delays == sorted(delays) and delays[-1] == 2 * delays[-2], "each failure doubles the wait"
    assert throttle.delay("MIKA", ATTACKER, now=100.0) == delays[-1], "names compare case-insensitively"
    assert throttle.delay("mika", MODERATOR, now=100.0) == 0.0, "another source is not slowed"
    assert throttle.delay("boss", ATTACKER, now=100.0) == 0.0, "another name is not slowed"
    throttle.succeeded("mika", ATTACKER)
    assert throttle.delay("mika", ATTACKER, now=100.0) == 0.0
