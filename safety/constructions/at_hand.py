"""A means in hand or already taken, now (「ロープ もってる」「もう のんじゃった」)."""

from __future__ import annotations

from safety.constructions.grammar import _asks, _conditional
from safety.constructions.words import Hit, Word, _Ctx, _has, _has_any


def _at_hand(c: _Ctx) -> list[Hit]:
    """A means in hand or already taken, now: 「ロープ てに もってる」「カミソリ もってきた」,
    「くすり ぜんぶ てのひらに だした」, 「もう のんじゃった。30こ」, 「のんだ くすりで ふらふら」."""
    words = c.words
    hits: list[Hit] = []
    # read in the kana as well: the katakana reread cuts 「キャンプ」 into letters
    everyday = c.first("tool_everyday") is not None or c.read("tool_everyday")
    # a tool, a medicine or a verb of taking: the only words a reading below starts at
    for i in c.where_any(("tool", "medicine", "drink")):
        w = words[i]
        if c.at("tool", i) and not everyday:
            h = c.first("hold", i + 1, min(i + 5, c.hi[i]))
            # a condition on having it (「ロープ かったら」), in its own sentence: the next one's
            # question (「ロープ かってきた。どこに かければ いい？」) is no condition on it
            conditional = h is not None and any(
                _conditional(words, q) or words[q].keys & {"なら", "ば"}
                for q in range(h + 1, min(h + 5, c.hi[h]))
            )
            if (
                h is not None
                and not conditional
                and not _asks(c, h, c.hi[h])
                and any(
                    words[q].keys & {"て", "てる", "た", "ている", "とく"}
                    for q in range(h + 1, min(h + 3, len(words)))
                )
            ):
                hits.append(Hit("at_hand", "method", "imminent", w.start, words[h].end))
                continue
        if c.at("medicine", i):
            _lo, hi = c.sentence(i)
            laid = c.first("laid_out", i + 1, min(i + 6, hi))
            # much of it laid out, or laid out while the count is asked (「くすり ならべてる。
            # なんこ いれば たりる？」, round j of 2026-12-05); done (た) or being done (てる)
            if (
                laid is not None
                and (c.first("big_amount", i, laid) is not None or _count_asked(c))
                and (_has(words, laid + 1, "た") or _has_any(words, laid + 1, _DOING))
            ):
                hits.append(Hit("at_hand", "method", "imminent", w.start, words[laid + 1].end))
                continue
        if c.at("drink", i) and _done(c, i + 1):
            # taken already, and much of it or feeling it
            medicine = c.first("medicine", max(0, i - 4), min(len(words), i + 4)) is not None
            many = c.first("big_amount", max(0, i - 4), min(len(words), i + 8)) is not None or _many_counted(
                words, i
            )
            feeling = c.first("effect", i + 1, min(len(words), i + 8)) is not None
            already = c.first_key(("もう",), c.lo[i], i) is not None
            if (medicine and feeling) or (many and (medicine or already)):
                hits.append(Hit("at_hand", "method", "imminent", w.start, w.end))
    return hits


_MANY = 10
_DOING = frozenset({"てる", "ている", "とる"})


def _count_asked(c: _Ctx) -> bool:
    """A count asked anywhere in the text (「なんこ」「どのくらい」 with a question) for what is
    enough or what it does (たりる, やばい, しぬ), not a dose (「なんこ のめば いいの？」)."""
    q = c.first("count_question")
    if q is None or not _asks(c, c.lo[q], c.hi[q]):
        return False
    return not c.keys.isdisjoint(_ENOUGH) or c.first("method_outcome") is not None


_ENOUGH = frozenset({"足りる", "たりる", "足る"})


def _many_counted(words: list[Word], i: int) -> bool:
    """A count of ten or more near word ``i`` (「30こ」「100じょう」)."""
    for q in range(max(0, i - 4), min(len(words) - 1, i + 8)):
        number = next((k for k in words[q].keys if k.isdigit()), None)
        if number is None or int(number) < _MANY:
            continue
        unit = words[q + 1]
        if unit.pos != "名詞" or unit.keys & {"錠", "個", "粒", "こ", "じょう"}:
            return True
    return False


def _done(c: _Ctx, q: int) -> bool:
    """A completed form right after a verb: た, ちゃう/じゃう, しまう (not a question about it)."""
    words = c.words
    for k in range(q, min(q + 3, len(words))):
        if words[k].keys & {"ちゃう", "じゃう", "しまう", "てしまう"}:
            return True
        if _has(words, k, "た"):
            if _conditional(words, k) or _conditional(words, k + 1):
                return False  # 「のんだら」「のんだなら」: if taken, not taken
            return not (k + 1 < len(words) and words[k + 1].keys & {"?", "か"})
    return False
