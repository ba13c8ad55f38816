"""The wall (kabe) and the shelf (tana): pre-moderated posts, their storage and visitor routes.

Names are imported on first use, so ``kakurega staff add`` does not load the safety lexicons.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "PostLimits": "rooms.posts.limits",
    "PostStore": "rooms.posts.store",
    "open_post_store": "rooms.posts.store",
    "post_routes": "rooms.posts.routes",
    "wall_context": "rooms.posts.routes",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(name)
    return getattr(importlib.import_module(_WHERE[name]), name)
