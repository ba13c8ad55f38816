"""Two ways to carry a visitor over a real WebSocket.

- ``sansio`` (the default): a plain ``asyncio.Protocol``. websockets' sans-I/O
  ``ClientProtocol`` writes and checks the opening handshake; after the 101 the
  link reads the server's frames itself (``FrameReader``) and masks its own few
  frames by hand, so a received frame costs one slice and one call, with no
  task, queue, future, generator or event object per connection or per frame.
  That decides how many visitors one core can drive (docs/performance.md). If
  the server negotiates permessage-deflate, websockets reads that connection's
  frames instead, since they are compressed.
- ``asyncio``: the stock ``websockets.asyncio.client`` (one reader task per
  visitor), kept to cross-check the lean path.

Either way the transport tells the visitor ``opened(send)``, ``receive(data)``
and ``closed()``, and records handshake failures and unexpected closes.
``ReadPacer`` makes the event loop read its sockets in batches.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import time
from collections.abc import Callable
from typing import Any, Protocol

from websockets.asyncio.client import connect
from websockets.client import ClientProtocol
from websockets.exceptions import ConnectionClosed
from websockets.extensions.permessage_deflate import ClientPerMessageDeflateFactory
from websockets.frames import Frame, Opcode
from websockets.protocol import State
from websockets.typing import Subprotocol
from websockets.uri import WebSocketURI, parse_uri

try:
    from websockets.speedups import apply_mask
except ImportError:  # websockets built without its C extension
    from websockets.utils import apply_mask

from loadtest.visitor import Field, Visitor

SUBPROTOCOL = Subprotocol("kakurega.v1")
MAX_SIZE = 64 * 1024  # the server's transport limit; nothing it sends comes near it
MAX_RESPONSE_HEAD = 16 * 1024  # a 101 is a few hundred bytes

# First byte of a frame: FIN plus the opcode (RFC 6455 §5.2). The server never
# fragments a message nor sets a reserved bit unless an extension was negotiated.
BINARY = 0x82
TEXT = 0x81
CLOSE = 0x88
PING = 0x89
PONG = 0x8A
NO_STATUS = 1005  # a close frame without a code
ABNORMAL = 1006  # the connection ended without a close frame


@functools.lru_cache(maxsize=64)
def _uri(url: str) -> WebSocketURI:
    # Every visitor of a run shares a handful of URLs; parsing one costs more than a frame.
    return parse_uri(url)


class Link(Protocol):
    """An open connection the swarm can close when the run is over."""

    def close(self) -> None: ...

    def abort(self) -> None: ...


class _Handshake(Exception):
    pass


def client_frame(first: int, payload: bytes) -> bytes:
    """One frame as a client must send it: masked with a fresh key (RFC 6455 §5.3)."""
    size = len(payload)
    if size < 126:
        head = bytes((first, 0x80 | size))
    elif size < 65536:
        head = bytes((first, 0xFE)) + size.to_bytes(2, "big")
    else:
        head = bytes((first, 0xFF)) + size.to_bytes(8, "big")
    mask = os.urandom(4)
    return head + mask + apply_mask(payload, mask)


class FrameReader:
    """Splits the server's byte stream into frames: unmasked, unfragmented (RFC 6455 §5.2).

    ``feed`` takes whatever the socket delivered — part of a frame, one frame or
    many — and hands each complete binary payload to ``message`` and every
    other frame to ``control(first byte, payload)``. It returns False once the
    stream cannot be read on (a masked or oversized frame: a protocol error).
    """

    __slots__ = ("control", "message", "pending")

    def __init__(self, message: Callable[[bytes], None], control: Callable[[int, bytes], None]) -> None:
        self.message = message
        self.control = control
        self.pending = b""

    def feed(self, data: bytes) -> bool:
        if self.pending:
            data = self.pending + data
            self.pending = b""
        size = len(data)
        at = 0
        while size - at >= 2:
            first = data[at]
            length = data[at + 1]
            if length < 126:
                start = at + 2
            elif length == 126:
                start = at + 4
                if start > size:
                    break
                length = int.from_bytes(data[at + 2 : start], "big")
            elif length == 127:
                start = at + 10
                if start > size:
                    break
                length = int.from_bytes(data[at + 2 : start], "big")
            else:  # the mask bit: a server must not mask
                return False
            if length > MAX_SIZE:
                return False
            end = start + length
            if end > size:
                break
            if first == BINARY:
                self.message(data[start:end])
            else:
                self.control(first, data[start:end])
            at = end
        if at < size:
            self.pending = data[at:]
        return True


def count_close(field: Field, visitor: Visitor, code: str) -> None:
    """A close the run did not ask for: of a placed visitor, or of one let in and then sent away
    before reaching a room (e.g. ``bye full``), which is not in. Every transport counts alike."""
    if visitor.placed:
        field.tally.unexpected_closes[code] += 1
    else:
        field.tally.handshake_failures[f"closed_{code}_before_room"] += 1


def _deflate() -> list[ClientPerMessageDeflateFactory]:
    # What a browser offers: permessage-deflate with client_max_window_bits.
    return [ClientPerMessageDeflateFactory(client_max_window_bits=True)]


class SansIOLink(asyncio.Protocol):
    __slots__ = (
        "close_code",
        "closing",
        "field",
        "handshake",
        "live",
        "reader",
        "response",
        "transport",
        "visitor",
        "ws",
    )

    def __init__(
        self,
        url: str,
        visitor: Visitor,
        field: Field,
        live: set[Link],
        deflate: bool,
        handshake: asyncio.Future[None],
    ) -> None:
        self.ws = ClientProtocol(
            _uri(url),
            subprotocols=[SUBPROTOCOL],
            extensions=_deflate() if deflate else None,
            max_size=MAX_SIZE,
        )
        self.visitor = visitor
        self.field = field
        self.live = live
        self.handshake = handshake
        self.transport: asyncio.Transport | None = None
        self.response = b""  # the 101 response while it arrives
        # Set after the handshake unless websockets must read the frames (deflate).
        self.reader: FrameReader | None = None
        self.close_code: int | None = None  # from the server's close frame
        self.closing = False  # a close frame has been sent: nothing more to say

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.ws.send_request(self.ws.connect())
        self._flush()

    def data_received(self, data: bytes) -> None:
        reader = self.reader
        if reader is not None:
            if not reader.feed(data):
                self.field.tally.protocol_errors["unreadable_frame"] += 1
                self.abort()
        elif self.ws.state is State.CONNECTING:
            self._read_response(data)
        else:
            self._read_with_websockets(data)

    # -- the opening handshake --------------------------------------------------------

    def _read_response(self, data: bytes) -> None:
        response = self.response + data
        end = response.find(b"\r\n\r\n")
        if end < 0:
            self.response = response
            if len(response) > MAX_RESPONSE_HEAD:
                self._fail("response_too_long")
            return
        self.response = b""
        head, rest = response[: end + 4], response[end + 4 :]
        status = head[9:12]  # "HTTP/1.1 101 Switching Protocols"
        if status != b"101":
            self._fail(f"http_{status.decode()}" if status.isdigit() else "not_http")
            return
        # Only the head: a 101 has no body, and what follows it are frames, read below.
        ws = self.ws
        ws.receive_data(head)
        ws.events_received()  # the Response; its verdict is in handshake_exc
        if ws.handshake_exc is not None:
            self._fail(type(ws.handshake_exc).__name__)
        elif ws.subprotocol != SUBPROTOCOL:
            self._fail("no_subprotocol")
        elif not self.handshake.done():
            if not ws.extensions:
                self.reader = FrameReader(self._message, self._control)
            self.handshake.set_result(None)
            self.live.add(self)
            self.visitor.opened(self.send)
            if rest:
                self.data_received(rest)

    def _fail(self, reason: str) -> None:
        if not self.handshake.done():
            self.handshake.set_exception(_Handshake(reason))
        self.abort()

    # -- frames -----------------------------------------------------------------------

    def _message(self, data: bytes) -> None:
        try:
            self.visitor.receive(data)
        except Exception as error:  # a frame we could not read is a finding, not a crash
            self.field.tally.protocol_errors[type(error).__name__] += 1

    def _control(self, first: int, payload: bytes) -> None:
        if first == PING:
            self._write(client_frame(PONG, payload))
        elif first == CLOSE:
            if self.close_code is None:
                self.close_code = int.from_bytes(payload[:2], "big") if len(payload) >= 2 else NO_STATUS
            if not self.closing:  # echo the code; the server then closes the TCP connection
                self._write(client_frame(CLOSE, payload[:2]))
                self.closing = True
        elif first == TEXT:
            self.field.tally.protocol_errors["text_frame"] += 1
        elif first != PONG:  # fragmented, reserved bits or an unknown opcode
            self.field.tally.protocol_errors[f"frame_{first:#04x}"] += 1

    def _read_with_websockets(self, data: bytes) -> None:
        ws = self.ws
        ws.receive_data(data)
        for event in ws.events_received():
            if isinstance(event, Frame):
                if event.opcode is Opcode.BINARY:
                    self._message(event.data)
                elif event.opcode is Opcode.TEXT:
                    self.field.tally.protocol_errors["text_frame"] += 1
        if ws.close_rcvd is not None:
            self.close_code = ws.close_rcvd.code
        self._flush()

    # -- writing ----------------------------------------------------------------------

    def send(self, data: bytes) -> None:
        if self.closing or self.transport is None:
            return  # a timer that fired after the visit began to leave: nothing to say any more
        if self.reader is not None:
            self.transport.write(client_frame(BINARY, data))
        elif self.ws.state is State.OPEN:
            self.ws.send_binary(data)
            self._flush()

    def _write(self, frame: bytes) -> None:
        if self.transport is not None:
            self.transport.write(frame)

    def _flush(self) -> None:
        transport = self.transport
        if transport is None:
            return
        for chunk in self.ws.data_to_send():
            if chunk:
                transport.write(chunk)
            else:  # websockets' signal to half-close; closing flushes what is buffered first
                transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        field = self.field
        if not self.handshake.done():
            self.handshake.set_exception(_Handshake("closed_during_handshake"))
        elif self in self.live and not field.stopping:
            count_close(field, self.visitor, str(self.close_code or ABNORMAL))
        self.live.discard(self)
        self.visitor.closed()
        self.transport = None

    def close(self) -> None:
        if self.closing:
            return
        if self.reader is not None:
            self._write(client_frame(CLOSE, (1000).to_bytes(2, "big")))
            self.closing = True
        else:
            with contextlib.suppress(Exception):
                self.ws.send_close(1000)
                self._flush()

    def abort(self) -> None:
        if self.transport is not None:
            self.transport.abort()


async def open_sansio(
    url: str,
    visitor: Visitor,
    field: Field,
    live: set[Link],
    *,
    deflate: bool,
    timeout: float,
    source: str | None = None,
) -> None:
    """Connect one visitor; ``source`` is the local address to connect from (the server caps each)."""
    loop = asyncio.get_running_loop()
    uri = _uri(url)
    handshake: asyncio.Future[None] = loop.create_future()
    link: SansIOLink | None = None
    try:
        async with asyncio.timeout(timeout):
            _, link = await loop.create_connection(
                lambda: SansIOLink(url, visitor, field, live, deflate, handshake),
                uri.host,
                uri.port,
                local_addr=(source, 0) if source else None,
            )
            await handshake
    except _Handshake as failure:
        field.tally.handshake_failures[str(failure)] += 1
    except Exception as error:
        field.tally.handshake_failures[type(error).__name__] += 1
        if link is not None:
            link.abort()


class AsyncioLink:
    __slots__ = ("closing", "connection", "reader")

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.reader: asyncio.Task[None] | None = None
        self.closing: asyncio.Task[None] | None = None  # held so the task is not collected mid-close

    def close(self) -> None:
        self.closing = asyncio.get_running_loop().create_task(self.connection.close())

    def abort(self) -> None:
        if self.reader is not None:
            self.reader.cancel()
        self.connection.transport.abort()


async def open_asyncio(
    url: str,
    visitor: Visitor,
    field: Field,
    live: set[Link],
    *,
    deflate: bool,
    timeout: float,
    source: str | None = None,
) -> None:
    loop = asyncio.get_running_loop()
    try:
        connection = await connect(
            url,
            subprotocols=[SUBPROTOCOL],
            compression="deflate" if deflate else None,
            open_timeout=timeout,
            ping_interval=None,
            max_size=MAX_SIZE,
            local_addr=(source, 0) if source else None,
        )
    except Exception as error:
        field.tally.handshake_failures[type(error).__name__] += 1
        return
    if connection.subprotocol != SUBPROTOCOL:
        field.tally.handshake_failures["no_subprotocol"] += 1
        connection.transport.abort()
        return
    link = AsyncioLink(connection)
    live.add(link)

    sending: set[asyncio.Task[None]] = set()

    def send(data: bytes) -> None:
        task = loop.create_task(connection.send(data))
        sending.add(task)
        task.add_done_callback(sending.discard)

    async def read() -> None:
        try:
            async for data in connection:
                if not isinstance(data, bytes):
                    field.tally.protocol_errors["text_frame"] += 1
                    continue
                try:
                    visitor.receive(data)
                except Exception as error:
                    field.tally.protocol_errors[type(error).__name__] += 1
        except ConnectionClosed:
            pass
        finally:
            if not field.stopping:
                rcvd = connection.close_rcvd
                count_close(field, visitor, str(rcvd.code if rcvd else ABNORMAL))
            live.discard(link)
            visitor.closed()

    visitor.opened(send)
    link.reader = loop.create_task(read())


TRANSPORTS = {"sansio": open_sansio, "asyncio": open_asyncio}


class ReadPacer:
    """Lets the event loop poll its sockets at most once every ``period`` seconds.

    The server writes each frame on its own, so a loop that polls as soon as any
    socket is readable sleeps and wakes again for every few frames, and waking
    costs more than reading. Pausing each loop iteration until ``period`` has
    passed since the last one lets the frames of a millisecond be read in one
    batch (measured: 14 → 11 µs of swarm CPU per frame at 3,000 visitors with
    1 ms). The price: a frame may wait up to ``period`` before it is read, which
    walk→seen then includes. A loop already busier than that never pauses.
    """

    __slots__ = ("handle", "last", "loop", "period")

    def __init__(self, loop: asyncio.AbstractEventLoop, period: float) -> None:
        self.loop = loop
        self.period = period
        self.last = time.monotonic()
        self.handle: asyncio.Handle | None = None

    def start(self) -> None:
        self.handle = self.loop.call_soon(self._pause)

    def stop(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.handle = None

    def _pause(self) -> None:
        rest = self.last + self.period - time.monotonic()
        if rest > 0:
            time.sleep(rest)  # blocking on purpose: the loop is what must wait
        self.last = time.monotonic()
        # Being always ready, this also turns the loop's own wait into a non-blocking poll.
        self.handle = self.loop.call_soon(self._pause)
