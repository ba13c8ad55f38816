"""Method questions with the method left out, asked as a request or a how (round of
2026-12-04 (j)); ``vague.py`` reads the counts and the surest way, these read three more
shapes, in a sentence that names nothing the question could be about:

* ``painless_told``: the painless one asked to be told or shown (「いたくない やつ おしえて」
  「くるしくないの 知ってたら おしえて」); not 「いたくない ピアスの あけかた おしえて」.
* ``asleep_gone``: how to go while asleep (「ねむった まま いくには どうしたら いい？」); not
  「ねむった まま 学校 いく」 (a place named).
* ``tried_pain``: how much it hurts once tried (「ためしたら どのくらい いたい？」), nothing
  named that is tried (「ピアス ためしたら」).

All are ``method_question`` (category ``method``, ``high``; ``imminent`` with a time word of
``soon_word``). A fun, food or illness word of ``method_everyday`` leaves the sentence out."""

from __future__ import annotations

from itertools import pairwise

from safety.constructions.vague import _names_a_thing
from safety.constructions.words import Hit, _Ctx, _has, _has_any

_PAIN_ADJ = frozenset({"痛い", "いたい", "痛く", "いたく", "苦しい", "くるしい", "苦しく", "くるしく"})
_NOT = frozenset({"無い", "ない"})
_HEAD = frozenset({"奴", "やつ", "の", "物", "もの", "方法", "やり方", "仕方", "ほう", "方"})
_TELL = frozenset({"教える", "おしえる", "知る", "しる", "見せる", "みせる"})
_ASLEEP = frozenset({"眠る", "ねむる", "寝る", "ねる"})
_KEPT = frozenset({"侭", "まま"})
_GO = frozenset({"行く", "いく", "逝く", "行ける", "いける", "逝ける"})
_HOW = frozenset({"どう", "どうやって", "方法", "やり方", "仕方"})
_TRY = frozenset({"試す", "ためす", "ため", "為"})
_COUNT = frozenset({"どのくらい", "どれくらい", "どんくらい", "どのぐらい", "どれぐらい", "どれだけ"})
_WHICH = frozenset({"どの", "どん", "どれ"})
_AMOUNT = frozenset({"くらい", "ぐらい", "位", "だけ"})


def _pain_at(c: _Ctx, q: int) -> int:
    """How many words at ``q`` say pain (0: none). Sudachi reads kana いたい as い + たい."""
    words = c.words
    if words[q].keys & _PAIN_ADJ:
        return 1
    if words[q].keys & {"い", "居る"} and _has(words, q + 1, "たい"):
        return 2
    return 0


def _painless_told(c: _Ctx, lo: int, hi: int) -> bool:
    words = c.words
    for q in range(lo, hi - 2):
        if not (words[q].keys & _PAIN_ADJ and _has_any(words, q + 1, _NOT)):
            continue
        k = q + 2
        if not _has_any(words, k, _HEAD):
            continue
        return any(words[m].keys & _TELL for m in range(k + 1, min(k + 5, hi)))
    return False


def _asleep_gone(c: _Ctx, lo: int, hi: int) -> bool:
    words = c.words
    for q in range(lo, hi - 1):
        if not (words[q].keys & _KEPT and q > lo and words[q - 1].keys & {"た", "だ", "ねた"}):
            continue
        # 「ねむった まま」; kana 「ねたまま」 is cut ねた + まま
        if not (q > lo + 1 and words[q - 2].keys & _ASLEEP) and not (q > lo and words[q - 1].keys & {"ねた"}):
            continue
        if _has_any(words, q + 1, _GO) and any(words[m].keys & _HOW for m in range(q + 2, hi)):
            return True
    return False


def _tried_pain(c: _Ctx, lo: int, hi: int) -> bool:
    words = c.words
    for q in range(lo, hi - 2):
        if not words[q].keys & _TRY:
            continue
        k = q + 1
        if words[q].keys & {"ため", "為"}:
            if not _has(words, k, "し"):
                continue
            k += 1
        if not (_has(words, k, "たら") or _has(words, k, "た") or _has(words, k, "ば")):
            continue
        for m in range(k + 1, min(k + 6, hi)):
            counted = words[m].keys & _COUNT or (words[m].keys & _WHICH and _has_any(words, m + 1, _AMOUNT))
            if counted and any(_pain_at(c, p) for p in range(m + 1, min(m + 4, hi))):
                return True
    return False


def _named(c: _Ctx, lo: int, hi: int) -> bool:
    """``_names_a_thing`` on the sentence, kana ねた (寝た, cut as a noun) aside."""
    cuts = [q for q in range(lo, hi) if c.words[q].keys & {"ねた"}]
    bounds = [lo, *cuts, hi]
    return any(_names_a_thing(c, a + (1 if a in cuts else 0), b) for a, b in pairwise(bounds))


_I = frozenset({"い"})
_TAI = frozenset({"たい"})


def asked(c: _Ctx) -> list[Hit]:
    kana_pain = c.holds(_I) and c.holds(_TAI)  # kana いたい is cut い + たい: both must be there
    if not (kana_pain or c.holds(_PAIN_ADJ | _KEPT | _TRY)):
        return []
    if c.first("laugh") is not None or c.near("media"):
        return []
    words = c.words
    hits: list[Hit] = []
    i = 0
    while i < len(words):
        lo, hi = c.sentence(i)
        i = hi
        if c.first("method_everyday", lo, hi) is not None:
            continue
        note = (
            "painless_told"
            if _painless_told(c, lo, hi)
            else "asleep_gone"
            if _asleep_gone(c, lo, hi)
            else "tried_pain"
            if _tried_pain(c, lo, hi)
            else None
        )
        if note is None or _named(c, lo, hi):
            continue
        level = "imminent" if c.first("soon_word") is not None else "high"
        hits.append(Hit("method_question", "method", level, words[lo].start, words[hi - 1].end, note))
    return hits
