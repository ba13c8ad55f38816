"""What uvicorn's protocols look up or build for every connection, looked up or built once.

``world/http_guard.py`` and ``world/send_now.py`` set their uvicorn parents' attributes
themselves (an arrival builds both protocols); these are the values uvicorn 0.54 looks up
again in each ``__init__``, and the websockets protocol it builds there (``server_protocol``).
tests/test_uvicorn_copies.py checks the copies against uvicorn's and websockets' own.
"""

from __future__ import annotations

import logging
from typing import Any

from websockets.extensions.permessage_deflate import ServerPerMessageDeflateFactory
from websockets.server import ServerProtocol
from websockets.streams import StreamReader

ERROR_LOGGER = logging.getLogger("uvicorn.error")  # what uvicorn's protocols log to
ACCESS_LOGGER = logging.getLogger("uvicorn.access")
ASGI_VERSIONS = {"asgi2": "2.0", "asgi3": "3.0", "wsgi": "3.0"}  # uvicorn's ``Config.asgi_version``

# What ``ServerProtocol.__init__`` sets alike for every connection of one configuration, by
# (deflate, max_size), and what it makes afresh for each (the rest is made here for each).
_SERVER_PROTOCOLS: dict[tuple[bool, int | None], tuple[tuple[str, Any], ...]] = {}
_OWN = frozenset({"reader", "events", "writes", "extensions", "parser"})


def server_protocol(deflate: bool, max_size: int | None) -> ServerProtocol:
    """websockets' server protocol for one connection, as uvicorn's ``__init__`` makes it.

    ``ServerProtocol.__init__`` draws a UUID for the connection's log lines (a system call per
    arrival; websockets' sans-I/O protocol and uvicorn never log it), looks up its logger's level
    and sets ~25 attributes one by one: ~13 µs an arrival (~2 here). Here the attributes that are the same
    for every connection are copied from one made once, and the connection's own state (its
    buffers, its parser, its extensions) is made for it; the UUID is the one made once.
    """
    shared = _SERVER_PROTOCOLS.get((deflate, max_size))
    if shared is None:
        extensions = []
        if deflate:  # uvicorn's settings for permessage-deflate
            extensions = [
                ServerPerMessageDeflateFactory(
                    server_max_window_bits=12, client_max_window_bits=12, compress_settings={"memLevel": 5}
                )
            ]
        made = ServerProtocol(extensions=extensions, max_size=max_size, logger=ERROR_LOGGER)
        shared = _SERVER_PROTOCOLS[(deflate, max_size)] = tuple(
            (name, value) for name, value in vars(made).items() if name not in _OWN
        )
    conn = ServerProtocol.__new__(ServerProtocol)
    # One by one, in ``__init__``'s order: the attributes then share their names with every other
    # connection's (~0.9 KB a connection; ``__dict__.update`` made each a dict of its own, ~1.5 KB).
    for name, value in shared:
        setattr(conn, name, value)
    conn.reader = StreamReader()
    conn.events = []
    conn.writes = []
    conn.extensions = []
    # Not started: the first ``next`` websockets gives it (``receive_data``, ``receive_eof``) starts
    # it, on what was fed by then. A plain handshake replaces it unstarted (world/send_now.py
    # ``upgrade``), so starting it here (~2 µs) was work thrown away for nearly every arrival.
    conn.parser = conn.parse()
    return conn
