"""Receipts: a random word kept only in the writer's browser; the server keeps its hash."""

from __future__ import annotations

import hashlib
import re
import secrets

_SHAPE = re.compile(r"^[A-Za-z0-9_-]{32}$")


def new_receipt() -> str:
    # 24 random bytes: unguessable, so a plain (fast) hash is enough to hide it at rest.
    return secrets.token_urlsafe(24)


def receipt_hash(receipt: str) -> str:
    return hashlib.sha256(receipt.encode("ascii")).hexdigest()


def well_formed(receipt: object) -> bool:
    return isinstance(receipt, str) and bool(_SHAPE.match(receipt))
