"""An HTTP answer's head and body leave in one write (world/joined_writes.py)."""

from __future__ import annotations

import asyncio

from world.joined_writes import JoinedWrites


async def _pair() -> tuple[asyncio.Transport, asyncio.StreamReader, asyncio.StreamWriter]:
    """A real socket: the server's transport and the client's streams."""
    accepted: asyncio.Future[asyncio.Transport] = asyncio.get_running_loop().create_future()

    class Server(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            accepted.set_result(transport)  # type: ignore[arg-type]

    server = await asyncio.get_running_loop().create_server(Server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    transport = await accepted
    server.close()
    return transport, reader, writer


def test_what_is_written_in_one_step_goes_out_together_and_close_sends_it_first() -> None:
    async def scenario() -> None:
        transport, reader, writer = await _pair()
        writes: list[bytes] = []
        real_write = transport.write
        transport.write = lambda data: (writes.append(bytes(data)), real_write(data))  # type: ignore[method-assign]
        joined = JoinedWrites(transport, asyncio.get_running_loop())

        joined.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n")
        joined.write(b"ok")
        assert writes == [], "held to the end of the loop's step"
        assert await reader.readexactly(40) == b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok"
        assert writes == [b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok"], "one write, not two"

        joined.write(b"last")
        joined.close()
        assert await reader.read() == b"last", "closing sends what was held, then closes"
        assert joined.is_closing()
        writer.close()

    asyncio.run(scenario())
