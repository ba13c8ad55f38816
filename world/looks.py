"""What an avatar may look like and how it may stand: the fixed vocabularies of the protocol."""

from __future__ import annotations

SHAPES = ("maru", "shizuku", "mame", "kaku")
COLORS = ("momo", "mikan", "kiiro", "wakaba", "mizu", "fuji", "shiro", "haiiro")
ACCESSORIES = ("none", "leaf", "ribbon", "cap", "flower")
POSES = ("stand", "sit", "sleep", "lookup")

Look = dict[str, str]


def is_valid_look(value: object) -> bool:
    if not isinstance(value, dict):
        return False
    return value.get("shape") in SHAPES and value.get("color") in COLORS and value.get("acc") in ACCESSORIES


def clean_look(value: dict[str, str]) -> Look:
    """Keep only the known keys, so nothing a client invents is echoed to others."""
    return {"shape": value["shape"], "color": value["color"], "acc": value["acc"]}
