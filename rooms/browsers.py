"""Telling browsers apart without knowing anyone: the anonymous per-browser token.

A school's or a municipality's tablets often share one public address, so the address
cannot tell one child from another. The post and robot limits are kept per *browser*
instead: the first post or robot message gets a random token back in a cookie
(``HttpOnly``, ``SameSite=Strict``, gone when the browser closes), which the browser then
sends with every request — forms without JavaScript included. The token says nothing
about the child and is never stored: the limits hold only a keyed hash of it in memory
(the key is random per process), forgotten once its bucket is full again.

The address stays as a coarse backstop (``address_*`` limits, much looser), because a
token is the client's to throw away: a flood that drops its cookie meets the address
limit. Known school exits get a multiple of it (``KAKUREGA_SHARED_NETWORKS``).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time

from starlette.requests import Request
from starlette.responses import Response

from world.address import SharedNetworks, address_key
from world.limits import KeyedBuckets

BROWSER_COOKIE = "kakurega_b"
_WELL_FORMED = re.compile(r"[A-Za-z0-9_-]{22,64}")


def browser_token(request: Request) -> tuple[str, bool]:
    """This browser's token, and whether it is new (then ``keep_browser_token`` sends it)."""
    given = request.cookies.get(BROWSER_COOKIE, "")
    if _WELL_FORMED.fullmatch(given):
        return given, False
    return secrets.token_urlsafe(16), True


def keep_browser_token(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        BROWSER_COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https"
    )


class FloodGuard:
    """Per-browser buckets, with a per-address backstop. Keys are keyed hashes only."""

    def __init__(
        self,
        *,
        browser: tuple[float, int],
        address: tuple[float, int],
        shared_networks: tuple[tuple[str, float], ...] = (),
        max_keys: int = 50_000,
    ) -> None:
        """``browser`` and ``address``: (events per minute, burst)."""
        self.browsers = KeyedBuckets(browser[0], browser[1], max_keys)
        self.addresses = KeyedBuckets(address[0], address[1], max_keys)
        self.shared = SharedNetworks(shared_networks)
        self._secret = secrets.token_bytes(16)

    def allow(self, token: str | None, address: str | None, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        browser = self._hash("b", token) if token is not None else None
        where = self._hash("a", address_key(address)) if address is not None else None
        scale = self.shared.factor(address) if address is not None else 1.0
        if browser is not None and browser in self.browsers:
            # A browser we know first: one browser hammering away must not use up its school's address.
            return self.browsers.take(browser, now) and (
                where is None or self.addresses.take(where, now, scale)
            )
        # A browser we do not know (new, or a made-up or dropped token) must pass the address
        # first, so a flood of fresh tokens cannot fill the browsers' table.
        if where is not None and not self.addresses.take(where, now, scale):
            return False
        return browser is None or self.browsers.take(browser, now)

    def _hash(self, kind: str, text: str) -> bytes:
        return hashlib.blake2b(f"{kind}:{text}".encode(), key=self._secret, digest_size=12).digest()


__all__ = ["BROWSER_COOKIE", "FloodGuard", "browser_token", "keep_browser_token"]
