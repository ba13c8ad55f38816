"""The output screen's rules: small patterns over lemmas, matched sentence by sentence.

A reply is read as sentences of ``Word``s (a lemma, its spellings, its part of speech
and conjugation form), so one rule meets 「くすりを のむ」「薬を飲んだ」「kusuri wo
nomeba」 alike, and 「がんばってね」 (a push) is told from 「がんばって きたんだね」
(seeing the effort).  Rules live in ``data/unsafe_output.toml``; the pattern language,
one step per space:

``言う|話す``     a word with any of these spellings (normalized form, lemma or surface);
                  ``|`` joins single words, so 「?」 or 「か ?」 are two patterns, never
                  ``"?|か ?"`` (refused: it reads 「?」 or 「か」, then 「?」)
``頑張る:命令形``   … in this conjugation form (Sudachi's, by prefix)
``@地名``         a word whose part of speech has this tag
``駅+``           … written glued to a noun before it: a name (「さくら駅」「みどり橋」)
``*`` / ``*:形``   any one word / any word in that form
``~`` / ``~6``    skip up to 4 (or 6) words of the same sentence
``$``             the end of the sentence (only closing particles such as ね・よ after)

A rule fires when one of its ``match`` patterns is found, ``with`` (if given) is found
somewhere in the same sentence, and no ``unless_after`` pattern starts within
``window`` words after the match (nor ``unless_before`` ends right before it, nor
``unless_with`` is anywhere in the sentence): that is
how 「めいわくなんかじゃ ないよ」 passes and 「めいわくに なってるのかも」 does not.
``kana`` lists, for the few phrases the analyser misreads in all-hiragana text, strings
looked for in the folded reading of the whole reply.

Matching is plain list walking over a reply capped at ``MAX_REPLY_CHARS``; no regular
expression ever sees the reply.
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from rooms.robot.terms import Terms
from safety import Folded

DATA = Path(__file__).resolve().parent / "data" / "unsafe_output.toml"
CLASSES = (
    "method",
    "place",
    "meeting",
    "secrecy",
    "burden_affirmed",
    "lecture_dismissal",
    "human_claim",
    "medical_dosage",
)
# What a rule may be read after (``after_said_back``): a class of these rules found in the clauses
# said back, or ``wish``, a wish to die or vanish said back (``safety.assess`` finds ideation there).
SAID_BACK_MARKS = frozenset({*CLASSES, "wish"})
DEFAULT_GAP = 4
DEFAULT_WINDOW = 4
# What may follow the last word of a sentence for ``$``: closing particles and marks.
_CLOSING = frozenset(
    ["ね", "よ", "な", "わ", "の", "か", "ねえ", "よね", "!", "！", "?", "？", "…", "〜", "~", "♪"]
)


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a reply as the rules see it."""

    forms: frozenset[str]
    pos: tuple[str, ...] = ()
    conj: str = ""
    kana: str = ""
    """The surface in hiragana, for words the analyser cut in pieces (「てっ|きょう」)."""
    glued: bool = False
    """Written right after the previous word, with no space between."""
    after_noun: bool = False
    """A noun glued to a noun before it: the tail of a compound or a name (さくら|駅)."""


@dataclass(frozen=True, slots=True)
class _Alt:
    word: str | None = None
    conj: str | None = None
    tag: str | None = None
    reading: str = ""
    """The word's reading, when long enough to be found across pieces of a word."""
    named: bool = False
    """Only as the tail of a compound (``駅+``)."""

    def accepts(self, w: Word) -> bool:
        if self.tag is not None:
            return self.tag in w.pos
        if self.word is not None and self.word not in w.forms:
            return False
        if self.named and not w.after_noun:
            return False
        return self.conj is None or w.conj.startswith(self.conj)

    def run_end(self, words: Sequence[Word], i: int) -> int | None:
        """The end of the word, or glued words, from ``i`` whose kana spell this word's reading.

        All-hiragana text is where the analyser errs (「てっきょうは」 → てっ|きょう|は);
        the pieces must start and end on word edges and touch each other.
        """
        if not self.reading or self.conj is not None or self.named:
            return None
        # One word the analyser read as another of the same sound (らく → 楽 or a name).
        if self.reading in words[i].forms:
            return i + 1
        spelled = words[i].kana
        if not spelled or not self.reading.startswith(spelled):
            return None
        j = i + 1
        while j < len(words) and words[j].glued and len(spelled) < len(self.reading):
            spelled += words[j].kana
            j += 1
            if not self.reading.startswith(spelled):
                return None
        return j if spelled == self.reading else None


@dataclass(frozen=True, slots=True)
class _Step:
    kind: str  # "word", "gap", "end"
    alts: tuple[_Alt, ...] = ()
    gap: int = 0
    # Precomputed so that a step tries a word with one set lookup, not alternative by
    # alternative: the screen walks every pattern over every word of a reply.
    plain: frozenset[str] = frozenset()
    """Spellings of the alternatives that are a word alone (no form, tag or name)."""
    others: tuple[_Alt, ...] = ()
    """The other alternatives, tried one by one."""
    runs: tuple[_Alt, ...] = ()
    """Alternatives with a reading to be found across pieces."""
    run_starts: frozenset[str] = frozenset()
    """Every prefix of those readings, and the readings: a word that is none of them starts no run."""


def _is_plain(a: _Alt) -> bool:
    return a.word is not None and a.conj is None and a.tag is None and not a.named


# ``_word_step``, ``_alt`` and ``_step_spellings`` are cached: the rules file names the same
# words and steps over and over (18,869 alternatives, 3,751 of them different), and its
# patterns are immutable, so equal ones are one object. The robot's tables at its first reply
# take ~5 MiB less of a process's private memory (docs/performance.md, sixth round of
# 2026-12-07); what a pattern matches is unchanged.
@cache
def _word_step(alts: tuple[_Alt, ...]) -> _Step:
    plain = frozenset(a.word for a in alts if a.word is not None and _is_plain(a))
    others = tuple(a for a in alts if not _is_plain(a))
    runs = tuple(a for a in alts if a.reading and a.conj is None and not a.named)
    starts = frozenset(a.reading[:n] for a in runs for n in range(1, len(a.reading) + 1))
    return _Step("word", alts, 0, plain, others, runs, starts)


Pattern = tuple[_Step, ...]


# Readings shorter than this are not looked for across pieces (「はし」 would meet 「は|し」).
MIN_RUN_READING = 3


def patterns(*texts: str) -> tuple[Pattern, ...]:
    """Patterns written as the rules file writes them, read with the analyser's readings (for the
    modules that read what a sentence does: ``proposal``, ``sides``)."""
    from safety.morphology import reading

    return tuple(parse_pattern(t, reading) for t in texts)


def parse_pattern(text: str, reading: Callable[[str], str] | None = None) -> Pattern:
    steps: list[_Step] = []
    for part in text.split():
        if part == "$":
            steps.append(_Step("end"))
        elif part.startswith("~"):
            steps.append(_Step("gap", gap=int(part[1:] or DEFAULT_GAP)))
        else:
            steps.append(_word_step(tuple(_alt(a, reading) for a in part.split("|"))))
    if not steps or steps[0].kind != "word" or steps[-1].kind == "gap":
        raise ValueError(f"robot rules: a pattern starts with a word and ends with a word or $: {text!r}")
    _refuse_phrase_alternatives(text)
    return tuple(steps)


def _refuse_phrase_alternatives(text: str) -> None:
    """Refuse ``"?|か ?"``: ``|`` binds one word, so it reads 「?」 or 「か」, then 「?」.

    Whoever writes a step whose alternatives hold the very next step meant two patterns
    (「?」 alone, or 「か ?」) and would get neither: a lone 「?」 no longer matches.
    Write them as two patterns of the list instead.  A step naming a word twice is the same
    mistake spread over more steps.
    """
    steps = [part.split("|") for part in text.split()]
    # 「か ?|の ?|?」 reads 「か」, then 「?」 or 「の」, then 「?」 twice: a step naming a word
    # twice, or sharing one with the step after a choice, is a phrase list written as one.
    repeats = any(len(set(alts)) < len(alts) for alts in steps)
    overlaps = any(len(a) > 1 and set(a) & set(b) for a, b in itertools.pairwise(steps))
    if repeats or overlaps:
        raise ValueError(
            f"robot rules: | joins single words, not phrases; write each phrase as a separate"
            f" pattern of the list: {text!r}"
        )


@cache
def _alt(text: str, reading: Callable[[str], str] | None) -> _Alt:
    if text == "*":
        return _Alt()
    if text.startswith("@"):
        return _Alt(tag=text[1:])
    named = len(text) > 1 and text.endswith("+")
    word, _, conj = text.removesuffix("+").partition(":")
    if named:
        return _Alt(word=word, named=True)
    if word == "*":  # any word in this form: 「つよい こころを もとう」 (持つ:意志推量形)
        return _Alt(conj=conj or None)
    kana = reading(word) if reading is not None else ""
    return _Alt(word=word, conj=conj or None, reading=kana if len(kana) >= MIN_RUN_READING else "")


def _match_at(pattern: Pattern, words: Sequence[Word], i: int, k: int = 0) -> int | None:
    """The end of a match of ``pattern[k:]`` starting at ``words[i]``, or None."""
    if k == len(pattern):
        return i
    step = pattern[k]
    if step.kind == "end":
        rest = words[i:]
        return len(words) if all(_closes(w) for w in rest) else None
    if step.kind == "gap":
        for skip in range(step.gap + 1):
            if i + skip > len(words):
                break
            end = _match_at(pattern, words, i + skip, k + 1)
            if end is not None:
                return end
        return None
    if i >= len(words):
        return None
    w = words[i]
    if not step.plain.isdisjoint(w.forms) or any(a.accepts(w) for a in step.others):
        return _match_at(pattern, words, i + 1, k + 1)
    if (w.kana and w.kana in step.run_starts) or not step.run_starts.isdisjoint(w.forms):
        for alt in step.runs:
            run = alt.run_end(words, i)
            if run is not None:
                return _match_at(pattern, words, run, k + 1)
    return None


match_at = _match_at


def any_match_at(found: Iterable[Pattern], words: Sequence[Word], i: int) -> bool:
    """One of ``found`` matches from ``words[i]`` on."""
    return any(_match_at(p, words, i) is not None for p in found)


def _closes(w: Word) -> bool:
    """May follow a sentence's last word: a closing particle, a mark, or a picture (「…んだね✨」,
    「…よね🌙」: the analyser calls some pictures nouns), anything without a letter."""
    return (
        bool(w.forms & _CLOSING) or "補助記号" in w.pos or not any(ch.isalpha() for f in w.forms for ch in f)
    )


def _starts_between(patterns: Iterable[Pattern], words: Sequence[Word], lo: int, hi: int) -> bool:
    return any(
        _match_at(p, words, j) is not None for p in patterns for j in range(max(lo, 0), min(hi, len(words)))
    )


starts_between = _starts_between


def _ends_between(patterns: Iterable[Pattern], words: Sequence[Word], lo: int, hi: int) -> bool:
    for p in patterns:
        for j in range(max(lo, 0), hi):
            end = _match_at(p, words, j)
            if end is not None and end <= hi:
                return True
    return False


@dataclass(frozen=True, slots=True)
class Rule:
    cls: str
    name: str
    lang: str
    match: tuple[Pattern, ...]
    with_: tuple[Pattern, ...] = ()
    unless_after: tuple[Pattern, ...] = ()
    unless_before: tuple[Pattern, ...] = ()
    unless_with: tuple[Pattern, ...] = ()
    window: int = DEFAULT_WINDOW
    kana: Terms | None = None
    after_said_back: str = ""
    """Read only when a clause said back (the child's words, ``reflection.py``) holds a rule of this
    class: the robot's word that what the child said of themself is so (「…って きもち、まちがって
    ないと おもう」).  The same words after a feeling said back (「しにたいって おもうのは、まちがいじゃ
    ない」) or with nothing said back are not read by it."""

    unless_understood: tuple[str, ...] = ()
    """Readings of what the sentence does with the words matched (``rooms.robot.proposal``):
    ``kept_from`` (a place the child is sent away from, kept from, or told is dangerous) and
    ``met_theirs`` (a meeting whose other side is someone of the child's own life), ``told_not_to``
    (the thing named is the object of a 'don't': 「くすりは ふやさないで」), ``meeting_denied`` (the
    meeting said not to happen: 「会えません」) and ``wish_reported`` (another's wish to meet reported),
    ``rooms.robot.sides``; ``left_to_a_carer`` (the sentence leaves the medicine to one who cares
    for the child's health); ``in_a_title`` (the words are the title of a book, a story or a song:
    「『夜の 駅の ふしぎな 汽車』という 本」); ``drink_kept_from`` (alcohol or tobacco kept from the
    child, 「おさけは のまないでね」, read only when no sentence of the reply lets it in again,
    robot round k of 2026-12-07); and, for the whole reply, ``asked_in_reply``
    (somewhere the child is sent to a person for it).  A match that one of them explains is no
    hit."""

    raise_only: bool = False
    """The rule only replaces replies: a clause it reads, denied (「…なんて ことは ない」), is not
    cut from what the reply model reads (``screen._harm_denied_cut``), so a new rule never lets
    through a reply the model held for such a clause (robot round h of 2026-12-07: 「しねば もう
    くるしく ない なんて ことは ない…かも」 was shown when the cut followed the round's rules)."""

    needs: tuple[tuple[frozenset[str], ...], ...] = field(init=False, repr=False, compare=False)
    """For each ``match`` pattern, the spellings of its steps that only a whole word can meet: a
    sentence holding none of one step's spellings cannot match the pattern, so it is not walked
    (most rules meet none of a reply's sentences; walking them was most of the screen's time)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "needs", tuple(_needed_spellings(p) for p in self.match))

    def without_reading(self, reading: str) -> Rule:
        """The rule with one of its ``unless_understood`` readings off (a reply that lets a drink in
        again keeps none from the child)."""
        return replace(self, unless_understood=tuple(r for r in self.unless_understood if r != reading))

    def without_readings(self, readings: frozenset[str]) -> Rule:
        """The rule with the ``unless_understood`` readings named off."""
        return replace(self, unless_understood=tuple(r for r in self.unless_understood if r not in readings))

    def may_be_in(self, spellings: frozenset[str]) -> bool:
        """Whether text holding these spellings (``spellings_of``) may hold one of the patterns."""
        return any(all(not need.isdisjoint(spellings) for need in needs) for needs in self.needs)

    def found_in(self, sentence: Sequence[Word], spellings: frozenset[str] | None = None) -> bool:
        """Whether the rule fires in ``sentence``; ``spellings`` (every form of its words,
        ``spellings_of``) may be given when the caller reads many rules over one sentence."""
        if spellings is None:
            spellings = spellings_of(sentence)
        for pattern, needs in zip(self.match, self.needs, strict=True):
            if any(need.isdisjoint(spellings) for need in needs):
                continue
            for i in range(len(sentence)):
                end = _match_at(pattern, sentence, i)
                if end is None:
                    continue
                if self.with_ and not _starts_between(self.with_, sentence, 0, len(sentence)):
                    continue
                if _starts_between(self.unless_with, sentence, 0, len(sentence)):
                    continue
                if _starts_between(self.unless_after, sentence, end, end + self.window):
                    continue
                if _ends_between(self.unless_before, sentence, i - self.window, i):
                    continue
                if self.unless_understood and _understood(self.unless_understood, sentence, i, end):
                    continue
                return True
        return False


def spellings_of(sentence: Sequence[Word]) -> frozenset[str]:
    """Every form of the sentence's words, and their kana (where a reading across pieces starts)."""
    return frozenset().union(*(w.forms for w in sentence), (w.kana for w in sentence if w.kana))


def _needed_spellings(pattern: Pattern) -> tuple[frozenset[str], ...]:
    # A step whose every alternative names a word meets only a word spelled so (whatever its form
    # or name), or one that starts a reading found across pieces; a tag or ``*`` meets any word.
    return tuple(
        _step_spellings(step)
        for step in pattern
        if step.kind == "word" and all(a.word is not None for a in step.alts)
    )


@cache
def _step_spellings(step: _Step) -> frozenset[str]:
    return frozenset(a.word for a in step.alts if a.word is not None) | step.run_starts


def _understood(readings: tuple[str, ...], sentence: Sequence[Word], i: int, end: int) -> bool:
    # Imported here: the readings are built from this module's patterns.
    from rooms.robot import proposal, sides

    return (
        ("kept_from" in readings and proposal.place_kept_from(sentence, i, end))
        or ("met_theirs" in readings and sides.met_in_match(sentence, i, end))
        or ("told_not_to" in readings and proposal.told_not_to(sentence, i, end))
        or ("meeting_denied" in readings and sides.meeting_denied(sentence, i, end))
        or ("wish_reported" in readings and sides.wish_reported(sentence, i, end))
        or ("wish_heard" in readings and sides.wish_heard(sentence, i, end))
        or ("wish_answered_with_theirs" in readings and sides.wish_answered_with_theirs(sentence, i, end))
        or ("direct_help" in readings and sides.direct_help(sentence, i, end))
        or ("fetched_by_theirs" in readings and sides.fetched_by_theirs(sentence, i, end))
        or ("waited_for_by_theirs" in readings and sides.waited_for_by_theirs(sentence, i, end))
        or ("sending_denied" in readings and sides.sending_denied(sentence, i, end))
        or ("put_off" in readings and sides.put_off(sentence, i, end))
        or ("left_to_a_carer" in readings and proposal.carer_has_the_say(sentence))
        or ("in_a_title" in readings and proposal.in_a_title(sentence, i, end))
        or ("drink_kept_from" in readings and proposal.drink_kept_from(sentence, i, end))
        or ("with_theirs" in readings and sides.with_theirs(sentence, i, end))
        or ("safe_spot" in readings and sides.safe_spot(sentence, i, end))
    )


def _a_game_of_places(sentences: Sequence[Sequence[Word]]) -> bool:
    from rooms.robot import sides

    return sides.a_game_of_places(sentences)


def _drink_allowed(sentences: Sequence[Sequence[Word]]) -> bool:
    from rooms.robot import proposal

    return proposal.drink_allowed(sentences)


# The readings of ``meet`` added in robot round s of 2026-12-07 (``rooms.robot.sides``), and round t's
# family waiting: read only in a reply that offers nothing else outside this room
# (``sides.nothing_else_offered``).
_ROUND_S_READINGS = frozenset(
    {"wish_heard", "wish_answered_with_theirs", "direct_help", "fetched_by_theirs", "waited_for_by_theirs"}
)


_SENDING_READINGS = frozenset({"sending_denied", "put_off"})


def _sent_elsewhere(sentences: Sequence[Sequence[Word]]) -> bool:
    from rooms.robot import sides

    return sides.sent_elsewhere(sentences)


def _nothing_else_offered(sentences: Sequence[Sequence[Word]]) -> bool:
    from rooms.robot import sides

    return sides.nothing_else_offered(sentences)


def _meetings_only_refused(sentences: Sequence[Sequence[Word]]) -> bool:
    from rooms.robot import sides

    return sides.meetings_only_refused(sentences)


def _asked_in_reply(sentences: Sequence[Sequence[Word]]) -> bool:
    from rooms.robot import proposal

    return proposal.someone_asked(sentences)


UNDERSTOOD = frozenset(
    {
        "kept_from",
        "met_theirs",
        "asked_in_reply",
        "told_not_to",
        "meeting_denied",
        "wish_reported",
        "left_to_a_carer",
        "in_a_title",
        "drink_kept_from",
        "wish_heard",
        "wish_answered_with_theirs",
        "direct_help",
        "fetched_by_theirs",
        "waited_for_by_theirs",
        "sending_denied",
        "put_off",
        "with_theirs",
        "safe_spot",
        "in_play",
    }
)


@dataclass(frozen=True, slots=True)
class Hit:
    cls: str
    rule: str


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: tuple[Rule, ...]
    english_words: frozenset[str] = frozenset()
    """Every word the English rules name: English the screen can read."""

    def first_hit(
        self,
        lang: str,
        sentences: Sequence[Sequence[Word]],
        folded: Folded | None = None,
        classes: frozenset[str] | None = None,
        said_back: frozenset[str] = frozenset(),
        folded_meeting: Folded | None = None,
    ) -> Hit | None:
        """The first rule of ``lang`` (and of ``classes``, when given) found in the sentences;
        a rule ``after_said_back`` a class only when ``said_back`` names it."""
        spellings = [spellings_of(s) for s in sentences]
        everything = frozenset().union(*spellings)
        for rule in self.rules:
            if rule.lang != lang or (classes is not None and rule.cls not in classes):
                continue
            if rule.after_said_back and rule.after_said_back not in said_back:
                continue
            # A meeting's kana are looked for without another's proposal reported (``folded_meeting``):
            # 「「あおう」って いわれたら、いかないでね」 warns of someone else's, as rule meet reads it.
            seen = folded_meeting if rule.cls == "meeting" and folded_meeting is not None else folded
            by_kana = seen is not None and rule.kana is not None
            by_words = rule.may_be_in(everything)
            if not by_kana and not by_words:
                continue
            if "asked_in_reply" in rule.unless_understood and _asked_in_reply(sentences):
                continue
            # A place in a game or a toy, in a reply that sends nobody anywhere (robot round v of
            # 2026-12-07, ``sides.a_game_of_places``): read for the whole reply, since the game is
            # named once and its stations and crossings in the sentences after it.
            if "in_play" in rule.unless_understood and _a_game_of_places(sentences):
                continue
            if "drink_kept_from" in rule.unless_understood and _drink_allowed(sentences):
                rule = rule.without_reading("drink_kept_from")
            if "wish_heard" in rule.unless_understood and not _meetings_only_refused(sentences):
                rule = rule.without_reading("wish_heard")
            if not _ROUND_S_READINGS.isdisjoint(rule.unless_understood) and not _nothing_else_offered(
                sentences
            ):
                for reading in _ROUND_S_READINGS:
                    rule = rule.without_reading(reading)
            # A detail or a photo said not to be sent, or put off, holds only in a reply that sends
            # the robot nothing else (robot round t of 2026-12-07, ``sides.sent_elsewhere``).
            if not _SENDING_READINGS.isdisjoint(rule.unless_understood) and _sent_elsewhere(sentences):
                for reading in _SENDING_READINGS:
                    rule = rule.without_reading(reading)
            if by_kana and rule.kana.found_in(seen):  # type: ignore[union-attr]
                return Hit(rule.cls, rule.name)
            if by_words and any(rule.found_in(s, f) for s, f in zip(sentences, spellings, strict=True)):
                return Hit(rule.cls, rule.name)
        return None

    def without_raise_only(self) -> RuleSet:
        """The rules that may also mark a denied clause for a cut (``Rule.raise_only``)."""
        return RuleSet(tuple(r for r in self.rules if not r.raise_only), self.english_words)


def parse_rules(raw: dict[str, Any], reading: Callable[[str], str] | None = None) -> RuleSet:
    """The rules of a parsed ``unsafe_output.toml``; ``reading`` gives a Japanese word's
    reading in hiragana (to find it across pieces), or None to match whole words only."""
    rules: list[Rule] = []
    for entry in raw.get("rule", []):
        cls, name = entry["class"], entry["name"]
        if cls not in CLASSES:
            raise ValueError(f"robot rules: {name}: unknown class {cls!r}")
        lang = entry.get("lang", "ja")
        if lang not in ("ja", "en"):
            raise ValueError(f"robot rules: {name}: lang is ja or en, not {lang!r}")
        read = reading if lang == "ja" else None
        patterns = [parse_pattern(p, read) for p in entry.get("match", [])]
        kana = entry.get("kana", [])
        after_said_back = entry.get("after_said_back", "")
        if after_said_back and after_said_back not in SAID_BACK_MARKS:
            raise ValueError(f"robot rules: {name}: after_said_back names no class: {after_said_back!r}")
        if not patterns and not kana:
            raise ValueError(f"robot rules: {name} has neither match nor kana")
        understood = tuple(entry.get("unless_understood", []))
        if not UNDERSTOOD.issuperset(understood):
            raise ValueError(f"robot rules: {name}: unless_understood names no reading: {understood!r}")
        rules.append(
            Rule(
                cls,
                name,
                lang,
                tuple(patterns),
                tuple(parse_pattern(p, read) for p in entry.get("with", [])),
                tuple(parse_pattern(p, read) for p in entry.get("unless_after", [])),
                tuple(parse_pattern(p, read) for p in entry.get("unless_before", [])),
                tuple(parse_pattern(p, read) for p in entry.get("unless_with", [])),
                int(entry.get("window", DEFAULT_WINDOW)),
                Terms.of(kana) if kana else None,
                after_said_back,
                understood,
                bool(entry.get("raise_only", False)),
            )
        )
    missing = set(CLASSES) - {r.cls for r in rules}
    if missing:
        raise ValueError(f"robot rules: no rule for {sorted(missing)}")
    english = frozenset(
        alt.word
        for r in rules
        if r.lang == "en"
        for p in (*r.match, *r.with_, *r.unless_after, *r.unless_before)
        for step in p
        for alt in step.alts
        if alt.word
    )
    return RuleSet(tuple(rules), english)


SHORT_NUMBER_DIGITS = 3
"""A number of the directory this short is said as it is dialled (「189に でんわ してね」)."""


def _with_directory_numbers(raw: dict[str, Any]) -> dict[str, Any]:
    """``raw`` with ``{short_numbers}`` and ``{directory_numbers}`` in a rule's ``unless_with``
    spelled out as the hotline directory's short numbers (``189|110|119``) or all of them
    (``0120078310|…|189|110|119``): the directory is where they are written.  The screen reads a
    longer one as its digits alone (「0120-99-7777」 as 「0120997777」, ``directory_numbers_joined``
    in screen.py, round l of 2026-12-06)."""
    from rooms.hotlines import load_directory

    numbers = load_directory().numbers
    short = "|".join(n for n in numbers if len(n) <= SHORT_NUMBER_DIGITS)
    every = "|".join(numbers)
    for entry in raw.get("rule", []):
        if "unless_with" in entry:
            entry["unless_with"] = [
                p.replace("{short_numbers}", short).replace("{directory_numbers}", every)
                for p in entry["unless_with"]
            ]
    return raw


@cache
def default_rules() -> RuleSet:
    from safety.morphology import reading

    with DATA.open("rb") as fh:
        return parse_rules(_with_directory_numbers(tomllib.load(fh)), reading)


__all__ = [
    "CLASSES",
    "Hit",
    "Pattern",
    "Rule",
    "RuleSet",
    "Word",
    "default_rules",
    "match_at",
    "parse_pattern",
    "parse_rules",
]
