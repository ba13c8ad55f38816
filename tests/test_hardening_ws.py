"""Hostile WebSocket clients against a real ``kakurega serve`` (issue: hardened against hostile clients).

Each test is an attack that worked before: pings answered without limit, pongs written
to a client that never reads, a traceback logged for a text frame that is not UTF-8,
``hello`` with ``room: nil`` accepted, and ``GET /ws`` answered 404.
"""

from __future__ import annotations

import asyncio
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import msgpack
import pytest
import uvicorn

from tests.support.raw_ws import BINARY, CLOSE, PING, PONG, TEXT, RawWebSocket, frame
from tests.support.servers import ServerProcess, running_server
from tests.support.visitors import LOOK, Visitor
from world.limits import Limits
from world.send_now import SEND_NOW, SendNowProtocol

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    metrics = free_port()
    with running_server({"KAKUREGA_METRICS_PORT": str(metrics)}) as process:
        process.metrics_port = metrics  # type: ignore[attr-defined]
        yield process


def metrics_of(server: ServerProcess) -> str:
    url = f"http://127.0.0.1:{server.metrics_port}/metrics"  # type: ignore[attr-defined]
    with urllib.request.urlopen(url, timeout=5) as answer:
        return answer.read().decode()


def test_a_ping_flood_is_closed_with_1008(server: ServerProcess) -> None:
    client = RawWebSocket(server.port)
    client.handshake()
    client.send(b"".join(frame(PING, str(i).encode()) for i in range(2000)))
    frames = client.receive_all()
    client.close()
    pongs = [f for f in frames if f.opcode == PONG]
    assert len(pongs) <= Limits().frames_burst, "pings take from the connection's frame budget"
    assert frames[-1].opcode == CLOSE and frames[-1].close_code == 1008
    assert 'kakurega_websocket_layer_closes_total{code="1008"}' in metrics_of(server)


def test_pings_and_data_frames_share_one_budget(server: ServerProcess) -> None:
    # Half the burst in pings, then data frames: the data frames run out where the pings left off.
    client = RawWebSocket(server.port)
    client.handshake()
    hello = msgpack.packb({"t": "hello", "v": 1, "name": "そら", "look": LOOK})
    ping = msgpack.packb({"t": "ping", "n": 1})
    pings = Limits().frames_burst // 2
    data = [frame(BINARY, hello)] + [frame(BINARY, ping)] * Limits().frames_burst
    client.send(b"".join([frame(PING)] * pings + data))
    frames = client.receive_all()
    client.close()
    pongs = sum(1 for f in frames if f.opcode == BINARY and msgpack.unpackb(f.payload)["t"] == "pong")
    bye = [msgpack.unpackb(f.payload) for f in frames if f.opcode == BINARY]
    assert bye[-1] == {"t": "bye", "reason": "too_fast"}
    assert frames[-1].close_code == 4003
    assert pongs < Limits().frames_burst - pings, "the protocol pings spent part of the same budget"


def test_a_text_frame_that_is_not_utf8_closes_1007_without_a_traceback(server: ServerProcess) -> None:
    before = server.log_text()
    client = RawWebSocket(server.port)
    client.handshake()
    client.send(frame(TEXT, b"\xff\xfe\xfd"))
    frames = client.receive_all()
    client.close()
    assert frames[-1].opcode == CLOSE and frames[-1].close_code == 1007
    # The server is still well, and said nothing about one client's mistake.
    with urllib.request.urlopen(f"{server.base_url}/healthz", timeout=5) as answer:
        assert answer.status == 200
    assert server.log_text() == before


def test_hello_with_room_nil_is_refused(server: ServerProcess) -> None:
    async def scenario() -> list[dict[str, Any]]:
        visitor = await Visitor.connect(server.ws_url)
        await visitor.send({"t": "hello", "v": 1, "name": "そら", "look": LOOK, "room": None})
        frames = [await visitor.receive()]
        await visitor.close()
        return frames

    frames = asyncio.run(scenario())
    assert frames[0]["t"] == "bye" and frames[0]["reason"] == "bad_frame"


def test_hello_without_room_still_enters_the_genkan(server: ServerProcess) -> None:
    async def scenario() -> tuple[str, int] | None:
        visitor = await Visitor.arrive(server.ws_url, "そら")
        await visitor.close()
        return visitor.place

    assert asyncio.run(scenario()) == ("genkan", 0)


def test_get_ws_without_an_upgrade_is_426(server: ServerProcess) -> None:
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(f"{server.base_url}/ws", timeout=5)
    assert answer.value.code == 426
    assert answer.value.headers["upgrade"] == "websocket"
    assert answer.value.headers["x-content-type-options"] == "nosniff"


# -- pongs to a client that does not read (an in-process uvicorn, to see its write buffer) -----


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_pongs_are_dropped_while_the_socket_buffer_is_full() -> None:
    seen: dict[str, Any] = {}
    filled = asyncio.Event()

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        await receive()
        await send({"type": "websocket.accept"})
        send_now = scope["extensions"][SEND_NOW]
        while send_now(b"x" * 65536):  # until the socket's buffer is above its high-water mark
            pass
        protocol = next(iter(server.server_state.connections))
        seen["before"] = protocol.transport.get_write_buffer_size()
        filled.set()
        await receive()  # the client's binary frame: it came after its pings, so they were handled
        seen["after"] = protocol.transport.get_write_buffer_size()
        await send({"type": "websocket.close", "code": 1000})

    port = free_port()
    config = uvicorn.Config(app, port=port, ws=SendNowProtocol, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)

    async def scenario() -> list[int]:
        serving = asyncio.create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.01)
        client = RawWebSocket(port, receive_buffer=4096)
        try:
            await asyncio.to_thread(client.handshake)
            await filled.wait()
            pings = b"".join(frame(PING, b"%d" % i) for i in range(10))
            await asyncio.to_thread(client.send, pings + frame(BINARY, b"done"))
            frames = await asyncio.to_thread(client.receive_all)
            return [f.opcode for f in frames]
        finally:
            client.close()
            server.should_exit = True
            await serving

    opcodes = asyncio.run(scenario())
    assert seen["after"] == seen["before"], "no pong was queued behind a full buffer"
    assert PONG not in opcodes
    assert opcodes[-1] == CLOSE


# -- the handshake's origin: the same rule as every other endpoint (world/origin.py) ----------


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://elsewhere.example"},
        {"Origin": "http://127.0.0.1.elsewhere.example"},
        {"Origin": "null"},
        {"Origin": "http://[::1"},  # malformed: refused, not a 500
        {"Sec-Fetch-Site": "cross-site"},
    ],
)
def test_a_handshake_from_another_site_is_refused_with_403_before_accepting(
    server: ServerProcess, headers: dict[str, str]
) -> None:
    # A WebSocket is not bound by the same-origin policy, and the browser sends the
    # visitor's cookies with its handshake: another site's page must not open one.
    from websockets.exceptions import InvalidStatus

    async def scenario() -> None:
        with pytest.raises(InvalidStatus) as refused:
            await Visitor.connect(server.ws_url, additional_headers=headers)
        response = refused.value.response
        assert response.status_code == 403
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "content-security-policy" in response.headers

    asyncio.run(scenario())


@pytest.mark.parametrize("origin", [None, "http://127.0.0.1", "https://127.0.0.1:8443"])
def test_a_handshake_from_our_own_pages_or_without_origin_is_accepted(
    server: ServerProcess, origin: str | None
) -> None:
    # Pages of ours send their own origin (a proxy may drop the port); programs send none.
    async def scenario() -> tuple[str, int] | None:
        visitor = await Visitor.connect(server.ws_url, origin=origin)
        await visitor.hello("そら")
        await visitor.wait_for(lambda f: f["t"] == "room")
        await visitor.close()
        return visitor.place

    assert asyncio.run(scenario()) == ("genkan", 0)
