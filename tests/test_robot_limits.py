"""The robot's rate limit: per browser, per address, per instance, in memory, keeping no addresses."""

from __future__ import annotations

from rooms.robot.config import RobotConfig
from rooms.robot.limits import RobotLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_each_browser_has_a_burst_then_waits() -> None:
    clock = Clock()
    limiter = RobotLimiter(RobotConfig(rate=0.5, burst=3, total_rate=100, total_burst=100), clock=clock)
    assert [limiter.allow("browser-one", "10.0.0.1") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("browser-two", "10.0.0.1"), "another browser on the same address is not slowed"
    clock.now += 2.0  # 0.5 a second: one more after two seconds
    assert limiter.allow("browser-one", "10.0.0.1")
    assert not limiter.allow("browser-one", "10.0.0.1")
    assert limiter.retry_after() == 2


def test_a_class_on_one_address_can_all_talk_at_once() -> None:
    limiter = RobotLimiter(RobotConfig(), clock=Clock())
    assert all(limiter.allow(f"pupil-{i}", "203.0.113.9") for i in range(35))


def test_the_address_is_a_backstop_for_browsers_that_drop_their_token() -> None:
    limiter = RobotLimiter(RobotConfig(address_burst=5, total_burst=100), clock=Clock())
    assert [limiter.allow(f"fresh-{i}", "198.51.100.1") for i in range(6)] == [True] * 5 + [False]
    assert limiter.allow("fresh-x", "198.51.100.2")
    # An IPv6 /64 is one address.
    assert all(limiter.allow(f"v6-{i}", f"2001:db8::{i}") for i in range(1, 6))
    assert not limiter.allow("v6-9", "2001:db8::ffff")


def test_known_school_networks_get_their_multiple() -> None:
    config = RobotConfig(address_burst=2, total_burst=100, shared_networks=(("203.0.113.0/24", 5.0),))
    limiter = RobotLimiter(config, clock=Clock())
    assert sum(limiter.allow(f"pupil-{i}", "203.0.113.9") for i in range(20)) == 10
    assert sum(limiter.allow(f"home-{i}", "192.0.2.9") for i in range(20)) == 2


def test_the_instance_has_its_own_ceiling() -> None:
    limiter = RobotLimiter(RobotConfig(rate=10, burst=10, total_rate=0.1, total_burst=2), clock=Clock())
    assert [limiter.allow(f"b{i}", f"10.0.0.{i}") for i in range(3)] == [True, True, False]


def test_browsers_and_addresses_are_kept_only_as_keyed_hashes() -> None:
    limiter = RobotLimiter(RobotConfig(), clock=Clock())
    limiter.allow("a-browser-token-aaaaaaaaaa", "192.0.2.19")
    keys = [*limiter.guard.browsers._buckets, *limiter.guard.addresses._buckets]
    assert len(keys) == 2
    assert all(
        isinstance(k, bytes) and len(k) == 12 and b"192.0.2" not in k and b"token" not in k for k in keys
    )
    other = RobotLimiter(RobotConfig(), clock=Clock())
    other.allow("a-browser-token-aaaaaaaaaa", "192.0.2.19")
    assert not set(keys) & {*other.guard.browsers._buckets, *other.guard.addresses._buckets}
