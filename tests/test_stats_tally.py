"""The counting core (stats/tally.py) and the HyperLogLog (stats/hll.py), without I/O."""

from __future__ import annotations

import secrets

import pytest

from stats.hll import STANDARD_ERROR, HyperLogLog, M
from stats.tally import HOUR, REVISIT_SECONDS, Tally

DAY = 1_796_169_600  # 2026-12-02 00:00 UTC


def counts(tally: Tally, now: float) -> dict[int, dict[tuple[str, str], int]]:
    taken = tally.take(now)
    rows = {hour: dict(c) for hour, c in taken.rows.items()}
    for hour, peak in taken.peaks.items():
        if peak:
            rows.setdefault(hour, {})[("peak", "")] = peak
    return rows


def test_a_reconnect_within_minutes_is_the_same_visit_and_later_it_is_a_new_one() -> None:
    tally = Tally(b"k" * 32, DAY)
    tally.placed("a", "browser1", "genkan", DAY + 10)
    tally.gone("a", DAY + 70)
    tally.placed("b", "browser1", "genkan", DAY + 70 + REVISIT_SECONDS - 1)  # came back: same visit
    tally.gone("b", DAY + 400)
    tally.placed("c", "browser1", "genkan", DAY + 400 + REVISIT_SECONDS + 1)  # too late: a new visit
    tally.placed("d", None, "genkan", DAY + 800)  # no id: every connection is a visit
    rows = counts(tally, DAY + 900)[DAY]
    assert rows[("visits", "")] == 3
    # The first visit ran from 10 s to 400 s, over two connections; the third is still open.
    assert rows[("length", "5-15m")] == 1
    assert sum(v for (metric, _), v in rows.items() if metric == "length") == 1


def test_rooms_flows_time_in_rooms_and_help() -> None:
    tally = Tally(b"k" * 32, DAY)
    tally.placed("a", "x" * 16, "genkan", DAY)
    tally.placed("a", "x" * 16, "hoshi", DAY + 30)
    tally.placed("a", "x" * 16, "hoshi", DAY + 40)  # the same room again: nothing
    tally.placed("a", "x" * 16, "kabe", DAY + 400)
    tally.help_shown("page", "hotline", DAY + 500)
    tally.gone("a", DAY + 500)
    rows = counts(tally, DAY + 600)[DAY]
    assert rows[("room", "genkan")] == rows[("room", "hoshi")] == rows[("room", "kabe")] == 1
    assert rows[("flow", "genkan>hoshi")] == rows[("flow", "hoshi>kabe")] == 1
    assert rows[("room_time", "genkan:<1m")] == 1
    assert rows[("room_time", "hoshi:5-15m")] == 1
    assert rows[("help:page", "hotline")] == 1


def test_peak_and_mean_concurrency_split_at_the_hour() -> None:
    tally = Tally(b"k" * 32, DAY)
    for n in range(4):
        tally.placed(str(n), None, "genkan", DAY + HOUR - 600)  # 4 visitors for the hour's last 10 minutes
    for n in range(2):
        tally.gone(str(n), DAY + HOUR + 1800)  # 2 leave half-way through the next hour
    rows = counts(tally, DAY + 2 * HOUR)
    assert rows[DAY][("peak", "")] == 4
    assert rows[DAY][("visitor_seconds", "")] == 4 * 600
    assert rows[DAY + HOUR][("peak", "")] == 4
    assert rows[DAY + HOUR][("visitor_seconds", "")] == 4 * 1800 + 2 * 1800
    # The next take carries the two still here into the hour after.
    assert counts(tally, DAY + 2 * HOUR + 10)[DAY + 2 * HOUR][("peak", "")] == 2


def test_a_day_replay_gives_each_hour_its_visits_and_forgets_browsers_after_minutes() -> None:
    tally = Tally(b"k" * 32, DAY)
    expected = {}
    for hour in range(24):
        visits = (hour * 7) % 30
        expected[DAY + hour * HOUR] = visits
        for n in range(visits):
            at = DAY + hour * HOUR + n * 60
            tally.placed(f"{hour}-{n}", secrets.token_hex(16), "genkan", at)
            tally.gone(f"{hour}-{n}", at + 30)
    rows = counts(tally, DAY + 24 * HOUR)
    got = {hour: rows.get(hour, {}).get(("visits", ""), 0) for hour in expected}
    assert got == expected
    assert tally.remembered == 0  # no browser's hash outlives the revisit window


def test_the_browsers_hashes_are_keyed_and_change_with_the_day() -> None:
    one, other = Tally(b"a" * 32, DAY), Tally(b"b" * 32, DAY)
    for tally in (one, other):
        tally.placed("x", "samebrowser", "genkan", DAY + 5)
        tally.placed("y", "samebrowser", "genkan", DAY + 86400 + 5)
    first, second = one.take(DAY + 86400 + 10).browsers, other.take(DAY + 86400 + 10).browsers
    assert set(first) == {"2026-12-02", "2026-12-03"}
    assert first["2026-12-02"] != first["2026-12-03"]  # a new day, an unrelated hash
    assert first["2026-12-02"] != second["2026-12-02"]  # another key, an unrelated hash
    assert all(b"samebrowser" not in h for hashes in first.values() for h in hashes)


def test_the_day_and_its_key_are_made_once_a_day(monkeypatch: pytest.MonkeyPatch) -> None:
    import stats.tally

    days: list[float] = []
    day_of = stats.tally.day_of
    monkeypatch.setattr(stats.tally, "day_of", lambda now: days.append(now) or day_of(now))
    tally = Tally(b"a" * 32, DAY)
    for n in range(5):  # the same browser on another tab, then others: all the same day
        tally.placed(f"c{n}", "samebrowser" if n < 2 else f"browser{n}", "genkan", DAY + 60 * n)
    tally.placed("late", "samebrowser", "genkan", DAY + 86400 - 1)
    tally.placed("next", "samebrowser", "genkan", DAY + 86400)
    assert len(days) == 2, "one for each UTC day, not one for each arrival"
    browsers = tally.take(DAY + 86400 + 1).browsers
    assert len(browsers["2026-12-02"]) == 4 and len(browsers["2026-12-03"]) == 1
    assert browsers["2026-12-02"].isdisjoint(browsers["2026-12-03"])


def test_a_browsers_hash_is_its_days_hmac_keyed_once_a_day(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each hash is HMAC-SHA256(the day's key, the browser id), cut to 16 bytes, as it always was; but the
    # HMAC is keyed once a day and copied for each arrival (``hmac.new`` set the key up for each one).
    import hashlib
    import hmac

    import stats.tally

    made: list[bytes] = []
    new = hmac.new
    monkeypatch.setattr(stats.tally.hmac, "new", lambda key, *rest: made.append(key) or new(key, *rest))
    key = b"a" * 32
    tally = Tally(key, DAY)
    ids = [f"browser{n}" for n in range(6)]
    for n, browser in enumerate(ids):
        tally.placed(f"c{n}", browser, "genkan", DAY + 60 * n)
    tally.placed("next", "browser0", "genkan", DAY + 86400)
    assert len(made) == 4, "the day's key and its keyed HMAC, once for each of the two days"
    browsers = tally.take(DAY + 86400 + 1).browsers
    for day, seen in (("2026-12-02", ids), ("2026-12-03", ["browser0"])):
        day_key = new(key, day.encode(), hashlib.sha256).digest()
        assert browsers[day] == {new(day_key, b.encode(), hashlib.sha256).digest()[:16] for b in seen}


@pytest.mark.parametrize("n", [50, 5_000, 100_000])
def test_the_hyperloglog_estimate_is_within_its_documented_error(n: int) -> None:
    hll = HyperLogLog()
    for i in range(n):
        hll.add(i.to_bytes(8, "big") + b"salt")
        hll.add(i.to_bytes(8, "big") + b"salt")  # repeats change nothing
    assert abs(hll.count() - n) <= 3 * STANDARD_ERROR * n + 1


def test_merging_registers_is_the_union() -> None:
    a, b = HyperLogLog(), HyperLogLog()
    for i in range(3000):
        (a if i % 2 else b).add(str(i).encode())
        a.add(str(i + 10_000).encode())
        b.add(str(i + 10_000).encode())
    a.merge(bytes(b.registers))
    assert abs(a.count() - 6000) <= 3 * STANDARD_ERROR * 6000
    with pytest.raises(ValueError, match="another size"):
        a.merge(b"\x00" * (M - 1))


def test_the_peak_is_the_whole_service_when_the_counts_say_so() -> None:
    tally = Tally(b"k" * 32, DAY)
    tally.placed("a", None, "genkan", DAY + 1)
    tally.service_count(37, DAY + 2)  # other instances hold the rest
    tally.service_count(12, DAY + 3)
    assert counts(tally, DAY + 10)[DAY][("peak", "")] == 37
