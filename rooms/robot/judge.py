"""The optional judge: a second model rates each reply against the screen's classes.

Configured by ``KAKUREGA_ROBOT_JUDGE_URL`` (an OpenAI-compatible API base, like
``KAKUREGA_ROBOT_URL``), ``KAKUREGA_ROBOT_JUDGE_MODEL``, ``KAKUREGA_ROBOT_JUDGE_KEY``
and ``KAKUREGA_ROBOT_JUDGE_DEADLINE``.  The chat engine asks it only about replies the
rules passed; a reply is shown only when both pass it.  The judge sees the reply alone
(never what the visitor wrote) with the instructions of ``data/judge_prompt.txt`` and
must answer ``{"safe": true}`` or ``{"safe": false, "class": "…"}``.

Under its short deadline, a judge that is slow, unreachable, broken or answers in any
other shape leaves the rules to decide alone (``Rating.outcome`` says which): a broken
judge must not silence the robot, and the rules already passed the reply.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rooms.robot.chat_http import completion
from rooms.robot.rules import CLASSES
from safety.chat_client import ChatModel, failure, first_object

log = logging.getLogger("kakurega.robot")

PROMPT = (Path(__file__).resolve().parent / "data" / "judge_prompt.txt").read_text(encoding="utf-8")
# The answer is one short JSON object; anything longer is not an answer.
MAX_ANSWER_CHARS = 400


@dataclass(frozen=True, slots=True)
class Rating:
    outcome: str
    """``safe``, ``unsafe``, or why there is no rating: ``timeout``, ``error``, ``unreadable``."""
    cls: str | None = None
    """The class the judge named for an unsafe reply (``other`` if it named none we know)."""

    @property
    def vetoes(self) -> bool:
        return self.outcome == "unsafe"


class Judge(ChatModel):
    default_deadline = 3.0

    def payload(self, reply: str) -> dict[str, Any]:
        return {
            "model": self.model,
            "messages": [{"role": "system", "content": PROMPT}, {"role": "user", "content": reply}],
            "max_tokens": 40,
            "temperature": 0,
            "stream": False,
        }

    async def rate(self, reply: str) -> Rating:
        try:
            async with asyncio.timeout(self.deadline):
                answer = await completion(self._client, self.endpoint, self.payload(reply), MAX_ANSWER_CHARS)
        except Exception as exc:  # slow, unreachable or broken: the rules decide alone
            outcome = failure(exc)
            log.warning("robot judge %s (%s); the rules decide alone", outcome, type(exc).__name__)
            return Rating(outcome)
        return read_answer(answer)


def read_answer(answer: str) -> Rating:
    """The judge's answer as a ``Rating``: the first JSON object in it with a boolean ``safe``."""
    data = first_object(answer)
    if data is None or not isinstance(data.get("safe"), bool):
        log.warning("robot judge gave an answer of another shape; the rules decide alone")
        return Rating("unreadable")
    if data["safe"]:
        return Rating("safe")
    cls = data.get("class")
    return Rating("unsafe", cls if cls in CLASSES or cls == "other_script" else "other")


__all__ = ["PROMPT", "Judge", "Rating", "read_answer"]
