"""A response's head and body in one write, for uvicorn's HTTP protocol.

uvicorn writes an answer's status line and headers as soon as the app sends
``http.response.start``, and its body with the next message: two system calls and
two packets for every answer. For a long poll (world/poll_gateway.py), the hottest
request there is, those writes were most of what an answer cost. ``JoinedWrites``
stands in for the transport of the request cycle: what is written in one step of
the event loop goes out at the end of that step, together.
"""

from __future__ import annotations

import asyncio


class JoinedWrites:
    """The few transport methods uvicorn's ``RequestResponseCycle`` uses, joining writes."""

    __slots__ = ("_held", "_loop", "transport")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self.transport = transport
        self._loop = loop
        self._held: bytes | None = None

    def write(self, data: bytes) -> None:
        if self._held is None:
            self._held = bytes(data)
            self._loop.call_soon(self.flush)
        else:
            self._held += data

    def flush(self) -> None:
        held, self._held = self._held, None
        if held and not self.transport.is_closing():
            self.transport.write(held)

    def close(self) -> None:
        self.flush()
        self.transport.close()

    def is_closing(self) -> bool:
        return self.transport.is_closing()
