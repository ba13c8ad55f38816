"""The packaged word lists, read once at import and folded like the texts."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from safety.normalize import fold

NAME_REASONS_IN_ORDER = ("contact", "self_harm", "sexual", "insult", "staff")


def _read(name: str) -> dict[str, Any]:
    with resources.files("safety").joinpath("lexicon", name).open("rb") as fh:
        return tomllib.load(fh)


def _kana(words: list[str]) -> tuple[str, ...]:
    # Folding can merge two spellings into one key; keep each key once and
    # drop words that fold to nothing (a list of symbols would match everything).
    return tuple(dict.fromkeys(k for w in words if (k := fold(w).kana)))


def _latin(words: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w.lower() for w in words if w))


@dataclass(frozen=True, slots=True)
class NameList:
    reason: str
    kana: tuple[str, ...]
    kana_whole: frozenset[str]
    latin: tuple[str, ...]
    latin_token: frozenset[str]


@dataclass(frozen=True, slots=True)
class RiskRule:
    category: str
    level: str
    kind: str
    words: tuple[str, ...]
    latin: frozenset[str]


@dataclass(frozen=True, slots=True)
class RiskContext:
    negation_after: tuple[str, ...]
    hyperbole_after: tuple[str, ...]
    third_party_after: tuple[str, ...]
    markers: tuple[str, ...]
    family: tuple[str, ...]


def _load_names() -> tuple[NameList, ...]:
    data = _read("names.toml")
    return tuple(
        NameList(
            reason=reason,
            kana=_kana(data[reason].get("kana", [])),
            kana_whole=frozenset(_kana(data[reason].get("kana_whole", []))),
            latin=_latin(data[reason].get("latin", [])),
            latin_token=frozenset(_latin(data[reason].get("latin_token", []))),
        )
        for reason in NAME_REASONS_IN_ORDER
    )


def _load_risk() -> tuple[RiskContext, tuple[RiskRule, ...]]:
    data = _read("risk.toml")
    ctx = data["context"]
    context = RiskContext(
        negation_after=_kana(ctx["negation_after"]),
        hyperbole_after=_kana(ctx["hyperbole_after"]),
        third_party_after=_kana(ctx["third_party_after"]),
        markers=_kana(ctx["markers"]),
        family=_kana(ctx["family"]),
    )
    rules = tuple(
        RiskRule(
            category=r["category"],
            level=r["level"],
            kind=r.get("kind", "plain"),
            words=_kana(r.get("words", [])),
            latin=frozenset(_latin(r.get("latin", []))),
        )
        for r in data["rule"]
    )
    return context, rules


NAME_LISTS = _load_names()
RISK_CONTEXT, RISK_RULES = _load_risk()
