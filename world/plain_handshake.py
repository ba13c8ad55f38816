"""Is this WebSocket handshake, as httptools parsed it, the plain one a browser sends?

world/send_now.py answers such a handshake without websockets parsing the request again. Only
the handshake websockets itself would accept with a 101, and nothing unusual, is plain: a
request websockets would refuse, or one this module is not sure of, is not, and goes to
websockets as before, which answers it (or its error) as it always has. So this is a filter
that may say no too often, never yes wrongly. Its rules are websockets' (``Request.parse``
and ``ServerProtocol.process_request``, websockets 15-17), for a server that offers no
extension, names no subprotocol of its own and checks no origin there (uvicorn's, with
``ws_per_message_deflate=False``; the app checks the origin, world/origin.py):

- ``GET``, HTTP/1.1, an ASCII request target, no body (no ``Content-Length`` but 0, no
  ``Transfer-Encoding``), at most ``MAX_HEADERS`` headers and no line longer than ``MAX_LINE``;
- ``Connection`` holds the token ``upgrade`` and ``Upgrade`` is the one token ``websocket``
  (any case), each in one header;
- one ``Sec-WebSocket-Key`` that is 16 bytes in base64, and one ``Sec-WebSocket-Version: 13``;
- at most one ``Origin``; ``Sec-WebSocket-Protocol`` only plain tokens.

The header names and values are httptools' (llhttp, strict): a name that is no token, or a
value with a control character in it, never gets here.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

MAX_HEADERS = 128  # websockets' MAX_NUM_HEADERS
MAX_LINE = 8192 - 2  # websockets' MAX_LINE_LENGTH, less the CRLF it counts

_TOKEN = re.compile(rb"[-!#$%&'*+.^_`|~0-9a-zA-Z]+")
_LISTED = frozenset(
    {
        b"connection",
        b"upgrade",
        b"sec-websocket-key",
        b"sec-websocket-version",
        b"origin",
        b"sec-websocket-protocol",
        b"content-length",
        b"transfer-encoding",
    }
)


def handshake_key(scope: dict[str, Any], target: bytes) -> str | None:
    """The ``Sec-WebSocket-Key`` of a plain handshake, or None when it is not one (see above)."""
    if scope.get("method") != "GET" or scope.get("http_version", "1.1") != "1.1":
        return None
    if not target.isascii() or len(target) > MAX_LINE - 16:
        return None
    headers = scope["headers"]
    if len(headers) > MAX_HEADERS:
        return None
    seen: dict[bytes, list[bytes]] = {}
    for name, value in headers:
        if len(name) + len(value) > MAX_LINE - 2:
            return None
        if name in _LISTED:
            seen.setdefault(name, []).append(value)
    if b"transfer-encoding" in seen or any(value != b"0" for value in seen.get(b"content-length", ())):
        return None
    connection = seen.get(b"connection", [])
    upgrade = seen.get(b"upgrade", [])
    key = seen.get(b"sec-websocket-key", [])
    version = seen.get(b"sec-websocket-version", [])
    if len(connection) != 1 or len(upgrade) != 1 or len(key) != 1 or version != [b"13"]:
        return None
    if len(seen.get(b"origin", [])) > 1:
        return None
    tokens = _tokens(connection[0])
    if tokens is None or b"upgrade" not in (token.lower() for token in tokens):
        return None
    if upgrade[0].strip(b" \t").lower() != b"websocket":
        return None
    for offer in seen.get(b"sec-websocket-protocol", []):
        if _tokens(offer) is None:
            return None
    try:
        if len(base64.b64decode(key[0], validate=True)) != 16:
            return None
    except binascii.Error:
        return None
    return key[0].decode("ascii")


def subprotocols(headers: list[tuple[bytes, bytes]]) -> list[str]:
    """The subprotocols offered, in order (uvicorn's reading of ``Sec-WebSocket-Protocol``)."""
    offered: list[str] = []
    for name, value in headers:
        if name == b"sec-websocket-protocol":
            offered.extend(token.strip() for token in value.decode("latin-1").split(","))
    return offered


def _tokens(value: bytes) -> list[bytes] | None:
    """A comma-separated list of tokens (RFC 9110 §5.6.1), or None when it is anything else."""
    tokens = [item.strip(b" \t") for item in value.split(b",")]
    if not tokens or not all(_TOKEN.fullmatch(token) for token in tokens):
        return None
    return tokens
