"""What /staff/stats shows: the hourly rows shaped into charts and tables, counts held back.

Small-count suppression: every number of a *breakdown* (rooms, flows, help by line, visit
lengths, posts by status and risk, moderation times) between 1 and 9 is shown as « < 10 »,
in the charts, the tables and the CSV alike, so that no breakdown can single anyone out.
Totals of visits per hour and per day, and concurrency, are shown as they are. Days and hours
are Japan's (the rows are kept in UTC).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from markupsafe import Markup

from rooms.catalogue import ROOMS
from rooms.japan_time import in_japan
from stats.store import PostTimes, Row
from stats.svg import Bar, columns, heat_strip, matrix, matrix_wide, rows_of_bars
from stats.tally import LENGTH_LABELS

SMALL = 10
HIDDEN = "< 10"

LENGTH_WORDS = dict(
    zip(LENGTH_LABELS, ("1分未満", "1〜5分", "5〜15分", "15〜30分", "30〜60分", "60分以上"), strict=True)
)
HELP_WORDS = {
    ("page", "help"): "相談先のページを開いた",
    ("card", "posts"): "相談先カード（投稿のあと）",
    ("card", "posts_abuse"): "相談先カード（投稿・虐待：189を先頭に）",
    ("card", "robot"): "相談先カード（ロボ）",
    ("robot", "none"): "ロボの返事（リスクなし）",
    ("robot", "concern"): "ロボの返事（心配）",
    ("robot", "high"): "ロボの返事（高）",
    ("robot", "imminent"): "ロボの返事（切迫）",
}
MODERATION_BOUNDS = (15, 60, 240, 1440)  # minutes
MODERATION_WORDS = ("15分未満", "15〜60分", "1〜4時間", "4〜24時間", "24時間以上")
STATUS_WORDS = {"waiting": "審査待ち", "published": "公開", "rejected": "非公開"}  # posts.status as stored


def shown(value: int) -> str:
    """A breakdown's number as staff see it."""
    return HIDDEN if 0 < value < SMALL else str(value)


@dataclass(frozen=True, slots=True)
class Chart:
    name: str  # its CSV is /staff/stats/{name}.csv
    title: str
    note: str
    svg: Markup
    headers: list[str]
    rows: list[list[str]]

    def csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.headers)
        writer.writerows(self.rows)
        return out.getvalue()


def build(
    rows: Sequence[Row], posts: Sequence[PostTimes], uniques: dict[str, int], now: datetime
) -> list[Chart]:
    """Every chart of the page, from the last 90 days of rows; ``now`` is naive UTC."""
    week = [r for r in rows if r.hour >= now - timedelta(days=7)]
    return [
        _heat(rows, now),
        _per_day(rows, uniques, now),
        _concurrency(rows, now),
        _rooms(week),
        _flows(week),
        _lengths(week),
        _help(week),
        _taps(week),
        _room_times(week),
        _moderation(posts),
        _posts(posts),
    ]


def _heat(rows: Iterable[Row], now: datetime) -> Chart:
    today = in_japan(now).date()
    days = [today - timedelta(days=n) for n in range(6, -1, -1)]
    grid = {day: [0] * 24 for day in days}
    for row in rows:
        if row.metric == "visits":
            at = in_japan(row.hour)
            if at.date() in grid:
                grid[at.date()][at.hour] += row.value
    labels = [day.strftime("%m/%d") for day in days]
    values = [grid[day] for day in days]
    return Chart(
        "visits-by-hour",
        "時間ごとの訪問（7日間）",
        "濃いほど多い。日本時間。",
        heat_strip(labels, values, "時間ごとの訪問、7日間"),
        ["日", *[f"{h}時" for h in range(24)]],
        [[label, *map(str, row)] for label, row in zip(labels, values, strict=True)],
    )


def _per_day(rows: Iterable[Row], uniques: dict[str, int], now: datetime) -> Chart:
    today = in_japan(now).date()
    days = [today - timedelta(days=n) for n in range(89, -1, -1)]
    visits = Counter[object]()
    for row in rows:
        if row.metric == "visits":
            visits[in_japan(row.hour).date()] += row.value
    bars = [Bar(day.strftime("%m/%d"), visits[day], str(visits[day])) for day in days]
    return Chart(
        "visits-by-day",
        "日ごとの訪問（90日間）",
        "ちがうブラウザの数（推定、誤差 ±0.81%、UTCの日）は表の右の列。",
        columns(bars, "日ごとの訪問、90日間", every=14),
        ["日", "訪問", "ちがうブラウザ（推定・UTCの日）"],
        [[day.isoformat(), str(visits[day]), str(uniques.get(day.isoformat(), ""))] for day in days],
    )


def _concurrency(rows: Iterable[Row], now: datetime) -> Chart:
    start = now.replace(minute=0, second=0, microsecond=0) - timedelta(hours=47)
    hours = [start + timedelta(hours=n) for n in range(48)]
    peak, seconds = Counter[datetime](), Counter[datetime]()
    for row in rows:
        if row.metric == "peak":
            peak[row.hour] = max(peak[row.hour], row.value)
        elif row.metric == "visitor_seconds":
            seconds[row.hour] += row.value
    mean = [round(seconds[h] / 3600) for h in hours]
    bars = [Bar(in_japan(h).strftime("%H時"), peak[h], str(peak[h])) for h in hours]
    return Chart(
        "concurrency",
        "同時にいた人数（48時間）",
        "うすい棒がその時間の最大、濃い棒が平均。",
        columns(bars, "同時にいた人数、48時間", every=6, second=mean),
        ["時間（日本時間）", "最大", "平均"],
        [
            [in_japan(h).strftime("%m/%d %H時"), str(peak[h]), str(m)]
            for h, m in zip(hours, mean, strict=True)
        ],
    )


def _sum(rows: Iterable[Row], metric: str) -> Counter[str]:
    summed = Counter[str]()
    for row in rows:
        if row.metric == metric:
            summed[row.key] += row.value
    return summed


def _rooms(week: Sequence[Row]) -> Chart:
    entries = _sum(week, "room")
    bars = [Bar(room.name, entries[slug], shown(entries[slug])) for slug, room in ROOMS.items()]
    return Chart(
        "rooms",
        "へやに入った回数（7日間）",
        "10未満は「< 10」と表示。",
        rows_of_bars(bars, "へやに入った回数、7日間"),
        ["へや", "入った回数"],
        [[b.label, b.shown] for b in bars],
    )


def _flows(week: Sequence[Row]) -> Chart:
    flows = _sum(week, "flow")
    slugs = list(ROOMS)
    names = [ROOMS[s].name for s in slugs]
    cells = [
        [
            Bar(f"{ROOMS[a].name} → {ROOMS[b].name}", flows[f"{a}>{b}"], shown(flows[f"{a}>{b}"]))
            for b in slugs
        ]
        for a in slugs
    ]
    return Chart(
        "flows",
        "へやから へやへ（7日間）",
        "行がもとのへや、列がつぎのへや。10未満は「< 10」。",
        matrix(names, cells, "へやからへやへの移動、7日間"),
        ["もとのへや", *names],
        [[name, *(c.shown for c in row)] for name, row in zip(names, cells, strict=True)],
    )


def _lengths(week: Sequence[Row]) -> Chart:
    lengths = _sum(week, "length")
    bars = [Bar(LENGTH_WORDS[label], lengths[label], shown(lengths[label])) for label in LENGTH_LABELS]
    return Chart(
        "visit-lengths",
        "いた時間（7日間）",
        "再接続は同じ訪問として数える。",
        rows_of_bars(bars, "訪問の長さ、7日間"),
        ["長さ", "訪問"],
        [[b.label, b.shown] for b in bars],
    )


def _help(week: Sequence[Row]) -> Chart:
    counts = Counter[tuple[str, str]]()
    for row in week:
        if row.metric.startswith("help:"):
            counts[(row.metric[5:], row.key)] += row.value
    bars = [Bar(words, counts[key], shown(counts[key])) for key, words in HELP_WORDS.items()]
    return Chart(
        "help",
        "相談先を見せた回数（7日間）",
        "10未満は「< 10」。タップした数は つぎの図。",
        rows_of_bars(bars, "相談先を見せた回数、7日間"),
        ["どこで", "回数"],
        [[b.label, b.shown] for b in bars],
    )


def _taps(week: Sequence[Row]) -> Chart:
    from rooms.hotlines import load_directory

    counts = _sum(week, "help:tap_call") + Counter(
        {f"link:{k}": v for k, v in _sum(week, "help:tap_link").items()}
    )
    bars = []
    for line in load_directory().lines:
        if any(r.tel for r in line.reach):
            bars.append(Bar(f"でんわ：{line.name}", counts[line.id], shown(counts[line.id])))
        if any(r.url for r in line.reach):
            bars.append(
                Bar(f"リンク：{line.name}", counts[f"link:{line.id}"], shown(counts[f"link:{line.id}"]))
            )
    return Chart(
        "taps",
        "相談先をタップした回数（7日間）",
        "番号やリンクをタップした数（JavaScript がある時だけ数える）。10未満は「< 10」。",
        rows_of_bars(bars, "相談先をタップした回数、7日間"),
        ["相談先", "タップ"],
        [[b.label, b.shown] for b in bars],
    )


def _room_times(week: Sequence[Row]) -> Chart:
    stays = _sum(week, "room_time")
    headers = ["へや", *(LENGTH_WORDS[label] for label in LENGTH_LABELS)]
    table = [
        [room.name, *(shown(stays[f"{slug}:{label}"]) for label in LENGTH_LABELS)]
        for slug, room in ROOMS.items()
    ]
    cells = [
        [
            Bar(
                f"{room.name} {LENGTH_WORDS[label]}",
                stays[f"{slug}:{label}"],
                shown(stays[f"{slug}:{label}"]),
            )
            for label in LENGTH_LABELS
        ]
        for slug, room in ROOMS.items()
    ]
    return Chart(
        "room-times",
        "へやに いた時間（7日間）",
        "行がへや、列がいた時間。10未満は「< 10」。",
        matrix_wide([room.name for room in ROOMS.values()], headers[1:], cells, "へやにいた時間、7日間"),
        headers,
        table,
    )


def _moderation(posts: Sequence[PostTimes]) -> Chart:
    buckets = Counter[str]()
    for post in posts:
        if post.decided is not None:
            minutes = (post.decided - post.created).total_seconds() / 60
            index = sum(minutes >= bound for bound in MODERATION_BOUNDS)
            buckets[MODERATION_WORDS[index]] += 1
    bars = [Bar(words, buckets[words], shown(buckets[words])) for words in MODERATION_WORDS]
    return Chart(
        "moderation-time",
        "投稿から審査までの時間（30日間）",
        "投稿された時刻から、公開・非公開が決まるまで。",
        rows_of_bars(bars, "審査までの時間、30日間"),
        ["かかった時間", "投稿"],
        [[b.label, b.shown] for b in bars],
    )


def _posts(posts: Sequence[PostTimes]) -> Chart:
    from staff import RISK_LEVEL_WORDS

    table = Counter[tuple[str, str]]((p.status, p.risk) for p in posts)
    bars = [
        Bar(f"{STATUS_WORDS.get(s, s)}・{RISK_LEVEL_WORDS.get(r, r)}", n, shown(n))
        for (s, r), n in sorted(table.items())
    ]
    return Chart(
        "posts",
        "投稿（30日間、状態とリスク別）",
        "10未満は「< 10」。",
        rows_of_bars(bars, "投稿の状態とリスク、30日間"),
        ["状態・リスク", "投稿"],
        [[b.label, b.shown] for b in bars],
    )


def waited(created: datetime, now: datetime) -> str:
    """How long a post has waited, as the queue shows it (both naive UTC)."""
    minutes = max(0, int((now - created).total_seconds() // 60))
    if minutes < 60:
        return f"{minutes}分"
    if minutes < 48 * 60:
        return f"{minutes // 60}時間{minutes % 60}分"
    return f"{minutes // 1440}日{minutes % 1440 // 60}時間"


def inflow_today(posts: Sequence[PostTimes], now: datetime) -> Chart:
    """Posts written in each hour of today (Japan's day) so far: when to staff the queue."""
    today = in_japan(now).date()
    hours = Counter[int]()
    for post in posts:
        at = in_japan(post.created)
        if at.date() == today:
            hours[at.hour] += 1
    upto = in_japan(now).hour + 1
    bars = [Bar(f"{h}時", hours[h], str(hours[h])) for h in range(24)]
    return Chart(
        "inflow-today",
        "きょうの投稿（1時間ごと、日本時間）",
        f"いまの時間まで {sum(hours.values())} 件。",
        columns(bars, "きょうの投稿、1時間ごと", every=3),
        ["時間", "投稿"],
        [[f"{h}時", str(hours[h])] for h in range(upto)],
    )
