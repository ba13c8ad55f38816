"""The ``struck_self`` construction (round j of 2026-12-05): self-harm that is not cutting — the
writer striking their own head, face or arms (「かべに あたまを ぶつけるのが やめられない」「じぶんの
かおを たたいて しまう」), read as self-harm when it is a compulsion or brings relief (やめられない,
とまらない, あんしん, おちつく, すっきり) or lasts (まいにち, いつも, くせ).

What keeps the twins out: the passive or another person as the subject (abuse, read by
``abuse_home``), a fall or an accident told (ころんで, うっかり, ドア), a game, a sport or a story,
a laugh, a question or a condition. Category ``self_harm``, level ``high``.
"""

from __future__ import annotations

from safety.constructions.grammar import _PASSIVE, _asks, _conditional
from safety.constructions.words import Hit, _Ctx, _has, _has_any, _names_other

_STRIKE = frozenset(
    {"ぶつける", "打ち付ける", "打ちつける", "うちつける", "叩き付ける", "たたきつける", "叩く", "たたく",
     "殴る", "なぐる", "つねる", "抓る", "引っ掻く", "ひっかく", "掻き毟る", "かきむしる", "噛む", "かむ"}
)  # fmt: skip
_PART = frozenset(
    {"頭", "あたま", "顔", "かお", "腕", "うで", "手首", "てくび", "太もも", "ふともも", "足", "あし",
     "ほっぺ", "頬", "おでこ", "額", "胸", "むね", "お腹", "おなか", "自分", "じぶん"}
)  # fmt: skip
_COMPULSION = frozenset(
    {"安心", "あんしん", "落ち着く", "おちつく", "すっきり", "ほっと", "楽", "らく", "止まる", "とまる",
     "止める", "やめる", "辞める", "毎日", "まいにち", "毎晩", "まいばん", "いつも", "癖", "くせ"}
)  # fmt: skip
_ACCIDENT = frozenset(
    {"転ぶ", "ころぶ", "こける", "うっかり", "ドア", "どあ", "机", "つくえ", "棚", "たな", "ぼーっと",
     "ボール", "ぼーる", "寝ぼける", "ねぼける", "蚊", "虫"}
)  # fmt: skip
_IF = frozenset({"たら", "なら", "ば"})
_FRAMES = ("game", "media", "laugh", "method_everyday")


def struck_self(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.keys.isdisjoint(_STRIKE) or c.near_any(_FRAMES) or not c.keys.isdisjoint(_ACCIDENT):
        return []
    if c.keys.isdisjoint(_COMPULSION):
        return []
    for v in c.where_keys(_STRIKE):
        # a part of the writer's body (or 自分) + を right before the verb (a place between:
        # 「あたまを かべに ぶつける」)
        part = next(
            (p for p in range(max(c.lo[v], v - 4), v) if words[p].keys & _PART and _has(words, p + 1, "を")),
            None,
        )
        if part is None or _names_other(c, part):
            continue
        after = v + 1
        if _has_any(words, after, _PASSIVE) or (
            _has_any(words, after, frozenset({"て", "で"}))
            and _has_any(words, after + 1, frozenset({"くる", "来る"}))
        ):
            continue  # 「たたかれる」「たたいてくる」: done to the writer
        if _asks(c, v, c.hi[v]) or any(
            _conditional(words, q) or words[q].keys & _IF for q in range(after, c.hi[v])
        ):
            continue  # 「じぶんを たたいて すっきり するなら」: a supposition, not a habit told
        return [Hit("struck_self", "self_harm", "high", words[part].start, words[v].end)]
    return []
