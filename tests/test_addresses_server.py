"""Per-address limits against a real ``kakurega serve``: a school behind one address gets in.

The server believes ``X-Forwarded-For`` from 127.0.0.1 (``KAKUREGA_FORWARDED_ALLOW_IPS``'s
default), so these tests can arrive from any address, IPv6 included.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from tests.support.servers import running_server
from tests.support.visitors import Visitor, ordinary_name

pytestmark = pytest.mark.integration


async def arrive_from(url: str, address: str | None, name: str) -> Visitor:
    headers = {"X-Forwarded-For": address} if address else {}
    visitor = await Visitor.connect(url, additional_headers=headers)
    await visitor.hello(name, room="hoshi")
    await visitor.wait_for(lambda f: f["t"] == "room")
    return visitor


async def refused_from(url: str, address: str | None) -> dict[str, Any]:
    headers = {"X-Forwarded-For": address} if address else {}
    visitor = await Visitor.connect(url, additional_headers=headers)
    bye, code = await visitor.closed()
    assert bye is not None and bye["reason"] == "full" and code == 4005, (bye, code)
    return bye


def test_a_hundred_pupils_on_one_address_are_all_placed_with_the_defaults() -> None:
    with running_server() as server:

        async def scenario() -> None:
            pupils = await asyncio.gather(
                *(Visitor.arrive(server.ws_url, ordinary_name(i), room="asobi") for i in range(100))
            )
            assert all(p.place is not None and p.place[0] == "asobi" for p in pupils)
            await asyncio.gather(*(p.close() for p in pupils))

        asyncio.run(scenario())


def test_one_address_gets_a_handshake_rate_and_is_told_when_to_come_back() -> None:
    # Slow rates, so that a busy test machine cannot refill a token between two attempts.
    env = {"KAKUREGA_ADDRESS_HANDSHAKES_BURST": "3", "KAKUREGA_ADDRESS_HANDSHAKES_PER_SECOND": "0.5"}
    with running_server(env) as server:

        async def scenario() -> None:
            school = "198.51.100.7"
            first = [await arrive_from(server.ws_url, school, ordinary_name(i)) for i in range(3)]
            bye = await refused_from(server.ws_url, school)
            assert 250 <= bye["retry_ms"] <= 30_000
            # Another address is untouched, and the refused one gets in when told to come back.
            other = await arrive_from(server.ws_url, "198.51.100.8", "ほか")
            await asyncio.sleep(bye["retry_ms"] / 1000)
            late = await arrive_from(server.ws_url, school, "あとから")
            for visitor in [*first, other, late]:
                await visitor.close()

        asyncio.run(scenario())


def test_ipv6_visitors_count_per_64() -> None:
    with running_server({"KAKUREGA_MAX_PER_ADDRESS": "2"}) as server:

        async def scenario() -> None:
            home = [await arrive_from(server.ws_url, f"2001:db8:7:1::{i}", ordinary_name(i)) for i in (1, 2)]
            bye = await refused_from(server.ws_url, "2001:db8:7:1:ffff::3")
            assert bye["retry_ms"] >= 5000
            neighbour = await arrive_from(server.ws_url, "2001:db8:7:2::1", "となり")
            for visitor in [*home, neighbour]:
                await visitor.close()

        asyncio.run(scenario())


def test_a_known_school_network_gets_its_multiple() -> None:
    env = {"KAKUREGA_MAX_PER_ADDRESS": "1", "KAKUREGA_SHARED_NETWORKS": "203.0.113.0/24=3"}
    with running_server(env) as server:

        async def scenario() -> None:
            school = [await arrive_from(server.ws_url, "203.0.113.5", ordinary_name(i)) for i in range(3)]
            await refused_from(server.ws_url, "203.0.113.5")
            home = await arrive_from(server.ws_url, "192.0.2.5", "いえ")
            await refused_from(server.ws_url, "192.0.2.5")
            for visitor in [*school, home]:
                await visitor.close()

        asyncio.run(scenario())


def test_the_instance_admits_handshakes_at_its_rate_and_spreads_the_rest() -> None:
    import urllib.request

    from tests.support.servers import free_port

    metrics_port = free_port()
    env = {
        "KAKUREGA_HANDSHAKES_BURST": "4",
        "KAKUREGA_HANDSHAKES_PER_SECOND": "0.5",  # slow: no token refills between two attempts
        "KAKUREGA_METRICS_PORT": str(metrics_port),
    }
    with running_server(env) as server:

        async def scenario() -> None:
            admitted = [
                await arrive_from(server.ws_url, f"192.0.2.{i}", ordinary_name(i)) for i in range(1, 5)
            ]
            waits = [(await refused_from(server.ws_url, f"192.0.2.{i}"))["retry_ms"] for i in range(10, 16)]
            assert all(250 <= w <= 30_000 for w in waits)
            assert max(waits) - min(waits) >= 500, f"the refused are spread out: {waits}"
            started = time.monotonic()
            await asyncio.sleep(min(waits) / 1000)
            again = await arrive_from(server.ws_url, "192.0.2.10", "また")
            assert time.monotonic() - started >= min(waits) / 1000
            for visitor in [*admitted, again]:
                await visitor.close()

        asyncio.run(scenario())
        with urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=5) as response:
            metrics = response.read().decode()
        assert 'kakurega_connections_full_total{why="pod_rate"} 6.0' in metrics


def test_a_class_behind_one_address_can_all_post_and_talk_to_the_robot(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import httpx

    env = {"KAKUREGA_DATABASE_URL": f"sqlite:///{tmp_path / 'class.db'}"}
    with running_server(env) as server:
        school = {"X-Forwarded-For": "203.0.113.50"}
        for pupil in range(50):
            with httpx.Client(base_url=server.base_url, headers=school) as browser:
                sent = browser.post("/api/posts", json={"room": "kabe", "body": f"きょうは つかれた {pupil}"})
                assert sent.status_code == 202, (pupil, sent.text)
                assert browser.cookies.get("kakurega_b"), "the browser got its token"
                if pupil < 30:
                    talked = browser.post("/api/robot", json={"message": "ねむい", "history": []})
                    assert talked.status_code == 200, (pupil, talked.text)
                if pupil == 49:
                    # One browser, keeping its token, meets its own limit (three at once).
                    codes = [browser.post("/api/posts", json={"room": "kabe", "body": "また"}).status_code]
                    codes += [browser.post("/api/posts", json={"room": "kabe", "body": "また"}).status_code]
                    codes += [browser.post("/api/posts", json={"room": "kabe", "body": "また"}).status_code]
                    assert codes == [202, 202, 429]
        # A flood that drops its token each time meets the address backstop.
        with httpx.Client(base_url=server.base_url, headers={"X-Forwarded-For": "198.51.100.66"}) as flood:
            codes = []
            started = time.monotonic()
            for _ in range(70):
                flood.cookies.clear()
                codes.append(flood.post("/api/posts", json={"room": "kabe", "body": "あ"}).status_code)
            # 60 at once, then 20 a minute: a slow machine may have refilled a few meanwhile.
            refilled = int((time.monotonic() - started) * 20 / 60) + 1
            assert 60 <= codes.count(202) <= 60 + refilled and codes.count(429) >= 10 - refilled
