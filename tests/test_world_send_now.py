"""``kakurega.send_now``: the synchronous send uvicorn offers the hub (world/send_now.py).

A real uvicorn server with ``SendNowProtocol`` on a free port, a tiny ASGI app
that sends through the extension, and websockets' own client reading the frames:
the hand-made framing must be what any WebSocket client accepts.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

import pytest
import uvicorn
from websockets.asyncio.client import connect
from websockets.frames import Frame, Opcode
from websockets.protocol import OPEN
from websockets.streams import StreamReader

from tests.support.transports import RecordingTransport
from world.send_now import SEND_NOW, Inbox, SendNowProtocol, binary_frame

# Each length form of RFC 6455 §5.2 and both sides of its boundaries.
SIZES = (0, 1, 125, 126, 127, 65535, 65536, 70_000)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("size", SIZES)
def test_binary_frame_is_what_websockets_parses(size: int) -> None:
    payload = bytes(range(256)) * (size // 256) + bytes(range(size % 256))
    reader = StreamReader()
    reader.feed_data(binary_frame(payload))
    parser = Frame.parse(reader.read_exact, mask=False)
    with pytest.raises(StopIteration) as done:
        next(parser)  # a whole frame is buffered: the parser finishes without asking for more
    frame = done.value.value
    assert (frame.opcode, frame.fin, frame.data) == (Opcode.BINARY, True, payload)
    assert not reader.buffer, "nothing after the frame"


async def lifespan(receive: Any, send: Any) -> None:
    while (await receive())["type"] != "lifespan.shutdown":
        await send({"type": "lifespan.startup.complete"})
    await send({"type": "lifespan.shutdown.complete"})


async def serve_while(app: Any, client: Any, **options: Any) -> Any:
    """Run ``app`` in a real uvicorn with ``SendNowProtocol`` (and ``options`` for its config)
    while ``client(port)`` runs."""
    port = free_port()
    config = uvicorn.Config(app, port=port, ws=SendNowProtocol, log_level="warning", lifespan="on", **options)
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    try:
        return await client(port)
    finally:
        server.should_exit = True
        await serving


def test_a_real_client_receives_every_size_through_the_extension() -> None:
    seen: dict[str, Any] = {}

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        await receive()  # websocket.connect
        await send({"type": "websocket.accept"})
        send_now = scope["extensions"].get(SEND_NOW)
        seen["offered"] = send_now is not None
        seen["answers"] = [send_now(b"x" * size) for size in SIZES]
        seen["answers"].append(send_now(b"one", b"two"))  # two messages in one write
        await send({"type": "websocket.send", "bytes": b"after"})  # the ordinary path still works
        await receive()

    async def client(port: int) -> list[bytes]:
        async with connect(f"ws://127.0.0.1:{port}/", max_size=None) as websocket:
            return [await websocket.recv() for _ in range(len(SIZES) + 3)]  # type: ignore[misc]

    received = asyncio.run(serve_while(app, client))
    assert seen == {"offered": True, "answers": [True] * (len(SIZES) + 1)}
    assert [len(message) for message in received[: len(SIZES)]] == list(SIZES)
    assert received[len(SIZES) :] == [b"one", b"two", b"after"]


def test_a_full_buffer_says_no_until_the_reader_catches_up() -> None:
    """Against a client that stops reading, ``send_now`` refuses instead of buffering without end."""
    chunk = b"z" * 65536
    seen: dict[str, Any] = {}
    refused = asyncio.Event()

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        await receive()
        await send({"type": "websocket.accept"})
        send_now = scope["extensions"][SEND_NOW]
        accepted = 0
        while accepted < 1000 and send_now(chunk):  # the kernel's buffers hold a few MB at most
            accepted += 1
        seen["accepted"] = accepted
        refused.set()
        await send({"type": "websocket.send", "bytes": b"end"})  # waits until the reader drained
        seen["after_drain"] = send_now(b"again")
        await receive()

    async def client(port: int) -> list[bytes]:
        async with connect(f"ws://127.0.0.1:{port}/", max_size=None, max_queue=4) as websocket:
            await refused.wait()  # not reading meanwhile: the buffers fill up
            messages = []
            while not messages or messages[-1] != b"again":
                messages.append(await websocket.recv())
            return messages

    received = asyncio.run(serve_while(app, client))
    assert 0 < seen["accepted"] < 1000, "the socket pushed back before 64 MB"
    assert seen["after_drain"] is True
    assert len(received) == seen["accepted"] + 2, "every accepted frame arrived, none was lost"
    assert set(received[:-2]) == {chunk} and received[-2:] == [b"end", b"again"]


def test_the_inbox_hands_its_reader_every_message_in_order() -> None:
    async def scenario() -> None:
        inbox = Inbox(asyncio.get_running_loop())
        inbox.put_nowait({"n": 1})  # before anyone waits
        assert not inbox.empty()
        assert await inbox.get() == {"n": 1}
        assert inbox.empty()
        waiting = asyncio.create_task(inbox.get())
        await asyncio.sleep(0)
        inbox.put_nowait({"n": 2})
        inbox.put_nowait({"n": 3})
        assert await waiting == {"n": 2}
        assert await inbox.get() == {"n": 3}
        # A reader given up on (its task cancelled) leaves the inbox to the next one.
        cancelled = asyncio.create_task(inbox.get())
        await asyncio.sleep(0)
        cancelled.cancel()
        with pytest.raises(asyncio.CancelledError):
            await cancelled
        inbox.put_nowait({"n": 4})
        assert await asyncio.wait_for(inbox.get(), 1) == {"n": 4}

    asyncio.run(scenario())


def test_keepalive_pings_wait_for_a_whole_interval_of_silence() -> None:
    """A peer that keeps sending frames gets no keep-alive ping; one that falls silent does."""
    handshake = (
        b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Key: MDEyMzQ1Njc4OWFiY2RlZg==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    walk = bytes((0x82, 0x80 | 3)) + b"\x00\x00\x00\x00" + b"abc"  # a masked binary frame (mask 0)

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        await receive()
        await send({"type": "websocket.accept"})
        while (await receive())["type"] == "websocket.receive":
            pass

    async def opcodes_within(reader: asyncio.StreamReader, seconds: float) -> list[int]:
        seen = []
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                while True:
                    head = await reader.readexactly(2)
                    await reader.readexactly(head[1] & 0x7F)  # a server's control frames are short
                    seen.append(head[0] & 0x0F)
        return seen

    async def client(port: int) -> tuple[list[int], list[int]]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(handshake)
        await reader.readuntil(b"\r\n\r\n")

        async def keep_sending() -> None:
            while True:
                writer.write(walk)
                await asyncio.sleep(0.05)

        sending = asyncio.create_task(keep_sending())
        busy = await opcodes_within(reader, 3.0)  # three intervals, a frame every twentieth of one
        sending.cancel()
        quiet = await opcodes_within(reader, 3.0)
        writer.close()
        return busy, quiet

    async def run() -> tuple[list[int], list[int]]:
        return await serve_while(app, client, ws_ping_interval=1.0, ws_ping_timeout=10.0)

    busy, quiet = asyncio.run(run())
    assert Opcode.PING.value not in busy
    assert Opcode.PING.value in quiet


def test_a_connection_whose_buffer_fills_waits_alone() -> None:
    # ``writable`` (uvicorn's Event, awaited by every ASGI send) is one shared set event until a
    # connection's buffer first fills; that connection then waits on an event of its own, and the
    # others go on sending.
    async def app(scope: Any, receive: Any, send: Any) -> None:
        pass

    async def scenario() -> None:
        config = uvicorn.Config(app, ws=SendNowProtocol, log_level="warning", lifespan="off")
        state = uvicorn.server.ServerState()
        full, other = (SendNowProtocol(config, state, {}) for _ in range(2))
        for protocol in (full, other):
            protocol.adopt(RecordingTransport(), ("127.0.0.1", 8000), ("127.0.0.1", 5000), False)
            protocol.handshake_complete = True
            protocol.scope = {"type": "websocket", "client": ("127.0.0.1", 5000), "extensions": {}}  # type: ignore[typeddict-item]
            protocol.conn.state = OPEN
        assert full.writable is other.writable, "no event of its own before the buffer fills"
        full.pause_writing()
        assert full.buffer_full and not full.writable.is_set()
        assert other.writable.is_set() and not other.buffer_full
        waiting = asyncio.create_task(full.send({"type": "websocket.send", "bytes": b"x"}))
        await other.send({"type": "websocket.send", "bytes": b"y"})  # does not wait
        await asyncio.sleep(0)
        assert not waiting.done(), "a send on a full buffer waits"
        full.resume_writing()
        await asyncio.wait_for(waiting, 5)
        assert full.writable.is_set() and not full.buffer_full
        full.pause_writing()  # its own event from now on, cleared and set again
        assert not full.writable.is_set() and other.writable.is_set()
        full.connection_lost(None)
        assert full.writable.is_set()
        other.connection_lost(None)

    asyncio.run(scenario())
