"""Does a refused staff login take the same time whichever way it was refused?

    python -m loadtest.login_timing --tries 40

Spawns ``kakurega serve`` with a fresh SQLite database and one moderator (production
argon2 parameters), then times ``POST /staff/login`` refused as: an unknown name, a wrong
password (each try from a new source, so none is held back), a try held back by the
throttle (one source past its free failures), and the right password without the second
factor's code. Medians and p90 in ms; they should agree within the noise of the machine
(docs/performance.md, "The staff login's refusals").
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

from loadtest.target import SpawnedServer
from rooms.posts.store import open_post_store
from staff import accounts
from staff.throttle import FREE_FAILURES

PASSWORD = "correct horse battery"


async def prepare(url: str) -> None:
    async with open_post_store(url) as store:
        await accounts.add_staff(store.engine, "mika", "moderator", PASSWORD)
        member = await accounts.add_staff(store.engine, "nana", "moderator", PASSWORD)
        # nana has a second factor: the right password alone is refused.
        async with store.engine.begin() as connection:
            await connection.execute(
                accounts.staff.update()
                .where(accounts.staff.c.id == member.id)
                .values(totp_secret="JBSWY3DPEHPK3PXP")
            )


def attempt(client: httpx.Client, name: str, password: str, source: str) -> float:
    form = client.get("/staff/login", headers={"x-forwarded-for": source}).text
    token = re.search(r'name="csrf" value="([^"]+)"', form)
    assert token is not None
    data = {"csrf": token.group(1), "name": name, "password": password, "code": ""}
    started = time.perf_counter()
    answer = client.post("/staff/login", data=data, headers={"x-forwarded-for": source})
    spent = (time.perf_counter() - started) * 1000
    assert answer.status_code == 401, answer.status_code
    return spent


def measure(tries: int) -> dict[str, dict[str, float]]:
    database = Path(tempfile.mkdtemp()) / "timing.db"
    url = f"sqlite:///{database}"
    asyncio.run(prepare(url))
    server = SpawnedServer(10, None, {"KAKUREGA_DATABASE_URL": url, "KAKUREGA_SECRET_KEY": "k" * 32})
    server.start()
    kinds = {
        "unknown name": lambda i: ("nobody", PASSWORD, f"10.1.{i // 250}.{i % 250}"),
        "wrong password": lambda i: ("mika", "not the password", f"10.2.{i // 250}.{i % 250}"),
        "held back": lambda i: ("mika", "not the password", f"10.3.{i // 250}.{i % 250}"),
        "no second factor": lambda i: ("nana", PASSWORD, f"10.4.{i // 250}.{i % 250}"),
    }
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=60) as client:
            for i in range(tries):  # interleaved, so that the machine's load falls on all alike
                for _ in range(FREE_FAILURES + 1):  # this try's source uses up its free failures
                    attempt(client, *kinds["held back"](i))
                for kind, make in kinds.items():
                    times[kind].append(attempt(client, *make(i)))
    finally:
        server.stop()
    return {
        kind: {
            "median_ms": round(statistics.median(values), 1),
            "p90_ms": round(statistics.quantiles(values, n=10)[-1], 1),
        }
        for kind, values in times.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.login_timing", description=__doc__.split("\n", 1)[0]
    )
    parser.add_argument("--tries", type=int, default=40, help="tries of each kind")
    arguments = parser.parse_args(argv)
    print(json.dumps(measure(arguments.tries), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
