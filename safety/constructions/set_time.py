"""The ``set_time`` construction (round of 2026-12-04): an act left unnamed, or an end, given a
time that has been set. Not a list of phrasings; three shapes of the same thing:

* ``carried_out`` — the carrying out of something decided (決行, 実行) given a time
  (「決行は 今夜 12時」「あしたの 朝 決行」), or the day decided on said to be now (「きめた 日、
  きょう なんだ」), nothing named that is carried out;
* ``finish_all`` — everything (ぜんぶ, すべて, なにもかも) ended (おわらせる, おえる, おわりに
  する), with nothing named that is ended, by a time near (「ねる まえに、ぜんぶ おわらせる」);
* ``countdown`` — a clock or a count running towards an end or a bare going (「12じに なったら
  いく」「あと 3じかんで おわり」), with a sign of the end elsewhere in the text (a goodbye, a
  countdown, もう, despair, a decision).

What keeps the twins out: anything cheerful (！, laughs, joy), a thing named as what is done or
ended (「しゅくだい ぜんぶ おわらせる」「あと 3日で 夏休み おわる」「ケーキ つくる」), an
everyday event or game in the text, a negation or a question.
"""

from __future__ import annotations

from safety.constructions.grammar import _asks
from safety.constructions.times import NEAR_TIME, NOW, TOMORROW
from safety.constructions.words import Hit, _Ctx, _has

_TIME = (
    NEAR_TIME
    | TOMORROW
    | NOW
    | frozenset(
        {"明後日", "あさって", "晩", "真夜中", "夕方", "明け方", "放課後", "週末", "今すぐ", "いますぐ"}
    )
)
_CLOCK = frozenset({"時", "じ", "時間", "じかん", "分", "ふん", "ぷん", "秒", "びょう", "日", "にち"})
_CARRY_OUT = frozenset({"決行", "実行", "けっこう", "じっこう"})
_ALL = frozenset({"全部", "ぜんぶ", "全て", "すべて", "何もかも", "なにもかも", "ぜーんぶ"})
_END = frozenset({"終わる", "おわる", "終える", "おえる", "終わり", "おわり", "おしまい", "お終い", "終了"})
_GO = frozenset({"行く", "いく", "逝く"})
_DECIDE = frozenset({"決める", "きめる"})
_DAY = frozenset({"日", "ひ", "時間", "じかん", "時", "とき", "日にち"})
_EVERYDAY = ("farewell_everyday", "parting_event", "method_everyday", "game", "tool_everyday")
_SIGNS = ("goodbye", "finality", "final_goodbye", "place_strong", "distress_word", "die", "resolve")
_COUNTDOWN = frozenset({"カウントダウン", "かうんとだうん"})


def _cheerful(c: _Ctx) -> bool:
    text = c.kana
    return (
        any(ch in text for ch in "!！〜~♪")
        or c.first("laugh") is not None
        or c.first("joy") is not None
        or c.first("place_leisure") is not None
    )


def _time_at(c: _Ctx, q: int) -> bool:
    """Word ``q`` names a time: a time word, or a number with a unit of the clock."""
    words = c.words
    if words[q].keys & _TIME or c.at("soon_word", q):
        return True
    if any(k.endswith(("曜", "曜日")) for k in words[q].keys):
        return True  # 土曜, きんようび
    return (
        words[q].keys & _CLOCK != frozenset()
        and q > 0
        and words[q - 1].pos == "名詞"
        and any(k.isdigit() for k in words[q - 1].keys)
    )


def _everyday(c: _Ctx) -> bool:
    """An everyday event, a game or a treat in the text (a time word such as 明日 listed among
    everyday partings does not count here: the time is what this rule reads)."""
    if _cheerful(c) or any(c.first(cls) is not None for cls in _EVERYDAY[1:]):
        return True
    return any(c.at("farewell_everyday", q) and not _time_at(c, q) for q in range(len(c.words)))


_GLUE = frozenset({"助詞", "助動詞", "補助記号", "空白", "記号", "副詞", "代名詞", "感動詞"})


def _named_between(c: _Ctx, a: int, b: int) -> bool:
    """A thing named among words ``a`` to ``b`` (a noun, or the pieces kana nouns fall into,
    that is no time, no 'everything' and not the writer), so the act is about it:
    「しゅくだい ぜんぶ」「夏休み おわる」「文化祭の 決行」."""
    words = c.words
    for k in range(max(a, 0), min(b, len(words))):
        w = words[k]
        if w.pos in _GLUE or _time_at(c, k) or w.keys & _ALL or c.at("self", k) or c.at("now", k):
            continue
        if w.pos == "名詞" and w.conj in ("数詞", "助数詞可能"):
            continue
        if w.pos == "動詞" and (
            w.keys & {"寝る", "ねる", "眠る", "なる", "成る"} or _has(words, k + 1, "前")
        ):
            continue
        if w.pos == "名詞" and w.keys & {"前", "まえ"}:
            continue
        return True
    return False


_NOT_A_THING = (
    "instrument",
    "method_subject",
    "tool",
    "place",
    "drop_place",
    "die",
    "self",
    "addressee",
    "end_object",
)
"""Named after the act, these are no everyday thing it is about: a means, a place, the writer,
everyone, a life (「決行は こんや。くすり ぜんぶ」「ぜんぶ おわらせる。この じんせい」)."""


def _named_after(c: _Ctx, a: int, hi: int) -> bool:
    """A thing named after the act: a noun from word ``a`` to the end of its sentence ``hi``
    (「こんや 決行 ママの たんじょうび サプライズ」), or, as an afterthought, a short next sentence
    that ends in a noun and names something (「こんや ぜんぶ おわらせる。しゅくだいの こと」, whose
    kana Sudachi may cut into pieces). Not a means, a place, the writer, everyone or a life
    (``_NOT_A_THING``), and not 「こと」 alone (fifth round of 2026-12-06)."""
    words = c.words
    spans = [(a, hi, True)]
    if hi < len(words):
        lo2, hi2 = c.sentence(hi)
        last = hi2 - 1
        while last > lo2 and words[last].pos in ("補助記号", "記号", "空白"):
            last -= 1
        if hi2 - lo2 <= 8 and words[last].pos == "名詞":
            spans.append((lo2, hi2, False))
    return any(
        not any(c.at(cls, k) for k in range(lo, end) for cls in _NOT_A_THING)
        and any(
            (words[k].pos == "名詞" or not nouns_only)
            and _named_between(c, k, k + 1)
            and not words[k].keys & _FORMAL
            for k in range(lo, end)
        )
        for lo, end, nouns_only in spans
    )


_FORMAL = frozenset({"こと", "事", "もの", "物", "やつ", "奴", "ところ", "所", "とこ"})
"""Nouns that name nothing by themselves: 「じぶんの こと」 is the writer."""


def _carried_out(c: _Ctx) -> list[Hit]:
    words = c.words
    for q, w in enumerate(words):
        lo, hi = c.sentence(q)
        if (
            w.keys & _CARRY_OUT
            and w.pos == "名詞"
            and not _named_between(c, lo, q)
            and not _named_after(c, q + 1, hi)
        ):
            near = range(max(lo, q - 4), min(hi, q + 6))
            if any(k != q and _time_at(c, k) for k in near) and c.first("negation", q + 1, hi) is None:
                return [Hit("set_time", "plan", "imminent", w.start, words[hi - 1].end, "carried_out")]
        # 「きめた 日、きょう なんだ」: the day decided on, said to be now
        aux = q + 1
        while aux < min(q + 4, len(words)) and words[aux].pos == "助動詞" and not _has(words, aux, "た"):
            aux += 1  # 「きめてた」「きめておいた」
        if (
            w.keys & _DECIDE
            and _has(words, aux, "た")
            and aux + 1 < len(words)
            and words[aux + 1].keys & _DAY
        ):
            k = aux + 2
            if k < len(words) and words[k].keys & {"は", "が"}:
                k += 1
            if k < len(words) and (words[k].keys & _TIME or c.at("soon_word", k)):
                return [Hit("set_time", "plan", "imminent", w.start, words[k].end, "carried_out")]
    return []


def _soon_before(c: _Ctx, q: int) -> bool:
    """A near time said in the few words before ``q``, or 寝る + 前 (「ねる まえに」)."""
    words = c.words
    for k in range(max(0, q - 6), q):
        if words[k].keys & (_TIME - {"今", "いま"}) or c.at("soon_word", k):
            return True
        if words[k].keys & {"寝る", "ねる", "眠る"} and _has(words, k + 1, "前"):
            return True
        if words[k].keys & {"時", "じ"} and k and any(d.isdigit() for d in words[k - 1].keys):
            return True
    return False


def _everything_split(c: _Ctx, q: int) -> bool:
    """「なにもかも」 cut into なに も か も, ending at word ``q``."""
    words = c.words
    return (
        q >= 3
        and bool(words[q - 3].keys & {"何", "なに"})
        and _has(words, q - 2, "も")
        and bool(words[q - 1].keys & {"か", "彼"})
        and _has(words, q, "も")
    )


def _finish_all(c: _Ctx) -> list[Hit]:
    words = c.words
    for q, w in enumerate(words):
        if not (w.keys & _ALL or _everything_split(c, q)) or q + 1 >= len(words):
            continue
        lo, hi = c.sentence(q)
        v = q + 1
        if words[v].keys & {"終わり", "おわり", "おしまい", "お終い"} and words[v].pos == "名詞":
            # 「ぜんぶ おわりに する」: the noun of the end made what is done
            if not (_has(words, v + 1, "に") and v + 2 < len(words) and words[v + 2].keys & {"する", "為る"}):
                continue
            v += 2
        elif words[v].keys & {"終わる", "おわる", "終える", "おえる"} and words[v].pos == "動詞":
            causative = words[v].keys & {"終える", "おえる"} or (
                v + 1 < len(words) and words[v + 1].keys & {"せる", "す"}
            )
            if not causative:
                continue
        else:
            continue
        after = range(v + 1, min(v + 4, hi))
        if any(c.at("negation", k) or c.at("desire", k) for k in after) or _asks(c, v, hi):
            continue  # (asked after the verb: the か of a split なにもかも is no question)
        if _named_between(c, lo, q) or _named_after(c, v + 1, hi) or not _soon_before(c, q):
            continue
        return [Hit("set_time", "plan", "imminent", words[max(lo, q - 1)].start, words[v].end, "finish_all")]
    return []


def _countdown(c: _Ctx) -> list[Hit]:
    words = c.words
    sign = (
        any(c.first(cls) is not None for cls in _SIGNS)
        or c.first_key(tuple(_COUNTDOWN), 0, len(words)) is not None
    )
    if not sign:
        return []
    for q, w in enumerate(words):
        if not (w.keys & _CLOCK and q and any(d.isdigit() for d in words[q - 1].keys)):
            continue
        lo, hi = c.sentence(q)
        k = q + 1
        # 「12じに なったら」「3じかんで」「10ぷんご」
        if k < hi and words[k].keys & {"に"} and k + 1 < hi and words[k + 1].keys & {"なる", "成る"}:
            k += 2
            while k < hi and words[k].pos == "助動詞":
                k += 1
        elif k < hi and words[k].keys & {"で", "後", "ご", "に"}:
            k += 1
        else:
            continue
        if k >= hi:
            continue
        target = words[k]
        bare_end = bool(target.keys & _END)
        bare_go = bool(target.keys & _GO) and target.pos == "動詞" and target.conj.startswith("終止形")
        if not (bare_end or bare_go):
            continue
        if c.first("negation", k + 1, min(k + 3, hi)) is not None or _asks(c, lo, hi):
            continue
        if bare_go and any(
            words[g].keys & {"に", "へ", "まで"} and words[g - 1].pos in ("名詞", "代名詞")
            for g in range(k + 1, hi)
        ):
            continue  # a goal named: 「12じに なったら がっこうに いく」
        return [Hit("set_time", "plan", "imminent", words[q - 1].start, target.end, "countdown")]
    return []


_MOST = frozenset({"一番", "いちばん", "最も", "もっとも", "一等"})
_WHICH = frozenset({"どれ", "どっち", "どちら", "何", "なに", "なん"})
_DO = frozenset({"やる", "遣る", "決行", "実行"})
_NAMED_POS = ("一般", "固有名詞", "人名", "地名")


def _chosen_now(c: _Ctx) -> list[Hit]:
    """``method_question:chosen_now``: the best of something unnamed asked (「いちばん はやいの
    どれ」「なに つかうのが いちばん」: a superlative, a which or what, no thing named in its
    sentence) in a text that sets an unnamed act (やる, 決行) at a time or says it decided
    (「きょうじゅうに やりたい」「ママ ねたら やる」「今夜 やるって 決めてて」). 「いちばん はやい
    電車 どれ」 names its thing; 「今夜 やる！」 is cheerful."""
    words = c.words
    for q, w in enumerate(words):
        if not w.keys & _MOST:
            continue
        lo, hi = c.sentence(q)
        if c.first_key(tuple(_WHICH), lo, hi) is None and c.first("ask_end", lo, hi) is None:
            continue
        if any(
            words[k].pos == "名詞" and words[k].conj in _NAMED_POS and not c.at("self", k)
            for k in range(lo, hi)
        ):
            continue
        if _unnamed_act_set(c):
            return [
                Hit("method_question", "method", "imminent", words[lo].start, words[hi - 1].end, "chosen_now")
            ]
    return []


def _unnamed_act_set(c: _Ctx) -> bool:
    """やる (or 決行, 実行) with no thing named as its object, in a text with a time word, a
    condition of going to sleep (「ママ ねたら」) or a decision (決める)."""
    words = c.words
    act = None
    for q, w in enumerate(words):
        if not w.keys & _DO:
            continue
        k = q - 1
        if k >= 0 and words[k].keys & {"を", "も", "は"}:
            k -= 1
        if k >= 0 and words[k].pos == "名詞" and words[k].conj in (*_NAMED_POS, "サ変可能"):
            return False  # 「しゅくだい やる」: a thing named is what is done
        act = q
        break
    if act is None:
        return False
    if c.first("resolve") is not None:
        return True
    for k, w in enumerate(words):
        if _time_at(c, k) and not w.keys & {"今", "いま"}:
            return True
        if _has(words, k, "たら") and k and words[k - 1].keys & {"ね", "寝る", "ねる"}:
            return True
    return False


_STARTS = (
    _CARRY_OUT
    | _DECIDE
    | {"終わり", "おわり", "おしまい", "お終い", "終わる", "おわる", "終える", "おえる"}
    | _CLOCK
    | _MOST
)
"""A word every hit of ``_set_time`` needs: an act carried out or a day decided
(``_carried_out``), the end after everything (``_finish_all``), a clock time
(``_countdown``), a superlative (``_chosen_now``)."""


def _set_time(c: _Ctx) -> list[Hit]:
    """See the module's docstring."""
    if c.keys.isdisjoint(_STARTS):
        return []  # none of the four readings can start: the everyday words are not read
    if not c.words or _everyday(c):
        return []
    return _carried_out(c) or _finish_all(c) or _countdown(c) or _chosen_now(c)
