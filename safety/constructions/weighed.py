"""A means weighed, asked (round of 2026-12-04 (d)): whether a means is enough (「かみそりで
たりる？」「この くすりで たりるかな」) or which of two ways is quicker or surer (「あたまから
おちた ほうが はやい？」, 「確実な ほう えらびたい。ビルと 電車 どっちが いい？」), a count
for a sure end under a condition (「どんくらいの たかさやったら 一発なん」), or where the writer's
body would be wounded (「からだ きずつけるなら どこが いい？」).

The question names a tool, a medicine, a body part or a place with a drop instead of a method
word, so ``method.py`` (which wants an amount or a method word) and ``vague.py`` (which wants
nothing named) both pass it by.  Weighing is read from grammar: 足りる/十分 asked of a means; a
comparison (〜ほうが, どっち/どれ) with a quality only a way of ending has (quick, sure, in one go,
painless) and a verb of dying or falling or a tool as what is compared.  A question about a train,
a cake or a cold's medicine names no such means or has a word of everyday use, an illness or a
game in it.  It reads each sentence once: linear in the length of the text."""

from __future__ import annotations

from safety.constructions.grammar import _asks, _conditional, _question
from safety.constructions.words import Hit, _Ctx, _has, _has_any

_ENOUGH = frozenset({"足りる", "たりる", "十分", "じゅうぶん", "充分"})
_QUICK_OR_SURE = frozenset(
    {
        "早い",
        "はやい",
        "速い",
        "確実",
        "かくじつ",
        "楽",
        "らく",
        "一発",
        "いっぱつ",
        "一瞬",
        "いっしゅん",
        "即死",
    }
)
_SURE = frozenset({"確実", "かくじつ", "一発", "いっぱつ", "一瞬", "いっしゅん", "即死"})
_WHICH = frozenset({"どっち", "どちら", "どれ"})
_SIDE = frozenset({"方", "ほう"})
_PAIN = frozenset({"痛い", "いたい", "痛く", "いたく", "苦しい", "くるしい", "苦しく", "くるしく"})
_NOT = frozenset({"ない", "無い"})
_ONE = frozenset({"一", "1"})
_HEADS = frozenset({"方", "ほう", "やつ", "奴", "方法", "の"})
_ENOUGH_MEANS = ("tool", "medicine", "pill_count", "drop_place", "height_place")
_EVERYDAY = ("method_everyday", "tool_everyday", "illness", "game")


def _compared(c: _Ctx, lo: int, hi: int) -> bool:
    """A comparison: a verb or a noun + ほう + が/の (「おちた ほうが」), or どっち/どれ."""
    words = c.words
    for q in range(lo, hi):
        keys = words[q].keys
        if keys & _WHICH:
            return True
        if keys & _SIDE and q > lo and _has(words, q + 1, "が") and words[q - 1].pos != "副詞":
            return True
    return False


def _quality(c: _Ctx, lo: int, hi: int, *, sure_only: bool = False) -> bool:
    """Quick, sure, in one go or painless (痛く + ない) in words ``lo``..``hi``; ``sure_only``:
    not quick or easy (「どのくらいで 楽に なる」 may be homework)."""
    words = c.words
    return any(
        words[q].keys & (_SURE if sure_only else _QUICK_OR_SURE)
        or (words[q].keys & _PAIN and _has_any(words, q + 1, _NOT))
        or (words[q].keys & _ONE and _has(words, q + 1, "発"))  # 「一発」 is cut 一 + 発 before なん
        for q in range(lo, hi)
    )


def _act(c: _Ctx, lo: int, hi: int) -> bool:
    """A verb of dying or falling (死ぬ, 落ちる, 飛び降りる…) or a tool is what is compared."""
    return c.first("tool", lo, hi) is not None or any(
        c.words[q].pos == "動詞" and (c.at("die", q) or c.at("method_subject", q)) for q in range(lo, hi)
    )


def _sure_sought(c: _Ctx) -> bool:
    """A sure way sought as a thing anywhere in the text: 確実/一発 + な/の + ほう/やつ/方法
    (「確実な ほう えらびたい」); 「確実に まにあう」 is said of something else."""
    words = c.words
    for q in c.where_keys(_SURE):
        k = q + 1 if _has(words, q + 1, "な") or _has(words, q + 1, "だ") else q
        if _has_any(words, k + 1, _HEADS):
            return True
    return False


_WOUND = frozenset({"傷付ける", "傷つける", "きずつける"})
_CUT = frozenset({"切る", "きる"})
_CUT_PARTS = frozenset(
    {"手首", "てくび", "腕", "うで", "足", "あし", "太もも", "ふともも", "肌", "はだ", "体", "からだ"}
)


def _harm_where(c: _Ctx, lo: int, hi: int) -> bool:
    """Where (or which part) asked for wounding the writer's body, under a condition
    (「じぶんの からだ きずつけるなら どこが いい？」「うで きるなら どこ？」): the body or the
    writer within three words before a verb of wounding, or a part that is cut (not hair)."""
    words = c.words
    if c.first("where", lo, hi) is None:
        return False
    for q in range(lo, hi):
        keys = words[q].keys
        if not (keys & _WOUND or keys & _CUT) or words[q].pos != "動詞":
            continue
        after = range(q + 1, min(q + 3, hi))
        if not any(_conditional(words, k) or words[k].keys & {"なら", "ば", "たら"} for k in after):
            continue
        before = range(max(lo, q - 3), q)
        if keys & _WOUND and any(c.at("self", k) or c.at("body", k) for k in before):
            return True
        if any(words[k].keys & _CUT_PARTS for k in before):
            return True
    return False


_ENOUGH_OR_WHICH = _ENOUGH | _WHICH
_QUALITY_START = _QUICK_OR_SURE | _PAIN | _ONE
_SURE_START = _SURE | _ONE
_HARM = _WOUND | _CUT
"""Each reading needs a word of one of these (with a count or where asked, for the last two):
a text with none is passed over in a few look-ups of its keys."""


def _means_weighed(c: _Ctx, signals: bool) -> list[Hit]:
    words = c.words
    hits: list[Hit] = []
    keys = c.keys
    if not (
        not keys.isdisjoint(_ENOUGH_OR_WHICH)
        or (not keys.isdisjoint(_SIDE) and not keys.isdisjoint(_QUALITY_START))
        or (not keys.isdisjoint(_SURE_START) and c.first("count_question") is not None)
        or (not keys.isdisjoint(_HARM) and c.first("where") is not None)
    ):
        return hits  # none of the readings below can find anything: the sentences are not read
    if any(c.first(cls) is not None for cls in _EVERYDAY):
        return hits  # 「かぜぐすり 2じょうで たりる？」「家庭科の 包丁と どっちが」
    sure_sought = _sure_sought(c)  # said of the whole text: asked once, not once a sentence
    i = 0
    while i < len(words):
        lo, hi = c.sentence(i)
        i = hi
        counted = c.first("count_question", lo, hi) is not None
        if not (_asks(c, lo, hi) or _question(c, lo, hi) or counted):
            continue
        enough = any(words[q].keys & _ENOUGH and not c.at("negation", q + 1) for q in range(lo, hi)) and any(
            c.first(cls, lo, hi) is not None for cls in _ENOUGH_MEANS
        )
        weighed = _compared(c, lo, hi) and (
            (_quality(c, lo, hi) and _act(c, lo, hi))
            or (sure_sought and c.first("means_cue", lo, hi) is not None)
        )
        # 「どんくらいの たかさやったら 一発なん」: a count under a condition, for a sure end
        sure_count = (
            counted
            and any(_conditional(words, q) for q in range(lo, hi))
            and _quality(c, lo, hi, sure_only=True)
            and c.first("means_cue", lo, hi) is not None
        )
        if not (enough or weighed or sure_count or _harm_where(c, lo, hi)):
            continue
        level = "high"
        if c.first("soon_word") is not None or (signals and c.first("resolve") is not None):
            level = "imminent"  # 「こんや やる。かみそりで たりる？」
        hits.append(Hit("method_question", "method", level, words[lo].start, words[hi - 1].end, "weighed"))
    return hits
