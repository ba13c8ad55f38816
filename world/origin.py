"""The one same-origin rule: was this request sent by one of our own pages?

Every endpoint that changes something or shows what it was sent — posts, the robot,
the staff console, ``/poll`` — refuses a request another site's page made the browser
send (CSRF), with this one check. Without it, another site could post a made-up talk
to ``/robo`` and have our page show it in the robot's voice.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

READS = frozenset({b"host", b"origin", b"sec-fetch-site"})
"""The request headers ``same_origin`` reads, for a caller that decodes only what it needs."""


def same_origin(headers: Mapping[str, str]) -> bool:
    """False for a request a page on another site made the browser send.

    ``headers`` with lower-case names (Starlette's ``request.headers`` or a plain dict).
    ``Sec-Fetch-Site: cross-site`` is refused outright. Without an ``Origin`` header the
    request did not come from a page's script or form (browsers send it with every
    cross-site POST), so it passes. Hostnames only are compared: a proxy passing ``$host``
    drops the port the browser put in ``Origin``.
    """
    if headers.get("sec-fetch-site") == "cross-site":
        return False
    origin = headers.get("origin")
    if origin is None or (origin == "null" and headers.get("sec-fetch-site") == "same-origin"):
        return True
    claimed = urlsplit(origin)
    host = urlsplit(f"//{headers.get('host', '')}").hostname
    return claimed.scheme in ("http", "https") and claimed.hostname == host
