"""Suite-wide ordering: browser tests run last.

Playwright's sync API keeps an event loop running in the main thread for as
long as its session-scoped browser lives; a test calling ``asyncio.run`` after
it would fail. Running every browser test at the end keeps the two apart.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

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
