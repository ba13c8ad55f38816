"""uvicorn's httptools protocol, guarded against sockets that never finish a request.

uvicorn holds a connection that sent part of a request for ever: its keep-alive timer
runs only *between* requests, and it counts such sockets against ``limit_concurrency``,
so a few thousand of them from one machine made every page answer 503. This protocol:

- **closes a connection whose request is not complete within ``request_timeout``**
  (``KAKUREGA_REQUEST_TIMEOUT``, 10 s) of the socket being accepted, or of the first byte
  of the next request on a kept-alive connection. A WebSocket upgrade is complete once its
  headers are; after that the hub's ``hello_timeout`` takes over.
- **counts open sockets per address from accept** (``sockets``, see ``OpenSockets``), not
  only upgraded WebSockets, and closes at once a socket past the address's ceiling. A peer
  that is a trusted proxy (``KAKUREGA_FORWARDED_ALLOW_IPS``) is not counted: its sockets
  carry many visitors, and their own addresses are only known from the request.
- **adds the security headers** to the answers uvicorn writes by itself (400 for a
  malformed request, 503 past ``limit_concurrency``), like every answer of the app.

- **closes a connection that sends more than ``MAX_PIPELINED`` requests ahead** of their
  answers (uvicorn parsed and queued every one: a few KB each, from one write of a few bytes each).
- **refuses a request head over ``MAX_HEAD_BYTES``** with ``431`` (httptools and uvicorn kept
  any length of target and headers in memory). It counts the head's own bytes: a read that also
  holds earlier pipelined requests or a body counts only what the parser has read of the head,
  and a head that ends inside a read (whole in one, or the end of a long one) is counted in full.
- **refuses a head that names its host or origin twice, or no host** with ``400``: two ``Host``
  headers, an absolute target (``GET http://host/path``) naming another host than ``Host`` (or
  with no ``Host``), no ``Host`` in an HTTP/1.1 request, or two ``Origin`` headers; the app
  would read one of each, and a proxy in front may have read the other. Checked as each header is
  read (``on_header``), not in a pass of its own.
- **answers a refused request after the answers to the requests before it** on the connection,
  then closes: pipelined answers come in order, so a client never takes the refusal for an
  earlier request's answer.
- **logs nothing for a client's mistake** (uvicorn warns for each malformed request).
- **writes an answer's head and body together** (world/joined_writes.py).
- **answers a common ``GET /poll/{token}`` without a request cycle** (world/poll_direct.py).

It leans on the parent's ``connection_lost``, ``on_message_begin``,
``on_message_complete``, ``send_400_response`` and
``_start_asgi_task``, ``_unset_keepalive_if_required``, ``_should_upgrade``,
``timeout_keep_alive_handler`` and on ``parser``, ``transport``, ``client``, ``loop``,
``cycle``, ``flow``, ``pipeline``, ``timeout_keep_alive``, ``server_state``, ``connections``,
``config``, ``app_state``, ``ws_protocol_class``, ``scope``, ``url``, ``headers`` and
``expect_100_continue`` (``__init__``, ``connection_made``, ``data_received``,
``on_response_complete``, ``handle_websocket_upgrade`` and ``on_header`` are its own: the first
two set the parent's attributes as uvicorn 0.54's do, without looking up its loggers for every
connection or asking a socket object for the addresses the transport already holds; the fourth
keeps its keep-alive timer lazy, the fifth lets the WebSocket protocol take the handshake as
parsed here, the sixth is uvicorn's with the ``Host`` and ``Origin`` checks
(tests/test_uvicorn_copies.py); ``flow`` is made when first read, and ``_should_upgrade``'s
verdict is kept for the request being parsed);
tests/test_hardening_handshakes.py runs it in a real server, so an upgrade of uvicorn that
renames them fails there first.
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import httptools
from uvicorn.config import Config
from uvicorn.logging import TRACE_LOG_LEVEL
from uvicorn.protocols.http.flow_control import FlowControl, service_unavailable
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from world.deadline import Deadline, Queue, queue_for
from world.joined_writes import JoinedWrites
from world.poll_direct import PREFIX, DirectPolls, answer_directly
from world.uvicorn_parts import ACCESS_LOGGER, ASGI_VERSIONS, ERROR_LOGGER

Header = tuple[bytes, bytes]

MAX_HEAD_BYTES = 64 * 1024
"""A request's line and headers, at most (``431`` past it). httptools sets no limit: it gathers a
header's value, and uvicorn the target, however long they grow, so one socket could fill the
server's memory within the request timeout (a header of 2 MB was served). Browsers send a few KB
(nginx in front takes 32 KB by default)."""

HEAD_TOO_LARGE = b"Request head too large\n"
TWO_HOSTS = b"More than one Host header\n"
TWO_ORIGINS = b"More than one Origin header\n"
OTHER_HOST = b"The target names another host than Host\n"
NO_HOST = b"No Host header\n"
BEGUN_IN_THIS_READ = -1  # ``_head_bytes`` of a head begun in the read being parsed

MAX_PIPELINED = 16
"""Requests a connection may send ahead of their answers (browsers send none ahead). uvicorn
queued every one it parsed: 1,500 tiny requests in one write cost the server ~3.4 MB, and
every socket of an address could do it."""


class PipelineFlood(Exception):
    """More requests sent ahead than ``MAX_PIPELINED``: the connection is closed."""


class RefusedHead(Exception):
    """A request head refused before the app sees it: its status and the plain-text reason sent."""

    def __init__(self, status: int, reason: bytes) -> None:
        super().__init__(status)
        self.status = status
        self.reason = reason


class OpenSockets(Protocol):
    """Where sockets are counted per address (the hub's admission)."""

    def socket_opened(self, address: str) -> bool:
        """Count one more socket from ``address``; False (and nothing counted) past its ceiling."""

    def socket_closed(self, address: str) -> None: ...

    def socket_closing(self, address: str) -> bool: ...

    def closing_socket_closed(self, address: str) -> None: ...


class CountedSocket:
    """A counted socket the WebSocket protocol took over (world/send_now.py): ``closing`` once
    the server's close is written, ``lost`` once the socket is gone; each count taken back once."""

    __slots__ = ("_peer", "_sockets", "_state")

    OPEN, CLOSING, DONE = 0, 1, 2

    def __init__(self, sockets: OpenSockets, peer: str) -> None:
        self._sockets = sockets
        self._peer = peer
        self._state = self.OPEN

    def closing(self) -> bool:
        """Out of the address's ceiling, into its closing sockets; False: drop the socket now."""
        if self._state != self.OPEN:
            return True
        kept = self._sockets.socket_closing(self._peer)
        self._state = self.CLOSING if kept else self.DONE
        return kept

    def lost(self) -> None:
        state, self._state = self._state, self.DONE
        if state == self.OPEN:
            self._sockets.socket_closed(self._peer)
        elif state == self.CLOSING:
            self._sockets.closing_socket_closed(self._peer)


class TrustedProxies:
    """``KAKUREGA_FORWARDED_ALLOW_IPS`` as addresses and networks (``*``: everyone)."""

    def __init__(self, allowed: str) -> None:
        items = [item.strip() for item in allowed.split(",") if item.strip()]
        self.everyone = "*" in items
        self.networks = [ipaddress.ip_network(item, strict=False) for item in items if item != "*"]
        # A single address, as the socket spells it (the canonical form ``ipaddress`` prints): a
        # visitor's address is checked against this set without parsing it. Parsing took ~4 µs
        # of every arrival's accept (docs/performance.md, "Arrivals: fewer objects, rarer pauses").
        self.addresses = frozenset(
            str(network.network_address)
            for network in self.networks
            if network.prefixlen == network.max_prefixlen
        )
        self.ranges = [network for network in self.networks if network.prefixlen != network.max_prefixlen]

    def __contains__(self, address: str) -> bool:
        if self.everyone or address in self.addresses:
            return True
        if not self.ranges:
            return False
        try:
            parsed = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(parsed in network for network in self.ranges)


class GuardedHttpProtocol(HttpToolsProtocol):
    # Attributes kept in the object itself rather than in its ``__dict__``: an instance's dict shares
    # its keys with the other instances' only while the class's instances store at most 30 names
    # (CPython 3.11), and uvicorn's and ours were 37, so every arrival's dict was converted to one
    # of its own, a copy of ~30 entries, as its 31st was stored (docs/performance.md, "Round of
    # 2026-12-06, sixth"; tests/test_uvicorn_copies.py). These are set in ``__init__`` and have no
    # class default.
    __slots__ = (
        "_counted",
        "_idle_deadline",
        "_request_deadline",
        "access_log",
        "access_logger",
        "app_state",
        "asgi_version",
        "expect_100_continue",
        "limit_concurrency",
        "root_path",
        "server_state",
        "timeout_keep_alive",
        "timeout_keep_alive_task",
        "ws_protocol_class",
    )

    request_timeout: float = 10.0
    trusted: TrustedProxies = TrustedProxies("127.0.0.1")
    sockets_of: Callable[[], OpenSockets | None] = staticmethod(lambda: None)
    polls_of: Callable[[], DirectPolls | None] = staticmethod(lambda: None)
    security_headers: Sequence[Header] = ()

    @classmethod
    def guarded(
        cls,
        *,
        request_timeout: float,
        forwarded_allow_ips: str,
        sockets_of: Callable[[], OpenSockets | None],
        security_headers: Sequence[Header],
        polls_of: Callable[[], DirectPolls | None] = lambda: None,
    ) -> type[GuardedHttpProtocol]:
        """This protocol with the server's settings (uvicorn takes a class for ``http=``).

        ``sockets_of()`` finds the counter when a socket is accepted: the app builds it in
        its lifespan, which has run by then. ``polls_of()`` finds the ``/poll`` endpoint, whose
        common GETs are answered without a request cycle (world/poll_direct.py).
        """
        settings = {
            "request_timeout": request_timeout,
            "trusted": TrustedProxies(forwarded_allow_ips),
            "sockets_of": staticmethod(sockets_of),
            "polls_of": staticmethod(polls_of),
            "security_headers": tuple(security_headers),
        }
        return type(cls.__name__, (cls,), settings)

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        # uvicorn's ``__init__`` (httptools_impl.py, uvicorn 0.54), attribute for attribute, less
        # what it looked up again for every connection (two loggers by name, each under logging's
        # lock, and the ASGI version): an arrival makes this protocol only to upgrade it.
        if not config.loaded:
            config.load()
        self.config = config
        self.app = config.loaded_app
        self.loop = _loop or asyncio.get_event_loop()
        self.logger = ERROR_LOGGER
        self.access_logger = ACCESS_LOGGER
        self.access_log = ACCESS_LOGGER.hasHandlers()
        self.parser = httptools.HttpRequestParser(self)
        # An answer to the first of pipelined requests (httptools ≥ 0.6.3, as constraints.txt pins).
        self.parser.set_dangerous_leniencies(lenient_data_after_close=True)
        self.ws_protocol_class = config.ws_protocol_class
        self.root_path = config.root_path
        self.asgi_version = ASGI_VERSIONS[config.interface]
        self.limit_concurrency = config.limit_concurrency
        self.app_state = app_state
        self.timeout_keep_alive_task = None
        self.timeout_keep_alive = config.timeout_keep_alive
        self.server_state = server_state
        self.connections = server_state.connections
        self.tasks = server_state.tasks
        self.transport = None  # type: ignore[assignment]
        self.flow = None  # type: ignore[assignment]  # made when first read (``flow`` below)
        self.server = None
        self.client = None
        self.scheme = None
        self.pipeline = deque()
        self.scope = None  # type: ignore[assignment]
        self.headers = None  # type: ignore[assignment]
        self.expect_100_continue = False
        self.cycle = None  # type: ignore[assignment]
        # Lazy (world/deadline.py): a kept-alive connection polling several times a second
        # moved each of them per request, a timer made and cancelled each time.
        self._request_deadline = Deadline(self.loop, self._timed_out, self._request_queue())
        self._idle_deadline = Deadline(self.loop, self.timeout_keep_alive_handler)
        self._counted: tuple[OpenSockets, str] | None = None  # released when the socket closes

    # The loop's queue of request deadlines (world/deadline.py ``Queue``): every socket sets one at
    # accept, and an arrival's is stopped at its upgrade, without a timer of its own either way.
    _request_queue_of: tuple[asyncio.AbstractEventLoop, Queue] | None = None

    def _request_queue(self) -> Queue:
        cached = self._request_queue_of
        if cached is None or cached[0] is not self.loop:
            cached = (self.loop, queue_for(self.loop, self.request_timeout))
            type(self)._request_queue_of = cached
        return cached[1]

    # -- uvicorn's flow control, made when first read -----------------------------------------

    _flow: FlowControl | None = None

    @property  # type: ignore[override]
    def flow(self) -> FlowControl:
        """uvicorn's ``FlowControl`` for the socket, made when a request cycle (or a pause) first
        needs it: uvicorn made it at accept, an ``asyncio.Event`` and its deque (~1.6 µs), and an
        arrival's socket is upgraded before any cycle reads it (docs/performance.md, "Arrivals,
        round of 2026-12-03 (c)"). Made later it is as made at accept: nothing had changed it."""
        flow = self._flow
        if flow is None and self.transport is not None:
            flow = self._flow = FlowControl(self.transport)
        return flow  # type: ignore[return-value]

    @flow.setter
    def flow(self, value: FlowControl | None) -> None:
        self._flow = value

    # -- accept and close ------------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        # uvicorn's, but the addresses are the transport's record of them: uvicorn asks for the
        # socket, which uvloop then makes as a Python object for the purpose, and reads both
        # addresses from it again, five system calls an arrival that uvloop had already made.
        self.connections.add(self)
        self.transport = transport
        self.server = _address(transport.get_extra_info("sockname"))
        client = _address(transport.get_extra_info("peername"))
        self.client = client if client is None or client[1] is not None else None
        self.scheme = "https" if transport.get_extra_info("sslcontext") else "http"
        if self.logger.level <= TRACE_LOG_LEVEL:
            prefix = f"{self.client[0]}:{self.client[1]} - " if self.client else ""
            self.logger.log(TRACE_LOG_LEVEL, "%sHTTP connection made", prefix)
        peer = self.client[0] if self.client else None
        sockets = self.sockets_of()
        if peer is not None and sockets is not None and peer not in self.trusted:
            if not sockets.socket_opened(peer):
                self._refuse_at_once()
                return
            self._counted = (sockets, peer)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._request_deadline.stop()
        self._release()
        super().connection_lost(exc)
        self._unlink()

    def _unlink(self) -> None:
        # Reference cycles a closed connection would leave for the rare full collection
        # (``settle_the_heap``): the keep-alive timer's handle (uvicorn clears it only on a
        # clean close), the request cycle's callback, httptools' parser.
        self._idle_deadline.stop()
        self.cycle = None  # type: ignore[assignment]
        self.parser = None  # type: ignore[assignment]

    def _release(self) -> None:
        if self._counted is not None:
            sockets, peer = self._counted
            self._counted = None
            sockets.socket_closed(peer)

    def _refuse_at_once(self) -> None:
        body = b"Too many connections\n"
        self.transport.write(
            _response(503, [*self.security_headers, (b"retry-after", b"10"), *_plain(body)], body)
        )
        self.transport.close()

    # -- the request timer -----------------------------------------------------------------

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._upgrade_verdict = None
        self._head_bytes = BEGUN_IN_THIS_READ
        self._in_head = True
        self._host = None
        self._origin = False
        if not self._request_deadline.set:  # the next request on a kept-alive connection
            self._arm()

    _upgrade_verdict: bool | None = None  # ``_should_upgrade`` for the request being parsed
    # A request's head begun and not yet complete, and the bytes read into it (``data_received``):
    # class defaults, so a connection makes nothing more until its first request.
    # ``_head_bytes`` is ``BEGUN_IN_THIS_READ`` while the head began in the read being parsed
    # (``_read_bytes`` long), whose bytes before it belong to earlier requests; after that read
    # it is at most the head's bytes so far (refused past the limit), and ``_head_most`` at least.
    _in_head = False
    _head_bytes = 0
    _head_most = 0
    _read_bytes = 0
    # A refusal's answer, written once the requests before it are answered (``_refuse``).
    _refusal: bytes | None = None
    # The request's ``Host`` and whether it had an ``Origin`` (``on_header``).
    _host: bytes | None = None
    _origin = False

    def _should_upgrade(self) -> bool:
        # uvicorn asks this twice of every upgrade, with the same headers: in ``on_headers_complete``
        # and again when the parser stops at the upgrade (``data_received``); each reads every header.
        verdict = self._upgrade_verdict
        if verdict is None:
            verdict = self._upgrade_verdict = super()._should_upgrade()
        return verdict

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._disarm()

    def on_header(self, name: bytes, value: bytes) -> None:
        # uvicorn's, refusing a second ``Host`` or ``Origin`` as it is read: the app reads one of
        # each, and a proxy or cache in front may have read the other (browsers never send two).
        name = name.lower()
        if name == b"host":
            if self._host is not None:
                raise RefusedHead(400, TWO_HOSTS)
            self._host = value
        elif name == b"origin":
            if self._origin:
                raise RefusedHead(400, TWO_ORIGINS)
            self._origin = True
        elif name == b"expect" and value.lower() == b"100-continue":
            self.expect_100_continue = True
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        self._in_head = False
        # The head ended in this read, so no read's end counted all of it. Its bytes are at most
        # this read's and those of the reads before it; past the limit, what the parser read of
        # it (every header, now) decides.
        most = (
            self._read_bytes if self._head_bytes == BEGUN_IN_THIS_READ else self._head_most + self._read_bytes
        )
        if most > MAX_HEAD_BYTES and self._surfaced_head() > MAX_HEAD_BYTES:
            raise RefusedHead(431, HEAD_TOO_LARGE)
        url = self.url
        if not url.startswith(b"/") and url != b"*" and not _same_host(url, self._host):
            raise RefusedHead(400, OTHER_HOST)
        if self._host is None and self.parser.get_http_version() == "1.1":
            raise RefusedHead(400, NO_HOST)  # RFC 9112 §3.2; HTTP/1.0 had no Host
        if url.startswith(PREFIX):
            polls = self.polls_of()
            if polls is not None and answer_directly(self, polls):
                return
        super().on_headers_complete()
        if len(self.pipeline) > MAX_PIPELINED:
            # Raised through the parser, which stops there: the rest of what was read is not
            # parsed into more requests, and ``data_received`` answers 400 and closes.
            raise PipelineFlood

    def handle_websocket_upgrade(self) -> None:
        # uvicorn's, but the WebSocket protocol may take the handshake as parsed here
        # (world/send_now.py ``upgrade``) instead of parsing it again from the bytes.
        self._request_deadline.stop()
        self.connections.discard(self)
        protocol = self.ws_protocol_class(  # type: ignore[call-arg, misc]
            config=self.config, server_state=self.server_state, app_state=self.app_state, _loop=self.loop
        )
        adopt = getattr(protocol, "adopt", None)
        if adopt is not None:  # the addresses read at accept, not read from the socket again
            adopt(self.transport, self.server, self.client, self.scheme == "https")
        else:
            protocol.connection_made(self.transport)
        upgrade = getattr(protocol, "upgrade", None)
        if upgrade is None or not upgrade(self.scope, self.url):
            protocol.data_received(self._request_bytes())
        self.transport.set_protocol(protocol)
        # The socket now belongs to the WebSocket protocol: it releases the count when it closes,
        # and this protocol never hears of the socket again, so it lets go of it now.
        self._unlink()
        upgraded = self.transport.get_protocol()
        counted, self._counted = self._counted, None
        if counted is not None:
            if hasattr(upgraded, "counted"):
                upgraded.counted = CountedSocket(*counted)
            else:
                counted[0].socket_closed(counted[1])

    def _request_bytes(self) -> bytes:
        """The request written out again, as uvicorn hands it to its WebSocket protocols."""
        output = [self.scope["method"].encode(), b" ", self.url, b" HTTP/1.1\r\n"]
        for name, value in self.scope["headers"]:
            output += [name, b": ", value, b"\r\n"]
        output.append(b"\r\n")
        return b"".join(output)

    def _arm(self) -> None:
        self._request_deadline.set_in(self.request_timeout)

    def _disarm(self) -> None:
        self._request_deadline.clear()

    def _timed_out(self) -> None:
        if self.transport.is_closing():
            return
        if self.cycle is None or self.cycle.response_complete:
            body = b"Request not complete in time\n"
            self.transport.write(_response(408, [*self.security_headers, *_plain(body)], body))
        self.transport.close()

    # -- the keep-alive timer, lazy ---------------------------------------------------------

    def _unset_keepalive_if_required(self) -> None:
        self._idle_deadline.clear()

    def on_response_complete(self) -> None:
        # uvicorn's, with its keep-alive timer a ``Deadline``.
        self.server_state.total_requests += 1
        if self.transport.is_closing():
            return
        self._idle_deadline.clear()
        if self._refusal is not None and not self.pipeline:  # the refused request's turn
            self._write_refusal()
            return
        self.flow.resume_reading()
        if self.pipeline:
            cycle, app = self.pipeline.pop()
            self._start_asgi_task(cycle, app)
        else:
            self._idle_deadline.set_in(self.timeout_keep_alive)

    # -- uvicorn's own answers ---------------------------------------------------------------

    def data_received(self, data: bytes) -> None:
        # uvicorn's, less its warning for each malformed request or unknown upgrade: those are
        # a client's mistakes, and a line each would let any client fill the log.
        if self._refusal is not None:  # a request was refused: nothing after it is read
            return
        self._unset_keepalive_if_required()
        self._read_bytes = len(data)
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as error:
            refused = error.__context__
            if isinstance(refused, RefusedHead):
                self._refuse(refused.status, refused.reason)
            else:
                self.send_400_response("Invalid HTTP request received.")
            return
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():
                self.handle_websocket_upgrade()
            return
        if self._in_head:  # the read ended inside a head
            if self._head_bytes == BEGUN_IN_THIS_READ:
                # Earlier requests or a body may have come first in this read: what the parser
                # has read of this head so far, less the header it is still reading (counted
                # in full once the head is complete, ``on_headers_complete``).
                self._head_bytes = self._surfaced_head()
                self._head_most = len(data)
            else:  # all of ``data`` went into a head begun before it
                self._head_bytes += len(data)
                self._head_most += len(data)
            if self._head_bytes > MAX_HEAD_BYTES:
                self._refuse(431, HEAD_TOO_LARGE)

    def _surfaced_head(self) -> int:
        """The bytes of the head being parsed that the parser has handed over: the target and every
        complete header's name and value (not the separators, nor a header still being read)."""
        return len(self.url) + sum(len(name) + len(value) for name, value in self.headers)

    def _refuse(self, status: int, reason: bytes) -> None:
        """Answer a refused request (``status`` and ``reason``, then close the socket) after the
        answers to the requests before it on the connection, if any are still to come: answers
        go out in order. Nothing more is read or parsed from the socket."""
        self._in_head = False
        self._refusal = _response(status, [*self.security_headers, *_plain(reason)], reason)
        if self.pipeline or (self.cycle is not None and not self.cycle.response_complete):
            self.flow.pause_reading()
        else:
            self._write_refusal()

    def _write_refusal(self) -> None:
        if self.cycle is not None and isinstance(self.cycle.transport, JoinedWrites):
            self.cycle.transport.flush()  # the answer before it, if still held for joining
        self.transport.write(self._refusal or b"")
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        body = msg.encode("ascii")
        self.transport.write(
            _response(400, [*self.server_state.default_headers, *self.security_headers, *_plain(body)], body)
        )
        self.transport.close()

    def shutdown(self) -> None:
        # An answer written in this step of the loop goes out before the server closes the socket.
        if self.cycle is not None and isinstance(self.cycle.transport, JoinedWrites):
            self.cycle.transport.flush()
        super().shutdown()

    def _start_asgi_task(self, cycle: Any, app: Any) -> None:
        if app is service_unavailable:  # uvicorn's 503 past ``limit_concurrency``
            app = _with_headers(app, self.security_headers)
        cycle.transport = JoinedWrites(self.transport, self.loop)
        super()._start_asgi_task(cycle, app)


# Tuples, not ``tuple | list``: a union written in ``isinstance`` is a new object at every call.
_PAIRS = (tuple, list)


def _address(info: Any) -> tuple[str, int | None] | None:
    """An address as uvicorn reads it from the socket: host and port, or a Unix socket's path."""
    if isinstance(info, _PAIRS) and len(info) >= 2:
        return (str(info[0]), int(info[1]))
    if isinstance(info, str):
        return (info, None)
    return None


_REASONS = {
    400: b"Bad Request",
    408: b"Request Timeout",
    431: b"Request Header Fields Too Large",
    503: b"Service Unavailable",
}


_DEFAULT_PORTS = {b"http": b":80", b"https": b":443"}


def _same_host(target: bytes, host: bytes | None) -> bool:
    """An absolute target (``GET http://host/path``, whose host a server is to take instead of
    ``Host``) names ``host``: the same name and port, in any case. Browsers send none; a target
    naming another host, or none at all, is refused (a proxy or cache in front may have read it)."""
    scheme, separator, rest = target.partition(b"://")
    scheme = scheme.lower()
    if not separator or scheme not in _DEFAULT_PORTS or host is None:
        return False
    authority = rest.split(b"/", 1)[0].split(b"?", 1)[0].lower()
    host = host.strip().lower()
    default = _DEFAULT_PORTS[scheme]
    return authority.removesuffix(default) == host.removesuffix(default)


def _plain(body: bytes) -> list[Header]:
    return [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]


def _response(status: int, headers: Sequence[Header], body: bytes) -> bytes:
    lines = [b"HTTP/1.1 %d %s" % (status, _REASONS[status])]
    lines += [name + b": " + value for name, value in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def _with_headers(app: Any, extra: Sequence[Header]) -> Any:
    async def answer(scope: Any, receive: Any, send: Any) -> None:
        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await app(scope, receive, send_with_headers)

    return answer
