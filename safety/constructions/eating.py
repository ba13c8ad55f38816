"""Eating turned into fear (round 2026-12-04 (ac)): part of the ``distress`` construction
(``concern``, never more: a worry about eating is no wish to die).

* ``eating_fear``: food or eating and fear or guilt in one sentence (「ごはんが こわい」「ごはんの
  こと かんがえると こわく なる」「たべた あと すごく ざいあくかん」);
* ``eating_purged``: eaten, then thrown up (「たべても はいちゃう」「たべたら はいて しまう」).

Not a full stomach (たべすぎて), an illness, a laugh or joy, a story, a game, a question or a
plan. Each reading looks at the words of one sentence: linear in the length of the text.
"""

from __future__ import annotations

from safety.constructions.distress import _asks, _light
from safety.constructions.words import Hit, _Ctx, _has

_FOOD = frozenset(
    {
        "ご飯",
        "ごはん",
        "御飯",
        "飯",
        "めし",
        "食事",
        "しょくじ",
        "食べる",
        "たべる",
        "食べ物",
        "たべもの",
        "食う",
    }
)
_SMALL = frozenset({"ちょっと", "ちょい", "少し", "すこし"})
_EAT = frozenset({"食べる", "たべる", "食う", "くう"})
_GUILT = frozenset({"罪悪感", "ざいあくかん"})
_THROW_UP = frozenset({"吐く", "はく"})
_THEN = frozenset({"て", "ても", "でも", "たら", "た", "と"})
_FULL = frozenset(
    {"いっぱい", "一杯", "満腹", "まんぷく", "食べ過ぎる", "食べすぎる", "たべすぎる", "過ぎる", "すぎる"}
)


def eating(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.keys.isdisjoint(_FOOD) or not c.keys.isdisjoint(_FULL):
        return []
    if _light(c) or c.near("illness") or c.near("game"):
        return []
    for i in range(len(words)):
        if not words[i].keys & _FOOD:
            continue
        lo, hi = c.sentence(i)
        if _asks(c, lo, hi) or c.first("later", lo, hi) is not None:
            continue
        feared = c.first("fear", lo, hi)
        if feared is not None and any(words[q].keys & {"た"} for q in range(feared + 1, min(feared + 3, hi))):
            feared = None  # 「ごはんの あと のって こわかった」: a fright that passed
        if feared is not None and any(words[q].keys & _SMALL for q in range(lo, feared)):
            feared = None  # 「ちょっと こわいけど ポテチ たべてる」: a small fear
        guilt = next((q for q in range(lo, hi) if words[q].keys & _GUILT), None)
        if guilt is None and "ざいあくかん" in c.kana:
            guilt = hi - 1  # Sudachi cuts kana ざいあくかん apart (ざい+あく+かん)
        if feared is not None or guilt is not None:
            q = feared if feared is not None else guilt
            assert q is not None
            a, b = min(i, q), max(i, q)
            return [Hit("distress", "distress", "concern", words[a].start, words[b].end, "eating_fear")]
        if words[i].keys & _EAT and any(words[q].keys & _THEN for q in range(i + 1, min(i + 3, hi))):
            purged = next((q for q in range(i + 2, min(i + 6, hi)) if _thrown_up(c, q)), None)
            if purged is not None:
                return [
                    Hit("distress", "distress", "concern", words[i].start, words[purged].end, "eating_purged")
                ]
    return []


def _thrown_up(c: _Ctx, q: int) -> bool:
    """吐く at ``q``, or kana はいて cut as は+居る+て (「ぜんぶ はいて しまう」)."""
    words = c.words
    if words[q].keys & _THROW_UP:
        return True
    return (
        _has(words, q, "は")
        and q + 2 < len(words)
        and bool(words[q + 1].keys & {"居る", "いる"})
        and bool(words[q + 2].keys & {"て", "ちゃう", "た", "てる"})
    )
