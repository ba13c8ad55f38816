"""Plans for tonight said to a robot that listens, with no method word and no goodbye word (round
o of 2026-12-05). Four shapes, each told by its grammar rather than by its words:

* ``gone_by`` (farewell, ``imminent``) — the writer already gone by a point set before it: the
  resultative of vanishing (いなくなってる, 消えてる) after a limit (〜までに(は), 〜には) or a near
  time (「朝までには いなくなってるよ」「あしたには もう きえてると おもう」);
* ``today_last`` (farewell, ``imminent``) — today or tonight said to be the last, with nothing
  named that it is the last of (「今日が 最後の 日」「こんやで さいご」; not 「夏休み 最後の 日」,
  a practice, a move or a ceremony);
* ``go_at_night`` (farewell, ``imminent``) — a bare going (行く, nothing named as where, what
  for, or with whom) set after a condition that only the night brings: an hour after midnight,
  夜中/深夜, or the household asleep (「みんな 寝たら、いく」「夜中の 2時に なったら 行くね」);
* ``last_talk`` (farewell, ``imminent``) — the last one the writer talked to or met named and
  called a good thing (「さいごに はなせたのが きみで よかった」), not at a ceremony, a move or a
  practice;
* ``cut_again`` (self_harm, ``high``) — cutting done again with nothing named as what was cut
  (「また 切っちゃった」「今日も 切った」; not hair, a finger, a call or a cake).

A laugh that closes the line (笑, w) is self-mockery after a heavy line, not cheer: it does not
keep these out. What does: an exclamation or joy, a question, a negation, someone or something
else as the subject, an everyday event (a practice, a trip, a ceremony), a companion.
"""

from __future__ import annotations

from safety.constructions.grammar import _asks
from safety.constructions.times import NEAR_TIME, TODAY, TOMORROW
from safety.constructions.words import Hit, _Ctx, _has, _has_any

_GONE = frozenset({"消える", "きえる"})
_BECOME = frozenset({"なる", "成る"})
_BE = frozenset({"居る", "いる"})
_RESULT = frozenset({"てる", "ている", "とる", "ておる", "ちゃう", "てく"})
_LIMIT = frozenset({"まで", "迄"})
_NEAR = NEAR_TIME | TOMORROW | frozenset({"夜明け", "よあけ", "明け方", "あけがた", "日付", "ひづけ"})
_TODAY = TODAY
_LAST_DAY_WORDS = _TODAY | frozenset(
    {"最後", "さいご", "最期", "日", "ひ", "夜", "よる", "だ", "です", "もう", "いよいよ"}
)
_LAST = frozenset({"最後", "さいご", "最期"})
_TODAY_AS = frozenset({"が", "で", "は"})
_NIGHT = frozenset({"夜中", "よなか", "真夜中", "まよなか", "深夜", "しんや", "日付", "ひづけ", "丑三つ時"})
_SMALL_HOURS = frozenset({"0", "1", "2", "3", "4", "零", "一", "二", "三", "四", "12", "十二"})
_HOUR = frozenset({"時", "じ"})
_SLEEP = frozenset({"寝る", "ねる", "眠る", "ねむる", "寝静まる", "ねしずまる"})
_HOUSEHOLD = frozenset(
    {
        "みんな",
        "皆",
        "家族",
        "親",
        "両親",
        "お母さん",
        "お父さん",
        "母",
        "父",
        "ママ",
        "パパ",
        "おかん",
        "おとん",
        "母さん",
        "父さん",
        "家",
        "うち",
    }
)
_GO = frozenset({"行く", "いく", "逝く"})
_CUT = frozenset({"切る", "きる"})
_AGAIN = frozenset({"また", "又", "今日も", "やっぱり", "やっぱ", "結局", "けっきょく", "もう"})
_TIME_NOUNS = _NEAR | frozenset(
    {"今", "いま", "さっき", "昨日", "きのう", "夜", "よる", "今日", "また", "又"}
)
_ENDERS = frozenset(
    {"ね", "よ", "わ", "な", "ねー", "よー", "から", "じゃ", "けぇ", "け", "けん", "で", "さ"}
)
_ENDERS |= {"ぞ", "ぜ", "わい", "さー", "ど"}
"""Sentence-final particles a bare 行く may carry and stay bare (「いくね」「いくけぇ」)."""


_WITH = frozenset({"一緒", "いっしょ", "みんなで", "皆で"})


def _lettered(keys: frozenset[str]) -> bool:
    """A word, not an emoji or a kaomoji's mark."""
    return any(ch.isalpha() for key in keys for ch in key)


def _laugh_only_at_end(c: _Ctx) -> bool:
    """Cheer anywhere in the text, except a laugh that closes it (self-mockery)."""
    # (the class of joy holds 会える, which _last_talk reads as the last meeting)
    if "!" in c.kana or "！" in c.kana or any(not c.words[k].keys & _TALK for k in c.where("joy")):
        return True
    last = len(c.words) - 1
    return any(k < last and not c.at("laugh", k + 1) for k in c.where("laugh"))


def _everyday(c: _Ctx) -> bool:
    # (the class lists 最後の日 itself, the last day of something named, which _last_day reads,
    # and 明日, a next time, which a point set before going is not)
    return (
        any(not c.words[k].keys & (_LAST | _NEAR) for k in c.where("farewell_everyday"))
        or c.first("parting_event") is not None
        or c.first("place_leisure") is not None
    )


def _others_subject(c: _Ctx, lo: int, q: int, *, time_ok: bool = True) -> bool:
    """A noun before ``q`` in its sentence, other than the writer or a time, as a subject
    (「データが」「せんせいは」「痛みも」): something or someone else."""
    words = c.words
    for k in range(lo, q):
        w = words[k]
        if w.pos not in ("名詞", "代名詞") or c.at("self", k):
            continue
        if time_ok and w.keys & _TIME_NOUNS:
            continue
        if _has_any(words, k + 1, frozenset({"が", "は", "も"})):
            return True
    return False


def _gone_by(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in range(len(words)):
        w = words[q]
        if w.pos != "動詞":
            continue
        if w.keys & _GONE:
            first = q
        elif w.keys & _BECOME and q >= 2 and _has(words, q - 1, "なく") and _has_any(words, q - 2, _BE):
            first = q - 2
        else:
            continue
        if not _has_any(words, q + 1, _RESULT):
            continue  # said flat (いなくなる) is departure.py's vanish_set
        lo, hi = c.sentence(q)
        if c.at("negation", q + 2) or c.at("desire", q + 2) or _asks(c, q, hi):
            continue
        if _others_subject(c, lo, first):
            continue
        limit = any(words[k].keys & _LIMIT and _has(words, k + 1, "に") for k in range(lo, first))
        near = any(words[k].keys & _NEAR and _has(words, k + 1, "に") for k in range(lo, first))
        if limit or near:
            return [Hit("farewell", "plan", "imminent", words[lo].start, words[q + 1].end, "gone_by")]
    return []


def _last_day(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_LAST):
        lo, hi = c.sentence(q)
        # today said to be the last: 「今日が 最後」「今夜で さいご」「最後の 日が 今日」
        before = (
            q >= 2 and words[q - 2].keys & _TODAY and _has_any(words, q - 1, frozenset({"が", "で", "は"}))
        )
        after = (
            _has(words, q + 1, "の")
            and _has_any(words, q + 2, frozenset({"日", "ひ", "夜", "よる"}))
            and _has_any(words, q + 3, frozenset({"が", "は"}))
            and _has_any(words, q + 4, _TODAY)
        )
        if not (before or after):
            continue
        # nothing named it is the last of, in its sentence (「バイト、今日で 最後」「今日が 最後の
        # 練習」), and not a thought quoted (「最後の 日って 思いながら」)
        if any(
            words[k].pos in ("名詞", "代名詞", "動詞")
            and not words[k].keys & _LAST_DAY_WORDS
            and not c.at("laugh", k)
            and _lettered(words[k].keys)
            for k in range(lo, hi)
        ):
            continue
        nxt = min(hi, q + 5 if after else q + 3 if _has(words, q + 1, "の") else q + 1)
        if _asks(c, q, hi) or c.at("negation", nxt):
            continue
        return [
            Hit("farewell", "plan", "imminent", words[lo].start, words[min(q + 2, hi - 1)].end, "today_last")
        ]
    return []


def _night_condition(c: _Ctx, lo: int, cond: int) -> bool:
    """The condition ending at word ``cond`` (たら) is one only the night brings."""
    words = c.words
    for k in range(lo, cond):
        keys = words[k].keys
        if keys & _NIGHT:
            return True
        if keys & _SMALL_HOURS and _has_any(words, k + 1, _HOUR):
            return True
        # (kana 「ねたら」 is read ね + たら: the analyser's ね before たら is 寝る)
        asleep = keys & _SLEEP or ("ね" in keys and k + 1 == cond)
        if asleep and any(words[j].keys & _HOUSEHOLD for j in range(lo, k)):
            return True
    return False


def _go_at_night(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_GO):
        w = words[q]
        if w.pos != "動詞" or not w.conj.startswith("終止形") or q < 2:
            continue
        # bare: right after the condition, and only sentence-final particles after it
        if not ("たら" in words[q - 1].keys and words[q - 1].pos == "助動詞"):
            continue
        lo, hi = c.sentence(q)
        if any(not (words[k].keys & _ENDERS or c.at("laugh", k)) for k in range(q + 1, hi)):
            continue
        if q + 1 < len(words) and words[q + 1].sentence != w.sentence and _names_purpose(c, q + 1):
            continue
        if any(words[k].keys & _WITH for k in range(lo, q)) or any(
            c.at("companion", k) and _has(words, k + 1, "と") for k in range(lo, q)
        ):
            continue  # 「ともだちと」「いっしょに」: an outing
        if _night_condition(c, lo, q - 1):
            return [Hit("farewell", "plan", "imminent", words[lo].start, w.end, "go_at_night")]
    return []


def _names_purpose(c: _Ctx, k: int) -> bool:
    """The next sentence names where or what for (「コンビニ」「星 見に」): any noun in it."""
    lo, hi = c.sentence(k)
    return any(c.words[j].pos == "名詞" and not c.at("laugh", j) for j in range(lo, hi))


def _cut_again(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_CUT):
        w = words[q]
        if w.pos != "動詞":
            continue
        lo, hi = c.sentence(q)
        done = _has(words, q + 1, "た") or (
            _has_any(words, q + 1, frozenset({"ちゃう", "ちゃっ", "てしまう", "てる"}))
        )
        again = any(
            words[k].keys & _AGAIN or (words[k].keys & _TODAY and _has(words, k + 1, "も"))
            for k in range(lo, q)
        )
        if not done or not again:
            continue
        # nothing named as what was cut, nor anyone who cut: only time words and again before it
        if any(
            words[k].pos in ("名詞", "代名詞") and not words[k].keys & _TIME_NOUNS and not c.at("self", k)
            for k in range(lo, q)
        ):
            continue
        if c.at("negation", q + 1) or _asks(c, q, hi):
            continue
        return [Hit("cut_again", "self_harm", "high", words[lo].start, w.end, "cut_again")]
    return []


_TALK = frozenset(
    {"話す", "はなす", "話せる", "はなせる", "喋る", "しゃべる", "会う", "あう", "会える", "あえる", "言う"}
)


def _last_talk(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_LAST):
        if not (_has(words, q + 1, "に") and _has_any(words, q + 2, _TALK)):
            continue
        hi = c.hi[q]
        k = q + 3
        while k < hi and words[k].pos == "助動詞":
            k += 1  # 「はなせた」「あえた」
        if k == q + 3 or not (_has(words, k, "の") and _has_any(words, k + 1, frozenset({"が", "は"}))):
            continue
        if any(c.at("relief", m) for m in range(k + 2, min(k + 7, hi))) and not _asks(c, q, hi):
            return [
                Hit(
                    "farewell", "plan", "imminent", words[q].start, words[min(k + 6, hi - 1)].end, "last_talk"
                )
            ]
    return []


_STARTS = _GONE | _BECOME | _LAST | _GO | _CUT


def tonight(c: _Ctx) -> list[Hit]:
    """See the module's docstring."""
    if c.keys.isdisjoint(_STARTS) or _laugh_only_at_end(c) or _everyday(c):
        return []
    return _gone_by(c) + _last_day(c) + _last_talk(c) + _go_at_night(c) + _cut_again(c)
