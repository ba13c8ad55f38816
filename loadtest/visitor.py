"""One simulated visitor, sans-I/O: frames in, frames out, timers through a scheduler.

The transport (``loadtest.wire``) owns the socket and calls ``opened``,
``receive`` and ``closed``; the visitor answers by calling the ``send`` it was
given. Everything the swarm measures is recorded here, on the shared ``Field``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import msgpack

from loadtest.stats import Histogram, Tally

# Ordinary names a child might pick; all pass the name policy (duplicates are fine).
NAMES = (
    "そら",
    "ゆき",
    "はな",
    "ひかり",
    "あおい",
    "かえで",
    "つばさ",
    "ほしの",
    "なぎ",
    "みお",
    "こはる",
    "りん",
    "ゆう",
    "はると",
    "めい",
    "さくら",
    "たいよう",
    "しずく",
    "ことり",
    "もも",
    "くじら",
    "うみ",
    "あめ",
    "ねこ",
    "くま",
    "うさぎ",
    "みかん",
    "すみれ",
    "あさひ",
    "ゆめ",
)
SHAPES = ("maru", "shizuku", "mame", "kaku")
COLORS = ("momo", "mikan", "kiiro", "wakaba", "mizu", "fuji", "shiro", "haiiro")
ACCESSORIES = ("none", "leaf", "ribbon", "cap", "flower")
RESTING_POSES = ("sit", "sleep", "sit", "sleep", "lookup", "stand")
POSE_CHANCE = 0.15  # after a walk, how often the visitor also sits down, lies down or looks up
FLOOR = (40, 430, 984, 740)  # x0, y0, x1, y1: inside every room's walkable rectangle

Send = Callable[[bytes], None]
Schedule = Callable[[float, Callable[[], None]], Any]  # loop.call_later


class Field:
    """What all visitors share: the clock, the walk ledger, the measurement window and the counts."""

    __slots__ = ("clock", "latency", "ledger", "measuring", "schedule", "stopping", "tally", "window_start")

    def __init__(self, clock: Callable[[], float], schedule: Schedule) -> None:
        self.clock = clock
        self.schedule = schedule
        # avatar id -> (x, y, send time) of its latest walk. The destination is never the
        # previous one, so (id, x, y) names exactly one walk.
        self.ledger: dict[str, tuple[int, int, float]] = {}
        self.tally = Tally()
        self.latency = Histogram()
        self.window_start = float("inf")  # walks sent before this are warm-up
        self.measuring = False
        self.stopping = False


class Visitor:
    __slots__ = ("field", "hello", "rng", "send", "timer", "walk_every", "x", "y", "you")

    def __init__(self, field: Field, room: str, walk_every: float, rng: random.Random) -> None:
        self.field = field
        self.rng = rng
        self.walk_every = walk_every
        self.hello = msgpack.packb(
            {
                "t": "hello",
                "v": 1,
                "name": rng.choice(NAMES),
                "look": {
                    "shape": rng.choice(SHAPES),
                    "color": rng.choice(COLORS),
                    "acc": rng.choice(ACCESSORIES),
                },
                "room": room,
            }
        )
        self.send: Send | None = None
        self.you: str | None = None
        self.timer: Any = None
        self.x = self.y = -1

    # -- called by the transport ------------------------------------------------------

    def opened(self, send: Send) -> None:
        self.send = send
        send(self.hello)

    def receive(self, data: bytes) -> None:
        field = self.field
        tally = field.tally
        tally.frames += 1
        tally.bytes += len(data)
        message = msgpack.unpackb(data)
        kind = message.get("t")
        if kind == "tick":
            walks = message.get("walk")
            if walks:
                tally.walk_updates += len(walks)
                self._saw(walks)
        elif kind == "room":
            if self.timer is None:  # the first snapshot: now in the world
                tally.connected += 1
                self.timer = field.schedule(self.rng.uniform(0, self.walk_every), self._walk)
        elif kind == "welcome":
            self.you = message["you"]
        elif kind == "bye":
            tally.byes[str(message.get("reason"))] += 1
        elif kind == "name_refused":
            tally.name_refused += 1
            if self.send is not None:
                self.send(
                    msgpack.packb(
                        {
                            "t": "hello",
                            "v": 1,
                            "name": "そら",
                            "look": {"shape": "maru", "color": "mizu", "acc": "none"},
                        }
                    )
                )

    def closed(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.field.tally.connected -= 1
        self.timer = None
        self.send = None

    # -- behaviour --------------------------------------------------------------------

    def _saw(self, walks: list[list[Any]]) -> None:
        field = self.field
        if not field.measuring:
            return
        ledger = field.ledger
        you = self.you
        start = field.window_start
        now = field.clock()
        latency = field.latency
        seen = 0
        for avatar_id, x, y in walks:
            if avatar_id == you:
                continue
            sent = ledger.get(avatar_id)
            if sent is not None and sent[0] == x and sent[1] == y and sent[2] >= start:
                latency.add((now - sent[2]) * 1000)
                seen += 1
        field.tally.seen += seen

    def _walk(self) -> None:
        field = self.field
        send = self.send
        if send is None or field.stopping:
            return
        rng = self.rng
        x0, y0, x1, y1 = FLOOR
        x, y = rng.randint(x0, x1), rng.randint(y0, y1)
        while x == self.x and y == self.y:
            x = rng.randint(x0, x1)
        self.x, self.y = x, y
        if self.you is not None:
            field.ledger[self.you] = (x, y, field.clock())
        send(msgpack.packb({"t": "walk", "x": x, "y": y}))
        field.tally.walks_sent += 1
        if rng.random() < POSE_CHANCE:
            send(msgpack.packb({"t": "pose", "p": rng.choice(RESTING_POSES)}))
            field.tally.poses_sent += 1
        every = self.walk_every
        self.timer = field.schedule(rng.uniform(0.5 * every, 1.5 * every), self._walk)
