"""``kakurega safety field`` (also ``python -m safety field``): the field figures from the database.

Reads the database the server uses (``KAKUREGA_DATABASE_URL``, else SQLite under ./var/) and
prints counts only, never a post's words. With ``--today`` it also re-assesses, with today's
rules, the posts whose words are still held (published, or rejected less than 30 days ago) and
prints their figures beside the figures the same posts had when they were written.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from safety.field import field_figures, format_figures

if TYPE_CHECKING:
    from rooms.posts.store import LabelledPost


async def _report(database_url: str | None, migrating: bool, days: int | None, today: bool) -> str:
    # Imported here: ``kakurega safety name|assess`` need no database driver.
    from rooms.posts.store import minute_now, open_post_store

    since = None if days is None else minute_now() - timedelta(days=days)
    async with open_post_store(database_url, migrating=migrating) as store:
        labelled: Sequence[LabelledPost] = await store.staff_levels(since, words=today)
    window = "every decided post" if days is None else f"posts decided in the last {days} days"
    parts = [
        f"field figures: the staff's own level beside the net's, {window}",
        "as rated when written (posts.risk_level):",
        format_figures(field_figures((p.staff_level, p.net_level) for p in labelled)),
    ]
    if today:
        parts += _today(labelled)
    return "\n".join(parts)


def _today(labelled: Sequence[LabelledPost]) -> list[str]:
    import safety

    held = [p for p in labelled if p.body]
    # The words stay in this process: each is assessed and only its level is kept.
    now = [(p.staff_level, safety.assess(p.body).level) for p in held]
    return [
        "",
        f"posts whose words are still held: {len(held)} of {len(labelled)}",
        "the same posts as rated when written:",
        format_figures(field_figures((p.staff_level, p.net_level) for p in held)),
        "the same posts with today's rules (safety.assess, no second opinion):",
        format_figures(field_figures(now)),
    ]


def run(database_url: str | None, *, days: int | None, today: bool) -> int:
    from rooms.posts.database import SchemaBehind
    from settings import load_settings

    try:
        settings = load_settings()
        url = database_url or settings.database_url
        if today:
            # Today's rules as the server applies them: with or without the learned layer.
            from safety import learned

            learned.set_enabled(settings.safety_learned)
        print(asyncio.run(_report(url, settings.migrate, days, today)))
    except (ValueError, SchemaBehind) as error:  # SettingsError too: one line naming the variable
        print(f"kakurega safety field: {error}", file=sys.stderr)
        return 2
    return 0
