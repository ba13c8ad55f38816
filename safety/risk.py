"""Risk assessment of free text written by a visitor (robot talk, post form).

Word lists (``lexicon/risk.toml``) are matched against the folded text with
plain substring search: no regular expression runs over visitor text, so time
grows linearly with the (capped) length whatever the input looks like.
Context is read from the few characters right after a match: negation
("死にたいわけじゃない"), exaggeration ("死ぬほど眠い") and reported speech
("友達が死にたいって言ってる") change what a match counts for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from safety.lexicon import RISK_CONTEXT, RISK_RULES, RiskRule
from safety.normalize import BREAK, fold

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
    """Offsets into ``Assessment.normalized``; None for a Latin word (e.g. "od")."""
    end: int | None
    note: str | None = None
    """Why a match counted for less: "hyperbole", "third_party"; or "marker"."""


@dataclass(frozen=True, slots=True)
class Assessment:
    level: str
    categories: tuple[str, ...]
    spans: tuple[Span, ...]
    normalized: str = field(repr=False)
    truncated: bool = False

    @property
    def rank(self) -> int:
        return LEVELS.index(self.level)

    def at_least(self, level: str) -> bool:
        return self.rank >= LEVELS.index(level)

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "categories": list(self.categories),
            "spans": [
                {k: getattr(s, k) for k in ("category", "level", "text", "start", "end", "note")}
                for s in self.spans
            ],
            "normalized": self.normalized,
            "truncated": self.truncated,
        }


def assess(text: str) -> Assessment:
    """How worried should a reader be about ``text``? See docs/safety.md."""
    truncated = len(text) > MAX_ASSESS_CHARS
    folded = fold(text[:MAX_ASSESS_CHARS], keep_breaks=True)
    key = folded.kana
    tokens = frozenset(folded.latin_tokens)

    markers = [_span_of(key, m, "plan", "imminent", "marker") for m in RISK_CONTEXT.markers]
    marker_spans = [s for group in markers for s in group]
    has_family = any(f in key for f in RISK_CONTEXT.family)

    spans: list[Span] = []
    for rule in RISK_RULES:
        for word in rule.words:
            for start in _find_all(key, word):
                span = _judge(rule, key, start, start + len(word), bool(marker_spans), has_family)
                if span is not None:
                    spans.append(span)
        for word in rule.latin & tokens:
            level = "imminent" if marker_spans and rule.category in _SUICIDAL else rule.level
            spans.append(Span(rule.category, level, word, None, None))

    if any(s.level == "high" and s.category in _SUICIDAL for s in spans) and marker_spans:
        spans = [
            _replace_level(s, "imminent") if s.category in _SUICIDAL and s.level == "high" else s
            for s in spans
        ]
    if any(s.level == "imminent" for s in spans):
        spans.extend(marker_spans)

    level = max((s.level for s in spans), key=LEVELS.index, default="none")
    categories = tuple(sorted({s.category for s in spans if s.note != "marker"}))
    return Assessment(level, categories, tuple(spans), key, truncated)


def _judge(rule: RiskRule, key: str, start: int, end: int, has_marker: bool, has_family: bool) -> Span | None:
    after = key[end : end + _AFTER_WINDOW].split(BREAK, 1)[0]
    if after.startswith(RISK_CONTEXT.negation_after):
        return None
    text = key[start:end]
    if rule.kind == "act":
        if after.startswith(RISK_CONTEXT.hyperbole_after):
            return None
        level = "imminent" if has_marker else "concern"
        return Span(rule.category, level, text, start, end)
    if rule.kind == "violence":
        if has_family:
            return Span("abuse", "high", text, start, end)
        return Span("bullying", "concern", text, start, end)
    if after.startswith(RISK_CONTEXT.hyperbole_after):
        return Span(rule.category, _cap(rule.level, "concern"), text, start, end, "hyperbole")
    if after.startswith(RISK_CONTEXT.third_party_after):
        return Span(rule.category, _cap(rule.level, "concern"), text, start, end, "third_party")
    return Span(rule.category, rule.level, text, start, end)


def _cap(level: str, ceiling: str) -> str:
    return min(level, ceiling, key=LEVELS.index)


def _replace_level(span: Span, level: str) -> Span:
    return Span(span.category, level, span.text, span.start, span.end, span.note)


def _find_all(key: str, word: str) -> list[int]:
    found: list[int] = []
    pos = key.find(word)
    while pos != -1:
        found.append(pos)
        pos = key.find(word, pos + 1)
    return found


def _span_of(key: str, word: str, category: str, level: str, note: str) -> list[Span]:
    return [Span(category, level, word, s, s + len(word), note) for s in _find_all(key, word)]
