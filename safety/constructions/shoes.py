"""The ``place_now`` reading of shoes left behind (round a of 2026-12-05, note ``shoes_left``):
shoes taken off and lined up, or left here, told as done or under way by the writer, with no
place named (「くつ、ぬいで そろえた」「靴 ここに おいてく」「靴 そろえて 置いた。メモも はさんだ」).
Lined-up shoes are the sign left at a drop; where a place is named, ``place.py`` reads them as a
sign of the end.

Held out: the entrance, a shoe box, school or indoor shoes, a guest's or an inn's manners, a
beach, a river or a pool, being praised or told to (「そろえなさい」「そろえてね」), someone else
doing it (「弟が」), a negation, a question, a laugh or an exclamation.
"""

from __future__ import annotations

from safety.constructions.words import Hit, _Ctx, _has, _has_any

_SHOES = frozenset({"靴", "くつ", "クツ", "シューズ", "しゅーず", "スニーカー", "すにーかー", "ローファー"})
_LINE_UP = frozenset({"揃える", "そろえる", "並べる", "ならべる"})
_LEAVE = frozenset({"置く", "おく"})
_GONE_ON = frozenset({"てく", "ていく", "て行く", "行く", "いく"})
_DONE = frozenset({"た", "だ", "てる", "とく", "とい", "ちゃう", "てく", "ていく"})
_HOUSEHOLD = frozenset(
    {
        "玄関",
        "げんかん",
        "下駄箱",
        "げたばこ",
        "靴箱",
        "くつばこ",
        "上履き",
        "うわばき",
        "上靴",
        "うわぐつ",
        "家",
        "お家",
        "旅館",
        "りょかん",
        "和室",
        "畳",
        "たたみ",
        "お客",
        "客",
        "きゃく",
        "褒める",
        "ほめる",
        "怒る",
        "おこる",
        "叱る",
        "しかる",
        "注意",
        "なさい",
        "マナー",
        "まなー",
        "行儀",
        "ぎょうぎ",
        "海",
        "うみ",
        "砂浜",
        "すなはま",
        "浜",
        "川",
        "かわ",
        "プール",
        "ぷーる",
        "体育館",
        "たいいくかん",
        "学校",
        "がっこう",
        "保育園",
        "幼稚園",
        "習慣",
        "しゅうかん",
        "いつも",
        "毎日",
        "まいにち",
    }
)
"""Where and why shoes are lined up every day."""


def shoes_left(c: _Ctx) -> list[Hit]:
    """See the module's docstring."""
    if c.keys.isdisjoint(_SHOES) or not c.keys.isdisjoint(_HOUSEHOLD):
        return []
    if "!" in c.kana or "！" in c.kana or c.first("laugh") is not None or c.first("place") is not None:
        return []  # (a named place reads the shoes as its own sign of the end)
    words = c.words
    for s in c.where_keys(_SHOES):
        lo, hi = c.sentence(s)
        if any(c.at("others", k) and _has_any(words, k + 1, frozenset({"が", "は"})) for k in range(lo, hi)):
            return []  # 「弟が くつ そろえた」
        # the lining up may be the next sentence (「くつ、ぬいだ。そろえて おいた」)
        end = c.hi[hi] if hi < len(words) else hi
        for q in range(s + 1, min(s + 8, end)):
            keys = words[q].keys
            if not (keys & (_LINE_UP | _LEAVE) and words[q].pos == "動詞"):
                continue
            tail = range(q + 1, min(q + 4, c.hi[q]))
            if any(
                (
                    c.at("negation", k) and words[k].conj != "終助詞"
                )  # (ね, as in 「おいていくね」, is no ない)
                or "?" in words[k].keys
                or c.at("desire", k)
                or "たら" in words[k].keys
                for k in tail
            ):
                return []
            if keys & _LINE_UP:
                done = any(words[k].keys & _DONE for k in tail) or (
                    _has(words, q + 1, "て") and any(words[k].keys & _LEAVE for k in tail)
                )
            else:
                # 「ここに おいてく」: left here for good, not put down for a while
                done = bool(
                    _has_any(words, q + 1, _GONE_ON)
                    or (_has(words, q + 1, "て") and _has_any(words, q + 2, _GONE_ON))
                    or (any(words[k].keys & _LINE_UP for k in range(lo, q)) and _has_any(words, q + 1, _DONE))
                )
            if done:
                return [Hit("place_now", "plan", "imminent", words[s].start, words[q].end, "shoes_left")]
    return []
