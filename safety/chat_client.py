"""The HTTP client for an OpenAI-compatible chat-completions server.

Shared by the second opinion (safety/second_opinion.py) and the robot's engine and judge
(rooms/robot/openai_compat.py, rooms/robot/judge.py): it lives here because rooms/ may import
safety/, never the reverse.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:  # imported when a client is made: a site with no model configured never loads it
    import httpx

_OBJECT = re.compile(r"\{[^{}]*\}")


def endpoint_of(url: str) -> str:
    """``…/chat/completions`` for an API base such as ``http://127.0.0.1:8080/v1``, or the URL as given."""
    base = url.rstrip("/")
    return base if base.endswith("/chat/completions") else base + "/chat/completions"


def chat_client(
    key: str | None,
    deadline: float,
    connect_timeout: float,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    import httpx

    timeout = httpx.Timeout(deadline, connect=connect_timeout, pool=connect_timeout)
    headers = {"authorization": f"Bearer {key}"} if key else {}
    # No cookies, no redirects, no proxy from the environment: one server and nothing else.
    return httpx.AsyncClient(
        timeout=timeout, headers=headers, follow_redirects=False, transport=transport, trust_env=False
    )


class ChatModel:
    """One model on a chat-completions server, asked under a deadline: where it is, which
    model, and the client that asks it. Each kind of asker sets its own default deadlines."""

    default_deadline: ClassVar[float] = 2.0
    default_connect_timeout: ClassVar[float] = 1.0

    def __init__(
        self,
        url: str,
        model: str,
        key: str | None = None,
        *,
        deadline: float | None = None,
        connect_timeout: float | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.endpoint = endpoint_of(url)
        self.model = model
        self.deadline = self.default_deadline if deadline is None else deadline
        connect = self.default_connect_timeout if connect_timeout is None else connect_timeout
        self._client = chat_client(key, self.deadline, connect, transport)

    async def aclose(self) -> None:
        await self._client.aclose()


def failure(exc: BaseException) -> str:
    """What a failed exchange counts as: ``timeout`` (the deadline, or httpx's own) or ``error``."""
    import httpx  # loaded already: the exchange's client was made by ``chat_client``

    return "timeout" if isinstance(exc, TimeoutError | httpx.TimeoutException) else "error"


def first_object(answer: str) -> dict[str, Any] | None:
    """The first flat JSON object in a model's answer (models wrap it in words or a code
    fence), or None when there is none that parses."""
    found = _OBJECT.search(answer)
    try:
        data = json.loads(found.group(0)) if found else None
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


__all__ = ["ChatModel", "failure", "first_object"]
