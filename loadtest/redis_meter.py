"""A private redis-server for scale-out runs, and what it costs per instance."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis

from loadtest.target import free_port, pin


def redis_server_command(executable: str, port: int, directory: str | Path, *extra: str) -> list[str]:
    """A redis-server on 127.0.0.1:``port`` that keeps nothing on disk (``directory`` is where
    it would write, a fresh one of its own)."""
    return [
        executable,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        str(directory),
        *extra,
    ]


class RedisProcess:
    """``with RedisProcess() as port:`` — a redis-server on a free port that keeps nothing on disk."""

    def __init__(self, cpu: int | None = 0) -> None:
        self.port = free_port()
        self.cpu = cpu
        self.directory = tempfile.mkdtemp(prefix="kakurega-swarm-redis-")
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> int:
        executable = shutil.which("redis-server") or "/usr/bin/redis-server"
        self.process = subprocess.Popen(
            redis_server_command(executable, self.port, self.directory),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        if self.cpu is not None:
            pin(self.process.pid, self.cpu)
        client = redis.Redis(port=self.port, socket_timeout=1)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if client.ping():
                    return self.port
            except redis.RedisError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.directory, ignore_errors=True)


@dataclass(frozen=True)
class RedisStats:
    """Redis's own counters (``INFO stats``, ``cpu``, ``commandstats``) at one moment."""

    commands: int  # total_commands_processed: the commands clients sent plus those scripts ran
    bytes_in: int
    bytes_out: int
    cpu_s: float = 0.0  # used_cpu_user + used_cpu_sys: the redis-server process's CPU time
    calls: dict[str, int] = field(default_factory=dict)  # calls per command (``cmdstat_*``)


class RedisMeter:
    def __init__(self, port: int) -> None:
        self.client = redis.Redis(port=port, socket_timeout=2)

    def read(self) -> RedisStats:
        info = self.client.info("stats")
        cpu = self.client.info("cpu")
        commandstats = self.client.info("commandstats")
        return RedisStats(
            int(info["total_commands_processed"]),
            int(info["total_net_input_bytes"]),
            int(info["total_net_output_bytes"]),
            float(cpu["used_cpu_user"]) + float(cpu["used_cpu_sys"]),
            {
                name.removeprefix("cmdstat_"): int(values["calls"])
                for name, values in commandstats.items()
                if isinstance(values, dict)
            },
        )

    def subscribers(self) -> dict[str, float]:
        """The nook channels now, and how many instances hear each (publishes × this ≈ deliveries)."""
        channels = self.client.pubsub_channels("kakurega:nook:*")
        counts = [count for _, count in self.client.pubsub_numsub(*channels)] if channels else []
        return {
            "nook_channels": len(counts),
            "subscribers_per_nook": round(sum(counts) / len(counts), 2) if counts else 0.0,
        }

    @staticmethod
    def rates(
        before: RedisStats,
        after: RedisStats,
        seconds: float,
        instances: int,
        visitors: float | None = None,
        subscribers: dict[str, float] | None = None,
    ) -> dict[str, Any]:
        commands = (after.commands - before.commands) / seconds
        bytes_in = (after.bytes_in - before.bytes_in) / seconds
        bytes_out = (after.bytes_out - before.bytes_out) / seconds
        summary: dict[str, Any] = {
            "instances": instances,
            "commands_per_s": round(commands, 1),
            "commands_per_s_per_instance": round(commands / instances, 1),
            "bytes_in_per_s": round(bytes_in),
            "bytes_out_per_s": round(bytes_out),
            "bytes_per_s_per_instance": round((bytes_in + bytes_out) / instances),
            "cpu_percent_of_core": round(100 * (after.cpu_s - before.cpu_s) / seconds, 1),
            # The measuring INFO calls are left out: they are the meter's, not Kakurega's.
            "calls_per_s": {
                name: round((after.calls.get(name, 0) - before.calls.get(name, 0)) / seconds, 1)
                for name in sorted(after.calls)
                if name != "info" and after.calls.get(name, 0) > before.calls.get(name, 0)
            },
            **(subscribers or {}),
        }
        if visitors:
            # Counts do not depend on how loaded the machine is: these are the figures to scale.
            thousands = visitors / 1000
            summary["visitors"] = round(visitors)
            summary["per_1000_visitors"] = {
                "commands_per_s": round(commands / thousands, 1),
                "bytes_in_per_s": round(bytes_in / thousands),
                "bytes_out_per_s": round(bytes_out / thousands),
                "cpu_percent_of_core": round(summary["cpu_percent_of_core"] / thousands, 2),
                "calls_per_s": {
                    name: round(rate / thousands, 1) for name, rate in summary["calls_per_s"].items()
                },
            }
        return summary
