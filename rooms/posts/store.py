"""The post store: write a post durably, list what is published, look up receipts, decide.

Every method is one short transaction; a post is acknowledged only after its commit.
"""

from __future__ import annotations

import contextlib
import statistics
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from rooms.posts.database import DEFAULT_POOL, check_schema, create_engine, migrate
from rooms.posts.receipts import new_receipt, receipt_hash, well_formed
from rooms.posts.schema import audit, posts

if TYPE_CHECKING:
    from rooms.posts.screening import Screening

PAGE_SIZE = 12
MAX_LOOKUPS = 50
MEDIAN_WINDOW = timedelta(days=30)
# A rejected post is never shown to anyone. Its words are kept this long for a second
# look at the decision, then erased; the row stays so that its receipt still answers.
REJECTED_WORDS_KEPT = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class PublishedPost:
    id: int
    room: str
    category: str | None
    body: str


@dataclass(frozen=True, slots=True)
class PostPage:
    items: list[PublishedPost]
    next_before: int | None
    """Pass as ``before`` to get the next (older) page; None on the last page."""


@dataclass(frozen=True, slots=True)
class QueuedPost:
    id: int
    room: str
    category: str | None
    body: str
    urgent: bool
    risk_level: str
    contact: bool
    created_minute: datetime


@dataclass(frozen=True, slots=True)
class LabelledPost:
    """A decided post as the field figures see it (safety/field.py)."""

    staff_level: str
    net_level: str
    """``risk_level``: the safety net's level when the post was written."""
    body: str
    """Its words when asked for and still held; "" otherwise (erased, or not asked for)."""


@dataclass(frozen=True, slots=True)
class QueueStats:
    waiting: int
    urgent: int
    median_minutes: float | None
    """Median time from writing to decision over the last 30 days; None before any decision."""


def minute_now() -> datetime:
    """Now in UTC, to the minute: as fine as the queue needs, no finer."""
    return datetime.now(UTC).replace(tzinfo=None, second=0, microsecond=0)


class PostStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def close(self) -> None:
        await self.engine.dispose()

    # -- visitors ----------------------------------------------------------------------

    async def submit(self, room: str, category: str | None, body: str, screening: Screening) -> str:
        """Store a post for review and return its receipt (to give to the writer only)."""
        receipt = new_receipt()
        async with self.engine.begin() as connection:
            await connection.execute(
                posts.insert().values(
                    room=room,
                    category=category,
                    body=body,
                    receipt_hash=receipt_hash(receipt),
                    status="waiting",
                    urgent=screening.urgent,
                    risk_level=screening.level,
                    contact=screening.contact,
                    created_minute=minute_now(),
                )
            )
        return receipt

    async def published(
        self, room: str, before: int | None = None, limit: int = PAGE_SIZE, category: str | None = None
    ) -> PostPage:
        query = (
            sa.select(posts.c.id, posts.c.room, posts.c.category, posts.c.body)
            .where(posts.c.room == room, posts.c.status == "published")
            .order_by(posts.c.id.desc())
            .limit(limit + 1)
        )
        if before is not None:
            query = query.where(posts.c.id < before)
        if category is not None:
            query = query.where(posts.c.category == category)
        async with self.engine.connect() as connection:
            rows = (await connection.execute(query)).all()
        items = [PublishedPost(r.id, r.room, r.category, r.body) for r in rows[:limit]]
        next_before = items[-1].id if len(rows) > limit else None
        return PostPage(items, next_before)

    async def statuses(self, receipts: Iterable[str]) -> dict[str, str]:
        """``waiting``, ``published``, ``rejected`` or ``unknown`` for each receipt."""
        wanted = {r: receipt_hash(r) for r in list(dict.fromkeys(receipts))[:MAX_LOOKUPS] if well_formed(r)}
        found: dict[str, str] = {}
        if wanted:
            query = sa.select(posts.c.receipt_hash, posts.c.status).where(
                posts.c.receipt_hash.in_(list(wanted.values()))
            )
            async with self.engine.connect() as connection:
                found = {row.receipt_hash: row.status for row in await connection.execute(query)}
        return {r: found.get(h, "unknown") for r, h in wanted.items()}

    # -- staff -------------------------------------------------------------------------

    async def queue(self, limit: int = 200) -> list[QueuedPost]:
        """Waiting posts: urgent first, then oldest."""
        query = (
            sa.select(posts)
            .where(posts.c.status == "waiting")
            .order_by(posts.c.urgent.desc(), posts.c.id.asc())
            .limit(limit)
        )
        async with self.engine.connect() as connection:
            rows = (await connection.execute(query)).all()
        return [
            QueuedPost(
                r.id,
                r.room,
                r.category,
                r.body,
                bool(r.urgent),
                r.risk_level,
                bool(r.contact),
                r.created_minute,
            )
            for r in rows
        ]

    async def decide(
        self,
        post_id: int,
        staff_name: str,
        approve: bool,
        reason: str | None = None,
        staff_level: str | None = None,
    ) -> str:
        """Publish or reject a waiting post, with its audit line in the same transaction.

        ``staff_level``: the deciding member's own level of the post's risk (one of
        ``safety.LEVELS``, checked by the caller), or None when they recorded none.
        Returns ``done``, ``already`` (someone decided first) or ``missing``.
        """
        status = "published" if approve else "rejected"
        async with self.engine.begin() as connection:
            result = await connection.execute(
                posts.update()
                .where(posts.c.id == post_id, posts.c.status == "waiting")
                .values(
                    status=status,
                    decided_minute=minute_now(),
                    reject_reason=None if approve else reason,
                    staff_level=staff_level,
                )
            )
            if result.rowcount == 1:
                action = "approve" if approve else "reject"
                await record(connection, staff_name, action, post_id, decision_detail(reason, staff_level))
                return "done"
            exists = await connection.scalar(sa.select(posts.c.id).where(posts.c.id == post_id))
        return "already" if exists is not None else "missing"

    async def staff_levels(self, since: datetime | None = None, *, words: bool = False) -> list[LabelledPost]:
        """Decided posts that carry a staff level (decided at or after ``since``), oldest first.

        Their words only when ``words`` is asked for (re-assessing with today's rules): the
        field figures themselves need none, so that they outlive the erasure of rejected words."""
        columns = [posts.c.staff_level, posts.c.risk_level]
        if words:
            columns.append(posts.c.body)
        query = sa.select(*columns).where(posts.c.staff_level.is_not(None), posts.c.status != "waiting")
        if since is not None:
            query = query.where(posts.c.decided_minute >= since)
        async with self.engine.connect() as connection:
            rows = (await connection.execute(query.order_by(posts.c.id))).all()
        return [LabelledPost(r.staff_level, r.risk_level, r.body if words else "") for r in rows]

    async def erase_old_rejections(self, kept: timedelta = REJECTED_WORDS_KEPT) -> int:
        """Erase the words of posts rejected more than ``kept`` ago; returns how many."""
        cutoff = minute_now() - kept
        async with self.engine.begin() as connection:
            result = await connection.execute(
                posts.update()
                .where(posts.c.status == "rejected", posts.c.decided_minute < cutoff, posts.c.body != "")
                .values(body="")
            )
            if result.rowcount:
                await record(connection, "(kakurega)", "erase_rejected", detail=str(result.rowcount))
        return int(result.rowcount or 0)

    async def oldest_waiting_seconds(self) -> float | None:
        """How long the oldest post waiting for staff has waited (to the minute); None when none waits."""
        async with self.engine.connect() as connection:
            oldest = await connection.scalar(
                sa.select(sa.func.min(posts.c.created_minute)).where(posts.c.status == "waiting")
            )
        if oldest is None:
            return None
        return max(0.0, (minute_now() - oldest).total_seconds())

    async def stats(self) -> QueueStats:
        since = minute_now() - MEDIAN_WINDOW
        async with self.engine.connect() as connection:
            waiting = await connection.scalar(
                sa.select(sa.func.count()).select_from(posts).where(posts.c.status == "waiting")
            )
            urgent = await connection.scalar(
                sa.select(sa.func.count())
                .select_from(posts)
                .where(posts.c.status == "waiting", posts.c.urgent)
            )
            decided = (
                await connection.execute(
                    sa.select(posts.c.created_minute, posts.c.decided_minute)
                    .where(posts.c.decided_minute.is_not(None), posts.c.decided_minute >= since)
                    .order_by(posts.c.decided_minute.desc())
                    .limit(2000)
                )
            ).all()
        minutes = [(row.decided_minute - row.created_minute).total_seconds() / 60 for row in decided]
        return QueueStats(
            int(waiting or 0), int(urgent or 0), statistics.median(minutes) if minutes else None
        )


async def record(
    connection: AsyncConnection,
    staff_name: str,
    action: str,
    post_id: int | None = None,
    detail: str | None = None,
) -> None:
    """One line of the audit trail: who did what to which post, and when (to the second)."""
    await connection.execute(
        audit.insert().values(
            at=datetime.now(UTC).replace(tzinfo=None, microsecond=0),
            staff_name=staff_name,
            action=action,
            post_id=post_id,
            detail=detail,
        )
    )


def decision_detail(reason: str | None, staff_level: str | None) -> str | None:
    """The audit line's detail of a decision: the reject reason, then the staff level if one was
    recorded (``personal level=high``). Both come from closed sets, so it fits the column's 64."""
    parts = [reason] if reason else []
    if staff_level is not None:
        parts.append(f"level={staff_level}")
    return " ".join(parts) or None


@contextlib.asynccontextmanager
async def open_post_store(
    database_url: str | None = None,
    *,
    migrating: bool = True,
    pool: int = DEFAULT_POOL,
    schema_ready: bool = False,
) -> AsyncIterator[PostStore]:
    """The store for ``database_url`` (SQLite under ./var/ when None), closed on exit.

    ``migrating``: bring the schema up to date first; else only check that it is
    (``SchemaBehind`` if not: ``kakurega migrate`` has not run). ``schema_ready``: neither, a
    child process did one or the other just before (``kakurega serve``, ops/database.py)."""
    engine = create_engine(database_url, pool)
    try:
        if not schema_ready:
            await (migrate(engine) if migrating else check_schema(engine))
        yield PostStore(engine)
    finally:
        await engine.dispose()
