"""``POST /api/taps``: a tap on a hotline's call button or link, counted by line and nothing else.

The card's links go straight to the line (no redirect through the server stands in the way);
``static/js/hotline_card.js`` sends a beacon beside the tap when it can. Without JavaScript a tap
is simply not counted. The body is ``"call <line>"`` or ``"link <line>"`` in plain text.
"""

from __future__ import annotations

from functools import cache

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from rooms.hotlines import load_directory
from stats.shown import help_shown
from world.origin import same_origin

MAX_BODY = 64
KINDS = {"call": "tap_call", "link": "tap_link"}


@cache
def lines() -> dict[str, frozenset[str]]:
    """Which lines each kind of tap can name: those with a number, those with a link."""
    directory = load_directory().lines
    return {
        "tap_call": frozenset(line.id for line in directory if any(r.tel for r in line.reach)),
        "tap_link": frozenset(line.id for line in directory if any(r.url for r in line.reach)),
    }


async def tap(request: Request) -> Response:
    if not same_origin(request.headers):
        return PlainTextResponse("cross_site\n", status_code=403)
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            return PlainTextResponse("too_long\n", status_code=413)
    kind, _, line = body.decode("utf-8", "replace").partition(" ")
    what = KINDS.get(kind)
    if what is None or line not in lines()[what]:
        return PlainTextResponse("bad_tap\n", status_code=400)
    help_shown(request, what, line)
    return Response(status_code=204, headers={"cache-control": "no-store"})


def tap_routes() -> list[Route]:
    return [Route("/api/taps", tap, methods=["POST"])]
