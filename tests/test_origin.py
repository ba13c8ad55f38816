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


# -- verdicts kept (world/origin.py ``origin_names_host``) ----------------------------------------
# Every arrival's handshake asks the same Origin and Host of the same site: the verdict, two URL
# parses, is kept. What is kept must be what would be judged, and what is kept is bounded.


@pytest.mark.parametrize(
    ("origin", "host"),
    [
        ("https://kakurega.example", "kakurega.example"),
        ("http://kakurega.example:8443", "kakurega.example"),
        ("https://evil.example", "kakurega.example"),
        ("http://[::1", "kakurega.example"),
        ("http://kakurega.example:abc", "kakurega.example"),
        ("http://someone@kakurega.example", "kakurega.example"),
        ("https://kakurega.example", "kakurega.example/x"),
        ("http://[::1]:8000", "[::1]:8000"),
        ("null", "kakurega.example"),
        ("http://", ""),
    ],
)
def test_a_kept_verdict_is_the_one_judged(origin: str, host: str) -> None:
    from world import origin as module

    module.forget_verdicts()
    judged = module._names_host(origin, host)
    assert module.origin_names_host(origin, host) is judged  # judged, then kept
    assert module._kept_verdict.cache_info().currsize == 1
    assert module.origin_names_host(origin, host) is judged  # from what was kept
    assert same_origin({"origin": origin, "host": host}) is judged


def test_kept_verdicts_are_bounded() -> None:
    from world import origin as module

    module.forget_verdicts()
    for n in range(3 * module.KEPT_MOST):
        assert module.origin_names_host(f"https://site{n}.example", "kakurega.example") is False
    assert module._kept_verdict.cache_info().currsize == module.KEPT_MOST
    long_origin = "https://" + "a" * module.KEPT_LONGEST + ".example"
    module.forget_verdicts()
    assert module.origin_names_host(long_origin, long_origin[8:]) is True
    assert module._kept_verdict.cache_info().currsize == 0  # judged afresh each time


def test_kept_verdicts_agree_with_judging_afresh() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from world import origin as module

    piece = st.sampled_from(
        [
            "http://",
            "https://",
            "ftp://",
            "kakurega.example",
            "evil.example",
            ":8443",
            ":abc",
            ":99999",
            "/",
            "?x",
            "#x",
            "@",
            "[",
            "]",
            "::1",
            "null",
            "",
            "\u202e",
            "\u0661",
        ]
    )
    text = st.lists(piece, max_size=5).map("".join)

    @settings(max_examples=400, deadline=None)
    @given(origin=text, host=text)
    def check(origin: str, host: str) -> None:
        judged = module._names_host(origin, host)
        assert module.origin_names_host(origin, host) is judged
        assert module.origin_names_host(origin, host) is judged

    module.forget_verdicts()
    check()
