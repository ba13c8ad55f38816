"""A synchronous send for the hub's ticks: uvicorn's sans-I/O WebSocket protocol plus one ASGI extension.

An ASGI send is a coroutine: each frame costs a task wake-up, a message dict and a
trip through websockets' framing. A tick hands the same payload to every member
of a nook, so at 10,000 visitors that is ~50,000 such trips a second, and they were
most of the server's CPU (docs/performance.md). ``SendNowProtocol`` puts a plain
callable in ``scope["extensions"]["kakurega.send_now"]`` that frames the payload
and writes it to the socket there and then.

It answers False when the socket's write buffer is above its high-water mark; the
hub then queues frames for that visitor and sends them through the ordinary ASGI
``send``, which waits for the buffer to drain (the slow-consumer policy of
ARCHITECTURE.md §4). Under any other ASGI server the extension is absent and every
frame takes the ordinary path.

It also holds the line below the app, where frames never reach it:

- **Control frames count.** websockets answers every ping with a pong by itself, so a
  client that only pings was never limited. Pings and pongs take from the connection's
  frame budget (``kakurega.frame_bucket``: the hub's session spends the same bucket on
  data frames); past it the connection is closed with 1008, and what is left of the read
  is not even parsed. A pong is dropped while the socket's buffer is full: a client that
  does not read gets no more of them.
- **A text frame that is not UTF-8** is closed with 1007 without a traceback in the log
  (uvicorn logs one; it is the client's mistake, and a client could fill the log).
- **The server's close frees the address's place at once** (``_close_is_out``): uvicorn waits
  10 s for the peer's answering close, and a socket that never gets one no longer holds the
  address's ceiling all that while; one whose close cannot leave (the peer reads nothing) is
  aborted after those 10 s instead of being kept for ever.
- **The keep-alive ping** goes only to a peer silent for a whole interval, and it and its pong
  are written and read here as bytes, not through websockets' framing and parser (~44,000
  instructions less a ping; docs/performance.md, "Arrivals, round of 2026-12-04").

And it **takes a plain browser handshake as httptools parsed it** (``upgrade``, called by
world/http_guard.py; world/plain_handshake.py says which are plain): the scope is built from the
parsed headers and the 101 written on accept, the same bytes websockets would write, without
websockets parsing the request a second time (docs/performance.md, "Arrivals through the network").

It sets the parent's attributes itself (``__init__``, as uvicorn 0.54's does, with an ``Inbox``
for its receive queue) and leans on them (``writable``, ``close_sent``, ``transport``, ``conn``,
``scope``, ``frames``, ``curr_msg_data_type``, ``handshake_complete``, ``handshake_initiated``,
``disconnected``, ``queue``, ``loop``, ``tasks``, ``connections``, ``default_headers``,
``root_path``, ``asgi_version``, ``app_state``, ``logger``, ``server``, ``client``, ``scheme``,
``ping_timer``, ``pong_timer``, ``ping_timeout``, ``pending_ping_payload``, ``ping_sent_at``,
``close_timer``, ``close_timeout``) and handlers (``run_asgi``, ``send``, ``receive``, ``data_received``,
``handle_ping``, ``handle_pong``,
``send_receive_event_to_app``, ``handle_parser_exception``, ``connection_lost``,
``on_task_complete``, ``start_keepalive``, ``schedule_ping``, ``keepalive_timeout``), and on
websockets' ``Protocol.parse``, ``state`` and ``writes``;
tests/test_world_send_now.py, tests/test_world_plain_handshake.py, tests/test_hardening_ws.py and
tests/test_hardening_edge.py run it in a real uvicorn, so an upgrade that renames them fails there first.
"""

from __future__ import annotations

import asyncio
import logging
import random
import struct
import time
from collections import Counter, deque
from collections.abc import Coroutine, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from uvicorn.config import Config
from uvicorn.protocols.utils import ClientDisconnected, get_client_addr, get_path_with_query_string
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from uvicorn.server import ServerState
from websockets.frames import CloseCode, Frame, Opcode, apply_mask
from websockets.http11 import Response
from websockets.protocol import OPEN, Protocol
from websockets.server import ServerProtocol
from websockets.streams import StreamReader

from world.deadline import Queue, queue_for
from world.limits import Limits, TokenBucket
from world.plain_handshake import accept_value, answer_tail, handshake_key, subprotocols
from world.uvicorn_parts import ASGI_VERSIONS, ERROR_LOGGER, server_protocol

if TYPE_CHECKING:  # its type only: the HTTP protocol that upgrades the socket makes it
    from world.http_guard import CountedSocket

SEND_NOW = "kakurega.send_now"
FRAME_BUCKET = "kakurega.frame_bucket"
TOO_MANY_FRAMES = CloseCode.POLICY_VIOLATION  # 1008
READ_SLICE = 2048  # bytes parsed at a time (a client's frames are a few dozen bytes)
# Connections closed here, below the hub (which counts its own closes), by close code:
# ``kakurega_websocket_layer_closes_total`` (world/metrics.py).
CLOSED_HERE: Counter[int] = Counter()

_FIN_BINARY = 0x82  # FIN set, opcode 2 (binary); a server's frames are never masked (RFC 6455 §5.1)
_FIN_TEXT = 0x81  # FIN set, opcode 1 (text)
_FIN_PONG = 0x8A  # FIN set, opcode 10 (pong)
_PONG = bytes((_FIN_PONG,))  # the first byte of a pong websockets queued
_PING_HEAD = b"\x89\x04"  # FIN set, opcode 9 (ping), unmasked, a payload of 4 bytes
_SWITCHING = (
    b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
)
_MASKED = 0x80  # the second byte's mask bit: every client frame has it (RFC 6455 §5.3)
_AT_EOF = StreamReader.at_eof.__code__  # where websockets' parser waits between two frames…
_FRAME_LOOP = Protocol.parse.__code__  # …in this generator


# The two-byte heads of the small frames, made once: a tick's frame is a few dozen bytes.
_SMALL_HEADS = [bytes((_FIN_BINARY, size)) for size in range(126)]


def binary_frame(payload: bytes) -> bytes:
    """One unfragmented, unmasked binary frame carrying ``payload`` (RFC 6455 §5.2)."""
    size = len(payload)
    if size < 126:
        return _SMALL_HEADS[size] + payload
    if size < 1 << 16:
        return struct.pack("!BBH", _FIN_BINARY, 126, size) + payload
    return struct.pack("!BBQ", _FIN_BINARY, 127, size) + payload


# A tick hands the same payload to every member of a nook in a row, and the same counts to
# everyone who owes them: each is framed once, for as long as it is the last one seen. A
# module-level list rather than class attributes: two indexings instead of a global and a
# class attribute lookup per frame (docs/performance.md, "The tick's cost per update, round of
# 2026-12-03").
# [payload, its frame, an extra payload, the payload's and the extra's frames together, that payload]
_last = [b"", binary_frame(b""), b"", binary_frame(b"") * 2, b""]


class SendNowProtocol(WebSocketsSansIOProtocol):
    """uvicorn's ``websockets-sansio`` protocol, offering ``kakurega.send_now`` to the app."""

    # What ``send_now`` reads for every frame, kept in the object itself rather than in its
    # ``__dict__`` (uvicorn's own attributes, and ours, are ~45: too many for a dict whose keys
    # are shared, so each read was a look-up in a table of its own). uvicorn sets and reads
    # ``transport`` and ``close_sent`` as before; the slots take them. And enough of the others
    # (set in ``__init__``, no class default) that the rest stay under the 30 names a dict may
    # share with the other instances' (CPython 3.11): past them every connection's dict was
    # converted to one of its own as its 31st name was stored, a copy and ~1.6 KB a connection
    # (docs/performance.md, "Round of 2026-12-06, sixth"; tests/test_uvicorn_copies.py).
    __slots__ = (
        "_pongs",
        "buffer_full",
        "close_sent",
        "close_timeout",
        "counted",
        "curr_msg_data_type",
        "disconnected",
        "frame_bucket",
        "frames",
        "handshake_initiated",
        "heard_at",
        "initial_response",
        "last_ping_rtt",
        "pending_ping_payload",
        "ping_interval",
        "ping_sent_at",
        "ping_timeout",
        "read_paused",
        "transport",
    )

    # The connection's frame budget (docs/protocol.md §8); ``limited`` sets the served ones.
    frames_per_second: float = Limits().frames_per_second
    frames_burst: int = Limits().frames_burst

    security_headers: tuple[tuple[bytes, bytes], ...] = ()

    @classmethod
    def limited(
        cls, limits: Limits, security_headers: Sequence[tuple[bytes, bytes]] = ()
    ) -> type[SendNowProtocol]:
        """This protocol with ``limits``' frame budget (uvicorn takes a class for ``ws=``), and
        ``security_headers`` on the handshake's refusals (a bad request, a 403, a 500)."""
        settings = {
            "frames_per_second": limits.frames_per_second,
            "frames_burst": limits.frames_burst,
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
        # uvicorn's ``__init__`` (websockets_sansio_impl.py, uvicorn 0.54), attribute for attribute,
        # less what it looked up again for every connection (two loggers, the event loop, the ASGI
        # version), and with an ``Inbox`` for its ``asyncio.Queue``: a Queue is four deques and an
        # Event, ~3 KB and six objects for the collector to scan per connection (docs/performance.md,
        # "Arrivals: fewer objects, rarer pauses"), and websockets' protocol copied from one made
        # once (world/uvicorn_parts.py). tests/test_world_send_now.py and
        # tests/test_hardening_ws.py run it in a real uvicorn.
        if not config.loaded:
            config.load()
        self.config = config
        self.app = config.loaded_app
        self.loop = loop = _loop or asyncio.get_event_loop()
        self.logger = ERROR_LOGGER
        self.root_path = config.root_path
        self.asgi_version = ASGI_VERSIONS[config.interface]
        self.app_state = app_state
        self.connections = server_state.connections
        self.tasks = server_state.tasks
        self.default_headers = server_state.default_headers
        self.transport = None  # type: ignore[assignment]
        self.server = None
        self.client = None
        self.scheme = None  # type: ignore[assignment]
        self.queue = Inbox(loop)  # type: ignore[assignment]
        self.handshake_initiated = False
        self.handshake_complete = False
        self.close_sent = False
        self.disconnected = False
        self.close_timer = None
        self.close_timeout = 10.0
        self.initial_response = None
        self.conn = server_protocol(config.ws_per_message_deflate, config.ws_max_size)
        self.read_paused = False
        # uvicorn's per-connection ``asyncio.Event`` (a deque, ~0.7 KB) is made only once the socket's
        # buffer first fills (``pause_writing``); until then every connection shares one that is set.
        self.writable = ALWAYS_WRITABLE
        self.ping_interval = config.ws_ping_interval
        self.ping_timeout = config.ws_ping_timeout
        self.ping_timer = None
        self.pong_timer = None
        self.pending_ping_payload = None
        self.ping_sent_at = 0.0
        self.last_ping_rtt = 0.0
        self.frames = []
        self.curr_msg_data_type = "bytes"
        # Kakurega's own.
        self.buffer_full = False  # a plain flag: asyncio.Event.is_set() is a Python call per frame
        self.heard_at = 0.0  # when the peer last sent anything (``send_keepalive_ping``), loop time
        self.frame_bucket = TokenBucket(self.frames_per_second, self.frames_burst, time.monotonic())
        # websockets' answers to pings not yet handled; made at the first ping (~600 bytes).
        self._pongs: deque[bytes] | None = None
        # Set by the HTTP protocol that upgraded this socket: it counted the socket (world/http_guard.py).
        self.counted: CountedSocket | None = None
        if self.security_headers:
            self.conn.reject = self._reject_with_headers  # type: ignore[method-assign]

    def _reject_with_headers(self, status: Any, text: str) -> Response:
        response = ServerProtocol.reject(self.conn, status, text)
        for name, value in self.security_headers:
            response.headers[name.decode()] = value.decode()
        return response

    # -- the handshake, as httptools parsed it -------------------------------------------

    def adopt(
        self,
        transport: Any,
        server: tuple[str, int | None] | None,
        client: tuple[str, int] | None,
        secure: bool,
    ) -> None:
        """uvicorn's ``connection_made`` for a socket the HTTP protocol upgrades, with the addresses
        it read at accept: uvicorn's reads them again, each time through a socket object uvloop
        makes and a system call."""
        self.connections.add(self)
        self.transport = transport
        self.server = server
        self.client = client
        self.scheme = "wss" if secure else "ws"

    _accept: bytes | None = None  # Sec-WebSocket-Accept, when ``upgrade`` took the handshake

    def upgrade(self, scope: dict[str, Any], target: bytes) -> bool:
        """Take the handshake uvicorn's httptools protocol parsed (``scope``, its request ``target``).

        uvicorn writes the request out again and websockets parses it a second time, in Python,
        then builds the answer as a header map: most of an arrival's handshake cost
        (docs/performance.md, "Arrivals through the network"). A plain browser handshake is
        taken as it is here instead, and answered with the same bytes on accept. False for
        anything else (world/plain_handshake.py): the caller then feeds the request to
        websockets as uvicorn does, which answers it, or its errors, as before.
        """
        key = handshake_key(scope, target)
        if key is None:
            return False
        raw_path, _, query_string = target.partition(b"?")
        root_path = self.root_path
        self._accept = accept_value(key)
        self.handshake_initiated = True
        self.scope = {  # type: ignore[typeddict-unknown-key]
            "type": "websocket",
            "asgi": {"version": self.asgi_version, "spec_version": "2.4"},
            "http_version": "1.1",
            "scheme": self.scheme,
            "server": self.server,
            "client": self.client,
            "root_path": root_path,
            "path": root_path + unquote(raw_path.decode("ascii")),
            "raw_path": root_path.encode("ascii") + raw_path,
            "query_string": query_string,
            "headers": scope["headers"],  # httptools' list: lower-case names, as websockets' became
            "subprotocols": subprotocols(scope["headers"]),
            "state": self.app_state.copy(),
            "extensions": {"websocket.http.response": {}},
        }
        # websockets' parser waits for the request line: it reads frames from now on, as it would
        # have once it had parsed the request (the state stays CONNECTING until the answer).
        conn = self.conn
        conn.parser = Protocol.parse(conn)
        next(conn.parser)
        self.queue.put_nowait({"type": "websocket.connect"})
        task = self.loop.create_task(self.run_asgi())
        task.add_done_callback(self.on_task_complete)
        self.tasks.add(task)
        return True

    async def send(self, message: Any) -> None:
        if self._accept is None or self.handshake_complete or message["type"] != "websocket.accept":
            await super().send(message)
            if self.close_sent:  # the app's close (or a refused handshake) is written
                self._close_is_out()
            return
        # uvicorn's accept, answered with the bytes websockets would have written.
        if self.writable is not ALWAYS_WRITABLE:  # the shared event is always set: no coroutine to wait on
            await self.writable.wait()
        if self.disconnected:
            raise ClientDisconnected()
        if self.logger.isEnabledFor(logging.INFO):
            path = get_path_with_query_string(self.scope)  # type: ignore[arg-type]
            self.logger.info('%s - "WebSocket %s" [accepted]', get_client_addr(self.scope), path)  # type: ignore[arg-type]
        if self.transport.is_closing():
            return
        # The lines after the accept value are the same for every arrival of a second: made once
        # (``answer_tail``).
        tail = answer_tail(self.default_headers, message.get("headers", []), message.get("subprotocol"))
        self.handshake_complete = True
        self.conn.state = OPEN
        self.transport.write(_SWITCHING + self._accept + tail)
        self.start_keepalive()

    def run_asgi(self) -> Coroutine[Any, Any, None]:
        # Not a coroutine of its own: uvicorn's is the task, and every message the app receives
        # would pass one more suspended frame on its way (and the collector scan one more object).
        extensions = self.scope["extensions"]
        extensions[SEND_NOW] = self.send_now
        extensions[FRAME_BUCKET] = self.frame_bucket
        return super().run_asgi()

    # -- the server's close -----------------------------------------------------------------

    _let_go = False  # ``_close_is_out`` ran (a class default: nothing more to make per connection)

    def _close_is_out(self) -> None:
        """The server is done with the socket (its close frame written, or the transport closed as
        the app returned): the address's slot is free now, and the socket goes within
        ``close_timeout`` whatever the peer does.

        uvicorn waits ``close_timeout`` (10 s) for the peer's answering close, and the socket
        stayed counted against its address's ceiling (world/http_guard.py) until it was gone:
        a client that never answers held its slot all that while. It now counts among the
        address's closing sockets instead, under a ceiling of their own (world/address.py); past
        it the socket is dropped at once. A polite client's answer
        still ends the handshake as before (uvicorn's ``handle_close``). And uvicorn only ever
        *closes* the transport, which then waits for its buffer to drain, for ever if the peer
        reads nothing (a slow consumer the hub gave up on): past ``close_timeout`` it is aborted
        instead (docs/protocol.md §1).
        """
        if self._let_go:
            return
        self._let_go = True
        if self.counted is not None and not self.counted.closing():
            # The address holds as many closing sockets as it may hold open: this one goes now.
            self.transport.abort()
            return
        if self.close_timer is not None:
            self.close_timer.cancel()
        self.close_timer = self.loop.call_later(self.close_timeout, self.transport.abort)

    def handle_parser_exception(self) -> None:
        super().handle_parser_exception()
        self._close_is_out()

    def on_task_complete(self, task: asyncio.Task[None]) -> None:
        super().on_task_complete(task)
        # The app returned and uvicorn closed the transport (``run_asgi``), perhaps with its buffer
        # full: a send the app gave up on (the hub's goodbye has a deadline) left no close frame out.
        if not self.disconnected and self.transport.is_closing():
            self._close_is_out()

    def keepalive_timeout(self) -> None:
        super().keepalive_timeout()
        if self.close_sent:
            self._close_is_out()

    # -- control frames ------------------------------------------------------------------

    def data_received(self, data: bytes) -> None:
        self.heard_at = self.loop.time()  # the peer is alive: no keep-alive ping for a while
        if self._between_frames():
            taken = self._take_small_frames(data)
            if taken == len(data):
                return
            data = data[taken:]
        # One read can hold ~10,000 pings, and websockets parses a whole read before any
        # is handled: fed in slices, a connection closed for flooding stops costing parse
        # time at the first slice past its budget (docs/performance.md, "A ping flood").
        if len(data) <= READ_SLICE:
            super().data_received(data)
            return
        for start in range(0, len(data), READ_SLICE):
            super().data_received(data[start : start + READ_SLICE])
            if self.close_sent or self.transport.is_closing():
                return

    # The loop's queue of first keep-alive pings (world/deadline.py ``Queue``), and its loop.
    _ping_queue_of: tuple[asyncio.AbstractEventLoop, Queue] | None = None

    def start_keepalive(self) -> None:
        """uvicorn's, but the first ping waits in the loop's queue rather than on a timer of its own.

        uvicorn armed a loop timer for every accepted socket (``call_later``: a ``TimerHandle`` and a
        libuv timer in the loop's heap, ~3,100 instructions, kept while the visitor stays). Set at the
        loop's time plus the same interval, the first pings fall due in the order set, so one timer
        for the head of a deque serves them all (docs/performance.md, "Arrivals, round of
        2026-12-04 (c)"). ``ping_timer`` is then a ``QueuedPing``, which uvicorn cancels as it
        cancels a timer; after a pong, uvicorn's ``schedule_ping`` takes a timer as before (its
        delay is the interval less the round trip, which would not keep the queue's order).
        """
        interval = self.ping_interval
        if interval is None or interval <= 0:
            return
        loop = self.loop
        cached = self._ping_queue_of
        if cached is None or cached[0] is not loop or cached[1].seconds != interval:
            cached = (loop, queue_for(loop, interval))
            type(self)._ping_queue_of = cached
        self.ping_timer = ping = QueuedPing(self)  # type: ignore[assignment]
        cached[1].push(loop.time() + interval, ping)

    def send_keepalive_ping(self) -> None:
        """uvicorn's keep-alive ping, only for a peer that sent nothing for the whole interval.

        A ping is there to tell a dead peer from a quiet one; a peer that sent a frame (a walk, a
        ``ping`` of its own) within the interval is not dead yet, and its ping would cost a write
        and a read, ~2 % of the server's CPU at 10,000 walking visitors (docs/performance.md,
        "The tick's cost per update, round of 2026-12-03"). The ping waits for a full interval of
        silence instead, so a peer that dies is still found within the interval and the timeout
        of its last frame (docs/protocol.md §1).
        """
        wait = self.heard_at + self.ping_interval - self.loop.time()
        if wait > 0 and not self.close_sent:
            self.ping_timer = self.loop.call_later(wait, self.send_keepalive_ping)
            return
        conn = self.conn
        if conn.state is not OPEN or conn.writes:
            super().send_keepalive_ping()  # websockets' own way: it refuses, or flushes what waits
            return
        # uvicorn's (websockets_sansio_impl.py, uvicorn 0.54), with the ping's frame written here:
        # websockets builds a ``Frame`` and serializes it through its checks and extensions, ~30,000
        # instructions for six bytes, once every interval for every silent visitor
        # (docs/performance.md, "Arrivals, round of 2026-12-04").
        self.ping_timer = None
        if self.close_sent or self.transport.is_closing():
            return
        payload = self.pending_ping_payload = struct.pack("!I", random.getrandbits(32))
        self.ping_sent_at = self.loop.time()
        self.transport.write(_PING_HEAD + payload)
        if self.ping_timeout is not None:
            self.pong_timer = self.loop.call_later(self.ping_timeout, self.keepalive_timeout)
        else:
            self.schedule_ping()

    # -- small data frames, read here ---------------------------------------------------------

    def _between_frames(self) -> bool:
        """websockets' parser waits for the first byte of a frame, with nothing buffered, and the
        connection is open with no fragmented message under way: a frame that starts the read may
        be read here instead (``_take_small_frames``) and websockets' state stays what it would be."""
        conn = self.conn
        parser = conn.parser
        if parser is None or conn.state is not OPEN or conn.current_size is not None or self.close_sent:
            return False
        if conn.reader.buffer:
            return False
        # Protocol.parse at the top of its loop, waiting in ``at_eof`` (below ServerProtocol.parse when
        # websockets read the handshake): the generators' own record of where they stand.
        outer, waiting = parser, parser.gi_yieldfrom
        while waiting is not None:
            if getattr(waiting, "gi_code", None) is _AT_EOF:
                return outer.gi_code is _FRAME_LOOP
            outer, waiting = waiting, getattr(waiting, "gi_yieldfrom", None)
        return False

    def _take_small_frames(self, data: bytes) -> int:
        """Hand the app the small whole data frames at the start of ``data``; how many bytes they took.

        A client's frames (a hello, a walk, a ping message) are a few dozen bytes, one per read:
        websockets reads each through three generators, a ``Frame``, its event list and uvicorn's
        dispatch on the opcode (~10 µs an arrival and a walk). Here only the plainest frame is
        read: FIN, no reserved bit, text or binary (or a pong: ``handle_pong`` takes it), masked,
        under 126 bytes, whole in ``data``. What
        websockets would check of such a frame holds by construction (no extension is offered, and
        64 KiB is far above 125 bytes); the first frame that is anything else, or cut by the read,
        goes to websockets from its first byte, and so does the rest of the read. The message then
        takes uvicorn's own way to the app (``send_receive_event_to_app``: the UTF-8 check, the
        pause of reading).
        """
        transport = self.transport
        position, end = 0, len(data)
        while end - position >= 6:
            first, second = data[position], data[position + 1]
            if (
                first != _FIN_BINARY and first != _FIN_TEXT and first != _FIN_PONG
            ) or not _MASKED <= second < _MASKED + 126:
                break
            start = position + 6
            stop = start + second - _MASKED
            if stop > end:
                break
            if first == _FIN_PONG:
                # The answer to a keep-alive ping (a control frame: it may come between any two
                # frames, and websockets does nothing with one but hand it on). Through websockets it
                # cost ~60,000 instructions; it goes where websockets' event would have gone.
                payload = apply_mask(data[start:stop], data[position + 2 : start])
                position = stop
                self.handle_pong(Frame(Opcode.PONG, payload))
                if self.close_sent or transport.is_closing():
                    return end
                continue
            self.curr_msg_data_type = "bytes" if first == _FIN_BINARY else "text"
            self.frames = [apply_mask(data[start:stop], data[position + 2 : start])]
            position = stop
            self.send_receive_event_to_app()
            if self.close_sent or transport.is_closing():
                return end  # closed (1007): what followed would only be discarded
        return position

    def handle_ping(self) -> None:
        # Parsing a chunk, websockets queued one pong per ping in it (and, after them, a
        # close echo if the chunk ended with a close); this runs once per ping, in order.
        pongs = self._pongs
        if pongs is None:
            pongs = self._pongs = deque()
        for chunk in self.conn.data_to_send():
            if chunk[:1] == _PONG:
                pongs.append(chunk)
            elif chunk:
                pongs.clear()  # nothing may follow the close; the pings it overtook go unanswered
                self.transport.write(chunk)
        pong = pongs.popleft() if pongs else None
        if not self._control_frame_allowed():
            return
        if pong is not None and self.handshake_complete and not self.buffer_full and not self.close_sent:
            self.transport.write(pong)

    def handle_pong(self, event: Frame) -> None:
        if self._control_frame_allowed():
            super().handle_pong(event)

    def _control_frame_allowed(self) -> bool:
        if self.close_sent:
            return False
        if self.frame_bucket.take(time.monotonic()):
            return True
        if self._pongs is not None:
            self._pongs.clear()
        CLOSED_HERE[TOO_MANY_FRAMES] += 1
        if self.handshake_complete:
            self.conn.fail(TOO_MANY_FRAMES, "too many frames")
            self.transport.write(b"".join(self.conn.data_to_send()))
        self.close_sent = True
        self.transport.close()
        self._close_is_out()
        return False

    # -- text frames ---------------------------------------------------------------------

    def send_receive_event_to_app(self) -> None:
        if self.curr_msg_data_type == "text" and not self.close_sent and not _is_utf8(self.frames):
            self.frames = []
            CLOSED_HERE[CloseCode.INVALID_DATA] += 1
            self.conn.send_close(CloseCode.INVALID_DATA)  # 1007 (RFC 6455 §7.4.1)
            self.handle_parser_exception()
            return
        # uvicorn's (websockets_sansio_impl.py, uvicorn 0.54), but the socket's reading is paused only
        # when the message has to wait for the app: uvicorn paused it for every message and resumed
        # it when the app took it, a libuv read stop and start (an ``epoll_ctl`` each) for every
        # hello and walk, though the hub is nearly always waiting in ``receive`` already. A message
        # handed to a waiting reader is taken on the loop's next turn, before this socket is read
        # again; anything that arrives meanwhile finds it queued and pauses the reading as before
        # (docs/performance.md, "Arrivals, round of 2026-12-03 (b)").
        frames = self.frames
        data = frames[0] if len(frames) == 1 else b"".join(frames)
        self.frames = []
        if self.close_sent:
            return  # uvicorn's: the app is past ``websocket.close``, the message is discarded
        if self.curr_msg_data_type == "text":
            message = {"type": "websocket.receive", "text": data.decode()}  # checked above
        else:
            message = {"type": "websocket.receive", "bytes": data}
        queue = self.queue
        if queue.hand(message):  # type: ignore[attr-defined]
            return
        if not self.read_paused:
            self.read_paused = True
            self.transport.pause_reading()

    def receive(self) -> Coroutine[Any, Any, Any]:  # type: ignore[override]
        """uvicorn's ``receive``, without its own coroutine while reading is not paused.

        uvicorn's awaits the inbox, then resumes reading if it was paused and the inbox is empty.
        Reading is paused only by a message handed while the reader was not waiting for it
        (``send_receive_event_to_app``), which leaves at least one more in the inbox than the reader
        takes: a call made while reading runs can never need to resume it, and the inbox's own
        coroutine is the answer, one coroutine less for every frame a visitor sends (docs/performance.md,
        "Round of 2026-12-06, sixth"). A paused socket takes uvicorn's way, as before.
        """
        if self.read_paused:
            return super().receive()  # type: ignore[return-value]
        return self.queue.get()  # type: ignore[no-any-return]

    def pause_writing(self) -> None:
        self.buffer_full = True
        if self.writable is ALWAYS_WRITABLE:
            self.writable = asyncio.Event()  # this connection's own, which uvicorn's clears
        super().pause_writing()

    def resume_writing(self) -> None:
        self.buffer_full = False
        super().resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        self.buffer_full = False  # asyncio never resumes writing on a lost transport
        if self.counted is not None:
            counted, self.counted = self.counted, None
            counted.lost()
        super().connection_lost(exc)
        self._unlink()

    def _unlink(self) -> None:
        """Break the reference cycles a connection leaves, so it is freed when it closes.

        The server collects cycles rarely (``settle_the_heap``), and each closed connection
        left ~10 KB in cycles until then: RSS grew with every visit (docs/performance.md,
        "Memory after a crowd"). Nothing reads these once the socket is gone.
        """
        self.conn.parser = None  # websockets' parser is a generator holding its protocol
        self.conn.__dict__.pop("reject", None)  # our bound method, set on it in __init__
        scope = getattr(self, "scope", None)
        if scope is not None:  # the app keeps its own reference to send_now if it took one
            scope["extensions"].pop(SEND_NOW, None)

    def send_now(self, payload: bytes, *more: bytes) -> bool:
        """Write binary messages now, in one write; False when the socket's buffer is full.

        The app only calls this after it accepted the socket. A frame for a socket
        that is closing is dropped: the reader learns of the close on its own.
        """
        if self.buffer_full:
            return False
        transport = self.transport
        if self.close_sent or transport.is_closing():
            return True
        last = _last
        if payload is not last[0]:
            last[0] = payload
            last[1] = binary_frame(payload)
        if not more:
            transport.write(last[1])
        elif len(more) == 1:  # a tick and the counts riding on it: the pair framed once
            extra = more[0]
            if extra is not last[2] or last[4] is not payload:
                last[2], last[4] = extra, payload
                last[3] = last[1] + binary_frame(extra)
            transport.write(last[3])
        else:
            transport.write(b"".join([last[1], *map(binary_frame, more)]))
        return True


class QueuedPing:
    """A connection's first keep-alive ping waiting in its loop's queue (``start_keepalive``): what
    uvicorn reads of ``ping_timer`` is ``cancel``. Its turn comes from ``Queue``; a cancelled one, or
    one the connection has replaced, lapses."""

    __slots__ = ("_protocol",)

    def __init__(self, protocol: SendNowProtocol) -> None:
        self._protocol: SendNowProtocol | None = protocol

    def cancel(self) -> None:
        self._protocol = None  # and the connection is no longer referenced from the queue

    def cancelled(self) -> bool:
        return self._protocol is None

    def _turn(self) -> None:
        protocol, self._protocol = self._protocol, None
        if protocol is not None and protocol.ping_timer is self:
            protocol.send_keepalive_ping()


class _AlwaysWritable(asyncio.Event):
    """The ``writable`` event of every connection whose socket's buffer never filled: always set.

    ``wait`` on a set event returns at once without binding it to a loop, so one serves every
    connection of every loop. Nothing may clear it (``SendNowProtocol.pause_writing`` gives the
    connection an event of its own first).
    """

    def __init__(self) -> None:
        super().__init__()
        super().set()

    def clear(self) -> None:
        raise RuntimeError("a connection whose buffer fills needs a writable event of its own")


ALWAYS_WRITABLE = _AlwaysWritable()


class Inbox:
    """What uvicorn's WebSocket protocol asks of its receive queue (``put_nowait``, ``get`` and
    ``empty``), for the one task that reads it (the app's ``receive`` loop), in one deque.

    ``asyncio.Queue`` serves any number of readers and writers, with a deque for each kind of
    waiter, a deque of items and an Event for ``join``: for every connection, kept as long as it
    is open. A second reader waiting at the same time as the first is a mistake here.
    """

    __slots__ = ("_items", "_loop", "_waiter")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._items: deque[Any] = deque()
        self._loop = loop
        self._waiter: asyncio.Future[None] | None = None

    def put_nowait(self, item: Any) -> None:
        self._items.append(item)
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def empty(self) -> bool:
        return not self._items

    def hand(self, item: Any) -> bool:
        """Queue ``item``; True if the reader was waiting for it (nothing else queued), which takes
        it on the loop's next turn: the caller need not hold anything back meanwhile."""
        self._items.append(item)
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
            return len(self._items) == 1
        return False

    async def get(self) -> Any:
        items = self._items
        while not items:
            if self._waiter is not None:
                raise RuntimeError("an Inbox has one reader")
            waiter = self._waiter = self._loop.create_future()
            try:
                await waiter
            finally:
                self._waiter = None
        return items.popleft()


def _is_utf8(parts: list[bytes]) -> bool:
    try:
        b"".join(parts).decode()
    except UnicodeDecodeError:
        return False
    return True
