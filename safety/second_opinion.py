"""An optional second opinion on a text's risk from an OpenAI-compatible model.

The one part of ``safety`` that does I/O (async, httpx).  Off unless configured:
``KAKUREGA_SAFETY_URL`` (an API base such as ``http://127.0.0.1:8080/v1``, or the full
``…/chat/completions`` address), else the robot's ``KAKUREGA_ROBOT_URL``; model, key and
deadline likewise (``settings.second_opinion``).

Only texts the rules rate ``none`` or ``concern`` are asked about: the rules already
show the card at ``high``.  The final level is the higher of the two, never lower: the
model can only add care, never take it away.  Under its short deadline, a model that is
slow, unreachable, broken or answers in any other shape leaves the rule level as it was
(``Opinion.outcome`` says why), so the site never waits on it and never loses the card.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from typing import Any

from safety.chat_client import ChatModel, first_object
from safety.risk import LEVELS, Assessment, Span, assess

log = logging.getLogger("kakurega.safety")

PROMPT = (
    "You rate messages written by children (10-17) on a Japanese site for children who feel "
    "like dying or vanishing. Rate how worried a crisis-line counsellor would be.\n"
    "levels: none (ordinary, jokes, games, news), concern (heavy distress, no suicidal content), "
    "high (wish to die or vanish, even hidden or softened; feeling a burden; asking about amounts, "
    "heights or ways; self-harm; violence at home), imminent (intent now or tonight, at a high "
    "place or a track now, preparations done, a farewell).\n"
    'Answer with one JSON object only: {"level": "none|concern|high|imminent", '
    '"category": "ideation|method|plan|self_harm|abuse|distress|none"}.'
)
MAX_TEXT_CHARS = 1000
MAX_ANSWER_CHARS = 400
CATEGORIES = frozenset({"ideation", "method", "plan", "self_harm", "abuse", "distress"})


@dataclass(frozen=True, slots=True)
class SecondOpinionConfig:
    """Where the second opinion is asked (``settings.second_opinion``; None: off)."""

    url: str
    model: str = "kakurega-safety"
    key: str | None = None
    deadline: float = 2.0

    def build(self) -> SecondOpinion:
        return SecondOpinion(self.url, self.model, self.key, deadline=self.deadline)


@dataclass(frozen=True, slots=True)
class Opinion:
    outcome: str
    """``rated``, or why there is none: ``timeout``, ``error``, ``unreadable``."""
    level: str | None = None
    category: str | None = None


def read_answer(text: str) -> tuple[str, str | None] | None:
    """(level, category) from the model's answer, or None when it is not one."""
    if len(text) > MAX_ANSWER_CHARS:
        return None
    data = first_object(text)
    if data is None or data.get("level") not in LEVELS:
        return None
    category = data.get("category")
    return data["level"], category if category in CATEGORIES else None


class SecondOpinion(ChatModel):
    async def opinion(self, text: str) -> Opinion:
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": PROMPT},
                {"role": "user", "content": text[:MAX_TEXT_CHARS]},
            ],
            "max_tokens": 40,
            "temperature": 0,
        }
        import httpx  # loaded already: ``ChatModel`` made the client (a site without one never loads it)

        try:
            # One deadline for the whole exchange: a server that trickles bytes cannot hold us.
            async with asyncio.timeout(self.deadline):
                response = await self._client.post(self.endpoint, json=payload)
                if response.status_code != 200:
                    return Opinion("error")
                content = response.json()["choices"][0]["message"]["content"]
        except TimeoutError:
            return Opinion("timeout")
        except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError) as exc:
            log.info("second opinion failed: %s", type(exc).__name__)
            return Opinion("error")
        answer = read_answer(content) if isinstance(content, str) else None
        if answer is None:
            return Opinion("unreadable")
        return Opinion("rated", *answer)

    async def assess(self, text: str, rules: Assessment | None = None) -> Assessment:
        """``safety.assess(text)``, raised (never lowered) by the model's rating."""
        rules = rules if rules is not None else assess(text)
        if rules.at_least("high") or not text.strip():
            return rules
        found = await self.opinion(text)
        if found.outcome != "rated" or found.level is None:
            return rules
        return raised(rules, found)


def raised(rules: Assessment, found: Opinion) -> Assessment:
    """The rules' assessment with the model's level when that is higher (else unchanged)."""
    if found.level is None or LEVELS.index(found.level) <= rules.rank:
        return rules
    category = found.category or ("distress" if found.level == "concern" else "ideation")
    span = Span(category, found.level, "", None, None, "second_opinion", "model")
    categories = tuple(sorted(set(rules.categories) | {category}))
    return replace(rules, level=found.level, categories=categories, spans=(*rules.spans, span))


async def assess_with(text: str, second: SecondOpinion | None) -> Assessment:
    """``safety.assess``, with the second opinion when one is configured."""
    return await second.assess(text) if second is not None else assess(text)


__all__ = ["Opinion", "SecondOpinion", "SecondOpinionConfig", "assess_with", "raised", "read_answer"]
