"""Small HTTP helpers shared by the visitor routes and the staff console."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import ClientDisconnect, Request

MAX_FORM_BYTES = 16 * 1024
MAX_FIELDS = 16
# Our bodies nest three deep at most. Python's json recurses once per level: ~1,000
# levels (which fit in 16 KiB) end in RecursionError, so depth is checked before decoding.
MAX_JSON_DEPTH = 16
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_JSON_BRACKET = re.compile(rb"[\[\]{}]")


class BodyTooLarge(Exception):
    pass


class BadBody(Exception):
    pass


async def read_capped(request: Request, limit: int = MAX_FORM_BYTES) -> bytes:
    """The request body, refusing to buffer more than ``limit`` bytes whatever the client claims."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge
            chunks.append(chunk)
    except ClientDisconnect as gone:
        # Left before the body was complete (or cut off by the request timeout): a bad body, not a
        # traceback in the log, which anyone could otherwise fill by hanging up mid-request.
        raise BadBody from gone
    return b"".join(chunks)


def media_type(request: Request) -> str:
    """The request's content type without parameters, lower-cased (RFC 9110 §8.3.1: case-insensitive)."""
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


async def read_form(request: Request, limit: int = MAX_FORM_BYTES) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body as a flat dict (first value of each field)."""
    if media_type(request) != "application/x-www-form-urlencoded":
        raise BadBody
    raw = await read_capped(request, limit)
    try:
        text = raw.decode("utf-8")
        fields = parse_qs(text, keep_blank_values=True, max_num_fields=MAX_FIELDS, errors="strict")
    except (UnicodeDecodeError, ValueError) as error:
        raise BadBody from error
    return {key: values[0] for key, values in fields.items()}


async def read_json(request: Request, limit: int = MAX_FORM_BYTES) -> Any:
    if media_type(request) != "application/json":
        raise BadBody
    return decode_json(await read_capped(request, limit))


def decode_json(raw: bytes) -> Any:
    """A JSON body, or ``BadBody`` whatever is wrong with it (never another exception)."""
    if nests_too_deep(raw):
        raise BadBody
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BadBody from error


def nests_too_deep(raw: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """True if arrays and objects nest more than ``limit`` deep in ``raw`` (brackets in strings aside).

    Linear and without recursion, so it is safe on any input; on text that is not JSON
    it may overcount, which only refuses what the decoder would refuse anyway.
    """
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False  # too few brackets to nest that deep: ordinary bodies skip the scan
    depth = 0
    for bracket in _JSON_BRACKET.findall(_JSON_STRING.sub(b'""', raw)):
        depth += 1 if bracket in b"[{" else -1
        if depth > limit:
            return True
    return False


def client_address(request: Request) -> str | None:
    # Used as a rate-limit key in memory only; never logged, never stored.
    return request.client.host if request.client else None
