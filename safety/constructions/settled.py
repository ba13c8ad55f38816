"""Affairs settled (round of 2026-12-04 (c)): the part of the ``farewell`` construction that
reads an ACT of settling the writer's things, done, and FINALITY said about it, with no plan
after it. A child who has decided often tells it by what was done, not by a goodbye word:

* ``settled``: a settling act done — giving back, throwing away, tidying, deleting, emptying,
  giving away (``settle_act``) — and, in the same or a later sentence, the end said in grammar:
  「これで」 + an end (「これで おわり」「これで 借りは なし」「これで もう なんにも ない」),
  もう + a flat negation (「もう だれにも かりない」「もう よめない」), tomorrow denied
  (「あしたは いらない」), what is left said to be one thing only (「のこってるのは ベッドだけ」),
  keeping things said to be pointless (「もってても しかたない」) or nothing left to regret;
* ``no_tomorrow_said`` (no act needed): tomorrow said flat not to exist or not to come
  (「あしたは もう ない」「あしたの あさは こないよ」).

What makes the same actions harmless holds them out: a plan or a next time (また, つぎ, 今度,
a later day outside the finality itself, 新しい), a parting everyone has (``parting_event``),
an everyday reason for the act (``settle_usual``: space, a mistake, a big clean), joy or an
exclamation, or a question. Each reads a fixed number of words around its anchor: linear.
"""

from __future__ import annotations

from safety.constructions.grammar import _asks, _conditional
from safety.constructions.words import Hit, _cheerful_text, _Ctx, _has, gift_explained

_DONE = frozenset({"た", "とく", "とい", "てある", "ておく", "だ"})
_PASSIVE = frozenset({"れる", "られる"})
_THIS = frozenset({"これ", "此れ"})
_END_WORDS = frozenset(
    {
        "全部",
        "ぜんぶ",
        "終わり",
        "おわり",
        "お終い",
        "おしまい",
        "良い",
        "いい",
        "大丈夫",
        "だいじょうぶ",
        "安心",
        "無し",
        "なし",
        "放し",  # 「借りは なし」 as Sudachi cuts it
        "無い",
        "ない",
        "済む",
        "すむ",
        "完了",
        "思い残す",
        "心残り",
    }
)
_BETWEEN_NOUNS = frozenset(
    {"全部", "ぜんぶ", "借り", "何", "なに", "心配", "こと", "事", "悔い", "未練", "もう"}
)
_DAY = frozenset({"明日", "あした", "あす", "朝", "あさ", "明日の朝"})
_NOT_COME = frozenset({"来る", "くる", "要る", "いる"})
_KEEP = frozenset({"持つ", "もつ", "使う", "つかう", "置く", "おく", "取る", "とる"})
_POINTLESS = frozenset({"仕方無い", "仕方ない", "しかたない", "しょうがない", "意味", "無駄", "むだ"})
_LEFT = frozenset({"残る", "のこる"})
_AFTER = frozenset({"後", "あと"})
_WAITED = frozenset({"夜", "よる", "時間", "じかん", "自分", "じぶん", "私", "わたし", "僕", "俺", "うち"})
_AWAITED = frozenset({"待つ", "まつ", "行く", "いく"})
_IDLE = frozenset({"する", "為る", "やる", "出来る", "できる"})
_GIVING = frozenset({"あげる", "上げる", "譲る", "ゆずる", "渡す", "わたす", "配る", "くばる"})
_NEXT_TIME = frozenset(
    {"又", "また", "次", "つぎ", "今度", "こんど", "新しい", "あたらしい", "続き", "つづき"}
)


def _act_done(c: _Ctx, i: int) -> bool:
    """A settling act at ``i`` said done (「かえした」「けしといた」「からっぽに した」), by the
    writer (not 「すてられた」), not a condition (「かたづけたら」)."""
    words = c.words
    if not (c.at("settle_act", i) or _kana_thrown(c, i)) or (i and words[i - 1].keys & {"て", "で"}):
        return False  # 「おしえて あげた」: a favour, not a thing given
    hi = c.hi[i]
    for q in range(i + 1, min(i + 5, hi)):
        if words[q].keys & _PASSIVE or _conditional(words, q) or _has(words, q, "たら"):
            return False
        if words[q].keys & _DONE and words[q].pos == "助動詞":
            return not _has(words, q + 1, "たら") and not _has(words, q + 1, "ら")
    return False


def _kana_thrown(c: _Ctx, i: int) -> bool:
    """「すてた」 in kana, which Sudachi cuts as す (為る) + て + た: the surface す before て
    (「してた」 is し, never this)."""
    words = c.words
    return "す" in words[i].keys and words[i].pos == "動詞" and _has(words, i + 1, "て")


_SUBJECT = frozenset({"が", "は"})


def _done_by_another(c: _Ctx, lo: int, i: int) -> bool:
    """Someone other than the writer named as the subject (+ が/は) before the act at ``i``."""
    words = c.words
    return any(
        (c.at("others", q) or c.at("companion", q) or c.at("carer", q)) and words[q + 1].keys & _SUBJECT
        for q in range(lo, i - 1)
    )


def _this_ends(c: _Ctx, q: int) -> bool:
    """「これで」 at ``q`` and an end after it in its sentence with nothing named between
    (「これで おわり」「これで 借りは なし」; not 「これで 大掃除 おわり」)."""
    words = c.words
    if not (words[q].keys & _THIS and _has(words, q + 1, "で")):
        return False
    for k in range(q + 2, min(q + 7, c.hi[q])):
        if words[k].keys & _END_WORDS:
            return True
        if words[k].pos == "名詞" and not words[k].keys & _BETWEEN_NOUNS:
            return False
    return False


def _flat(c: _Ctx, neg: int) -> bool:
    """The negation at ``neg`` said flat: not a condition, a past, a question or a quote."""
    words = c.words
    if _conditional(words, neg):
        return False
    after = words[neg + 1 : neg + 2]
    return not (after and after[0].keys & {"た", "か", "の", "て", "で", "と", "って", "かも", "?"})


def _never_again(c: _Ctx, q: int) -> bool:
    """もう at ``q`` + within six words a verb or ない negated flat (「もう なんにも ない」「もう
    だれにも かりない」「もう よめない」), nobody else the subject, not an idle verb (「もう する
    こと ない」 is a day's work done), not asked."""
    words = c.words
    if not _has(words, q, "もう"):
        return False
    lo, hi = c.sentence(q)
    if _asks(c, lo, hi) or c.first("others", lo, hi) is not None or c.first("companion", lo, hi) is not None:
        return False
    for k in range(q + 1, min(q + 7, hi)):
        if words[k].keys & _IDLE:
            return False
        if c.at("negation", k) and words[k].conj != "終助詞":
            prev = words[k - 1]
            if (prev.pos in ("動詞", "助動詞", "代名詞", "助詞") or words[k].pos == "形容詞") and _flat(c, k):
                return True
    return False


def _tomorrow_denied(c: _Ctx, q: int) -> int | None:
    """A day at ``q`` (あした, 朝) + は/が + (もう) + ない, いらない or こない, flat: tomorrow said
    not to exist or not to come (「あしたは もう ない」「あしたの 朝は こないよ」); the end index."""
    words = c.words
    if not words[q].keys & _DAY or words[q].pos != "名詞":
        return None
    k = q + 1
    if _has(words, k, "の") and k + 1 < c.hi[q] and words[k + 1].keys & _DAY:
        k += 2
    if not (k < c.hi[q] and words[k].keys & {"は", "が", "も"}):
        return None
    k += 1
    if _has(words, k, "もう"):
        k += 1
    if k >= c.hi[q]:
        return None
    if words[k].keys & {"無い", "ない"} and words[k].pos == "形容詞":
        neg = k
    elif words[k].keys & _NOT_COME and c.at("negation", k + 1):
        neg = k + 1
    else:
        return None
    lo, hi = c.sentence(q)
    if not _flat(c, neg) or _asks(c, lo, hi):
        return None
    if any(words[k].pos in ("名詞", "代名詞", "動詞") for k in range(neg + 1, hi)):
        return None  # 「あしたは もう ないよ、その セール」: the tomorrow of a thing named after it
    return neg


def _only_left(c: _Ctx, q: int) -> bool:
    """What is left said to be one thing: 「のこってるのは ベッドだけ」 (anything), or 「あとは
    じぶんだけ」「あとは よるを まつだけ」 (the writer, the night or a time, or a waiting)."""
    words = c.words
    hi = c.hi[q]
    left = words[q].keys & _LEFT and words[q].pos == "動詞"
    after = words[q].keys & _AFTER and _has(words, q + 1, "は")
    if not (left or after):
        return False
    only = next((k for k in range(q + 1, min(q + 7, hi)) if _has(words, k, "だけ")), None)
    if only is None:
        return False
    if left:
        return any(_has(words, k, "は") for k in range(q + 1, only))
    between = range(q + 2, only)
    # 「あとは 塾 いくだけ」 names where: only the writer, the night, a waiting or a going
    named = any(
        words[k].pos in ("名詞", "副詞", "代名詞") and not words[k].keys & (_WAITED | {"もう"})
        for k in between
    )
    return not named and any(words[k].keys & (_WAITED | _AWAITED) for k in between)


def _pointless_to_keep(c: _Ctx, q: int) -> bool:
    """「もってても しかたない」「もってても 意味ない」: keeping said pointless."""
    words = c.words
    if not (words[q].keys & _KEEP and words[q].pos == "動詞"):
        return False
    for k in range(q + 1, min(q + 6, c.hi[q])):
        if words[k].keys & _POINTLESS:
            return any(_has(words, m, "も") for m in range(q + 1, k))
    return False


def _regret_denied(c: _Ctx, q: int) -> bool:
    return bool(c.at("regret", q)) and c.first("negation", q + 1, min(q + 4, c.hi[q])) is not None


_BYE = frozenset({"さようなら", "さよなら", "ばいばい", "バイバイ", "お別れ", "おわかれ"})
_READY = frozenset(
    {"出来る", "できる", "良い", "いい", "完了", "終わる", "おわる", "済む", "オッケー", "おけ"}
)


def _bye(c: _Ctx, q: int) -> bool:
    """A goodbye at ``q`` that closes the text (「ばいばい」「じゃあね」「じゃ」 last): after an act
    of settling it is the end, not a chat closed for the night (a next time or a later day in
    the text holds it out, ``_usual``)."""
    words = c.words
    if words[q].sentence != words[-1].sentence:
        return False
    if words[q].keys & _BYE:
        return True
    # 「じゃあね」「じゃ」 (Sudachi reads a lone じゃ as で)
    return bool(words[q].keys & {"じゃあ", "じゃ", "で"}) and words[q].pos == "接続詞" and q >= len(words) - 2


def _ready(c: _Ctx, q: int) -> bool:
    """Preparations said done at ``q`` with nothing named before them (「じゅんび できた」「もう
    準備 いい」; not 「りょこうの 準備 できた」)."""
    words = c.words
    if not (words[q].keys & {"準備", "じゅんび", "用意", "よう い", "支度", "したく"}):
        return False
    if q and (
        _has(words, q - 1, "の")
        or (words[q - 1].pos == "名詞" and words[q - 1].sentence == words[q].sentence)
    ):
        return False
    return any(words[k].keys & _READY for k in range(q + 1, min(q + 3, c.hi[q])))


def _final_from(c: _Ctx, lo: int) -> tuple[int, int] | None:
    """The first finality said from word ``lo`` on: its start and end."""
    words = c.words
    for q in range(lo, len(words)):
        if _bye(c, q) or _ready(c, q):
            return q, q
        if _this_ends(c, q) or _never_again(c, q) or _only_left(c, q) or _pointless_to_keep(c, q):
            return q, min(q + 3, c.hi[q] - 1)
        if _regret_denied(c, q):
            return q, q
        end = _tomorrow_denied(c, q)
        if end is not None:
            return q, end
    return None


def _usual(c: _Ctx, final: range, *, act: bool = True) -> bool:
    """What makes a settling act everyday: a next time or a later day outside the finality, a
    parting everyone has, an everyday reason or a chore (``settle_usual``, with an ``act``
    only: 「しゅくだい もう やんなくて いい。あしたは もう ない」 is no chore), joy or an
    exclamation."""
    words = c.words
    later = any(
        q not in final and (c.at("later", q) or words[q].keys & _NEXT_TIME) for q in range(len(words))
    )
    return later or c.near("parting_event") or (act and c.near("settle_usual")) or _cheerful_text(c)


_KANA_SU = frozenset({"す"})
"""Kana す: a settling act written in kana (its verb is read by ``_act_done``)."""
GATE_KEYS = _DAY | _KANA_SU
GATE_CLASSES = ("settle_act",)
"""Without one of these keys (a day, kana す) or a settling act neither reading can start: the
farewell asks ``c.holds(GATE_KEYS, GATE_CLASSES)`` once per text."""


def _first_act(c: _Ctx) -> int | None:
    """The first settling act done by the writer, flat (not asked, not a gift's everyday
    reason): only the words of the class and the words spelled す are visited (none: no act)."""
    words = c.words
    for i in c.where_any(("settle_act",), _KANA_SU):
        if not _act_done(c, i):
            continue
        lo, hi = c.sentence(i)
        mine = not _done_by_another(c, lo, i)  # 「ママが へや かたづけた」: someone else's act
        usual_gift = words[i].keys & _GIVING and gift_explained(c)  # outgrown, a birthday
        if mine and not usual_gift and not _asks(c, lo, hi):
            return i
    return None


def _settled(c: _Ctx) -> list[Hit]:
    words = c.words
    act = _first_act(c)  # (no settling act and no す: no act, and nothing is visited)
    # any later act has its finality after the first one's: one scan from the first suffices
    found = _final_from(c, act + 1) if act is not None else None
    if found is None:
        return _no_tomorrow_said(c)
    start, end = found
    if _usual(c, range(start, end + 1)):
        return []
    return [Hit("farewell", "plan", "imminent", words[act].start, words[end].end, "settled")]


def _no_tomorrow_said(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.keys.isdisjoint(_DAY):
        return []
    for q in range(len(words)):
        end = _tomorrow_denied(c, q)
        if end is None:
            continue
        if c.first("others", *c.sentence(q)) is not None or _usual(c, range(q, end + 1), act=False):
            return []
        return [Hit("farewell", "plan", "imminent", words[q].start, words[end].end, "no_tomorrow_said")]
    return []
