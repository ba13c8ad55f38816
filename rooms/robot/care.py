"""The care wrap around every engine: assess, answer, screen, and show the card when it matters.

For each visitor message:

1. ``safety.assess`` gives the level: the one risk model of the site, the same
   the post form uses (the robot's old list of indirect phrases now lives in the
   shared word lists).  The history lines the visitor wrote are assessed again
   here; nothing the browser says about levels is trusted.
2. The engine writes the listening part of the reply.  Any error or any reply the
   output screen refuses falls back to the embedded listener; if even that were
   refused, a fixed line from the bank is used.
3. At ``high`` or ``imminent`` the reply gains a gentle recommendation to talk to
   a person and the hotline card (open-now first; 189 first after abuse).

**Sticky care.** Once a line the visitor wrote in the recent history was ``high`` or
``imminent``, the card stays with every reply, with a soft line about it, for as
long as that line is in the history the browser sends (at most the last six
lines, so the next three messages).  A 「それは違う」 or 「だいじょうぶ」 is answered
kindly (「ぼくの かんちがい だったら、ごめんね」) but does not take the card away:
one word is not enough to know someone is safe, and a card that stays costs
nothing.  Asking for a person (「だれかに はなしたい」) shows the card as well.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import safety
from rooms.hotlines import CardLine, HotlineDirectory, load_directory
from rooms.robot.bank import Bank, default_bank
from rooms.robot.card import card_json
from rooms.robot.counters import RobotCounters
from rooms.robot.form import plain
from rooms.robot.listener import ListeningEngine, Talk
from rooms.robot.screen import screen_reply
from rooms.robot.types import Engine, Line, Turn
from rooms.robot.words import Lexicon, lexicon
from safety.levels import CRISIS
from safety.second_opinion import SecondOpinion, assess_with

log = logging.getLogger("kakurega.robot")


@dataclass(frozen=True, slots=True)
class Reading:
    """How worried the robot is about one message."""

    level: str
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RobotReply:
    reply: str
    card: list[dict[str, Any]] | None
    level: str
    care: bool
    """The card is shown because of this or a recent message (sticky care)."""
    engine: str
    """Which engine's words were used: its name, "listener" after a fall-back, or "bank"."""
    card_lines: tuple[CardLine, ...] = ()
    """The same card for the server-rendered page (the Jinja macro takes these)."""

    def to_json(self) -> dict[str, Any]:
        return {"reply": self.reply, "card": self.card, "level": self.level, "care": self.care}


def read_message(text: str) -> Reading:
    """How worried to be about one message: exactly what ``safety.assess`` says."""
    assessment = safety.assess(text)
    return Reading(assessment.level, assessment.categories)


class RobotService:
    """Answers one message at a time; keeps no conversation, only aggregate counters."""

    def __init__(
        self,
        engine: Engine | None = None,
        *,
        listener: ListeningEngine | None = None,
        directory: HotlineDirectory | None = None,
        bank: Bank | None = None,
        words: Lexicon | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        counters: RobotCounters | None = None,
        second_opinion: SecondOpinion | None = None,
    ) -> None:
        self.second_opinion = second_opinion
        self.bank = bank or default_bank()
        self.listener = listener or ListeningEngine(self.bank, words)
        self.engine: Engine = engine or self.listener
        self.directory = directory or load_directory()
        self.words = words or lexicon()
        self.clock = clock
        self.counters = counters or RobotCounters()

    async def answer(self, message: str, history: Sequence[Line] = ()) -> RobotReply:
        # The second opinion (if any) for the new message only: the history was read when it was new.
        assessment = await assess_with(message, self.second_opinion)
        reading = Reading(assessment.level, assessment.categories)
        earlier = [read_message(line.text) for line in history if line.speaker == "you"]
        sticky = any(r.level in CRISIS for r in earlier)
        crisis = reading.level in CRISIS
        care = crisis or sticky
        # A wish for a person in any wording, or a farewell: the card, whatever the level.
        wants_person = (
            "person" in self.words.hear(message).meta
            or safety.wants_person(message)
            or safety.says_farewell(message)
        )
        turn = Turn(message, tuple(history), reading.level, reading.categories, care)

        text, engine_name = await self._listen(turn)
        talk = Talk(self.bank, turn)
        if crisis:
            text = talk.join(text, talk.say(f"care.{reading.level}"))
        elif sticky:
            text = talk.join(text, talk.say("care.sticky"))

        lines: tuple[CardLine, ...] = ()
        if care or wants_person:
            categories = reading.categories or tuple(c for r in earlier for c in r.categories)
            lines = tuple(self.directory.card_for(self.clock(), categories))
        card = card_json(lines) if lines else None

        self._count(reading.level, card is not None, sticky and not crisis)
        return RobotReply(text, card, reading.level, care, engine_name, lines)

    async def _listen(self, turn: Turn) -> tuple[str, str]:
        if self.engine is not self.listener:
            try:
                # What a child sees of a model's reply: its words without markdown or a JSON
                # wrapper (rooms/robot/form.py); the screen reads exactly this.
                text = plain(await self.engine.reply(turn))
            except Exception as exc:  # any engine failure: the listener answers instead
                # The type only: an error message could quote the visitor's words.
                log.warning("robot engine %s failed: %s", self.engine.name, type(exc).__name__)
                self.counters.fallbacks += 1
            else:
                verdict = screen_reply(text)
                if verdict.ok:
                    return text, self.engine.name
                log.info("robot reply from %s screened out: %s", self.engine.name, verdict.reason)
                self.counters.screened += 1
        text = await self.listener.reply(turn)
        if screen_reply(text).ok:
            return text, self.listener.name
        self.counters.screened += 1
        return Talk(self.bank, turn).say("fallback"), "bank"

    def snapshot(self) -> dict[str, Any]:
        """The aggregate counters, with the chat engine's own outcomes (ok, timeout, error) if any."""
        counts = self.counters.snapshot()
        stats = getattr(self.engine, "stats", None)
        if stats is not None:
            counts["engine"] = {"name": self.engine.name, **dict(stats)}
        return counts

    def _count(self, level: str, card: bool, sticky: bool) -> None:
        self.counters.messages += 1
        self.counters.levels[level] += 1
        self.counters.cards += int(card)
        self.counters.sticky_cards += int(card and sticky)


__all__ = ["CRISIS", "Reading", "RobotReply", "RobotService", "read_message"]
