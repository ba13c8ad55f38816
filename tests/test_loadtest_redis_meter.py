"""The swarm's Redis meter reads a real redis-server's own counters."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from loadtest.redis_meter import RedisMeter
from tests.support.redis_servers import RedisProcess, running_redis


@pytest.fixture
def redis_server() -> Iterator[RedisProcess]:
    with running_redis() as server:
        yield server


def test_the_meter_counts_commands_bytes_and_subscribers_per_thousand_visitors(
    redis_server: RedisProcess,
) -> None:
    meter = RedisMeter(redis_server.port)
    listeners = [redis_server.client().pubsub() for _ in range(2)]
    for listener in listeners:
        listener.subscribe("kakurega:nook:hoshi:0")
    publisher = redis.Redis(port=redis_server.port)
    publisher.ping()  # its connection's handshake, before the window
    before = meter.read()
    for _ in range(10):
        publisher.publish("kakurega:nook:hoshi:0", b"x" * 40)
    publisher.hincrby("{kakurega}:places:hoshi", "0", 1)
    after = meter.read()
    rates = RedisMeter.rates(before, after, 2.0, 1, visitors=500, subscribers=meter.subscribers())
    assert rates["calls_per_s"] == {"publish": 5.0, "hincrby": 0.5}
    assert rates["per_1000_visitors"]["calls_per_s"] == {"publish": 10.0, "hincrby": 1.0}
    assert rates["per_1000_visitors"]["commands_per_s"] == 2 * rates["commands_per_s"]
    # Each publish went out to both subscribers: at least 2 × 10 × 40 bytes of payload.
    assert rates["bytes_out_per_s"] * 2 >= 2 * 10 * 40
    assert rates["nook_channels"] == 1 and rates["subscribers_per_nook"] == 2.0
    assert rates["cpu_percent_of_core"] >= 0
    for listener in listeners:
        listener.close()


def test_the_scripts_bench_fills_a_room_per_nook_and_times_each_script(redis_server: RedisProcess) -> None:
    from loadtest.redis_scripts import measure

    result = measure(redis_server.port, visitors=36_000, calls=20)
    assert result["instances"] == 5 and result["nooks_per_room"] == 36_000 // 9 // 40
    assert result["claim_and_release_usec"] > 0 and result["counts_usec"] > 0
    # The claims and releases left the places as they found them: 39 in every nook.
    places = redis_server.client().hvals("{kakurega}:places:hoshi")
    assert {int(count) for count in places} == {39}
