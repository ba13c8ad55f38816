"""The name pass over real servers: a welcome's pass brings the name back without the policy, over a
WebSocket and long-polling, on another instance sharing the secret through a real redis-server,
and nowhere else (world/name_pass.py, docs/protocol.md "The name pass")."""

from __future__ import annotations

import asyncio
import signal
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.redis_servers import ONE_HOST, RedisProcess
from tests.support.servers import ServerProcess, free_port, running_server
from tests.support.visitors import LOOK, PollVisitor, Visitor
from world.name_pass import NamePass, pass_key, policy_fingerprint

pytestmark = pytest.mark.integration

SECRET = "a-secret-only-this-module-uses"


def run(coroutine: object) -> Any:
    return asyncio.run(coroutine)  # type: ignore[arg-type]


class Metered:
    """A server and its metrics port: ``kakurega_name_passes_total`` tells a pass taken from a check."""

    def __init__(self, env: dict[str, str]) -> None:
        self.metrics_port = free_port()
        self.server = ServerProcess({**env, "KAKUREGA_METRICS_PORT": str(self.metrics_port)})

    def passes(self) -> float:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}/metrics", timeout=5) as response:
            for line in response.read().decode().splitlines():
                if line.startswith("kakurega_name_passes_total "):
                    return float(line.split()[1])
        raise AssertionError("no kakurega_name_passes_total in /metrics")


@pytest.fixture(scope="module")
def alone() -> Iterator[Metered]:
    metered = Metered({"KAKUREGA_SECRET_KEY": SECRET, "KAKUREGA_COUNTS_MS": "300"})
    with running_server(metered.server.env) as server:
        metered.server = server
        yield metered


def hello(name: str, name_pass: object = None, room: str = "hoshi") -> dict[str, Any]:
    message: dict[str, Any] = {"t": "hello", "v": 1, "name": name, "look": LOOK, "room": room}
    if name_pass is not None:
        message["pass"] = name_pass
    return message


async def arrive(kind: type[Visitor], url: str, name: str, name_pass: object = None) -> tuple[Visitor, dict]:
    """Connect, say hello (with ``name_pass`` if given), and return the visitor and its answer."""
    visitor = await kind.connect(url)
    await visitor.send(hello(name, name_pass))
    answer = await visitor.wait_for(lambda f: f["t"] in ("welcome", "name_refused"))
    if answer["t"] == "welcome":
        await visitor.wait_for(lambda f: f["t"] == "room")
    return visitor, answer


def test_a_welcome_carries_the_pass_the_secret_and_the_trees_rules_make(alone: Metered) -> None:
    async def scenario() -> dict:
        visitor, welcome = await arrive(Visitor, alone.server.ws_url, "かえで")
        await visitor.close()
        return welcome

    welcome = run(scenario())
    assert welcome["t"] == "welcome" and welcome["name"] == "かえで"
    # Made from KAKUREGA_SECRET_KEY and this tree's rules, as any instance of it makes it.
    assert welcome["pass"] == NamePass(pass_key(SECRET), policy_fingerprint()).issue("かえで")


def test_a_reconnect_with_the_pass_is_welcomed_without_the_policy(alone: Metered) -> None:
    async def scenario() -> None:
        first, welcome = await arrive(Visitor, alone.server.ws_url, "みずき")
        await first.close()
        before = alone.passes()
        again, rewelcome = await arrive(Visitor, alone.server.ws_url, "みずき", welcome["pass"])
        assert rewelcome["t"] == "welcome" and rewelcome["name"] == "みずき"
        assert rewelcome["pass"] == welcome["pass"]
        assert alone.passes() == before + 1, "the pass stood for the check"
        await again.close()

    run(scenario())


def test_a_polling_hello_takes_a_pass_too(alone: Metered) -> None:
    async def scenario() -> None:
        socket, welcome = await arrive(Visitor, alone.server.ws_url, "ぽぷら")
        await socket.close()
        before = alone.passes()
        polled, rewelcome = await arrive(PollVisitor, alone.server.base_url, "ぽぷら", welcome["pass"])
        assert rewelcome["t"] == "welcome" and rewelcome["pass"] == welcome["pass"]
        assert alone.passes() == before + 1
        await polled.close()

    run(scenario())


def test_a_harmful_name_with_a_good_names_pass_is_refused(alone: Metered) -> None:
    async def scenario() -> None:
        first, welcome = await arrive(Visitor, alone.server.ws_url, "つばさ")
        await first.close()
        before = alone.passes()
        for kind, url in ((Visitor, alone.server.ws_url), (PollVisitor, alone.server.base_url)):
            visitor, answer = await arrive(kind, url, "しね", welcome["pass"])
            assert answer["t"] == "name_refused" and "pass" not in answer
            await visitor.close()
        assert alone.passes() == before

    run(scenario())


@pytest.mark.parametrize(
    ("name", "name_pass"),
    [
        pytest.param("さくら\u200b", "of:さくら", id="one-zero-width-space-more"),
        pytest.param("ｻｸﾗ", "of:サクラ", id="nfkc-half-width"),
        pytest.param("さくら", "of:さくら-other-secret", id="another-secret"),
    ],
)
def test_a_pass_that_does_not_fit_the_name_is_read_as_no_pass(
    alone: Metered, name: str, name_pass: str
) -> None:
    accepted = name_pass.removeprefix("of:").removesuffix("-other-secret")
    key = pass_key("another secret" if name_pass.endswith("-other-secret") else SECRET)
    sent = NamePass(key, policy_fingerprint()).issue(accepted)

    async def scenario() -> None:
        before = alone.passes()
        visitor, answer = await arrive(Visitor, alone.server.ws_url, name, sent)
        assert answer["t"] == "welcome", "never refused because of the pass"
        assert answer["pass"] == NamePass(pass_key(SECRET), policy_fingerprint()).issue(answer["name"])
        assert alone.passes() == before, "the policy read it"
        await visitor.close()

    run(scenario())


@pytest.mark.parametrize(
    "name_pass",
    [
        pytest.param(12345, id="int"),
        pytest.param(b"vGI0VxMr_KEGusL-nRYBDXB7", id="bytes"),
        pytest.param("パスポート", id="unicode"),
        pytest.param("A" * 65, id="65-characters"),
    ],
)
def test_a_pass_of_another_shape_is_read_as_no_pass(alone: Metered, name_pass: object) -> None:
    async def scenario() -> None:
        before = alone.passes()
        visitor, answer = await arrive(Visitor, alone.server.ws_url, "そら", name_pass)
        assert answer["t"] == "welcome", "a pass never stops a child at the door"
        assert answer["pass"] == NamePass(pass_key(SECRET), policy_fingerprint()).issue("そら")
        assert alone.passes() == before, "the policy read the name"
        await visitor.close()

    run(scenario())


def test_a_ten_kilobyte_pass_closes_the_connection_as_any_frame_that_size(alone: Metered) -> None:
    async def scenario() -> None:
        visitor = await Visitor.connect(alone.server.ws_url)
        await visitor.send(hello("そら", "A" * 10_000))
        _, closed_code = await visitor.closed()
        assert closed_code == 1009

    run(scenario())


@pytest.fixture
def instances(redis_server: RedisProcess) -> Iterator[tuple[Metered, Metered, Metered]]:
    """Two instances sharing a secret through one redis-server, and a third with a secret of its own."""
    shared = {**ONE_HOST, "KAKUREGA_REDIS_URL": redis_server.url, "KAKUREGA_COUNTS_MS": "300"}
    trio = (Metered(shared), Metered(shared), Metered({**shared, "KAKUREGA_SECRET_KEY": "another secret"}))
    started: list[ServerProcess] = []
    try:
        for metered in trio:
            started.append(metered.server.start())
        yield trio
    finally:
        for server in started:
            server.stop(signal.SIGKILL)


def test_instances_sharing_a_secret_take_each_others_passes(
    instances: tuple[Metered, Metered, Metered],
) -> None:
    first, second, stranger = instances

    async def scenario() -> None:
        visitor, welcome = await arrive(Visitor, first.server.ws_url, "あおい")
        await visitor.close()  # the pod went away; the child comes back through another
        elsewhere, rewelcome = await arrive(Visitor, second.server.ws_url, "あおい", welcome["pass"])
        assert rewelcome["t"] == "welcome" and rewelcome["pass"] == welcome["pass"]
        assert (first.passes(), second.passes()) == (0, 1)
        await elsewhere.close()
        # Another secret: the pass does not verify there, the name is checked, and a pass of that
        # instance's own comes back.
        outside, answer = await arrive(Visitor, stranger.server.ws_url, "あおい", welcome["pass"])
        assert answer["t"] == "welcome" and answer["pass"] != welcome["pass"]
        assert stranger.passes() == 0
        await outside.close()

    run(scenario())
