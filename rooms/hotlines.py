"""The hotline directory: who a visitor can reach, and whether they are open now.

The facts live in ``rooms/data/hotlines.toml`` so staff can correct a number or
an opening time without a code change.  ``HotlineDirectory.card(at)`` gives the
lines for the hotline card, open-now first, each with a label a child can read
(「24じかん」「よる 10じ まで」「きょうは おやすみ」).  The same hours go into
the page as JSON so ``static/js/hotline_card.js`` can keep a page left open right.

Japan has had no summer time since 1951, so Japan time is a fixed UTC+9 offset:
no tz database is needed on the server or in the browser.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any

JST = timezone(timedelta(hours=9), "JST")
DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "hotlines.toml"

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_KINDS = ("talk", "abuse", "emergency")
_DAY_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class Period:
    days: frozenset[int]
    """Weekdays the period starts on (Monday = 0)."""
    open: int
    """Minutes after midnight, Japan time."""
    close: int
    """Minutes after midnight; below ``open`` means the period runs past midnight."""
    last_entry: int | None = None

    @property
    def end(self) -> int:
        """When a caller can last get through (reception end, else closing)."""
        return self.last_entry if self.last_entry is not None else self.close

    def covers(self, weekday: int, minute: int) -> bool:
        end = self.end
        if end > self.open:  # same day
            return weekday in self.days and self.open <= minute < end
        # Past midnight: the evening part today, the small hours from yesterday.
        return (weekday in self.days and minute >= self.open) or (
            (weekday - 1) % 7 in self.days and minute < end
        )


@dataclass(frozen=True, slots=True)
class Hours:
    always: bool = False
    varies: bool = False
    periods: tuple[Period, ...] = ()
    closed: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()
    """Closed date ranges as ((month, day), (month, day)), inclusive, may wrap."""

    def closed_on(self, day: date) -> bool:
        md = (day.month, day.day)
        for start, end in self.closed:
            inside = start <= md <= end if start <= end else (md >= start or md <= end)
            if inside:
                return True
        return False

    def open_at(self, at: datetime) -> bool:
        """Open at ``at`` (aware; any zone). Region-dependent hours count as not known: False."""
        local = at.astimezone(JST)
        if self.varies or self.closed_on(local.date()):
            return False
        if self.always:
            return True
        minute = local.hour * 60 + local.minute
        return any(p.covers(local.weekday(), minute) for p in self.periods)

    def label(self, at: datetime) -> str:
        """A short Japanese label of the hours as they stand at ``at``."""
        local = at.astimezone(JST)
        if self.varies:
            return "じかんは ばしょで ちがうよ"
        if self.closed_on(local.date()):
            return "きょうは おやすみ"
        if self.always:
            return "24じかん"
        minute = local.hour * 60 + local.minute
        weekday = local.weekday()
        for p in self.periods:
            if p.covers(weekday, minute):
                return f"{clock_words(p.end)} まで"
        later = sorted(p.open for p in self.periods if weekday in p.days and p.open > minute)
        if later:
            return f"{clock_words(later[0])} から"
        tomorrow = local.date() + timedelta(days=1)
        if not self.closed_on(tomorrow):
            starts = sorted(p.open for p in self.periods if tomorrow.weekday() in p.days)
            if starts:
                return f"あした {clock_words(starts[0])} から"
        if any(weekday in p.days for p in self.periods):
            return "きょうは もう おわり"
        return "きょうは おやすみ"

    def to_json(self) -> dict[str, Any]:
        """The hours in the shape ``hotline_card.js`` reads from ``data-hours``."""
        return {
            "always": self.always,
            "varies": self.varies,
            "periods": [
                {"days": sorted(p.days), "open": p.open, "close": p.close, "last": p.last_entry}
                for p in self.periods
            ],
            "closed": [[s[0], s[1], e[0], e[1]] for s, e in self.closed],
        }


def clock_words(minute: int) -> str:
    """Minutes after midnight as a child reads the clock: 1350 → 「よる 10じはん」."""
    hour, mins = divmod(minute % _DAY_MINUTES, 60)
    if hour == 0:
        part, shown = "よなか", 12
    elif hour < 4:
        part, shown = "よなか", hour
    elif hour < 11:
        part, shown = "あさ", hour
    elif hour == 11:
        part, shown = "ひるまえ", 11
    elif hour == 12:
        part, shown = "おひる", 12
    elif hour < 16:
        part, shown = "ひる", hour - 12
    elif hour < 18:
        part, shown = "ゆうがた", hour - 12
    else:
        part, shown = "よる", hour - 12
    tail = "" if mins == 0 else ("はん" if mins == 30 else f"{mins}ふん")
    return f"{part} {shown}じ{tail}"


@dataclass(frozen=True, slots=True)
class Reach:
    type: str
    """phone, line, chat, mail, web."""
    label: str
    tel: str | None = None
    url: str | None = None
    """Only set when the address was checked; the page only links to it."""
    how: str | None = None
    """Words telling how to find it when there is no checked link."""


@dataclass(frozen=True, slots=True)
class Hotline:
    id: str
    name: str
    official_name: str
    for_whom: str
    kind: str
    reach: tuple[Reach, ...]
    hours: Hours
    checked: date
    source: str
    verified: bool
    note: str = ""

    @property
    def is_emergency(self) -> bool:
        return self.kind == "emergency"

    @property
    def phones(self) -> tuple[Reach, ...]:
        return tuple(r for r in self.reach if r.tel)

    def open_now(self, at: datetime) -> bool:
        return self.hours.open_at(at)


@dataclass(frozen=True, slots=True)
class CardLine:
    entry: Hotline
    is_open: bool
    label: str
    """The hours as a child reads them, at the time the card was made."""
    status: str
    """open, closed or varies (hours depend on the region)."""
    order: int = 0
    """Place in the data file; the card keeps this order inside each group."""
    pinned: bool = False
    """Shown first whatever the hours (e.g. 189 after a text about abuse at home)."""

    @property
    def always(self) -> bool:
        return self.entry.hours.always


@dataclass(frozen=True, slots=True)
class HotlineDirectory:
    lines: tuple[Hotline, ...]

    def open_now(self, at: datetime) -> list[Hotline]:
        return [line for line in self.lines if line.open_now(_aware(at))]

    def card(self, at: datetime, *, pin_kinds: tuple[str, ...] = ()) -> list[CardLine]:
        """All lines for the card: open now first, then unknown hours, then closed;
        emergency numbers (always open) last, apart from the listening lines.
        Lines of a kind in ``pin_kinds`` go to the very top (``card_for`` picks
        them from a risk assessment: abuse at home pins 189).
        The order inside a group is the order of the data file."""
        at = _aware(at)
        made = [_card_line(line, at, i, line.kind in pin_kinds) for i, line in enumerate(self.lines)]
        return sorted(made, key=_group)  # stable: file order within a group

    def card_for(self, at: datetime, categories: tuple[str, ...] | list[str]) -> list[CardLine]:
        """The card after a risk assessment with these ``categories``."""
        return self.card(at, pin_kinds=pin_kinds_for(categories))

    @property
    def last_checked(self) -> date:
        return min(line.checked for line in self.lines)

    @property
    def numbers(self) -> tuple[str, ...]:
        """Every telephone number of the directory, once each, in the order of the data file."""
        return tuple(dict.fromkeys(r.tel for line in self.lines for r in line.reach if r.tel))


_GROUP = {"open": 0, "varies": 1, "closed": 2}


def pin_kinds_for(categories: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Which kinds of line a risk assessment's categories call for first."""
    return ("abuse",) if "abuse" in categories else ()


def _group(line: CardLine) -> int:
    if line.pinned:
        return -1
    return 3 if line.entry.is_emergency else _GROUP[line.status]


def _card_line(line: Hotline, at: datetime, order: int, pinned: bool) -> CardLine:
    is_open = line.open_now(at)
    status = "varies" if line.hours.varies else ("open" if is_open else "closed")
    return CardLine(line, is_open, line.hours.label(at), status, order, pinned)


def _aware(at: datetime) -> datetime:
    # A naive datetime is taken as UTC, the server's clock.
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _minutes(text: str) -> int:
    hh, mm = text.split(":")
    value = int(hh) * 60 + int(mm)
    if not 0 <= value <= _DAY_MINUTES or int(mm) >= 60:
        raise ValueError(f"bad time {text!r}")
    return value


def _month_day(text: str) -> tuple[int, int]:
    month, day = (int(part) for part in text.split("-"))
    date(2024, month, day)  # raises on a date that does not exist (leap year allows 02-29)
    return month, day


def _days(names: list[str]) -> frozenset[int]:
    if "every" in names:
        return frozenset(range(7))
    unknown = set(names) - set(_DAYS)
    if unknown:
        raise ValueError(f"unknown weekday(s) {sorted(unknown)}")
    return frozenset(_DAYS.index(n) for n in names)


def _hours(raw: dict[str, Any]) -> Hours:
    periods = tuple(
        Period(
            days=_days(p["days"]),
            open=_minutes(p["open"]),
            close=_minutes(p["close"]),
            last_entry=_minutes(p["last_entry"]) if "last_entry" in p else None,
        )
        for p in raw.get("periods", [])
    )
    closed = tuple((_month_day(c["from"]), _month_day(c["to"])) for c in raw.get("closed", []))
    hours = Hours(bool(raw.get("always")), bool(raw.get("varies")), periods, closed)
    if not (hours.always or hours.varies or hours.periods):
        raise ValueError("hours need always, varies or periods")
    return hours


def _reach(raw: dict[str, Any]) -> Reach:
    url = raw.get("url") if raw.get("url_checked", True) else None
    if url is not None and not url.startswith("https://"):
        raise ValueError(f"links must be https: {url!r}")
    tel = raw.get("tel")
    if tel is not None and not tel.isdigit():
        raise ValueError(f"tel must be digits only: {tel!r}")
    return Reach(raw["type"], raw["label"], tel, url, raw.get("how"))


def _hotline(raw: dict[str, Any]) -> Hotline:
    kind = raw["kind"]
    if kind not in _KINDS:
        raise ValueError(f"{raw['id']}: unknown kind {kind!r}")
    reach = tuple(_reach(r) for r in raw["reach"])
    if not reach:
        raise ValueError(f"{raw['id']}: no way to reach")
    return Hotline(
        id=raw["id"],
        name=raw["name"],
        official_name=raw["official_name"],
        for_whom=raw["for_whom"],
        kind=kind,
        reach=reach,
        hours=_hours(raw["hours"]),
        checked=raw["checked"],
        source=raw["source"],
        verified=bool(raw["verified"]),
        note=raw.get("note", ""),
    )


def parse_directory(text: str) -> HotlineDirectory:
    """Read the TOML text of a directory; raises ValueError on a mistake in it."""
    try:
        data = tomllib.loads(text)
        return HotlineDirectory(tuple(_hotline(raw) for raw in data["line"]))
    except (KeyError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"hotline directory: {exc}") from exc


def load_directory(path: Path | None = None) -> HotlineDirectory:
    """The directory in ``path``, or the packaged one (read once and kept)."""
    if path is None:
        return _default_directory()
    return parse_directory(path.read_text(encoding="utf-8"))


@cache
def _default_directory() -> HotlineDirectory:
    return parse_directory(DEFAULT_PATH.read_text(encoding="utf-8"))


__all__ = [
    "JST",
    "CardLine",
    "Hotline",
    "HotlineDirectory",
    "Hours",
    "Period",
    "Reach",
    "clock_words",
    "load_directory",
    "parse_directory",
    "pin_kinds_for",
]
