"""One place per rule: the same-origin check, the exit URL, contact detection, the entrance
and the crisis levels each live in one module; a copy elsewhere fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("world", "rooms", "staff", "safety")


def sources() -> dict[str, str]:
    files = [ROOT / "server.py", ROOT / "settings.py"]
    files += [path for package in PACKAGES for path in (ROOT / package).rglob("*.py")]
    files += list((ROOT / "static" / "js").rglob("*.js"))
    return {path.relative_to(ROOT).as_posix(): path.read_text() for path in files}


@pytest.mark.parametrize(
    ("rule", "home", "marks"),
    [
        ("the same-origin check", "world/origin.py", ["sec-fetch-site"]),
        ("the exit URL", "rooms/quick_exit.py", ["google.co.jp"]),
        (
            "contact patterns",
            "safety/contact.py",
            ["(?:com|jp|net|org", "(?:com|net|jp|org", "_KANA_DIGITS =", "[@＠]"],
        ),
        ("the crisis levels", "safety/levels.py", ['("high", "imminent")', "('high', 'imminent')"]),
        ("the entrance", "world/protocol.py", ['ENTRANCE = "genkan"']),
    ],
)
def test_each_rule_lives_in_one_module(rule: str, home: str, marks: list[str]) -> None:
    found = sources()
    assert any(mark in found[home] for mark in marks), f"{rule} is no longer in {home}"
    copies = sorted(name for name, text in found.items() if name != home and any(m in text for m in marks))
    assert copies == [], f"{rule} is also written in {copies}: use {home}"


def test_the_world_never_imports_the_rooms() -> None:
    # Layering runs one way (ARCHITECTURE.md §3): server → rooms, world → safety. A protocol
    # constant the rooms need lives in world/ and the rooms import it from there.
    offenders = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "world").rglob("*.py")
        if re.search(r"^\s*(from|import) rooms\b", path.read_text(encoding="utf-8"), re.MULTILINE)
    )
    assert offenders == [], f"world/ imports rooms/ in {offenders}"
