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

It leans on the parent's attributes (``writable``, ``close_sent``, ``transport``,
``scope``, ``run_asgi``); tests/test_world_send_now.py runs it in a real uvicorn,
so an upgrade that renames them fails there first.
"""

from __future__ import annotations

import struct
from typing import Any

from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol

SEND_NOW = "kakurega.send_now"

_FIN_BINARY = 0x82  # FIN set, opcode 2 (binary); a server's frames are never masked (RFC 6455 §5.1)


def binary_frame(payload: bytes) -> bytes:
    """One unfragmented, unmasked binary frame carrying ``payload`` (RFC 6455 §5.2)."""
    size = len(payload)
    if size < 126:
        return bytes((_FIN_BINARY, size)) + payload
    if size < 1 << 16:
        return struct.pack("!BBH", _FIN_BINARY, 126, size) + payload
    return struct.pack("!BBQ", _FIN_BINARY, 127, size) + payload


class SendNowProtocol(WebSocketsSansIOProtocol):
    """uvicorn's ``websockets-sansio`` protocol, offering ``kakurega.send_now`` to the app."""

    # A tick hands the same payload to every member of a nook in a row: frame it once.
    _last_payload: bytes = b""
    _last_frame: bytes = binary_frame(b"")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.buffer_full = False  # a plain flag: asyncio.Event.is_set() is a Python call per frame

    async def run_asgi(self) -> None:
        self.scope["extensions"][SEND_NOW] = self.send_now
        await super().run_asgi()

    def pause_writing(self) -> None:
        self.buffer_full = True
        super().pause_writing()

    def resume_writing(self) -> None:
        self.buffer_full = False
        super().resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        self.buffer_full = False  # asyncio never resumes writing on a lost transport
        super().connection_lost(exc)

    def send_now(self, payload: bytes, *more: bytes) -> bool:
        """Write binary messages now, in one write; False when the socket's buffer is full.

        The app only calls this after it accepted the socket. A frame for a socket
        that is closing is dropped: the reader learns of the close on its own.
        """
        if self.buffer_full:
            return False
        if not self.close_sent and not self.transport.is_closing():
            cls = SendNowProtocol
            if payload is not cls._last_payload:
                cls._last_payload, cls._last_frame = payload, binary_frame(payload)
            if more:
                self.transport.write(b"".join([cls._last_frame, *map(binary_frame, more)]))
            else:
                self.transport.write(cls._last_frame)
        return True
