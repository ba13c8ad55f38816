"""``kakurega serve --workers N``: real worker processes on one port, sharing nooks through a real Redis."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.redis_servers import ONE_HOST, RedisProcess, running_redis
from tests.support.servers import ServerProcess, free_port, run_kakurega
from tests.support.visitors import Visitor, ordinary_name

pytestmark = pytest.mark.integration


def free_port_pair() -> int:
    """A free port whose next one is free too: worker i serves metrics on the first + i."""
    for _ in range(100):
        port = free_port()
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no free pair of ports")


class Workers(ServerProcess):
    """``kakurega serve`` with ``KAKUREGA_WORKERS=2``: one supervisor, two workers, one port."""

    def __init__(self, env: dict[str, str]) -> None:
        self.metrics_port = free_port_pair()
        self.orphans: list[int] = []  # workers whose supervisor a test killed
        super().__init__({**env, "KAKUREGA_WORKERS": "2", "KAKUREGA_METRICS_PORT": str(self.metrics_port)})

    def metric(self, worker: int, name: str) -> float | None:
        """A worker's own metric, from its own metrics port; None while it is not serving."""
        try:
            url = f"http://127.0.0.1:{self.metrics_port + worker}/metrics"
            with urllib.request.urlopen(url, timeout=2) as response:
                text = response.read().decode()
        except OSError:
            return None
        for line in text.splitlines():
            if line.startswith(name + " "):
                return float(line.split()[1])
        return None

    def wait_until_serving(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(self.metric(w, "kakurega_connections") is not None for w in (0, 1)):
                return
            assert self.process is not None and self.process.poll() is None, self.log_text()
            time.sleep(0.2)
        raise TimeoutError(f"the workers did not both start:\n{self.log_text()}")

    def worker_pids(self) -> list[int]:
        """The workers' pids (the supervisor's children, multiprocessing's resource tracker left out)."""
        assert self.process is not None
        pids = []
        for task in Path(f"/proc/{self.process.pid}/task").iterdir():
            pids += [int(pid) for pid in (task / "children").read_text().split()]
        return [pid for pid in pids if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]


@pytest.fixture
def redis_server() -> Iterator[RedisProcess]:
    with running_redis() as server:
        yield server


@pytest.fixture
def workers(redis_server: RedisProcess, tmp_path: Path) -> Iterator[Workers]:
    env = {
        **ONE_HOST,
        "KAKUREGA_REDIS_URL": redis_server.url,
        "KAKUREGA_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'posts.db'}",
    }
    server = Workers(env)
    server.start(timeout=120)
    try:
        server.wait_until_serving()
        yield server
    finally:
        # Killed, the supervisor would leave its workers running: they go first.
        left = server.worker_pids() if server.process and server.process.poll() is None else []
        left += server.orphans
        for pid in left:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        server.stop(signal.SIGKILL)


async def one_on_each_worker(server: Workers, room: str) -> tuple[Visitor, Visitor, list[Visitor]]:
    """Visitors arrive until one is on worker 0 and one on worker 1 (the kernel picks, not the
    test); returns those two and everyone who arrived."""
    everyone: list[Visitor] = []
    held = [0, 0]  # visitors known to be on each worker
    on: dict[int, Visitor] = {}
    for index in range(24):  # all 24 on one worker: 2 × 2^-24
        visitor = await Visitor.arrive(server.ws_url, ordinary_name(index), room=room)
        everyone.append(visitor)
        counts = [server.metric(worker, "kakurega_connections") or 0 for worker in (0, 1)]
        worker = 0 if counts[0] > held[0] else 1
        held[worker] += 1
        on.setdefault(worker, visitor)
        if len(on) == 2:
            return on[0], on[1], everyone
    raise AssertionError("every visitor landed on the same worker")


def test_visitors_on_two_workers_share_a_nook_and_sigterm_drains_both(workers: Workers) -> None:
    async def scenario() -> None:
        first, second, everyone = await one_on_each_worker(workers, "hoshi")
        assert first.place == second.place == ("hoshi", 0)
        await second.walk(400, 600)
        await first.wait_for(lambda f: first.sees_at(second.you, 400, 600), timeout=5)
        await first.walk(120, 700)
        await second.wait_for(lambda f: second.sees_at(first.you, 120, 700), timeout=5)
        # SIGTERM to the supervisor: every worker drains its visitors, then everything stops.
        assert workers.process is not None
        workers.process.send_signal(signal.SIGTERM)
        for visitor in everyone:
            bye, code = await visitor.closed(timeout=20)
            assert bye is not None and bye["reason"] == "draining" and code == 1012

    asyncio.run(scenario())
    assert workers.process is not None
    assert workers.process.wait(30) == 0
    log = workers.log_text()
    assert log.count("drain started") == 2, log


def test_a_killed_worker_is_replaced_and_its_visitors_vanish_for_the_others(workers: Workers) -> None:
    async def scenario() -> None:
        first, second, _ = await one_on_each_worker(workers, "kabe")
        victims = workers.worker_pids()
        assert len(victims) == 2
        # Which pid is worker 0: the one whose metrics port goes silent when it is killed.
        os.kill(victims[0], signal.SIGKILL)
        deadline = time.monotonic() + 10
        while all(workers.metric(w, "kakurega_connections") is not None for w in (0, 1)):
            assert time.monotonic() < deadline, "no worker went silent"
            await asyncio.sleep(0.1)
        dead = 0 if workers.metric(0, "kakurega_connections") is None else 1
        survivor, lost = (second, first) if dead == 0 else (first, second)
        # The survivor's nook-mate on the dead worker vanishes (its instance stopped heart-beating).
        await survivor.wait_for(lambda f: lost.you not in survivor.nook, timeout=20)
        # The supervisor said so and started another worker in its place, serving on the same port.
        await asyncio.to_thread(workers.wait_until_serving)
        assert "died (exit code -9)" in workers.log_text()
        assert victims[0] not in workers.worker_pids() and len(workers.worker_pids()) == 2
        late = await Visitor.arrive(workers.ws_url, "おそい", room="kabe")
        assert survivor.you in late.nook

    asyncio.run(scenario())


def test_workers_drain_and_stop_when_the_supervisor_is_killed(workers: Workers) -> None:
    async def scenario() -> None:
        visitor = await Visitor.arrive(workers.ws_url, "そら", room="hoshi")
        pids = workers.orphans = workers.worker_pids()
        assert workers.process is not None
        workers.process.kill()  # SIGKILL: no chance to stop its workers itself
        bye, code = await visitor.closed(timeout=20)
        assert bye is not None and bye["reason"] == "draining" and code == 1012
        deadline = time.monotonic() + 30
        while any(running(pid) for pid in pids):
            assert time.monotonic() < deadline, "a worker outlived its supervisor"
            await asyncio.sleep(0.2)

    asyncio.run(scenario())


def running(pid: int) -> bool:
    try:
        return " Z " not in Path(f"/proc/{pid}/stat").read_text()  # a zombie has stopped
    except FileNotFoundError:
        return False


def test_posts_written_through_every_worker_land_in_one_sqlite_file(workers: Workers) -> None:
    # The kernel spreads these new connections over both workers; each writes to the one
    # WAL-mode file, and every receipt reads back through whichever worker answers.
    receipts = [post(workers.base_url, f"ふたりで かいた {i}") for i in range(12)]
    for receipt in receipts:
        assert ask(workers.base_url, receipt) == "waiting"


def post(base: str, body: str) -> str:
    request = urllib.request.Request(
        base + "/api/posts",
        json.dumps({"room": "kabe", "body": body}).encode(),
        {"content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return str(json.load(response)["receipt"])


def ask(base: str, receipt: str) -> str:
    request = urllib.request.Request(
        base + "/api/posts/receipts",
        json.dumps({"receipts": [receipt]}).encode(),
        {"content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return str(json.load(response)["receipts"][receipt])


def refusal(env: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    return run_kakurega("serve", "--port", str(free_port()), *arguments, env=env)


@pytest.mark.parametrize("broker", [None, "memory://shared"])
def test_workers_without_redis_are_refused_in_one_line(broker: str | None) -> None:
    env = {"KAKUREGA_BROKER_URL": broker} if broker else {}
    done = refusal(env, "--workers", "2")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "kakurega: --workers 2 needs Redis to share nooks between the processes: set "
        "KAKUREGA_REDIS_URL (redis://host:6379/0), or run one worker"
    ]


@pytest.mark.parametrize(
    "database", ["sqlite+aiosqlite:///:memory:", "sqlite://", "sqlite:///file:x?mode=memory&uri=true"]
)
def test_workers_on_an_in_memory_database_are_refused(database: str) -> None:
    # Each process would keep its own posts: staff would never see those the other worker took.
    env = {**ONE_HOST, "KAKUREGA_REDIS_URL": "redis://127.0.0.1:1/0", "KAKUREGA_DATABASE_URL": database}
    done = refusal(env, "--workers", "2")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "in-memory SQLite" in lines[0], lines


def test_workers_on_a_sqlite_file_need_it_said_out_loud(redis_server: RedisProcess, tmp_path: Path) -> None:
    env = {
        "KAKUREGA_REDIS_URL": redis_server.url,
        "KAKUREGA_SECRET_KEY": "s",
        "KAKUREGA_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
    }
    done = refusal(env, "--workers", "2")
    assert done.returncode == 2 and "KAKUREGA_SQLITE_WITH_REDIS=1" in done.stderr
