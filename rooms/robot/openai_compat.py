"""An engine that asks any OpenAI-compatible chat-completions server, with the listener behind it.

Configured by ``KAKUREGA_ROBOT_URL`` (the API base, e.g. ``http://127.0.0.1:8080/v1``,
or the full ``…/chat/completions`` address), ``KAKUREGA_ROBOT_MODEL`` and
``KAKUREGA_ROBOT_KEY``.  The system prompt carries our safe-messaging rules; the
care wrap still screens every reply.  Timeouts are strict: one deadline covers
the whole exchange (a server that trickles bytes cannot hold a visitor), and
on any error at all the embedded listener answers instead.

With a ``judge`` (``rooms/robot/judge.py``), a reply the output screen's rules pass is
also rated by the judge; when the judge says it is unsafe the listener answers instead.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rooms.robot.chat_http import completion
from rooms.robot.judge import Judge
from rooms.robot.listener import ListeningEngine
from rooms.robot.screen import MAX_REPLY_CHARS, screen_reply
from rooms.robot.types import Engine, Turn
from safety.chat_client import ChatModel, failure

if TYPE_CHECKING:
    import httpx

log = logging.getLogger("kakurega.robot")

DATA = Path(__file__).resolve().parent / "data"
# The safe-messaging rules for the model; staff may edit the file without code.

SYSTEM_PROMPT = (DATA / "system_prompt.txt").read_text(encoding="utf-8")
CARE_NOTE = (
    "この ひとは いま とても つらい かもしれません。みじかく、あたたかく、きいた ことを うけとめて ください。"
    "しつもんで ほりさげず、ほうほうや ばしょには ふれないで。アプリが そうだんさきを みせます。"
)


class ChatCompletionsEngine(ChatModel):
    """``Engine`` over ``POST {url}/chat/completions``; falls back to ``fallback`` on any error."""

    name = "chat"

    def __init__(
        self,
        url: str,
        model: str,
        key: str | None = None,
        *,
        fallback: Engine | None = None,
        judge: Judge | None = None,
        deadline: float = 8.0,
        connect_timeout: float = 2.0,
        max_tokens: int = 160,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            url, model, key, deadline=deadline, connect_timeout=connect_timeout, transport=transport
        )
        self.key = key
        self.fallback: Engine = fallback or ListeningEngine()
        self.judge = judge
        self.max_tokens = max_tokens
        self.stats: Counter[str] = Counter()

    async def reply(self, turn: Turn) -> str:
        try:
            async with asyncio.timeout(self.deadline):
                text = await self.complete(turn)
        except Exception as exc:  # timeouts, connection errors, bad answers: all the same to a visitor
            outcome = failure(exc)
            self.stats[outcome] += 1
            log.warning("chat engine %s (%s); the listener answers", outcome, type(exc).__name__)
            return await self.fallback.reply(turn)
        self.stats["ok"] += 1
        # The judge is asked only about what the rules pass (the care wrap screens every
        # reply again and replaces what they refuse); both must pass it.
        if self.judge is not None and screen_reply(text).ok:
            rating = await self.judge.rate(text)
            self.stats[f"judge_{rating.outcome}"] += 1
            if rating.vetoes:
                log.info("robot reply vetoed by the judge: %s", rating.cls)
                return await self.fallback.reply(turn)
        return text

    async def complete(self, turn: Turn) -> str:
        """One request; raises ``EngineError`` (or an httpx error) when there is no usable reply."""
        return await completion(self._client, self.endpoint, self.payload(turn), MAX_REPLY_CHARS)

    def payload(self, turn: Turn) -> dict[str, Any]:
        messages: list[dict[str, str]] = [{"role": "system", "content": SYSTEM_PROMPT}]
        for line in turn.history:
            messages.append({"role": "user" if line.speaker == "you" else "assistant", "content": line.text})
        if turn.care:
            messages.append({"role": "system", "content": CARE_NOTE})
        messages.append({"role": "user", "content": turn.message})
        return {
            "model": self.model,
            "messages": messages,
            "max_tokens": self.max_tokens,
            "temperature": 0.7,
            "stream": False,
        }

    async def aclose(self) -> None:
        await super().aclose()
        if self.judge is not None:
            await self.judge.aclose()


__all__ = ["CARE_NOTE", "SYSTEM_PROMPT", "ChatCompletionsEngine"]
