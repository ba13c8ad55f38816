"""Real ``redis-server`` processes for tests: one on a free port, or a 3-master cluster."""

from __future__ import annotations

import contextlib
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import redis

from loadtest.redis_meter import redis_server_command
from tests.support.servers import free_port

CLUSTER_BUS_OFFSET = 10000  # a cluster node also listens on its port + 10000


def free_cluster_port() -> int:
    """A free port whose cluster-bus twin (port + 10000) is free and valid too."""
    import random
    import socket

    for _ in range(200):
        port = random.randint(20000, 30000)
        try:
            with socket.socket() as a, socket.socket() as b:
                a.bind(("127.0.0.1", port))
                b.bind(("127.0.0.1", port + CLUSTER_BUS_OFFSET))
        except OSError:
            continue
        return port
    raise RuntimeError("no free port pair for a cluster node")


# What several instances on one test machine share besides Redis: one SQLite file (allowed
# explicitly: the server refuses SQLite with Redis otherwise) and one staff secret.
ONE_HOST = {"KAKUREGA_SQLITE_WITH_REDIS": "1", "KAKUREGA_SECRET_KEY": "one-secret-for-every-test-instance"}

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
REDIS_CLI = shutil.which("redis-cli") or "/usr/bin/redis-cli"


def _wait(condition: Callable[[], bool], what: str, timeout: float = 30.0, step: float = 0.1) -> None:
    """Until ``condition`` holds, a Redis error counting as not yet (the server may be starting)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(redis.RedisError):
            if condition():
                return
        time.sleep(step)
    raise RuntimeError(f"{what} did not happen in {timeout} s")


class RedisProcess:
    """One redis-server that keeps nothing on disk; it can be stopped and started on the same port."""

    def __init__(self, port: int | None = None, *extra: str) -> None:
        self.port = port or free_port()
        self.extra = extra
        self.directory = Path(tempfile.mkdtemp(prefix="kakurega-redis-"))
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis(port=self.port, socket_timeout=2)

    def start(self) -> RedisProcess:
        self.process = subprocess.Popen(
            redis_server_command(REDIS_SERVER, self.port, self.directory, *self.extra),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait(lambda: bool(self.client().ping()), "redis-server answering", timeout=10, step=0.05)
        return self

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(10)
        self.process = None

    def kill(self) -> None:
        self.stop(signal.SIGKILL)


@contextlib.contextmanager
def running_redis() -> Iterator[RedisProcess]:
    server = RedisProcess().start()
    try:
        yield server
    finally:
        server.kill()
        shutil.rmtree(server.directory, ignore_errors=True)


@contextlib.contextmanager
def running_redis_cluster(masters: int = 3) -> Iterator[list[RedisProcess]]:
    nodes = [
        RedisProcess(
            free_cluster_port(),
            "--cluster-enabled",
            "yes",
            "--cluster-config-file",
            "nodes.conf",
            "--cluster-node-timeout",
            "2000",
        )
        for _ in range(masters)
    ]
    try:
        for node in nodes:
            node.start()
        subprocess.run(
            [
                REDIS_CLI,
                "--cluster",
                "create",
                *(f"127.0.0.1:{n.port}" for n in nodes),
                "--cluster-replicas",
                "0",
                "--cluster-yes",
            ],
            check=True,
            capture_output=True,
            timeout=30,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            info = nodes[0].client().execute_command("CLUSTER", "INFO")
            text = info.decode() if isinstance(info, bytes) else str(info)
            if "cluster_state:ok" in text:
                break
            time.sleep(0.1)
        else:
            raise RuntimeError("the cluster never became ok")
        yield nodes
    finally:
        for node in nodes:
            node.kill()
            shutil.rmtree(node.directory, ignore_errors=True)


SENTINEL_SERVICE = "kakurega"


class SentinelProcess:
    """``redis-server --sentinel`` watching one master; it rewrites its own config file."""

    def __init__(self, master_port: int, quorum: int) -> None:
        self.port = free_port()
        self.directory = Path(tempfile.mkdtemp(prefix="kakurega-sentinel-"))
        self.config = self.directory / "sentinel.conf"
        self.config.write_text(
            f"port {self.port}\n"
            "bind 127.0.0.1\n"
            f"dir {self.directory}\n"
            f"sentinel monitor {SENTINEL_SERVICE} 127.0.0.1 {master_port} {quorum}\n"
            f"sentinel down-after-milliseconds {SENTINEL_SERVICE} 1000\n"
            f"sentinel failover-timeout {SENTINEL_SERVICE} 5000\n"
            f"sentinel parallel-syncs {SENTINEL_SERVICE} 1\n"
        )
        self.process: subprocess.Popen[bytes] | None = None

    def client(self) -> redis.Redis:
        return redis.Redis(port=self.port, socket_timeout=2)

    def start(self) -> SentinelProcess:
        self.process = subprocess.Popen(
            [REDIS_SERVER, str(self.config), "--sentinel"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait(lambda: bool(self.client().ping()), "redis-server --sentinel answering", timeout=10, step=0.05)
        return self

    def master_port(self) -> int:
        _, port = self.client().execute_command("SENTINEL", "GET-MASTER-ADDR-BY-NAME", SENTINEL_SERVICE)
        return int(port)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


@dataclass
class SentinelSetup:
    master: RedisProcess
    replica: RedisProcess
    sentinels: list[SentinelProcess]

    @property
    def url(self) -> str:
        hosts = ",".join(f"127.0.0.1:{s.port}" for s in self.sentinels)
        return f"redis+sentinel://{hosts}/{SENTINEL_SERVICE}/0"


@contextlib.contextmanager
def running_redis_sentinel(sentinels: int = 3) -> Iterator[SentinelSetup]:
    """A master, one replica of it, and ``sentinels`` Sentinels (quorum: a majority) watching them."""
    master = RedisProcess(None, "--repl-diskless-sync-delay", "0")
    replica = RedisProcess(None, "--replicaof", "127.0.0.1", str(master.port))
    watchers = [SentinelProcess(master.port, quorum=sentinels // 2 + 1) for _ in range(sentinels)]
    try:
        master.start()
        replica.start()
        _wait(
            lambda: replica.client().info("replication")["master_link_status"] == "up",
            "the replica's first sync",
        )
        for watcher in watchers:
            watcher.start()
        # Sentinels learn the replica from the master's INFO and each other from hello messages.
        _wait(
            lambda: all(
                len(w.client().execute_command("SENTINEL", "REPLICAS", SENTINEL_SERVICE)) == 1
                and len(w.client().execute_command("SENTINEL", "SENTINELS", SENTINEL_SERVICE))
                == sentinels - 1
                for w in watchers
            ),
            "the Sentinels finding the replica and each other",
        )
        yield SentinelSetup(master, replica, watchers)
    finally:
        for watcher in watchers:
            watcher.kill()
            shutil.rmtree(watcher.directory, ignore_errors=True)
        for node in (master, replica):
            node.kill()
            shutil.rmtree(node.directory, ignore_errors=True)
