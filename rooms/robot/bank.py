"""The robot's words, read from ``data/bank.toml`` so staff can edit them without code."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "bank.toml"


@dataclass(frozen=True, slots=True)
class Bank:
    entries: dict[str, tuple[str, ...]]

    def lines(self, key: str) -> tuple[str, ...]:
        """The lines under a dotted key such as ``feeling.sad.reflect`` (empty when missing)."""
        return self.entries.get(key, ())

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for key, lines in self.entries.items():
            for line in lines:
                yield key, line


def _flatten(prefix: str, node: dict[str, Any], out: dict[str, tuple[str, ...]]) -> None:
    for key, value in node.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            _flatten(path, value, out)
        elif isinstance(value, list):
            if not value or not all(isinstance(v, str) and v.strip() for v in value):
                raise ValueError(f"robot bank: {path} needs a list of non-empty lines")
            out[path.removesuffix(".lines")] = tuple(value)


def parse_bank(text: str) -> Bank:
    out: dict[str, tuple[str, ...]] = {}
    _flatten("", tomllib.loads(text), out)
    return Bank(out)


@cache
def default_bank() -> Bank:
    return parse_bank(DEFAULT_PATH.read_text(encoding="utf-8"))


__all__ = ["Bank", "default_bank", "parse_bank"]
