"""Suite-wide ordering: browser tests run last.

Playwright's sync API keeps an event loop running in the main thread for as
long as its session-scoped browser lives; a test calling ``asyncio.run`` after
it would fail. Running every browser test at the end keeps the two apart.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
