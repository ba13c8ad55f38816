"""What arrivals through the network cost a server, counted rather than timed.

    python -m loadtest.arrival_count --tree ../wt-base --arrivals 300 --rate 10 --callgrind
    python -m loadtest.arrival_count --arrivals 2000 --rate 200 --syscalls

On a shared machine CPU time swings by half between runs of the same code
(docs/performance.md); the instructions a server executes do not. This starts a
server (``kakurega serve`` from ``--tree``, pinned to CPU 0), and, once it is up,
measures two windows of the same length on it:

- **quiet**: ``--crowd`` visitors already in (placed before the window), nobody arriving;
- **arrivals**: ``--arrivals`` newcomers at ``--rate`` a second, each through a real
  WebSocket upgrade, ``hello``, its ``welcome`` and ``room``, then held open, and a
  settle after the last so that their ``join`` rides a tick.

The difference over the number of arrivals is what an arrival costs, timers and the
crowd's idle cost taken out. What is measured in each window:

- ``--callgrind``: the server runs under ``valgrind --tool=callgrind`` with
  instrumentation off until the windows (``callgrind_control -i on``), so the
  figure is the user-space instructions executed (Ir), the same from run to run
  whatever the machine's load. Valgrind slows the server ~50×: keep ``--rate`` low
  (≤ 10); the ticks, counts and sweeps run on the wall clock, so compare trees at
  the same rate and window, never with a run at another rate.
- ``--syscalls``: ``perf stat -e syscalls:sys_enter_*`` on the server, exact counts of
  the system calls (whose kernel work Ir does not see: on loopback a write also pays
  the receiver's).
- always: the server's CPU time (user + system) from /proc, which is load-dependent.

The newcomers do not walk; names and rooms are drawn as the swarm draws them
(loadtest/visitor.py), from ``--seed``: by default every visitor a name of its own
(``--names reused``: ~30 names, whose verdicts the server keeps after the first few).
``--names passed``: the same distinct names, each with a valid pass (world/name_pass.py), as
visitors reconnecting to an instance that has never seen them bring theirs after a pod died.
The passes are the server's own: before the measured server starts, another server of the
same tree with the same secret (``KAKUREGA_SECRET_KEY``, random for the run, given to both)
welcomes every name once and the driver keeps each welcome's pass; that server is stopped
before the measured one starts, so nothing of it runs in the windows.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import msgpack
from websockets.asyncio.client import ClientConnection, connect

from loadtest.swarm import DEFAULT_ROOMS
from loadtest.target import ROOT, SpawnedServer, free_port
from loadtest.visitor import distinct_name, hello_frame
from loadtest.wire import SUBPROTOCOL

SYSCALLS = (
    "write",
    "writev",
    "sendto",
    "read",
    "recvfrom",
    "epoll_pwait",
    "epoll_wait",
    "epoll_ctl",
    "accept4",
    "io_uring_enter",
    "getsockname",
    "getpeername",
    "getpid",
    "getrandom",
    "setsockopt",
    "close",
    "mmap",
    "munmap",
    "brk",
)


class CountedServer(SpawnedServer):
    """A ``SpawnedServer`` that may run under callgrind."""

    def __init__(
        self, visitors: int, tree: Path | None, callgrind_out: Path | None, secret_key: str | None = None
    ) -> None:
        self.metrics_port = free_port()  # as the swarm's server has one
        extra_env = {
            "KAKUREGA_METRICS_PORT": str(self.metrics_port),
            # The crowd holds still for minutes under valgrind: not closed as idle meanwhile.
            "KAKUREGA_IDLE_TIMEOUT": "3600",
        }
        if secret_key is not None:  # ``--names passed``: the passes' key, shared with the warm-up
            extra_env["KAKUREGA_SECRET_KEY"] = secret_key
        super().__init__(visitors, cpu=0, extra_env=extra_env, tree=tree)
        self.callgrind_out = callgrind_out

    def command(self) -> list[str]:
        command = [sys.executable, "-c", "import server, sys; sys.exit(server.main())"]
        if self.tree is None:
            self.tree = ROOT  # run from this tree as a copy would be, so both run the same way
        if self.callgrind_out is None:
            return command
        return [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={self.callgrind_out}",
            *command,
        ]


def server_closes(port: int) -> dict[str, float]:
    """The server's own closes and refusals so far, by reason (its /metrics): a run with any is suspect."""
    import urllib.request

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=60) as response:
        text = response.read().decode()
    found: dict[str, float] = {}
    for line in text.splitlines():
        if (
            line.startswith(
                ("kakurega_closes", "kakurega_connections_refused", "kakurega_full", "kakurega_name_passes")
            )
            and " " in line
        ):
            name, _, value = line.rpartition(" ")
            if not name.endswith("_created"):
                found[name] = float(value)
    return found


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def callgrind(pid: int, *flags: str) -> None:
    subprocess.run(["callgrind_control", *flags, str(pid)], check=True, capture_output=True)


def callgrind_total(path_prefix: Path) -> dict[str, int]:
    """Ir per dump (``callgrind_control -d`` writes ``<out>.<n>``), by dump number."""
    totals: dict[str, int] = {}
    for path in sorted(path_prefix.parent.glob(path_prefix.name + ".*")):
        for line in path.read_text(errors="replace").splitlines():
            if line.startswith("summary:") or line.startswith("totals:"):
                totals[path.suffix.lstrip(".")] = int(line.split()[1])
                break
    return totals


class Crowd:
    def __init__(
        self, url: str, seed: int, names: str = "distinct", passes: dict[str, str] | None = None
    ) -> None:
        self.url = url
        self.rng = random.Random(seed)
        self.distinct = names in ("distinct", "passed")
        self.passes = passes or {}  # ``--names passed``: each name's pass, from the warm-up
        self.said_hello = 0
        self.open: list[ClientConnection] = []
        self.readers: list[asyncio.Task[None]] = []
        self.failed = 0

    def hello(self) -> bytes:
        rng = self.rng
        room = rng.choices(list(DEFAULT_ROOMS), weights=list(DEFAULT_ROOMS.values()))[0]
        name = distinct_name(self.said_hello) if self.distinct else None
        self.said_hello += 1
        frame = hello_frame(rng, room, name)
        if name is not None and name in self.passes:
            # The same hello (the same draws from ``rng``) with the pass added: the runs differ only there.
            frame = msgpack.packb({**msgpack.unpackb(frame), "pass": self.passes[name]})
        return frame

    async def arrive(self) -> None:
        hello = self.hello()
        try:
            async with asyncio.timeout(120):
                connection = await connect(
                    self.url,
                    subprotocols=[SUBPROTOCOL],
                    compression=None,
                    open_timeout=120,
                    ping_interval=None,
                )
                await connection.send(hello)
                while True:
                    frame = await connection.recv()
                    if isinstance(frame, bytes) and msgpack.unpackb(frame).get("t") == "room":
                        break
        except Exception:
            self.failed += 1
            return
        self.open.append(connection)
        self.readers.append(asyncio.create_task(self._drain(connection)))

    @staticmethod
    async def _drain(connection: ClientConnection) -> None:
        with contextlib.suppress(Exception):
            async for _ in connection:
                pass

    async def ramp(self, count: int, rate: float) -> None:
        started = time.monotonic()
        tasks = []
        for n in range(count):
            delay = started + n / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(self.arrive()))
        await asyncio.gather(*tasks)

    async def close(self) -> None:
        for reader in self.readers:
            reader.cancel()
        await asyncio.gather(*(c.close() for c in self.open), return_exceptions=True)


async def obtain_passes(names: list[str], tree: Path | None, secret_key: str) -> dict[str, str]:
    """Each name's pass as a server of ``tree`` with ``secret_key`` issues it: a first arrival
    per name on a warm-up server, whose welcome carries it. The warm-up server is then stopped."""
    server = CountedServer(len(names), tree, None, secret_key)
    await asyncio.to_thread(server.start, 60.0)
    passes: dict[str, str] = {}
    gate = asyncio.Semaphore(50)  # a few dozen at a time: quick, and no admission limit is met

    async def first_arrival(name: str) -> None:
        hello = msgpack.packb(
            {"t": "hello", "v": 1, "name": name, "look": {"shape": "maru", "color": "mizu", "acc": "leaf"}}
        )
        async with gate, connect(server.url, subprotocols=[SUBPROTOCOL], compression=None) as connection:
            await connection.send(hello)
            while True:
                frame = msgpack.unpackb(await connection.recv())
                if frame.get("t") == "welcome":
                    if frame["name"] == name and isinstance(frame.get("pass"), str):
                        passes[name] = frame["pass"]
                    return
                if frame.get("t") == "name_refused":
                    return

    try:
        await asyncio.gather(*(first_arrival(name) for name in dict.fromkeys(names)))
    finally:
        await asyncio.to_thread(server.stop, 60.0)
    return passes


async def measure(options: argparse.Namespace) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="arrival-count-"))
    out = workdir / "callgrind.out" if options.callgrind else None
    secret_key = passes = None
    if options.names == "passed":
        secret_key = secrets.token_urlsafe(32)
        names = [distinct_name(n) for n in range(options.crowd + options.arrivals)]
        passes = await obtain_passes(names, options.tree, secret_key)
        if len(passes) < len(set(names)):
            raise SystemExit(f"the warm-up got passes for {len(passes)} of {len(set(names))} names")
    server = CountedServer(options.crowd + options.arrivals, options.tree, out, secret_key)
    timeout = 900.0 if options.callgrind else 60.0
    pid = await asyncio.to_thread(server.start, timeout)
    perf: subprocess.Popen[bytes] | None = None
    result: dict[str, Any] = {
        "tree": str(options.tree or ROOT),
        "pid": pid,
        "options": {k: str(v) if isinstance(v, Path) else v for k, v in vars(options).items()},
    }
    try:
        crowd = Crowd(server.url, options.seed, options.names, passes)
        await crowd.ramp(options.crowd, options.rate)
        window = options.arrivals / options.rate + options.settle
        await asyncio.sleep(options.settle)

        async def one_window(name: str, arrivals: int) -> None:
            nonlocal perf
            stat = workdir / f"{name}.perf"
            if options.syscalls:
                events = ",".join(f"syscalls:sys_enter_{s}" for s in SYSCALLS)
                perf = subprocess.Popen(
                    ["perf", "stat", "-x", ",", "-e", events, "-o", str(stat), "-p", str(pid)],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                await asyncio.sleep(0.3)
            if options.callgrind:
                callgrind(pid, "-z")
                callgrind(pid, "-i", "on")
            spy = None
            if options.perf_record and arrivals:
                spy = subprocess.Popen(
                    ["perf", "record", "-F", "1999", "-g", "-o", str(options.perf_record), "-p", str(pid)],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                await asyncio.sleep(1.0)
            if options.py_spy and arrivals:
                spy = subprocess.Popen(
                    [
                        str(Path(sys.executable).with_name("py-spy")),
                        "record",
                        "-p",
                        str(pid),
                        "-r",
                        "500",
                        "--format",
                        "raw",
                        "-o",
                        str(options.py_spy),
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                await asyncio.sleep(1.0)
            cpu = cpu_seconds(pid)
            started = time.monotonic()
            if arrivals:
                await crowd.ramp(arrivals, options.rate)
            await asyncio.sleep(max(0.0, started + window - time.monotonic()))
            cpu = cpu_seconds(pid) - cpu
            elapsed = time.monotonic() - started
            if spy is not None:
                spy.send_signal(signal.SIGINT)
                spy.wait()
            entry: dict[str, Any] = {
                "arrivals": arrivals,
                "seconds": round(elapsed, 2),
                "cpu_s": round(cpu, 4),
            }
            if options.callgrind:
                callgrind(pid, "-d", name)
                callgrind(pid, "-i", "off")
            if perf is not None:
                perf.send_signal(signal.SIGINT)
                perf.wait()
                perf = None
                counts = {}
                for line in stat.read_text().splitlines():
                    parts = line.split(",")
                    if len(parts) > 2 and parts[2].startswith("syscalls:sys_enter_"):
                        with contextlib.suppress(ValueError):
                            counts[parts[2].removeprefix("syscalls:sys_enter_")] = int(parts[0])
                entry["syscalls"] = counts
            result[name] = entry

        order = ["quiet", "arrivals"] if not options.arrivals_first else ["arrivals", "quiet"]
        for name in order:
            await one_window(name, options.arrivals if name == "arrivals" else 0)
        result["failed"] = crowd.failed
        result["server_closes"] = await asyncio.to_thread(server_closes, server.metrics_port)
        # How many hellos a pass stood for the name check (all the passed mode's, none otherwise).
        result["name_passes"] = result["server_closes"].pop("kakurega_name_passes_total", 0)
        await crowd.close()
    finally:
        if perf is not None:
            perf.send_signal(signal.SIGINT)
            perf.wait()
        await asyncio.to_thread(server.stop, 60.0)
    if out is not None:
        dumps = {}
        for path in workdir.glob("callgrind.out*"):
            for line in path.read_text(errors="replace").splitlines():
                if line.startswith("cmd:") or line.startswith("desc: Trigger"):
                    trigger = line
                if line.startswith("summary:") or line.startswith("totals:"):
                    dumps[path.name] = (trigger, int(line.split()[1]))
                    break
        for name, (trigger, total) in dumps.items():
            for window_name in ("quiet", "arrivals"):
                if window_name in trigger:
                    result[window_name]["ir"] = total
                    result[window_name]["callgrind_file"] = str(workdir / name)
    arrivals, quiet = result["arrivals"], result["quiet"]
    n = options.arrivals
    result["cpu_ms_per_arrival"] = round(1000 * (arrivals["cpu_s"] - quiet["cpu_s"]) / n, 3)
    if "ir" in arrivals and "ir" in quiet:
        result["ir_per_arrival"] = round((arrivals["ir"] - quiet["ir"]) / n)
    if "syscalls" in arrivals:
        result["syscalls_per_arrival"] = {
            name: round((arrivals["syscalls"].get(name, 0) - quiet["syscalls"].get(name, 0)) / n, 2)
            for name in SYSCALLS
            if arrivals["syscalls"].get(name, 0) or quiet["syscalls"].get(name, 0)
        }
    if not options.keep:
        for path in workdir.iterdir():
            if not path.name.startswith("callgrind.out") or not options.callgrind:
                path.unlink()
        if not options.callgrind:
            shutil.rmtree(workdir, ignore_errors=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.arrival_count", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--tree", type=Path, help="serve this copy of the code (default: this tree)")
    parser.add_argument("--crowd", type=int, default=200, help="visitors placed before the windows")
    parser.add_argument("--arrivals", type=int, default=300)
    parser.add_argument("--rate", type=float, default=10.0, help="arrivals (and the crowd's) per second")
    parser.add_argument("--settle", type=float, default=2.0, help="seconds after the last arrival")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--names",
        choices=("distinct", "reused", "passed"),
        default="distinct",
        help="as loadtest.swarm: every visitor a name of its own (each pays a name check), or ~30 "
        "names; passed: distinct names, each with the pass a warm-up server of the same secret gave it",
    )
    parser.add_argument("--callgrind", action="store_true", help="count instructions under valgrind")
    parser.add_argument("--syscalls", action="store_true", help="count system calls with perf stat")
    parser.add_argument(
        "--arrivals-first", action="store_true", help="the arrivals window before the quiet one"
    )
    parser.add_argument(
        "--py-spy", type=Path, help="sample the arrivals window with py-spy into this file (raw)"
    )
    parser.add_argument("--perf-record", type=Path, help="perf record -g the arrivals window into this file")
    parser.add_argument("--keep", action="store_true", help="keep the callgrind files")
    parser.add_argument("--cpu", type=int, default=1, help="this driver's CPU (the server has CPU 0)")
    parser.add_argument("--json", type=Path)
    options = parser.parse_args(argv)
    if options.callgrind and shutil.which("valgrind") is None:
        parser.error("--callgrind needs valgrind")
    with contextlib.suppress(OSError):  # the server has CPU 0 (``SpawnedServer``): keep off it
        os.sched_setaffinity(0, {options.cpu})
    result = asyncio.run(measure(options))
    print(json.dumps(result, indent=1))
    if options.json:
        options.json.write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
