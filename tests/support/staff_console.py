"""The staff console as the tests meet it: accounts with one password, and the login form filled in
as a person would (CSRF token from the page first). Used in-process (``TestClient``) and against a
real server (``httpx.Client``) alike; the in-process app itself is ``staff_client`` (tests/conftest.py).
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import sqlalchemy as sa
from starlette.testclient import TestClient

from rooms.posts.schema import audit

PASSWORD = "correct horse battery"


def csrf_of(html: str, action: str | None = None) -> str:
    """The CSRF token of the page's first form, or of the form posting to ``action``."""
    scope = html
    if action is not None:
        scope = html[html.index(f'action="{action}"') :]
    match = re.search(r'name="csrf" value="([^"]+)"', scope)
    assert match is not None, "the form carries a CSRF token"
    return match.group(1)


def log_in(
    client: httpx.Client, name: str = "mika", password: str = PASSWORD, code: str = ""
) -> httpx.Response:
    token = csrf_of(client.get("/staff/login").text)
    data = {"csrf": token, "name": name, "password": password, "code": code}
    return client.post("/staff/login", data=data, follow_redirects=False)


def table_rows(client: TestClient, table: sa.Table) -> list[sa.Row[Any]]:
    """Every row of ``table``, in id order, read from the in-process app's database."""
    engine = client.app.state.posts.engine  # type: ignore[attr-defined]

    async def read() -> list[sa.Row[Any]]:
        async with engine.connect() as connection:
            return list((await connection.execute(sa.select(table).order_by(table.c.id))).all())

    return client.portal.call(read)  # type: ignore[union-attr]


def audit_lines(client: TestClient) -> list[tuple[str, str, int | None]]:
    """Who did what to which post, oldest first."""
    return [(r.staff_name, r.action, r.post_id) for r in table_rows(client, audit)]
