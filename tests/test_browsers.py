"""The anonymous per-browser token and the flood guard built on it."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from rooms.browsers import BROWSER_COOKIE, FloodGuard, browser_token, keep_browser_token


def test_a_token_is_made_once_and_then_sent_back_by_the_browser() -> None:
    async def endpoint(request: Request) -> PlainTextResponse:
        token, fresh = browser_token(request)
        response = PlainTextResponse(f"{token} {fresh}")
        if fresh:
            keep_browser_token(request, response, token)
        return response

    with TestClient(Starlette(routes=[Route("/", endpoint)])) as client:
        first = client.get("/")
        token, fresh = first.text.split()
        assert fresh == "True" and len(token) >= 22
        cookie = first.headers["set-cookie"]
        assert (
            cookie.startswith(f"{BROWSER_COOKIE}=") and "HttpOnly" in cookie and "SameSite=strict" in cookie
        )
        assert "expires" not in cookie.lower() and "max-age" not in cookie.lower(), "gone with the browser"
        again = client.get("/")
        assert again.text == f"{token} False" and "set-cookie" not in again.headers
        client.cookies.set(BROWSER_COOKIE, "<script>")
        odd = client.get("/")
        assert odd.text.split()[1] == "True" and odd.text.split()[0] != "<script>"


def test_browsers_behind_one_address_each_get_their_own_limit() -> None:
    guard = FloodGuard(browser=(0.5, 3), address=(20, 60))
    assert all(guard.allow(f"pupil-{i}", "203.0.113.9", now=0.0) for i in range(50))
    assert [guard.allow("pupil-0", "203.0.113.9", now=0.0) for _ in range(3)] == [True, True, False]


def test_fresh_tokens_meet_the_address_first_and_do_not_fill_the_table() -> None:
    guard = FloodGuard(browser=(0.5, 3), address=(1, 5), max_keys=100)
    results = [guard.allow(f"made-up-{i}", "198.51.100.1", now=0.0) for i in range(1000)]
    assert sum(results) == 5
    assert len(guard.browsers) == 5, "refused fresh tokens leave nothing behind"


def test_no_token_and_no_address_still_works() -> None:
    guard = FloodGuard(browser=(0.5, 1), address=(1, 2))
    assert guard.allow(None, "192.0.2.1", now=0.0) and guard.allow(None, "192.0.2.1", now=0.0)
    assert not guard.allow(None, "192.0.2.1", now=0.0)
    assert guard.allow("t" * 22, None, now=0.0) and not guard.allow("t" * 22, None, now=0.0)


def test_browsers_and_addresses_are_forgotten_once_their_buckets_are_full_again() -> None:
    guard = FloodGuard(browser=(0.5, 3), address=(20, 60))
    for i in range(20):
        assert guard.allow(f"pupil-{i}", f"192.0.2.{i}", now=0.0)
    assert len(guard.browsers) == 20 and len(guard.addresses) == 20
    # Ten minutes on, every bucket is full again: the next request sweeps them away.
    assert guard.allow("later", "198.51.100.1", now=600.0)
    assert len(guard.browsers) == 1 and len(guard.addresses) == 1
