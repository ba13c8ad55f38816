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

import binascii
import hashlib
import re
from typing import Any

MAX_HEADERS = 128  # websockets' MAX_NUM_HEADERS
MAX_LINE = 8192 - 2  # websockets' MAX_LINE_LENGTH, less the CRLF it counts

_TOKEN = re.compile(rb"[-!#$%&'*+.^_`|~0-9a-zA-Z]+")
_LONGEST = MAX_LINE - 2  # a header's name and value together
_CONNECTION, _UPGRADE, _KEY, _VERSION, _ORIGIN, _PROTOCOL, _CONTENT_LENGTH, _TRANSFER_ENCODING = range(8)
_LISTED = {
    b"connection": _CONNECTION,
    b"upgrade": _UPGRADE,
    b"sec-websocket-key": _KEY,
    b"sec-websocket-version": _VERSION,
    b"origin": _ORIGIN,
    b"sec-websocket-protocol": _PROTOCOL,
    b"content-length": _CONTENT_LENGTH,
    b"transfer-encoding": _TRANSFER_ENCODING,
}


def handshake_key(scope: dict[str, Any], target: bytes) -> str | None:
    """The ``Sec-WebSocket-Key`` of a plain handshake, or None when it is not one (see above).

    One pass over the headers, each rule checked as its header comes, and the common values (a
    ``Connection`` of ``Upgrade``, one subprotocol) without the general token reader: every arrival
    comes through here (~15 µs as a dict of lists and generators, docs/performance.md, "Arrivals,
    round of 2026-12-03"). What it accepts is what it accepted: tests/test_world_plain_handshake.py.
    """
    if scope.get("method") != "GET" or scope.get("http_version", "1.1") != "1.1":
        return None
    if not target.isascii() or len(target) > MAX_LINE - 16:
        return None
    headers = scope["headers"]
    if len(headers) > MAX_HEADERS:
        return None
    connection = upgrade = key = None
    version = origin = False
    for name, value in headers:
        if len(name) + len(value) > _LONGEST:
            return None
        kind = _LISTED.get(name)
        if kind is None:
            continue
        if kind == _CONNECTION:
            if connection is not None:
                return None
            connection = value
        elif kind == _UPGRADE:
            if upgrade is not None:
                return None
            upgrade = value
        elif kind == _KEY:
            if key is not None:
                return None
            key = value
        elif kind == _VERSION:
            if version or value != b"13":
                return None
            version = True
        elif kind == _ORIGIN:
            if origin:
                return None
            origin = True
        elif kind == _PROTOCOL:
            if _TOKEN.fullmatch(value) is None and _tokens(value) is None:
                return None
        elif kind == _CONTENT_LENGTH:
            if value != b"0":
                return None
        else:  # Transfer-Encoding
            return None
    if connection is None or upgrade is None or key is None or not version:
        return None
    if connection.lower() != b"upgrade":
        tokens = _tokens(connection)
        if tokens is None or b"upgrade" not in (token.lower() for token in tokens):
            return None
    if upgrade.strip(b" \t").lower() != b"websocket":
        return None
    try:
        if len(binascii.a2b_base64(key, strict_mode=True)) != 16:  # ``b64decode(validate=True)``
            return None
    except binascii.Error:
        return None
    return key.decode("ascii")


def subprotocols(headers: list[tuple[bytes, bytes]]) -> list[str]:
    """The subprotocols offered, in order (uvicorn's reading of ``Sec-WebSocket-Protocol``)."""
    offered: list[str] = []
    for name, value in headers:
        if name == b"sec-websocket-protocol":
            if b"," in value:
                offered.extend(token.strip() for token in value.decode("latin-1").split(","))
            else:
                offered.append(value.decode("latin-1").strip())
    return offered


def _tokens(value: bytes) -> list[bytes] | None:
    """A comma-separated list of tokens (RFC 9110 §5.6.1), or None when it is anything else."""
    tokens = [item.strip(b" \t") for item in value.split(b",")]
    if not tokens or not all(_TOKEN.fullmatch(token) for token in tokens):
        return None
    return tokens


_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455 §1.3


def accept_value(key: str) -> bytes:
    """``Sec-WebSocket-Accept`` for ``key``, as bytes: websockets' ``accept_key`` without its two
    Python wrappers (``base64.b64encode``) and the text the 101's line encoded back to bytes."""
    return binascii.b2a_base64(hashlib.sha1(key.encode() + _GUID).digest(), newline=False)


# The 101's lines after ``Sec-WebSocket-Accept``, for the last server defaults seen (uvicorn's
# ``default_headers``: a list it replaces each second, with the date, and never changes in place)
# and subprotocol: the same for every arrival of that second (docs/performance.md, "Round of
# 2026-12-06, sixth").
_last_tail: tuple[object, str | None, bytes] = (None, None, b"")


def answer_tail(
    defaults: list[tuple[bytes, bytes]], headers: list[tuple[bytes, bytes]], subprotocol: str | None
) -> bytes:
    """The 101's header lines after ``Sec-WebSocket-Accept`` and the blank line that ends it: the
    server's ``defaults``, the app's ``headers`` (names lower-cased, as websockets writes them) and
    ``Sec-WebSocket-Protocol`` when one is chosen; kept while ``defaults`` is the same list."""
    global _last_tail
    if not headers:
        seen, chosen, tail = _last_tail
        if seen is defaults and chosen == subprotocol:
            return tail
    lines = [b"\r\n" + name.lower() + b": " + value for name, value in defaults]
    lines += [b"\r\n" + name.lower() + b": " + value for name, value in headers]
    if subprotocol:
        lines.append(b"\r\nSec-WebSocket-Protocol: " + subprotocol.encode())
    lines.append(b"\r\n\r\n")
    tail = b"".join(lines)
    if not headers:
        _last_tail = (defaults, subprotocol, tail)
    return tail
