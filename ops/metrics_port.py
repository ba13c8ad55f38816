"""``/metrics`` on a port of its own (``KAKUREGA_METRICS_PORT``), for the scraper on the pod network.

The public port never serves metrics: a proxy that forwards a header the app does
not know would otherwise expose them. This listener answers ``GET /metrics`` and
404 to anything else, one request per connection, parsed by h11.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

import h11

READ_TIMEOUT = 5.0
MAX_REQUEST_BYTES = 8192
CONTENT_TYPE = b"text/plain; version=0.0.4; charset=utf-8"

Render = Callable[[], Awaitable[bytes]]


async def serve_metrics(host: str, port: int, render: Render) -> asyncio.Server:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await _answer(reader, writer, render)
        except (OSError, TimeoutError, h11.ProtocolError):
            pass  # a scraper that went away or sent rubbish: nothing to tell it
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()

    return await asyncio.start_server(handle, host, port, reuse_address=True)


async def _answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, render: Render) -> None:
    connection = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_REQUEST_BYTES)
    async with asyncio.timeout(READ_TIMEOUT):
        while True:
            event = connection.next_event()
            if event is h11.NEED_DATA:
                data = await reader.read(4096)
                connection.receive_data(data)
                if not data:
                    return
                continue
            break
    if not isinstance(event, h11.Request):
        return
    if event.method == b"GET" and event.target.split(b"?", 1)[0] == b"/metrics":
        status, content_type, body = 200, CONTENT_TYPE, await render()
    else:
        status, content_type, body = 404, b"text/plain; charset=utf-8", b"not found\n"
    headers = [("content-type", content_type), ("content-length", str(len(body))), ("connection", "close")]
    writer.write(connection.send(h11.Response(status_code=status, headers=headers)) or b"")
    writer.write(connection.send(h11.Data(data=body)) or b"")
    writer.write(connection.send(h11.EndOfMessage()) or b"")
    await writer.drain()
