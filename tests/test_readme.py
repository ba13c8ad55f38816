"""The README's commands work as written: every ``kakurega serve`` line passes the start-up checks."""

from __future__ import annotations

import os
import re
import shlex

import pytest

from ops.checks import refuse_unsafe
from settings import Settings
from tests.support.servers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
ASSIGNMENT = re.compile(r"[A-Z][A-Z0-9_]*=")


def serve_lines() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    commands = [re.sub(r"\\\n\s*", "", block).splitlines() for block in blocks]  # continued lines joined
    return [line.split("#", 1)[0].strip() for lines in commands for line in lines if "kakurega serve" in line]


def environment(line: str) -> dict[str, str]:
    """The ``NAME=value`` words in front of the command."""
    env = {}
    for word in shlex.split(line):
        if not ASSIGNMENT.match(word):
            break
        name, value = word.split("=", 1)
        env[name] = value
    return env


def test_the_readme_shows_how_to_serve() -> None:
    assert len(serve_lines()) >= 2


@pytest.mark.parametrize("line", serve_lines())
def test_each_serve_line_starts(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in os.environ if name.startswith("KAKUREGA_")]:
        monkeypatch.delenv(name)
    for name, value in environment(line).items():
        monkeypatch.setenv(name, value)
    settings = Settings()
    refuse_unsafe(
        broker_url=settings.broker_url,
        database_url=settings.database_url,
        secret_key=settings.secret_key,
        sqlite_with_redis=settings.sqlite_with_redis,
    )
