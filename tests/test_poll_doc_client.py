"""A polling client written from docs/protocol.md alone (§2–§6, §10), against a real server.

Nothing here comes from the server's code: the wire format, the answers and the rules are
the document's. If this test fails while the server's own tests pass, the document is wrong.
Only the standard library and a MessagePack codec, as a client in any language would have.
"""

from __future__ import annotations

import http.client
import json
import secrets
import threading
from collections.abc import Callable, Iterator
from typing import Any

import msgpack
import pytest

from tests.support.servers import ServerProcess, running_server

LOOK = {"shape": "kaku", "color": "wakaba", "acc": "cap"}
ROOMS = {"genkan", "robo", "kabe", "mogu", "mado", "tana", "asobi", "hoshi", "hiru"}
LIMITS = {"tick_ms", "counts_ms", "max_frame_bytes", "frames_per_second", "idle_ms", "nook_cap"}
WALKABLE = (40, 430, 984, 740)  # §2: x 40‥984, y 430‥740 in every room today


class DocClient:
    """§10.1: one route string per visit, one GET in flight, POSTs one at a time."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.host = f"127.0.0.1:{port}"
        self.route = secrets.token_hex(8)  # "a random string the client picks once per visit"
        self.token = ""
        self.frames: list[dict[str, Any]] = []
        self.seen = 0  # frames ``until`` has looked at
        self.closed: int | None = None

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=35)  # wait_ms + 5 s and more
        try:
            sent = {"Origin": f"http://{self.host}", **(headers or {})}
            connection.request(method, path, body=body, headers=sent)
            answer = connection.getresponse()
            return answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read()
        finally:
            connection.close()

    # §10.2: a 4-byte big-endian length, then one MessagePack map; zero or more back to back.
    @staticmethod
    def pack(*messages: dict[str, Any]) -> bytes:
        out = b""
        for message in messages:
            data = msgpack.packb(message, use_bin_type=True)
            out += len(data).to_bytes(4, "big") + data
        return out

    @staticmethod
    def unpack(body: bytes) -> list[dict[str, Any]]:
        messages = []
        while body:
            size = int.from_bytes(body[:4], "big")
            messages.append(msgpack.unpackb(body[4 : 4 + size], raw=False))
            body = body[4 + size :]
        return messages

    def open(self, *first: dict[str, Any]) -> None:
        status, headers, body = self.request(
            "POST", f"/poll?r={self.route}", self.pack(*first), {"Content-Type": "application/octet-stream"}
        )
        assert status == 200 and headers["content-type"].startswith("application/json")
        opened = json.loads(body)
        assert opened["wait_ms"] == 25000
        assert len(opened["token"]) == 32 and all(c.isalnum() or c in "-_" for c in opened["token"])
        self.token = opened["token"]

    def send(self, *messages: dict[str, Any]) -> int:
        status, _, _ = self.request(
            "POST",
            f"/poll/{self.token}?r={self.route}",
            self.pack(*messages),
            {"Content-Type": "application/octet-stream"},
        )
        return status

    def poll(self) -> list[dict[str, Any]]:
        status, headers, body = self.request("GET", f"/poll/{self.token}?r={self.route}")
        assert status == 200, status
        assert headers["content-type"] == "application/octet-stream"
        assert headers["cache-control"] == "no-store"
        got = self.unpack(body)
        self.frames += got
        if "kakurega-close" in headers:
            self.closed = int(headers["kakurega-close"])
        return got

    def until(self, wanted: Callable[[dict[str, Any]], bool], polls: int = 40) -> dict[str, Any]:
        """The next frame (after those already looked at) that is ``wanted``."""
        for _ in range(polls):
            while self.seen < len(self.frames):
                frame = self.frames[self.seen]
                self.seen += 1
                if wanted(frame):
                    return frame
            assert self.closed is None, f"closed {self.closed}: {self.frames[-3:]}"
            self.poll()
        raise AssertionError(f"not seen in {polls} polls: {self.frames[-5:]}")


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    with running_server({"KAKUREGA_COUNTS_MS": "300"}) as process:
        yield process


@pytest.mark.integration
def test_a_client_written_from_the_document_alone(server: ServerProcess) -> None:
    client = DocClient(server.port)
    # §10.1: the hello may come with the request that opens the session.
    client.open({"t": "hello", "v": 1, "name": "とおい", "look": LOOK, "room": "tana"})
    welcome = client.until(lambda f: f["t"] == "welcome")
    assert welcome["v"] == 1 and welcome["name"] == "とおい" and welcome["look"] == LOOK
    assert set(welcome["rooms"]) == ROOMS and isinstance(welcome["total"], int)
    assert set(welcome["limits"]) >= LIMITS
    you = welcome["you"]
    assert len(you) == 8
    # §5: welcome is always followed by a room frame, which is followed by counts.
    room = client.until(lambda f: True)
    assert room["t"] == "room" and room["room"] == "tana" and room["you"]["id"] == you
    assert isinstance(room["others"], list)
    counts = client.until(lambda f: True)
    assert counts["t"] == "counts" and counts["scope"] in ("all", "local") and set(counts["rooms"]) == ROOMS

    # §4, §9: a walk is clamped to the walkable rectangle and comes back in a tick; §5: made before
    # one's own join went out (joins may wait for company), it travels inside that join.
    assert client.send({"t": "walk", "x": 2000, "y": 500}) == 204
    client.until(
        lambda f: (
            f["t"] == "tick"
            and (
                [you, WALKABLE[2], 500] in f.get("walk", [])
                or any((a["id"], a["x"], a["y"]) == (you, WALKABLE[2], 500) for a in f.get("join", []))
            )
        )
    )
    assert client.send({"t": "pose", "p": "sit"}, {"t": "ping", "n": 7}) == 204  # two frames, one POST
    pong = client.until(lambda f: f["t"] == "pong")
    assert pong["n"] == 7 and pong["ts"] > 1_700_000_000_000

    # §10.1: a second GET makes the first one answer at once, empty.
    answers: list[list[Any]] = [[], []]

    def get(into: list[Any]) -> threading.Thread:
        thread = threading.Thread(target=lambda: into.append(client.request("GET", f"/poll/{client.token}")))
        thread.start()
        return thread

    first = get(answers[0])
    first.join(0.5)
    assert first.is_alive(), "a GET with nothing to take waits"
    second = get(answers[1])
    first.join(10)
    assert answers[0] and answers[0][0][0] == 200 and answers[0][0][2] == b""
    assert second.is_alive()
    assert client.send({"t": "ping", "n": 8}) == 204
    second.join(10)
    assert "pong" in [f["t"] for f in client.unpack(answers[1][0][2])], "the newer GET takes the frames"

    # §10.3: a wrong frame is not an HTTP error; the next GET carries the bye and the close code.
    assert client.send({"t": "fly"}) == 204
    for _ in range(5):
        if client.closed is not None:
            break
        client.poll()
    assert client.closed == 4002 and client.frames[-1] == {"t": "bye", "reason": "bad_frame"}
    assert client.request("GET", f"/poll/{client.token}")[0] == 404  # after that answer: unknown


@pytest.mark.integration
def test_the_documented_refusals(server: ServerProcess) -> None:
    client = DocClient(server.port)
    client.open()
    octets = {"Content-Type": "application/octet-stream"}
    status, headers, _ = client.request("GET", "/poll")
    assert status == 405 and headers["allow"] == "POST"
    assert client.request("PUT", f"/poll/{client.token}")[0] == 405
    assert client.request("GET", "/poll/" + "A" * 32)[0] == 404
    assert client.request("POST", f"/poll/{client.token}", client.pack({"t": "ping", "n": 1}))[0] == 415
    foreign = {"Origin": "https://elsewhere.example", **octets}
    assert client.request("POST", "/poll", b"", foreign)[0] == 403
    assert client.request("POST", f"/poll/{client.token}", bytes(70_000), octets)[0] == 413
    assert client.request("GET", f"/poll/{client.token}")[0] == 404, "a 413 ends the session"
    client.open()
    assert client.request("POST", f"/poll/{client.token}", b"\x00\x00\x00\x09abc", octets)[0] == 400
    assert client.request("GET", f"/poll/{client.token}")[0] == 404, "a 400 ends the session"
