"""The /poll endpoint on its own: CPU per request at the ASGI level, with no HTTP parsing or network.

    python -m loadtest.poll_bench --requests 60000 [--tree /path/to/a/copy]
    python -m loadtest.poll_bench --http [--tree /path/to/a/copy]

``PollGateway`` (world/poll_gateway.py) is called as uvicorn would call it, with the
headers a browser sends: ``GET /poll/{token}`` that each find two frames waiting, then
``POST /poll/{token}`` that each carry one walk (a task reads them as the hub would).
What is timed is the process's own CPU inside the calls. uvicorn's own share of a poll
(parsing, the request cycle, the write) is not in it: the swarm measures the whole
(``loadtest/swarm.py --polling``). With ``--tree`` another copy of the code is measured,
to compare two trees in one sitting (docs/performance.md).

``--http`` measures a ``GET`` from its bytes to its answer's bytes instead: the request
is fed to uvicorn's HTTP protocol as ``kakurega serve`` configures it (httptools,
world/http_guard.py, uvicorn's proxy-headers layer, on uvloop), whose transport only
counts what is written. That is the request cycle (or world/poll_direct.py's way
around it) and the endpoint, with no system calls and no network.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

from loadtest.arrival_pieces import StandIn

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


class _Sink(StandIn):
    """A transport that keeps nothing: it counts the answers written to it."""

    def __init__(self) -> None:
        self.answers = 0
        self.closed = False
        self.extra = {"sockname": ("127.0.0.1", 8000), "peername": ("127.0.0.1", 40000)}

    def write(self, data: bytes) -> None:
        self.answers += data.count(b"HTTP/1.1 ")

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self.extra.get(name, default)

    def close(self) -> None:
        self.closed = True


async def measure_http(requests: int) -> dict[str, Any]:
    import inspect

    import uvicorn
    from uvicorn.server import ServerState

    from world import polling
    from world.http_guard import GuardedHttpProtocol
    from world.poll_gateway import PollGateway

    polling.POLL_LINGER = 0.0
    security = [(b"x-a", b"b")] * 5
    gateway = PollGateway(None, hub_of=lambda scope: None, security_headers=security)
    session = gateway.sessions.open(1000, 1 << 20)
    options: dict[str, Any] = {
        "request_timeout": 10.0,
        "forwarded_allow_ips": "127.0.0.1",
        "sockets_of": lambda: None,
        "security_headers": security,
    }
    if "polls_of" in inspect.signature(GuardedHttpProtocol.guarded).parameters:
        options["polls_of"] = lambda: gateway
    config = uvicorn.Config(
        gateway,
        http=GuardedHttpProtocol.guarded(**options),
        access_log=False,
        server_header=False,
        log_config=None,
        proxy_headers=True,
        limit_concurrency=10_000,
    )
    config.load()
    protocol = config.http_protocol_class(config=config, server_state=ServerState(), app_state={})
    sink = _Sink()
    protocol.connection_made(sink)
    host = dict(HEADERS)[b"host"]
    request = b"GET /poll/%s?r=Qm2aa0bk3Pq9xZa7 HTTP/1.1\r\n" % session.token.encode()
    request += b"".join(name + b": " + value + b"\r\n" for name, value in HEADERS) + b"\r\n"
    assert host in request
    cpu = 0.0
    for index in range(requests):
        session.send_now(TICK, TICK)
        started = time.process_time()
        protocol.data_received(request)
        while sink.answers <= index:  # the request cycle's task, and its joined write, run in the loop
            await asyncio.sleep(0)
        cpu += time.process_time() - started
    if sink.closed or session.close_code is not None or session.gone:
        raise RuntimeError("the connection or the session ended: the figures are not of the path")
    protocol.connection_lost(None)
    return {"requests": requests, "http_get_us": round(1e6 * cpu / requests, 2)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.poll_bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--requests", type=int, default=60000)
    parser.add_argument("--tree", type=Path, help="measure the /poll endpoint of this copy of the code")
    parser.add_argument("--http", action="store_true", help="a GET from its bytes to its answer's (uvloop)")
    options = parser.parse_args(argv)
    if options.tree is not None:
        sys.path.insert(0, str(options.tree.resolve()))
    if options.http:
        import uvloop

        result = uvloop.run(measure_http(options.requests))
    else:
        result = asyncio.run(measure(options.requests))
    result["tree"] = str(options.tree or "this tree")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
