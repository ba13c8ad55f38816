"""``kakurega staff add`` (here ``python -m staff add``) as an operator runs it: a real process."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from rooms.posts.schema import audit, staff
from rooms.posts.store import open_post_store
from tests.support.servers import ROOT


def staff_add(url: str, *args: str, password: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "staff", "add", *args, "--database-url", url],
        cwd=ROOT,
        input=password + "\n",
        text=True,
        capture_output=True,
        timeout=60,
    )


def rows(url: str) -> tuple[list[sa.Row], list[sa.Row]]:
    async def read() -> tuple[list[sa.Row], list[sa.Row]]:
        async with open_post_store(url) as store, store.engine.connect() as connection:
            people = list((await connection.execute(sa.select(staff))).all())
            lines = list((await connection.execute(sa.select(audit))).all())
        return people, lines

    return asyncio.run(read())


def test_add_reads_the_password_from_stdin_and_stores_only_an_argon2id_hash(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    done = staff_add(url, "mika", "--role", "admin", password="a long enough secret")
    assert done.returncode == 0, done.stderr
    assert "added admin mika" in done.stdout
    [person], lines = rows(url)
    assert (person.name, person.role) == ("mika", "admin")
    assert person.password_hash.startswith("$argon2id$")
    assert "a long enough secret" not in person.password_hash
    assert [(line.staff_name, line.action, line.detail) for line in lines] == [("mika", "staff_add", "admin")]


def test_add_refuses_a_short_password_a_duplicate_and_a_bad_role(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    short = staff_add(url, "ren", password="short")
    assert short.returncode == 1 and "at least" in short.stderr
    assert staff_add(url, "ren", password="a long enough secret").returncode == 0
    again = staff_add(url, "ren", password="another long secret")
    assert again.returncode == 1 and "already exists" in again.stderr
    role = staff_add(url, "sora", "--role", "owner", password="a long enough secret")
    assert role.returncode == 2
    people, _ = rows(url)
    assert [p.name for p in people] == ["ren"]
