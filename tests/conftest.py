"""Suite-wide ordering (browser tests run last) and fixtures shared across test modules.

Playwright's sync API keeps an event loop running in the main thread for as long as its
session-scoped browser lives; a test calling ``asyncio.run`` after it would fail. Running
every browser test at the end keeps the two apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from starlette.testclient import TestClient

# The suite runs beside servers, browsers and Redis on a 2-core machine: a slow draw is load,
# not a bug. Property tests keep their example counts; only the timing checks are relaxed.
settings.register_profile(
    "kakurega",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("kakurega")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher, profiles

    from staff import accounts

    # Still argon2id, with the cheapest parameters: production's cost is for attackers, not tests.
    monkeypatch.setattr(accounts, "hasher", PasswordHasher.from_parameters(profiles.CHEAPEST))


@pytest.fixture
def staff_client(tmp_path: Path, cheap_argon2: None) -> Iterator[TestClient]:
    """The app in-process on its own SQLite file, with a moderator (mika) and an admin (boss)."""
    # Imported here: the server's modules are not loaded for tests that never use them.
    from rooms.posts import PostLimits
    from staff import accounts
    from tests.support.posts_app import build_app
    from tests.support.staff_console import PASSWORD

    app = build_app(f"sqlite:///{tmp_path / 'staff.db'}", limits=PostLimits(browser_burst=100))
    with TestClient(app, base_url="http://testserver") as client:
        engine = client.app.state.posts.engine  # type: ignore[attr-defined]
        client.portal.call(accounts.add_staff, engine, "mika", "moderator", PASSWORD)  # type: ignore[union-attr]
        client.portal.call(accounts.add_staff, engine, "boss", "admin", PASSWORD)  # type: ignore[union-attr]
        yield client
