"""The swarm's own WebSocket reading and writing (loadtest/wire.py), fed bytes in memory."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import itertools
import random
import re
from collections.abc import Callable, Iterator
from typing import Any

import msgpack
import pytest
from hypothesis import given
from hypothesis import strategies as st

from loadtest import wire
from loadtest.visitor import Field, Visitor
from loadtest.wire import (
    BINARY,
    CLOSE,
    MAX_SIZE,
    PING,
    PONG,
    TEXT,
    FrameReader,
    ReadPacer,
    SansIOLink,
    client_frame,
)

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def server_frame(payload: bytes, first: int = BINARY) -> bytes:
    """A frame as the server writes it: unmasked, 7-, 16- or 64-bit length."""
    size = len(payload)
    if size < 126:
        return bytes((first, size)) + payload
    if size < 65536:
        return bytes((first, 126)) + size.to_bytes(2, "big") + payload
    return bytes((first, 127)) + size.to_bytes(8, "big") + payload


def read_client_frame(frame: bytes) -> tuple[int, bytes]:
    """Checks the mask bit and unmasks, as the server does; returns (first byte, payload)."""
    assert frame[1] & 0x80, "a client frame must be masked"
    size, at = frame[1] & 0x7F, 2
    if size == 126:
        size, at = int.from_bytes(frame[2:4], "big"), 4
    elif size == 127:
        size, at = int.from_bytes(frame[2:10], "big"), 10
    mask, payload = frame[at : at + 4], frame[at + 4 :]
    assert len(payload) == size
    return frame[0], bytes(byte ^ mask[i % 4] for i, byte in enumerate(payload))


class Collect:
    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.controls: list[tuple[int, bytes]] = []

    def reader(self) -> FrameReader:
        return FrameReader(
            self.messages.append, lambda first, payload: self.controls.append((first, payload))
        )


# -- the frame reader ----------------------------------------------------------------------


def test_many_frames_in_one_chunk_come_out_in_order() -> None:
    got = Collect()
    payloads = [msgpack.packb({"t": "tick", "walk": [[f"id{n}", n, n]]}) for n in range(20)]
    assert got.reader().feed(b"".join(server_frame(p) for p in payloads))
    assert got.messages == payloads


def test_a_frame_split_anywhere_is_put_back_together() -> None:
    payload = msgpack.packb({"t": "room", "others": [{"id": "x" * 8, "name": "そら"}] * 10})
    assert 126 <= len(payload) < 65536  # a 16-bit length: the header itself can be split
    stream = server_frame(payload) * 2
    got = Collect()
    reader = got.reader()
    for byte in stream:
        assert reader.feed(bytes((byte,)))
    assert got.messages == [payload, payload]
    assert reader.pending == b""


@given(
    sizes=st.lists(st.sampled_from([0, 1, 125, 126, 127, 300, 65535, 65536]), min_size=1, max_size=6),
    cuts=st.lists(st.integers(min_value=0, max_value=300_000), max_size=12),
)
def test_any_chunking_of_any_lengths_yields_the_same_messages(sizes: list[int], cuts: list[int]) -> None:
    payloads = [bytes([n % 251]) * size for n, size in enumerate(sizes)]
    stream = b"".join(server_frame(p) for p in payloads)
    edges = sorted({0, len(stream), *(cut % (len(stream) + 1) for cut in cuts)})
    got = Collect()
    reader = got.reader()
    for start, end in itertools.pairwise(edges):
        assert reader.feed(stream[start:end])
    assert got.messages == payloads


def test_a_64_bit_length_up_to_the_limit_is_read_and_beyond_it_refused() -> None:
    got = Collect()
    at_limit = b"\x01" * MAX_SIZE
    frame = server_frame(at_limit)
    assert frame[1] == 127  # 65,536 bytes needs the 64-bit length
    assert got.reader().feed(frame)
    assert got.messages == [at_limit]
    assert not Collect().reader().feed(server_frame(b"\x01" * (MAX_SIZE + 1))[:20])


def test_a_masked_frame_from_the_server_is_refused() -> None:
    masked = client_frame(BINARY, b"\x81\xa1t\xa4pong")
    assert not Collect().reader().feed(masked)


def test_control_frames_are_handed_over_between_messages() -> None:
    got = Collect()
    stream = server_frame(b"a") + server_frame(b"ping!", PING) + server_frame(b"b")
    assert got.reader().feed(stream)
    assert got.messages == [b"a", b"b"]
    assert got.controls == [(PING, b"ping!")]


@pytest.mark.parametrize("size", [0, 5, 125, 126, 65535, 65536])
def test_client_frames_are_masked_and_carry_their_payload(size: int) -> None:
    payload = bytes(random.Random(size).randrange(256) for _ in range(size))
    first, got = read_client_frame(client_frame(BINARY, payload))
    assert first == BINARY and got == payload


# -- a link, from handshake to close -------------------------------------------------------


class FakeTransport:
    def __init__(self) -> None:
        self.written: list[bytes] = []
        self.aborted = False

    def write(self, data: bytes) -> None:
        self.written.append(bytes(data))

    def close(self) -> None:
        pass

    def abort(self) -> None:
        self.aborted = True


class Timers:
    def __init__(self) -> None:
        self.pending: list[tuple[float, object]] = []

    def __call__(self, delay: float, callback: object) -> Timers:
        self.pending.append((delay, callback))
        return self

    def cancel(self) -> None:
        pass


def accept(request: bytes, extra: bytes = b"") -> bytes:
    match = re.search(rb"Sec-WebSocket-Key: (\S+)", request)
    assert match is not None
    key = base64.b64encode(hashlib.sha1(match.group(1) + GUID).digest())
    return (
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Accept: " + key + b"\r\nSec-WebSocket-Protocol: kakurega.v1\r\n\r\n" + extra
    )


class Setup:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.now = 100.0
        self.field = Field(lambda: self.now, Timers())
        self.visitor = Visitor(self.field, "hoshi", 5.0, random.Random(1))
        self.handshake = self.loop.create_future()
        self.live: set[wire.Link] = set()
        self.link = SansIOLink(
            "ws://127.0.0.1:9/ws", self.visitor, self.field, self.live, False, self.handshake
        )
        self.transport = FakeTransport()
        self.link.connection_made(self.transport)  # type: ignore[arg-type]

    def open(self, extra: bytes = b"") -> None:
        self.link.data_received(accept(self.transport.written[0], extra))
        assert self.handshake.done() and self.handshake.exception() is None

    def sent(self) -> list[tuple[int, bytes]]:
        return [read_client_frame(frame) for frame in self.transport.written[1:]]


@pytest.fixture
def setup() -> Iterator[Setup]:
    made = Setup()
    yield made
    made.loop.close()


def welcome_and_room(you: str = "ME000000") -> bytes:
    return server_frame(msgpack.packb({"t": "welcome", "you": you})) + server_frame(
        msgpack.packb({"t": "room", "room": "hoshi", "you": {"id": you}, "others": []})
    )


def test_after_the_101_the_visitor_says_hello_in_a_masked_frame(setup: Setup) -> None:
    setup.open()
    assert setup.link in setup.live
    [(first, payload)] = setup.sent()
    assert first == BINARY and msgpack.unpackb(payload)["t"] == "hello"


def test_frames_in_the_same_chunk_as_the_101_are_read(setup: Setup) -> None:
    setup.open(extra=welcome_and_room())
    assert setup.visitor.you == "ME000000" and setup.visitor.placed
    assert setup.field.tally.connected == 1


def test_a_refused_upgrade_is_a_handshake_failure_named_by_its_status(setup: Setup) -> None:
    setup.link.data_received(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n")
    exception = setup.handshake.exception()
    assert exception is not None and str(exception) == "http_503"
    assert setup.transport.aborted and setup.link not in setup.live


def test_a_ping_is_answered_with_a_masked_pong_carrying_its_payload(setup: Setup) -> None:
    setup.open()
    setup.link.data_received(server_frame(b"\x01\x02\x03\x04", PING))
    assert setup.sent()[-1] == (PONG, b"\x01\x02\x03\x04")


def test_a_close_is_echoed_and_counted_when_the_connection_ends(setup: Setup) -> None:
    setup.open(extra=welcome_and_room())
    code = (4005).to_bytes(2, "big")
    setup.link.data_received(server_frame(code + b"full", CLOSE))
    assert setup.sent()[-1] == (CLOSE, code)
    setup.link.send(b"after the close")  # a walk timer firing late: nothing goes out
    assert setup.sent()[-1] == (CLOSE, code)
    setup.link.connection_lost(None)
    assert setup.field.tally.unexpected_closes == {"4005": 1}
    assert setup.field.tally.connected == 0 and setup.link not in setup.live


def test_sent_away_before_reaching_a_room_counts_as_a_failed_arrival(setup: Setup) -> None:
    setup.open()
    setup.link.data_received(server_frame((4005).to_bytes(2, "big"), CLOSE))
    setup.link.connection_lost(None)
    assert setup.field.tally.handshake_failures == {"closed_4005_before_room": 1}
    assert setup.field.tally.unexpected_closes == {}


def test_our_close_is_sent_once_and_the_echo_not_answered(setup: Setup) -> None:
    setup.open()
    setup.link.close()
    setup.link.close()
    code = (1000).to_bytes(2, "big")
    setup.link.data_received(server_frame(code, CLOSE))
    assert [frame for frame in setup.sent() if frame[0] == CLOSE] == [(CLOSE, code)]


def test_a_text_frame_is_a_protocol_error(setup: Setup) -> None:
    setup.open()
    setup.link.data_received(server_frame(b'{"t":"tick"}', TEXT))
    assert setup.field.tally.protocol_errors == {"text_frame": 1}


def test_a_masked_server_frame_drops_the_connection(setup: Setup) -> None:
    setup.open()
    setup.link.data_received(client_frame(BINARY, b"\x80"))
    assert setup.field.tally.protocol_errors == {"unreadable_frame": 1}
    assert setup.transport.aborted


# -- reading in batches --------------------------------------------------------------------


class FakeHandle:
    def __init__(self, callback: Callable[[], None]) -> None:
        self.callback = callback
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class FakeLoop:
    """Only what the pacer uses: call_soon, and one turn of the loop at a time."""

    def __init__(self) -> None:
        self.ready: list[FakeHandle] = []

    def call_soon(self, callback: Callable[[], None]) -> FakeHandle:
        self.ready.append(FakeHandle(callback))
        return self.ready[-1]

    def run_once(self) -> None:
        batch, self.ready = self.ready, []
        for handle in batch:
            if not handle.cancelled:
                handle.callback()


def test_the_pacer_waits_only_for_what_is_left_of_its_period(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [0.0]
    sleeps: list[float] = []
    monkeypatch.setattr(wire.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(wire.time, "sleep", sleeps.append)
    loop = FakeLoop()
    pacer = ReadPacer(loop, 0.001)  # type: ignore[arg-type]
    pacer.start()
    clock[0] = 0.0004  # the loop was busy for 0.4 ms
    loop.run_once()
    assert sleeps == [pytest.approx(0.0006)]
    clock[0] = 0.003  # busier than the period: no pause at all
    loop.run_once()
    assert sleeps == [pytest.approx(0.0006)]
    pacer.stop()
    loop.run_once()
    assert loop.ready == [] and len(sleeps) == 1


# -- over a real socket, against a websockets server ---------------------------------------


async def visit_a_server(deflate: bool) -> tuple[Field, dict[str, Any]]:
    from websockets.asyncio.server import serve

    seen: dict[str, Any] = {}

    async def handler(connection: Any) -> None:
        seen["hello"] = msgpack.unpackb(await connection.recv())
        seen["source"] = connection.remote_address[0]
        seen["compressed"] = bool(connection.protocol.extensions)
        await connection.send(msgpack.packb({"t": "welcome", "you": "me000000"}))
        await connection.send(msgpack.packb({"t": "room", "room": "hoshi", "you": {"id": "me000000"}}))
        await connection.send(msgpack.packb({"t": "tick", "walk": [["me000000", 100, 500]]}))
        seen["pong"] = await connection.ping(b"ping")  # resolves when the swarm's pong arrives
        await seen["pong"]
        await connection.close(4005, "full")

    loop = asyncio.get_running_loop()
    field = Field(loop.time, loop.call_later)
    live: set[wire.Link] = set()
    async with serve(
        handler, "127.0.0.1", 0, subprotocols=[wire.SUBPROTOCOL], compression="deflate" if deflate else None
    ) as server:
        port = server.sockets[0].getsockname()[1]
        visitor = Visitor(field, "hoshi", 60.0, random.Random(1))
        await wire.open_sansio(
            f"ws://127.0.0.1:{port}/ws",
            visitor,
            field,
            live,
            deflate=deflate,
            timeout=5.0,
            source="127.100.0.7",
        )
        async with asyncio.timeout(10):
            while live:
                await asyncio.sleep(0.01)
    return field, seen


@pytest.mark.parametrize("deflate", [False, True])
def test_a_whole_visit_over_a_socket_with_and_without_compression(deflate: bool) -> None:
    field, seen = asyncio.run(visit_a_server(deflate))
    assert seen["hello"]["t"] == "hello"
    assert seen["source"] == "127.100.0.7"
    assert seen["compressed"] is deflate  # with deflate, websockets reads the frames for us
    assert seen["pong"].done()
    tally = field.tally
    assert tally.frames == 3 and tally.walk_updates == 1
    assert tally.unexpected_closes == {"4005": 1}
    assert tally.handshake_failures == {} and tally.protocol_errors == {}
