"""What one small socket write costs on this machine, before any Kakurega code runs.

    python -m loadtest.write_floor --sockets 2000 --rounds 50

The server's tick ends in one ``transport.write`` per visitor per frame, and on
loopback the sending process also pays the kernel's receive path for the peer.
This measures that floor alone: one process (CPU 0) writes a 62-byte frame to
each of ``--sockets`` loopback TCP connections per round, through uvloop, while a
child process (CPU 1) drains them. The CPU time per write, times the frames a
second the swarm reports, is the part of the server's CPU no Python change can
remove (docs/performance.md, "What limits it").
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import selectors
import socket
import sys
import time
from collections.abc import Sequence

FRAME = b"\x82\x3c" + b"x" * 60  # an unmasked binary WebSocket frame, the size of a small tick


def _drain(port: int, sockets: int, cpu: int | None) -> None:
    """The child: connect, then read everything until the parent hangs up."""
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    connections = [socket.create_connection(("127.0.0.1", port)) for _ in range(sockets)]
    selector = selectors.DefaultSelector()
    for connection in connections:
        connection.setblocking(False)
        selector.register(connection, selectors.EVENT_READ)
    open_count = sockets
    while open_count:
        for key, _ in selector.select(1.0):
            if not key.fileobj.recv(65536):  # type: ignore[union-attr]
                selector.unregister(key.fileobj)
                open_count -= 1
    os._exit(0)


async def _write_rounds(listener: socket.socket, sockets: int, rounds: int) -> float:
    loop = asyncio.get_running_loop()
    transports = []
    for _ in range(sockets):
        accepted, _ = listener.accept()
        transport, _ = await loop.connect_accepted_socket(asyncio.Protocol, accepted)
        transports.append(transport)
    spent = 0.0
    for _ in range(rounds):
        started = time.process_time()
        for transport in transports:
            transport.write(FRAME)
        spent += time.process_time() - started
        await asyncio.sleep(0.02)  # a gap, as between two tick parts
    for transport in transports:
        transport.close()
    await asyncio.sleep(0.1)
    return spent / (sockets * rounds)


def measure(sockets: int, rounds: int, pin: bool = True) -> dict[str, float]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(sockets)
    port = listener.getsockname()[1]
    child = os.fork()
    if child == 0:
        _drain(port, sockets, 1 if pin else None)
    if pin:
        os.sched_setaffinity(0, {0})
    try:
        import uvloop

        per_write = uvloop.run(_write_rounds(listener, sockets, rounds))
    finally:
        os.waitpid(child, 0)
        listener.close()
    return {"sockets": sockets, "rounds": rounds, "cpu_us_per_write": round(per_write * 1e6, 2)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.write_floor", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--sockets", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--no-pin", action="store_true", help="do not pin writer and reader to CPUs 0 and 1")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    arguments = parser.parse_args(argv)
    if arguments.sockets < 1 or arguments.rounds < 1:
        parser.error("--sockets and --rounds must be positive")
    pin = not arguments.no_pin and len(os.sched_getaffinity(0)) >= 2
    result = measure(arguments.sockets, arguments.rounds, pin=pin)
    if arguments.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['cpu_us_per_write']} µs of CPU per {len(FRAME)}-byte write "
            f"({arguments.sockets} loopback sockets × {arguments.rounds} rounds)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
