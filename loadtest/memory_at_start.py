"""A server process's memory at start, after its first visitor and after a small crowd.

    PYTHONPATH=$PWD .venv/bin/python -m loadtest.memory_at_start [--tree T] [--visitors 200]

Starts the server as ``make run`` does (``kakurega serve --host 127.0.0.1 --port P``, text log,
default settings; its own SQLite file in a temporary folder; ``--port`` or a free one, never
8000), from ``--tree`` (default: this tree), and reads its memory at four moments:

- **start**: once ``GET /`` answered (and a second after);
- **first visitor**: one visitor arrived over a WebSocket (``hello`` → ``welcome``: the first
  name check);
- **first assessment**: one text sent to the wall (``POST /api/posts``: the first
  ``safety.assess``, the posts' screening);
- **robot's first reply**: one message to the robot (``POST /api/robot``: its care wrap and its
  screen, whose tables are built on first use);
- **crowd**: ``--visitors`` more visitors arrived (each a name of its own, as the swarm draws
  them) and still connected.

For each: ``VmRSS`` (/proc/PID/status) and Rss, Pss, Private_Clean, Private_Dirty, Anonymous,
Shared_Clean (/proc/PID/smaps_rollup), in MiB; then the largest mappings by private memory
(/proc/PID/smaps, summed by file; anonymous mappings as ``[anon]``/``[heap]``). Sudachi's
dictionary is a read-only shared file mapping: its touched pages count as Private_Clean while
this process alone maps the file, as Shared_Clean once another process maps it too, and the
kernel may drop them under pressure (clean page cache). Private_Dirty (= Anonymous here) is what
the process itself wrote: the figure issue 15's "≤ 100 MB at start" reads.

``--runs N`` starts N servers one after the other and prints each figure's median (with the
range of Private_Dirty): a process's heap lands a few MiB apart from one start to the next.
``--json`` prints the figures as one JSON object instead of the table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path
from typing import Any

from loadtest.server_rss import free_port, rollup_kib

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ("VmRSS", "Rss", "Pss", "Private_Clean", "Private_Dirty", "Anonymous", "Shared_Clean")
LOOK = {"shape": "maru", "color": "mizu", "acc": "leaf"}
WALL_TEXT = "きょうは ちょっと つかれた。でも あしたは たのしみ"
ROBOT_TEXT = "きょう がっこうで いやなことが あったんだ"


class NotUp(SystemExit):
    pass


def vm_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def mappings_kib(pid: int) -> list[dict[str, Any]]:
    """/proc/PID/smaps summed by what is mapped (a file's path, ``[heap]``, ``[anon]``…)."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    name = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        parts = line.split()
        if not parts:
            continue
        if not parts[0].endswith(":"):  # a mapping's header: range perms offset dev inode [path]
            name = parts[5] if len(parts) > 5 else "[anon]"
            if name.startswith("/"):
                name = _short(name)
            continue
        key = parts[0].rstrip(":")
        if key in ("Rss", "Private_Clean", "Private_Dirty", "Shared_Clean", "Shared_Dirty"):
            totals[name][key] += int(parts[1])
    rows = [{"mapping": mapped, **figures} for mapped, figures in totals.items()]
    rows.sort(key=lambda row: -(row.get("Private_Clean", 0) + row.get("Private_Dirty", 0)))
    return rows


def _short(path: str) -> str:
    marker = "site-packages/"
    if marker in path:
        return path[path.index(marker) + len(marker) :]
    return path


def snapshot(pid: int) -> dict[str, Any]:
    figures: dict[str, Any] = {"VmRSS": vm_rss_kib(pid), **rollup_kib(pid)}
    figures["mappings"] = mappings_kib(pid)
    return figures


def _get(url: str, timeout: float = 2.0) -> int:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        response.read()
        return int(response.status)


def _post_json(url: str, body: dict[str, Any], origin: str) -> int:
    request = urllib.request.Request(
        url,
        data=json.dumps(body, ensure_ascii=False).encode(),
        headers={"content-type": "application/json", "origin": origin},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def wait_up(process: subprocess.Popen[bytes], base: str, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise NotUp(
                f"the server exited (code {process.returncode}) before answering GET /:\n{_tail(log)}"
            )
        try:
            if _get(f"{base}/", timeout=1) == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise NotUp(f"the server did not answer GET / within {timeout:.0f} s:\n{_tail(log)}")


def _tail(log: Path, lines: int = 20) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


async def arrive(url: str, name: str) -> Any:
    import msgpack
    from websockets.asyncio.client import connect

    connection = await connect(url, subprotocols=["kakurega.v1"], max_size=None)  # type: ignore[list-item]
    await connection.send(msgpack.packb({"t": "hello", "v": 1, "name": name, "look": LOOK}))
    while True:
        frame = msgpack.unpackb(await asyncio.wait_for(connection.recv(), 10))
        if frame.get("t") == "welcome":
            return connection
        if frame.get("t") in ("name_refused", "bye"):
            raise RuntimeError(f"visitor {name!r} not admitted: {frame}")


async def _drain(connection: Any) -> None:
    try:
        async for _ in connection:
            pass
    except Exception:  # the connection closed: the measure ends
        pass


async def crowd(url: str, count: int, rate: float, seed: int) -> list[Any]:
    from loadtest.visitor import distinct_name

    rng = random.Random(seed)
    offset = rng.randrange(10_000)
    connections: list[Any] = []
    for index in range(count):
        connections.append(await arrive(url, distinct_name(offset + index)))
        await asyncio.sleep(1 / rate)
    return connections


async def run_phases(
    pid: int, port: int, visitors: int, rate: float, seed: int, settle: float
) -> dict[str, Any]:
    base = f"http://127.0.0.1:{port}"
    ws = f"ws://127.0.0.1:{port}/ws"
    phases: dict[str, Any] = {}
    await asyncio.sleep(settle)
    phases["start"] = snapshot(pid)

    first = await arrive(ws, "そら")
    drains = [asyncio.create_task(_drain(first))]
    await asyncio.sleep(settle)
    phases["first visitor"] = snapshot(pid)

    wall = await asyncio.to_thread(_post_json, f"{base}/api/posts", {"room": "kabe", "body": WALL_TEXT}, base)
    if wall != 202:
        raise RuntimeError(f"the first assessment failed: POST /api/posts answered {wall}")
    await asyncio.sleep(settle)
    phases["first assessment"] = snapshot(pid)

    robot = await asyncio.to_thread(
        _post_json, f"{base}/api/robot", {"message": ROBOT_TEXT, "history": []}, base
    )
    if robot != 200:
        raise RuntimeError(f"the robot's first reply failed: POST /api/robot answered {robot}")
    await asyncio.sleep(settle)
    phases["robot's first reply"] = snapshot(pid)

    if visitors:
        more = await crowd(ws, visitors, rate, seed)
        drains += [asyncio.create_task(_drain(c)) for c in more]
        await asyncio.sleep(settle)
        phases[f"+{visitors} visitors"] = snapshot(pid)
        for connection in more:
            await connection.close()
    await first.close()
    for task in drains:
        task.cancel()
    return phases


def port_taken(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def measure(tree: Path, port: int, visitors: int, rate: float, seed: int, settle: float) -> dict[str, Any]:
    if port_taken(port):  # another server there would answer for ours
        raise NotUp(f"port {port} is taken on 127.0.0.1: pick another (or leave --port out)")
    with tempfile.TemporaryDirectory(prefix="kakurega-memory-") as tmp:
        log = Path(tmp) / "server.log"
        env = {
            **os.environ,
            "PYTHONPATH": str(tree),
            "KAKUREGA_LOG_FORMAT": "text",
            "KAKUREGA_DATABASE_URL": f"sqlite+aiosqlite:///{tmp}/kakurega.db",
        }
        command = [
            sys.executable,
            "-c",
            "import sys, command; sys.argv[0] = 'kakurega'; sys.exit(command.main())",
        ]
        with log.open("wb") as out:
            process = subprocess.Popen(
                [*command, "serve", "--host", "127.0.0.1", "--port", str(port)],
                cwd=tree,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:
            wait_up(process, f"http://127.0.0.1:{port}", log, timeout=90)
            phases = asyncio.run(run_phases(process.pid, port, visitors, rate, seed, settle))
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        return {"tree": str(tree), "pid": process.pid, "port": port, "phases": phases}


def medians(results: list[dict[str, Any]]) -> dict[str, Any]:
    """One result whose figures are the runs' medians; the mappings are the first run's."""
    first = results[0]
    phases: dict[str, Any] = {}
    for moment in first["phases"]:
        figures = [r["phases"][moment] for r in results]
        merged: dict[str, Any] = {c: statistics.median(f.get(c, 0) for f in figures) for c in COLUMNS}
        merged["Private_Dirty range"] = [
            min(f["Private_Dirty"] for f in figures),
            max(f["Private_Dirty"] for f in figures),
        ]
        merged["mappings"] = figures[0]["mappings"]
        phases[moment] = merged
    return {**first, "pid": [r["pid"] for r in results], "runs": len(results), "phases": phases}


def table(result: dict[str, Any], top: int) -> str:
    mib = 1024
    runs = result.get("runs", 1)
    lines = [f"tree {result['tree']}, server pid {result['pid']}, port {result['port']}; MiB"]
    if runs > 1:
        lines[0] += f"; medians of {runs} runs (Private_Dirty: median, min–max)"
    lines.append("| moment | " + " | ".join(COLUMNS) + " |")
    lines.append("|---" * (len(COLUMNS) + 1) + "|")
    for moment, figures in result["phases"].items():
        cells = [f"{figures.get(column, 0) / mib:.1f}" for column in COLUMNS]
        if runs > 1:
            low, high = figures["Private_Dirty range"]
            cells[COLUMNS.index("Private_Dirty")] += f" ({low / mib:.1f}–{high / mib:.1f})"
        lines.append(f"| {moment} | " + " | ".join(cells) + " |")
    phases = list(result["phases"].items())
    for moment, figures in (phases[0], phases[-1]):
        lines.append("")
        lines.append(f"largest mappings by Private_Clean + Private_Dirty ({moment}), MiB:")
        lines.append("| mapping | Rss | Private_Clean | Private_Dirty | Shared_Clean |")
        lines.append("|---|---|---|---|---|")
        # The largest by private memory, and any large mapping besides (the dictionary, once another
        # process maps it too, is shared: large, and private no more).
        rows = figures["mappings"][:top]
        rows += [row for row in figures["mappings"][top:] if row.get("Rss", 0) >= 10 * mib]
        for row in rows:
            cells = [
                f"{row.get(key, 0) / mib:.1f}"
                for key in ("Rss", "Private_Clean", "Private_Dirty", "Shared_Clean")
            ]
            lines.append(f"| {row['mapping']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", type=Path, default=Path(os.environ.get("KAKUREGA_TREE", ROOT)))
    parser.add_argument("--port", type=int, default=0, help="default: a free port (never 8000)")
    parser.add_argument("--visitors", type=int, default=200, help="the crowd after the first visitor")
    parser.add_argument("--rate", type=float, default=50.0, help="the crowd's arrivals a second")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--settle", type=float, default=1.0, help="seconds waited before each reading")
    parser.add_argument("--top", type=int, default=12, help="mappings shown")
    parser.add_argument("--runs", type=int, default=1, help="servers started one after the other (medians)")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args(argv)
    if options.port == 8000:
        parser.error("--port 8000 is the README's own server's; pick another")
    tree = options.tree.resolve()
    if not (tree / "command.py").exists():
        parser.error(f"--tree {tree}: no command.py there")
    results = [
        measure(
            tree, options.port or free_port(), options.visitors, options.rate, options.seed, options.settle
        )
        for _ in range(max(1, options.runs))
    ]
    result = medians(results) if len(results) > 1 else results[0]
    if options.json:
        for figures in result["phases"].values():
            figures["mappings"] = figures["mappings"][: options.top]
        print(json.dumps(result))
    else:
        print(table(result, options.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
