"""Words and word classes: a text as Sudachi's words with their keys, the word classes of
``lexicon/constructions.toml`` and the context every construction reads (``_Ctx``)."""

from __future__ import annotations

import functools
import re
import tomllib
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import chain, repeat
from typing import Generic, TypeVar

import jaconv
from jaconv.conv_table import K2H_TABLE

from safety.constructions.folding import _BREAKS, _CLAUSE
from safety.morphology import reading, tokens

JUDGED = "judged"
"""Category of a finding of level none: risky words the rules read in context and set aside,
kept so that a later layer (``safety.learned``) does not read them again."""
DENIED = "denied"
"""Note of a ``JUDGED`` finding: a wish, a plan, a method or self-harm read and taken back by a
negation (「死にたいって思ったことはない」)."""
ASKED = "asked"
"""Note of a ``JUDGED`` finding: an act with nothing named, said as now but asked of someone
(「いまから やる？」), which the rules do not rate."""


@dataclass(frozen=True, slots=True)
class Word:
    keys: frozenset[str]
    pos: str
    conj: str
    start: int
    end: int
    sentence: int
    clause: int


# A Word is made for every word of every text read: through its slots' own setters, not the
# frozen dataclass's ``__init__`` (a Python-level ``object.__setattr__`` call a field), as
# ``safety.morphology`` makes its Tokens.
_NEW = object.__new__
_WORD_SLOTS = ("keys", "pos", "conj", "start", "end", "sentence", "clause")
if Word.__slots__ != _WORD_SLOTS:  # type: ignore[attr-defined]
    raise TypeError("Word's fields changed: change _word with them")
_SET_KEYS, _SET_POS, _SET_CONJ, _SET_START, _SET_END, _SET_SENTENCE, _SET_CLAUSE = (
    getattr(Word, name).__set__ for name in _WORD_SLOTS
)


def _word(
    keys: frozenset[str], pos: str, conj: str, start: int, end: int, sentence: int, clause: int
) -> Word:
    w = _NEW(Word)
    _SET_KEYS(w, keys)
    _SET_POS(w, pos)
    _SET_CONJ(w, conj)
    _SET_START(w, start)
    _SET_END(w, end)
    _SET_SENTENCE(w, sentence)
    _SET_CLAUSE(w, clause)
    return w


@functools.lru_cache(maxsize=1024)
def _keys(normalized: str, lemma: str, surface: str) -> frozenset[str]:
    """A word's keys, from its spellings. Kept for the words met most (particles, です, する):
    a text's words are mostly those, and their keys are the same whichever text they are in
    (1,024 of them, ≈ 1 MB: 86 % of the tuning texts' words are found there)."""
    if normalized == "の" and surface == "ん":
        return frozenset({"の"})  # 「ええんやろ」: ん for の, no negation
    if normalized == "侭":
        # 「このまま」: kana まま that the rescue did not take for ママ is "as it is"
        return frozenset({"侭"})
    # jaconv.kata2hira is this table applied with str.translate (here without its Python calls)
    return frozenset(
        {
            normalized,
            lemma,
            lemma.translate(K2H_TABLE),
            surface.translate(K2H_TABLE),
            surface,
            normalized.translate(K2H_TABLE),
        }
    )


def words_of(text: str) -> list[Word]:
    out: list[Word] = []
    sentence = clause = 0
    for t in tokens(text):
        if t.pos and t.pos[0] == "空白":
            continue
        if t.surface in ("?", "？"):
            out.append(_word(frozenset({"?"}), "補助記号", "", t.start, t.end, sentence, clause))
        if t.surface in _BREAKS or (t.pos and t.pos[-1] == "句点"):
            sentence += 1
            clause += 1
            continue
        if t.surface in _CLAUSE or (t.pos and t.pos[-1] == "読点"):
            clause += 1
            continue
        if t.pos and t.pos[0] == "補助記号":
            continue
        out.append(
            _word(
                _keys(t.normalized, t.lemma, t.surface),
                t.pos[0] if t.pos else "",
                t.pos[-1] if t.pos else "",
                t.start,
                t.end,
                sentence,
                clause,
            )
        )
    return _misread(out)


_RATHER = frozenset({"却って"})
_TO = frozenset({"に", "へ"})
_GONE_HOME = frozenset({"帰る", "かえる", "帰っ"})


_CAMEL = frozenset({"駱駝", "らくだ"})
_EASE = frozenset({"楽", "らく"})
_SAID_AFTER = frozenset({"と", "って", "よ", "な", "ね", "し", "から", "けど", "もん", "わ"})


def _misread(words: list[Word]) -> list[Word]:
    """Kana Sudachi cuts as the wrong word, read as both where only one reading fits."""
    return _went_home(_eased(words))


def _eased(words: list[Word]) -> list[Word]:
    """Kana らくだ is cut as a camel even in 「しんじゃうのが いちばん らくだと おもう」: before
    と, って, よ… or closing its clause it is 楽 + だ (round j of 2026-12-05)."""
    for i, w in enumerate(words):
        if w.keys.isdisjoint(_CAMEL):
            continue
        last = i + 1 == len(words) or words[i + 1].clause != w.clause
        if last or not words[i + 1].keys.isdisjoint(_SAID_AFTER):
            words[i] = _word(w.keys | _EASE, "形状詞", "", w.start, w.end, w.sentence, w.clause)
    return words


def _went_home(words: list[Word]) -> list[Word]:
    """Kana かえって is cut as the adverb 却って ("rather") even where it is 帰って: after に or
    へ (「いえに かえって」) or closing its clause (「かえって、ぎゅうにゅう こぼして、なぐられて」),
    where the adverb never stands. There it is read as going home as well."""
    for i, w in enumerate(words):
        if w.keys.isdisjoint(_RATHER):
            continue
        last = i + 1 == len(words) or words[i + 1].clause != w.clause
        if last or (i > 0 and not words[i - 1].keys.isdisjoint(_TO)):
            keys = w.keys | _GONE_HOME
            words[i] = _word(keys, "動詞", "連用形-促音便", w.start, w.end, w.sentence, w.clause)
    return words


class WordClass:
    """A set of words, each matched in any spelling Sudachi gives the same word for."""

    def __init__(self, words: Iterable[str]) -> None:
        single: set[str] = set()
        seqs: set[tuple[str, ...]] = set()
        for w in words:
            single.add(w)
            single.add(jaconv.kata2hira(w))
            toks = [t for t in tokens(w) if t.pos and t.pos[0] != "空白"]
            if len(toks) == 1 and len(w) > 2:  # 「くん」 alone reads as 呉れる
                single.update({toks[0].normalized, toks[0].lemma})
                if len(toks[0].reading) >= 3:  # 「ぶかつ」 for 部活; short readings collide
                    single.add(toks[0].reading)
            elif toks:
                seqs.add(tuple(t.normalized for t in toks))
        self.single = frozenset(single)
        self.seqs = tuple(sorted(seqs, key=len, reverse=True))
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for seq in self.seqs:
            self.by_first.setdefault(seq[0], []).append(seq)
        self.firsts = frozenset(self.by_first)
        # two-kana readings are inside too many other words (「このまま」 has ママ, 「ひとり」 has 鳥)
        self.readings = tuple(dict.fromkeys(r for w in words if len(r := jaconv.kata2hira(reading(w))) >= 3))
        # all of them in one search (C), not one ``in`` a reading: asked of most texts
        self._any_reading = re.compile("|".join(map(re.escape, self.readings))) if self.readings else None

    def in_reading(self, text_reading: str) -> bool:
        """Is one of the words in the text read as kana (for context that must not be missed
        when Sudachi cuts a kana word wrongly: 「ぶかつ」 as ぶか+つ)?"""
        return self._any_reading is not None and self._any_reading.search(text_reading) is not None

    def at(self, words: list[Word], i: int) -> int:
        """How many words from ``i`` on make one of the class (0: none)."""
        if i >= len(words):
            return 0
        keys = words[i].keys
        best = 0
        for key in keys & self.firsts:
            for seq in self.by_first[key]:
                if (
                    len(seq) > best
                    and i + len(seq) <= len(words)
                    and all(seq[k] in words[i + k].keys for k in range(1, len(seq)))
                ):
                    best = len(seq)
        if best:
            return best
        return 1 if keys & self.single else 0


def _load() -> dict[str, WordClass]:
    with resources.files("safety").joinpath("lexicon", "constructions.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return {name: WordClass(ws) for name, ws in data["words"].items()}


W = _load()


def _index(
    classes: dict[str, WordClass],
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, int, tuple[str, ...]], ...]]]:
    """Every key → the classes it is a word of, and → the classes whose multi-word entries
    start with it, with each entry's length: a text's words are looked up once for all
    classes, not once per class."""
    single: dict[str, list[str]] = {}
    first: dict[str, list[tuple[str, int, tuple[str, ...]]]] = {}
    for name, wc in classes.items():
        for key in wc.single:
            single.setdefault(key, []).append(name)
        for head, seqs in wc.by_first.items():
            first.setdefault(head, []).extend((name, len(seq), seq) for seq in seqs)
    return {k: tuple(v) for k, v in single.items()}, {k: tuple(v) for k, v in first.items()}


_SINGLE, _FIRST = _index(W)
_FIRST_KEYS = frozenset(_FIRST)


@dataclass(frozen=True, slots=True)
class Hit:
    construction: str
    category: str
    level: str
    start: int
    """Offsets into ``prepare(text)``."""
    end: int
    note: str | None = None


_NOWHERE: tuple[int, ...] = ()


def _after(where: list[int], lo: int) -> int | None:
    """The first of the sorted ``where`` at ``lo`` or after it."""
    j = bisect_left(where, lo)
    return where[j] if j < len(where) else None


def _follows(words: list[Word], i: int, seq: tuple[str, ...]) -> bool:
    """Do the words after word ``i`` spell the rest of ``seq`` (its first is word ``i``)?"""
    return all(seq[k] in words[i + k].keys for k in range(1, len(seq)))


class _Ctx:
    """One text's words with every class looked up once, so each rule's questions
    ("is there a place word in this sentence?") cost O(1) and a text costs O(n)."""

    def __init__(self, words: list[Word], kana: str) -> None:
        self.words = words
        self.kana = kana
        self._read: dict[str, bool] = {}
        n = self._n = len(words)
        # word i → {class: how many words from i make a word of it} (WordClass.at for all classes)
        self._cls: list[dict[str, int]] = []
        # where each class occurs, in order, and every spelling in the text: most questions are
        # "is it anywhere?" or "where is it?" and most classes are absent, so they are answered
        # without a scan of the words
        where: dict[str, list[int]] = {}
        self._where = where
        for i, w in enumerate(words):
            # every class the word is a word of by itself (one C-level pass over its keys), then
            # the longer words that start with it, which only the keys in ``_FIRST`` can begin
            d = dict.fromkeys(chain.from_iterable(map(_SINGLE.get, w.keys, repeat(()))), 1)
            for key in w.keys & _FIRST_KEYS:
                for name, size, seq in _FIRST[key]:
                    # most entries are one word (a short word kept out of ``single``) or two:
                    # those are read without a generator, the longer ones word by word
                    if (
                        size > d.get(name, 0)
                        and i + size <= n
                        and (
                            size == 1
                            or (seq[1] in words[i + 1].keys if size == 2 else _follows(words, i, seq))
                        )
                    ):
                        d[name] = size
            self._cls.append(d)
            for name in d:
                if name in where:
                    where[name].append(i)
                else:
                    where[name] = [i]
        self.keys: frozenset[str] = frozenset().union(*(w.keys for w in words))
        self.lo = [0] * n
        self.hi = [0] * n
        for i in range(n):
            self.lo[i] = i if i == 0 or words[i - 1].sentence != words[i].sentence else self.lo[i - 1]
        for i in range(n - 1, -1, -1):
            self.hi[i] = i + 1 if i == n - 1 or words[i + 1].sentence != words[i].sentence else self.hi[i + 1]

    def at(self, cls: str, i: int) -> int:
        # asked hundreds of times a text: the length kept, not asked of the list each time
        return self._cls[i].get(cls, 0) if 0 <= i < self._n else 0

    def first(self, cls: str, lo: int = 0, hi: int | None = None) -> int | None:
        where = self._where.get(cls)
        if where is None:
            return None
        n = self._n
        hi = n if hi is None else min(hi, n)
        lo = max(lo, 0)
        j = where[0] if where[0] >= lo else _after(where, lo)
        return j if j is not None and j < hi else None

    def where(self, cls: str) -> Sequence[int]:
        """Every word where a word of ``cls`` starts, in order: a rule that reads only what
        follows such a word loops over these instead of over every word of the text."""
        return self._where.get(cls, _NOWHERE)

    def where_any(self, classes: tuple[str, ...], keys: frozenset[str] = frozenset()) -> list[int]:
        """Every word where a word of one of ``classes`` starts or that is spelled as one of
        ``keys``, in order: the only words a rule that starts at such a word needs to visit.
        Most texts hold none or one of them: that list is given as it is, not merged."""
        lists = [where for cls in classes if (where := self._where.get(cls))]
        by_key = self.where_keys(keys)
        if by_key:
            lists.append(by_key)
        if len(lists) < 2:
            return lists[0] if lists else []  # (the class's own list: callers only read it)
        return sorted(set().union(*lists))

    def where_keys(self, keys: frozenset[str]) -> Sequence[int]:
        """Every word spelled as one of ``keys``, in order (none: no loop over the words)."""
        if self.keys.isdisjoint(keys):
            return _NOWHERE
        return [i for i, w in enumerate(self.words) if not w.keys.isdisjoint(keys)]

    def first_key(self, keys: tuple[str, ...], lo: int, hi: int) -> int | None:
        if self.keys.isdisjoint(keys):
            return None
        for k in range(max(lo, 0), min(hi, len(self.words))):
            if not self.words[k].keys.isdisjoint(keys):
                return k
        return None

    def read(self, cls: str) -> bool:
        if cls not in self._read:
            self._read[cls] = W[cls].in_reading(self.kana)
        return self._read[cls]

    def near_any(self, classes: tuple[str, ...]) -> bool:
        """Is a word of any of ``classes`` anywhere in the text?"""
        # a class is a key of ``_where`` only where it occurs: one C-level look-up for all
        return not self._where.keys().isdisjoint(classes)

    def holds(self, keys: frozenset[str], classes: tuple[str, ...] = ()) -> bool:
        """Is a word spelled as one of ``keys``, or a word of one of ``classes``, anywhere in
        the text? (The gate of a rule that starts only at such a word.)"""
        return not self.keys.isdisjoint(keys) or not self._where.keys().isdisjoint(classes)

    def near(self, cls: str) -> bool:
        return self.first(cls) is not None or self.read(cls)

    def sentence(self, i: int) -> tuple[int, int]:
        return self.lo[i], self.hi[i]


_Rule = TypeVar("_Rule")


class Gates(Generic[_Rule]):
    """Rules, each with the keys and the classes it starts from (a rule finds nothing in a
    text without one of them), indexed by key and by class: which rules a text opens is two
    set intersections with the text's keys and classes, not one ``_Ctx.holds`` a rule."""

    def __init__(self, table: Iterable[tuple[frozenset[str], tuple[str, ...], _Rule]]) -> None:
        self._rules: list[_Rule] = []
        by_key: dict[str, list[int]] = {}
        by_class: dict[str, list[int]] = {}
        for n, (keys, classes, rule) in enumerate(table):
            self._rules.append(rule)
            for key in keys:
                by_key.setdefault(key, []).append(n)
            for cls in classes:
                by_class.setdefault(cls, []).append(n)
        self._by_key = by_key
        self._by_class = by_class
        self._keys = frozenset(by_key)
        self._classes = frozenset(by_class)

    def opened_by(self, c: _Ctx) -> list[_Rule]:
        """The rules a word of ``c`` opens, in the order of the table."""
        opened: set[int] = set()
        for key in self._keys.intersection(c.keys):
            opened.update(self._by_key[key])
        for cls in self._classes.intersection(c._where):
            opened.update(self._by_class[cls])
        rules = self._rules
        return [rules[n] for n in sorted(opened)]


def _has(words: list[Word], i: int, key: str) -> bool:
    return 0 <= i < len(words) and key in words[i].keys


def _has_any(words: list[Word], i: int, keys: frozenset[str]) -> bool:
    return 0 <= i < len(words) and bool(words[i].keys & keys)


_SUBJECT_MARKS = frozenset({"が", "は", "も"})


def other_subject_before(c: _Ctx, lo: int, i: int, besides: frozenset[str]) -> bool:
    """A noun other than the writer (and than the words ``besides``) as the subject (が/は/も)
    between word ``lo`` and word ``i`` (a suffix ends one: お+ばあ+ちゃん+は)."""
    words = c.words
    return any(
        words[k].pos in ("名詞", "代名詞", "接尾辞")
        and not c.at("self", k)
        and not words[k].keys & besides
        and _has_any(words, k + 1, _SUBJECT_MARKS)
        for k in range(lo, i)
    )


_OLD = frozenset({"昔", "むかし"})


def gift_explained(c: _Ctx) -> bool:
    """An everyday reason for giving something (``gift_usual``: outgrown, a birthday, a sale), or
    the things said to be of the writer's younger days, 「むかしの おもちゃ」 (fifth round of
    2026-12-06; not 「むかしから だいじに してた」, loved since long ago)."""
    words = c.words
    return (
        c.near("gift_usual")
        or any(w.keys & _OLD and _has(words, q + 1, "の") for q, w in enumerate(words))
        or _use_outgrown(c)
    )


_USE = frozenset(
    {
        "使う",
        "つかう",
        "読む",
        "よむ",
        "遊ぶ",
        "あそぶ",
        "着る",
        "履く",
        "はく",
        "弾く",
        "聞く",
        "乗る",
        "のる",
    }
)
"""Verbs of using a thing: 「もう よまないし」 says the thing is outgrown, not the writer gone."""
_REASON = frozenset({"し", "から", "もん", "ので"})
_LOVED = frozenset({"好き", "すき", "大事", "だいじ", "大切", "たいせつ", "宝物", "たからもの"})
"""A thing loved (「すきだった ぬいぐるみ」) is no outgrown thing: its giving stays a sign."""


def _use_outgrown(c: _Ctx) -> bool:
    """もう + a verb of using a thing + a negation given as the reason (「もう よまないし」「もう
    使わないから」): the thing is done with, an everyday reason for giving it (risk round u of
    2026-12-07). Not when everything is given (ぜんぶ): belongings given wholesale stay a
    farewell's sign, a thing loved or called the writer's own (「おれの ギター」) too; nor
    「もう 読む こと ない」, said of the writer's time, not the thing."""
    words = c.words
    if c.first("big_amount") is not None or c.first("self") is not None or not c.keys.isdisjoint(_LOVED):
        return False
    for q, w in enumerate(words):
        if "もう" not in w.keys:
            continue
        for k in range(q + 1, min(q + 3, len(words) - 1)):
            if words[k].keys & _USE and c.at("negation", k + 1) and _has_any(words, k + 2, _REASON):
                return True
    return False


def _cheerful_text(c: _Ctx) -> bool:
    """An exclamation, a laugh or joy anywhere in the text: what keeps a last time or a settling
    act an everyday one."""
    return "!" in c.kana or "！" in c.kana or c.first("laugh") is not None or c.first("joy") is not None


def _dreaded_day(c: _Ctx) -> bool:
    """A test, a match or the dentist named in the text, with nothing lasting (もう, ずっと):
    a tomorrow wished away is that day, not the writer's life (round j of 2026-12-05). Not when
    the text also names dying or vanishing, or the writer ended with it (「おれごと 終われば」)."""
    return (
        c.near("dreaded_day")
        and c.first("forever") is None
        and c.first("die") is None
        and c.keys.isdisjoint(_WITH_ME)
    )


_WITH_ME = frozenset({"ごと", "共々", "ともども"})


def _as_dreaded(hits: list[Hit]) -> list[Hit]:
    """A tomorrow wished away for a dreaded day: distress (``concern``), not a wish to die."""
    return [Hit(h.construction, "distress", "concern", h.start, h.end, "dreaded_day") for h in hits]


def _same_sentence(words: list[Word], i: int, j: int) -> bool:
    return 0 <= j < len(words) and words[i].sentence == words[j].sentence


def _names_other(c: _Ctx, i: int, stop: Callable[[list[Word], int], bool] | None = None) -> bool:
    """Is the subject just before word ``i`` someone other than the writer? Not past the
    sentence, nor past a word where ``stop`` says the clause of ``i`` starts."""
    words = c.words
    for j in range(i - 1, max(i - 5, -1), -1):
        if not _same_sentence(words, i, j) or (stop is not None and stop(words, j)):
            return False
        if c.at("self", j):
            return False
        if c.at("others", j):
            return True
    return False
