"""The one same-origin rule: was this request sent by one of our own pages?

Every endpoint that changes something or shows what it was sent — posts, the robot,
the staff console, ``/poll`` and the ``/ws`` handshake — refuses a request another
site's page made the browser send (CSRF, and for ``/ws`` cross-site WebSocket
hijacking), with this one check. Without it, another site could post a made-up talk
to ``/robo`` and have our page show it in the robot's voice, or open a WebSocket that
carries the visitor's cookies.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from urllib.parse import SplitResult, urlsplit

READS = frozenset({b"host", b"origin", b"sec-fetch-site"})
"""The request headers ``same_origin`` reads, for a caller that decodes only what it needs."""


def same_origin(headers: Mapping[str, str]) -> bool:
    """False for a request a page on another site made the browser send.

    ``headers`` with lower-case names (Starlette's ``request.headers`` or a plain dict).
    ``Sec-Fetch-Site: cross-site`` is refused outright. Without an ``Origin`` header the
    request did not come from a page's script or form (browsers send it with every
    cross-site POST and every WebSocket handshake), so it passes. Hostnames only are
    compared: a proxy passing ``$host`` drops the port the browser put in ``Origin``.
    An ``Origin`` or ``Host`` that is not a well-formed address is refused: a browser
    never sends one, so it is nobody we need to serve (closed for data). Well-formed is
    what a browser writes: ``scheme://host[:port]`` with the port a number up to 65535,
    and nothing else (no user, path, query or fragment); ``Host`` the same without the
    scheme.
    """
    if headers.get("sec-fetch-site") == "cross-site":
        return False
    origin = headers.get("origin")
    if origin is None or (origin == "null" and headers.get("sec-fetch-site") == "same-origin"):
        return True
    return origin_names_host(origin, headers.get("host", ""))


# Verdicts kept, by (Origin, Host): every arrival's handshake asks the same pair of the same site,
# and judging it is two URL parses and their properties, ~3 µs (docs/performance.md, "Round of
# 2026-12-06, sixth"). The verdict is a function of the pair alone. What is kept is bounded: at most
# ``KEPT_MOST`` pairs (the least recently asked forgotten first), none with a value longer than
# ``KEPT_LONGEST`` (a hostile client could otherwise fill it with long made-up origins).
KEPT_MOST = 256
KEPT_LONGEST = 255


def origin_names_host(origin: str, host: str) -> bool:
    """``origin`` is a well-formed http(s) origin naming the host that ``host`` (the ``Host``
    header) names, both bare (``same_origin``'s last step): judged once, then kept."""
    if len(origin) > KEPT_LONGEST or len(host) > KEPT_LONGEST:
        return _names_host(origin, host)
    return _kept_verdict(origin, host)


def forget_verdicts() -> None:
    """Forget the kept verdicts (tests)."""
    _kept_verdict.cache_clear()


def _names_host(origin: str, host: str) -> bool:
    try:
        claimed = urlsplit(origin)
        served = urlsplit(f"//{host}")
        # ``hostname`` parses again on every read: read once.
        hostname = claimed.hostname
        served_host = served.hostname
        # A port that is not a number 0–65535 ("http://example.org:abc") raises here: refused.
        _ = claimed.port, served.port
    except ValueError:  # e.g. "http://[" : an unclosed IPv6 bracket
        return False
    return (
        claimed.scheme in ("http", "https")
        and hostname is not None
        and hostname == served_host
        and _bare(claimed)
        and _bare(served)
    )


@lru_cache(maxsize=KEPT_MOST)
def _kept_verdict(origin: str, host: str) -> bool:
    return _names_host(origin, host)


def _bare(address: SplitResult) -> bool:
    """Only a host and a port: no ``user@``, path, query or fragment (a browser sends none of them)."""
    return not (address.path or address.query or address.fragment or "@" in address.netloc)


def asgi_headers(raw: Iterable[tuple[bytes, bytes]], names: frozenset[bytes] = READS) -> dict[str, str]:
    """The headers of an ASGI scope that are in ``names`` (lower-case, as ASGI gives them), decoded."""
    return {key.decode("latin-1"): value.decode("latin-1") for key, value in raw if key in names}
