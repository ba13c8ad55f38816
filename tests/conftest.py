"""Suite-wide ordering and grouping (browser tests run last), and fixtures shared across modules.

Playwright's sync API keeps an event loop running in the main thread for as long as its
session-scoped browser lives; a test calling ``asyncio.run`` after it would fail. Running
every browser test at the end keeps the two apart.

The suite runs in two pytest-xdist workers (``-n 2 --dist loadgroup``, pyproject.toml). Each
module's tests stay together in one worker, in their order, so a module-scoped server starts
once; the browser modules form two groups, handed out after everything else, so in each worker
the browser tests still come last (each such worker starts its own Chromium and server).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from starlette.testclient import TestClient

from tests.support.redis_servers import RedisProcess

# The suite runs beside servers, browsers and Redis on a 2-core machine: a slow draw is load,
# not a bug. Property tests keep their example counts; only the timing checks are relaxed.
settings.register_profile(
    "kakurega",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("kakurega")


BROWSER_GROUPS = 2  # one per worker


def _is_browser(item: pytest.Item) -> bool:
    return item.get_closest_marker("browser") is not None


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items.sort(key=_is_browser)
    browser_modules = list(dict.fromkeys(item.path for item in items if _is_browser(item)))
    for item in items:
        if _is_browser(item):
            group = f"browser-{browser_modules.index(item.path) % BROWSER_GROUPS}"
        else:
            group = item.nodeid.split("::", 1)[0]
        item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture
def redis_server() -> Iterator[RedisProcess]:
    """A redis-server of the test's own on a free port (a test may kill and restart it)."""
    from tests.support.redis_servers import running_redis

    with running_redis() as server:
        yield server


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
