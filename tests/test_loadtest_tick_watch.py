"""The swarm reads a spawned server's tick from the hub's own /metrics text."""

from __future__ import annotations

import random

from prometheus_client import CollectorRegistry, generate_latest

import safety
from loadtest.tick_watch import TickWatch, read_tick
from rooms.catalogue import room_shapes
from world.brokers.memory import MemoryBroker
from world.engine import World
from world.hub import Hub
from world.limits import Limits
from world.metrics import HubCollector


def metrics_text(hub: Hub) -> str:
    registry = CollectorRegistry()
    registry.register(HubCollector(hub))
    return generate_latest(registry).decode()


def test_the_tick_and_its_changes_are_read_from_the_metrics() -> None:
    now = [1000.0]
    hub = Hub(
        World(room_shapes(), rng=random.Random(1)),
        MemoryBroker(),
        Limits(tick_ms=100, tick_max_ms=200),
        check_name=safety.check_name,
        refusal_text=safety.refusal_message,
        clock=lambda: now[0],
    )
    assert read_tick(metrics_text(hub)) == (100.0, 0.0)
    for _ in range(41):  # a second of tick parts taking 80 % of a core: one step
        now[0] += 0.025
        hub.paced(now[0], 0.0, 0.02)
    assert read_tick(metrics_text(hub)) == (125.0, 1.0)


def test_a_server_without_a_pacing_tick_reads_as_nothing() -> None:
    assert read_tick("# HELP kakurega_connections …\nkakurega_connections 3.0\n") is None


def test_the_summary_spans_what_was_read() -> None:
    watch = TickWatch("http://127.0.0.1:9/metrics")
    assert watch.summary() is None
    watch.seen += [(100.0, 2.0), (150.0, 4.0), (125.0, 5.0)]
    assert watch.summary() == {"reads": 3, "min_ms": 100.0, "max_ms": 150.0, "last_ms": 125.0, "changes": 3}
