"""Suite-wide ordering and grouping (browser tests run last), and fixtures shared across modules.

Playwright's sync API keeps an event loop running in the main thread for as long as its
session-scoped browser lives; a test calling ``asyncio.run`` after it would fail. Running
every browser test at the end keeps the two apart.

The suite runs in four pytest-xdist workers (``-n 4``, pyproject.toml; on two cores, since many
tests wait on real servers, timers and Chromium rather than compute) scheduled by
``pytest_xdist_make_scheduler`` below: each module's tests stay together in one worker, in their
order, so a module-scoped server starts once and a module's cached results are reused; modules go
out one at a time in collection order, which puts the longest modules first (the other workers
are not left idle behind one of them at the end) and the modules with a browser test last (each
worker that gets one starts its own Chromium and server, after all its other tests).

(xdist's own ``--dist loadgroup`` reads groups from a node-id suffix that pytest 9.2 no longer
keeps: with it, every test was its own group, spread over both workers one by one.)
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


# The modules that take longest (``--durations``; per module alone, docs/performance.md "The
# suite's time (2026-12-05 evening)"), longest first: they start first, so the shorter modules
# fill the workers around them. A stale entry costs balance, never a result.
LONGEST_FIRST = (
    "tests/test_scale_redis.py",
    "tests/test_workers.py",
    "tests/test_loadtest_swarm.py",
    "tests/test_robot_red_team.py",
    "tests/test_stats_day_replay.py",
    "tests/test_ops_start.py",
    "tests/test_safety_learned.py",
    "tests/test_safety_never_raises.py",
    "tests/test_loadtest_storm.py",
    "tests/test_world_polling.py",
    "tests/browser/test_accessibility.py",
    "tests/browser/test_drawing.py",
    "tests/browser/test_posts_browser.py",
    "tests/browser/test_child_eye.py",
    "tests/browser/test_heavy_words_browser.py",
    "tests/browser/test_client.py",
)


def _is_browser(item: pytest.Item) -> bool:
    return item.get_closest_marker("browser") is not None


def _module(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # A module with a browser test goes to the end as a whole: its tests stay in their order.
    browser_modules = {_module(item.nodeid) for item in items if _is_browser(item)}

    def rank(item: pytest.Item) -> tuple[bool, int]:
        module = _module(item.nodeid)
        first = LONGEST_FIRST.index(module) if module in LONGEST_FIRST else len(LONGEST_FIRST)
        return module in browser_modules, first

    items.sort(key=rank)  # stable: modules and tests otherwise keep their collection order


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist's
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """One module at a time to a worker, in collection order (see the module docstring)."""
    from xdist.scheduler import LoadScopeScheduling

    class ModuleScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _module(nodeid)

    config.option.loadscopereorder = False  # xdist would put the modules with most tests first
    return ModuleScheduling(config, log)  # type: ignore[arg-type]


@pytest.fixture
def redis_server() -> Iterator[RedisProcess]:
    """A redis-server of the test's own on a free port (a test may kill and restart it)."""
    from tests.support.redis_servers import running_redis

    with running_redis() as server:
        yield server


@pytest.fixture
def rules_only() -> Iterator[None]:
    """``safety.assess`` without the learned layer for the test: each rule must stand alone."""
    from safety import learned

    learned.set_enabled(False)
    try:
        yield
    finally:
        learned.set_enabled(True)


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
