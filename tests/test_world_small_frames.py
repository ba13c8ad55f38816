"""A client's small data frames are read by ``SendNowProtocol`` itself (world/send_now.py).

A real uvicorn with ``SendNowProtocol`` and an app that echoes every message it receives; a raw
socket writes a handshake and then frames, in reads cut every which way, mixing the small frames
read here with what websockets still reads (pings, fragments, long frames, unmasked frames). The
app must get the same messages in the same order as websockets alone would hand it, and the
small frames alone must never reach websockets' parser.
"""

from __future__ import annotations

import asyncio
import base64
import os
import random
import struct
from typing import Any

import pytest
from websockets.frames import Opcode
from websockets.protocol import Protocol

from tests.test_world_send_now import lifespan, serve_while

KEY = base64.b64encode(b"0123456789abcdef")
HANDSHAKE = (
    b"GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
    b"Sec-WebSocket-Key: " + KEY + b"\r\nSec-WebSocket-Version: 13\r\n\r\n"
)


def client_frame(opcode: int, payload: bytes, *, fin: bool = True, masked: bool = True) -> bytes:
    first = (0x80 if fin else 0) | opcode
    size = len(payload)
    mask_bit = 0x80 if masked else 0
    if size < 126:
        head = bytes((first, mask_bit | size))
    elif size < 1 << 16:
        head = struct.pack("!BBH", first, mask_bit | 126, size)
    else:
        head = struct.pack("!BBQ", first, mask_bit | 127, size)
    if not masked:
        return head + payload
    mask = os.urandom(4)
    return head + mask + bytes(byte ^ mask[i % 4] for i, byte in enumerate(payload))


def echo_app() -> Any:
    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        await receive()  # websocket.connect
        await send({"type": "websocket.accept"})
        while True:
            message = await receive()
            if message["type"] != "websocket.receive":
                return
            if message.get("bytes") is not None:
                await send({"type": "websocket.send", "bytes": b"b:" + message["bytes"]})
            else:
                await send({"type": "websocket.send", "bytes": b"t:" + message["text"].encode()})

    return app


async def read_echoes(reader: asyncio.StreamReader, count: int) -> list[bytes]:
    echoes = []
    while len(echoes) < count:
        first, second = await reader.readexactly(2)
        size = second & 0x7F
        if size == 126:
            (size,) = struct.unpack("!H", await reader.readexactly(2))
        elif size == 127:
            (size,) = struct.unpack("!Q", await reader.readexactly(8))
        payload = await reader.readexactly(size)
        if first & 0x0F == Opcode.BINARY:
            echoes.append(payload)
    return echoes


async def exchange(port: int, stream: bytes, cuts: list[int], expected: int) -> list[bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(HANDSHAKE)
    head = await reader.readuntil(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 101")
    previous = 0
    for cut in [*cuts, len(stream)]:
        writer.write(stream[previous:cut])
        await writer.drain()
        await asyncio.sleep(0.002)  # separate reads, most of the time
        previous = cut
    try:
        return await asyncio.wait_for(read_echoes(reader, expected), 10)
    finally:
        writer.close()


def mixed_stream() -> tuple[bytes, list[bytes]]:
    """Frames of every kind the fast path must take or leave, and the echoes they should bring."""
    parts: list[bytes] = []
    echoes: list[bytes] = []

    def message(opcode: int, payload: bytes) -> None:
        parts.append(client_frame(opcode, payload))
        echoes.append((b"b:" if opcode == Opcode.BINARY else b"t:") + payload)

    message(Opcode.BINARY, b"hello")
    message(Opcode.TEXT, "こんにちは".encode())
    message(Opcode.BINARY, b"")
    message(Opcode.BINARY, b"x" * 125)  # the longest small frame
    message(Opcode.BINARY, b"y" * 126)  # the shortest that is not: websockets reads it
    parts.append(client_frame(Opcode.PING, b"p"))  # websockets answers it; nothing for the app
    message(Opcode.TEXT, b"after a ping")
    # A fragmented message: websockets reads the fragments, then the small frames come back here.
    parts.append(client_frame(Opcode.BINARY, b"frag", fin=False))
    parts.append(client_frame(Opcode.CONT, b"ment", fin=True))
    echoes.append(b"b:fragment")
    message(Opcode.BINARY, b"last")
    return b"".join(parts), echoes


@pytest.mark.parametrize("seed", range(6))
def test_the_app_gets_every_message_in_order_however_the_reads_are_cut(seed: int) -> None:
    stream, echoes = mixed_stream()
    rng = random.Random(seed)
    if seed == 0:
        cuts: list[int] = []  # the whole stream in one read
    elif seed == 1:
        cuts = list(range(1, len(stream)))  # a byte a read
    else:
        cuts = sorted(rng.sample(range(1, len(stream)), rng.randint(1, 12)))
    got = asyncio.run(serve_while(echo_app(), lambda port: exchange(port, stream, cuts, len(echoes))))
    assert got == echoes


def test_small_frames_never_reach_websockets_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    fed: list[int] = []
    receive_data = Protocol.receive_data

    def counting(self: Protocol, data: bytes) -> None:
        fed.append(len(data))
        receive_data(self, data)

    monkeypatch.setattr(Protocol, "receive_data", counting)
    frames = [client_frame(Opcode.BINARY, bytes([n]) * n) for n in range(0, 120, 7)]
    frames.append(client_frame(Opcode.TEXT, b"walk"))
    stream = b"".join(frames)
    cuts = [len(b"".join(frames[:n])) for n in range(1, len(frames))]  # one frame a read, then all at once
    got = asyncio.run(serve_while(echo_app(), lambda port: exchange(port, stream, cuts, len(frames))))
    assert got[-1] == b"t:walk" and len(got) == len(frames)
    # uvicorn's own HTTP protocol hands websockets the handshake (world/http_guard.py takes a plain
    # one itself); after it, websockets parses nothing.
    assert fed == [len(HANDSHAKE)], "websockets parsed frames the protocol reads itself"


def test_an_unmasked_frame_is_still_refused_by_websockets() -> None:
    async def client(port: int) -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(HANDSHAKE)
        await reader.readuntil(b"\r\n\r\n")
        writer.write(client_frame(Opcode.BINARY, b"bare", masked=False))
        try:
            return await asyncio.wait_for(reader.read(100), 10)
        finally:
            writer.close()

    answer = asyncio.run(serve_while(echo_app(), client))
    # A close frame with 1002 (protocol error), as websockets sends for an unmasked client frame.
    assert answer[:1] == b"\x88" and struct.unpack("!H", answer[2:4])[0] == 1002


def count_read_pauses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The server socket's ``pause_reading`` calls (asyncio's own transport: the tests' loop)."""
    from asyncio import selector_events

    pauses: list[int] = []
    pause = selector_events._SelectorSocketTransport.pause_reading

    def counting(self: Any) -> None:
        pauses.append(1)
        pause(self)

    monkeypatch.setattr(selector_events._SelectorSocketTransport, "pause_reading", counting)
    return pauses


def test_a_message_the_app_waits_for_does_not_pause_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    # The app waits in ``receive`` whenever a frame comes (each echo is read before the next frame is
    # written): the message is handed to it, and the socket is never paused and resumed for it.
    pauses = count_read_pauses(monkeypatch)

    async def client(port: int) -> list[bytes]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(HANDSHAKE)
        await reader.readuntil(b"\r\n\r\n")
        echoes = []
        for n in range(20):
            writer.write(client_frame(Opcode.BINARY, b"walk %d" % n))  # read here
            echoes += await asyncio.wait_for(read_echoes(reader, 1), 10)
            writer.write(client_frame(Opcode.BINARY, b"w" * (200 + n)))  # read by websockets
            echoes += await asyncio.wait_for(read_echoes(reader, 1), 10)
        writer.close()
        return echoes

    got = asyncio.run(serve_while(echo_app(), client))
    assert len(got) == 40 and got[-2] == b"b:walk 19"
    assert pauses == [], "reading was paused for messages the app was waiting for"


def test_messages_the_app_is_not_reading_still_pause_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    # The per-connection back-pressure stays: while the app does not read, a message waits in the
    # queue and the socket's reading is paused; everything arrives, in order, once the app reads.
    pauses = count_read_pauses(monkeypatch)
    busy = asyncio.Event()

    async def slow_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        await receive()  # websocket.connect
        await send({"type": "websocket.accept"})
        await busy.wait()  # not reading while the client writes
        while True:
            message = await receive()
            if message["type"] != "websocket.receive":
                return
            await send({"type": "websocket.send", "bytes": b"b:" + message["bytes"]})

    async def client(port: int) -> list[bytes]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(HANDSHAKE)
        await reader.readuntil(b"\r\n\r\n")
        for n in range(5):
            writer.write(client_frame(Opcode.BINARY, b"step %d" % n))
            await writer.drain()
            await asyncio.sleep(0.01)
        busy.set()
        try:
            return await asyncio.wait_for(read_echoes(reader, 5), 10)
        finally:
            writer.close()

    got = asyncio.run(serve_while(slow_app, client))
    assert got == [b"b:step %d" % n for n in range(5)]
    assert pauses, "reading went on while the app held a message it had not taken"


def test_receive_is_the_inbox_s_own_coroutine_unless_reading_is_paused() -> None:
    # ``SendNowProtocol.receive`` hands the inbox's ``get`` while reading runs (uvicorn's would only
    # await it: nothing to resume then), and uvicorn's own way once reading is paused.
    from uvicorn.config import Config
    from uvicorn.server import ServerState

    from loadtest.arrival_pieces import SCOPE, StandIn
    from world.send_now import Inbox, SendNowProtocol

    resumed: list[bool] = []

    class Transport(StandIn):
        def resume_reading(self) -> None:
            resumed.append(True)

    async def app(scope: Any, receive: Any, send: Any) -> None:
        return None

    async def run() -> list[object]:
        config = Config(app, ws=SendNowProtocol, log_level="warning", lifespan="off")
        state = ServerState()
        protocol = SendNowProtocol(config, state, {})
        protocol.adopt(Transport(), ("127.0.0.1", 8000), ("127.0.0.1", 5000), False)
        assert protocol.upgrade(dict(SCOPE), b"/ws")
        await protocol.send({"type": "websocket.accept"})
        for task in list(state.tasks):
            task.cancel()
        got: list[object] = []
        waiting = protocol.receive()
        assert waiting.cr_code is Inbox.get.__code__  # type: ignore[attr-defined]
        got.append(await waiting)  # websocket.connect, queued by the upgrade
        # Two messages in one read while the app is not reading: the second pauses reading.
        protocol.data_received(client_frame(Opcode.BINARY, b"one") + client_frame(Opcode.BINARY, b"two"))
        assert protocol.read_paused
        got.append((await protocol.receive())["bytes"])
        assert not resumed  # one still waits
        got.append((await protocol.receive())["bytes"])
        assert resumed == [True] and not protocol.read_paused  # the inbox emptied: reading resumes
        again = protocol.receive()
        assert again.cr_code is Inbox.get.__code__  # type: ignore[attr-defined]
        again.close()
        return got

    got = asyncio.run(run())
    assert got[1:] == [b"one", b"two"]
