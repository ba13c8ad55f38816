"""One exchange with an OpenAI-compatible chat-completions server, for the engine and the judge."""

from __future__ import annotations

from typing import Any

import httpx

from rooms.robot.types import EngineError


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
    timeout = httpx.Timeout(deadline, connect=connect_timeout, pool=connect_timeout)
    headers = {"authorization": f"Bearer {key}"} if key else {}
    # No cookies, no redirects, no proxy from the environment: one server and nothing else.
    return httpx.AsyncClient(
        timeout=timeout, headers=headers, follow_redirects=False, transport=transport, trust_env=False
    )


async def completion(
    client: httpx.AsyncClient, endpoint: str, payload: dict[str, Any], max_chars: int
) -> str:
    """The first choice's text; ``EngineError`` (or an httpx error) when there is no usable one."""
    response = await client.post(endpoint, json=payload)
    if response.status_code != 200:
        raise EngineError(f"status {response.status_code}")
    try:
        text = response.json()["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise EngineError("malformed completion") from exc
    if not isinstance(text, str) or not text.strip():
        raise EngineError("empty completion")
    text = text.strip()
    if len(text) > max_chars:
        raise EngineError("completion too long")
    return text


__all__ = ["chat_client", "completion", "endpoint_of"]
