"""The ``declared`` construction (round j of 2026-12-05): an act of dying said as the writer's
own plan, in the shapes a word list of fixed spellings misses. Three shapes of the same thing:

* ``declared`` — 自殺/自死 + する said outright, plain or polite (「じさつします」「自殺するね」
  「自殺するつもり」): no one says it of an everyday thing, so it is never exaggeration;
* ``purpose``  — going or coming in order to die (「しにに いく」「きえに いきます」「自殺しに
  きた」): 連用形 + に + 行く/来る;
* ``best``     — dying or vanishing named as the best or the relief (「いなくなるのが いちばん」
  「しぬのが いちばん らく」「きえるのが いい」): a wish said as a verdict, the verb made a noun.

Each is ``high``; all but ``best`` are ``imminent`` with a time word of today or now in the text
(「きょう、… じさつします」「いまから しにに いきます」), and ``ended_by`` with the next one
coming (つぎの) or a place named. What keeps the twins out: a negation,
a past, a condition or a question after the act, another person as its subject, a game, a
story or the news in the text, a laugh, and (``best``) a word of fear instead of relief
(「しぬのが いちばん こわい」).
"""

from __future__ import annotations

from dataclasses import replace

from safety.constructions.grammar import _AUX_SKIP, _TE, _asks, _conditional, _ends_it
from safety.constructions.set_time import _TIME
from safety.constructions.words import Hit, Word, _Ctx, _has, _has_any, _names_other

_SUICIDE = frozenset({"自殺", "自死", "じさつ", "じし"})
_SURU = frozenset({"する", "為る"})
# What may follow a declared する in the writer's own voice: politeness, a sentence-final
# particle, a reason or a plan (「じさつします」「自殺するね」「自殺するから」「自殺するつもり」).
_DECLARED_TAIL = frozenset(
    {"ます", "ね", "ねー", "よ", "わ", "から", "ので", "つもり", "予定", "よてい", "ことにした", "ん", "です"}
)
_GO = frozenset({"行く", "いく", "逝く", "来る", "くる"})
_CAME = frozenset({"来る", "くる"})
_NOMINAL = frozenset({"の", "こと", "事"})
_TOPIC = frozenset({"が", "は", "って"})
_BEST = frozenset({"一番", "いちばん", "一ばん"})
_FINAL = frozenset({"だ", "です", "かな", "と", "って", "じゃん", "でしょ", "よ", "ね"})
_STEP = frozenset({"もう", "やっぱり", "やっぱ", "結局", "けっきょく", "きっと", "絶対", "ぜったい"})
_FRAMES = ("game", "media", "laugh")


def declared(c: _Ctx) -> list[Hit]:
    if c.near_any(_FRAMES):
        return []  # 「ゲームで しにに いく」「ドラマで 自殺する 話」: a game or a story
    hits = _declared(c) + _purpose(c) + _best(c) + _ended_by(c)
    if not hits:
        return hits
    # a time of today or now anywhere in the text makes the plan tonight's (「きょう、みんなが
    # ねたら じさつします」); a later day (あした, 来週) is a plan, not now
    if (c.keys.isdisjoint(_TIME) and not any(t in c.kana for t in _NOW_READ)) or c.near("later"):
        return hits
    return [replace(h, level="imminent") if h.note != "best" else h for h in hits]


_NOW_READ = ("これから", "いまから", "いますぐ")
"""Times Sudachi cuts in two (これ + から), read in the text's kana."""

_CLAUSE_END = frozenset({"たら", "ば", "から", "ので", "て", "で", "と"})


def _clause_ends(words: list[Word], j: int) -> bool:
    return bool(words[j].keys & _CLAUSE_END) or _conditional(words, j)


def _other_subject(c: _Ctx, i: int) -> bool:
    """Is the subject before word ``i`` someone else? Not when that someone belongs to a clause
    of time or condition before it (「みんなが ねたら じさつします」: the writer acts)."""
    return _names_other(c, i, _clause_ends)


def _declared(c: _Ctx) -> list[Hit]:
    words = c.words
    hits: list[Hit] = []
    for i in c.where_keys(_SUICIDE):
        if not _has_any(words, i + 1, _SURU) or _other_subject(c, i):
            continue
        # the words after する, to the end of the sentence: only politeness or a plan
        tail = range(i + 2, c.hi[i])
        if "意志推量形" in words[i + 1].conj or _conditional(words, i + 1):
            continue  # 「自殺しよう」 is the wish's intent; 「自殺すれば」 a condition
        if all(words[t].keys & _DECLARED_TAIL for t in tail):  # 「自殺する人」「自殺した」: no
            hits.append(
                Hit("declared", "ideation", "high", words[i].start, words[c.hi[i] - 1].end, "declared")
            )
    return hits


def _purpose(c: _Ctx) -> list[Hit]:
    """連用形 + に + 行く/来る. Kana しにに is cut し + に + に by Sudachi: read as 死に + に."""
    words = c.words
    hits: list[Hit] = []
    for g in c.where_keys(_GO):
        if g < 2 or not _has(words, g - 1, "に"):
            continue
        v = g - 2
        if (
            _has(words, v, "に")
            and v >= 1
            and "し" in words[v - 1].keys
            and words[v - 1].conj.startswith("連用形")
        ):
            v -= 1  # 「しにに いく」
        elif not (
            (c.at("die", v) == 1 and words[v].conj.startswith("連用形") and not c.at("die_needs_object", v))
            or (words[v].keys & _SURU and v >= 1 and words[v - 1].keys & _SUICIDE)
        ):
            continue
        if c.first("negation", g + 1, min(g + 3, c.hi[g])) is not None or _other_subject(c, v):
            continue
        came = bool(words[g].keys & _CAME) and _has(words, g + 1, "た")  # 「自殺しに きた」: here now
        if any(words[t].keys & {"た", "たら", "か", "?"} for t in range(g + 1, c.hi[g])) and not came:
            continue  # 「しにに いった ゲームの はなし」「しにに いくの？」: told or asked
        hits.append(Hit("declared", "ideation", "high", words[v].start, words[g].end, "purpose"))
    return hits


def _best(c: _Ctx) -> list[Hit]:
    """A verb of dying, made a noun (の, こと), then が/は and relief or 一番 as the verdict."""
    words = c.words
    hits: list[Hit] = []
    for i in c.where("die"):
        n = c.at("die", i)
        k = i + n
        while k < c.hi[i] and (
            words[k].keys & _AUX_SKIP or (words[k].keys & _TE and _has_any(words, k + 1, _AUX_SKIP))
        ):
            k += 1  # 「しんじゃうのが」「きえて しまうのが」
        form = words[k - 1].conj
        if c.at("die_needs_object", i) or not form.startswith(("連体形", "終止形")):
            continue  # 「きえたのが」: a past; 「けす」 needs what is erased
        if not (_has_any(words, k, _NOMINAL) and _has_any(words, k + 1, _TOPIC)):
            continue
        if _other_subject(c, i):
            continue
        p = k + 2
        hi = c.hi[i]
        while p < hi and words[p].keys & _STEP:
            p += 1
        best = p < hi and bool(words[p].keys & _BEST)
        if best:
            p += 1
        if p < hi and c.at("relief", p) and not c.at("negation", p + 1):
            pass  # 「しぬのが いちばん らく」「きえるのが いい」
        elif not (best and (p >= hi or words[p].keys & _FINAL)):
            continue  # 「しぬのが いちばん こわい」: fear, not a verdict
        hits.append(Hit("declared", "ideation", "high", words[i].start, words[min(p, hi - 1)].end, "best"))
    return hits


_BETWEEN = frozenset(
    {"もう", "ぜんぶ", "全部", "すべて", "全て", "何もかも", "なにもかも", "人生", "じんせい",
     "自分", "じぶん", "私", "わたし", "僕", "ぼく", "を", "は", "も", "命", "いのち"}
)  # fmt: skip
_NEXT = frozenset({"次", "つぎ", "今度", "こんど"})


def _ended_by(c: _Ctx) -> list[Hit]:
    """An instrument + で, then an end made (終わり+に する, 終わらせる) with only the writer, a
    life or everything between: 「でんしゃで しぬ」 alone is a crowded train, not this."""
    words = c.words
    hits: list[Hit] = []
    for i in c.where("instrument"):
        d = i + c.at("instrument", i)
        if not _has(words, d, "で"):
            continue
        e = d + 1
        while e < c.hi[i] and e < d + 4 and words[e].keys & _BETWEEN:
            e += 1
        if e >= c.hi[i] or not _ends_it(c, e):
            continue
        if c.first("negation", e + 1, min(e + 5, c.hi[i])) is not None or _asks(c, e, c.hi[i]):
            continue  # 「くすりで おわりに しない」「でんしゃで おわりに するの？」
        if _thing_before(c, i):
            continue  # 「しゅくだい でんしゃで おわらせる」: homework finished on the train
        soon = (i >= 2 and words[i - 2].keys & _NEXT and _has(words, i - 1, "の")) or c.near("place")
        end = words[min(e + 2, c.hi[i] - 1)].end
        hits.append(
            Hit("declared", "method", "imminent" if soon else "high", words[i].start, end, "ended_by")
        )
    return hits


def _thing_before(c: _Ctx, i: int) -> bool:
    """A noun before the instrument in its sentence that could be what is ended: anything but
    the writer, a time, a place, or 次/この."""
    words = c.words
    for k in range(c.lo[i], i):
        w = words[k]
        if not w.pos.startswith(("名詞", "代名詞")) or w.keys & (_TIME | _NEXT | _BETWEEN):
            continue
        if not (c.at("self", k) or c.at("place", k)):
            return True
    return False
