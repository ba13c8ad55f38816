"""The one same-origin rule (world/origin.py), as posts, the robot, staff, /poll and /ws use it."""

from __future__ import annotations

import pytest

from world.origin import same_origin

HOST = {"host": "kakurega.example"}


@pytest.mark.parametrize(
    ("headers", "allowed"),
    [
        ({}, True),  # no Origin: not sent by another site's page
        ({"origin": "https://kakurega.example"}, True),
        ({"origin": "http://kakurega.example:8443"}, True),  # a proxy may drop the port from Host
        ({"origin": "https://evil.example"}, False),
        ({"origin": "https://kakurega.example.evil.example"}, False),
        ({"origin": "null"}, False),
        ({"origin": "null", "sec-fetch-site": "same-origin"}, True),
        ({"sec-fetch-site": "cross-site"}, False),
        ({"origin": "https://kakurega.example", "sec-fetch-site": "cross-site"}, False),
        ({"origin": "ftp://kakurega.example"}, False),
        ({"origin": "javascript:alert(1)"}, False),
        # No browser sends these; they once raised (a 500 instead of a refusal).
        ({"origin": "http://[::1"}, False),
        ({"origin": "https://kakurega.example", "host": "[kakurega.example"}, False),
        ({"origin": "http://", "host": ""}, False),
        ({"origin": "https://kakurega.example\u202e"}, False),
        # Not what a browser writes, so not one of our pages: they were taken as our own origin.
        ({"origin": "http://kakurega.example:abc"}, False),
        ({"origin": "http://kakurega.example:99999"}, False),
        ({"origin": "http://kakurega.example:-1"}, False),
        ({"origin": "http://kakurega.example:\u0661"}, False),  # an Arabic-Indic digit one
        ({"origin": "http://someone@kakurega.example"}, False),
        ({"origin": "http://kakurega.example/"}, False),
        ({"origin": "http://kakurega.example?x"}, False),
        ({"origin": "http://kakurega.example#x"}, False),
        ({"origin": "https://kakurega.example", "host": "kakurega.example:abc"}, False),
        ({"origin": "https://kakurega.example", "host": "someone@kakurega.example"}, False),
        ({"origin": "https://kakurega.example", "host": "kakurega.example/x"}, False),
        # What browsers do send stays ours.
        ({"origin": "https://kakurega.example:443"}, True),
        ({"origin": "https://kakurega.example", "host": "kakurega.example:8443"}, True),
        ({"origin": "http://[::1]:8000", "host": "[::1]:8000"}, True),
    ],
)
def test_same_origin(headers: dict[str, str], allowed: bool) -> None:
    assert same_origin({**HOST, **headers}) is allowed
