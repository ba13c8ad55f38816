"""The field figures (safety/field.py) as /staff/stats shows them: the last 30 days, counts held back.

The page's rule for small numbers holds here too (docs/privacy.md): a count from 1 to 9 is shown
as « < 10 », and a share is shown only when it is a share of 10 posts or more, since a share of a
few would give its small count away (1 of 3 is 33 %).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from safety.field import FEW, field_figures
from safety.levels import LEVELS
from safety.ratio import Ratio
from stats.report import SMALL, shown

WINDOW_DAYS = 30


@dataclass(frozen=True, slots=True)
class FieldMeasure:
    label: str
    share: str
    """``93%`` or ``—`` (no posts, or fewer than 10)."""
    of: str
    """How many posts it is a share of, as the page shows counts."""


@dataclass(frozen=True, slots=True)
class FieldView:
    labelled: str
    few: bool
    """Fewer than ``FEW`` labelled posts: the page says the figures mean little yet."""
    measures: list[FieldMeasure]
    rows: list[tuple[str, list[str]]]
    """The 4×4 table: a staff level, then the count for each net level."""


def _share(share: Ratio) -> str:
    if share.whole < SMALL:
        return "—"
    return f"{round(share.value * 100)}%"


def field_view(pairs: Iterable[tuple[str | None, str]]) -> FieldView:
    from staff import RISK_LEVEL_WORDS

    figures = field_figures(pairs)
    measures = [
        ("スタッフが「高」「切迫」→ ネットも「高」以上", figures.serious_caught),
        ("スタッフが「切迫」→ ネットも「切迫」", figures.imminent_caught),
        ("スタッフが「なし」→ ネットは「心配」以上（空振り）", figures.calm_flagged),
    ]
    return FieldView(
        labelled=shown(figures.labelled),
        few=figures.labelled < FEW,
        measures=[FieldMeasure(label, _share(share), shown(share.whole)) for label, share in measures],
        rows=[
            (RISK_LEVEL_WORDS[staff], [shown(figures.table[staff, net]) for net in LEVELS])
            for staff in LEVELS
        ],
    )


__all__ = ["WINDOW_DAYS", "FieldMeasure", "FieldView", "field_view"]
