"""One exchange with an OpenAI-compatible chat-completions server, for the engine and the judge.

The client itself (``ChatModel``) is safety/chat_client.py's, which the second opinion uses too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rooms.robot.types import EngineError

if TYPE_CHECKING:
    import httpx


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


__all__ = ["completion"]
