"""Risk assessment of free text written by a visitor (robot talk, post form).

Word lists (``lexicon/risk.toml``) are matched against the folded text and its
hiragana reading with plain substring search (``str.find``); the only regular
expressions that touch visitor text are a few fixed ones without nested repeats in
``safety.normalize``.  Time is linear in the (capped) length whatever the input.
Context is read from the few characters right after a match: negation
("死にたいわけじゃない"), exaggeration ("死ぬほど眠い"), reported speech
("友達が死にたいって言ってる") and the past change what a match counts for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from safety.lexicon import RISK_CONTEXT, RISK_RULES, RiskRule
from safety.normalize import BREAK, fold, reading_of

LEVELS = ("none", "concern", "high", "imminent")
MAX_ASSESS_CHARS = 2000
"""Only this many characters of a text are assessed; longer texts are cut."""

_AFTER_WINDOW = 16
_SUICIDAL = frozenset({"ideation", "method", "self_harm", "plan"})


@dataclass(frozen=True, slots=True)
class Span:
    category: str
    level: str
    text: str
    """The matched words, as they read in the folded text."""
    start: int | None
    """Offsets into ``Assessment.normalized`` or ``.reading`` (see ``where``)."""
    end: int | None
    note: str | None = None
    """Why a match counted for less ("hyperbole", "third_party", "past"), or "marker"."""
    where: str = "normalized"
    """"normalized", "reading", or "latin" (a Latin word such as "od"; no offsets)."""


@dataclass(frozen=True, slots=True)
class Assessment:
    level: str
    categories: tuple[str, ...]
    spans: tuple[Span, ...]
    normalized: str = field(repr=False)
    reading: str = field(repr=False, default="")
    truncated: bool = False

    @property
    def rank(self) -> int:
        return LEVELS.index(self.level)

    def at_least(self, level: str) -> bool:
        return self.rank >= LEVELS.index(level)

    def to_dict(self) -> dict[str, Any]:
        keys = ("category", "level", "text", "start", "end", "note", "where")
        return {
            "level": self.level,
            "categories": list(self.categories),
            "spans": [{k: getattr(s, k) for k in keys} for s in self.spans],
            "normalized": self.normalized,
            "reading": self.reading,
            "truncated": self.truncated,
        }


def assess(text: str) -> Assessment:
    """How worried should a reader be about ``text``? See docs/safety.md."""
    truncated = len(text) > MAX_ASSESS_CHARS
    folded = fold(text[:MAX_ASSESS_CHARS], keep_breaks=True)
    tokens = frozenset(folded.latin_tokens)
    keys = {"normalized": folded.kana, "reading": folded.reading}

    marker_spans = [
        Span("plan", "imminent", keys[where][start:end], start, end, "marker", where)
        for where, start, end in RISK_CONTEXT.markers.find(folded)
    ]
    has_family = RISK_CONTEXT.family.found_in(folded)

    spans: list[Span] = []
    for rule in RISK_RULES:
        if rule.needs_any is not None and not rule.needs_any.found_in(folded):
            continue
        for where, start, end in rule.words.find(folded):
            span = _judge(rule, keys[where], where, start, end, bool(marker_spans), has_family)
            if span is not None:
                spans.append(span)
        for word in rule.latin & tokens:
            level = "imminent" if marker_spans and rule.category in _SUICIDAL else rule.level
            spans.append(Span(rule.category, level, word, None, None, None, "latin"))

    if marker_spans and any(s.level == "high" and s.category in _SUICIDAL for s in spans):
        spans = [
            _replace_level(s, "imminent") if s.category in _SUICIDAL and s.level == "high" else s
            for s in spans
        ]
    if any(s.level == "imminent" for s in spans):
        spans.extend(marker_spans)

    spans = list(dict.fromkeys(spans))
    level = max((s.level for s in spans), key=LEVELS.index, default="none")
    categories = tuple(sorted({s.category for s in spans if s.note != "marker"}))
    return Assessment(level, categories, tuple(spans), folded.kana, folded.reading, truncated)


def _judge(
    rule: RiskRule, key: str, where: str, start: int, end: int, has_marker: bool, has_family: bool
) -> Span | None:
    window = key[end : end + _AFTER_WINDOW].split(BREAK, 1)[0]
    # Context words are kept in reading form, so read the window the same way.
    after = window if where == "reading" else reading_of(window)
    # A stem ("しにた") is followed by its own ending ("い") before any context
    # word; look past that ending, the same way for every word.
    if after.startswith("い"):
        after = after[1:]
    if after.startswith(RISK_CONTEXT.negation_after) or (
        rule.except_after and after.startswith(rule.except_after)
    ):
        return None
    text = key[start:end]

    def span(category: str, level: str, note: str | None = None) -> Span:
        return Span(category, level, text, start, end, note, where)

    if rule.kind == "act":
        if after.startswith(RISK_CONTEXT.hyperbole_after):
            return None
        return span(rule.category, "imminent" if has_marker else "concern")
    if rule.kind == "violence":
        return span("abuse", "high") if has_family else span("bullying", "concern")
    for note, words in (
        ("hyperbole", RISK_CONTEXT.hyperbole_after),
        ("third_party", RISK_CONTEXT.third_party_after),
        ("past", RISK_CONTEXT.past_after),
    ):
        if after.startswith(words):
            return span(rule.category, _cap(rule.level, "concern"), note)
    return span(rule.category, rule.level)


def _cap(level: str, ceiling: str) -> str:
    return min(level, ceiling, key=LEVELS.index)


def _replace_level(span: Span, level: str) -> Span:
    return Span(span.category, level, span.text, span.start, span.end, span.note, span.where)
