"""A WebSocket client on a bare socket, for tests that must send what no polite client would.

websockets' own client answers, queues and rate-limits on our behalf; an attacker's does
not. This one writes frames exactly as asked and reads the server's frames as they come.
"""

from __future__ import annotations

import base64
import os
import socket
import struct
from dataclasses import dataclass

PING, PONG, TEXT, BINARY, CLOSE = 0x9, 0xA, 0x1, 0x2, 0x8


def frame(opcode: int, payload: bytes = b"", *, fin: bool = True) -> bytes:
    """One masked client frame (RFC 6455 §5.2)."""
    head = (0x80 if fin else 0) | opcode
    mask = os.urandom(4)
    size = len(payload)
    if size < 126:
        header = struct.pack("!BB", head, 0x80 | size)
    elif size < 1 << 16:
        header = struct.pack("!BBH", head, 0x80 | 126, size)
    else:
        header = struct.pack("!BBQ", head, 0x80 | 127, size)
    return header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


@dataclass
class Received:
    opcode: int
    payload: bytes

    @property
    def close_code(self) -> int | None:
        return struct.unpack("!H", self.payload[:2])[0] if self.opcode == CLOSE and self.payload else None


class RawWebSocket:
    def __init__(self, port: int, *, timeout: float = 10.0, receive_buffer: int | None = None) -> None:
        self.sock = socket.socket()
        if receive_buffer is not None:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
        self.sock.settimeout(timeout)
        self.sock.connect(("127.0.0.1", port))
        self.buffer = b""

    def handshake(self, path: str = "/ws") -> None:
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                "Sec-WebSocket-Protocol: kakurega.v1\r\n\r\n"
            ).encode()
        )
        while b"\r\n\r\n" not in self.buffer:
            self._more()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        assert head.startswith(b"HTTP/1.1 101"), head

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def _more(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise EOFError
        self.buffer += chunk

    def _exact(self, size: int) -> bytes:
        while len(self.buffer) < size:
            self._more()
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    def receive(self) -> Received:
        first, second = self._exact(2)
        size = second & 0x7F
        if size == 126:
            size = struct.unpack("!H", self._exact(2))[0]
        elif size == 127:
            size = struct.unpack("!Q", self._exact(8))[0]
        return Received(first & 0x0F, self._exact(size))

    def receive_all(self) -> list[Received]:
        """Every frame until the server closes the connection (its close frame is answered)."""
        frames: list[Received] = []
        while True:
            try:
                received = self.receive()
                frames.append(received)
                if received.opcode == CLOSE:
                    self.sock.sendall(frame(CLOSE, received.payload[:2]))
            except (EOFError, ConnectionResetError, BrokenPipeError):
                return frames

    def close(self) -> None:
        self.sock.close()
