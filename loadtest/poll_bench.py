"""The /poll endpoint on its own: CPU per request at the ASGI level, with no HTTP parsing or network.

    python -m loadtest.poll_bench --requests 60000 [--tree /path/to/a/copy]

``PollGateway`` (world/poll_gateway.py) is called as uvicorn would call it, with the
headers a browser sends: ``GET /poll/{token}`` that each find two frames waiting, then
``POST /poll/{token}`` that each carry one walk (a task reads them as the hub would).
What is timed is the process's own CPU inside the calls. uvicorn's own share of a poll
(parsing, the request cycle, the write) is not in it: the swarm measures the whole
(``loadtest/swarm.py --polling``). With ``--tree`` another copy of the code is measured,
to compare two trees in one sitting (docs/performance.md).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

# As Chromium sends them to a page's own server (the headers /poll does not read are skipped).
HEADERS = [
    (b"host", b"kakurega.example"),
    (b"connection", b"keep-alive"),
    (b"sec-ch-ua-platform", b'"Chrome OS"'),
    (b"user-agent", b"Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 Chrome/120 Safari/537.36"),
    (b"accept", b"*/*"),
    (b"origin", b"https://kakurega.example"),
    (b"sec-fetch-site", b"same-origin"),
    (b"sec-fetch-mode", b"cors"),
    (b"referer", b"https://kakurega.example/hoshi"),
    (b"accept-encoding", b"gzip, deflate, br"),
    (b"accept-language", b"ja"),
]
TICK = b"\x82\xa1t\xa4tick\xa4walk\x91\x93\xa8k3Pq9xZa\xcd\x01,\xcd\x02X"
WALK = b"\x83\xa1t\xa4walk\xa1x\xcd\x01,\xa1y\xcd\x02X"


async def measure(requests: int) -> dict[str, Any]:
    from world import polling
    from world.poll_gateway import PollGateway

    polling.POLL_LINGER = 0.0  # every GET finds its frames due: no waiting in the figure
    gateway = PollGateway(None, hub_of=lambda scope: None, security_headers=[(b"x-a", b"b")] * 5)
    session = gateway.sessions.open(1000, 1 << 20)

    async def hub_reading() -> None:
        while await session.receive() is not None:
            pass

    reader = asyncio.create_task(hub_reading())
    path = f"/poll/{session.token}"
    body = polling.pack_frames([WALK])
    scopes = {
        "get": {"type": "http", "path": path, "method": "GET", "headers": HEADERS},
        "post": {
            "type": "http",
            "path": path,
            "method": "POST",
            "headers": [
                *HEADERS,
                (b"content-type", b"application/octet-stream"),
                (b"content-length", b"%d" % len(body)),
            ],
        },
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        pass

    result: dict[str, Any] = {"requests": requests}
    for kind, scope in scopes.items():
        cpu = 0.0
        for index in range(requests):
            if kind == "get":
                session.send_now(TICK, TICK)
            started = time.process_time()
            await gateway(scope, receive, send)
            cpu += time.process_time() - started
            if index % 50 == 0:
                await asyncio.sleep(0)  # let the reader take the posted frames
        result[f"{kind}_us"] = round(1e6 * cpu / requests, 2)
    if session.close_code is not None or session.gone:
        raise RuntimeError(f"the session ended ({session.close_code}): the figures are not of the path")
    session.abort(1000)
    await reader
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.poll_bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--requests", type=int, default=60000)
    parser.add_argument("--tree", type=Path, help="measure the /poll endpoint of this copy of the code")
    options = parser.parse_args(argv)
    if options.tree is not None:
        sys.path.insert(0, str(options.tree.resolve()))
    result = asyncio.run(measure(options.requests))
    result["tree"] = str(options.tree or "this tree")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
