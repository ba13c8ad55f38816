"""Everything ``/metrics`` serves: the hub's counters, the process, the build, the robot, the queue."""

from __future__ import annotations

import platform
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, ProcessCollector, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from world.metrics import HubCollector, with_samples


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"


BUILD = {
    "version": _version("kakurega"),
    "python": platform.python_version(),
    "uvicorn": _version("uvicorn"),
    "redis": _version("redis"),
}


CGROUP_MEMORY_LIMITS = (
    Path("/sys/fs/cgroup/memory.max"),  # cgroup v2
    Path("/sys/fs/cgroup/memory/memory.limit_in_bytes"),  # v1
)


def memory_limit(paths: tuple[Path, ...] = CGROUP_MEMORY_LIMITS) -> int | None:
    """The container's memory limit from its cgroup (v2, else v1); None when there is none."""
    for path in paths:
        try:
            raw = path.read_text().strip()
        except OSError:
            continue
        if raw.isdigit() and int(raw) < 2**60:  # v1 says "no limit" with a huge number, v2 with "max"
            return int(raw)
        return None
    return None


MEMORY_LIMIT = memory_limit()


class AppCollector(Collector):
    """The build, the robot's aggregate counters and the age of the oldest post waiting for staff."""

    def __init__(self, robot: Any, oldest_waiting_seconds: float | None) -> None:
        self.robot = robot
        self.oldest_waiting_seconds = oldest_waiting_seconds

    def collect(self) -> Iterator[CounterMetricFamily | GaugeMetricFamily]:
        build = GaugeMetricFamily("kakurega_build_info", "The running build.", labels=list(BUILD))
        build.add_metric(list(BUILD.values()), 1)
        yield build
        if MEMORY_LIMIT is not None:
            yield GaugeMetricFamily(
                "kakurega_memory_limit_bytes",
                "The container's memory limit (cgroup), to set RSS against.",
                value=MEMORY_LIMIT,
            )
        yield GaugeMetricFamily(
            "kakurega_posts_oldest_waiting_seconds",
            "Age of the oldest post waiting for staff (0 when none waits; to the minute).",
            value=self.oldest_waiting_seconds or 0.0,
        )
        yield from self._robot()

    def _robot(self) -> Iterator[CounterMetricFamily]:
        counts = self.robot.snapshot() if self.robot is not None else {}
        yield CounterMetricFamily(
            "kakurega_robot_messages", "Messages the robot answered.", value=counts.get("messages", 0)
        )
        yield with_samples(
            CounterMetricFamily(
                "kakurega_robot_levels", "Messages by assessed risk level.", labels=["level"]
            ),
            counts.get("levels", {}),
        )
        yield CounterMetricFamily(
            "kakurega_robot_cards", "Replies that carried the hotline card.", value=counts.get("cards", 0)
        )
        yield CounterMetricFamily(
            "kakurega_robot_screened",
            "Engine replies the output screen threw away.",
            value=counts.get("screened", 0),
        )
        yield CounterMetricFamily(
            "kakurega_robot_fallbacks",
            "Turns the embedded listener answered because the engine failed.",
            value=counts.get("fallbacks", 0),
        )
        yield with_samples(
            CounterMetricFamily(
                "kakurega_robot_refused", "Robot requests refused before any engine ran.", labels=["reason"]
            ),
            counts.get("refused", {}),
        )
        engine = CounterMetricFamily(
            "kakurega_robot_engine_replies",
            "Chat engine outcomes (ok, timeout, error); none with the embedded robot.",
            labels=["outcome"],
        )
        for outcome in ("ok", "timeout", "error"):
            engine.add_metric([outcome], counts.get("engine", {}).get(outcome, 0))
        yield engine


async def render_app_metrics(state: Any) -> bytes:
    """The text exposition for the app whose ``state`` holds the hub, the posts and the robot."""
    oldest = None
    posts = getattr(state, "posts", None)
    if posts is not None:
        oldest = await posts.oldest_waiting_seconds()
    registry = CollectorRegistry(auto_describe=False)
    registry.register(HubCollector(state.hub))
    registry.register(AppCollector(getattr(state, "robot", None), oldest))
    ProcessCollector(namespace="", registry=registry)
    return generate_latest(registry)
