"""The robot's rate limit: per visitor and per instance, in memory, without keeping addresses."""

from __future__ import annotations

from rooms.robot.limits import RobotLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_each_visitor_has_a_burst_then_waits() -> None:
    clock = Clock()
    limiter = RobotLimiter(rate=0.5, burst=3, total_rate=100, total_burst=100, clock=clock)
    assert [limiter.allow("10.0.0.1") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("10.0.0.2")  # someone else is not slowed down
    clock.now += 2.0  # 0.5 a second: one more after two seconds
    assert limiter.allow("10.0.0.1")
    assert not limiter.allow("10.0.0.1")
    assert limiter.retry_after() == 2


def test_the_instance_has_its_own_ceiling() -> None:
    limiter = RobotLimiter(rate=10, burst=10, total_rate=0.1, total_burst=2, clock=Clock())
    assert [limiter.allow(f"10.0.0.{i}") for i in range(3)] == [True, True, False]


def test_addresses_are_not_kept_and_the_table_is_bounded() -> None:
    limiter = RobotLimiter(rate=1, burst=1, total_rate=1000, total_burst=1000, capacity=8, clock=Clock())
    for i in range(20):
        limiter.allow(f"192.0.2.{i}")
    keys = list(limiter._buckets)
    assert len(keys) == 8
    assert all(b"192.0.2" not in key and len(key) == 12 for key in keys)
    # Two limiters (two processes) do not agree on a tag: it cannot be looked up elsewhere.
    other = RobotLimiter(rate=1, burst=1, total_rate=1000, total_burst=1000, clock=Clock())
    other.allow("192.0.2.19")
    assert next(iter(other._buckets)) != keys[-1]
