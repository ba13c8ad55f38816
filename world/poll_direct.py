"""``GET /poll/{token}`` answered inside uvicorn's HTTP protocol, without a request cycle.

A polling visitor makes two or three GETs a second, and each one through uvicorn's
ASGI request cycle cost the server ≈ 160 µs, of which the endpoint itself was ~12 µs:
the scope, the cycle and its event, a task, two ASGI messages, uvicorn checking every
header of the answer against two regular expressions, the proxy-headers middleware and
Starlette's entry (docs/performance.md, "Polls below the request cycle"). Here the
common GET is answered from the parser's callback: the session calls back when the
answer is due, and its head and body go to the socket in one write.

Only the common case: a kept-alive HTTP/1.1 ``GET`` of an open session, with no body,
from the site's own page, when nothing else is in flight on the connection and the
server is under its concurrency limit, and while the client reads what it is sent (its
socket is not paused for writing). Everything else (an unknown token, one written
with %-escapes, another site's page, a body, a pipelined request, HTTP/1.0,
``Expect``…) takes the ordinary way
(world/poll_gateway.py's ``__call__``), which gives it its documented answer. The answer
is the same as that way's, byte for byte: uvicorn's status line and default headers,
then the gateway's.

It leans on uvicorn's ``HttpToolsProtocol``: ``url``, ``headers``, ``parser``, ``cycle``,
``expect_100_continue``, ``flow.write_paused``, ``limit_concurrency``, ``connections``,
``tasks``, ``transport``, ``server_state.default_headers`` and ``on_response_complete``; and on what its
``connection_lost``, ``on_message_complete`` and ``shutdown`` read of a cycle
(``DirectCycle``). tests/test_world_polling.py runs it in a real server.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from uvicorn.protocols.http.httptools_impl import STATUS_LINE

Header = tuple[bytes, bytes]
PREFIX = b"/poll/"


class DirectPolls(Protocol):
    """The endpoint's side (``PollGateway.take_directly``)."""

    def take_directly(
        self, token: str, headers: Sequence[Header], respond: Callable[[int, list[Header], bytes], None]
    ) -> Callable[[], None] | None: ...


def _nothing() -> None:
    pass


class DirectCycle:
    """Stands in for uvicorn's ``RequestResponseCycle`` while a direct GET waits for its answer.

    uvicorn sets a cycle's ``message_event`` when the request's body ends or the socket closes;
    no one waits on it here, but a socket closed before the answer tells the session
    (``hung_up``): its client is gone."""

    __slots__ = ("disconnected", "hung_up", "keep_alive", "more_body", "response_complete", "transport")

    def __init__(self, transport: Any) -> None:
        self.transport = transport
        self.disconnected = False  # set by uvicorn when the socket closes: the answer is dropped
        self.keep_alive = True  # cleared by uvicorn's shutdown: the answer closes the connection
        self.more_body = True
        self.response_complete = False
        self.hung_up: Callable[[], None] = _nothing

    @property
    def message_event(self) -> DirectCycle:
        return self

    def set(self) -> None:
        if self.disconnected and not self.response_complete:
            hung_up, self.hung_up = self.hung_up, _nothing
            hung_up()


def answer_directly(protocol: Any, polls: DirectPolls) -> bool:
    """Serve the request whose headers ``protocol`` (an ``HttpToolsProtocol``) has just parsed,
    if it is a common poll; False, and nothing done, if it must take the ordinary way."""
    parser = protocol.parser
    if (
        parser.get_method() != b"GET"
        or parser.get_http_version() != "1.1"
        or not parser.should_keep_alive()
        or parser.should_upgrade()
        or protocol.expect_100_continue
    ):
        return False
    previous = protocol.cycle
    if previous is not None and not previous.response_complete:
        return False  # pipelined behind an answer still to come: uvicorn queues it
    if protocol.flow.write_paused:
        # The client is not reading what it was sent: the ordinary way waits for the socket
        # before it answers, and meanwhile its session fills and the slow-consumer rule applies.
        # Written here, every answer would pile up in the server's memory, without end.
        return False
    limit = protocol.limit_concurrency
    if limit is not None and (len(protocol.connections) >= limit or len(protocol.tasks) >= limit):
        return False  # uvicorn's 503
    headers = protocol.headers
    for name, value in headers:
        if name == b"transfer-encoding" or (name == b"content-length" and value.strip() != b"0"):
            return False  # a GET with a body: the ordinary way reads it
    cycle = DirectCycle(protocol.transport)

    def respond(status: int, head: list[Header], body: bytes) -> None:
        if cycle.response_complete or cycle.disconnected:
            return  # the client has gone: as uvicorn, the answer is dropped
        cycle.response_complete = True
        parts = [STATUS_LINE[status]]
        for name, value in protocol.server_state.default_headers:
            parts += (name, b": ", value, b"\r\n")
        for name, value in head:
            parts += (name, b": ", value, b"\r\n")
        if not cycle.keep_alive:
            parts.append(b"connection: close\r\n")
        parts += (b"\r\n", body)
        transport = protocol.transport
        transport.write(b"".join(parts))
        if not cycle.keep_alive:
            transport.close()
        protocol.on_response_complete()

    # The cycle is in place before the session is asked: an answer that is due at once
    # is written from inside ``take_directly``.
    protocol.cycle = cycle
    # The query (``?r=ROUTE``, docs/protocol.md §10.1) is the proxy's, not the server's; a token
    # written with %-escapes is nobody's usual way of asking: the ordinary way unquotes it.
    token = protocol.url[len(PREFIX) :].partition(b"?")[0].decode("latin-1")
    hung_up = polls.take_directly(token, headers, respond) if "%" not in token else None
    if hung_up is not None:
        cycle.hung_up = hung_up
        return True
    protocol.cycle = previous
    return False
