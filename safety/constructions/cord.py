"""A cord asked whether it holds the writer's weight (round of 2026-12-05 (c)): part of the
``method_question`` construction (method, ``high``, note ``weight_held``).

「ロープって じぶんの 体重 たえる？」「ひもで 人の 体重 ささえられるの」: a cord (rope, string,
belt, towel, cable) and a body's weight (体重) with a verb of bearing it, in a question.  A cord
asked about a load (「何キロまで たえる？」 with no 体重) or with a hammock, a swing, a camp, a
load of luggage or climbing is an everyday question and left out (``tool_everyday`` and the
words below).  It starts at the word 体重: linear in the length of the text.
"""

from __future__ import annotations

from safety.constructions.grammar import _asks, _question
from safety.constructions.words import Hit, _Ctx

_WEIGHT = frozenset({"体重", "たいじゅう"})
_CORD = frozenset(
    {
        "ロープ", "ろーぷ", "紐", "ひも", "ヒモ", "縄", "なわ", "ベルト", "べると", "タオル",
        "たおる", "コード", "こーど", "ケーブル", "マフラー", "ネクタイ", "延長コード",
    }
)  # fmt: skip
_BEAR = frozenset(
    {
        "耐える", "たえる", "耐えれる", "耐えられる", "支える", "ささえる", "持つ", "もつ",
        "切れる", "きれる", "大丈夫", "だいじょうぶ", "平気",
    }
)  # fmt: skip
_LOAD_USUAL = frozenset(
    {
        "ハンモック", "ブランコ", "荷物", "にもつ", "登山", "クライミング", "ボルダリング", "綱引き",
        "つなひき", "犬", "いぬ", "リード", "ペット", "洗濯", "せんたく", "車", "くるま", "牽引",
    }
)  # fmt: skip


def weight_held(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in c.where_keys(_WEIGHT):
        lo, hi = c.sentence(i)
        cord = c.first_key(tuple(_CORD), max(0, c.lo[lo - 1] if lo else lo), hi)
        if cord is None or c.first_key(tuple(_BEAR), i + 1, min(i + 5, hi)) is None:
            continue
        if not (_asks(c, lo, hi) or _question(c, lo, hi)):
            continue
        if c.holds(_LOAD_USUAL, ("tool_everyday", "method_everyday", "laugh", "game")):
            continue
        return [
            Hit(
                "method_question",
                "method",
                "high",
                words[min(cord, i)].start,
                words[hi - 1].end,
                "weight_held",
            )
        ]
    return []
