"""The ``place_now`` construction: being at a place with a drop or a track, said now."""

from __future__ import annotations

from safety.constructions.words import Hit, Word, _Ctx, _has


def _presence(c: _Ctx, i: int, hi: int) -> int | None:
    """The verb that puts the writer at place ``i``: close after it, or close after the spot
    named on it (「ほどうきょうの うえで ずっと くるま みてる」「ホームの きいろい せんの そとに
    たってる」: place の … spot に/で verb)."""
    p = c.first("presence", i + 1, min(i + 6, hi))
    if p is not None:
        return p
    spots = [q for q in range(i + 1, min(i + 7, hi)) if c.at("position", q) or c.at("outside", q)]
    if spots:
        return c.first("presence", spots[-1] + 1, min(spots[-1] + 5, hi))
    return None


_HIGH_FLOOR = 5


def _high_floor(words: list[Word], i: int) -> bool:
    """「11かい」「8階」: a floor high enough to fall from (a number, then 階)."""
    if not (_has(words, i, "階") and i and words[i - 1].pos == "名詞"):
        return False
    number = next((k for k in words[i - 1].keys if k.isdigit()), None)
    return number is not None and int(number) >= _HIGH_FLOOR


_WENT = frozenset({"行く", "いく", "言う", "いう"})
"""Kana 「いって」 is cut as 言う+て as often as 行く+て."""


def _been_and_back(words: list[Word], p: int) -> bool:
    """「いって きた」: went and came back (来る after 行く+て, done), not being there."""
    return (
        _has(words, p, "来る")
        and _has(words, p - 1, "て")
        and p >= 2
        and bool(words[p - 2].keys & _WENT)
        and _has(words, p + 1, "た")
    )


_BOARD = frozenset({"乗る", "のる"})


def _not_boarding(c: _Ctx) -> bool:
    """A train or a bus waited for and boarding denied (「つぎの やつ まってる。のる つもりは
    ない」): waiting at a platform for what one will not get on."""
    words = c.words
    return any(
        words[q].keys & _BOARD and c.first("negation", q + 1, min(q + 5, c.hi[q])) is not None
        for q in range(len(words))
    )


def _place_now(c: _Ctx, signals: bool) -> list[Hit]:
    words = c.words
    hits: list[Hit] = []
    for i, w in enumerate(words):
        high_floor = _high_floor(words, i)
        if not (c.at("place", i) or high_floor):
            continue
        lo, hi = c.sentence(i)
        if c.first("exist_thing", i + 1, min(i + 6, hi)) is not None:
            continue  # 「がけの うえに あって」: a thing is there, not the writer
        p = _presence(c, i, hi)
        if p is not None and _been_and_back(words, p):
            continue  # 「うみ いってきた」: a trip there and back, told
        if p is None and hi < len(words) and c.first("now", hi, min(hi + 2, c.hi[hi])) is not None:
            # 「おくじょうの かぎ あいてた。いま いる」: the next sentence says the writer is there
            p = c.first("presence", hi, min(hi + 3, c.hi[hi]))
        if p is None and (
            c.first("now", max(lo, i - 3), i) is not None or (i + 1 < hi and _has(words, i + 1, "なう"))
        ):
            p = i  # 「いま おくじょう」「おくじょう なう」
        by_verb = p is not None
        if p is None:
            # 「いま 線路の よこ。」「屋上の 柵の 外側」: where one is, said without a verb
            spot = c.first("position", i + 1, min(i + 5, hi))
            if spot is not None and c.first("verb_any", spot + 1, hi) is None:
                p = spot
        if p is None:
            continue
        # standing on a roof, a track or a bridge's edge is itself the danger
        out = c.first("outside", i + 1, min(i + 7, hi))
        past_barrier = out is not None and c.first("barrier", max(i, out - 3), out) is not None
        crossing = (
            past_barrier
            or c.first("crossing", i + 1, min(i + 6, hi)) is not None
            or c.at("edge", i)
            or c.at("wild_place", i)
            or (by_verb and (c.at("drop_place", i) or high_floor))
        )
        # present or done: "いる", "きた", "たってる"; not "あした いく"
        if c.first("later", lo, hi) is not None:
            continue
        everyday = c.first("place_everyday") is not None or c.read("place_everyday")
        signal = (
            signals
            or _not_boarding(c)
            or c.first("place_signal", 0, i) is not None
            or c.first("place_signal", p + 1) is not None
            or any(c.at("place_signal", q) and not c.at("presence", q) for q in range(i + 1, p))
        )
        past_edge = past_barrier or c.first("crossing", i + 1, min(i + 6, hi)) is not None or c.at("edge", i)
        alone_at_edge = past_edge and c.first("companion") is None
        # an everyday word anywhere (みんな, ママ, 電車) does not outweigh a word of the end or of
        # despair (「いま屋上おる。みんなごめん」「駅おる。電車くるたびに一歩ずつ前でてる」)
        despair = c.first("place_strong") is not None
        if everyday and not (signals or despair) and not c.at("wild_place", i) and not alone_at_edge:
            continue
        level = "imminent" if signal or crossing else "concern"
        hits.append(Hit("place_now", "plan", level, w.start, words[p].end))
    return hits
