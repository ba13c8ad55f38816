"""The server-rendered pages: the entrance, the eight rooms, the help page, a kind 404 and 500.

Every page must be useful without JavaScript (the hotline page and quick exit above all),
so everything a visitor needs to read is rendered here; the browser code only adds
the live parts (avatars, counts, the room's own feature).
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import TemplateNotFound
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Route
from starlette.templating import Jinja2Templates

import site_files
from rooms.catalogue import ENTRANCE, FACE_IT, GET_THROUGH, ROOMS, Room
from rooms.japan_time import hello
from rooms.quick_exit import EXIT_URL
from stats.recorder import ambient
from stats.shown import help_shown

STATIC = site_files.STATIC
HOTLINE_PARTIAL = "partials/hotline_card.html"
# Rooms whose feature has browser code; the file must also exist before the page imports it.
ROOMS_WITH_SCRIPT = ("mogu", "asobi", "hoshi", "hiru", "mado", "robo", "kabe", "tana")
AREAS = ((FACE_IT, "むきあう"), (GET_THROUGH, "やりすごす"))
# Rooms that open at once, before a name is chosen: a child looking for help never waits for a form.
OPEN_WITHOUT_NAME = ("mado",)


def page_routes(templates: Jinja2Templates) -> list[Route]:
    """Routes for every page; mount them after /static, /assets, /api and /ws (``/{slug}`` is greedy)."""
    pages = RoomPages(templates)
    return [
        Route("/", pages.entrance, name="entrance"),
        Route("/help", pages.help, name="help"),
        Route("/exit", pages.exit, name="exit"),
        Route("/sw.js", service_worker, name="service_worker"),
        Route("/favicon.ico", favicon, name="favicon"),
        # Staff typing the console's address without its slash reach the console, not a child's 404.
        Route("/staff", lambda request: RedirectResponse("/staff/", status_code=308), name="staff_slash"),
        Route("/{slug}", pages.room, name="room"),
    ]


# Written out, not a template: whatever broke may be the templates themselves.
SERVER_ERROR_PAGE = """<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>ごめんね — かくれが</title>
<link rel="stylesheet" href="/static/css/base.css">
<script type="module" src="/static/js/quick_exit.js"></script>
</head>
<body>
<header class="topbar">
  <a class="topbar__home" href="/">かくれが</a>
  <nav class="topbar__safety" aria-label="たすけと でぐち">
    <a class="topbar__help" href="/help">そうだん</a>
    <a class="quick-exit" href="{exit}" rel="noreferrer" data-quick-exit
       data-exit-url="{exit}">すぐ とじる</a>
  </nav>
</header>
<main id="main" class="page">
<h1>ごめんね、うまく いかなかったよ</h1>
<p>すこし してから また きてね。</p>
<p>はなしを きいて ほしいときは <a href="/help">そうだん</a> を ひらいてね。</p>
<p class="back"><a class="button" href="/">げんかんに もどる</a></p>
</main>
</body>
</html>
"""


async def server_error(request: Request, error: Exception) -> Response:
    """An unexpected error still answers with the way to help and the way out (fail open)."""
    if request.url.path.startswith("/api/"):
        message = "うまく いかなかったよ。すこし してから また ためしてね。"
        return JSONResponse({"error": "server", "message": message}, status_code=500)
    page = SERVER_ERROR_PAGE.replace("{exit}", html.escape(exit_url(request), quote=True))
    return HTMLResponse(page, status_code=500, headers={"cache-control": "no-store"})


async def service_worker(request: Request) -> Response:
    """The offline keeper of /help; from the root so its scope covers every page."""
    return FileResponse(
        STATIC / "js" / "sw.js",
        media_type="text/javascript",
        headers={"cache-control": "no-cache", "service-worker-allowed": "/"},
    )


async def favicon(request: Request) -> Response:
    return FileResponse(site_files.ASSETS / "favicon.ico", media_type="image/x-icon", headers=_A_DAY)


_A_DAY = {"cache-control": "public, max-age=86400"}


def lost_page_handler(
    templates: Jinja2Templates,
) -> Callable[[Request, Exception], Awaitable[Response]]:
    """Starlette's own 404 and 405 as the kind page (for ``exception_handlers={HTTPException: ...}``).

    Its plain "Method Not Allowed" was a dead end without そうだん or すぐ とじる: a refused no-JS
    post leaves the browser at ``/{room}/posts``, which a phone restoring the tab asks for again
    with a GET. Programs under ``/api/`` keep the plain answer (with its ``Allow``).
    """

    async def handler(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if request.url.path.startswith("/api/") or exc.status_code not in (404, 405):
            return PlainTextResponse(exc.detail, status_code=exc.status_code, headers=exc.headers)
        page = RoomPages(templates).not_found(request, status_code=exc.status_code)
        page.headers.update(exc.headers or {})
        return page

    return handler


class RoomPages:
    def __init__(self, templates: Jinja2Templates) -> None:
        self.templates = templates

    async def entrance(self, request: Request) -> Response:
        counts = room_counts(request)
        context = {
            "room": ROOMS[ENTRANCE],
            "areas": doors_by_area(),
            "page_data": self._page_data(request, ROOMS[ENTRANCE], counts),
            "came_today": came_today(request),
        }
        return self._render(request, "entrance.html", context, counts)

    async def help(self, request: Request) -> Response:
        help_shown(request, "page", "help")
        return self._render(request, "help.html", {}, room_counts(request))

    async def exit(self, request: Request) -> Response:
        """Where quick exit leaves its history entries: going back to one goes straight out again."""
        return RedirectResponse(exit_url(request), status_code=303, headers={"cache-control": "no-store"})

    async def room(self, request: Request) -> Response:
        slug = request.path_params["slug"]
        if slug == ENTRANCE:
            return RedirectResponse("/", status_code=308)
        if slug not in ROOMS:
            return self.not_found(request)
        return await self.render_room(request, slug)

    async def render_room(
        self, request: Request, slug: str, extra: Mapping[str, Any] | None = None, status_code: int = 200
    ) -> Response:
        """A room's page; a feature answering a no-JS form passes what it has to show in ``extra``."""
        room = ROOMS[slug]
        counts = room_counts(request)
        context = {
            **await feature_context(request, slug),
            "room": room,
            "feature_css": _exists(STATIC / "css" / "rooms" / f"{slug}.css"),
            "feature_partial": self._has_template(f"rooms/{slug}.html"),
            "open_without_name": OPEN_WITHOUT_NAME,
            "page_data": self._page_data(request, room, counts),
            **(extra or {}),
        }
        return self._render(request, "room.html", context, counts, status_code=status_code)

    def not_found(self, request: Request, status_code: int = 404) -> Response:
        return self._render(request, "not_found.html", {}, {}, status_code=status_code)

    def _render(
        self,
        request: Request,
        name: str,
        context: dict[str, Any],
        counts: Mapping[str, int],
        status_code: int = 200,
    ) -> Response:
        base = {
            "exit_url": exit_url(request),
            "counts": counts,
            "total": sum(counts.values()),
            "has_counts": bool(counts),
            "hotline_lines": hotline_lines(),
            "has_hotline_card": self._has_template(HOTLINE_PARTIAL),
            "hotline_css": _exists(STATIC / "css" / "hotline_card.css"),
            "hotline_js": _exists(STATIC / "js" / "hotline_card.js"),
            "japan_hello": hello(datetime.now(UTC)),
        }
        return self.templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)

    def _has_template(self, name: str) -> bool:
        try:
            self.templates.env.get_template(name)
        except TemplateNotFound:
            return False
        return True

    def _page_data(self, request: Request, room: Room, counts: Mapping[str, int]) -> dict[str, Any]:
        """What the browser code needs, passed as JSON (the CSP forbids inline scripts)."""
        has_script = room.slug in ROOMS_WITH_SCRIPT and _exists(STATIC / "js" / "rooms" / f"{room.slug}.js")
        return {
            "room": room.as_json(),
            "rooms": {slug: r.name for slug, r in ROOMS.items()},
            "counts": dict(counts),
            "feature": f"/static/js/rooms/{room.slug}.js" if has_script else None,
            "exitUrl": exit_url(request),
            "openWithoutName": list(OPEN_WITHOUT_NAME),
        }


def exit_url(request: Request) -> str:
    """Where quick exit sends the visitor: the app's setting, else ``EXIT_URL``."""
    settings = getattr(request.app.state, "settings", None)
    return getattr(settings, "exit_url", None) or EXIT_URL


def came_today(request: Request) -> int | None:
    """Today's visits rounded to tens (None below ten, or with no statistics running)."""
    recorder = getattr(request.app.state, "recorder", None)
    return ambient(getattr(recorder, "today", None))


def room_counts(request: Request) -> dict[str, int]:
    """People per room from the hub, or nothing when no hub is running (pages then show no numbers)."""
    hub = getattr(request.app.state, "hub", None)
    if hub is None:
        return {}
    return {slug: int(n) for slug, n in hub.counts.rooms.items() if slug in ROOMS}


def doors_by_area() -> list[dict[str, Any]]:
    return [
        {
            "key": key,
            "label": label,
            "rooms": [r for r in ROOMS.values() if r.area == key],
        }
        for key, label in AREAS
    ]


async def feature_context(request: Request, slug: str) -> dict[str, Any]:
    """Data a room's own partial renders server-side (the posts on the wall and the shelf)."""
    try:
        from rooms.posts.routes import wall_context
    except ImportError:  # the posts feature is optional; its partial copes without data
        return {}
    return await wall_context(request, slug)


def hotline_lines() -> list[Any] | None:
    """The hotline card's lines, open-now first; None while the directory module is missing."""
    try:
        from rooms.hotlines import load_directory
    except ImportError:
        return None
    return list(load_directory().card(datetime.now(UTC)))


def _exists(path: Path) -> bool:
    return path.is_file()


__all__ = ["lost_page_handler", "page_routes", "server_error"]
