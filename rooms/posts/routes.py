"""The visitor side of the wall and the shelf: a JSON API and no-JavaScript form pages.

JSON (docs/api.md): ``POST /api/posts`` → 202 with a receipt; ``GET /api/posts/{room}``
lists published posts; ``POST /api/posts/receipts`` looks receipts up.
Forms: ``POST /{room}/posts`` stores and redirects to ``/{room}/posts/sent`` (PRG); a refusal
renders the form again with the words kept, so nothing is lost.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.templating import Jinja2Templates

from rooms.browsers import FloodGuard, browser_token, keep_browser_token
from rooms.pages import exit_url
from rooms.posts.http import BadBody, BodyTooLarge, client_address, read_form, read_json
from rooms.posts.limits import PostLimits
from rooms.posts.receipts import well_formed
from rooms.posts.rules import (
    MAX_POST_CHARS,
    POST_ROOMS,
    REFUSAL_TEXT,
    TANA_CATEGORIES,
    Refusal,
    check_body,
    check_category,
    check_room,
)
from rooms.posts.screening import Screening, screen_with
from rooms.posts.store import PostStore
from safety.second_opinion import SecondOpinion, SecondOpinionConfig
from stats.shown import help_shown
from world.origin import same_origin

log = logging.getLogger("kakurega.posts")
# The database is away (restarting, failing over): the writer keeps the words and tries again.
STORE_DOWN = (SQLAlchemyError, OSError)
UNREADABLE = "いまは よみこめないよ。すこし してから また きてね。"
RECEIPTS_COOKIE = "kakurega_receipts"
MAX_COOKIE_RECEIPTS = 10
RECEIPT_DAYS = 30
WAITING_TEXT = "おとなの スタッフが よんでから のるよ。"
STATUS_TEXT = {
    "waiting": "スタッフが よむのを まってるよ",
    "published": "かべに のったよ",
    "rejected": "こんかいは のせなかったよ",
    "unknown": "みつからなかったよ",
}
SHELF_STATUS_TEXT = {**STATUS_TEXT, "published": "たなに のったよ"}
NO_STORE = {"cache-control": "no-store"}


def post_routes(
    templates: Jinja2Templates,
    limits: PostLimits | None = None,
    second_opinion: SecondOpinionConfig | None = None,
) -> list[BaseRoute]:
    """The routes; add them before the page routes (``/{slug}`` would swallow ``/kabe/posts``)."""
    handlers = _Handlers(templates, (limits or PostLimits()).guard(), second_opinion)
    return [
        Route("/api/posts", handlers.api_submit, methods=["POST"]),
        Route("/api/posts/receipts", handlers.api_receipts, methods=["POST"]),
        Route("/api/posts/{room}", handlers.api_list, methods=["GET"]),
        Route("/{room:str}/posts", handlers.form_submit, methods=["POST"]),
        Route("/{room:str}/posts/sent", handlers.sent_page, methods=["GET"]),
    ]


async def wall_context(request: Request, slug: str) -> dict[str, Any]:
    """What ``templates/rooms/kabe.html`` / ``tana.html`` need, for the room page's context."""
    if slug not in POST_ROOMS:
        return {}
    store: PostStore | None = getattr(request.app.state, "posts", None)
    category = request.query_params.get("category")
    category = category if slug == "tana" and category in TANA_CATEGORIES else None
    before = _int_or_none(request.query_params.get("before"))
    page, mine = None, {}
    if store is not None:
        try:
            page = await store.published(slug, before=before, category=category)
            mine = await store.statuses(_cookie_receipts(request))
        except STORE_DOWN:
            # Fail open: the room, its help and its way out still show; the list says it cannot load.
            log.exception("the %s page is shown without its posts", slug)
    status_text = SHELF_STATUS_TEXT if slug == "tana" else STATUS_TEXT
    return {
        "posts_page": page,
        "posts_before": before,
        "posts_category": category,
        "post_categories": TANA_CATEGORIES,
        "post_max": MAX_POST_CHARS,
        "my_posts": [{"status": s, "text": status_text[s]} for s in mine.values() if s != "unknown"],
        "post_status_text": status_text,
    }


class _Handlers:
    def __init__(
        self, templates: Jinja2Templates, guard: FloodGuard, second_opinion: SecondOpinionConfig | None = None
    ) -> None:
        self.templates = templates
        self.guard = guard
        self.second_config = second_opinion
        self._second: SecondOpinion | None = None

    def second_opinion(self) -> SecondOpinion | None:
        # Built on first use, inside the running event loop that owns its connections.
        if self._second is None and self.second_config is not None:
            self._second = self.second_config.build()
        return self._second

    async def _screened_and_stored(
        self, request: Request, room: str, category: str | None, body: str
    ) -> tuple[str, Screening] | None:
        """The post screened and stored, with its receipt; None when the store is down. A post
        that shows the care card is counted as help shown (the JSON route and the form alike)."""
        screening = await screen_with(body, self.second_opinion())
        try:
            receipt = await _store(request).submit(room, category, body, screening)
        except STORE_DOWN:
            log.exception("a post could not be stored")
            return None
        if screening.urgent:
            help_shown(request, "card", "posts_abuse" if "abuse" in screening.categories else "posts")
        return receipt, screening

    # -- JSON ------------------------------------------------------------------------------

    async def api_submit(self, request: Request) -> Response:
        data = await _json_object(request)
        if isinstance(data, Response):
            return data
        taken = _check(data.get("room"), data.get("category"), data.get("body"))
        if isinstance(taken, Refusal):
            return _error(taken.code, 422)
        browser, fresh = browser_token(request)
        if not self.guard.allow(browser, client_address(request)):
            return _error("too_fast", 429, retry_after=60)
        stored = await self._screened_and_stored(request, *taken)
        if stored is None:
            return _error("busy", 503, retry_after=30)
        receipt, screening = stored
        response = JSONResponse(
            {
                "receipt": receipt,
                "status": "waiting",
                "care": screening.urgent,
                # Harm at home: the card puts the child-abuse line (189) first.
                "abuse": screening.urgent and "abuse" in screening.categories,
                "message": WAITING_TEXT,
            },
            status_code=202,
            headers=NO_STORE,
        )
        if fresh:
            keep_browser_token(request, response, browser)
        return response

    async def api_list(self, request: Request) -> Response:
        room = request.path_params["room"]
        if room not in POST_ROOMS:
            return _error("room", 404)
        category = request.query_params.get("category")
        if category is not None and (room != "tana" or category not in TANA_CATEGORIES):
            return _error("category", 400)
        before_raw = request.query_params.get("before")
        before = _int_or_none(before_raw)
        if before_raw is not None and before is None:
            return _error("before", 400, message="before は せいすう だよ")
        try:
            page = await _store(request).published(room, before=before, category=category)
        except STORE_DOWN:
            log.exception("published posts could not be read")
            return _error("busy", 503, message=UNREADABLE, retry_after=30)
        return JSONResponse(
            {
                "room": room,
                "posts": [{"id": p.id, "category": p.category, "body": p.body} for p in page.items],
                "next_before": page.next_before,
            },
            headers=NO_STORE,
        )

    async def api_receipts(self, request: Request) -> Response:
        data = await _json_object(request)
        if isinstance(data, Response):
            return data
        receipts = data.get("receipts")
        if not isinstance(receipts, list) or not all(isinstance(r, str) for r in receipts):
            return _error("not_text", 400)
        try:
            statuses = await _store(request).statuses(receipts)
        except STORE_DOWN:
            log.exception("receipts could not be read")
            return _error("busy", 503, message=UNREADABLE, retry_after=30)
        return JSONResponse({"receipts": statuses}, headers=NO_STORE)

    # -- forms (no JavaScript) --------------------------------------------------------------

    async def form_submit(self, request: Request) -> Response:
        room = request.path_params["room"]
        if room not in POST_ROOMS:
            return _error("room", 404)
        if not same_origin(request.headers):
            return self._write_page(request, room, "", None, "cross_site", 403)
        try:
            form = await read_form(request)
        except BodyTooLarge:
            return self._write_page(request, room, "", None, "too_long", 413)
        except BadBody:
            return self._write_page(request, room, "", None, "not_text", 400)
        text, category = form.get("body", ""), form.get("category")
        taken = _check(room, category, text)
        if isinstance(taken, Refusal):
            return self._write_page(request, room, text, category, taken.code, 422)
        browser, fresh = browser_token(request)
        if not self.guard.allow(browser, client_address(request)):
            return self._write_page(request, room, text, category, "too_fast", 429)
        _, category, body = taken
        stored = await self._screened_and_stored(request, room, category, body)
        if stored is None:
            return self._write_page(request, room, text, category, "busy", 503)
        receipt, screening = stored
        care = ("abuse" if "abuse" in screening.categories else "1") if screening.urgent else None
        where = f"/{room}/posts/sent" + (f"?care={care}" if care else "")
        response = RedirectResponse(where, status_code=303)
        kept = [receipt, *_cookie_receipts(request)][:MAX_COOKIE_RECEIPTS]
        response.set_cookie(
            RECEIPTS_COOKIE,
            ".".join(kept),
            max_age=RECEIPT_DAYS * 86400,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )
        if fresh:
            keep_browser_token(request, response, browser)
        return response

    async def sent_page(self, request: Request) -> Response:
        room = request.path_params["room"]
        if room not in POST_ROOMS:
            return _error("room", 404)
        care = request.query_params.get("care")
        context: dict[str, Any] = {"room_slug": room, "care": care in ("1", "abuse")}
        if care == "abuse":
            context["hotline_lines"] = _hotline_lines(("abuse",))
        return self._render(request, "posts/sent.html", context, 200)

    def _write_page(
        self, request: Request, room: str, text: str, category: str | None, code: str, status: int
    ) -> Response:
        message = REFUSAL_TEXT.get(code, REFUSAL_TEXT["not_text"])
        if code == "cross_site":
            message = "この ページからは おくれないよ。かくれがの へやから かいてね。"
        context = {
            "room_slug": room,
            "text": text if isinstance(text, str) else "",
            "category": category,
            "error": message,
            "post_categories": TANA_CATEGORIES,
            "post_max": MAX_POST_CHARS,
        }
        return self._render(request, "posts/write.html", context, status)

    def _render(self, request: Request, name: str, context: dict[str, Any], status: int) -> Response:
        base = {"exit_url": exit_url(request), "hotline_lines": _hotline_lines()}
        return self.templates.TemplateResponse(
            request, name, {**base, **context}, status_code=status, headers=NO_STORE
        )


async def _json_object(request: Request) -> dict[str, Any] | Response:
    """The request's JSON object from our own pages, or the error answer to send instead."""
    if not same_origin(request.headers):
        return _error("cross_site", 403)
    try:
        data = await read_json(request)
    except BodyTooLarge:
        return _error("too_long", 413)
    except BadBody:
        return _error("not_text", 400)
    if not isinstance(data, dict):
        return _error("not_text", 400)
    return data


def _check(room: object, category: object, body: object) -> tuple[str, str | None, str] | Refusal:
    checked_room = check_room(room)
    if isinstance(checked_room, Refusal):
        return checked_room
    checked_body = check_body(body)
    if isinstance(checked_body, Refusal):
        return checked_body
    checked_category = check_category(checked_room, category)
    if isinstance(checked_category, Refusal):
        return checked_category
    return checked_room, checked_category, checked_body


def _store(request: Request) -> PostStore:
    return request.app.state.posts


def _error(
    code: str, status: int, *, message: str | None = None, retry_after: int | None = None
) -> JSONResponse:
    headers = dict(NO_STORE)
    if retry_after is not None:
        headers["retry-after"] = str(retry_after)
    text = message or REFUSAL_TEXT.get(code) or "うまく いかなかったよ。"
    if code == "cross_site":
        text = "この ページからは おくれないよ。"
    return JSONResponse({"error": code, "message": text}, status_code=status, headers=headers)


def _cookie_receipts(request: Request) -> list[str]:
    raw = request.cookies.get(RECEIPTS_COOKIE, "")
    return [r for r in raw.split(".") if well_formed(r)][:MAX_COOKIE_RECEIPTS]


def _int_or_none(raw: str | None) -> int | None:
    # ASCII digits only: "²" passes ``isdigit`` and ``int`` refuses it (it was a 500).
    if raw is None or not raw.isascii() or not raw.isdigit() or len(raw) > 12:
        return None
    return int(raw)


def _hotline_lines(categories: tuple[str, ...] = ()) -> list[Any]:
    from rooms.hotlines import load_directory

    return list(load_directory().card_for(datetime.now(UTC), categories))
