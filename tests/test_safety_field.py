"""The field figures (safety/field.py): hand-counted on a made table, and ``python -m safety field``
on a real SQLite database, which prints counts and never a post's words."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

from rooms.posts.schema import posts
from rooms.posts.screening import screen
from rooms.posts.store import minute_now, open_post_store
from safety.field import field_figures, format_figures
from tests.support.servers import ROOT


def safety_field(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m safety field ARGS`` in its own process, as an operator runs it."""
    return subprocess.run(
        [sys.executable, "-m", "safety", "field", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# (staff level, net level, how many): a made table, counted by hand below.
MADE = [
    ("high", "high", 3),
    ("high", "imminent", 1),
    ("high", "concern", 2),
    ("high", "none", 1),
    ("imminent", "imminent", 2),
    ("imminent", "high", 1),
    ("imminent", "none", 1),
    ("none", "none", 5),
    ("none", "concern", 2),
    ("none", "high", 1),
    ("concern", "concern", 2),
    ("concern", "none", 1),
    (None, "high", 4),  # decided without a staff level: not counted
    ("bogus", "high", 9),  # never stored (the route refuses it): not counted either
]


def made_pairs() -> list[tuple[str | None, str]]:
    return [(staff, net) for staff, net, n in MADE for _ in range(n)]


def test_the_figures_of_a_made_table_match_the_hand_counts() -> None:
    figures = field_figures(made_pairs())
    assert figures.labelled == 22  # 7 high + 4 imminent + 8 none + 3 concern
    # Staff high or imminent: 11; the net ≥ high on 3 + 1 (high) and 2 + 1 (imminent) = 7.
    assert (figures.serious_caught.part, figures.serious_caught.whole) == (7, 11)
    assert (figures.imminent_caught.part, figures.imminent_caught.whole) == (2, 4)
    # Staff none: 8; the net said concern or more on 2 + 1.
    assert (figures.calm_flagged.part, figures.calm_flagged.whole) == (3, 8)
    assert figures.calm_flagged.value == 3 / 8
    assert figures.table["high", "concern"] == 2 and figures.table["concern", "imminent"] == 0
    printed = format_figures(figures)
    assert "0.636  (7/11)" in printed and "0.500  (2/4)" in printed and "0.375  (3/8)" in printed
    assert "  high                 1         2         3         1" in printed
    assert "fewer than 30" in printed


def test_no_labelled_post_gives_no_share() -> None:
    figures = field_figures([(None, "high")])
    assert figures.labelled == 0 and figures.serious_caught.whole == 0


SECRET_WORDS = "ひみつの ほしぞら ノート"


async def _seed(url: str) -> None:
    async with open_post_store(url) as store:
        for body in (SECRET_WORDS, "しにたい", "もう いなくなる けど きえた ことば", "だれも みない"):
            await store.submit("kabe", None, body, screen(body))
        ids = {p.body: p.id for p in await store.queue()}
        await store.decide(ids[SECRET_WORDS], "mika", True, staff_level="none")
        await store.decide(ids["しにたい"], "mika", False, "personal", "high")
        await store.decide(ids["もう いなくなる けど きえた ことば"], "mika", False, "other", "high")
        await store.decide(ids["だれも みない"], "mika", True)  # no level recorded
        # One rejection is old enough for its words to have been erased: it still counts.
        async with store.engine.begin() as connection:
            await connection.execute(
                posts.update()
                .where(posts.c.id == ids["もう いなくなる けど きえた ことば"])
                .values(decided_minute=minute_now() - timedelta(days=31))
            )
        assert await store.erase_old_rejections() == 1
        async with store.engine.connect() as connection:
            levels = dict((await connection.execute(sa.select(posts.c.id, posts.c.risk_level))).all())
        assert levels[ids["しにたい"]] in ("high", "imminent") and levels[ids[SECRET_WORDS]] == "none"


def test_the_cli_reads_the_configured_database_and_prints_counts_never_words(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'field.db'}"
    asyncio.run(_seed(url))
    environment = {**os.environ, "KAKUREGA_DATABASE_URL": url}
    answer = safety_field("--today", env=environment)
    assert answer.returncode == 0, answer.stderr
    out = answer.stdout
    assert "labelled posts (with a staff level): 3" in out
    assert re.search(r"staff none → net ≥ concern \(false alarms\) +0\.000  \(0/1\)", out)
    assert re.search(r"staff high/imminent → net ≥ high +\S+  \([12]/2\)", out)
    # The erased rejection counts as rated at the time; today's rules can only see the two held.
    assert "posts whose words are still held: 2 of 3" in out
    assert "labelled posts (with a staff level): 2" in out
    for words in (SECRET_WORDS, "ほしぞら", "しにたい", "ことば", "だれも"):
        assert words not in out and words not in answer.stderr
    recent = safety_field("--days", "30", "--database-url", url)
    assert recent.returncode == 0, recent.stderr
    assert "posts decided in the last 30 days" in recent.stdout
    assert "labelled posts (with a staff level): 2" in recent.stdout  # the 31-day-old one is out


def test_a_window_of_no_days_is_refused_before_any_database_is_opened(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'never.db'}"
    answer = safety_field("--days", "0", "--database-url", url)
    assert answer.returncode == 2 and "give 1 or more days" in answer.stderr
    assert not (tmp_path / "never.db").exists()
