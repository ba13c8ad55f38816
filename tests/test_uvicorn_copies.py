"""Two protocols copy uvicorn's ``__init__`` (world/http_guard.py, world/send_now.py) to skip
look-ups an arrival pays for every connection, and websockets' protocol is copied from one made
once (world/uvicorn_parts.py). A later uvicorn or websockets that sets another attribute there
would leave ours without it, failing only on the path that reads it; this fails first."""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import Callable

from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from uvicorn.server import ServerState
from websockets.extensions.permessage_deflate import ServerPerMessageDeflateFactory
from websockets.protocol import CONNECTING
from websockets.server import ServerProtocol

from world.http_guard import GuardedHttpProtocol
from world.send_now import SendNowProtocol
from world.uvicorn_parts import ERROR_LOGGER, server_protocol


async def _empty_app(scope: object, receive: object, send: object) -> None:
    return None


def attributes(protocol_class: type, **config: object) -> set[str]:
    async def build() -> set[str]:
        settings = Config(_empty_app, **config)  # type: ignore[arg-type]
        protocol = protocol_class(settings, ServerState(), {})
        # Those set in slots too (``SendNowProtocol`` keeps what each frame reads in its object).
        slots = {name for klass in protocol_class.__mro__ for name in getattr(klass, "__slots__", ())}
        # And those that are properties made when first read (``GuardedHttpProtocol.flow``).
        made_later = {
            name for name in dir(protocol_class) if isinstance(getattr(protocol_class, name), property)
        }
        return set(vars(protocol)) | {name for name in slots | made_later if hasattr(protocol, name)}

    return asyncio.run(build())


def test_our_http_protocol_sets_everything_uvicorns_sets() -> None:
    assert attributes(HttpToolsProtocol) - attributes(GuardedHttpProtocol) == set()


def test_our_websocket_protocol_sets_everything_uvicorns_sets() -> None:
    for deflate in (False, True):
        upstream = attributes(WebSocketsSansIOProtocol, ws_per_message_deflate=deflate)
        assert upstream - attributes(SendNowProtocol, ws_per_message_deflate=deflate) == set()


def test_the_websockets_protocol_is_websockets_own_but_for_its_log_id() -> None:
    for deflate in (False, True):
        made = ServerProtocol(
            extensions=[ServerPerMessageDeflateFactory()] if deflate else [],
            max_size=4096,
            logger=ERROR_LOGGER,
        )
        first, second = server_protocol(deflate, 4096), server_protocol(deflate, 4096)
        assert set(vars(first)) == set(vars(made))
        assert first.state is CONNECTING and first.max_message_size == 4096 and first.logger is ERROR_LOGGER
        assert len(first.available_extensions or []) == deflate
        # Each connection has buffers and a parser of its own: what one is sent, the other never reads.
        for name in ("reader", "events", "writes", "extensions", "parser"):
            assert getattr(first, name) is not getattr(second, name), name
        first.receive_data(b"GET /ws HTTP/1.1\r\nHost: a\r\n\r\n")
        assert first.events and not second.events and not second.reader.buffer


def test_the_copied_protocol_takes_half_the_memory_of_websockets_own() -> None:
    # Its attributes share their names with every other connection's (set one by one, in
    # ``__init__``'s order); a dict of its own each, as ``__dict__.update`` made, was ~1.5 KB.
    def allocated(build: Callable[[], object]) -> float:
        build()
        tracemalloc.start()
        before = tracemalloc.take_snapshot()
        kept = [build() for _ in range(300)]
        after = tracemalloc.take_snapshot()
        tracemalloc.stop()
        assert len(kept) == 300
        return sum(stat.size_diff for stat in after.compare_to(before, "filename")) / 300

    own = allocated(lambda: ServerProtocol(extensions=[], max_size=4096, logger=ERROR_LOGGER))
    copied = allocated(lambda: server_protocol(False, 4096))
    assert copied < own / 1.6, (copied, own)


def test_our_on_header_keeps_what_uvicorns_keeps() -> None:
    # world/http_guard.py copies uvicorn's ``on_header`` to refuse a second Host or Origin as it is
    # read: for a head with one of each, it must leave the protocol as uvicorn's leaves it.
    head = [
        (b"Host", b"example.org"),
        (b"ORIGIN", b"https://example.org"),
        (b"Expect", b"100-Continue"),
        (b"X-Other", b"a"),
        (b"x-other", b"b"),
    ]

    async def kept(protocol_class: type[HttpToolsProtocol]) -> tuple[object, ...]:
        protocol = protocol_class(Config(_empty_app), ServerState(), {})  # type: ignore[arg-type]
        protocol.on_message_begin()
        for name, value in head:
            protocol.on_header(name, value)
        return protocol.headers, protocol.expect_100_continue

    assert asyncio.run(kept(GuardedHttpProtocol)) == asyncio.run(kept(HttpToolsProtocol))


# An instance's ``__dict__`` shares its keys with the other instances of its class only while the
# class's instances use at most 30 names (CPython 3.11's ``SHARED_KEYS_MAX_SIZE``); past that,
# every instance's dict is converted to one of its own as its 31st name is stored (a copy, and
# ~1.6 KB a connection for the WebSocket protocol). Kept under it with room to spare: what an
# arrival's protocols store after the upgrade, or at their close, stays shared.
SHARED_KEYS_MOST = 30


def test_an_arrivals_protocols_keep_their_dict_keys_shared() -> None:
    from loadtest.arrival_pieces import HEADERS, StandIn

    async def app(scope: object, receive: object, send: object) -> None:
        return None

    class Transport(StandIn):
        protocol: object = None

        def get_extra_info(self, name: str, default: object = None) -> object:
            return {"sockname": ("127.0.0.1", 8000), "peername": ("127.0.0.1", 5555)}.get(name, default)

        def set_protocol(self, protocol: object) -> None:
            self.protocol = protocol

        def get_protocol(self) -> object:
            return self.protocol

        def abort(self) -> None:
            pass

    async def arrive() -> tuple[object, object]:
        config = Config(
            app, ws=SendNowProtocol, http=GuardedHttpProtocol, log_level="warning", lifespan="off"
        )
        config.load()
        http = GuardedHttpProtocol(config, ServerState(), {})
        transport = Transport()
        http.connection_made(transport)  # type: ignore[arg-type]
        head = b"".join(name + b": " + value + b"\r\n" for name, value in HEADERS)
        http.data_received(b"GET /ws HTTP/1.1\r\n" + head + b"\r\n")
        websocket = transport.protocol
        assert isinstance(websocket, SendNowProtocol)
        await websocket.send({"type": "websocket.accept", "subprotocol": "kakurega.v1"})
        websocket._close_is_out()
        for task in list(websocket.tasks):
            task.cancel()
        return http, websocket

    http, websocket = asyncio.run(arrive())
    # Room for a few more names each (a later uvicorn's, or a path not taken here).
    assert len(vars(http)) <= SHARED_KEYS_MOST - 4, sorted(vars(http))
    assert len(vars(websocket)) <= SHARED_KEYS_MOST - 4, sorted(vars(websocket))
