"""The HTTP client for an OpenAI-compatible chat-completions server.

Shared by the second opinion (safety/second_opinion.py) and the robot's engine and judge
(rooms/robot/chat_http.py): it lives here because rooms/ may import safety/, never the reverse.
"""

from __future__ import annotations

import httpx


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


__all__ = ["chat_client", "endpoint_of"]
