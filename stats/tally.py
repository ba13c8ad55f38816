"""What happened this hour, counted in memory; sans-I/O (the caller passes the wall clock).

A *visit* begins with a welcomed connection. A browser that comes back within
``REVISIT_SECONDS`` of its last connection closing continues the same visit: the browser
sends a random id it keeps for one day (``hello.b``), which is only ever held here as a
keyed hash, in memory, for those few minutes, and then dropped. The rows this produces are
(hour, metric, key, value) with keys from closed sets (room slugs, bucket labels, hotline
lines): no row can carry an address, an agent, an id or a visitor's words.
"""

from __future__ import annotations

import hmac
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from hashlib import sha256

REVISIT_SECONDS = 300.0
HOUR = 3600
DAY = 24 * HOUR  # a UTC day: POSIX time has no leap seconds

# Upper bounds in seconds of the length buckets; the last bucket is open.
LENGTH_BOUNDS = (60, 300, 900, 1800, 3600)
LENGTH_LABELS = ("<1m", "1-5m", "5-15m", "15-30m", "30-60m", "60m+")

# How each metric's rows combine across instances and flushes.
MAXED = frozenset({"peak"})


def length_bucket(seconds: float) -> str:
    return LENGTH_LABELS[bisect_right(LENGTH_BOUNDS, seconds)]


def hour_of(now: float) -> int:
    return int(now // HOUR) * HOUR


def day_of(now: float) -> str:
    return _utc(now)[:10]


def _utc(now: float) -> str:
    return datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%d %H")


_VISITS = ("visits", "")  # a new visit's row key


@dataclass(slots=True)
class _Visit:
    started: float
    last_seen: float
    open: int = 0  # connections of this visit open now


@dataclass(slots=True)
class _Connection:
    visit: _Visit
    browser: bytes | None
    room: str
    since: float


@dataclass(slots=True)
class Taken:
    """What a flush writes: rows per hour, and the browsers' keyed hashes per UTC day."""

    rows: dict[int, Counter[tuple[str, str]]] = field(default_factory=dict)
    peaks: dict[int, int] = field(default_factory=dict)
    browsers: dict[str, set[bytes]] = field(default_factory=dict)


class Tally:
    def __init__(self, key: bytes, now: float) -> None:
        self._key = key  # the daily keys derive from it; it never leaves this process's memory
        self._connections: dict[str, _Connection] = {}
        self._recent: dict[bytes, _Visit] = {}
        self._taken = Taken()
        self._concurrent = 0
        self._since = now
        self._seconds: Counter[int] = Counter()  # visitor-seconds per hour: mean concurrency
        # The UTC day of the last arrival with a browser id, its name and its key (``_day``): both
        # were made anew for every such arrival, a date formatted and an HMAC, the same all day.
        # And the HMAC keyed with that day's key, copied for each browser id: ``hmac.new`` set the
        # key up afresh for every arrival (OpenSSL's two padded blocks hashed each time), ~4,000
        # instructions of the ~16,000 a browser's hash cost (docs/performance.md, "Round of
        # 2026-12-07 (ninth): arrivals"), as world/name_pass.py keeps its key.
        self._day: tuple[int, str, hmac.HMAC | None] = (-1, "", None)

    # -- events ------------------------------------------------------------------------

    def placed(self, connection_id: str, browser: str | None, room: str, now: float) -> None:
        """A connection's avatar is in ``room``: its arrival (after welcome) or a move."""
        connection = self._connections.get(connection_id)
        if connection is not None:
            if connection.room != room:
                self._left_room(connection, now)
                self._add(now, "flow", f"{connection.room}>{room}")
                self._add(now, "room", room)
                connection.room, connection.since = room, now
            return
        hour = self._advance(now)
        self._concurrent += 1
        peaks = self._taken.peaks
        peaks[hour] = max(peaks.get(hour, 0), self._concurrent)
        hashed = None
        day = ""
        if browser:
            day, keyed = self._day_of(now)
            mac = keyed.copy()  # ``hmac.new(day_key, browser, sha256)``, its key set up once a day
            mac.update(browser.encode())
            hashed = mac.digest()[:16]
        visit = self._recent.get(hashed) if hashed is not None else None
        if visit is not None and visit.open == 0 and now - visit.last_seen >= REVISIT_SECONDS:
            self._ended(visit)
            visit = None
        # Every arrival counts its room, and a new visit too, in the hour it came: its row read once
        # (after a visit that ended, whose row comes first, as it always did).
        counts = self._counts_of(hour)
        if visit is None:
            visit = _Visit(now, now)
            counts[_VISITS] += 1
            if hashed is not None:
                self._recent[hashed] = visit
                self._taken.browsers.setdefault(day, set()).add(hashed)
        visit.open += 1
        self._connections[connection_id] = _Connection(visit, hashed, room, now)
        counts[("room", room)] += 1

    def gone(self, connection_id: str, now: float) -> None:
        connection = self._connections.pop(connection_id, None)
        if connection is None:
            return
        self._advance(now)
        self._concurrent -= 1
        self._left_room(connection, now)
        visit = connection.visit
        visit.open -= 1
        visit.last_seen = now
        if connection.browser is None and visit.open == 0:
            self._add(now, "length", length_bucket(now - visit.started))

    def help_shown(self, what: str, line: str, now: float) -> None:
        """A help surface was shown or used: ``what`` and ``line`` come from closed sets."""
        self._add(now, f"help:{what}", line)

    def service_count(self, total: int, now: float) -> None:
        """Everyone connected across all instances (the counts every ~2 s): the hour's peak is the
        service's, the same figure on every instance, so keeping the largest row is right."""
        hour = hour_of(now)
        if total > self._taken.peaks.get(hour, 0):
            self._taken.peaks[hour] = total

    def expire(self, now: float) -> None:
        """Visits whose browser has not come back within ``REVISIT_SECONDS`` end here."""
        for hashed, visit in list(self._recent.items()):
            if visit.open == 0 and now - visit.last_seen >= REVISIT_SECONDS:
                del self._recent[hashed]
                self._ended(visit)

    def take(self, now: float, *, last: bool = False) -> Taken:
        """Everything counted since the last take; the concurrency integral up to ``now``.

        ``last``: the process is stopping, so every visit it remembers ends now."""
        self.expire(now)
        if last:
            for visit in self._recent.values():
                visit.last_seen = now if visit.open else visit.last_seen
                self._ended(visit)
            self._recent.clear()
        self._advance(now)
        taken, self._taken = self._taken, Taken()
        for hour, seconds in self._seconds.items():
            taken.rows.setdefault(hour, Counter())[("visitor_seconds", "")] += round(seconds)
        self._seconds.clear()
        # The hour goes on with the visitors still here: its peak is at least them.
        self._taken.peaks[hour_of(now)] = self._concurrent
        if self._concurrent:
            taken.peaks[hour_of(now)] = max(taken.peaks.get(hour_of(now), 0), self._concurrent)
        return taken

    @property
    def concurrent(self) -> int:
        return self._concurrent

    @property
    def remembered(self) -> int:
        """Browsers held for the revisit rule now (bounded by the visits of a few minutes)."""
        return len(self._recent)

    # -- inside ------------------------------------------------------------------------

    def _day_of(self, now: float) -> tuple[str, hmac.HMAC]:
        """The UTC day of ``now`` and an HMAC keyed with its key (copy it, never update it):
        browser ids are hashed keyed and salted by the day, so the same id on another day, or
        without the key, is unrelated."""
        index, day, keyed = self._day
        if index != int(now // DAY) or keyed is None:
            day = day_of(now)
            day_key = hmac.new(self._key, day.encode(), sha256).digest()
            keyed = hmac.new(day_key, None, sha256)
            self._day = (int(now // DAY), day, keyed)
        return day, keyed

    def _ended(self, visit: _Visit) -> None:
        self._add(visit.last_seen, "length", length_bucket(visit.last_seen - visit.started))

    def _left_room(self, connection: _Connection, now: float) -> None:
        self._add(now, "room_time", f"{connection.room}:{length_bucket(now - connection.since)}")

    def _add(self, now: float, metric: str, key: str, value: int = 1) -> None:
        self._counts_of(hour_of(now))[(metric, key)] += value

    def _counts_of(self, hour: int) -> Counter[tuple[str, str]]:
        rows = self._taken.rows
        counts = rows.get(hour)
        if counts is None:
            counts = rows[hour] = Counter()
        return counts

    def _advance(self, now: float) -> int:
        """Add visitor-seconds since the last change, split at hour boundaries; the hour of ``now``."""
        since = self._since
        if now - since > 2 * HOUR and self._concurrent == 0:
            since = hour_of(now)  # a long quiet gap (or a clock set forward): nothing to spread
        # ``start`` is always the hour of ``since``: a boundary is an hour of its own.
        start, end = hour_of(since), hour_of(now)
        while start < end:
            boundary = start + HOUR
            self._seconds[start] += self._concurrent * (boundary - since)
            self._taken.peaks[boundary] = max(self._taken.peaks.get(boundary, 0), self._concurrent)
            since = start = boundary
        if now > since:
            self._seconds[start] += self._concurrent * (now - since)
            since = now
        self._since = since
        return end
