"""The app with the wall, the shelf and the staff console wired in, as server.py will do it.

Until the lead wires ``rooms.posts`` and ``staff`` into ``server.create_app``, tests build the
app here; ``python -m tests.support.posts_app --port N`` serves it like ``kakurega serve``.
What this does is exactly what server.py needs:

1. ``post_routes(templates)`` before the page routes, ``Mount("/staff", app=staff_app())``;
2. open the store in the lifespan: ``async with open_post_store(url) as store: app.state.posts = store``.

(The room pages already merge ``await wall_context(request, slug)`` into their context.)
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.routing import Mount, Route
from starlette.templating import Jinja2Templates

import server
from rooms.posts import PostLimits, open_post_store, post_routes
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
    settings = settings or server.Settings.from_environment()
    if "database_url" in {f.name for f in dataclasses.fields(server.Settings)}:
        settings = dataclasses.replace(settings, database_url=database_url)  # type: ignore[call-arg]
    app = server.create_app(settings)
    templates = Jinja2Templates(directory=server.HERE / "templates")
    # Once server.py wires the posts itself, take its routes out: these carry the test's limits and key.
    app.router.routes[:] = [r for r in app.router.routes if getattr(r, "path", None) not in _OURS]
    routes = app.router.routes
    first_page = next(i for i, r in enumerate(routes) if isinstance(r, Route) and r.path == "/")
    routes[first_page:first_page] = [
        *post_routes(templates, limits),
        Mount("/staff", app=staff_app(secret_key, secure_cookies=False)),
    ]
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(application: Starlette) -> AsyncIterator[Any]:
        async with inner(application) as state, open_post_store(database_url) as store:
            application.state.posts = store
            yield state

    app.router.lifespan_context = lifespan
    return app


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    arguments = parser.parse_args()
    app = build_app(os.environ.get("KAKUREGA_DATABASE_URL") or None)
    uvicorn.run(
        app,
        host=arguments.host,
        port=arguments.port,
        access_log=False,
        log_level="warning",
        server_header=False,
    )


if __name__ == "__main__":
    main()
