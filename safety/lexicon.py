"""The packaged word lists, read once at import and folded like the texts.

A word written with kanji is looked for in the folded text as written (so
"生きたくない" never meets "行きたくない"); a word written in kana only is looked
for in the reading of the text, where "ぜんぶのんだ" also finds "全部飲んだ".
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

import jaconv

from safety import names_toml
from safety.normalize import Folded, fold, has_kanji, reading_of

NAME_REASONS_IN_ORDER = names_toml.REASONS


def _read(name: str) -> dict[str, Any]:
    with resources.files("safety").joinpath("lexicon", name).open("rb") as fh:
        return tomllib.load(fh)


def _read_names() -> dict[str, Any]:
    """names.toml, every entry checked (``safety.names_toml``): a wrong one stops the start."""
    return names_toml.parse(resources.files("safety").joinpath("lexicon", "names.toml").read_text("utf-8"))


@dataclass(frozen=True, slots=True)
class Terms:
    """Words split by where they are looked for."""

    kanji: tuple[str, ...]
    """Matched against ``Folded.kana`` (kanji kept)."""
    kana: tuple[str, ...]
    """Matched against ``Folded.reading`` (everything read as hiragana)."""

    def found_in(self, folded: Folded) -> bool:
        return any(w in folded.kana for w in self.kanji) or any(w in folded.reading for w in self.kana)

    def equals(self, folded: Folded) -> bool:
        return folded.kana in self.kanji or folded.reading in self.kana or folded.kana in self.kana

    def find(self, folded: Folded) -> Iterator[tuple[str, int, int]]:
        """(where, start, end) of every occurrence; where is "normalized" or "reading"."""
        for words, key, where in (
            (self.kanji, folded.kana, "normalized"),
            (self.kana, folded.reading, "reading"),
        ):
            for word in words:
                pos = key.find(word)
                while pos != -1:
                    yield where, pos, pos + len(word)
                    pos = key.find(word, pos + 1)


def terms(words: list[str]) -> Terms:
    # Folding can merge two spellings into one key; keep each key once and drop
    # words that fold to nothing (a list of symbols would match everything).
    keys = dict.fromkeys(k for w in words if (k := fold(w).kana))
    return Terms(
        kanji=tuple(k for k in keys if has_kanji(k)),
        kana=tuple(k for k in keys if not has_kanji(k)),
    )


def readings(words: list[str]) -> tuple[str, ...]:
    """Words in reading form, for comparing with the reading of a few characters."""
    return tuple(dict.fromkeys(r for w in words if (r := reading_of(fold(w).kana))))


def _latin(words: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w.lower() for w in words if w))


@dataclass(frozen=True, slots=True)
class NameList:
    reason: str
    anywhere: Terms
    token: tuple[str, ...]
    """Kana words that count only as whole words of the name (see safety.names)."""
    kana_words: tuple[str, ...]
    """The ``kana`` words as written (safety.names folds them its own way too)."""
    whole: Terms
    latin: tuple[str, ...]
    latin_token: frozenset[str]
    emoji: tuple[str, ...] = ()
    """Pictures refused for this reason wherever they are in a name."""


@dataclass(frozen=True, slots=True)
class RiskRule:
    category: str
    level: str
    kind: str
    words: Terms
    latin: frozenset[str]
    except_after: tuple[str, ...]
    """Reading forms that, right after a match, mean the rule does not apply."""
    needs_any: Terms | None
    """For kind "pair": the rule counts only when one of these is in the text too."""


@dataclass(frozen=True, slots=True)
class RiskContext:
    negation_after: tuple[str, ...]
    hyperbole_after: tuple[str, ...]
    third_party_after: tuple[str, ...]
    past_after: tuple[str, ...]
    markers: Terms
    family: Terms


def _load_names(data: dict[str, Any]) -> tuple[NameList, ...]:
    return tuple(
        NameList(
            reason=reason,
            anywhere=terms(data[reason].get("kana", [])),
            token=tuple(data[reason].get("kana_token", [])),
            kana_words=tuple(data[reason].get("kana", [])),
            whole=terms(data[reason].get("kana_whole", [])),
            latin=_latin(data[reason].get("latin", [])),
            latin_token=frozenset(_latin(data[reason].get("latin_token", []))),
            emoji=tuple(data[reason].get("emoji", [])),
        )
        for reason in NAME_REASONS_IN_ORDER
    )


def _load_risk() -> tuple[RiskContext, tuple[RiskRule, ...]]:
    data = _read("risk.toml")
    ctx = data["context"]
    context = RiskContext(
        negation_after=readings(ctx["negation_after"]),
        hyperbole_after=readings(ctx["hyperbole_after"]),
        third_party_after=readings(ctx["third_party_after"]),
        past_after=readings(ctx.get("past_after", [])),
        markers=terms(ctx["markers"]),
        family=terms(ctx["family"]),
    )
    rules = tuple(
        RiskRule(
            category=r["category"],
            level=r["level"],
            kind=r.get("kind", "plain"),
            words=terms(r.get("words", [])),
            latin=frozenset(_latin(r.get("latin", []))),
            except_after=readings(r.get("except_after", [])),
            needs_any=terms(r["needs_any"]) if "needs_any" in r else None,
        )
        for r in data["rule"]
    )
    return context, rules


def _load_pictured_words(data: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Pictures that pass next to the word they picture (``pictured_words`` in names.toml),
    as written: safety.names folds them and checks the picture is in an emoji list."""
    return {picture: tuple(ws) for picture, ws in data.get("pictured_words", {}).items()}


def _load_meeting(data: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Verbs, nouns and words of meeting in person (``[meeting]`` in names.toml), as written:
    safety.name_meeting reads the verbs and nouns as Sudachi normalises them; the in-person
    words as hiragana."""
    table = data.get("meeting", {})
    in_person = tuple(dict.fromkeys(jaconv.kata2hira(w) for w in table.get("in_person", [])))
    return tuple(table.get("verbs", [])), tuple(table.get("nouns", [])), in_person


_NAMES = _read_names()
NAME_LISTS = _load_names(_NAMES)
PICTURED_WORDS = _load_pictured_words(_NAMES)
MEETING_VERBS, MEETING_NOUNS, MEETING_IN_PERSON = _load_meeting(_NAMES)
ORDER_VERBS = tuple(_NAMES.get("orders", {}).get("verbs", []))
NAME_WANTS = {k: tuple(v) for k, v in _NAMES.get("wants", {}).items()}
NAME_INVITES = {k: tuple(v) for k, v in _NAMES.get("invites", {}).items()}
PUT_DOWNS = {k: tuple(v) for k, v in _NAMES.get("put_downs", {}).items()}
"""Put-downs said framed and what frames them (``[put_downs]`` in names.toml), as written:
safety.name_insults compares them in hiragana."""
"""Places, relations and people an invitation is made around (``[invites]`` in names.toml),
as written: safety.name_invites reads them as Sudachi normalises them."""
"""Verbs and nouns wanted, proposed or asked for (``[wants]`` in names.toml), as written:
safety.name_wants reads them as Sudachi normalises them."""
CARETAKER_NAMES = tuple(_NAMES.get("caretaker", {}).get("names", []))
CARETAKER_ROLES = tuple(_NAMES.get("caretaker", {}).get("roles", []))
"""The caretaker's name and the roles that make a name hers (``[caretaker]`` in names.toml)."""
"""Verbs of dying or vanishing an order is made of (``[orders]`` in names.toml), as written:
safety.name_orders reads them as Sudachi normalises them."""
RISK_CONTEXT, RISK_RULES = _load_risk()
