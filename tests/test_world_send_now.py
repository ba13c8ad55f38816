"""``kakurega.send_now``: the synchronous send uvicorn offers the hub (world/send_now.py).

A real uvicorn server with ``SendNowProtocol`` on a free port, a tiny ASGI app
that sends through the extension, and websockets' own client reading the frames:
the hand-made framing must be what any WebSocket client accepts.
"""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import pytest
import uvicorn
from websockets.asyncio.client import connect
from websockets.frames import Frame, Opcode
from websockets.streams import StreamReader

from world.send_now import SEND_NOW, SendNowProtocol, binary_frame

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


def test_a_real_client_receives_every_size_through_the_extension() -> None:
    seen: dict[str, Any] = {}

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        await receive()  # websocket.connect
        await send({"type": "websocket.accept"})
        send_now = scope["extensions"].get(SEND_NOW)
        seen["offered"] = send_now is not None
        seen["answers"] = [send_now(b"x" * size) for size in SIZES]
        seen["answers"].append(send_now(b"one", b"two"))  # two messages in one write
        await send({"type": "websocket.send", "bytes": b"after"})  # the ordinary path still works
        await receive()

    async def scenario() -> list[bytes]:
        port = free_port()
        config = uvicorn.Config(app, port=port, ws=SendNowProtocol, log_level="warning", lifespan="on")
        server = uvicorn.Server(config)
        serving = asyncio.create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.01)
        try:
            async with connect(f"ws://127.0.0.1:{port}/", max_size=None) as client:
                return [await client.recv() for _ in range(len(SIZES) + 3)]  # type: ignore[misc]
        finally:
            server.should_exit = True
            await serving

    received = asyncio.run(scenario())
    assert seen == {"offered": True, "answers": [True] * (len(SIZES) + 1)}
    assert [len(message) for message in received[: len(SIZES)]] == list(SIZES)
    assert received[len(SIZES) :] == [b"one", b"two", b"after"]
