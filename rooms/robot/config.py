"""The robot's settings: which engine, and the limits of the endpoint (from ``settings.Settings.robot``)."""

from __future__ import annotations

from dataclasses import dataclass

from safety.second_opinion import SecondOpinionConfig

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
    """Messages per second one browser may send on average …"""
    burst: int = 6
    """… and this many at once."""
    address_rate: float = 5.0
    """Messages per second from one address, all its browsers together: a coarse backstop,
    since a whole school can share one address …"""
    address_burst: int = 60
    """… and this many at once."""
    shared_networks: tuple[tuple[str, float], ...] = ()
    """Known school exits and how many times the address limits they get."""
    total_rate: float = 20.0
    """Messages per second for the whole instance (protects the chat server)."""
    total_burst: int = 40
    judge_url: str | None = None
    """An OpenAI-compatible API base for the judge (``rooms/robot/judge.py``); None: the rules alone."""
    judge_model: str = "kakurega-judge"
    judge_key: str | None = None
    judge_deadline: float = 3.0
    """Seconds the judge may take; past them the rules decide alone."""
    second_opinion: SecondOpinionConfig | None = None
    """A model that may raise (never lower) the level of a message (``safety.second_opinion``)."""


__all__ = ["MAX_BODY_BYTES", "MAX_HISTORY_LINES", "MAX_HISTORY_SENT", "MAX_MESSAGE_CHARS", "RobotConfig"]
