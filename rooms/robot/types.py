"""The shapes every robot engine shares: a line of talk, a turn to answer, the engine protocol."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

Speaker = Literal["you", "robo"]


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the conversation as the browser keeps it."""

    speaker: Speaker
    text: str


@dataclass(frozen=True, slots=True)
class Turn:
    """What an engine is asked to answer.

    ``level`` is the care level of this message (``safety.LEVELS``, from
    ``safety.assess``); ``care`` says whether the hotline card goes with
    the reply (this message, or a recent one, was high or imminent).  Engines
    only write the listening part; the care wrap adds the words about people.
    """

    message: str
    history: tuple[Line, ...] = ()
    level: str = "none"
    categories: tuple[str, ...] = ()
    care: bool = False


class Engine(Protocol):
    """Anything that can answer a turn.  It may fail; the care wrap catches that."""

    name: str

    async def reply(self, turn: Turn) -> str: ...


class EngineError(Exception):
    """An engine could not give a usable reply (timeout, bad answer, server error)."""
