"""The robot's settings: which engine, and the limits of the endpoint."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MAX_MESSAGE_CHARS = 300
MAX_HISTORY_LINES = 6
"""Only the last lines the browser sends are read; older ones are dropped."""
MAX_HISTORY_SENT = 50
"""A request with more history lines than this is refused (413), not trimmed."""
MAX_BODY_BYTES = 16 * 1024


@dataclass(frozen=True)
class RobotConfig:
    url: str | None = None
    """An OpenAI-compatible API base; None runs the embedded listener only."""
    model: str = "kakurega-robo"
    key: str | None = None
    deadline: float = 8.0
    """Seconds the chat engine may take in all before the listener answers instead."""
    rate: float = 0.5
    """Messages per second one visitor may send on average …"""
    burst: int = 6
    """… and this many at once."""
    total_rate: float = 20.0
    """Messages per second for the whole instance (protects the chat server)."""
    total_burst: int = 40

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> RobotConfig:
        env = os.environ if environ is None else environ
        return cls(
            url=env.get("KAKUREGA_ROBOT_URL") or None,
            model=env.get("KAKUREGA_ROBOT_MODEL") or cls.model,
            key=env.get("KAKUREGA_ROBOT_KEY") or None,
            deadline=float(env.get("KAKUREGA_ROBOT_DEADLINE") or cls.deadline),
            rate=float(env.get("KAKUREGA_ROBOT_RATE") or cls.rate),
            burst=int(env.get("KAKUREGA_ROBOT_BURST") or cls.burst),
        )

    @classmethod
    def from_settings(cls, settings: Any) -> RobotConfig:
        """From the app's ``Settings`` (``robot_url``, ``robot_model``, ``robot_key``), else the env."""
        base = cls.from_environment()
        if settings is None or not hasattr(settings, "robot_url"):
            return base
        return cls(
            url=getattr(settings, "robot_url", None) or None,
            model=getattr(settings, "robot_model", None) or base.model,
            key=getattr(settings, "robot_key", None) or None,
            deadline=base.deadline,
            rate=base.rate,
            burst=base.burst,
        )


__all__ = ["MAX_BODY_BYTES", "MAX_HISTORY_LINES", "MAX_HISTORY_SENT", "MAX_MESSAGE_CHARS", "RobotConfig"]
