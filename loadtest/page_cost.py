"""What drawing a busy room costs the browser: one Chromium page, N walking others.

    python -m loadtest.page_cost                       # hiru; 0, 10 and 39 others; both sizes; 1× and 4×
    python -m loadtest.page_cost --others 39 --sizes 1024x768 --throttle 4
    python -m loadtest.page_cost --server-tree /tmp/before   # the same, served from another copy

Starts ``kakurega serve`` on a free port, puts N swarm visitors (``loadtest.visitor``:
each walks every 2.5–7.5 s to a fresh spot and sometimes sits down) into one room — a
nook holds 40, so 39 others and the page share one — and opens that room in Debian's
Chromium at each size. After the page has settled it reads Chrome's own counters
(CDP ``Performance.getMetrics``) twice, ``--duration`` seconds apart, and prints the
share of that wall time the page's main thread spent in tasks, in script, layout and
style, and the CPU its main thread and its whole renderer process used (task time
includes waiting for a core on a busy machine; CPU time does not). In the page it
counts the animation frames in which something was drawn (a canvas, or an element's
style changed) and the frames that took longer than 50 ms (``long-animation-frame``
entries). With ``--throttle 4`` Chrome slows the page's main thread 4×
(``Emulation.setCPUThrottlingRate``), roughly an old tablet. docs/performance.md
("In the browser") has the results.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, async_playwright

from loadtest.swarm import DEFAULT_ROOMS
from loadtest.target import SpawnedServer
from loadtest.visitor import Field, Visitor
from loadtest.wire import Link, open_sansio

CHROMIUM = Path(os.environ.get("KAKUREGA_CHROMIUM", "/usr/bin/chromium"))
# The same flags as the browser tests (tests/browser/conftest.py): software rendering, no extras.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
LOOK = {"shape": "maru", "color": "mizu", "acc": "leaf"}
SETTLE_S = 3.0  # after the page shows everyone: pictures decoded, first walks under way

# Installed before the page's own scripts. A frame counts as drawn when one of its
# animation-frame callbacks drew on a 2D canvas, changed an element's style (an avatar
# moved by a transform) or sent a message to a worker; where the avatars are painted in a
# worker that counts its own frames, the larger of its count and the page's is reported
# (``_worker_frames``).
# long-animation-frame entries are the frames whose main-thread work took more than 50 ms.
PAGE_PROBE = """
(() => {
  const probe = { callbacks: 0, drawn: 0, long: 0, longest: 0, inFrame: false, touched: false };
  const styles = new MutationObserver(() => {});
  styles.observe(document, { subtree: true, attributes: true, attributeFilter: ["style"] });
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ["drawImage", "fillRect", "clearRect", "fill", "fillText", "putImageData", "stroke"]) {
    const original = proto[name];
    proto[name] = function (...args) {
      if (probe.inFrame) probe.touched = true;
      return original.apply(this, args);
    };
  }
  // Where the avatars are drawn in a worker, a frame that sends them there counts as drawn.
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (...args) {
    if (probe.inFrame) probe.touched = true;
    return post.apply(this, args);
  };
  let lastStamp = -1;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    raf((t) => {
      probe.callbacks += 1;
      if (t !== lastStamp) {
        lastStamp = t;
        probe.touched = false;
      }
      const wasTouched = probe.touched;
      probe.inFrame = true;
      try {
        callback(t);
      } finally {
        probe.inFrame = false;
        if (styles.takeRecords().length) probe.touched = true;
        if (probe.touched && !wasTouched) probe.drawn += 1;
      }
    });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.long += 1;
      probe.longest = Math.max(probe.longest, entry.duration);
    }
  }).observe({ type: "long-animation-frame" });
  window.__pageCost = probe;
})();
"""


@dataclass(frozen=True)
class Size:
    width: int
    height: int

    def __str__(self) -> str:
        return f"{self.width}×{self.height}"


@dataclass
class Row:
    room: str
    size: str
    throttle: float
    others: int
    seconds: float
    busy: float  # % of wall time in main-thread tasks
    main_cpu: float  # % of a core the main thread used (unlike task time, not inflated by waiting for one)
    renderer_cpu: float  # % of a core the page's whole renderer process used: raster and compositing too
    script: float
    layout: float
    style: float
    frames_per_s: float
    long_frames: int
    longest_ms: float  # of the frames longer than 50 ms; 0 when there were none
    load: str
    busy_min: float = 0.0  # with --repeat: the spread of main thread busy over the runs
    busy_max: float = 0.0
    runs: int = 1


def parse_size(text: str) -> Size:
    width, _, height = text.lower().replace("×", "x").partition("x")
    try:
        size = Size(int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(f"a size is WIDTHxHEIGHT, e.g. 1024x768, not {text!r}") from None
    if not (200 <= size.width <= 4000 and 200 <= size.height <= 4000):
        raise argparse.ArgumentTypeError(f"{text!r} is not a screen size")
    return size


def parse_list(kind: type, text: str) -> list[Any]:
    try:
        values = [kind(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of {kind.__name__}: {text!r}") from None
    if not values:
        raise argparse.ArgumentTypeError("give at least one value")
    return values


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f}/{five:.1f}"


class Crowd:
    """Swarm visitors in one room, added as more are asked for, all walking like children."""

    def __init__(self, url: str, room: str, walk_every: float, seed: int) -> None:
        loop = asyncio.get_running_loop()
        self.url = url
        self.room = room
        self.walk_every = walk_every
        self.rng = random.Random(seed)
        self.field = Field(loop.time, loop.call_later)
        self.live: set[Link] = set()
        self.visitors: list[Visitor] = []

    async def grow(self, n: int, timeout: float = 30.0) -> None:
        while len(self.visitors) < n:
            visitor = Visitor(self.field, self.room, self.walk_every, random.Random(self.rng.random()))
            self.visitors.append(visitor)
            await open_sansio(self.url, visitor, self.field, self.live, deflate=True, timeout=10.0)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self.field.tally.connected < n:
            if loop.time() > deadline:
                raise RuntimeError(f"only {self.field.tally.connected} of {n} visitors got into {self.room}")
            await asyncio.sleep(0.1)

    async def close(self) -> None:
        self.field.stopping = True
        for link in list(self.live):
            link.close()
        await asyncio.sleep(0.5)
        for link in list(self.live):
            link.abort()


async def measure(
    browser: Browser, base: str, room: str, size: Size, throttle: float, others: int, duration: float
) -> Row:
    context = await browser.new_context(viewport={"width": size.width, "height": size.height})
    try:
        saved = json.dumps({"name": "はかり", "look": LOOK}, ensure_ascii=False)
        await context.add_init_script(f"localStorage.setItem('kakurega.me', {json.dumps(saved)})")
        await context.add_init_script(PAGE_PROBE)
        page = await context.new_page()
        await page.goto(f"{base}/{room}")
        # Everyone drawn: the page knows all the others (a nook holds 40, so they share one).
        await page.wait_for_function(
            "n => (window.__kakurega?.state().avatars.length ?? 0) >= n + 1", arg=others, timeout=20_000
        )
        cdp = await context.new_cdp_session(page)
        await cdp.send("Performance.enable", {"timeDomain": "timeTicks"})
        if throttle != 1:
            await cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})
        await asyncio.sleep(SETTLE_S)
        start = await _metrics(cdp)
        # The longest frame counts from here on, not the page's first frames.
        probe_start = await page.evaluate(
            "(() => { window.__pageCost.longest = 0; return {...window.__pageCost}; })()"
        )
        worker_start = await _worker_frames(page)
        await asyncio.sleep(duration)
        end = await _metrics(cdp)
        probe_end = await page.evaluate("({...window.__pageCost})")
        worker_end = await _worker_frames(page)
        if throttle != 1:
            await cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
        seen = len((await page.evaluate("window.__kakurega.state()"))["avatars"]) - 1
        if seen < others:
            print(f"  (only {seen} of {others} others were in the page's nook at the end)", file=sys.stderr)
    finally:
        await context.close()
    wall = end["Timestamp"] - start["Timestamp"]
    # Where a worker paints the avatars, it counts its own painted frames; the page may draw
    # in frames of its own too (ほしぞら's stars), so the larger of the two counts.
    drawn = probe_end["drawn"] - probe_start["drawn"]
    if worker_end is not None and worker_start is not None:
        drawn = max(drawn, worker_end - worker_start)

    def share(name: str) -> float:
        return round(100 * (end[name] - start[name]) / wall, 1)

    return Row(
        room=room,
        size=str(size),
        throttle=throttle,
        others=others,
        seconds=round(wall, 1),
        busy=share("TaskDuration"),
        main_cpu=share("ThreadTime"),
        renderer_cpu=share("ProcessTime"),
        script=share("ScriptDuration"),
        layout=share("LayoutDuration"),
        style=share("RecalcStyleDuration"),
        frames_per_s=round(drawn / wall, 1),
        long_frames=probe_end["long"] - probe_start["long"],
        longest_ms=round(probe_end["longest"]),
        load=load_average(),
    )


async def _worker_frames(page: Any) -> int | None:
    """Frames painted by the worker that draws the avatars (static/js/avatar_worker.js), if any."""
    for worker in page.workers:
        count = await worker.evaluate("self.__kakurega?.framesDrawn?.() ?? null")
        if count is not None:
            return int(count)
    return None


async def _metrics(cdp: Any) -> dict[str, float]:
    reply = await cdp.send("Performance.getMetrics")
    return {m["name"]: m["value"] for m in reply["metrics"]}


def median_row(runs: list[Row]) -> Row:
    """The run with the median main-thread time, and how far the others spread."""
    ordered = sorted(runs, key=lambda r: r.busy)
    row = ordered[(len(ordered) - 1) // 2]
    row.busy_min, row.busy_max, row.runs = ordered[0].busy, ordered[-1].busy, len(ordered)
    return row


def print_table(rows: list[Row]) -> None:
    print()
    print(
        "| room | size | CPU | others | main thread busy | script | layout | style "
        "| main thread CPU | renderer CPU | frames/s | frames > 50 ms (longest) | load 1/5 min |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        longest = f"{r.long_frames} ({r.longest_ms:.0f} ms)" if r.long_frames else "0"
        spread = f" ({r.busy_min:.1f}–{r.busy_max:.1f})" if r.runs > 1 else ""
        print(
            f"| {r.room} | {r.size} | {r.throttle:g}× | {r.others} | {r.busy:.1f} %{spread} "
            f"| {r.script:.1f} % "
            f"| {r.layout:.1f} % | {r.style:.1f} % | {r.main_cpu:.1f} % | {r.renderer_cpu:.1f} % "
            f"| {r.frames_per_s:.1f} | {longest} | {r.load} |"
        )


async def run(options: argparse.Namespace) -> list[Row]:
    visitors = max(options.others) + options.elsewhere + 10
    server = SpawnedServer(visitors, cpu=None, extra_env={}, tree=options.server_tree)
    await asyncio.to_thread(server.start)
    rows: list[Row] = []
    try:
        base = f"http://127.0.0.1:{server.port}"
        crowd = Crowd(server.url, options.room, options.walk_every, options.seed)
        # Visitors in another room: not drawn here, but counted (ほしぞら shows a star for each).
        elsewhere = Crowd(
            server.url, "genkan" if options.room != "genkan" else "hiru", 30.0, options.seed + 1
        )
        await elsewhere.grow(options.elsewhere)
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                for others in sorted(set(options.others)):
                    await crowd.grow(others)
                    for size in options.sizes:
                        for throttle in options.throttle:
                            runs = [
                                await measure(
                                    browser, base, options.room, size, throttle, others, options.duration
                                )
                                for _ in range(options.repeat)
                            ]
                            row = median_row(runs)
                            print(
                                f"{row.room} {row.size} {row.throttle:g}× {row.others} others: "
                                f"busy {row.busy} %, {row.frames_per_s} frames/s, load {row.load}",
                                flush=True,
                            )
                            rows.append(row)
            finally:
                await browser.close()
                await crowd.close()
                await elsewhere.close()
    finally:
        await asyncio.to_thread(server.stop)
    return rows


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.page_cost", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--room", default="hiru", choices=sorted(DEFAULT_ROOMS), help="default hiru, ひとやすみのへや"
    )
    parser.add_argument(
        "--others", type=lambda t: parse_list(int, t), default=[0, 10, 39], help="e.g. 0,10,39 (at most 39)"
    )
    parser.add_argument(
        "--sizes",
        type=lambda t: [parse_size(p) for p in t.split(",")],
        default=[Size(1024, 768), Size(360, 640)],
        help="viewport sizes, e.g. 1024x768,360x640",
    )
    parser.add_argument(
        "--throttle", type=lambda t: parse_list(float, t), default=[1.0, 4.0], help="CPU slow-downs, e.g. 1,4"
    )
    parser.add_argument("--duration", type=float, default=15.0, help="seconds measured per row")
    parser.add_argument(
        "--walk-every", type=float, default=5.0, help="mean seconds between a visitor's walks"
    )
    parser.add_argument(
        "--elsewhere", type=int, default=0, help="visitors in another room, online but not drawn here"
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="measure each row this often; report the median run"
    )
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument(
        "--server-tree", type=Path, help="serve this copy of the code (default: this work tree)"
    )
    parser.add_argument("--json", dest="json_path", help="also write the rows here")
    a = parser.parse_args(argv)
    if not 0 <= a.elsewhere <= 1000:
        parser.error("--elsewhere must be between 0 and 1000")
    if any(n < 0 or n > 39 for n in a.others):
        parser.error("--others must be between 0 and 39: a nook holds 40, the page included")
    if a.duration <= 0 or a.walk_every <= 0 or a.repeat < 1 or any(t < 1 for t in a.throttle):
        parser.error("--duration, --walk-every and --repeat must be positive, --throttle at least 1")
    return a


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_arguments(argv)
    if not CHROMIUM.exists():
        print(f"{CHROMIUM} is missing: apt-get install chromium (or set KAKUREGA_CHROMIUM)", file=sys.stderr)
        return 2
    rows = asyncio.run(run(options))
    print_table(rows)
    if options.json_path:
        Path(options.json_path).write_text(
            json.dumps([asdict(r) for r in rows], indent=2, ensure_ascii=False)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
