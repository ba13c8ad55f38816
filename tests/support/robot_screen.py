"""What the robot's output screen makes of one reply, as the screen's round tests ask it."""

from __future__ import annotations

from rooms.robot.screen import screen_reply, screen_rules


def rules_pass(text: str) -> bool:
    """No rule of the screen holds ``text`` (the learned reply model aside)."""
    verdict, _ = screen_rules(text)
    return verdict is None


def rule_of(text: str) -> str | None:
    """The name of the rule that holds ``text``, or None."""
    verdict, _ = screen_rules(text)
    return None if verdict is None else verdict.rule


def held(text: str) -> bool:
    """The whole screen (rules and reply model) replaces ``text``."""
    return not screen_reply(text).ok
