"""The keep-alive ping and its pong, written and read by ``SendNowProtocol`` itself (world/send_now.py).

uvicorn sends its ping through websockets' ``Frame.serialize`` and reads the pong through websockets'
parser: ~90,000 instructions a silent visitor every interval (docs/performance.md, "Arrivals, round
of 2026-12-04"). Here the frames are bytes; what the protocol does with them is uvicorn's.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

import pytest
import uvicorn
from websockets.asyncio.client import connect
from websockets.frames import Frame
from websockets.protocol import OPEN

from tests.support.transports import RecordingTransport
from world.send_now import QueuedPing, SendNowProtocol


async def _app(scope: Any, receive: Any, send: Any) -> None:
    pass


def _open_protocol(interval: float = 20.0) -> tuple[SendNowProtocol, RecordingTransport]:
    config = uvicorn.Config(
        _app,
        ws=SendNowProtocol,
        log_level="warning",
        lifespan="off",
        ws_ping_interval=interval,
        ws_ping_timeout=20.0,
    )
    protocol = SendNowProtocol(config, uvicorn.server.ServerState(), {})
    transport = RecordingTransport()
    protocol.adopt(transport, ("127.0.0.1", 8000), ("127.0.0.1", 5000), False)
    protocol.upgrade(
        {
            "method": "GET",
            "http_version": "1.1",
            "headers": [
                (b"host", b"127.0.0.1:8000"),
                (b"connection", b"Upgrade"),
                (b"upgrade", b"websocket"),
                (b"sec-websocket-version", b"13"),
                (b"sec-websocket-key", b"dGhlIHNhbXBsZSBub25jZQ=="),
            ],
        },
        b"/ws",
    )
    protocol.conn.state = OPEN  # as after the 101
    protocol.handshake_complete = True
    for task in list(protocol.tasks):
        task.cancel()
    return protocol, transport


def _masked(first: int, payload: bytes, mask: bytes = b"\x11\x22\x33\x44") -> bytes:
    body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return bytes((first, 0x80 | len(payload))) + mask + body


def test_the_ping_is_written_without_websockets_framing(monkeypatch: pytest.MonkeyPatch) -> None:
    async def scenario() -> None:
        protocol, transport = _open_protocol()

        def no_framing(*args: Any, **kwargs: Any) -> bytes:
            raise AssertionError("the keep-alive ping went through websockets' Frame.serialize")

        monkeypatch.setattr(Frame, "serialize", no_framing)
        protocol.heard_at = protocol.loop.time() - 21.0  # silent for longer than the interval
        protocol.send_keepalive_ping()
        payload = protocol.pending_ping_payload
        assert payload is not None and len(payload) == 4
        assert transport.written == [b"\x89\x04" + payload]  # FIN, ping, unmasked, 4 bytes
        assert protocol.pong_timer is not None and protocol.ping_timer is None
        assert protocol.conn.data_to_send() == [], "nothing left in websockets' own output"
        protocol.pong_timer.cancel()

    asyncio.run(scenario())


def test_the_pong_is_read_without_websockets_parser() -> None:
    async def scenario() -> None:
        protocol, _ = _open_protocol()
        protocol.heard_at = protocol.loop.time() - 21.0
        protocol.send_keepalive_ping()
        payload = protocol.pending_ping_payload
        assert payload is not None

        def no_parsing(data: bytes) -> None:
            raise AssertionError("the pong went through websockets' parser")

        protocol.conn.receive_data = no_parsing  # type: ignore[method-assign]
        protocol.data_received(_masked(0x8A, payload))
        # uvicorn's ``handle_pong``: the deadline cancelled, the next ping due an interval later.
        assert protocol.pending_ping_payload is None and protocol.pong_timer is None
        assert protocol.ping_timer is not None
        protocol.ping_timer.cancel()

    asyncio.run(scenario())


def test_a_stale_pong_then_a_message_in_one_read() -> None:
    async def scenario() -> None:
        protocol, _ = _open_protocol()
        protocol.heard_at = protocol.loop.time() - 21.0
        protocol.send_keepalive_ping()
        protocol.data_received(_masked(0x8A, b"nope") + _masked(0x82, b"walk"))
        assert protocol.pending_ping_payload is not None, "a pong of another ping does not count"
        assert protocol.queue._items[-1] == {"type": "websocket.receive", "bytes": b"walk"}  # type: ignore[attr-defined]
        assert protocol.pong_timer is not None
        protocol.pong_timer.cancel()

    asyncio.run(scenario())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_real_client_answers_the_pings_and_stays() -> None:
    """websockets' client answers each ping by itself; the connection outlives several ping timeouts."""
    seen: list[float] = []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        await receive()
        await send({"type": "websocket.accept"})
        while (await receive())["type"] == "websocket.receive":
            pass

    async def run() -> None:
        port = free_port()
        config = uvicorn.Config(
            app,
            port=port,
            ws=SendNowProtocol,
            log_level="warning",
            ws_ping_interval=0.2,
            ws_ping_timeout=0.5,
        )
        server = uvicorn.Server(config)
        serving = asyncio.create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.01)
        try:
            async with connect(f"ws://127.0.0.1:{port}/", ping_interval=None) as client:
                await asyncio.sleep(2.0)  # ten intervals, four pong timeouts
                assert client.state is OPEN
                (protocol,) = (c for c in server.server_state.connections if isinstance(c, SendNowProtocol))
                seen.append(protocol.last_ping_rtt)
        finally:
            server.should_exit = True
            with contextlib.suppress(Exception):
                await serving

    asyncio.run(run())
    assert seen and seen[0] > 0, "a pong was taken (uvicorn measures the ping's round trip)"


def test_the_first_pings_of_many_connections_wait_on_one_timer() -> None:
    """Every accepted socket armed a loop timer for its first ping (a ``TimerHandle`` each, kept while
    the visitor stays); they share the loop's queue and its one timer, and each still gets its ping
    after a whole interval of silence, but not once it is closed."""

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        before = len(loop._scheduled)  # type: ignore[attr-defined]  # asyncio's own loop: its timers
        opened = [_open_protocol(interval=0.05) for _ in range(100)]
        for protocol, _ in opened:
            protocol.heard_at = loop.time()
            protocol.start_keepalive()  # as uvicorn does once the 101 is written
            assert isinstance(protocol.ping_timer, QueuedPing)
        assert len(loop._scheduled) - before == 1  # type: ignore[attr-defined]
        closed, _ = opened[0]
        closed.connection_lost(None)  # uvicorn's ``stop_keepalive`` cancels what ``ping_timer`` holds
        await asyncio.sleep(0.15)
        for protocol, transport in opened[1:]:
            assert [chunk[:2] for chunk in transport.written] == [b"\x89\x04"], "one ping each"
            assert protocol.pending_ping_payload is not None and protocol.pong_timer is not None
            protocol.pong_timer.cancel()
        assert opened[0][1].written == [], "a closed connection is not pinged"

    asyncio.run(scenario())


def test_a_peer_heard_meanwhile_is_pinged_an_interval_after_it_fell_silent() -> None:
    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        protocol, transport = _open_protocol(interval=0.2)
        protocol.heard_at = loop.time()
        protocol.start_keepalive()
        await asyncio.sleep(0.1)
        protocol.data_received(_masked(0x82, b"walk"))  # heard: the first turn only puts it off
        await asyncio.sleep(0.15)
        assert transport.written == [] and protocol.ping_timer is not None
        await asyncio.sleep(0.2)
        assert [chunk[:2] for chunk in transport.written] == [b"\x89\x04"]
        assert protocol.pong_timer is not None
        protocol.pong_timer.cancel()

    asyncio.run(scenario())
