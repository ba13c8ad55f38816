"""The hotline directory, its opening hours in Japan time, and the hotline card."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader, select_autoescape

import safety
from rooms.hotlines import (
    DEFAULT_PATH,
    JST,
    HotlineDirectory,
    clock_words,
    load_directory,
    parse_directory,
)

ROOT = Path(__file__).resolve().parent.parent
JS = ROOT / "static" / "js" / "hotline_card.js"
CSS = ROOT / "static" / "css" / "hotline_card.css"


def jst(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=JST)


@pytest.fixture(scope="module")
def directory() -> HotlineDirectory:
    return load_directory()


def by_id(directory: HotlineDirectory, ident: str):  # type: ignore[no-untyped-def]
    return next(line for line in directory.lines if line.id == ident)


def test_the_numbers_of_issue_4_are_there(directory: HotlineDirectory) -> None:
    tels = {line.id: [r.tel for r in line.phones] for line in directory.lines}
    assert tels["inochi_sos"] == ["0120061338"]
    assert tels["yorisoi"] == ["0120279338"]
    assert tels["kodomo_sos"] == ["0120078310"]
    assert tels["childline"] == ["0120997777"]
    assert tels["jido_189"] == ["189"]
    assert tels["kokoro_navi"] == ["0570064556"]
    assert tels["police_110"] == ["110"]
    assert tels["ambulance_119"] == ["119"]
    assert by_id(directory, "ikizura_bit").reach[0].type == "line"


def test_every_line_says_when_and_where_its_facts_come_from(directory: HotlineDirectory) -> None:
    for line in directory.lines:
        assert isinstance(line.checked, date)
        assert line.source.strip()
        assert line.for_whom.strip()


def test_default_directory_is_read_once() -> None:
    assert load_directory() is load_directory()
    assert load_directory(DEFAULT_PATH) is not load_directory()


def test_always_open_lines(directory: HotlineDirectory) -> None:
    for ident in ("inochi_sos", "yorisoi", "kodomo_sos", "jido_189", "police_110"):
        line = by_id(directory, ident)
        assert line.open_now(jst("2026-01-01T03:00"))
        assert line.hours.label(jst("2026-01-01T03:00")) == "24じかん"


@pytest.mark.parametrize(
    ("when", "is_open", "label"),
    [
        ("2026-12-01T15:59", False, "ゆうがた 4じ から"),
        ("2026-12-01T16:00", True, "よる 9じ まで"),
        ("2026-12-01T20:59", True, "よる 9じ まで"),
        ("2026-12-01T21:00", False, "あした ゆうがた 4じ から"),
        ("2026-12-28T21:30", False, "きょうは もう おわり"),  # tomorrow is a closed day
        ("2026-12-29T17:00", False, "きょうは おやすみ"),
        ("2027-01-03T17:00", False, "きょうは おやすみ"),
        ("2027-01-04T17:00", True, "よる 9じ まで"),
    ],
)
def test_childline_hours_and_new_year(
    directory: HotlineDirectory, when: str, is_open: bool, label: str
) -> None:
    line = by_id(directory, "childline")
    assert line.open_now(jst(when)) is is_open
    assert line.hours.label(jst(when)) == label


@pytest.mark.parametrize(
    ("when", "is_open", "label"),
    [
        ("2026-11-30T06:30", True, "よる 10じ まで"),  # Monday opens at 6
        ("2026-12-04T05:59", False, "あさ 6じ から"),  # Friday
        ("2026-12-01T06:30", False, "あさ 8じ から"),  # Tuesday opens at 8
        ("2026-12-01T21:59", True, "よる 10じ まで"),
        ("2026-12-01T22:00", False, "あした あさ 8じ から"),  # reception has ended
        ("2026-12-06T22:15", False, "あした あさ 6じ から"),  # Sunday night → Monday
    ],
)
def test_weekday_dependent_hours_with_last_reception(
    directory: HotlineDirectory, when: str, is_open: bool, label: str
) -> None:
    line = by_id(directory, "ikizura_bit")
    assert line.open_now(jst(when)) is is_open
    assert line.hours.label(jst(when)) == label


def test_region_dependent_hours_are_not_claimed_open(directory: HotlineDirectory) -> None:
    line = by_id(directory, "kokoro_navi")
    assert not line.open_now(jst("2026-12-01T12:00"))
    assert line.hours.label(jst("2026-12-01T12:00")) == "じかんは ばしょで ちがうよ"


def test_times_in_other_zones_are_read_as_japan_time(directory: HotlineDirectory) -> None:
    # 07:30 UTC is 16:30 in Japan.
    at = datetime(2026, 12, 1, 7, 30, tzinfo=UTC)
    assert by_id(directory, "childline").open_now(at)
    assert by_id(directory, "childline").open_now(at.replace(tzinfo=None))  # naive = UTC


def test_card_lists_open_lines_first_and_emergency_last(directory: HotlineDirectory) -> None:
    card = directory.card(jst("2026-12-01T23:30"))
    statuses = [c.status for c in card if not c.entry.is_emergency]
    assert statuses == sorted(statuses, key=["open", "varies", "closed"].index)
    assert [c.entry.id for c in card[-2:]] == ["police_110", "ambulance_119"]
    assert card[0].is_open and card[0].label == "24じかん"
    assert {c.entry.id for c in card if c.status == "closed"} == {"childline", "ikizura_bit"}


def test_card_keeps_file_order_inside_a_group(directory: HotlineDirectory) -> None:
    card = directory.card(jst("2026-12-01T17:00"))
    open_ids = [c.entry.id for c in card if c.status == "open" and not c.entry.is_emergency]
    file_ids = [line.id for line in directory.lines if line.id in open_ids]
    assert open_ids == file_ids
    assert [c.order for c in card if c.entry.id in open_ids] == sorted(
        c.order for c in card if c.entry.id in open_ids
    )


def test_clock_words() -> None:
    assert clock_words(22 * 60) == "よる 10じ"
    assert clock_words(22 * 60 + 30) == "よる 10じはん"
    assert clock_words(6 * 60) == "あさ 6じ"
    assert clock_words(16 * 60) == "ゆうがた 4じ"
    assert clock_words(12 * 60) == "おひる 12じ"
    assert clock_words(0) == "よなか 12じ"
    assert clock_words(24 * 60) == "よなか 12じ"


OVERNIGHT = """
[[line]]
id = "night"
name = "よるの でんわ"
official_name = "night line"
for_whom = "だれでも"
kind = "talk"
checked = 2026-11-28
verified = false
source = "test"
reach = [{ type = "phone", tel = "0120000000", label = "0120-000-000" }]
[line.hours]
periods = [{ days = ["fri"], open = "22:00", close = "06:00" }]
"""


def test_periods_may_run_past_midnight() -> None:
    line = parse_directory(OVERNIGHT).lines[0]
    assert line.open_now(jst("2026-12-04T23:00"))  # Friday night
    assert line.open_now(jst("2026-12-05T05:59"))  # small hours of Saturday
    assert not line.open_now(jst("2026-12-05T06:00"))
    assert not line.open_now(jst("2026-12-05T23:00"))  # Saturday night
    assert line.hours.label(jst("2026-12-05T01:00")) == "あさ 6じ まで"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('open = "22:00"', 'open = "25:00"'),
        ('days = ["fri"]', 'days = ["friday"]'),
        ('tel = "0120000000"', 'tel = "0120-000-000"'),
        ('kind = "talk"', 'kind = "chat"'),
        ('type = "phone", tel = "0120000000"', 'type = "web", url = "http://example.org"'),
        ("[line.hours]\nperiods", "[line.hours]\nnothing"),
    ],
)
def test_mistakes_in_the_data_file_are_reported(old: str, new: str) -> None:
    assert old in OVERNIGHT
    with pytest.raises(ValueError):
        parse_directory(OVERNIGHT.replace(old, new))


def test_unchecked_links_are_kept_off_the_page(directory: HotlineDirectory) -> None:
    bit = by_id(directory, "ikizura_bit")
    assert all(r.url is None for r in bit.reach)
    assert bit.reach[0].how


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.items: list[dict[str, str | None]] = []
        self.calls: list[str] = []
        self.links: list[str] = []
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if "style" in a or tag in ("script", "style", "img", "iframe"):
            self.bad.append(tag)
        if tag == "li":
            self.items.append(a)
        if tag == "a" and (a.get("href") or "").startswith("tel:"):
            self.calls.append(a["href"] or "")
        elif tag == "a":
            self.links.append(a.get("href") or "")


def render(lines, compact: bool = False) -> str:  # type: ignore[no-untyped-def]
    env = Environment(loader=FileSystemLoader(ROOT / "templates"), autoescape=select_autoescape(["html"]))
    template = env.from_string(
        '{% from "partials/hotline_card.html" import hotline_card %}'
        "{{ hotline_card(lines, compact=compact) }}"
    )
    return template.render(lines=lines, compact=compact)


def test_card_renders_without_javascript(directory: HotlineDirectory) -> None:
    card = directory.card(jst("2026-12-01T17:00"))
    html = render(card)
    parsed = _Collect()
    parsed.feed(html)
    assert parsed.bad == []
    assert "tel:0120078310" in parsed.calls and "tel:189" in parsed.calls
    assert len(parsed.items) == len(card)
    assert "24じかん" in html and "よる 9じ まで" in html
    assert "hotline-line--open" in (parsed.items[0].get("class") or "")
    for item in parsed.items:
        hours = json.loads(item["data-hours"] or "")
        assert set(hours) == {"always", "varies", "periods", "closed"}
    # Only links, and only the checked https ones; nothing is loaded from elsewhere.
    assert all(link.startswith("https://") for link in parsed.links)
    assert "yorisoi-chat.jp" not in html


def test_compact_card_leaves_out_the_details(directory: HotlineDirectory) -> None:
    full = render(directory.card(jst("2026-12-01T17:00")))
    compact = render(directory.card(jst("2026-12-01T17:00")), compact=True)
    assert "hotline-card--compact" in compact
    assert "18さい までの ひと" in full and "18さい までの ひと" not in compact
    assert "tel:0120078310" in compact


def test_css_keeps_tap_targets_and_text_big_and_has_no_red() -> None:
    css = re.sub(r"/\*.*?\*/", "", CSS.read_text(encoding="utf-8"), flags=re.DOTALL)
    sizes = [float(v) for v in re.findall(r"font-size:\s*([\d.]+)rem", css)]
    assert sizes and min(sizes) >= 1.0  # 16 px
    assert "px" not in " ".join(re.findall(r"font-size:[^;]+", css))
    heights = [int(v) for v in re.findall(r"min-height:\s*(\d+)px", css)]
    assert heights and min(heights) >= 44
    assert not re.search(r"\bred\b|#f00\b|#ff0000|#a8413a", css, re.IGNORECASE)
    assert "#fbf5e9" in css and "#4a403a" in css


def _sample_times() -> list[datetime]:
    start = jst("2026-11-30T00:00")  # a Monday
    week = [start + timedelta(minutes=17 * i) for i in range(7 * 24 * 60 // 17)]
    new_year = [
        jst(f"{d}T{h:02d}:00")
        for d in ("2026-12-28", "2026-12-29", "2027-01-03", "2027-01-04")
        for h in range(0, 24, 3)
    ]
    return week + new_year


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_browser_rules_agree_with_the_server(directory: HotlineDirectory) -> None:
    times = _sample_times()
    hours = {line.id: line.hours.to_json() for line in directory.lines}
    script = (
        f"import {{ statusOf, hoursLabel }} from {json.dumps(JS.as_uri())};\n"
        f"const hours = {json.dumps(hours)};\n"
        f"const times = {json.dumps([int(t.timestamp() * 1000) for t in times])};\n"
        "const out = {};\n"
        "for (const [id, h] of Object.entries(hours)) out[id] = times.map((t) => "
        "[statusOf(h, new Date(t)), hoursLabel(h, new Date(t))]);\n"
        "console.log(JSON.stringify(out));\n"
    )
    done = subprocess.run(
        ["node", "--input-type=module", "-e", script],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=True,
    )
    browser = json.loads(done.stdout)
    for line in directory.lines:
        server = [
            [
                ("varies" if line.hours.varies else "open" if line.open_now(t) else "closed"),
                line.hours.label(t),
            ]
            for t in times
        ]
        assert browser[line.id] == server, line.id


def test_abuse_at_home_puts_189_first(directory: HotlineDirectory) -> None:
    result = safety.assess("お父さんに毎日なぐられる")
    card = directory.card_for(jst("2026-12-01T17:00"), result.categories)
    assert card[0].entry.id == "jido_189" and card[0].pinned
    assert directory.card_for(jst("2026-12-01T17:00"), ["ideation"])[0].entry.id == "kodomo_sos"
    html = render(card)
    assert 'data-pinned="true"' in html and "hotline-line--pinned" in html
