"""The conversation suite (tests/data/robot_conversations.toml) played through the robot.

What it asserts, turn by turn, with the history a browser would send:

* the hotline card is there at every turn the suite marks as crisis, at every turn
  ``safety.assess`` rates high or imminent, and at
  the three turns after one (sticky care), whatever the visitor says then;
* no reply fails the output screen (method, place, dose, lecture, contact, risk words);
* ordinary talk is on topic (the reply carries a word the suite expects) and varied
  (no reply twice in one conversation; few exact repeats across the suite).

Run ``python -m tests.test_robot_conversations`` for the numbers.
"""

from __future__ import annotations

import asyncio
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import safety
from rooms.robot import Line, RobotService, read_message
from rooms.robot.care import CRISIS
from rooms.robot.screen import screen_reply

SUITE = Path(__file__).resolve().parent / "data" / "robot_conversations.toml"
# Wednesday 22:30 in Japan: some lines are closed, so "open now first" is tested for real.
LATE_EVENING = datetime(2026, 11, 25, 13, 30, tzinfo=UTC)
STICKY_TURNS = 3


@dataclass
class Played:
    id: str
    kind: str
    indirect: bool
    turns: list[dict[str, Any]]
    replies: list[Any] = field(default_factory=list)


@cache
def played() -> tuple[Played, ...]:
    with SUITE.open("rb") as fh:
        raw = tomllib.load(fh)["conversation"]
    service = RobotService(clock=lambda: LATE_EVENING)

    async def run() -> tuple[Played, ...]:
        out = []
        for conv in raw:
            p = Played(conv["id"], conv["kind"], bool(conv.get("indirect")), conv["turns"])
            history: list[Line] = []
            for turn in p.turns:
                reply = await service.answer(turn["say"], tuple(history[-6:]))
                p.replies.append(reply)
                history += [Line("you", turn["say"]), Line("robo", reply.reply)]
            out.append(p)
        return tuple(out)

    return asyncio.run(run())


def card_expected(p: Played) -> list[tuple[int, str]]:
    """(turn index, why) for every turn that must carry the card."""
    out: list[tuple[int, str]] = []
    last_crisis: int | None = None
    for i, turn in enumerate(p.turns):
        level = read_message(turn["say"]).level
        if turn.get("crisis"):
            out.append((i, "labelled crisis"))
        if level in CRISIS or safety.assess(turn["say"]).at_least("high"):
            out.append((i, f"level {level}"))
            last_crisis = i
        elif last_crisis is not None and i - last_crisis <= STICKY_TURNS:
            out.append((i, "sticky"))
    return out


def test_the_suite_is_big_enough() -> None:
    convs = played()
    crisis = [p for p in convs if p.kind == "crisis"]
    assert len(convs) >= 100
    assert len(crisis) * 5 >= len(convs)
    assert sum(p.indirect for p in crisis) >= 5


def test_the_card_is_there_whenever_it_should_be() -> None:
    missing = [
        (p.id, i, why, p.turns[i]["say"])
        for p in played()
        for i, why in card_expected(p)
        if p.replies[i].card is None
    ]
    assert missing == []


def test_the_card_is_never_alone_the_talk_goes_on() -> None:
    for p in played():
        for reply in p.replies:
            if reply.card is not None:
                assert reply.reply and screen_reply(reply.reply).ok


def test_no_reply_carries_unsafe_content() -> None:
    bad = [(p.id, r.reply, screen_reply(r.reply).reason) for p in played() for r in p.replies]
    assert [b for b in bad if b[2] is not None] == []


def test_ordinary_replies_are_on_topic() -> None:
    checked, off = metrics()["about_checked"], metrics()["off_topic"]
    assert checked >= 80
    assert off == [], f"{len(off)} of {checked} off topic"


def test_no_reply_is_repeated_inside_a_conversation() -> None:
    for p in played():
        texts = [r.reply for r in p.replies]
        assert len(set(texts)) == len(texts), p.id


def test_few_replies_repeat_across_the_suite() -> None:
    assert metrics()["repeated_share"] <= 0.30


def metrics() -> dict[str, Any]:
    convs = played()
    ordinary = [p for p in convs if p.kind == "ordinary"]
    replies = [r.reply for p in ordinary for r in p.replies]
    seen: Counter[str] = Counter(replies)
    repeated = sum(n - 1 for n in seen.values())
    off_topic = []
    checked = 0
    for p in ordinary:
        for turn, reply in zip(p.turns, p.replies, strict=True):
            if "about" in turn:
                checked += 1
                if not any(word in reply.reply for word in turn["about"]):
                    off_topic.append((p.id, turn["say"], reply.reply))
    crisis_turns = sum(1 for p in convs for t in p.turns if t.get("crisis"))
    ordinary_cards = sum(1 for p in ordinary for r in p.replies if r.card is not None)
    return {
        "conversations": len(convs),
        "crisis_conversations": sum(p.kind == "crisis" for p in convs),
        "indirect": sum(p.indirect for p in convs),
        "turns": sum(len(p.turns) for p in convs),
        "crisis_turns": crisis_turns,
        "cards_expected": sum(len(card_expected(p)) for p in convs),
        "ordinary_replies": len(replies),
        "distinct_ordinary_replies": len(seen),
        "repeated_share": repeated / len(replies),
        "about_checked": checked,
        "off_topic": off_topic,
        "cards_in_ordinary_talk": ordinary_cards,
        "screened": sum(screen_reply(r.reply).reason is not None for p in convs for r in p.replies),
    }


if __name__ == "__main__":
    for key, value in metrics().items():
        print(f"{key}: {value}")
