"""Risk assessment of free text written by a visitor (robot talk, post form).

Word lists (``lexicon/risk.toml``) are matched against the folded text and its
hiragana reading with plain substring search (``str.find``); the only regular
expressions that touch visitor text are a few fixed ones without nested repeats in
``safety.normalize``.  Time is linear in the (capped) length whatever the input.

Besides the listed words, ``[[pattern]]`` entries build words from parts
(prefix × verb stem × ending: "きえ" + "ちゃおうかな"), so a wish or an intent is
found in the forms nobody wrote down one by one.  Context then decides what a
match counts for: the few characters right after it (negation "死にたいわけじゃ
ない", exaggeration "死ぬほど眠い", reported speech, the past), the few before it
("眠すぎて死ぬ"; "あいつが" before a wish to vanish makes it a wish about someone
else), the sentence around it (a story, the news or a lesson is being talked
about) and the whole text (a time or an intent makes an act "now"; being at a
place, or feeling ill after a method, makes it "now" too; "今は平気" makes a wish
a past one).

This is the one risk model of the site: the robot, the post form and anything
else read visitors' words through ``assess`` only.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from safety import constructions, learned
from safety.constructions.afterwards import FIRED as _AFTERWARDS_FIRED
from safety.constructions.afterwards import OFF as _AFTERWARDS_OFF
from safety.constructions.grammar import doubly_denied_read, hedged_read
from safety.constructions.words import DENIED, JUDGED, Hit
from safety.levels import CRISIS, LEVELS
from safety.lexicon import RISK_CONTEXT, RISK_RULES, RiskRule, Terms, readings, terms
from safety.morphology import tokens
from safety.normalize import BREAK, Folded, fold, reading_of

MAX_ASSESS_CHARS = 2000

"""Only this many characters of a text are assessed; longer texts are cut."""

_AFTER_WINDOW = 16
_BEFORE_WINDOW = 6
_SUBJECT_WINDOW = 10
"""Room for "おにいちゃんなんか" before a wish that someone vanish."""
_SUICIDAL = frozenset({"ideation", "method", "self_harm", "plan"})
_OWN_AFFAIRS = frozenset(
    {
        "given",
        "handed_over",
        "nothing_left",
        "no_more_needed",
        "giving_wished",
        "returned",
        "settled",
        "no_tomorrow_said",
        "no_occasion",
        "after_me",
    }
)
"""Farewell notes about the writer's own things and affairs: a comic lent or a pet named
in them is no story being told (the frame's words), so the frame does not cap them."""
# JUDGED (notes "hyperbole", "mention"…), DENIED and ASKED: safety.constructions.words. They
# count for nothing here; the learned layer leaves a text whose only risky findings are denied
# or asked alone (``learned.judged``).


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
    """Why a match counted for less ("hyperbole", "third_party", "past", "mention"),
    or "marker" for the time/readiness word that made a text imminent."""
    where: str = "normalized"
    """"normalized", "reading", "analysed" (a construction: offsets into
    ``Assessment.analysed``), or "latin" (a Latin word such as "od"; no offsets)."""
    construction: str | None = None
    """The named construction that found it (``safety.constructions``), if any."""


@dataclass(frozen=True, slots=True)
class Assessment:
    level: str
    categories: tuple[str, ...]
    spans: tuple[Span, ...]
    normalized: str = field(repr=False)
    reading: str = field(repr=False, default="")
    truncated: bool = False
    analysed: str = field(repr=False, default="")
    """The text as the constructions read it (``safety.constructions.prepare``)."""

    @property
    def rank(self) -> int:
        return LEVELS.index(self.level)

    def at_least(self, level: str) -> bool:
        return self.rank >= LEVELS.index(level)

    def to_dict(self) -> dict[str, Any]:
        keys = ("category", "level", "text", "start", "end", "note", "where", "construction")
        return {
            "level": self.level,
            "categories": list(self.categories),
            "spans": [{k: getattr(s, k) for k in keys} for s in self.spans],
            "normalized": self.normalized,
            "reading": self.reading,
            "truncated": self.truncated,
            "analysed": self.analysed,
        }


@dataclass(frozen=True, slots=True)
class _Rule:
    rule: RiskRule
    desire: bool
    """The writer's own wish ("〜たい", "〜ちゃおうかな"): a story or lesson nearby
    does not make it someone else's, and a time word does not make it a plan."""
    alone: bool = True
    """For an act: whether it counts (as a worry) without a time word.  Euphemisms
    ("とぶ", "いなくなる") are everyday words unless something says "now"."""
    unless_any: Terms | None = None
    """Words that, anywhere in the text, show the everyday sense ("ひこうき")."""
    self_wish: bool = False
    """A wish that someone vanish: about the writer unless another person is
    named right before it ("あいつがいなくなればいい" is anger, not ideation)."""
    occasioned: bool = False
    """A goodbye that an occasion in the text explains (「ひっこすから みんなさよなら」), unless a
    final act is said with it: ``[structure] occasion`` and ``final_act``."""
    heads: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    """For a pattern: (where, head, endings).  Looking for each head once and then
    for its endings right after it finds the same words as looking for every
    prefix × stem × ending, with one search per head instead of per word."""


@dataclass(frozen=True, slots=True)
class _Structure:
    soon: Terms
    """Time or intent ("今日", "明日の朝", "つもり"): an act or a method becomes now."""
    frame: Terms
    """A story, the news, a lesson, a question about a word: in the same sentence,
    a match is being talked about, not planned."""
    recovery: Terms
    """"今は平気" at the end of a text: the wishes before it are past ones."""
    recovery_not: tuple[str, ...]
    hyperbole_before: tuple[str, ...]
    """Right before an act: "眠すぎて死ぬ", "尊くて死ぬ" are exaggeration."""
    soon_before: tuple[str, ...]
    """Right before an act: "きょう しぬ", "いま きえる" (kana "きょう" is too
    common to be a time word anywhere: "べんきょう")."""
    markers: Terms
    """More markers of "now" (added to ``[context] markers``), including every
    "いま"/"もう" × a place people fall or jump from."""
    urgent: Terms
    """Being in the middle of it or feeling its effect ("とちゅう", "くらくら"):
    a method or self-harm match becomes now."""
    others: tuple[str, ...]
    """Right before a self-wish: another person is the one wished away."""
    selves: tuple[str, ...]
    """The writer, before "が"/"さえ": "ぼくがいなくなれば" is about the writer."""
    occasion: Terms
    """Occasions that explain a goodbye: 卒業, 転校, 引っ越し, 引退, a trip, a last day at a club."""
    final_act: Terms
    """Acts and words no occasion explains (うまれかわったら, 遺書, さがさないで)."""
    ended_things: Terms
    """Things that end that are not the writer: homework, a game, a series."""
    life: Terms
    """A life or the writer named: an end made may be of it."""
    purpose: Terms
    """What a question about a height, an amount or a way is for: a school report, a tent."""
    purpose_not: Terms
    """A grave result, a medicine or a means at hand: no stated purpose explains the question."""
    dialect_selves: tuple[str, ...]
    """The writer in regional speech ("わいが", "わんが"), read only right before its particle:
    as a substring anywhere they are in ordinary words (こわい, わんわん)."""

    def names_another(self, before: str) -> bool:
        """Does ``before`` (read as kana) end by naming someone other than the writer?"""
        for particle in ("", "なんか", "なんて", "って", "は", "も"):
            if before.endswith(particle) and before[: len(before) - len(particle)].endswith(self.others):
                return True
        for particle in ("が", "さえ"):
            if before.endswith(particle):
                subject = before[: -len(particle)]
                return bool(subject) and not subject.endswith(self.selves + self.dialect_selves)
        return False


def _load() -> tuple[tuple[_Rule, ...], _Structure]:
    with resources.files("safety").joinpath("lexicon", "risk.toml").open("rb") as fh:
        data = tomllib.load(fh)
    # safety.lexicon builds RISK_RULES from [[rule]] in order; only the flag is added here.
    rules = [
        _Rule(rule, raw.get("desire", False), **_options(raw))
        for rule, raw in zip(RISK_RULES, data["rule"], strict=True)
    ]
    rules.extend(_pattern(raw) for raw in data.get("pattern", []))
    s = data["structure"]
    places = [p + place for p, place in itertools.product(s["now_prefixes"], s["now_places"])]
    structure = _Structure(
        soon=terms(s["soon"]),
        frame=terms(s["frame"]),
        recovery=terms(s["recovery"]),
        recovery_not=readings(s["recovery_not"]),
        hyperbole_before=readings(s["hyperbole_before"]),
        soon_before=readings(s["soon_before"]),
        markers=terms(s["markers"] + places),
        urgent=terms(s["urgent"]),
        others=readings(s["others_before"]),
        selves=readings(s["self_before"]),
        dialect_selves=readings(s["self_before_dialect"]),
        occasion=terms(s["occasion"]),
        final_act=terms(s["final_act"]),
        ended_things=terms(s["ended_things"]),
        life=terms(s["life"]),
        purpose=terms(s["purpose"]),
        purpose_not=terms(s["purpose_not"]),
    )
    return tuple(rules), structure


def _options(raw: dict[str, Any]) -> dict[str, Any]:
    """The fields of a rule or pattern that only this module reads."""
    return {
        "alone": raw.get("alone", True),
        "unless_any": terms(raw["unless_any"]) if "unless_any" in raw else None,
        "self_wish": raw.get("self_wish", False),
        "occasioned": raw.get("occasioned", False),
    }


def _pattern(raw: dict[str, Any]) -> _Rule:
    heads: dict[tuple[str, str], dict[str, None]] = {}
    for prefix, stem, ending in itertools.product(
        raw.get("prefixes", [""]), raw["stems"], raw.get("then", [""])
    ):
        # The word is folded whole, exactly like a listed word (and so is where
        # it is looked for); it is only split again for searching, at the end
        # of its folded head when the fold keeps that boundary.
        word = terms([prefix + stem + ending])
        for where, words in (("normalized", word.kanji), ("reading", word.kana)):
            for folded_word in words:
                head = terms([prefix + stem])
                folded_head = next(iter(head.kanji + head.kana), "")
                if not folded_head or not folded_word.startswith(folded_head):
                    folded_head = folded_word
                heads.setdefault((where, folded_head), {})[folded_word[len(folded_head) :]] = None
    rule = RiskRule(
        category=raw["category"],
        level=raw["level"],
        kind=raw.get("kind", "plain"),
        words=terms([]),
        latin=frozenset(),
        except_after=readings(raw.get("except_after", [])),
        needs_any=terms(raw["needs_any"]) if "needs_any" in raw else None,
    )
    return _Rule(
        rule,
        raw.get("desire", False),
        heads=tuple((where, head, tuple(endings)) for (where, head), endings in heads.items()),
        **_options(raw),
    )


_RULES, _STRUCTURE = _load()


# -- finding words fast ------------------------------------------------------------------
# Each word (or pattern head) is indexed by its first two letters (one, for a one-letter
# word). A word can only be in a text whose letters and pairs of neighbouring letters
# (``_grams``) hold that start, so only those words are searched for, in their listed
# order: the same matches in the same order as searching for every word, with a set
# intersection per list instead of a search per word.

Grams = dict[str, frozenset[str]]
"""The letters and letter pairs of a text's two keys, by where ("normalized", "reading")."""


def _grams(key: str) -> frozenset[str]:
    return frozenset(key).union(map(str.__add__, key, key[1:]))


@dataclass(frozen=True, slots=True)
class _Starts:
    """Indices of words by their start (``word[:2]``)."""

    index: dict[str, tuple[int, ...]]
    keys: frozenset[str]


def _starts(words: tuple[str, ...]) -> _Starts:
    index: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        index.setdefault(word[:2], []).append(i)
    return _Starts({start: tuple(found) for start, found in index.items()}, frozenset(index))


def _present(starts: _Starts, grams: frozenset[str]) -> Sequence[int]:
    """Indices (ascending) of the words whose start is in ``grams``."""
    common = grams & starts.keys
    if len(common) < 2:
        # asked ~30 times a text, mostly of no start or one: its indices are kept ascending
        return starts.index[next(iter(common))] if common else ()
    index = starts.index
    found = [i for start in common for i in index[start]]
    found.sort()
    return found


@dataclass(frozen=True, slots=True)
class _Lookup:
    """``Terms`` indexed for ``_grams``: ``find`` and ``found_in`` answer as the Terms' own."""

    terms: Terms
    kanji: _Starts
    kana: _Starts

    @classmethod
    def of(cls, t: Terms) -> _Lookup:
        return cls(t, _starts(t.kanji), _starts(t.kana))

    def find(self, folded: Folded, grams: Grams) -> Iterator[tuple[str, int, int]]:
        for words, index, key, where in (
            (self.terms.kanji, self.kanji, folded.kana, "normalized"),
            (self.terms.kana, self.kana, folded.reading, "reading"),
        ):
            for i in _present(index, grams[where]):
                word = words[i]
                pos = key.find(word)
                while pos != -1:
                    yield where, pos, pos + len(word)
                    pos = key.find(word, pos + 1)

    def found_in(self, folded: Folded, grams: Grams) -> bool:
        kanji, kana = self.terms.kanji, self.terms.kana
        return any(kanji[i] in folded.kana for i in _present(self.kanji, grams["normalized"])) or any(
            kana[i] in folded.reading for i in _present(self.kana, grams["reading"])
        )


@dataclass(frozen=True, slots=True)
class _RuleLookup:
    """One rule's words, needs_any and unless_any indexed; for a pattern, its heads."""

    words: _Lookup
    needs_any: _Lookup | None
    unless_any: _Lookup | None
    heads: dict[str, _Starts]
    """where → indices into ``_Rule.heads`` by the start of the head."""

    def find(self, entry: _Rule, folded: Folded, grams: Grams) -> Iterator[tuple[str, int, int]]:
        """Where ``entry``'s words (for a pattern: each head, then one of its endings right after
        it) stand in ``folded``, searching only for what can be there."""
        if not entry.heads:
            yield from self.words.find(folded, grams)
            return
        found = [i for where, index in self.heads.items() for i in _present(index, grams[where])]
        found.sort()
        for i in found:
            where, head, endings = entry.heads[i]
            key = folded.kana if where == "normalized" else folded.reading
            pos = key.find(head)
            while pos != -1:
                end = pos + len(head)
                for ending in endings:
                    if key.startswith(ending, end):
                        yield where, pos, end + len(ending)
                pos = key.find(head, pos + 1)


def _rule_lookup(entry: _Rule) -> _RuleLookup:
    by_where: dict[str, dict[str, list[int]]] = {}
    for i, (where, head, _) in enumerate(entry.heads):
        by_where.setdefault(where, {}).setdefault(head[:2], []).append(i)
    return _RuleLookup(
        _Lookup.of(entry.rule.words),
        None if entry.rule.needs_any is None else _Lookup.of(entry.rule.needs_any),
        None if entry.unless_any is None else _Lookup.of(entry.unless_any),
        {
            where: _Starts({k: tuple(v) for k, v in index.items()}, frozenset(index))
            for where, index in by_where.items()
        },
    )


_RULE_LOOKUPS = tuple(_rule_lookup(entry) for entry in _RULES)


def _rule_starts() -> dict[str, _Starts]:
    """where → the rules (indices into ``_RULES``) with a word or head of each start: a rule
    none of whose words can be in a text finds nothing there (bar its Latin words)."""
    by_where: dict[str, dict[str, set[int]]] = {"normalized": {}, "reading": {}}
    for r, lookup in enumerate(_RULE_LOOKUPS):
        for where, starts in (("normalized", lookup.words.kanji), ("reading", lookup.words.kana)):
            for start in starts.keys:
                by_where[where].setdefault(start, set()).add(r)
        for where, starts in lookup.heads.items():
            for start in starts.keys:
                by_where[where].setdefault(start, set()).add(r)
    return {
        where: _Starts({k: tuple(sorted(v)) for k, v in index.items()}, frozenset(index))
        for where, index in by_where.items()
    }


_RULE_STARTS = _rule_starts()
_MARKERS = (_Lookup.of(RISK_CONTEXT.markers), _Lookup.of(_STRUCTURE.markers))
_SOON = _Lookup.of(_STRUCTURE.soon)
_FAMILY = _Lookup.of(RISK_CONTEXT.family)
_URGENT = _Lookup.of(_STRUCTURE.urgent)
_FRAME = _Lookup.of(_STRUCTURE.frame)
_OCCASION = _Lookup.of(_STRUCTURE.occasion)
_FINAL_ACT = _Lookup.of(_STRUCTURE.final_act)
_ENDED_THINGS = _Lookup.of(_STRUCTURE.ended_things)
_LIFE = _Lookup.of(_STRUCTURE.life)
_PURPOSE = _Lookup.of(_STRUCTURE.purpose)
_PURPOSE_NOT = _Lookup.of(_STRUCTURE.purpose_not)


@dataclass(slots=True)
class _AsWritten:
    """Whole-text words of the fifth round of 2026-12-06 (an occasion, a thing ended, a purpose,
    and their guards: a final act, a life), found in the text as analysed or as written: the hard
    reading drops small kana (「がっしゅく」), and a word said either way is said."""

    text: str
    analysed: str
    folded: Folded
    grams: Grams
    _written: tuple[Folded, Grams] | None = None

    def has(self, lookup: _Lookup) -> bool:
        if lookup.found_in(self.folded, self.grams):
            return True
        if self.analysed == self.text:
            return False
        if self._written is None:
            written = fold(self.text[:MAX_ASSESS_CHARS], keep_breaks=True)
            self._written = (
                written,
                {"normalized": _grams(written.kana), "reading": _grams(written.reading)},
            )
        return lookup.found_in(*self._written)


@dataclass(slots=True)
class _Text:
    """One text's views plus what is known about it as a whole."""

    folded: Folded
    has_marker: bool
    has_soon: bool
    has_family: bool
    has_recovery: bool
    has_urgent: bool
    soon_at: frozenset[int] = frozenset()
    """The sentences (by number) that hold a time or intent word."""
    as_written: _AsWritten | None = None
    _ends: bool | None = None
    framed: dict[tuple[str, int, int], bool] = field(default_factory=dict)
    """Whether a sentence (where, start, end) is framed; each sentence read once."""

    def key(self, where: str) -> str:
        return self.folded.kana if where == "normalized" else self.folded.reading

    def ends_a_thing(self) -> bool:
        """A thing that ends that is not the writer is named (homework, a game, a series) and no
        life is: an end made (「おわらせる」) is about it (fifth round of 2026-12-06). Read once,
        when an end is made."""
        if self._ends is None:
            w = self.as_written
            self._ends = w is not None and w.has(_ENDED_THINGS) and not w.has(_LIFE)
        return self._ends

    def soon_in(self, where: str, start: int, end: int) -> bool:
        """A time or intent word in the sentence of a match (「あした しぬ」, not 「あしたで
        なつやすみ おわり。しぬ」).  Both views keep the same sentence ends, so sentences are
        compared by their number."""
        return self.key(where).count(BREAK, 0, start) in self.soon_at

    def writer_in(self, where: str, start: int, end: int, *, whole: bool = False) -> bool:
        """Does the sentence around a match (``whole``: the text) name the writer or a wish
        (「わたしも」「〜たい」)?"""
        key = self.key(where)
        first = 0 if whole else key.rfind(BREAK, 0, start) + 1
        last = -1 if whole else key.find(BREAK, end)
        sentence = key[first : len(key) if last == -1 else last]
        reading = sentence if where == "reading" else reading_of(sentence)
        if any(w in reading for w in _STRUCTURE.selves):
            return True
        if "たい" not in reading:
            return False
        # the wish looked for outside the match: 「ぎゃくたい」 holds a たい that is no wish
        rest = key[first:start] + "\n" + key[end : len(key) if last == -1 else last]
        return "たい" in (rest if where == "reading" else reading_of(rest))

    def self_in(self, where: str, start: int, end: int) -> bool:
        """Does the sentence around a match name the writer (「わたしも」)?"""
        key = self.key(where)
        first = key.rfind(BREAK, 0, start) + 1
        last = key.find(BREAK, end)
        sentence = key[first : len(key) if last == -1 else last]
        reading = sentence if where == "reading" else reading_of(sentence)
        return any(w in reading for w in _STRUCTURE.selves)

    def in_frame(self, where: str, start: int, end: int) -> bool:
        key = self.key(where)
        first = key.rfind(BREAK, 0, start) + 1
        last = key.find(BREAK, end)
        last = len(key) if last == -1 else last
        cached = self.framed.get((where, first, last))
        if cached is None:
            sentence = key[first:last]
            reading = sentence if where == "reading" else reading_of(sentence)
            cached = any(w in sentence for w in _STRUCTURE.frame.kanji) or any(
                w in reading for w in _STRUCTURE.frame.kana
            )
            self.framed[(where, first, last)] = cached
        return cached


def assess(text: str, *, learned_layer: bool = True) -> Assessment:
    """How worried should a reader be about ``text``? See docs/safety.md.

    ``learned_layer=False``: the rules alone. The learned layer (safety/learned.py) was
    trained on what children write; the robot's screen reads the robot's own words with the
    rules alone, since a kind reply (「いま ちかくに おとなは いる？」) is not a child's text."""
    fired = _AFTERWARDS_FIRED.set(False)
    try:
        best = _assess_readings(text, learned_layer)
        raised = _AFTERWARDS_FIRED.get()
    finally:
        _AFTERWARDS_FIRED.reset(fired)
    if raised:
        # Risk round x's readings (safety/constructions/afterwards.py) only raise: where one was
        # found, the text is read again without them and the higher of the two stands, so that a
        # finding capped by its context (a game, a story) never keeps the learned layer's lift back.
        off = _AFTERWARDS_OFF.set(True)
        try:
            without = _assess_readings(text, learned_layer)
        finally:
            _AFTERWARDS_OFF.reset(off)
        if without.rank > best.rank:
            return without
    return best


def _assess_readings(text: str, learned_layer: bool) -> Assessment:
    """``assess`` over every reading of the text (see there)."""
    head = text[:MAX_ASSESS_CHARS]
    plain = _assess(text, constructions.prepare(head))
    best = learned.lift(plain) if learned_layer else plain
    # Other readings, only where they differ: with every small っ gone (slipped in:
    # 「しっにったい」), and respelled (spaced-out letters joined, katakana lines in hiragana).
    # The learned layer reads each of them too: it learnt children's words as they are
    # mostly written (hiragana), so 「ｲｯｿｺﾛｼﾃﾎｼｲ」 is read in the spelling it knows.
    seen = {plain.analysed}
    for other in (
        constructions.prepare(head, hard=True),
        constructions.prepare(head, respelled=True),
        constructions.prepare(head, hard=True, respelled=True),
    ):
        if other not in seen:
            seen.add(other)
            candidate = _assess(text, other)
            if learned_layer:
                candidate = learned.lift(candidate)
            if candidate.rank > best.rank:
                best = candidate
    return best


def _judged_none(hit: Hit, analysed: str, note: str | None) -> Span:
    """A construction's find kept where it was found, judged to count for nothing (``note``
    says why: a stated purpose, a denial, a question)."""
    return Span(
        JUDGED, "none", analysed[hit.start : hit.end], hit.start, hit.end, note, "analysed", hit.construction
    )


def _assess(text: str, analysed: str) -> Assessment:
    truncated = len(text) > MAX_ASSESS_CHARS
    # The word lists read the text with its disguises undone (look-alike kanji,
    # digits in romaji, dotted acronyms, slipped-in small kana: safety.constructions).
    folded = fold(analysed, keep_breaks=True)
    tokens = frozenset(folded.latin_tokens)
    keys = {"normalized": folded.kana, "reading": folded.reading}
    grams = {"normalized": _grams(folded.kana), "reading": _grams(folded.reading)}

    marker_spans = [
        Span("plan", "imminent", keys[where][start:end], start, end, "marker", where)
        for markers in _MARKERS
        for where, start, end in markers.find(folded, grams)
    ]
    soon_spans = [
        Span("plan", "imminent", keys[where][start:end], start, end, "marker", where)
        for where, start, end in _SOON.find(folded, grams)
    ]
    ctx = _Text(
        folded,
        has_marker=bool(marker_spans),
        has_soon=bool(soon_spans),
        has_family=_FAMILY.found_in(folded, grams),
        has_recovery=_recovered(folded),
        has_urgent=_URGENT.found_in(folded, grams),
        soon_at=frozenset(keys[s.where].count(BREAK, 0, s.start or 0) for s in soon_spans),
    )
    as_written = _AsWritten(text, analysed, folded, grams)
    ctx.as_written = as_written
    occasioned: bool | None = None  # read once, for the first rule that asks
    explained: set[tuple[str, int | None, int | None, str]] = set()  # its findings, if it is

    spans: list[Span] = []
    active = {r for where, starts in _RULE_STARTS.items() for r in _present(starts, grams[where])}
    for r, (entry, lookup) in enumerate(zip(_RULES, _RULE_LOOKUPS, strict=True)):
        rule = entry.rule
        if r not in active and not (rule.latin and rule.latin & tokens):
            continue  # none of its words can be in the text: it would find nothing
        if lookup.needs_any is not None and not lookup.needs_any.found_in(folded, grams):
            continue
        if lookup.unless_any is not None and lookup.unless_any.found_in(folded, grams):
            continue
        if entry.occasioned and occasioned is None:
            occasioned = as_written.has(_OCCASION) and not as_written.has(_FINAL_ACT)
        for where, start, end in _longest(lookup.find(entry, folded, grams)):
            span = _judge(entry, ctx, where, start, end)
            if span is not None:
                spans.append(span)
                if (entry.occasioned and occasioned) or (
                    rule.kind == "act" and span.text in _ENDINGS and ctx.ends_a_thing()
                ):
                    # a goodbye an occasion explains; an end made of a thing named (「こんや ぜんぶ
                    # おわらせる、しゅくだいの こと」): taken back if nothing else is found
                    explained.add((span.where, span.start, span.end, span.category))
        for word in rule.latin & tokens:
            now = marker_spans or (ctx.has_urgent and rule.category in ("method", "self_harm"))
            level = "imminent" if now and rule.category in _SUICIDAL else rule.level
            spans.append(Span(rule.category, level, word, None, None, None, "latin"))

    if marker_spans and any(s.level == "high" and s.category in _SUICIDAL for s in spans):
        spans = [
            _replace_level(s, "imminent") if s.category in _SUICIDAL and s.level == "high" else s
            for s in spans
        ]
    if any(s.level == "imminent" for s in spans):
        spans.extend(marker_spans)
        spans.extend(soon_spans)

    signals = any(s.category in _SUICIDAL and s.level in CRISIS for s in spans)
    _, hits = constructions.find(analysed, signals=signals, prepared=analysed)
    framed = _FRAME.found_in(folded, grams)
    now = bool(marker_spans) or ctx.has_soon
    purposed: bool | None = None  # read once, for the first method question
    for hit in hits:
        level = hit.level
        if hit.construction == "method_question" and level == "high" and not signals:
            if purposed is None:
                purposed = as_written.has(_PURPOSE) and not as_written.has(_PURPOSE_NOT)
            if purposed:
                # 「いちばん たかい はしって どこ？ じゆうけんきゅうの テーマ」: asked for a stated
                # everyday purpose, with nothing suicidal in the text (fifth round of 2026-12-06)
                spans.append(_judged_none(hit, analysed, "purpose"))
                continue
        if hit.note in learned.SET_ASIDE:
            # a wish the construction found denied, an act found asked: kept as found, whatever
            # frames the text
            spans.append(_judged_none(hit, analysed, hit.note))
            continue
        if ctx.has_recovery and hit.category == "ideation":
            level, note = _cap(level, "concern"), "past"
        elif framed and hit.construction not in ("wish", "method_question") and hit.note not in _OWN_AFFAIRS:
            level, note = _cap(level, "concern"), "mention"
        elif hit.category == "ideation" and _STRUCTURE.names_another(
            reading_of(analysed[max(0, hit.start - _SUBJECT_WINDOW) : hit.start])
        ):
            # someone else wished gone: anger or hurt, a worry (like the word lists' self_wish)
            spans.append(
                Span(
                    "bullying",
                    "concern",
                    analysed[hit.start : hit.end],
                    hit.start,
                    hit.end,
                    "other",
                    "analysed",
                    hit.construction,
                )
            )
            continue
        else:
            note = hit.note
            if now and level == "high" and (hit.category in ("method", "plan") or hit.note == "intent"):
                level = "imminent"
        spans.append(
            Span(
                hit.category,
                level,
                analysed[hit.start : hit.end],
                hit.start,
                hit.end,
                note,
                "analysed",
                hit.construction,
            )
        )
    spans = _judged_by_constructions(spans, analysed)
    if any(s.level == "imminent" and s.where == "analysed" for s in spans):
        spans.extend(m for m in marker_spans + soon_spans if m not in spans)

    if explained:
        spans = _explained(spans, explained)
    spans = _disclaimed(list(dict.fromkeys(spans)), analysed)
    if spans and _SHAME_RE.search(folded.reading) is not None:
        spans = _embarrassed(spans, analysed, folded.reading)
    level = max((s.level for s in spans), key=LEVELS.index, default="none")
    categories = tuple(sorted({s.category for s in spans if s.note != "marker" and s.level != "none"}))
    return Assessment(level, categories, tuple(spans), folded.kana, folded.reading, truncated, analysed)


def _explained(spans: list[Span], explained: set[tuple[str, int | None, int | None, str]]) -> list[Span]:
    """Findings something in the text explains (fifth round of 2026-12-06): a goodbye of the rules
    marked ``occasioned`` in a text that names an occasion and no final act (「ひっこすから
    みんなさよなら」「塾 きょうで さいご、いままで ありがとう」), an end made (おわらせる) in a text that
    names a thing that ends and no life (「こんや ぜんぶ おわらせる、しゅくだいの こと」). They are
    taken back with the markers of now they brought when nothing else in the text is found
    worrying; with anything else found (「てんこうしても いじめられる。もう むり。みんな さよなら」)
    they keep their level."""

    def mine(s: Span) -> bool:
        return (s.where, s.start, s.end, s.category) in explained

    others = [
        s for s in spans if not mine(s) and s.note != "marker" and s.level != "none" and s.category != JUDGED
    ]
    if others:
        return spans
    return [s for s in spans if not mine(s) and s.note != "marker"]


_TRAILING = " 　。、.,!！?？…〜~ー笑w"


def _judged_by_constructions(spans: list[Span], analysed: str) -> list[Span]:
    """A construction that read listed words in context and judged them (a hit of category
    ``judged``: 「ふたりで はなしたいだろうし、わたしは いない ほうが いいよね、さきに かえるね」,
    note ``situational``) takes back the word lists' wish found in the same words, and a burden
    the same construction found in them on another reading of the text (katakana in hiragana)."""

    def bare(text: str) -> str:
        return "".join(reading_of(text).split())  # the analysed text keeps its spaces

    # (a denial takes back only the wish it denies, not the same words said again: 「しにたいなんて
    # おもわなかった。 でも いまは しにたい」)
    judged = [
        bare(s.text)
        for s in spans
        if s.category == JUDGED and s.where == "analysed" and s.note not in learned.SET_ASIDE
    ]
    if not judged:
        return spans
    # a place read as a visit (place.py, note ``everyday``) takes back the word lists' "at a
    # place now" in its words, and the markers of now found there (「いま はしの うえ。夕日
    # きれい」); nothing else the text says
    visits = [
        bare(s.text)
        for s in spans
        if s.category == JUDGED and s.construction == "place_now" and s.where == "analysed"
    ]
    # visits that run to the text's end: nothing said after the view (「ベランダから 星 みてる。
    # いまなら とべそう」 keeps its words)
    last_visits = [
        bare(s.text)
        for s in spans
        if s.category == JUDGED
        and s.construction == "place_now"
        and s.where == "analysed"
        and not analysed[s.end :].strip(_TRAILING)
    ]
    kept = [
        s
        for s in spans
        if not (
            s.category == "ideation"
            and (s.where in ("normalized", "reading") or s.construction == "burden")
            and any(bare(s.text) in j or j in bare(s.text) for j in judged)
        )
        and not (
            s.category == "plan"
            and s.construction is None
            and s.where in ("normalized", "reading")
            and any(bare(s.text) in v for v in visits)
        )
        # the word lists' "from a balcony, a window" (a fall's start) in a place read as a visit
        # (「ベランダから 富士山 みえた」): the words said where the writer stood, not a method
        and not (
            s.category == "method"
            and s.construction is None
            and s.where in ("normalized", "reading")
            and bare(s.text).endswith("から")
            and any(bare(s.text) in v for v in last_visits)
        )
    ]
    if visits and not any(s.level == "imminent" and s.note != "marker" for s in kept):
        kept = [s for s in kept if s.note != "marker"]
    return kept


_QUOTED_AFTER = (
    *("っていう", "っていっ", "っていわ", "という", "とかいう", "ってせりふ", "ってさけ", "とさけ"),
    # a line of a song or a book (round b of 2026-12-05): 「『〜』って ある」「〜って うたう」
    *("ってある", "ってあっ", "ってうた", "とうた", "ってかいて", "とかいて"),
)
"""What follows a line quoted in speech once the folding has dropped its 「」."""


def _quoted(after: str) -> bool:
    """A quoting word right after a match, or after the rest of the quoted line (「うまれて
    こなきゃ』 よかった』って ある」: the match ends before よかった)."""
    return after.startswith(_QUOTED_AFTER) or any(q in after[:_QUOTED_REACH] for q in _QUOTED_AFTER)


_QUOTED_REACH = 10


def _longest(found: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """One rule's matches less those inside a longer one of the same view: 「死のう」 is read,
    not the 「死の」 in it, so a denial after the whole word (「死のうなんて おもわない」) is
    judged once, for the word, and not escaped by the piece of it."""
    found = list(found)
    return [
        (where, start, end)
        for where, start, end in found
        if not any(w == where and s <= start and end <= e and (s, e) != (start, end) for w, s, e in found)
    ]


# A doubt said of a denial, in its sentence or opening the next one (「しにたい わけじゃ ない。
# たぶん」「きえたいとは おもわない かも」): the writer is not sure of the denial, so the wish
# stands. A concession alone (「わけじゃ ない けど」) is no doubt and stays with the learned layer;
# と思う is an opinion as often as a doubt (「あの子は しにたい わけじゃ ないと 思う」), and a doubt
# about someone else's wish or a story's is no wish of the writer's (``_another_named_before``,
# the frame).
_DOUBT_READ = re.compile(r"たぶん|多分|かも|きがする|きがします|わからな|わかんな")
_OPINION_READ = re.compile(r"^とおも(?:う|います)[。\s]*")
_DENIAL_END_READ = re.compile(r"^(?:ない|なく|ないです|です|よ|ね|し|けど|とおもう|とおもいます|、|\s)*$")


def _another_named_before(key: str, where: str, start: int) -> bool:
    """Is someone other than the writer named anywhere before ``start`` (あの子, 友だち, みんな)?"""
    before = key[:start] if where == "reading" else reading_of(key[:start])
    return any(o in before for o in _STRUCTURE.others)


def _half_meant(key: str, end: int, afters: tuple[str, ...]) -> bool:
    """Is the denial after a wish (the readings ``afters``) doubted or left unfinished?"""
    tail = reading_of(key[end : end + _AFTER_WINDOW + 8])
    if tail.startswith("い"):
        tail = tail[1:]
    for n in RISK_CONTEXT.negation_after:
        for a in (tail, *afters):
            if not a.startswith(n):
                continue
            rest = a[len(n) :]
            if not rest.strip() and n in ("わけじゃ", "わけでは") and len(key) - end <= len(n) + 2:
                return True  # 「べつに しにたい わけじゃ」 and nothing after: the denial trails off
            first, _, following = rest.partition(BREAK)
            if _DOUBT_READ.search(first):
                return True
            # (「わけじゃ ない。と思う。たぶん」: the opinion said alone first, then the doubt)
            following = _OPINION_READ.sub("", following.lstrip(), count=1)
            if _DENIAL_END_READ.match(first) and _DOUBT_READ.match(following):
                return True
    return False


def _judge(entry: _Rule, ctx: _Text, where: str, start: int, end: int) -> Span | None:
    rule = entry.rule
    key = ctx.key(where)
    window = key[end : end + _AFTER_WINDOW].split(BREAK, 1)[0]
    # Context words are kept in reading form, so read the window the same way.
    after = window if where == "reading" else reading_of(window)
    # A stem ("しにた") is followed by its own ending ("い") before any context
    # word; look past that ending, the same way for every word.
    if after.startswith("い"):
        after = after[1:]
    # "〜って思ったことない" says the same as "〜と思ったことない".
    afters = (after, "と" + after[2:]) if after.startswith("って") else (after,)
    if rule.except_after and after.startswith(rule.except_after):
        return None
    text = key[start:end]
    if where == "reading" and _borrowed_i(text, ctx.key("normalized")):
        return None

    def span(category: str, level: str, note: str | None = None) -> Span:
        return Span(category, level, text, start, end, note, where)

    denials = [a[len(n) :] for a in afters for n in RISK_CONTEXT.negation_after if a.startswith(n)]
    # denied again (「しのうと おもわない ひは ない」): said, every day; a wish denied with a doubt
    # (「きえたい わけじゃ ない、たぶん」) or left unfinished (「しにたい わけじゃ…」): half meant
    if (
        denials
        and not any(doubly_denied_read(rest) for rest in denials)
        and not (
            entry.desire
            and _half_meant(key, end, afters)
            and not ctx.in_frame(where, start, end)
            and not _another_named_before(key, where, start)
        )
    ):
        # taken back (「しにたい わけじゃ ない」): nothing, but a wish or an act the rules read and
        # found denied is said so, that the learned layer does not read it as unseen (distress,
        # abuse and bullying denied are often a child hiding them: no such finding); a hedged
        # denial (「しにたい わけじゃ ない けど」) is half taken back and left to the layer
        if rule.category in _SUICIDAL and not any(hedged_read(rest) for rest in denials):
            return span(JUDGED, "none", DENIED)
        return None

    framed = not entry.desire and ctx.in_frame(where, start, end)
    # abuse told beside the news is often the writer's own (「ニュースで ぎゃくたいの はなし。
    # うちも おなじ」): the writer anywhere in the text keeps it
    whole = rule.category == "abuse"
    if framed and rule.category != "self_harm" and not ctx.writer_in(where, start, end, whole=whole):
        # the news, a story, a lesson, told with no "I" and no wish in the sentence: nobody's
        # own (「小説で 主人公が とびおりる シーン」); self-harm keeps its worry (「授業中に リスカした」).
        # The judgement stays as a span of level none, so nothing after the rules overrules it.
        return span(JUDGED, "none", "mention")
    if (
        entry.desire
        and _quoted(after)
        and ctx.in_frame(where, start, end)
        and not ctx.self_in(where, start, end)
    ):
        # 「まんがの キャラが『きえたい』って いう シーン」: a line a story's character says, quoted
        # with っていう in a sentence that names a story and not the writer (round of 2026-12-04 (j))
        return span(JUDGED, "none", "mention")
    if entry.self_wish and _STRUCTURE.names_another(_before(key, where, start, _SUBJECT_WINDOW)):
        # Someone else is wished gone ("あいつがいなくなればいい"): anger at them or
        # being hurt by them, a worry; "明日から先生がいなくなる" is no act at all.
        return None if rule.kind == "act" else span("bullying", "concern", "other")
    if rule.kind == "act":
        if where == "reading" and _verb_stem_borrows(key, start, text):
            return None  # 「ラスボス たおしに いく」: the し of 倒し, going to do something
        before = _before(key, where, start)
        if after.startswith(RISK_CONTEXT.hyperbole_after) or before.endswith(_STRUCTURE.hyperbole_before):
            return None
        if text in _DYING and _COUNTED.search(before):
            # 「なんかいも しぬ」「10かい しんだ」: a death counted is a game's or a figure of speech,
            # no one dies again and again (risk round u of 2026-12-07); wishes and attempts
            # (「なんども しのうと した」) are other words and keep their weight
            return None
        if text in _ENDINGS and before.endswith(_FOR_TODAY):
            return None  # 「きょうは おわりに する、おやすみ」: today's session ended, not the writer
        if after.lstrip(" 　").startswith(_ROLE) or any(
            d in _before(key, where, start, _DEVICE_WINDOW) for d in _DEVICES
        ):
            return None  # 「劇で しぬ役」: a part played; 「イヤホンの 電池 すぐ しぬ」: a thing runs out
        if framed:
            return span(rule.category, "concern", "mention")
        if ctx.has_marker or ctx.soon_in(where, start, end) or before.endswith(_STRUCTURE.soon_before):
            return span(rule.category, "imminent")
        if _declared(before, after, text):
            return span(rule.category, "high", "declared")
        return span(rule.category, "concern") if entry.alone else None
    if rule.kind == "violence":
        return span("abuse", "high") if ctx.has_family else span("bullying", "concern")
    if rule.category == "distress" and _sibling_fight(key, where, start, end, after):
        # 「お兄ちゃんと けんかして、たたきあいに なった」: a fight between equals, every day
        return span(JUDGED, "none", "everyday")
    if rule.category == "distress" and (
        _outweighed(after)
        or _parting_sadness(key, where, start, end)
        or _fond_or_full(key, where, start, end)
    ):
        # 「さみしいけど あたらしい がっこう たのしみ」: a feeling weighed against a brighter one
        return span(JUDGED, "none", "outweighed")
    if any(a.startswith(RISK_CONTEXT.hyperbole_after) for a in afters) and not _laugh_unsaid(after):
        # 「きえたいくらい はずかしい」「しぬほど はしった」: a measure of something else; what
        # it measures (つらい…) is read by its own words
        return span(JUDGED, "none", "hyperbole")
    for note, words in (
        ("third_party", RISK_CONTEXT.third_party_after),
        ("past", RISK_CONTEXT.past_after),
    ):
        if any(a.startswith(words) for a in afters):
            return span(rule.category, _cap(rule.level, "concern"), note)
    if framed and rule.category in _SUICIDAL:
        return span(rule.category, _cap(rule.level, "concern"), "mention")
    if ctx.has_recovery and rule.category in _SUICIDAL:
        return span(rule.category, _cap(rule.level, "concern"), "past")
    if ctx.has_soon and not entry.desire and rule.category in _SUICIDAL and rule.level == "high":
        return span(rule.category, "imminent")
    if ctx.has_urgent and rule.category in ("method", "self_harm") and rule.level == "high":
        return span(rule.category, "imminent")
    return span(rule.category, rule.level)


_SUBJECT_PARTICLES = ("", "は", "が", "も")
_DESCRIBED = readings(
    ["ゲーム", "シーン", "夢", "話", "映画", "漫画", "ドラマ", "アニメ", "やつ", "とこ", "ところ", "場面"]
)
_LEAP = ("とびこむ", "飛び込む", "とびおりる", "飛び降りる", "首つる", "首吊る")


_OWN_I = frozenset("い居ぃイィ")


_ENDINGS = frozenset(
    {"おわりにする", "終わりにする", "おしまいにする", "これでおわり", "おわらせる", "終わらせる"}
)
_DYING = frozenset({"死ぬ", "しぬ"})
_COUNTED = re.compile(r"(?:なん|[0-9０-９]+)(?:かい|ど)も?\s*$")
_FOR_TODAY = ("きょうは", "今日は", "こんやは", "今夜は", "いったん", "一旦", "きょうはもう", "今日はもう")
"""Ending set apart as today's (は) or for a while: a session, a game, homework."""


def _verb_stem_borrows(key: str, start: int, text: str) -> bool:
    """An act read in kana from し (「しにいく」) whose し ends the stem of a verb begun before it
    (「たおしにいく」「さがしにいく」: going to do something). Asked only when a kana stands right
    before the し, so the analyser runs on few texts."""
    if not text.startswith("し") or start == 0 or not "ぁ" <= key[start - 1] <= "ゖ":
        return False
    first = key.rfind(BREAK, 0, start) + 1
    last = key.find(BREAK, start)
    sentence = key[first : len(key) if last == -1 else last]
    at = start - first
    # a godan verb in す (倒す, 探す, 話す) has し as its stem's end; 「きょうし」 read as 教示 does not
    # (run together in the key, 「ぼすたおしにいく」, the analyser may take the stem for a suffix)
    return any(
        t.start < at < t.end and ((t.pos[0] == "動詞" and t.pos[2] == "五段-サ行") or t.pos[0] == "接尾辞")
        for t in tokens(sentence)
    )


def _borrowed_i(text: str, normalized: str) -> bool:
    """A match of いなくなる in the reading whose い is the end of the word before it (「マラソン大会
    なくなってほしい」 reads たいかい + なくなって, 「宿題 なくなれば」 しゅくだい + なくなれば): as
    written, every place the rest of it stands follows a letter that is not い or 居, so what is
    gone is that thing, not the writer."""
    if not text.startswith("いなく"):
        return False  # only いなくなる: 「生きて」 and 「行って」 begin their own い
    rest = text[1:4]
    at = normalized.find(rest)
    if at == -1:
        return False
    while at != -1:
        if at == 0 or normalized[at - 1] in _OWN_I:
            return False
        at = normalized.find(rest, at + 1)
    return True


def _declared(before: str, after: str, text: str) -> bool:
    """An act said of the writer by name (「おれ いなくなるから」「わたし しぬ」) or a leap
    said as a likelihood (「とびこむかも」): a statement about oneself, not an exaggeration
    (those have 〜すぎて before or ほど/笑 after and never get here)."""
    if after.lstrip(" 　").startswith(_DESCRIBED):
        return False  # 「わたしが しぬ ゲーム」「ぼく しぬとこだった」: a thing told of
    bare = before.rstrip(" 　")
    for particle in _SUBJECT_PARTICLES:
        if bare.endswith(particle) and bare[: len(bare) - len(particle)].endswith(
            _STRUCTURE.selves + _STRUCTURE.dialect_selves
        ):
            return True
    return text.startswith(_LEAP) and after.startswith(("かも", "かもしれ"))


_BUT = ("けど", "けれど", "だけど")
_BRIGHT = readings(
    ["楽しみ", "たのしみ", "楽しかった", "たのしかった", "うれしい", "嬉しい", "治った", "なおった"]
)


def _outweighed(after: str) -> bool:
    """A distress word followed, in its sentence, by けど and something looked forward to or
    already better (「しんどいけど ねたら なおった」); not 大丈夫 or 平気, which often hide it."""
    return after.startswith(_BUT) and any(b in after for b in _BRIGHT)


_ROLE = readings(["役", "やく", "シーン", "場面", "ばめん", "演技", "ふり"])
_DEVICES = readings(
    [
        "電池",
        "でんち",
        "バッテリー",
        "充電",
        "じゅうでん",
        "スマホ",
        "イヤホン",
        "パソコン",
        "ゲーム機",
        "電球",
        # a cell in a biology lesson (fifth round of 2026-12-06): 「細胞が しぬ しくみ」
        "細胞",
        "さいぼう",
    ]
)
_DEVICE_WINDOW = 10
_SIBLINGS = readings(
    [
        "お兄ちゃん",
        "にいちゃん",
        "兄貴",
        "お姉ちゃん",
        "ねえちゃん",
        "弟",
        "おとうと",
        "妹",
        "いもうと",
        "兄弟",
        "姉妹",
    ]
)
_RECIPROCAL = ("あい", "あっ", "しあ")
_SIBLING_WINDOW = 10


_UNSAID = ("がち", "ほんき", "まじれす")


def _laugh_unsaid(after: str) -> bool:
    """A laugh taken back right after (「きえたい笑 いや がちで」「しにたいw ほんきで」): the
    laugh was cover, the wish stands. Round of 2026-12-03 (k)."""
    return after.startswith(("わら", "笑")) and any(u in after[:12] for u in _UNSAID)


def _sibling_fight(key: str, where: str, start: int, end: int, after: str) -> bool:
    """A fight (けんか) with a brother or a sister named right before it, or given and taken
    (「たたきあい」「パンチしあった」): everyday, not distress. A fight with a parent stays."""
    word = key[start:end] if where == "reading" else reading_of(key[start:end])
    if not word.startswith("けんか"):
        return False
    before = _before(key, where, start, _SIBLING_WINDOW)
    return any(s in before for s in _SIBLINGS) or any(r in after for r in _RECIPROCAL)


_PARTINGS = readings(["卒業", "引退", "転校", "引っ越し", "ひっこし", "送別", "卒業式", "卒部"])
_LONELY = ("さみし", "さびし")


def _parting_sadness(key: str, where: str, start: int, end: int) -> bool:
    """Loneliness at a parting everyone has, named in its sentence (「先輩の 卒業、さみしいけど
    おめでとう」「卒業したら この グループも なくなるのかな、さみしい」): the sadness of a good
    ending, not heavy distress."""
    word = key[start:end] if where == "reading" else reading_of(key[start:end])
    if not word.startswith(_LONELY):
        return False
    lo = key.rfind(BREAK, 0, start) + 1
    hi = key.find(BREAK, end)
    sentence = key[lo : hi if hi != -1 else len(key)]
    sentence = sentence if where == "reading" else reading_of(sentence)
    before = key[lo:start] if where == "reading" else reading_of(key[lo:start])
    if any(n in before for n in ("ない", "ねー", "へん", "てから")):
        return False  # 「転校してから 友達 できない、さみしい」: lonely since, not at, the parting
    return any(p in sentence for p in _PARTINGS)


# Round of 2026-12-05 (g): strain that is a fan's delight or a full stomach, in its sentence.
_FOND = ("とうとい", "とうとす", "とうとみ", "とうとさ", "とおとい")
_FOND_STRAIN = ("しんどい", "もうむり", "むり", "つらい")
_FULL = ("おなかいっぱい", "おなかがいっぱい", "まんぷく", "はらいっぱい", "おなかぱんぱん", "はらぱんぱん")
_FULL_STRAIN = ("もうむり", "むり", "くるしい")


def _fond_or_full(key: str, where: str, start: int, end: int) -> bool:
    """「#推し活 #尊い #しんどい」「推しが 尊すぎて もう無理」: a fan's delight (尊い) said as
    strain; 「うん。もう むり。お腹いっぱい」: a full stomach. Everyday, not heavy distress;
    only the strain words themselves, with the delight in their sentence or the fullness
    anywhere in the text (a short reply: 「もう むり。」 and then why)."""
    word = key[start:end] if where == "reading" else reading_of(key[start:end])
    fond, full = word.startswith(_FOND_STRAIN), word.startswith(_FULL_STRAIN)
    if full and any(f in (key if where == "reading" else reading_of(key)) for f in _FULL):
        return True
    if not fond:
        return False
    lo = key.rfind(BREAK, 0, start) + 1
    hi = key.find(BREAK, end)
    sentence = key[lo : hi if hi != -1 else len(key)]
    return any(f in (sentence if where == "reading" else reading_of(sentence)) for f in _FOND)


_DISCLAIMERS = (
    "いい意味で", "良い意味で", "いいいみで", "よい意味で", "褒めてる", "ほめてる", "褒め言葉", "ほめ言葉",
    "ほめことば", "言葉のあや", "ことばのあや", "言葉の綾",
)  # fmt: skip
# matched on the analysed text as written: folding cuts 「いいい」 to one letter
"""A writer's own word that a strong word was praise or a figure of speech: 「推しが 尊すぎて
しぬ（いい意味で）」「かっこよすぎて むり、しんどい（ほめてる）」."""
_DISCLAIMED = frozenset({"ideation", "distress", "bullying"})
_NEVER_DISCLAIMED = frozenset({"method", "self_harm", "abuse"})


def _disclaimed(spans: list[Span], analysed: str) -> list[Span]:
    """Wishes, distress and hurt said with a disclaimer of praise or a figure of speech are
    nobody's distress: judged ``none`` (note ``hyperbole``, which the learned layer respects).
    A method, a plan, self-harm or abuse is never disclaimed away, nor an imminent span."""
    if not any(d in analysed for d in _DISCLAIMERS):
        return spans
    if any(
        s.note != "marker"
        and (s.category in _NEVER_DISCLAIMED or (s.category not in _DISCLAIMED and s.level in CRISIS))
        for s in spans
    ):
        return spans
    return [
        _as_hyperbole(s) if s.level == "concern" or (s.category in _DISCLAIMED and s.level == "high") else s
        for s in spans
    ]


def _as_hyperbole(span: Span) -> Span:
    """The span judged a figure of speech: level ``none``, note ``hyperbole`` (which the learned
    layer respects), everything else as found."""
    return Span(
        span.category, "none", span.text, span.start, span.end, "hyperbole", span.where, span.construction
    )


_SHAME = (
    "はずかし", "はずい", "くろれきし", "やらかし", "せきめん", "あながあったら", "かおからひ", "まちがえて",
    "かんちがい",
)  # fmt: skip
"""Embarrassment, read in kana: a blunder, a slip, an old post, a blush."""
_SHAME_RE = re.compile("|".join(_SHAME))  # one search of the reading, asked of every text
_LAUGH_MARKS = ("笑", "草", "🤣", "😂", "😆", "🙈", "ww")
_LASTING = ("ずっと", "まいにち", "まいばん", "まいあさ", "いつも", "さいきん", "まいかい")
_DEATH_READINGS = ("しにた", "しぬ", "しね", "しのう", "じさつ", "しんだら", "しんで")


def _laughing(analysed: str) -> bool:
    """A laugh written into the text: 笑, 草, a laughing face, or w after a letter that is not
    Latin (「きえたいw」, not a web address)."""
    if any(m in analysed for m in _LAUGH_MARKS):
        return True
    at = analysed.find("w")
    while at != -1:
        if at > 0 and not analysed[at - 1].isascii():
            return True
        at = analysed.find("w", at + 1)
    return False


def _embarrassed(spans: list[Span], analysed: str, reading: str) -> list[Span]:
    """「まちがえて 先生を お母さんって よんだ、きえたいｗ」「黒歴史 みつかった、穴があったら
    はいりたい🤣」: vanishing wished out of embarrassment, with a laugh, is a figure of speech
    (judged ``none``, note ``hyperbole``). Not when the laugh is taken back (がち, ほんき), when
    dying is named, or when anything but a wish or distress is found."""
    if not any(s.category == "ideation" for s in spans):
        return spans
    if not _laughing(analysed) or any(u in reading for u in _UNSAID + _LASTING):
        return spans  # a laugh taken back, or a wish that lasts (ずっと, まいばん): no blunder
    if "死" in analysed or any(d in reading for d in _DEATH_READINGS):
        return spans
    if any(s.note != "marker" and s.category not in _DISCLAIMED and s.level != "none" for s in spans):
        return spans
    return [_as_hyperbole(s) if s.category == "ideation" else s for s in spans]


_RECOVERY_TAIL = 8


def _recovered(folded: Folded) -> bool:
    """Does the text end by saying it is fine now (and not "平気じゃない")?"""
    for words, key in ((_STRUCTURE.recovery.kanji, folded.kana), (_STRUCTURE.recovery.kana, folded.reading)):
        for word in words:
            pos = key.rfind(word)
            if pos == -1:
                continue
            tail = key[pos + len(word) :]
            if len(tail) <= _RECOVERY_TAIL and not reading_of(tail).startswith(_STRUCTURE.recovery_not):
                return True
    return False


def _before(key: str, where: str, start: int, size: int = _BEFORE_WINDOW) -> str:
    window = key[max(0, start - size) : start].rsplit(BREAK, 1)[-1]
    return window if where == "reading" else reading_of(window)


def _cap(level: str, ceiling: str) -> str:
    return min(level, ceiling, key=LEVELS.index)


def _replace_level(span: Span, level: str) -> Span:
    return Span(span.category, level, span.text, span.start, span.end, span.note, span.where)
