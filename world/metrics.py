"""Prometheus metrics for ``/metrics``, read from the hub's plain counters at scrape time.

Labels are only rooms, bye reasons and broker operations: never anything that
tells one visitor from another.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TypeVar

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from prometheus_client.registry import Collector

from world.hub import Hub
from world.send_now import CLOSED_HERE
from world.stats import TICK_BUCKETS

_Labelled = TypeVar("_Labelled", CounterMetricFamily, GaugeMetricFamily)


def with_samples(metric: _Labelled, counts: Mapping[str, float] | Iterable[tuple[str, float]]) -> _Labelled:
    """``metric``, a family of one label, with a sample for each value of it in ``counts`` (in
    their order)."""
    for value, count in counts.items() if isinstance(counts, Mapping) else counts:
        metric.add_metric([value], count)
    return metric


class HubCollector(Collector):
    def __init__(self, hub: Hub) -> None:
        self.hub = hub

    def collect(self) -> Iterator[CounterMetricFamily | GaugeMetricFamily | HistogramMetricFamily]:
        hub, stats = self.hub, self.hub.stats
        yield GaugeMetricFamily(
            "kakurega_connections",
            "Open connections (WebSocket and long-polling) on this instance.",
            value=hub.connection_count,
        )
        yield with_samples(
            GaugeMetricFamily("kakurega_avatars", "Avatars in each room on this instance.", labels=["room"]),
            hub.world.local_counts(),
        )
        everyone = GaugeMetricFamily(
            "kakurega_room_visitors",
            "People in each room on every instance, as last counted (the same on every pod: max by room).",
            labels=["room", "scope"],
        )
        for room, count in hub.counts.rooms.items():
            everyone.add_metric([room, hub.counts.scope], count)
        yield everyone
        yield GaugeMetricFamily(
            "kakurega_max_connections",
            "KAKUREGA_MAX_CONNECTIONS: open connections this instance accepts.",
            value=hub.limits.max_connections,
        )
        yield GaugeMetricFamily("kakurega_draining", "1 while this instance drains.", value=int(hub.draining))
        yield GaugeMetricFamily(
            "kakurega_broker_reachable", "1 while the broker is reachable.", value=int(hub.broker.reachable)
        )
        yield CounterMetricFamily(
            "kakurega_connections_accepted", "Connections accepted.", value=stats.accepted
        )
        yield with_samples(
            CounterMetricFamily(
                "kakurega_connections_refused", "Connections refused before their hello.", labels=["reason"]
            ),
            stats.refused,
        )
        yield with_samples(
            CounterMetricFamily(
                "kakurega_connections_full",
                "Connections refused as full, by which limit (world/address.py).",
                labels=["why"],
            ),
            stats.full,
        )
        yield CounterMetricFamily(
            "kakurega_name_passes",
            "Hellos whose name was accepted by its pass (world/name_pass.py), without the name policy.",
            value=hub.shared.names_passed,
        )
        yield CounterMetricFamily(
            "kakurega_frames_in", "Frames received from visitors.", value=stats.frames_in
        )
        yield CounterMetricFamily("kakurega_frames_out", "Frames sent to visitors.", value=stats.frames_out)
        yield CounterMetricFamily(
            "kakurega_sent_bytes", "Bytes of frames sent to visitors.", value=stats.bytes_out, unit="bytes"
        )
        yield CounterMetricFamily(
            "kakurega_send_queue_drops",
            "Deltas dropped because a visitor's send queue was full.",
            value=stats.queue_drops,
        )
        yield CounterMetricFamily(
            "kakurega_snapshots_resent",
            "Fresh snapshots sent to visitors who fell behind.",
            value=stats.snapshots_resent,
        )
        yield with_samples(
            CounterMetricFamily(
                "kakurega_closes", "Connections the server closed, by bye reason.", labels=["reason"]
            ),
            stats.closes,
        )
        yield with_samples(
            CounterMetricFamily(
                "kakurega_websocket_layer_closes",
                "Connections the WebSocket layer closed below the hub, by close code (1008: control frames "
                "past the frame budget; 1007: a text frame not UTF-8).",
                labels=["code"],
            ),
            ((str(int(code)), count) for code, count in sorted(CLOSED_HERE.items())),
        )
        buckets: list[tuple[str, float]] = []
        running = 0
        for bound, count in zip([*map(str, TICK_BUCKETS), "+Inf"], stats.tick_buckets, strict=True):
            running += count
            buckets.append((bound, running))
        yield HistogramMetricFamily(
            "kakurega_tick_duration_seconds",
            "Time to flush the changed nooks of one tick part (KAKUREGA_TICK_PARTS per tick).",
            buckets=buckets,
            sum_value=stats.tick_seconds,
        )
        pace = hub.pace
        yield GaugeMetricFamily(
            "kakurega_tick_interval_seconds",
            "The tick now: KAKUREGA_TICK_MS, stretched up to KAKUREGA_TICK_MAX_MS under load.",
            value=pace.interval_ms / 1000,
        )
        yield GaugeMetricFamily(
            "kakurega_tick_at_maximum",
            "1 while the tick is stretched as far as KAKUREGA_TICK_MAX_MS lets it (0 if it cannot stretch).",
            value=int(pace.at_maximum),
        )
        yield CounterMetricFamily(
            "kakurega_tick_interval_changes",
            "Times the tick stretched or came back (world/tick_pace.py).",
            value=pace.changes,
        )
        yield GaugeMetricFamily(
            "kakurega_tick_work_ratio",
            "CPU the ticks' flushes took per second, over the last second: stretches past 0.45.",
            value=pace.last.work_share,
        )
        yield GaugeMetricFamily(
            "kakurega_event_loop_lag_seconds",
            "How late tick parts started, on average, over the last second: stretches past 0.02.",
            value=pace.last.lag_s,
        )
        yield with_samples(
            CounterMetricFamily(
                "kakurega_broker_operations",
                "Broker publishes, deliveries received, reconnects and errors.",
                labels=["operation"],
            ),
            hub.broker.stats,
        )
