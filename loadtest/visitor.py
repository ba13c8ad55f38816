"""One simulated visitor, sans-I/O: frames in, frames out, timers through a scheduler.

The transport (``loadtest.wire``) owns the socket and calls ``opened``,
``receive`` and ``closed``; the visitor answers by calling the ``send`` it was
given. Everything the swarm measures is recorded here, on the shared ``Field``.

Most frames are ``tick`` frames, and at 10,000 visitors there are some 50,000 a
second to read on one core. So only *observers* (a sample of the visitors)
decode ticks and take walk→seen samples; the others recognise a tick by its
first bytes and only count it. Every other frame is decoded by everyone.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import msgpack

from loadtest.stats import Arrivals, Histogram, Tally

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
# What a child adds after a name (「そらゆき☆」, 「ねこくまちゃん」): with two of ``NAMES`` before
# it, ``distinct_name`` makes 30 × 30 × 13 = 11,700 names, every one accepted by the name policy
# (tests/test_loadtest_visitor.py). Not っち: 「ゆきほしのっち」 is refused.
SUFFIXES = ("", "ちゃん", "☆", "くん", "まる", "♪", "ぴょん", "にゃん", "♡", "たん", "★", "さん", "🌸")
DISTINCT_NAMES = len(NAMES) ** 2 * len(SUFFIXES)
SHAPES = ("maru", "shizuku", "mame", "kaku")
COLORS = ("momo", "mikan", "kiiro", "wakaba", "mizu", "fuji", "shiro", "haiiro")
ACCESSORIES = ("none", "leaf", "ribbon", "cap", "flower")
RESTING_POSES = ("sit", "sleep", "sit", "sleep", "lookup", "stand")
POSE_CHANCE = 0.15  # after a walk, how often the visitor also sits down, lies down or looks up
FLOOR = (40, 430, 984, 740)  # x0, y0, x1, y1: inside every room's walkable rectangle

# A server message is a map whose first key is "t" (world.protocol.encode packs the dict
# in insertion order). After the one-byte map header, a tick starts with these bytes:
# the str "t", then the str "tick". tests/test_loadtest_visitor.py pins this against the
# server's own encoding.
TICK_PREFIX = b"\xa1t\xa4tick"
_TICK_END = 1 + len(TICK_PREFIX)
# Every recipient of a nook's tick gets the same bytes, so the walk count of a frame is
# decoded once and remembered; forgetting is always safe (it is only decoded again).
_WALK_COUNTS_KEPT = 8192

Send = Callable[[bytes], None]
Schedule = Callable[[float, Callable[[], None]], Any]  # loop.call_later


def distinct_name(index: int) -> str:
    """The ``index``-th of ``DISTINCT_NAMES`` different ordinary names (then they repeat).

    Real visitors mostly pick names a process has not judged yet, so each arrival pays a name
    check; the ~30 ``NAMES`` alone are all remembered verdicts after the first few arrivals
    (world.connection keeps 4,096). The suffix turns fastest, so any run samples all of them:
    plain kana take the name policy's fast path, the marks (☆, ♪, 🌸) its full reading."""
    i = index % DISTINCT_NAMES
    pair = i // len(SUFFIXES)
    return NAMES[pair % len(NAMES)] + NAMES[pair // len(NAMES)] + SUFFIXES[i % len(SUFFIXES)]


def hello_frame(rng: random.Random, room: str, name: str | None = None) -> bytes:
    """A visitor's ``hello`` with a look picked as a child would (docs/protocol.md), and
    ``name``, or else one of the few ``NAMES``."""
    return msgpack.packb(
        {
            "t": "hello",
            "v": 1,
            "name": rng.choice(NAMES) if name is None else name,
            "look": {
                "shape": rng.choice(SHAPES),
                "color": rng.choice(COLORS),
                "acc": rng.choice(ACCESSORIES),
            },
            "room": room,
        }
    )


class Moves:
    """How often visitors change rooms, and where to: drawn by weight, never the room they are in."""

    __slots__ = ("destinations", "every")

    def __init__(self, every: float, rooms: dict[str, float]) -> None:
        self.every = every
        weighted = {slug: weight for slug, weight in rooms.items() if weight > 0}
        self.destinations: dict[str, tuple[list[str], list[float]]] = {}
        for here in rooms:
            others = [slug for slug in weighted if slug != here]
            self.destinations[here] = (others, [weighted[slug] for slug in others])

    @property
    def enabled(self) -> bool:
        return self.every > 0 and any(others for others, _ in self.destinations.values())

    def pick(self, here: str, rng: random.Random) -> str | None:
        others, weights = self.destinations.get(here, ((), ()))
        return rng.choices(others, weights)[0] if others else None

    def wait(self, rng: random.Random) -> float:
        return rng.uniform(0.5 * self.every, 1.5 * self.every)


class Field:
    """What all visitors share: the clock, the walk ledger, the measurement window and the counts."""

    __slots__ = (
        "arrivals",
        "clock",
        "latency",
        "ledger",
        "measuring",
        "moved",
        "poll_latency",
        "schedule",
        "stopping",
        "tally",
        "walk_counts",
        "window_start",
    )

    def __init__(self, clock: Callable[[], float], schedule: Schedule) -> None:
        self.clock = clock
        self.schedule = schedule
        # avatar id -> (x, y, send time) of its latest walk. The destination is never the
        # previous one, so (id, x, y) names exactly one walk.
        self.ledger: dict[str, tuple[int, int, float]] = {}
        self.tally = Tally()
        self.latency = Histogram()  # walk→seen, ms (WebSocket observers)
        self.poll_latency = Histogram()  # walk→seen, ms, of observers on long-polling
        self.moved = Histogram()  # enter→room snapshot of the new room, ms
        self.arrivals = Arrivals()
        self.walk_counts: dict[bytes, int] = {}
        self.window_start = float("inf")  # walks sent before this are warm-up
        self.measuring = False
        self.stopping = False


class Visitor:
    __slots__ = (
        "asked",
        "field",
        "heading",
        "hello",
        "known",
        "mover",
        "moves",
        "observer",
        "placed",
        "polling",
        "rng",
        "room",
        "send",
        "since",
        "timer",
        "walk_every",
        "x",
        "y",
        "you",
    )

    def __init__(
        self,
        field: Field,
        room: str,
        walk_every: float,
        rng: random.Random,
        *,
        observer: bool = True,
        moves: Moves | None = None,
        polling: bool = False,
        name: str | None = None,
    ) -> None:
        self.field = field
        self.polling = polling  # its walk→seen samples go to ``field.poll_latency``
        self.rng = rng
        self.walk_every = walk_every
        self.observer = observer
        self.moves = moves if moves is not None and moves.enabled else None
        self.hello = hello_frame(rng, room, name)
        self.since = field.clock()  # the visit begins with the attempt to connect
        self.send: Send | None = None
        self.you: str | None = None
        self.room = ""  # the room of the latest snapshot: the one whose ticks arrive now
        self.heading = room  # the room last asked for: the one the server moves us to
        self.asked = 0.0  # when the latest enter was sent
        self.placed = False
        # An observer's view of its nook, as a browser keeps it: a walk of an avatar it
        # does not know (one that left, or one from the room it just moved out of) is
        # ignored by the client, so it is not a sample either.
        self.known: set[str] = set()
        self.timer: Any = None
        self.mover: Any = None
        self.x = self.y = -1

    # -- called by the transport ------------------------------------------------------

    def opened(self, send: Send) -> None:
        self.send = send
        self.field.arrivals.upgraded.add((self.field.clock() - self.since) * 1000)
        send(self.hello)

    def receive(self, data: bytes) -> None:
        field = self.field
        tally = field.tally
        tally.frames += 1
        tally.bytes += len(data)
        if data[1:_TICK_END] == TICK_PREFIX:
            if self.observer:
                self._observe(msgpack.unpackb(data))
            else:
                counts = field.walk_counts
                walks = counts.get(data)
                if walks is None:
                    walks = len(msgpack.unpackb(data).get("walk") or ())
                    if len(counts) >= _WALK_COUNTS_KEPT:
                        counts.clear()
                    counts[data] = walks
                tally.walk_updates += walks
            return
        message = msgpack.unpackb(data)
        kind = message.get("t")
        if kind == "room":
            self._snapshot(message)
        elif kind == "welcome":
            self.you = message["you"]
            field.arrivals.welcomed.add((field.clock() - self.since) * 1000)
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
        for timer in (self.timer, self.mover):
            if timer is not None:
                timer.cancel()
        if self.placed:
            self.field.tally.connected -= 1
        self.placed = False
        self.timer = self.mover = None
        self.send = None

    # -- what arrives -----------------------------------------------------------------

    def _snapshot(self, message: dict[str, Any]) -> None:
        field = self.field
        tally = field.tally
        room = message.get("room", "")
        now = field.clock()
        if not self.placed:
            self.placed = True
            tally.connected += 1
            field.arrivals.placed.add((now - self.since) * 1000)
            field.arrivals.last_placed = now
            self.timer = field.schedule(self.rng.uniform(0, self.walk_every), self._walk)
            if self.moves is not None:  # the first move is spread like the first walk
                self.mover = field.schedule(self.rng.uniform(0, self.moves.every), self._move)
        elif room != self.room:
            tally.rooms_entered += 1
            if room == self.heading:
                field.moved.add((now - self.asked) * 1000)
        else:  # the server dropped deltas we were too slow to read and starts us afresh
            tally.catch_ups += 1
        self.room = room
        if self.observer:
            known = self.known
            known.clear()
            you = message.get("you")
            if you:
                known.add(you["id"])
            known.update(avatar["id"] for avatar in message.get("others", ()))

    def _observe(self, message: dict[str, Any]) -> None:
        known = self.known
        leaves = message.get("leave")
        if leaves:
            known.difference_update(leaves)
        joins = message.get("join")
        if joins:
            known.update(avatar["id"] for avatar in joins)
        walks = message.get("walk")
        if walks:
            self.field.tally.walk_updates += len(walks)
            if self.field.measuring:
                self._saw(walks)

    def _saw(self, walks: list[list[Any]]) -> None:
        field = self.field
        ledger = field.ledger
        known = self.known
        you = self.you
        start = field.window_start
        now = field.clock()
        latency = field.poll_latency if self.polling else field.latency
        seen = 0
        for avatar_id, x, y in walks:
            if avatar_id == you or avatar_id not in known:
                continue
            sent = ledger.get(avatar_id)
            if sent is not None and sent[0] == x and sent[1] == y and sent[2] >= start:
                latency.add((now - sent[2]) * 1000)
                seen += 1
        field.tally.seen += seen

    # -- behaviour --------------------------------------------------------------------

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

    def _move(self) -> None:
        field = self.field
        send = self.send
        moves = self.moves
        if send is None or moves is None or field.stopping:
            return
        room = moves.pick(self.heading, self.rng)
        if room is not None:
            send(msgpack.packb({"t": "enter", "room": room}))
            field.tally.moves_sent += 1
            self.heading = room
            self.asked = field.clock()
        self.mover = field.schedule(moves.wait(self.rng), self._move)
