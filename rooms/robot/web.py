"""The robot's HTTP side: ``POST /api/robot`` (JSON) and ``POST /robo`` (the page without JavaScript).

Nothing is stored and nothing is logged about a conversation: the browser sends
the recent lines each time, the server answers and forgets.  Only the aggregate
counters in ``RobotService.counters`` remain.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.templating import Jinja2Templates

import site_files
from rooms.browsers import browser_token, keep_browser_token
from rooms.posts.http import client_address, media_type
from rooms.robot.care import RobotReply, RobotService
from rooms.robot.config import MAX_BODY_BYTES, RobotConfig
from rooms.robot.inbound import Refusal, form_history, parse_form, parse_json
from rooms.robot.judge import Judge
from rooms.robot.limits import RobotLimiter
from rooms.robot.listener import ListeningEngine
from rooms.robot.openai_compat import ChatCompletionsEngine
from rooms.robot.types import Line
from stats.shown import help_shown
from world.origin import same_origin

NO_STORE = {"cache-control": "no-store"}


def build_service(config: RobotConfig) -> RobotService:
    listener = ListeningEngine()
    second = config.second_opinion.build() if config.second_opinion else None
    if config.url:
        judge = None
        if config.judge_url:
            judge = Judge(
                config.judge_url, config.judge_model, config.judge_key, deadline=config.judge_deadline
            )
        engine = ChatCompletionsEngine(
            config.url, config.model, config.key, fallback=listener, judge=judge, deadline=config.deadline
        )
        return RobotService(engine, listener=listener, second_opinion=second)
    return RobotService(listener=listener, second_opinion=second)


@dataclass
class _Robot:
    """Built on the first request, so the app's settings are there to read."""

    config: RobotConfig | None
    service: RobotService | None
    templates: Jinja2Templates
    limiter: RobotLimiter | None = None

    def ready(self, request: Request) -> tuple[RobotService, RobotLimiter]:
        if self.config is None:
            settings = getattr(request.app.state, "settings", None)
            self.config = settings.robot if settings is not None else RobotConfig()
        if self.service is None:
            self.service = build_service(self.config)
            request.app.state.robot = self.service  # its aggregate counters go to /metrics
        if self.limiter is None:
            c = self.config
            self.limiter = RobotLimiter(c)
        return self.service, self.limiter


def robot_routes(
    config: RobotConfig | None = None,
    *,
    service: RobotService | None = None,
    templates: Jinja2Templates | None = None,
) -> list[BaseRoute]:
    """``POST /api/robot`` and ``POST /robo``.  Without ``config`` it is the app's
    ``settings.robot`` (the defaults when the app has no settings)."""
    robot = _Robot(config, service, templates or Jinja2Templates(directory=site_files.TEMPLATES))

    async def api(request: Request) -> Response:
        service, limiter = robot.ready(request)
        token, fresh = browser_token(request)
        try:
            _admit(request, limiter, token, "application/json")
            message, history = parse_json(await _body(request))
        except Refusal as refusal:
            service.counters.refused[refusal.code] += 1
            headers = {**NO_STORE, **_retry(refusal, limiter)}
            return JSONResponse(refusal.to_json(), status_code=refusal.status, headers=headers)
        reply = await service.answer(message, history)
        _count(request, reply)
        response = JSONResponse(reply.to_json(), headers=NO_STORE)
        if fresh:
            keep_browser_token(request, response, token)
        return response

    async def form(request: Request) -> Response:
        service, limiter = robot.ready(request)
        token, fresh = browser_token(request)
        history: tuple[Line, ...] = ()
        try:
            _admit(request, limiter, token, "application/x-www-form-urlencoded")
            message, history = parse_form(await _body(request))
        except Refusal as refusal:
            service.counters.refused[refusal.code] += 1
            talk = {"lines": history, "hidden": form_history(history), "notice": refusal.words}
            return await _room_page(request, robot.templates, talk, refusal.status)
        reply = await service.answer(message, history)
        _count(request, reply)
        talk = _talk_after(history, message, reply)
        response = await _room_page(request, robot.templates, talk, 200)
        if fresh:
            keep_browser_token(request, response, token)
        return response

    return [
        Route("/api/robot", api, methods=["POST"], name="robot_api"),
        Route("/robo", form, methods=["POST"], name="robot_form"),
    ]


def _count(request: Request, reply: RobotReply) -> None:
    help_shown(request, "robot", reply.level)
    if reply.care:
        help_shown(request, "card", "robot")


def _admit(request: Request, limiter: RobotLimiter, token: str, content_type: str) -> None:
    if not limiter.allow(token, client_address(request)):
        raise Refusal(429, "too_fast")
    if not same_origin(request.headers):
        raise Refusal(403, "cross_site")
    if media_type(request) != content_type:
        raise Refusal(415, "unsupported")
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
        raise Refusal(413, "too_long")


async def _body(request: Request) -> bytes:
    # Read at most MAX_BODY_BYTES even when no content-length was sent.
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise Refusal(413, "too_long")
        chunks.append(chunk)
    return b"".join(chunks)


def _retry(refusal: Refusal, limiter: RobotLimiter) -> dict[str, str]:
    return {"retry-after": str(limiter.retry_after())} if refusal.status == 429 else {}


def _talk_after(history: tuple[Line, ...], message: str, reply: RobotReply) -> dict[str, Any]:
    lines = (*history, Line("you", message), Line("robo", reply.reply))
    return {
        "lines": lines,
        "hidden": form_history(lines),
        "card_lines": list(reply.card_lines),
        "care": reply.care,
        "level": reply.level,
    }


async def _room_page(
    request: Request, templates: Jinja2Templates, talk: dict[str, Any], status: int
) -> Response:
    """The robo room page as ``rooms.pages`` renders it, with the conversation filled in."""
    from rooms.pages import RoomPages

    response = await RoomPages(templates).render_room(request, "robo", {"robot": talk}, status_code=status)
    response.headers.update(NO_STORE)
    return response


__all__ = ["build_service", "robot_routes"]
