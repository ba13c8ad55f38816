"""Japan time, as a child and the staff read it. Storage keeps UTC; only what is shown is JST."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

JST = timezone(timedelta(hours=9), "JST")  # Japan has no summer time


def in_japan(at: datetime) -> datetime:
    """``at`` on Japan's clock; a naive datetime is taken as UTC (how the stores keep time)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(JST)


def hello(at: datetime) -> str:
    """The greeting that fits Japan's clock: おはよう in the morning, こんばんは at night."""
    hour = in_japan(at).hour
    if 4 <= hour < 10:
        return "おはよう。"
    if 10 <= hour < 17:
        return "こんにちは。"
    return "こんばんは。"
