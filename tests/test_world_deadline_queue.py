"""Deadlines of one length share one timer (world/deadline.py ``Queue``), and each still falls due
no earlier than set, in order, moved or cleared as a deadline with a timer of its own would be."""

from __future__ import annotations

import asyncio

from world.deadline import Deadline, queue_for

LENGTH = 0.05


def run(check: object) -> None:
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(check(loop))  # type: ignore[operator]
    finally:
        loop.close()


def test_many_deadlines_wait_behind_one_timer_and_fall_due_in_order() -> None:
    async def check(loop: asyncio.AbstractEventLoop) -> None:
        fired: list[tuple[int, float]] = []
        queue = queue_for(loop, LENGTH)
        deadlines = [Deadline(loop, lambda i=i: fired.append((i, loop.time())), queue) for i in range(50)]
        set_at = []
        for deadline in deadlines:
            set_at.append(loop.time())
            deadline.set_in(LENGTH)
        assert len(loop._scheduled) == 1  # type: ignore[attr-defined]  # one timer for all fifty
        while len(fired) < 50:
            await asyncio.sleep(LENGTH / 5)
        assert [i for i, _ in fired] == list(range(50))
        assert all(when >= set_at[i] + LENGTH for i, when in fired)
        assert len(queue) == 0

    run(check)


def test_a_stopped_or_cleared_deadline_never_acts() -> None:
    async def check(loop: asyncio.AbstractEventLoop) -> None:
        fired: list[str] = []
        queue = queue_for(loop, LENGTH)
        stopped = Deadline(loop, lambda: fired.append("stopped"), queue)
        cleared = Deadline(loop, lambda: fired.append("cleared"), queue)
        kept = Deadline(loop, lambda: fired.append("kept"), queue)
        for deadline in (stopped, cleared, kept):
            deadline.set_in(LENGTH)
        stopped.stop()
        cleared.clear()
        while not fired:
            await asyncio.sleep(LENGTH / 5)
        await asyncio.sleep(LENGTH * 2)
        assert fired == ["kept"]

    run(check)


def test_a_queued_deadline_moved_later_or_sooner_falls_due_when_last_set() -> None:
    async def check(loop: asyncio.AbstractEventLoop) -> None:
        fired: dict[str, float] = {}
        queue = queue_for(loop, LENGTH)
        later = Deadline(loop, lambda: fired.setdefault("later", loop.time()), queue)
        sooner = Deadline(loop, lambda: fired.setdefault("sooner", loop.time()), queue)
        later.set_in(LENGTH)
        sooner.set_in(LENGTH)
        await asyncio.sleep(LENGTH / 2)
        moved_at = loop.time()
        later.set_in(LENGTH)  # the queue's turn comes first: it then waits on a timer of its own
        sooner.set_in(LENGTH / 10)  # sooner than its turn in the queue: a timer of its own now
        while len(fired) < 2:
            await asyncio.sleep(LENGTH / 5)
        assert fired["later"] >= moved_at + LENGTH
        assert fired["sooner"] >= moved_at + LENGTH / 10
        assert fired["sooner"] < fired["later"]

    run(check)


def test_a_deadline_of_another_length_takes_a_timer_of_its_own() -> None:
    async def check(loop: asyncio.AbstractEventLoop) -> None:
        fired: list[float] = []
        queue = queue_for(loop, LENGTH)
        deadline = Deadline(loop, lambda: fired.append(loop.time()), queue)
        set_at = loop.time()
        deadline.set_in(LENGTH * 2)
        assert len(queue) == 0
        while not fired:
            await asyncio.sleep(LENGTH / 5)
        assert fired[0] >= set_at + LENGTH * 2

    run(check)
