"""A private redis-server for scale-out runs, and what it costs per instance."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from typing import Any

import redis

from loadtest.target import free_port, pin


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
            [
                executable,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self.directory,
            ],
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
    commands: int
    bytes_in: int
    bytes_out: int


class RedisMeter:
    def __init__(self, port: int) -> None:
        self.client = redis.Redis(port=port, socket_timeout=2)

    def read(self) -> RedisStats:
        info = self.client.info("stats")
        return RedisStats(
            int(info["total_commands_processed"]),
            int(info["total_net_input_bytes"]),
            int(info["total_net_output_bytes"]),
        )

    @staticmethod
    def rates(before: RedisStats, after: RedisStats, seconds: float, instances: int) -> dict[str, Any]:
        commands = (after.commands - before.commands) / seconds
        bytes_in = (after.bytes_in - before.bytes_in) / seconds
        bytes_out = (after.bytes_out - before.bytes_out) / seconds
        return {
            "instances": instances,
            "commands_per_s": round(commands, 1),
            "commands_per_s_per_instance": round(commands / instances, 1),
            "bytes_in_per_s": round(bytes_in),
            "bytes_out_per_s": round(bytes_out),
            "bytes_per_s_per_instance": round((bytes_in + bytes_out) / instances),
        }
