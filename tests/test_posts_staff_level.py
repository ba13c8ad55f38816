"""The staff's own level on decided posts (posts.staff_level), on real SQLite and PostgreSQL:
kept with the row, audited, read back without words, and added to a database that already has posts."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from rooms.posts.database import alembic_config, create_engine
from rooms.posts.schema import audit, posts
from rooms.posts.screening import screen
from rooms.posts.store import LabelledPost, PostStore, minute_now, open_post_store
from tests.support.databases import BACKENDS, fresh_database

CALM = screen("きょうは くもり")
HEAVY = screen("しにたい")


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with fresh_database(request.param, tmp_path) as url:
        yield url


def test_the_level_is_kept_with_the_decided_row_and_noted_in_the_audit(database_url: str) -> None:
    async def scenario() -> None:
        async with open_post_store(database_url) as store:
            for body in ("はれ", "しにたい", "くもり", "あめ"):
                await store.submit("kabe", None, body, HEAVY if body == "しにたい" else CALM)
            ids = {p.body: p.id for p in await store.queue()}
            assert await store.decide(ids["はれ"], "mika", True, staff_level="none") == "done"
            assert await store.decide(ids["しにたい"], "ren", False, "personal", "imminent") == "done"
            assert await store.decide(ids["くもり"], "mika", True) == "done"  # nothing recorded
            # A second decision changes nothing, the level included.
            assert await store.decide(ids["はれ"], "ren", False, "other", "high") == "already"
            async with store.engine.connect() as connection:
                levels = dict((await connection.execute(sa.select(posts.c.body, posts.c.staff_level))).all())
                lines = (await connection.execute(sa.select(audit).order_by(audit.c.id))).all()
            assert levels == {"はれ": "none", "しにたい": "imminent", "くもり": None, "あめ": None}
            assert [(line.action, line.detail) for line in lines] == [
                ("approve", "level=none"),
                ("reject", "personal level=imminent"),
                ("approve", None),
            ]
            labelled = await store.staff_levels()
            assert labelled == [
                LabelledPost("none", CALM.level, ""),
                LabelledPost("imminent", HEAVY.level, ""),
            ], "only rated, decided posts, and no words unless asked for"
            with_words = await store.staff_levels(words=True)
            assert [p.body for p in with_words] == ["はれ", "しにたい"]

    asyncio.run(scenario())


def test_the_figures_window_counts_by_decision_time(database_url: str) -> None:
    async def scenario(store: PostStore) -> None:
        await store.submit("kabe", None, "むかし", CALM)
        await store.submit("kabe", None, "きのう", CALM)
        ids = {p.body: p.id for p in await store.queue()}
        await store.decide(ids["むかし"], "mika", True, staff_level="concern")
        await store.decide(ids["きのう"], "mika", True, staff_level="none")
        async with store.engine.begin() as connection:
            await connection.execute(
                posts.update()
                .where(posts.c.id == ids["むかし"])
                .values(decided_minute=minute_now() - timedelta(days=40))
            )
        recent = await store.staff_levels(minute_now() - timedelta(days=30))
        assert [p.staff_level for p in recent] == ["none"]
        assert len(await store.staff_levels()) == 2

    async def run() -> None:
        async with open_post_store(database_url) as store:
            await scenario(store)

    asyncio.run(run())


def _upgrade_to(connection: sa.Connection, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def test_migration_0005_adds_the_column_to_a_database_with_posts_and_loses_none(database_url: str) -> None:
    async def scenario() -> None:
        engine = create_engine(database_url)
        try:
            async with engine.begin() as connection:  # the schema of the release before
                await connection.run_sync(_upgrade_to, "0004")
                for n, status in enumerate(("waiting", "published", "rejected")):
                    await connection.execute(
                        sa.text(
                            "INSERT INTO posts (room, body, receipt_hash, status, risk_level, created_minute)"
                            " VALUES ('kabe', :body, :hash, :status, 'high', :at)"
                        ),
                        {
                            "body": f"まえの {status}",
                            "hash": f"{n:064d}",
                            "status": status,
                            "at": minute_now(),
                        },
                    )
        finally:
            await engine.dispose()
        async with open_post_store(database_url) as store:  # migrates to the head, as a server would
            async with store.engine.connect() as connection:
                rows = (
                    await connection.execute(
                        sa.select(posts.c.body, posts.c.status, posts.c.risk_level, posts.c.staff_level)
                    )
                ).all()
                version = await connection.scalar(sa.text("SELECT version_num FROM alembic_version"))
            assert version == "0005"
            assert sorted(tuple(r) for r in rows) == [
                ("まえの published", "published", "high", None),
                ("まえの rejected", "rejected", "high", None),
                ("まえの waiting", "waiting", "high", None),
            ]
            [waiting] = await store.queue()
            assert await store.decide(waiting.id, "mika", True, staff_level="high") == "done"
            assert [p.staff_level for p in await store.staff_levels()] == ["high"]

    asyncio.run(scenario())
