"""The ``farewell`` readings of a departure (round of 2026-12-04 (i)): going, told as the last
time, with no goodbye word needed. Three shapes of the same thing:

* ``gone_for_good`` — a going said flat (行く, 出かける, 出る, 行って くる) and a coming back denied
  after it, in its sentence or the next (「いまから いってくる、もどらない」「よなかに でかける。
  かえらない」);
* ``not_to_be_found`` — being looked for declined for the writer (「さがさないで」「うちの ことは
  もう さがさんで いいよ」): no thing named as what is looked for;
* ``vanish_set`` — vanishing (いなくなる, 消える, 自分を 消す) said flat, as a plan, at a point set
  before it: a near time, 「〜まえに」, or 「〜たら」 (「あさに なる まえに いなくなる」「この
  メッセージが おわったら けす、じぶんを」); the day of dying said decided (「しぬの きょうに
  した」).

What keeps the twins out: anything cheerful, a stay, a trip or a game in the text (お泊まり,
旅行, かくれんぼ), today only set apart (「今夜は かえらない」), going home negated as a must
(「かえらないと」), a thing or someone else as what goes or is looked for, a negation of the
plan or a question.
"""

from __future__ import annotations

from safety.constructions.grammar import _asks
from safety.constructions.times import NEAR_TIME, NOW, TODAY
from safety.constructions.words import Hit, _cheerful_text, _Ctx, _has, _has_any, _names_other

_RETURN = frozenset({"帰る", "かえる", "戻る", "もどる"})
_LEAVE = frozenset({"行く", "いく", "逝く", "出掛ける", "でかける", "出る", "でる", "出て行く"})
_SEARCH = frozenset({"探す", "捜す", "さがす"})
_VANISH = frozenset({"消える", "きえる"})
_ERASE = frozenset({"消す", "けす"})
_DIE = frozenset({"死ぬ", "しぬ"})
_STAY = frozenset(
    {
        "泊まる",
        "とまる",
        "泊まり",
        "お泊まり",
        "おとまり",
        "とまり",
        "外泊",
        "家出",
        "いえで",
        "かくれんぼ",
        "隠れん坊",
        "鬼ごっこ",
        "旅",
        "たび",
    }
)
_TIME_TOPIC = TODAY | frozenset({"今週", "週末", "明日", "あした", "土曜", "日曜"})
_FLAT_END = frozenset({"よ", "ね", "から", "し", "わ", "ぞ", "ぜ", "もん", "けん", "さ", "で", "の"})
_BEFORE = frozenset({"前", "まえ"})
_NEAR = NEAR_TIME | NOW | frozenset({"あと", "後", "もうすぐ", "夕方", "ゆうがた"})
_EVERYDAY = ("parting_event", "game", "joy", "laugh")


def _held_out(c: _Ctx) -> bool:
    """Anything cheerful, a parting everyone has, a stay or a game anywhere in the text."""
    return (
        _cheerful_text(c)
        or any(c.first(cls) is not None for cls in _EVERYDAY)
        or not c.keys.isdisjoint(_STAY)
    )


def _leaves(c: _Ctx, q: int) -> bool:
    """Word ``q`` is a going said flat: 行く/出かける/出る in the dictionary form, or 行って くる
    (which the analyser may read as 言う + て + くる)."""
    words = c.words
    w = words[q]
    if w.pos != "動詞":
        return False
    if w.keys & _LEAVE:
        return w.conj.startswith("終止形") or (
            _has(words, q + 1, "て") and _has_any(words, q + 2, {"くる", "来る"})
        )
    if w.keys & {"かける"} and _has(words, q - 1, "で"):
        return w.conj.startswith("終止形")  # 「あと、でかける」 read as で + かける
    if w.keys & {"言う", "いう"} and "いっ" in w.keys:
        return _has(words, q + 1, "て") and _has_any(words, q + 2, {"くる", "来る"})
    return False


def _errand(c: _Ctx, k: int) -> bool:
    """A goal or an errand named right before the going (「じゅく いってくる」「ともだちの いえに
    いく」), not a place with a drop: the going is somewhere."""
    words = c.words
    g = k - 1
    if g >= 0 and words[g].keys & {"に", "へ", "まで"}:
        g -= 1
    if g < 0 or words[g].sentence != words[k].sentence:
        return False
    w = words[g]
    return (
        w.pos in ("名詞", "代名詞")
        and w.conj != "副詞可能"
        and not c.at("place", g)
        and not c.at("wild_place", g)
        and not w.keys & _NEAR
        and not any(d.isdigit() for d in w.keys)
        and not w.keys & {"じ", "時", "ぷん", "ふん", "分"}
    )


def _denied_flat(c: _Ctx, q: int) -> int | None:
    """Word ``q`` is followed by a negation said flat (not 「〜ないと」, not asked); the
    negation's index."""
    words = c.words
    n = q + 2 if _has(words, q + 1, "ます") else q + 1  # 「かえりません」
    if not c.at("negation", n):
        return None
    hi = c.hi[q]
    after = n + 1
    if after < hi and not (words[after].keys & _FLAT_END or words[after].pos == "補助記号"):
        return None  # 「かえらないと」「もどらなくて いい」: a must or a permission
    if after < hi and _has_any(words, after, {"と", "ば"}):
        return None
    if _asks(c, q, hi):
        return None
    return n


def _gone_for_good(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_RETURN):
        if words[q].pos != "動詞" or _denied_flat(c, q) is None:
            continue
        lo = c.lo[q]
        if any(words[k].keys & _TIME_TOPIC and _has(words, k + 1, "は") for k in range(lo, q)):
            continue  # 「今夜は かえらない」: tonight set apart from other nights
        if _names_other(c, q) or c.first_key(("まだ", "未だ", "すぐ", "直ぐ"), max(lo, q - 3), q) is not None:
            continue  # 「まだ もどらない」「すぐ もどる」: a return put off, not denied
        prev_lo = c.lo[lo - 1] if lo > 0 else lo
        for k in range(prev_lo, q):
            negated = c.at("negation", k + 1) and words[k + 1].pos == "助動詞"  # (not a final ね)
            if _leaves(c, k) and not negated and not _errand(c, k):
                return [
                    Hit("farewell", "plan", "imminent", words[k].start, words[q + 1].end, "gone_for_good")
                ]
    return []


def _not_to_be_found(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_SEARCH):
        if words[q].pos != "動詞" or not c.at("negation", q + 1):
            continue
        k = q + 2
        declined = (_has(words, k, "で") and (k + 1 >= c.hi[q] or not _has(words, k + 1, "も"))) or (
            _has(words, k - 1, "なく") and _has(words, k, "て") and _has_any(words, k + 1, {"いい", "良い"})
        )
        if not declined:
            continue
        lo, hi = c.sentence(q)
        if _asks(c, q, hi) or c.first("find") is not None:
            continue  # 「さがさないで いいよ、じぶんで みつけるから」: a thing to be found
        # what is looked for: the writer (or nothing said), not a thing (「かぎは さがさないで」)
        obj = q - 1
        if obj >= lo and c.at("now", obj):
            obj -= 1  # 「もう さがさないで」
        if obj >= lo and words[obj].keys & {"を", "は", "も"}:
            obj -= 1
        if obj >= lo and words[obj].keys & {"こと", "事"}:
            obj -= 2 if _has(words, obj - 1, "の") else 1  # 「ぼくの こと」
        if obj >= lo and words[obj].pos in ("名詞", "代名詞") and not c.at("self", obj):
            continue
        return [
            Hit(
                "farewell",
                "plan",
                "imminent",
                words[q].start,
                words[min(k, len(words) - 1)].end,
                "not_to_be_found",
            )
        ]
    return []


def _set_before(c: _Ctx, q: int, lo: int) -> bool:
    """A point set before word ``q`` in its sentence: a near time, 「〜まえに」 or 「〜たら」."""
    words = c.words
    for k in range(lo, q):
        w = words[k]
        if w.keys & _NEAR or c.at("soon_word", k):
            return True
        if w.keys & _BEFORE and _has(words, k + 1, "に"):
            return True
        if "たら" in w.keys and w.pos == "助動詞":
            return True
    return False


def _vanishing_flat(c: _Ctx, q: int) -> int | None:
    """Vanishing said flat at word ``q``: いなくなる, 消える, or 消す with 自分 as its object
    (before it or said after it); the index of its last word."""
    words = c.words
    w = words[q]
    if w.pos != "動詞" or not w.conj.startswith("終止形"):
        return None
    if w.keys & _VANISH:
        return q
    if (
        w.keys & {"なる", "成る"}
        and q >= 2
        and _has(words, q - 1, "なく")
        and _has_any(words, q - 2, {"居る", "いる"})
    ):
        return q
    if w.keys & _ERASE:
        hi = c.hi[q]
        before = q >= 2 and _has(words, q - 1, "を") and c.at("self", q - 2)
        after = q + 1 < hi and c.at("self", q + 1)
        if before or after:
            return q + 1 if after else q
    return None


def _thing_goes(c: _Ctx, lo: int, q: int) -> bool:
    """A noun other than the writer or a time as the subject before word ``q``
    (「データが きえる」「せんせいが いなくなる」): a thing or someone else goes."""
    words = c.words
    start = max(lo, q - 4)
    for k in range(start, q):
        if "たら" in words[k].keys or words[k].keys & _BEFORE:
            start = k + 1  # the subject of the condition (「メッセージが おわったら」) is not the one going
    for k in range(start, q - 1):
        w = words[k]
        if (
            w.pos in ("名詞", "代名詞")
            and not c.at("self", k)
            and not w.keys & _NEAR
            and not c.at("soon_word", k)
            and _has_any(words, k + 1, {"が", "は", "も"})
        ):
            return True
    return False


def _vanish_set(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in range(len(words)):
        end = _vanishing_flat(c, q)
        if end is None:
            continue
        lo, hi = c.sentence(q)
        first = q - 2 if words[q].keys & {"なる", "成る"} else q
        if (
            c.at("negation", end + 1)
            or _asks(c, q, hi)
            or _names_other(c, first)
            or _thing_goes(c, lo, first)
        ):
            continue
        if any(c.at("desire", k) for k in range(q + 1, min(q + 3, hi))):
            continue  # a wish is the wish construction's
        if _set_before(c, first, lo):
            return [Hit("farewell", "plan", "imminent", words[lo].start, words[end].end, "vanish_set")]
    # 「しぬの きょうに した」: the day of dying decided
    for q in c.where_keys(_DIE):
        if words[q].pos != "動詞" or not _has(words, q + 1, "の"):
            continue
        t = q + 2
        if (
            t < len(words)
            and words[t].keys & (_NEAR - {"あと", "後", "今", "いま"})
            and _has(words, t + 1, "に")
        ):
            v = t + 2
            if (
                v < len(words)
                and words[v].keys & {"する", "為る", "決める", "きめる"}
                and _has(words, v + 1, "た")
            ):
                return [Hit("farewell", "plan", "imminent", words[q].start, words[v + 1].end, "vanish_set")]
    return []


_STARTS = _RETURN | _SEARCH | _VANISH | _ERASE | _DIE | {"なる", "成る"}


def _departure(c: _Ctx) -> list[Hit]:
    """See the module's docstring."""
    if c.keys.isdisjoint(_STARTS) or _held_out(c):
        return []
    return _gone_for_good(c) + _not_to_be_found(c) + _vanish_set(c)
