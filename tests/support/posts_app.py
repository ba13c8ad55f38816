"""``server.create_app`` with the posts and the staff console re-mounted on test limits.

In-process tests (``TestClient``) need tighter or looser flood limits than the
defaults and their own database file; real-process tests use ``ServerProcess``.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Mount, Route
from starlette.templating import Jinja2Templates

import server
import site_files
from rooms.posts import PostLimits, post_routes
from staff import staff_app

_OURS = frozenset(
    {
        "/api/posts",
        "/api/posts/receipts",
        "/api/posts/{room}",
        "/{room:str}/posts",
        "/{room:str}/posts/sent",
        "/staff",
    }
)


def build_app(
    database_url: str | None = None,
    *,
    settings: server.Settings | None = None,
    limits: PostLimits | None = None,
    secret_key: str = "test-secret-key-not-for-production",
) -> Starlette:
    settings = (settings or server.load_settings()).model_copy(update={"database_url": database_url})
    app = server.create_app(settings)
    templates = Jinja2Templates(directory=site_files.TEMPLATES)
    # Swap the posts' and staff routes for ones with the test's limits and key.
    app.router.routes[:] = [r for r in app.router.routes if getattr(r, "path", None) not in _OURS]
    routes = app.router.routes
    first_page = next(i for i, r in enumerate(routes) if isinstance(r, Route) and r.path == "/")
    routes[first_page:first_page] = [
        *post_routes(templates, limits),
        Mount("/staff", app=staff_app(secret_key, secure_cookies=False)),
    ]
    return app
