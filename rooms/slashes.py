"""The trailing-slash redirect (``/help/`` → ``/help``), with a Location that names no host.

Starlette's router builds that Location from the request's ``Host`` header: ``GET /help/``
with ``Host: evil.example`` was answered ``307`` to ``http://evil.example/help``. A browser
never sends a host it did not ask for, but a cache or a proxy in between may keep such an
answer for whoever asks next, and a redirect to anywhere is a bad thing to lend out. The path
alone (RFC 9110 §10.2.2 allows a relative Location) takes the browser back to the host it
asked, whatever the request said.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from starlette.responses import RedirectResponse
from starlette.routing import Match, Router, get_route_path
from starlette.types import ASGIApp, Receive, Scope, Send

QUERY_SAFE = "&=+%;,/:@!$'()*?"
"""What a query keeps as it came (escapes included); anything else is escaped, raw bytes too."""


def relative_slash_redirects(router: Router) -> Router:
    """``router`` with Starlette's redirect replaced by ``SlashTwin``'s (the same routes, the same 307)."""
    router.redirect_slashes = False
    router.default = SlashTwin(router, router.default)
    return router


class SlashTwin:
    """What a router answers when no route matched: a redirect to the path with its trailing
    slash added or taken away, when a route matches that; else the router's own default (404)."""

    def __init__(self, router: Router, fallback: ASGIApp) -> None:
        self.router = router
        self.fallback = fallback

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            location = twin_location(self.router, scope)
            if location is not None:
                await RedirectResponse(location)(scope, receive, send)
                return
        await self.fallback(scope, receive, send)


def twin_location(router: Router, scope: Scope) -> str | None:
    """The relative Location Starlette's ``redirect_slashes`` would redirect to, or None."""
    if get_route_path(scope) == "/":
        return None
    path: str = scope["path"]
    twin: dict[str, Any] = {**scope, "path": path.rstrip("/") if path.endswith("/") else path + "/"}
    if all(route.matches(twin)[0] is Match.NONE for route in router.routes):
        return None
    # One leading slash whatever came: "//evil.example" would be another host to a browser.
    location = "/" + quote(twin["path"], safe="/").lstrip("/")
    query: bytes = scope.get("query_string", b"")
    return f"{location}?{quote(query, safe=QUERY_SAFE)}" if query else location
