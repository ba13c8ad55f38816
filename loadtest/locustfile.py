"""Locust visitors who behave like the children who use Kakurega.

Each simulated visitor loads the entrance and a room page with their static
files, connects, says hello, wanders between rooms (some busier than others),
walks every few seconds, sits or sleeps a while, sometimes just idles, and
leaves after a session length drawn from a long-tailed distribution.

Custom events, visible in locust's statistics and CSV:

- ``WS connect``       — the WebSocket handshake
- ``WS hello→welcome`` — from hello to the server's welcome
- ``WS walk→seen``     — from a walk to another visitor in the same nook seeing it
- ``WS frame:<type>``  — every frame received (response length = bytes)

Run headless against a running server (see docs/performance.md):

    make loadtest USERS=1000 DURATION=5m HOST=http://127.0.0.1:8000
"""

from __future__ import annotations

import contextlib
import math
import os
import random
import time
from typing import Any

import gevent
import msgpack
import websocket
from locust import HttpUser, between, events, task
from locust.exception import StopUser

# Where children actually spend time: the entrance, the sky and the rest room are busiest.
ROOM_WEIGHT = {
    "genkan": 6,
    "robo": 3,
    "kabe": 4,
    "mogu": 2,
    "mado": 2,
    "tana": 3,
    "asobi": 3,
    "hoshi": 5,
    "hiru": 5,
}
# KAKUREGA_LOAD_ROOMS=hoshi,hiru keeps the visitors in fewer rooms (denser nooks).
_WANTED = os.environ.get("KAKUREGA_LOAD_ROOMS", ",".join(ROOM_WEIGHT)).split(",")
ROOMS = [room for room in _WANTED if room in ROOM_WEIGHT]
ROOM_WEIGHTS = [ROOM_WEIGHT[r] for r in ROOMS]
NAMES = ["そら", "ゆき", "はな", "もも", "うみ", "かぜ", "ほし", "つき", "くも", "あめ", "にじ", "のはら"]
SHAPES = ["maru", "shizuku", "mame", "kaku"]
COLORS = ["momo", "mikan", "kiiro", "wakaba", "mizu", "fuji", "shiro", "haiiro"]
ACCESSORIES = ["none", "leaf", "ribbon", "cap", "flower"]
FLOOR = (40, 430, 984, 740)

# Walks sent by any visitor in this process, by (avatar id, x, y): send time. Visitors in the
# same nook look their sightings up here; entries expire after a few seconds.
_sent_walks: dict[tuple[str, int, int], float] = {}
_WALK_MEMORY_SECONDS = 5.0


def session_seconds() -> float:
    """Long-tailed visit length: median about 6 minutes, between 30 s and 40 minutes."""
    return min(2400.0, max(30.0, random.lognormvariate(math.log(360), 0.8)))


def fire(name: str, started: float, length: int = 0, exception: Exception | None = None) -> None:
    events.request.fire(
        request_type="WS",
        name=name,
        response_time=(time.perf_counter() - started) * 1000,
        response_length=length,
        exception=exception,
        context={},
    )


class Visitor(HttpUser):
    wait_time = between(1, 3)

    def on_start(self) -> None:
        self.name = random.choice(NAMES)
        self.look = {
            "shape": random.choice(SHAPES),
            "color": random.choice(COLORS),
            "acc": random.choice(ACCESSORIES),
        }
        self.leave_at = time.monotonic() + session_seconds()
        self.socket: websocket.WebSocket | None = None
        self.reader: gevent.Greenlet | None = None
        self.you: str | None = None
        self.welcomed = gevent.event.Event()
        self.room = "genkan"
        self.load_page("/")
        self.enter_room(random.choices(ROOMS, ROOM_WEIGHTS)[0])

    def on_stop(self) -> None:
        self.disconnect()

    # -- what a visitor does ------------------------------------------------------------

    @task(20)
    def walk(self) -> None:
        self.check_time()
        x = random.randint(FLOOR[0], FLOOR[2])
        y = random.randint(FLOOR[1], FLOOR[3])
        if self.you is not None:
            _sent_walks[(self.you, x, y)] = time.perf_counter()
        self.send({"t": "walk", "x": x, "y": y})
        gevent.sleep(random.uniform(2, 6))

    @task(3)
    def rest(self) -> None:
        self.check_time()
        self.send({"t": "pose", "p": random.choice(["sit", "sleep", "lookup"])})
        gevent.sleep(random.uniform(15, 60))
        self.send({"t": "pose", "p": "stand"})

    @task(2)
    def idle(self) -> None:
        self.check_time()
        for _ in range(random.randint(1, 4)):
            gevent.sleep(20)
            self.send({"t": "ping", "n": random.randint(0, 2**31 - 1)})

    @task(2)
    def change_room(self) -> None:
        self.check_time()
        self.enter_room(random.choices(ROOMS, ROOM_WEIGHTS)[0])

    def check_time(self) -> None:
        if time.monotonic() >= self.leave_at:
            self.disconnect()
            raise StopUser()

    # -- the page and the socket ----------------------------------------------------------

    def load_page(self, path: str) -> None:
        self.client.get(path, name="page " + ("/" if path == "/" else "/{room}"))
        for asset in (
            "/static/css/base.css",
            "/static/css/room.css",
            "/static/js/room_page.js",
            "/static/vendor/msgpack/index.mjs",
            "/assets/avatars/body-maru.svg",
        ):
            self.client.get(asset, name="static")

    def enter_room(self, room: str) -> None:
        """A room change in the browser is a page navigation: new page, new socket, hello."""
        self.disconnect()
        self.room = room
        self.load_page("/" if room == "genkan" else f"/{room}")
        self.connect()

    def connect(self) -> None:
        url = self.host.replace("http", "ws", 1).rstrip("/") + "/ws"
        started = time.perf_counter()
        try:
            self.socket = websocket.create_connection(url, subprotocols=["kakurega.v1"], timeout=10)
        except Exception as error:
            fire("connect", started, exception=error)
            raise StopUser() from error
        fire("connect", started)
        self.welcomed.clear()
        self.reader = gevent.spawn(self.read_frames)
        hello_started = time.perf_counter()
        self.send({"t": "hello", "v": 1, "name": self.name, "look": self.look, "room": self.room})
        if self.welcomed.wait(10):
            fire("hello→welcome", hello_started)
        else:
            fire("hello→welcome", hello_started, exception=TimeoutError("no welcome"))

    def disconnect(self) -> None:
        if self.socket is not None:
            with contextlib.suppress(Exception):
                self.socket.close()
            self.socket = None
        if self.reader is not None:
            self.reader.kill(block=False)
            self.reader = None
        self.you = None

    def send(self, message: dict[str, Any]) -> None:
        if self.socket is None:
            return
        try:
            self.socket.send_binary(msgpack.packb(message))
        except Exception as error:
            fire("send", time.perf_counter(), exception=error)
            self.socket = None

    def read_frames(self) -> None:
        socket = self.socket
        while socket is not None and socket.connected:
            try:
                data = socket.recv()
            except Exception:
                return
            if not data:
                return
            frame = msgpack.unpackb(data, raw=False)
            kind = frame.get("t", "?")
            # Frames are counted (and their bytes), not timed: the time between frames is not latency.
            events.request.fire(
                request_type="WS",
                name=f"frame:{kind}",
                response_time=0,
                response_length=len(data),
                exception=None,
                context={},
            )
            if kind == "welcome":
                self.you = frame["you"]
                self.welcomed.set()
            elif kind == "tick":
                self.notice_walks(frame.get("walk", ()))
            elif kind == "bye":
                fire("bye", time.perf_counter(), exception=RuntimeError(f"bye {frame.get('reason')}"))

    def notice_walks(self, walks: list[list[Any]]) -> None:
        now = time.perf_counter()
        for avatar_id, x, y in walks:
            if avatar_id == self.you:
                continue
            sent = _sent_walks.get((avatar_id, x, y))
            if sent is not None and now - sent < _WALK_MEMORY_SECONDS:
                events.request.fire(
                    request_type="WS",
                    name="walk→seen",
                    response_time=(now - sent) * 1000,
                    response_length=0,
                    exception=None,
                    context={},
                )


@events.test_stop.add_listener
def _forget_walks(**_: Any) -> None:
    _sent_walks.clear()


def _expire_walks() -> None:
    while True:
        gevent.sleep(_WALK_MEMORY_SECONDS)
        cutoff = time.perf_counter() - _WALK_MEMORY_SECONDS
        for key in [k for k, sent in _sent_walks.items() if sent < cutoff]:
            _sent_walks.pop(key, None)


@events.init.add_listener
def _start_expiry(environment: Any, **_: Any) -> None:
    gevent.spawn(_expire_walks)
