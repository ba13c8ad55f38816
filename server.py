"""Kakurega's ASGI application, and the server that runs it.

``create_app`` assembles the parts: the real-time world (``/ws``), the pages
of the nine rooms, static files and a few small JSON endpoints. ``serve_alone``
and ``start_worker`` run it under uvicorn. The command line is command.py (``main``
is here too, for ``python -c "import server; server.main()"``).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hashlib
import logging
import mimetypes
import secrets
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import BaseRoute, Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

import safety
import site_files
from command import BACKLOG, GRACEFUL_SHUTDOWN_SECONDS
from command import main as main
from ops import logs
from ops.checks import refuse_unsafe
from ops.metrics import render_app_metrics
from ops.watch import warn_about_refusals
from rooms.catalogue import ROOMS, room_shapes
from rooms.pages import lost_page_handler, page_routes, server_error
from rooms.posts import open_post_store, post_routes
from rooms.posts.store import REJECTED_WORDS_KEPT, PostStore
from rooms.robot import robot_routes
from rooms.slashes import relative_slash_redirects
from safety import learned
from settings import Settings, load_settings
from staff import staff_app
from stats.recorder import Recorder
from stats.store import StatsStore
from stats.tally import Tally
from stats.taps import tap_routes
from world.brokers import broker_from_url
from world.engine import World
from world.gateway import WebSocketGateway
from world.http_guard import GuardedHttpProtocol
from world.hub import Hub
from world.name_pass import name_pass_or_none
from world.poll_gateway import PollGateway
from world.send_now import SendNowProtocol

MSGPACK_DIST = site_files.ROOT / "node_modules" / "@msgpack" / "msgpack" / "dist.esm"

mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("image/svg+xml", ".svg")

log = logging.getLogger("kakurega")

# Pages load nothing from anywhere but here, and run no inline code (docs/privacy.md).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; media-src 'self' blob:; font-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def settle_the_heap() -> None:
    """Move everything loaded at start-up out of the garbage collector's sight.

    The word lists and dictionaries of ``safety`` are hundreds of thousands of
    long-lived objects; every full collection would walk them all (measured:
    pauses of up to half a second under load, which is what a visitor's walk
    then waits for). Frozen, they are never scanned again (docs/performance.md).

    The young generation is collected every 5,000 new objects, and the middle one every
    1,000 of those collections: the middle one as rarely as before (every 5,000,000; it
    was 100,000 × 50), but each young collection is small enough to find its objects still
    in the cache. A connection leaves ~75 objects, and each is scanned once while young:
    a ramp of 5,000 arrivals spent ~160 ms of CPU in four collections of 100,000 (up to
    45 ms each, a pause every visitor waits for) and spends ~70 ms in ~80 of 5,000, none over
    2 ms (docs/performance.md, "Arrivals: fewer objects, rarer pauses").
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(5_000, 1_000, 100)


class SecurityHeaders:
    """Adds the security headers to every HTTP response (pure ASGI: WebSockets pass untouched)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Kakurega(Starlette):
    """Starlette with the security headers outside everything, its 500 page included.

    As an ordinary middleware they sit inside Starlette's ``ServerErrorMiddleware``,
    so the answer to an unexpected error went out without them. Outside them all is
    ``/poll`` (the WebSocket's fallback, the hottest HTTP request there is): it adds the
    security headers to its own prebuilt answers and needs no other layer. Outside that,
    the ``/ws`` handshake goes straight to its gateway (``WebSocketShortcut``).
    """

    polls: PollGateway | None = None
    websockets: WebSocketGateway | None = None  # create_app sets it
    # The hub, once the lifespan made it (also ``state.hub``). A plain attribute: every arrival looks
    # it up twice (its socket counted at accept, then the gateway), and ``state``'s lookup raises and
    # catches an AttributeError each time (docs/performance.md, "Arrivals, round of 2026-12-03 (c)").
    hub: Hub | None = None

    def build_middleware_stack(self) -> Any:
        stack = SecurityHeaders(super().build_middleware_stack())
        polls = PollGateway(
            stack, hub_of=lambda scope: scope["app"].state.hub, security_headers=SECURITY_HEADERS
        )
        # uvicorn's HTTP protocol answers the common GETs itself (world/poll_direct.py). A plain
        # attribute, not ``state``: it is looked up for every poll, and ``state``'s lookup is not free.
        self.polls = polls
        if self.websockets is None:
            return polls
        return WebSocketShortcut(polls, self.websockets)


class WebSocketShortcut:
    """The ``/ws`` handshake straight to the gateway, past Starlette's layers.

    None of them applies to a WebSocket: the security headers, the 500 page and gzip are
    for HTTP answers (uvicorn's WebSocket protocol adds the security headers to a refused
    handshake itself, world/send_now.py), and the router would only find the gateway. Each
    layer cost every arrival a call, and every frame the gateway sent before the hub's
    direct writes took over a call per layer (docs/performance.md, "Arrivals through the
    network"). uvicorn's proxy-headers middleware stays outside this one: the per-address
    ceiling sees the visitor's address, not the proxy's.
    """

    def __init__(self, app: Any, gateway: WebSocketGateway) -> None:
        self.app = app
        self.gateway = gateway

    def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> Awaitable[None]:
        # The callee's coroutine itself, not one of this layer's awaiting it: a visitor's socket
        # keeps its chain of suspended coroutines for as long as it is open, and every message
        # it sends passes through each of them.
        if scope["type"] == "websocket" and scope["path"] == "/ws":
            return self.gateway(scope, receive, send)
        return self.app(scope, receive, send)  # type: ignore[no-any-return]


class FrontDoor(ProxyHeadersMiddleware):
    """uvicorn's proxy-headers middleware, called in place, and the ``/ws`` handshake past Starlette.

    uvicorn wraps the app in ``ProxyHeadersMiddleware`` (``proxy_headers=True``), a coroutine that
    awaits the app, and Starlette's ``__call__`` is another: two suspended coroutines that every
    visitor's socket kept for as long as it was open, each message it sent resumed through them,
    and each arrival made (docs/performance.md, "Arrivals, round of 2026-12-03"). This one rewrites
    the scope as uvicorn's does (its code, unchanged, in ``forwarded``) and hands back the callee's
    coroutine; a ``/ws`` handshake goes to the gateway itself (``WebSocketShortcut``'s rule, one
    layer further out; the gateway finds the hub without ``scope["app"]``). uvicorn serves it with
    ``proxy_headers=False`` and ``interface="asgi3"`` (``uvicorn_config``).
    """

    def __init__(self, app: Kakurega, trusted_hosts: list[str] | str) -> None:
        super().__init__(app, trusted_hosts)
        self.kakurega = app

    def __call__(self, scope: Any, receive: Any, send: Any) -> Awaitable[None]:  # type: ignore[override]
        if scope["type"] == "lifespan":
            return self.app(scope, receive, send)  # type: ignore[return-value]
        self.forwarded(scope)
        gateway = self.kakurega.websockets
        if gateway is not None and scope["type"] == "websocket" and scope["path"] == "/ws":
            return gateway(scope, receive, send)
        return self.app(scope, receive, send)  # type: ignore[return-value]

    def forwarded(self, scope: Any) -> None:
        """The client's address and scheme from a trusted proxy's headers: uvicorn 0.54's
        ``ProxyHeadersMiddleware.__call__``, line for line (tests/test_front_door.py compares them)."""
        client_addr = scope.get("client")
        client_host = client_addr[0] if client_addr else None

        if client_host in self.trusted_hosts:
            x_forwarded_proto_value: bytes | None = None
            x_forwarded_for_values: list[bytes] = []
            for name, value in scope["headers"]:
                if name == b"x-forwarded-proto":
                    x_forwarded_proto_value = value
                elif name == b"x-forwarded-for":
                    x_forwarded_for_values.append(value)

            if x_forwarded_proto_value is not None:
                x_forwarded_proto = x_forwarded_proto_value.decode("latin1").strip()

                if x_forwarded_proto in {"http", "https", "ws", "wss"}:
                    if scope["type"] == "websocket":
                        scope["scheme"] = x_forwarded_proto.replace("http", "ws")
                    else:
                        scope["scheme"] = x_forwarded_proto

            if x_forwarded_for_values:
                x_forwarded_for = b", ".join(x_forwarded_for_values).decode("latin1")
                host, port = self.trusted_hosts.get_trusted_client_address(x_forwarded_for)

                if host:
                    scope["client"] = (host, port)


def create_app(settings: Settings | None = None, *, schema_ready: bool = False) -> Starlette:
    """The application. ``schema_ready``: the database was reached and its schema migrated or
    checked by a child process before this one serves (``kakurega serve``), so the lifespan does
    neither and Alembic is never loaded here."""
    settings = settings or load_settings()
    learned.set_enabled(settings.safety_learned)
    refuse_unsafe(
        broker_url=settings.broker_url,
        database_url=settings.database_url,
        secret_key=settings.secret_key,
        sqlite_with_redis=settings.sqlite_with_redis,
    )
    templates = Jinja2Templates(directory=site_files.TEMPLATES)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        broker = broker_from_url(settings.broker_url)
        hub = Hub(
            World(room_shapes(), origin=broker.origin),
            broker,
            settings.limits,
            check_name=safety.check_name,
            refusal_text=safety.refusal_message,
            visits=Tally(visit_key(settings.secret_key), time.time()),
            # In the lifespan, so in each worker: the rules' fingerprint is this process's reading
            # of its own files (~15 ms at start: docs/performance.md, "The name pass"); none when
            # they cannot be read, which never stops the server.
            name_pass=name_pass_or_none(settings.secret_key),
        )
        async with open_post_store(
            settings.database_url,
            migrating=settings.migrate,
            pool=settings.database_pool,
            schema_ready=schema_ready,
        ) as posts:
            app.state.posts = posts
            await hub.start()
            app.state.hub = app.hub = hub
            erasing = asyncio.create_task(erase_old_rejections_hourly(posts), name="kakurega-erase")
            app.state.stats = StatsStore(posts.engine)
            recorder = Recorder(
                hub.visits,
                app.state.stats,
                redis=getattr(broker, "client", None),
                flush_seconds=settings.stats_flush_seconds,
            )
            app.state.recorder = recorder  # the entrance reads today's visits from it
            recording = asyncio.create_task(recorder.run(), name="kakurega-stats")
            watching = asyncio.create_task(
                warn_about_refusals(lambda: hub.stats.refused), name="kakurega-refusals"
            )
            metrics_server = None
            if settings.metrics_port:
                from ops.metrics_port import serve_metrics  # with h11: only where /metrics has its own port

                metrics_server = await serve_metrics(
                    app.state.metrics_host, settings.metrics_port, lambda: render_app_metrics(app.state)
                )
            settle_the_heap()
            try:
                yield
            finally:
                background = (erasing, watching, recording)
                for task in background:
                    task.cancel()
                # Let them finish while the database is still open: a task cancelled mid-query and
                # left behind held asyncio.run's shutdown for ever once the store had closed.
                await asyncio.wait(background, timeout=5)
                if metrics_server is not None:
                    metrics_server.close()
                try:  # after a drain the visitors have left: their visits' lengths are counted
                    await recorder.flush(last=True)
                except Exception:
                    log.exception("the last statistics could not be written")
                await hub.stop()

    # The app's hub, not ``scope["app"]``'s: the handshake reaches the gateway before Starlette
    # (``WebSocketShortcut``), which is what sets ``scope["app"]``.
    gateway = WebSocketGateway(lambda scope: app.hub)
    routes: list[BaseRoute] = [
        WebSocketRoute("/ws", gateway),
        Route("/ws", gateway),  # a plain GET: the gateway's 426, not the pages' 404
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/api/counts", api_counts),
        Route("/api/rooms", api_rooms),
        Mount("/static/vendor/msgpack", StaticFiles(directory=MSGPACK_DIST, check_dir=False)),
        Mount("/static", StaticFiles(directory=site_files.STATIC)),
        Mount("/assets", StaticFiles(directory=site_files.ASSETS)),
        *robot_routes(settings.robot, templates=templates),
        *tap_routes(),
        *post_routes(templates, settings.post_limits, settings.second_opinion),
        Mount(
            "/staff",
            app=relative_slash_redirects(
                staff_app(settings.secret_key, secure_cookies=settings.secure_cookies)
            ),
        ),
        *page_routes(templates),  # last: it answers /{slug}
    ]
    app = Kakurega(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={
            500: server_error,  # a bug still shows help and the way out
            HTTPException: lost_page_handler(templates),  # and so does a wrong address or method
        },
        middleware=[Middleware(GZipMiddleware, minimum_size=512)],
    )
    # ``/help/`` → ``/help`` without the request's Host in the Location (rooms/slashes.py).
    relative_slash_redirects(app.router)
    app.websockets = gateway
    app.state.settings = settings
    app.state.metrics_host = settings.host  # ``kakurega serve --host`` overrides it
    return app


def visit_key(secret_key: str | None) -> bytes:
    """The key the browsers' daily ids are hashed with: the same on every instance when the
    secret is shared (so one browser is one element of the day's HyperLogLog), random otherwise."""
    if secret_key is None:
        return secrets.token_bytes(32)
    return hashlib.sha256(b"kakurega visit statistics\0" + secret_key.encode()).digest()


async def erase_old_rejections_hourly(posts: PostStore) -> None:
    """Rejected posts' words are kept ``REJECTED_WORDS_KEPT``, then erased (docs/privacy.md)."""
    while True:
        try:
            erased = await posts.erase_old_rejections()
            if erased:
                log.info("erased the words of %d posts rejected over %s ago", erased, REJECTED_WORDS_KEPT)
        except Exception:
            log.exception("erasing old rejected posts failed; trying again in an hour")
        await asyncio.sleep(3600)


async def healthz(request: Request) -> PlainTextResponse:
    return PlainTextResponse("ok\n")


async def readyz(request: Request) -> PlainTextResponse:
    """Ready means started and not draining, and nothing else.

    Not Redis: while Redis is away every pod would turn unready at once, and the
    Ingress would answer 503 for every page, the hotline page included, although
    each pod can still serve it (docs/operations.md §8.1). Redis's state goes to
    the metrics, the log and the alerts instead.
    """
    hub: Hub = request.app.state.hub
    if hub.draining:
        return PlainTextResponse("draining\n", status_code=503)
    return PlainTextResponse("ready\n")


async def api_counts(request: Request) -> JSONResponse:
    counts = request.app.state.hub.counts
    return JSONResponse(
        {"rooms": counts.rooms, "total": counts.total, "scope": counts.scope},
        headers={"cache-control": "no-store"},
    )


async def api_rooms(request: Request) -> JSONResponse:
    return JSONResponse({"rooms": [room.as_json() for room in ROOMS.values()]})


# -- serving -------------------------------------------------------------------------


def serve_alone(settings: Settings, host: str, port: int, log_level: str) -> int:
    """``kakurega serve`` as one process (command.py parsed the command line, set up the log and
    reached the database and migrated or checked its schema in a child: ``prepare_database``)."""
    app = create_app(settings, schema_ready=True)
    app.state.metrics_host = host
    DrainingServer(uvicorn_config(app, settings, host, port, log_level), app).run()
    return 0


def start_worker(values: dict[str, Any], host: str, port: int, log_level: str, index: int) -> DrainingServer:
    """Worker ``index`` of ``--workers``, in its own process: the supervisor's settings, but its own
    metrics port (KAKUREGA_METRICS_PORT + index), so each worker is scraped on its own."""
    settings = Settings(**values)
    if settings.metrics_port:
        settings = settings.model_copy(update={"metrics_port": settings.metrics_port + index})
    logs.configure(log_level, settings.log_format, worker=index)
    app = create_app(settings, schema_ready=True)  # the supervisor's child prepared the database
    app.state.metrics_host = host
    return DrainingServer(uvicorn_config(app, settings, host, port, log_level), app)


def _hub_of(app: Starlette) -> Callable[[], Hub | None]:
    """What finds the app's hub for every accepted socket: ``Kakurega.hub``, or, in another app
    (the tests'), ``state.hub``."""
    if isinstance(app, Kakurega):
        return lambda: app.hub
    return lambda: getattr(app.state, "hub", None)


def uvicorn_config(app: Starlette, settings: Settings, host: str, port: int, log_level: str) -> Any:
    import uvicorn

    if "*" in (part.strip() for part in settings.forwarded_allow_ips.split(",")):
        # Allowed, for a proxy whose address is not known in advance, but then the port must be
        # reachable by that proxy alone: anyone else could claim any address and walk past the
        # per-address ceiling. Said at start, where an operator looks.
        log.warning(
            "KAKUREGA_FORWARDED_ALLOW_IPS trusts everyone ('*'): any client can claim any address "
            "in X-Forwarded-For and pass the per-address ceiling; set the proxy's address or network "
            "unless only the proxy can reach %s:%d",
            host,
            port,
        )

    return uvicorn.Config(
        # uvicorn's proxy headers, in place, and ``/ws`` straight to its gateway (``FrontDoor``);
        # its ``__call__`` is no coroutine function, so uvicorn must not guess the interface.
        FrontDoor(app, settings.forwarded_allow_ips) if isinstance(app, Kakurega) else app,
        interface="asgi3",
        host=host,
        port=port,
        # httptools, closing sockets whose request does not come (world/http_guard.py)
        http=GuardedHttpProtocol.guarded(
            request_timeout=settings.request_timeout,
            forwarded_allow_ips=settings.forwarded_allow_ips,
            sockets_of=_hub_of(app),  # its per-address ceiling
            security_headers=SECURITY_HEADERS,
            polls_of=lambda: getattr(app, "polls", None),
        ),
        # websockets-sansio, plus a synchronous send for ticks and a budget for control frames
        ws=SendNowProtocol.limited(settings.limits, SECURITY_HEADERS),
        ws_max_size=64 * 1024,
        ws_ping_interval=20.0,
        ws_ping_timeout=20.0,
        # Frames are a few dozen bytes: compression would cost CPU and ~100 KB of zlib state per socket.
        ws_per_message_deflate=False,
        # Access logs would carry visitors' addresses; Kakurega keeps none.
        access_log=False,
        server_header=False,
        log_level=log_level,
        log_config=None,  # our handler (JSON lines or text) on the root logger; uvicorn's propagate to it
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
        # Under a connection flood, refuse (503) rather than queue handshakes whose clients
        # will have given up by the time they are served.
        limit_concurrency=settings.max_connections + 500,
        backlog=BACKLOG,
        # Behind a reverse proxy the per-address cap must see the visitor's address, not the proxy's:
        # ``FrontDoor`` does what uvicorn's middleware did (uvicorn's own for any other app).
        proxy_headers=not isinstance(app, Kakurega),
        forwarded_allow_ips=settings.forwarded_allow_ips,
    )


class DrainingServer:
    """uvicorn's server, but SIGTERM first drains the hub (``bye draining`` to every visitor).

    uvicorn on its own would close every WebSocket with 1012 and no word of when
    to come back, so all the visitors of a pod would reconnect at the same instant.
    """

    def __init__(self, config: Any, app: Starlette) -> None:
        import uvicorn

        outer = self

        class _Server(uvicorn.Server):
            def handle_exit(self, sig: int, frame: Any) -> None:
                outer.on_signal(sig, frame)

        self.app = app
        self.server = _Server(config)
        self._draining: asyncio.Task[None] | None = None

    def run(self, sockets: list[socket.socket] | None = None) -> None:
        """``sockets``: listening sockets to serve on (a worker's); none: uvicorn binds host:port."""
        self.server.run(sockets)

    @property
    def started(self) -> bool:
        return bool(self.server.started)

    def on_signal(self, sig: int, frame: Any) -> None:
        hub: Hub | None = getattr(self.app.state, "hub", None)
        if self._draining is not None or hub is None:
            # A second signal, or nothing to drain yet: leave now.
            uvicorn_exit = super(type(self.server), self.server).handle_exit
            uvicorn_exit(sig, frame)
            return
        loop = asyncio.get_event_loop()
        self._draining = loop.create_task(self._drain_then_exit(hub, sig, frame))

    async def _drain_then_exit(self, hub: Hub, sig: int, frame: Any) -> None:
        log.warning("drain started: asking %d visitors to come back later", hub.connection_count)
        try:
            await hub.drain(hub.limits.drain_timeout)
            log.warning("drain ended: %d visitors still connected", hub.connection_count)
        finally:
            super(type(self.server), self.server).handle_exit(sig, frame)


def __getattr__(name: str) -> Any:
    # ``server:app`` is built on first use, so importing this module (for the CLI) stays cheap.
    if name == "app":
        application = create_app()
        globals()["app"] = application
        return application
    raise AttributeError(name)


if __name__ == "__main__":
    raise SystemExit(main())
