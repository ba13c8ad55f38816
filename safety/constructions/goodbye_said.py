"""The ``farewell`` readings of a goodbye said with nothing after it (round of 2026-12-04 (i)):

* ``sorry_goodbye`` — an apology and a goodbye side by side (「みんな ごめん、ばいばい」「ごめん
  なさい。さようなら」), the apology for nothing named (not 「おそくなって ごめん」) and no next
  time, no reason and no everyday leave-taking in the text (また, あした, ねる, 塾…);
* ``goodbye_set`` — a goodbye set at a point of time (「日付 かわったら さよなら」「あと 5ふんで
  ばいばい」), with no reason, no next time and nothing everyday in the text;
* ``farewell_greeting`` — the writer's own お別れ as a greeting or a thing said (「おわかれの
  あいさつ だけ させて」「おわかれを いいに きた」), with no parting everyone has, no reason
  and nobody else leaving.

Round a of 2026-12-05:

* ``end_goodbye`` — an end said of here and now (「ここで おしまい」「これで おわり」「もう おしまい」)
  beside a goodbye (「もう つかれたから、ここで おしまい。ばいばい」), nothing of bedtime, a
  stream, a game, today or a next time in the text;
* ``born_thanks`` — thanks for being born (「生んで くれて ありがとう」) with an apology or a word
  of finality in the text, not on a birthday or Mother's Day.

What keeps the twins out: anything cheerful, a next time, an everyday event, a reason said
(から, ので, 〜て ごめん), a question.
"""

from __future__ import annotations

from safety.constructions.grammar import _asks
from safety.constructions.words import Hit, _cheerful_text, _Ctx, _has, _has_any

_SORRY = frozenset({"ごめん", "御免", "ごめんなさい", "申し訳"})
_BYE = frozenset({"さようなら", "さよなら", "さいなら", "ばいばい", "バイバイ", "さらば"})
_PARTING = frozenset({"別れ", "お別れ", "おわかれ"})
_GREET = frozenset({"挨拶", "あいさつ", "言う", "いう", "する", "為る", "告げる", "つげる"})
_REASON = frozenset({"から", "ので", "けど", "けれど"})
_LATER = frozenset({"また", "又", "明日", "あした", "あす", "後で", "あとで", "今度", "こんど", "次", "つぎ"})
_LEAVE_USUAL = frozenset(
    {
        "寝る",
        "ねる",
        "風呂",
        "ふろ",
        "ご飯",
        "ごはん",
        "塾",
        "じゅく",
        "落ちる",
        "おちる",
        "抜ける",
        "ぬける",
        "充電",
        "電池",
        "呼ぶ",
        "よぶ",
        "用事",
        "ようじ",
    }
)
_EVERYDAY = ("parting_event", "farewell_everyday", "game", "joy", "laugh", "next_time")


_LEAVE_KANA = ("ねる", "ねます", "ねよ", "おふろ", "ごはん", "じゅく", "でんち", "じゅうでん")
"""The same, read in kana, where the analyser splits 「もうねる」 as も + うねる."""


def _usual(c: _Ctx) -> bool:
    """A next time, an everyday leave-taking or event, or anything cheerful in the text."""
    kana = c.kana.replace("しね", "")  # (しねる is no going to bed)
    return (
        _cheerful_text(c)
        or any(k in kana for k in _LEAVE_KANA)
        or not c.keys.isdisjoint(_LATER | _LEAVE_USUAL)
        or any(c.first(cls) is not None for cls in _EVERYDAY)
    )


def _sorry_at(c: _Ctx, q: int) -> bool:
    """Word ``q`` is an apology for nothing named: no て/で (「おそくなって ごめん」) or reason
    right before it."""
    words = c.words
    if not (words[q].keys & _SORRY or (words[q].keys & {"すむ", "済む"} and _has(words, q + 1, "ます"))):
        return False
    return not (_has_any(words, q - 1, {"て", "で"} | _REASON) and words[q - 1].pos == "助詞")


def _sorry_goodbye(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_BYE):
        for k in range(max(0, q - 4), min(len(words), q + 4)):
            if k != q and _sorry_at(c, k):
                lo, hi = min(k, q), max(k, q)
                if any(words[j].keys & _REASON and words[j].pos == "助詞" for j in range(len(words))):
                    return []  # 「もう ねるから ごめん、ばいばい」: a reason said
                if _asks(c, c.lo[q], c.hi[q]):
                    return []
                return [Hit("farewell", "plan", "imminent", words[lo].start, words[hi].end, "sorry_goodbye")]
    return []


_TIME_POINT = frozenset(
    {"日付", "日付け", "ひづけ", "零時", "夜中", "よなか", "朝", "あさ", "夜", "よる", "今夜", "こんや"}
)
_CLOCK = frozenset({"時", "じ", "分", "ふん", "ぷん", "秒", "びょう", "時間", "じかん"})


def _time_point(c: _Ctx) -> bool:
    """A point of time the text counts towards: the date changing, midnight, the night, a
    clock time or a count (「あと 5ふんで」「0じに なったら」)."""
    words = c.words
    return any(
        words[q].keys & _TIME_POINT
        or (words[q].keys & _CLOCK and q and any(d.isdigit() for d in words[q - 1].keys))
        for q in range(len(words))
    )


def _goodbye_set(c: _Ctx) -> list[Hit]:
    """``goodbye_set``: a goodbye set at a point of time, right after a condition or a 「で」
    (「そしたら さよなら」「0じに なったら ばいばい」「あと 5ふんで さよなら」), nothing else said
    after it."""
    words = c.words
    for q in c.where_keys(_BYE):
        if q + 1 < len(words) and words[q + 1].pos not in ("助詞", "補助記号", "感動詞"):
            continue
        set_right_before = any(
            ("たら" in words[k].keys and words[k].pos == "助動詞")
            or (_has(words, k, "で") and words[k].pos == "助詞")
            for k in range(max(0, q - 2), q)
        )
        if set_right_before and _time_point(c) and not _asks(c, c.lo[q], c.hi[q]):
            if any(words[j].keys & _REASON and words[j].pos == "助詞" for j in range(len(words))):
                return []
            return [Hit("farewell", "plan", "imminent", words[q].start, words[q].end, "goodbye_set")]
    return []


def _farewell_greeting(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_PARTING):
        if words[q].pos != "名詞":
            continue
        k = q + 1
        if _has_any(words, k, {"の", "を"}):
            k += 1
        if k >= len(words) or not words[k].keys & _GREET or words[k].sentence != words[q].sentence:
            continue
        if any(words[j].keys & _REASON and words[j].pos == "助詞" for j in range(len(words))):
            return []  # 「てんきん するから、おわかれの あいさつ」: someone's move, a reason
        if c.first("others") is not None or _asks(c, c.lo[q], c.hi[q]):
            return []
        return [Hit("farewell", "plan", "imminent", words[q].start, words[k].end, "farewell_greeting")]
    return []


_END = frozenset({"おしまい", "お仕舞い", "終わり", "おわり", "終り"})
_HERE_NOW = frozenset({"ここ", "此処", "これ", "此れ", "もう"})
_TODAY = frozenset({"今日", "きょう", "今回", "こんかい", "今夜", "こんや", "眠い", "ねむい"})


def _end_goodbye(c: _Ctx) -> list[Hit]:
    """``end_goodbye``: おしまい/おわり said of here, this or now (ここで, これで, もう), with a
    goodbye in the text and today (a session) not named."""
    words = c.words
    if c.keys.isdisjoint(_BYE) or not c.keys.isdisjoint(_TODAY):
        return []
    for q in c.where_keys(_END):
        if words[q].pos != "名詞" or not any(
            words[k].keys & _HERE_NOW for k in range(max(c.lo[q], q - 2), q)
        ):
            continue
        if c.first("negation", q + 1, min(q + 3, c.hi[q])) is not None or _asks(c, c.lo[q], c.hi[q]):
            continue
        bye = next(k for k in range(len(words)) if words[k].keys & _BYE)
        lo, hi = min(q, bye), max(q, bye)
        return [Hit("farewell", "plan", "imminent", words[lo].start, words[hi].end, "end_goodbye")]
    return []


_BEAR = frozenset({"生む", "産む", "うむ"})
_THANKS = frozenset({"ありがとう", "有り難う", "ありがと", "感謝"})
_OCCASION = frozenset(
    {"誕生日", "たんじょうび", "母の日", "ははのひ", "父の日", "ちちのひ", "成人式", "結婚"}
)


def _born_thanks(c: _Ctx) -> list[Hit]:
    """``born_thanks``: 生んで/産んで + くれて + thanks, with an apology (「ごめんなさい」) or a word
    of finality in the text; a birthday or Mother's Day is where such thanks are everyday."""
    words = c.words
    if c.keys.isdisjoint(_THANKS) or not c.keys.isdisjoint(_OCCASION):
        return []
    if any(k in c.kana for k in _BORN_KANA):
        # 「うんで くれて」 in kana, which the analyser reads うん (yes) + で
        if c.keys.isdisjoint(_SORRY) and c.first("finality") is None:
            return []
        return [Hit("farewell", "plan", "imminent", words[0].start, words[-1].end, "born_thanks")]
    for q in c.where_keys(_BEAR):
        if not (words[q].pos == "動詞" and _has_any(words, q + 1, frozenset({"て", "で"}))):
            continue
        if not (_has_any(words, q + 2, frozenset({"くれる", "呉れる"})) and _has(words, q + 3, "て")):
            continue
        if not _has_any(words, q + 4, _THANKS):
            continue
        if c.keys.isdisjoint(_SORRY) and c.first("finality") is None:
            return []
        return [Hit("farewell", "plan", "imminent", words[q].start, words[q + 4].end, "born_thanks")]
    return []


_BORN_KANA = ("うんでくれて", "うんでくれた", "生んでくれて", "産んでくれて")
_STARTS = _BYE | _PARTING | _BEAR | _THANKS


def _goodbye_said(c: _Ctx) -> list[Hit]:
    """See the module's docstring."""
    if c.keys.isdisjoint(_STARTS) or _usual(c):
        return []
    return _sorry_goodbye(c) + _farewell_greeting(c) + _goodbye_set(c) + _end_goodbye(c) + _born_thanks(c)
