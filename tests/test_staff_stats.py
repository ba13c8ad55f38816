"""/staff/stats over HTTP (real app, real SQLite): charts, tables, CSV, suppression, who may see it."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from datetime import UTC, datetime

import pytest
from starlette.testclient import TestClient

from stats.store import StatsStore
from stats.tally import Taken, hour_of
from tests.support.staff_console import log_in

NOW = datetime.now(UTC).timestamp()


@pytest.fixture
def client(staff_client: TestClient) -> TestClient:
    hour = hour_of(NOW)
    taken = Taken(
        rows={
            hour: Counter(
                {
                    ("visits", ""): 57,
                    ("room", "hoshi"): 31,
                    ("room", "asobi"): 3,  # small: held back
                    ("flow", "genkan>hoshi"): 12,
                    ("flow", "genkan>asobi"): 2,
                    ("length", "1-5m"): 40,
                    ("help:page", "help"): 4,
                    ("help:card", "robot"): 11,
                    ("help:tap_call", "kodomo_sos"): 23,
                    ("help:tap_link", "childline"): 1,
                    ("room_time", "hoshi:5-15m"): 14,
                    ("visitor_seconds", ""): 7200,
                }
            )
        },
        peaks={hour: 6},
    )
    engine = staff_client.app.state.posts.engine  # type: ignore[attr-defined]
    staff_client.portal.call(StatsStore(engine).add, taken)  # type: ignore[union-attr]
    return staff_client


def test_moderators_see_every_chart_with_its_table_and_small_counts_held_back(client: TestClient) -> None:
    assert client.get("/staff/stats", follow_redirects=False).headers["location"] == "/staff/login"
    log_in(client)
    page = client.get("/staff/stats")
    assert page.status_code == 200
    html = page.text
    # 12 tables for the charts and the browsers, 2 for the field figures (safety/field.py).
    assert html.count("<svg") == 11 and html.count("<table") == 14
    assert "<script>" not in html  # the charts need no script
    # Nothing from elsewhere: the only absolute URL is the SVG namespace.
    assert set(re.findall(r'(?:src|href)="(https?:[^"]+)"', html)) == set()
    assert '<th scope="row">ほしぞら</th><td>31</td>' in html
    assert '<th scope="row">あそびば</th><td>&lt; 10</td>' in html  # 3 entries: held back
    assert '<th scope="row">相談先のページを開いた</th><td>&lt; 10</td>' in html  # 4
    assert '<th scope="row">相談先カード（ロボ）</th><td>11</td>' in html
    assert '<th scope="row">でんわ：24じかん こどもSOSダイヤル</th><td>23</td>' in html
    assert '<th scope="row">リンク：チャイルドライン</th><td>&lt; 10</td>' in html
    assert '<th scope="row">ほしぞら</th><td>0</td><td>0</td><td>14</td>' in html
    flows = html[html.index('id="chart-flows"') :]
    assert "げんかん → あそびば &lt; 10</title>" in flows and "げんかん → ほしぞら 12</title>" in flows
    assert "げんかん → あそびば 2<" not in html and "あそびば 3<" not in html


def test_each_chart_downloads_as_csv_with_the_same_holding_back(client: TestClient) -> None:
    log_in(client)
    rooms = client.get("/staff/stats/rooms.csv")
    assert rooms.status_code == 200
    assert rooms.headers["content-type"].startswith("text/csv")
    assert "attachment" in rooms.headers["content-disposition"]
    table = dict(list(csv.reader(io.StringIO(rooms.text)))[1:])
    assert table["ほしぞら"] == "31" and table["あそびば"] == "< 10" and table["ひとやすみのへや"] == "0"
    visits = list(csv.reader(io.StringIO(client.get("/staff/stats/visits-by-day.csv").text)))
    assert sum(int(row[1]) for row in visits[1:]) == 57  # totals of visits are not held back
    concurrency = list(csv.reader(io.StringIO(client.get("/staff/stats/concurrency.csv").text)))
    assert ["6", "2"] in [row[1:] for row in concurrency]  # peak 6, mean 7200 s / 3600 s
    for hostile in ("nope", "..%2F..%2Fetc%2Fpasswd", "rooms%00", "へや"):
        assert client.get(f"/staff/stats/{hostile}.csv").status_code == 404


def test_the_queue_shows_each_posts_wait_the_longest_wait_and_todays_inflow(client: TestClient) -> None:
    for words in ("きょうは さむいね", "ねこが すき"):
        assert client.post("/api/posts", json={"room": "kabe", "body": words}).status_code == 202
    log_in(client)
    html = client.get("/staff/").text
    assert html.count("data-waited>待ち 0分<") == 2
    assert "data-oldest>0分<" in html
    inflow = html[html.index("data-inflow") :]
    assert "きょうの投稿（1時間ごと、日本時間）" in inflow and "いまの時間まで 2 件。" in inflow
    assert inflow.count("<svg") >= 1


def test_waits_read_as_minutes_hours_and_days() -> None:
    from datetime import timedelta

    from stats.report import waited

    start = datetime(2026, 12, 2, 0, 0)
    assert [waited(start, start + timedelta(minutes=m)) for m in (0, 59, 61, 60 * 47 + 5, 60 * 50)] == [
        "0分",
        "59分",
        "1時間1分",
        "47時間5分",
        "2日2時間",
    ]
    assert waited(start, start - timedelta(minutes=5)) == "0分"  # a clock a little behind


def test_the_posts_chart_names_each_status_as_stored_in_words() -> None:
    """posts.status is stored as ``waiting``, ``published`` or ``rejected`` (rooms/posts/store.py);
    the chart once showed 「published・なし」 because its words were keyed ``approved``."""
    from stats.report import _posts
    from stats.store import PostTimes

    at = datetime(2026, 12, 7, 12, 0)
    chart = _posts(
        [
            PostTimes("published", "none", at, at),
            PostTimes("rejected", "high", at, at),
            PostTimes("waiting", "concern", at, None),
        ]
    )
    labels = [row[0] for row in chart.rows]
    assert labels == ["公開・なし", "非公開・高", "審査待ち・心配"]
