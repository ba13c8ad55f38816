"""The post store against real SQLite and a real PostgreSQL (skipped loudly when none is reachable)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from rooms.posts.receipts import receipt_hash
from rooms.posts.schema import audit, posts
from rooms.posts.screening import screen
from rooms.posts.store import PostStore, minute_now, open_post_store
from tests.support.databases import BACKENDS, fresh_database


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with fresh_database(request.param, tmp_path) as url:
        yield url


def run(scenario):  # type: ignore[no-untyped-def]
    async def wrapped(url: str) -> None:
        async with open_post_store(url) as store:
            await scenario(store)

    return wrapped


CALM = screen("きょうは くもり")
HEAVY = screen("しにたい")


def test_queue_is_urgent_first_then_oldest(database_url: str) -> None:
    async def scenario(store: PostStore) -> None:
        await store.submit("kabe", None, "ひとつめ", CALM)
        await store.submit("tana", "book", "ふたつめ", CALM)
        await store.submit("kabe", None, "しにたい", HEAVY)
        queue = await store.queue()
        assert [p.body for p in queue] == ["しにたい", "ひとつめ", "ふたつめ"]
        assert queue[0].urgent and queue[0].risk_level in ("high", "imminent")
        stats = await store.stats()
        assert (stats.waiting, stats.urgent, stats.median_minutes) == (3, 1, None)

    asyncio.run(run(scenario)(database_url))


def test_only_published_posts_are_listed_newest_first_and_paged(database_url: str) -> None:
    async def scenario(store: PostStore) -> None:
        for i in range(15):
            await store.submit("kabe", None, f"note {i}", CALM)
        await store.submit("tana", "game", "shelf item", CALM)
        queue = await store.queue()
        for post in queue:
            if post.body != "note 3":
                assert await store.decide(post.id, "mika", approve=True) == "done"
        await store.decide(next(p.id for p in queue if p.body == "note 3"), "mika", False, "other")
        first = await store.published("kabe", limit=10)
        assert [p.body for p in first.items] == [f"note {i}" for i in (14, 13, 12, 11, 10, 9, 8, 7, 6, 5)]
        assert first.next_before is not None
        second = await store.published("kabe", before=first.next_before, limit=10)
        assert [p.body for p in second.items] == ["note 4", "note 2", "note 1", "note 0"]
        assert second.next_before is None
        shelf = await store.published("tana", category="game")
        assert [(p.body, p.category) for p in shelf.items] == [("shelf item", "game")]
        assert (await store.published("tana", category="book")).items == []
        stats = await store.stats()
        assert stats.waiting == 0
        assert stats.median_minutes is not None and stats.median_minutes >= 0

    asyncio.run(run(scenario)(database_url))


def test_receipts_tell_the_status_and_only_their_hash_is_stored(database_url: str) -> None:
    async def scenario(store: PostStore) -> None:
        kept = await store.submit("kabe", None, "のるかな", CALM)
        dropped = await store.submit("kabe", None, "のらないかな", CALM)
        assert await store.statuses([kept, dropped]) == {kept: "waiting", dropped: "waiting"}
        ids = {p.body: p.id for p in await store.queue()}
        await store.decide(ids["のるかな"], "mika", True)
        await store.decide(ids["のらないかな"], "mika", False, "personal")
        unknown = "A" * 32
        answer = await store.statuses([kept, dropped, unknown, "not-a-receipt", kept])
        assert answer == {kept: "published", dropped: "rejected", unknown: "unknown"}
        async with store.engine.connect() as connection:
            rows = (await connection.execute(sa.select(posts))).mappings().all()
        stored = " ".join(str(v) for row in rows for v in row.values())
        assert kept not in stored and dropped not in stored, "a receipt is never stored in clear"
        assert {row["receipt_hash"] for row in rows} == {receipt_hash(kept), receipt_hash(dropped)}
        assert all(
            row["created_minute"].second == 0 and row["created_minute"].microsecond == 0 for row in rows
        )
        assert set(rows[0].keys()) == {
            "id",
            "room",
            "category",
            "body",
            "receipt_hash",
            "status",
            "urgent",
            "risk_level",
            "contact",
            "created_minute",
            "decided_minute",
            "reject_reason",
            "staff_level",  # the deciding staff member's judgement, not the writer's
        }, "nothing about the writer (no address, no agent) has a column"

    asyncio.run(run(scenario)(database_url))


def test_a_post_is_decided_once_and_audited(database_url: str) -> None:
    async def scenario(store: PostStore) -> None:
        await store.submit("kabe", None, "いっかいだけ", CALM)
        [post] = await store.queue()
        outcomes = await asyncio.gather(
            store.decide(post.id, "mika", True), store.decide(post.id, "ren", False, "other")
        )
        assert sorted(outcomes) == ["already", "done"]
        assert await store.decide(99999, "mika", True) == "missing"
        async with store.engine.connect() as connection:
            lines = (await connection.execute(sa.select(audit))).all()
        assert len(lines) == 1
        assert lines[0].post_id == post.id and lines[0].action in ("approve", "reject")

    asyncio.run(run(scenario)(database_url))


def test_words_are_stored_exactly_as_written(database_url: str) -> None:
    text = "<b>ふとじ</b> & 'ゆめ' \"かわいい\" 👩\u200d👩\u200d👧\nにぎょうめ"

    async def scenario(store: PostStore) -> None:
        await store.submit("kabe", None, text, CALM)
        [post] = await store.queue()
        await store.decide(post.id, "mika", True)
        [published] = (await store.published("kabe")).items
        assert published.body == text

    asyncio.run(run(scenario)(database_url))


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    from rooms.posts.database import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def test_opening_twice_migrates_once(database_url: str) -> None:
    async def twice() -> None:
        async with open_post_store(database_url) as store:
            await store.submit("kabe", None, "のこる", CALM)
        async with open_post_store(database_url) as store:
            assert [p.body for p in await store.queue()] == ["のこる"]
            async with store.engine.connect() as connection:
                version = await connection.scalar(sa.text("SELECT version_num FROM alembic_version"))
            assert version == head_revision()

    asyncio.run(twice())


def test_sqlite_runs_in_wal_mode_with_full_sync(tmp_path: Path) -> None:
    async def check() -> None:
        async with (
            open_post_store(f"sqlite:///{tmp_path / 'wal.db'}") as store,
            store.engine.connect() as connection,
        ):
            assert (await connection.scalar(sa.text("PRAGMA journal_mode"))) == "wal"
            assert (await connection.scalar(sa.text("PRAGMA synchronous"))) == 2  # FULL

    asyncio.run(check())


def test_the_migrations_build_exactly_the_tables_the_code_uses(database_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from rooms.posts.schema import metadata

    def differences(connection: sa.Connection) -> list[object]:
        return list(compare_metadata(MigrationContext.configure(connection), metadata))

    async def compare() -> list[object]:
        async with open_post_store(database_url) as store, store.engine.connect() as connection:
            return await connection.run_sync(differences)

    assert asyncio.run(compare()) == []


def test_the_words_of_old_rejections_are_erased_and_their_receipts_still_answer(database_url: str) -> None:
    async def scenario(store: PostStore) -> None:
        old_no = await store.submit("kabe", None, "むかしの ことば", CALM)
        new_no = await store.submit("kabe", None, "きのうの ことば", CALM)
        await store.submit("kabe", None, "のった ことば", CALM)
        ids = {p.body: p.id for p in await store.queue()}
        await store.decide(ids["むかしの ことば"], "mika", False, "personal")
        await store.decide(ids["きのうの ことば"], "mika", False, "personal")
        await store.decide(ids["のった ことば"], "mika", True)
        now = minute_now()
        async with store.engine.begin() as connection:  # rejected 31 days and 1 day ago
            for body, days in (("むかしの ことば", 31), ("のった ことば", 31), ("きのうの ことば", 1)):
                await connection.execute(
                    posts.update()
                    .where(posts.c.id == ids[body])
                    .values(decided_minute=now - timedelta(days=days))
                )
        assert await store.erase_old_rejections() == 1
        assert await store.erase_old_rejections() == 0, "nothing is erased twice"
        async with store.engine.connect() as connection:
            bodies = dict((await connection.execute(sa.select(posts.c.id, posts.c.body))).all())
            lines = (
                await connection.execute(sa.select(audit).where(audit.c.action == "erase_rejected"))
            ).all()
        assert bodies[ids["むかしの ことば"]] == ""
        assert bodies[ids["きのうの ことば"]] == "きのうの ことば", (
            "a recent rejection is kept for a second look"
        )
        assert bodies[ids["のった ことば"]] == "のった ことば", "published words are never erased"
        assert await store.statuses([old_no, new_no]) == {old_no: "rejected", new_no: "rejected"}
        assert [(line.staff_name, line.detail) for line in lines] == [("(kakurega)", "1")]

    asyncio.run(run(scenario)(database_url))
