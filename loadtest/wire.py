"""Two ways to carry a visitor over a real WebSocket, both built on the ``websockets`` library.

- ``sansio`` (the default): websockets' sans-I/O ``ClientProtocol`` driven from a
  plain ``asyncio.Protocol``. A received frame is handled in ``data_received``
  itself and a walk is written synchronously, so there is no task, queue or
  future per connection or per frame. Measured to need about half the CPU of
  the asyncio client per delivered frame (docs/performance.md), which decides
  how many visitors one core can drive.
- ``asyncio``: the stock ``websockets.asyncio.client`` (one reader task per
  visitor), kept to cross-check the lean path.

Either way the transport tells the visitor ``opened(send)``, ``receive(data)``
and ``closed()``, and records handshake failures and unexpected closes.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any, Protocol

from websockets.asyncio.client import connect
from websockets.client import ClientProtocol
from websockets.exceptions import ConnectionClosed
from websockets.extensions.permessage_deflate import ClientPerMessageDeflateFactory
from websockets.frames import Frame, Opcode
from websockets.http11 import Response
from websockets.protocol import State
from websockets.typing import Subprotocol
from websockets.uri import parse_uri

from loadtest.visitor import Field, Visitor

SUBPROTOCOL = Subprotocol("kakurega.v1")
MAX_SIZE = 64 * 1024  # the server's transport limit; nothing it sends comes near it


class Link(Protocol):
    """An open connection the swarm can close when the run is over."""

    def close(self) -> None: ...

    def abort(self) -> None: ...


class _Handshake(Exception):
    pass


def _deflate() -> list[ClientPerMessageDeflateFactory]:
    # What a browser offers: permessage-deflate with client_max_window_bits.
    return [ClientPerMessageDeflateFactory(client_max_window_bits=True)]


class SansIOLink(asyncio.Protocol):
    __slots__ = ("field", "handshake", "live", "transport", "visitor", "ws")

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
            parse_uri(url),
            subprotocols=[SUBPROTOCOL],
            extensions=_deflate() if deflate else None,
            max_size=MAX_SIZE,
        )
        self.visitor = visitor
        self.field = field
        self.live = live
        self.handshake = handshake
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.ws.send_request(self.ws.connect())
        self._flush()

    def data_received(self, data: bytes) -> None:
        ws = self.ws
        ws.receive_data(data)
        for event in ws.events_received():
            if isinstance(event, Frame):
                opcode = event.opcode
                if opcode is Opcode.BINARY:
                    try:
                        self.visitor.receive(event.data)
                    except Exception as error:  # a frame we could not read is a finding, not a crash
                        self.field.tally.protocol_errors[type(error).__name__] += 1
                elif opcode is Opcode.TEXT:
                    self.field.tally.protocol_errors["text_frame"] += 1
            elif isinstance(event, Response):
                self._opened()
        self._flush()

    def _opened(self) -> None:
        ws = self.ws
        if ws.handshake_exc is not None:
            self._fail(type(ws.handshake_exc).__name__)
        elif ws.subprotocol != SUBPROTOCOL:
            self._fail("no_subprotocol")
        elif not self.handshake.done():
            self.handshake.set_result(None)
            self.live.add(self)
            self.visitor.opened(self.send)

    def _fail(self, reason: str) -> None:
        if not self.handshake.done():
            self.handshake.set_exception(_Handshake(reason))
        self.abort()

    def send(self, data: bytes) -> None:
        if self.ws.state is not State.OPEN:
            return  # a timer that fired after the visit began to leave: nothing to say any more
        self.ws.send_binary(data)
        self._flush()

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
        ws = self.ws
        ws.receive_eof()
        if not self.handshake.done():
            self.handshake.set_exception(_Handshake("closed_during_handshake"))
        elif self in self.live and not self.field.stopping:
            code = ws.close_rcvd.code if ws.close_rcvd is not None else 1006
            self.field.tally.unexpected_closes[str(code)] += 1
        self.live.discard(self)
        self.visitor.closed()
        self.transport = None

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.ws.send_close(1000)
            self._flush()

    def abort(self) -> None:
        if self.transport is not None:
            self.transport.abort()


async def open_sansio(
    url: str, visitor: Visitor, field: Field, live: set[Link], *, deflate: bool, timeout: float
) -> None:
    loop = asyncio.get_running_loop()
    uri = parse_uri(url)
    handshake: asyncio.Future[None] = loop.create_future()
    link: SansIOLink | None = None
    try:
        async with asyncio.timeout(timeout):
            _, link = await loop.create_connection(
                lambda: SansIOLink(url, visitor, field, live, deflate, handshake), uri.host, uri.port
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
    url: str, visitor: Visitor, field: Field, live: set[Link], *, deflate: bool, timeout: float
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
                field.tally.unexpected_closes[str(rcvd.code if rcvd else 1006)] += 1
            live.discard(link)
            visitor.closed()

    visitor.opened(send)
    link.reader = loop.create_task(read())


TRANSPORTS = {"sansio": open_sansio, "asyncio": open_asyncio}
