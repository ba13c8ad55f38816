"""The vague method question (round (i)): a question that asks how long, how much, how high
or which way is surest **without naming what it is about** (「何分くらいで くるしく なくなるの」
「なんこぐらいで ねむったままに なれますか」「いちばん 確実な やつ なに？」).

A child asking for a method often leaves the method out; a question about something ordinary
names it (「ジュース 何分で つめたく なる？」「いちばん 早い 電車 どれ？」).  So two shapes of
question count when the sentence has no content noun outside the words such a question is
made of (counts, times, the body, the writer, a way, a place with a drop, a medicine):

* ``end_state``: a count or a length asked, with a state only an end has — becoming cold
  (冷たく なる), no longer hurting (くるしく なく なる, いたみが なくなる), sleeping on (ねむった
  まま), not waking (目が さめない), being done for (だめに なる), being in danger (あぶない),
  drowning (おぼれる) or the body stopping (からだ … とまる; round of 2026-12-05 (c));
* ``best_way``: the surest, easiest or painless one (一番/ぜったい + 確実/楽/
  失敗しない…) asked as a thing (やつ, の, 方法).

A thing named (ジュース, 電車, 宿題) or a fun or food word of ``method_everyday`` leaves it
out.  It reads a fixed number of words per sentence: linear in the length of the text.
"""

from __future__ import annotations

from safety.constructions.grammar import _asks, _conditional, _question
from safety.constructions.words import Hit, _Ctx, _has, _has_any

_EMPTY_NOUNS = frozenset(
    {
        "事", "こと", "物", "もの", "奴", "やつ", "所", "とこ", "ところ", "場所", "方", "ほう", "方法",
        "やり方", "仕方", "一番", "いちばん", "確実", "楽", "らく", "失敗", "自分", "人", "ひと",
        "侭", "まま", "息", "いき", "痛み", "いたみ", "目", "め", "夜", "夜中", "朝", "時", "とき",
        "今", "いま", "絶対", "ぜったい", "全部", "ぜんぶ", "深さ", "高さ", "温度", "後遺症", "正確",
        "本当", "ほんと", "ほんとう", "ぶっちゃけ", "何", "なに", "なん", "程", "くらい", "ぐらい",
        "一瞬", "苦しみ", "最後", "さいご", "結局", "実際", "確か", "たしか", "手", "足", "体",
        "終わり", "おわり", "気", "意識", "いしき", "アウト", "あうと", "即死", "心臓", "しんぞう",
        "水", "みず", "中", "なか", "外", "そと",
    }
)  # fmt: skip
"""Nouns a vague method question is made of (a time, a way, the writer, the body): any
other noun names what the question is about."""

_ALLOWED_CLASSES = (
    "self", "body", "clock", "counter", "count_question", "pill_count", "amount", "way",
    "medicine", "method_subject", "drop_place", "height_place", "means_cue", "soon_word",
    "now", "where", "someone", "place",
)  # fmt: skip

_ADDRESSED = frozenset({"さん", "ちゃん", "くん", "君", "様", "さま"})

_COLD = frozenset({"冷たい", "つめたい"})
_PAIN = frozenset({"苦しい", "くるしい", "痛い", "いたい", "辛い", "つらい"})
_PAIN_NOUN = frozenset({"痛み", "いたみ", "苦しみ", "くるしみ"})
_DANGER = frozenset({"危ない", "あぶない", "危険", "きけん"})
_DONE_FOR = frozenset({"駄目", "だめ", "ダメ"})
_BECOME = frozenset({"成る", "なる", "なれる", "成れる"})
_CEASE = frozenset({"無くなる", "なくなる"})
_NOT = frozenset({"無い", "ない"})
_KANSAI_NOT = frozenset({"へん", "ひん"})
_BEST = frozenset({"一番", "いちばん", "絶対", "ぜったい", "最も", "もっとも", "ぶっちゃけ"})
_QUALITY = frozenset(
    {
        "確実", "たしか", "確か", "楽", "らく", "痛い", "いたい",
        "苦しい", "くるしい", "失敗", "しっぱい", "簡単", "かんたん", "一瞬", "静か", "困る",
    }
)  # fmt: skip
_FAST = frozenset({"早い", "はやい", "速い"})
_HEAD = frozenset({"奴", "やつ", "の", "物", "もの", "方法", "やり方", "仕方", "ほう", "方"})


def _names_a_thing(c: _Ctx, lo: int, hi: int) -> bool:
    """A content noun in words ``lo``..``hi`` that a vague question is not made of."""
    for q in range(lo, hi):
        w = c.words[q]
        if w.pos != "名詞" or w.keys & _EMPTY_NOUNS:
            continue
        if any(k[:1].isdigit() or k.startswith(("何", "なん")) for k in w.keys):
            continue  # 「10」「何時間」: a count
        if any(c.at(cls, q) for cls in _ALLOWED_CLASSES):
            continue
        if w.conj == "副詞可能":
            continue  # 「冬の」「夜中」: a time, not a thing
        if q + 1 < hi and c.words[q + 1].keys & _ADDRESSED:
            continue  # 「ねえ AIさん」: someone addressed, not a thing asked about
        return True
    return False


def _end_state(c: _Ctx, lo: int, hi: int) -> bool:
    """A state only an end has, in words ``lo``..``hi``."""
    words = c.words
    for q in range(lo, hi):
        keys = words[q].keys
        nxt = q + 1
        if keys & _COLD and words[q].conj.startswith("連用形") and _has_any(words, nxt, _BECOME):
            return True  # 冷たく+なる
        if keys & _PAIN and (
            _has_any(words, nxt, _CEASE) or (_has_any(words, nxt, _NOT) and _has_any(words, nxt + 1, _BECOME))
        ):
            return True  # くるしく+なく+なる
        if keys & _PAIN_NOUN and c.first_key(
            ("無くなる", "なくなる", "消える", "きえる"), nxt, min(nxt + 3, hi)
        ):
            return True  # いたみが なくなる
        if c.at("sleep", q) and c.first_key(("侭", "まま"), nxt, min(nxt + 4, hi)) is not None:
            return True  # ねむった まま
        if c.at("wake", q) and (c.at("negation", nxt) or _has_any(words, nxt, _KANSAI_NOT)):
            return True  # 目が さめない
        if keys & _DONE_FOR and _has(words, nxt, "に") and _has_any(words, nxt + 1, _BECOME):
            return True  # だめに なる
        if keys & _DANGER:
            return True  # 何錠から あぶない
        if keys & _SPIRIT and (
            (_has_any(words, nxt, _OBJ) and _has_any(words, nxt + 1, _LOSE)) or _has_any(words, nxt, _LOSE)
        ):
            return True  # 気を うしなう, 「気ぃ 失う」 said without を
        if (keys & _HEART or c.at("body_whole", q)) and c.first_key(
            tuple(_STOP), nxt, min(nxt + 5, hi)
        ) is not None:
            return True  # しんぞう とまる; round of 2026-12-05 (c): 「からだって どのくらいで とまる」
        if keys & _DROWN:
            return True  # round of 2026-12-05 (c): 「なんびょうで おぼれる」, a body in water giving out
        if _no_longer_able(c, q):
            return True  # うごけなく なる、いき できなく なる
    return False


_SPIRIT = frozenset({"気"})
_OBJ = frozenset({"を", "が"})
_LOSE = frozenset({"失う", "うしなう", "遠のく", "とおのく"})
_MOVE = frozenset({"動く", "うごく", "動ける", "うごける"})
_BREATH = frozenset({"息", "いき", "呼吸"})
_STOP = frozenset({"止まる", "とまる", "止める", "とめる"})
_HEART = frozenset({"心臓", "しんぞう"})
_DROWN = frozenset({"溺れる", "おぼれる"})


def _no_longer_able(c: _Ctx, q: int) -> bool:
    """The body giving out: moving or breathing no longer possible (「うごけなく なる」「いき
    できなく なる」) or breath stopped (「いき とまって たら」); a game's character that cannot
    move names its game, which leaves the question out."""
    words = c.words
    keys = words[q].keys
    breath = keys & _BREATH
    if breath and c.first_key(tuple(_STOP), q + 1, min(q + 3, c.hi[q])) is not None:
        return True
    verb = q + 1 if breath and _has_any(words, q + 1, frozenset({"出来る", "できる"})) else q
    if not (keys & _MOVE or verb != q):
        return False
    return _has_any(words, verb + 1, _NOT | frozenset({"ぬ", "ず"})) and _has_any(words, verb + 2, _BECOME)


def _best_way(c: _Ctx, lo: int, hi: int) -> bool:
    """The surest, or easiest one, asked as a thing: 一番/ぜったい + a quality + やつ/の/方法."""
    words = c.words
    best = next((q for q in range(lo, hi) if words[q].keys & _BEST), None)
    quality = next((q for q in range(lo, hi) if words[q].keys & _QUALITY), None)
    if quality is None and best is not None:
        # the fastest, only as the best (「いちばん はやいの どれ」; round of 2026-12-03 (k))
        quality = next((q for q in range(best + 1, min(best + 3, hi)) if words[q].keys & _FAST), None)
    if quality is None:
        return False
    last = hi - 1 if hi - 1 > lo and words[hi - 1].pos != "補助記号" else hi - 2  # before a 「？」
    sure = (
        bool(words[quality].keys & {"確実", "たしか", "確か"}) and last >= lo and bool(words[last].keys & _WH)
    )
    if best is None and not c.first("way", lo, hi) and not sure:
        # 「らくな ほうほう」 is a way by itself; 「らくなの」 alone is not; 「確実なのは どれ」 asks
        return False
    return any(words[q].keys & _HEAD for q in range(quality + 1, min(quality + 4, hi)))


_KANA_COUNTERS = frozenset(
    {"ぷん", "ふん", "びょう", "じかん", "こ", "かい", "がい", "じょう", "つぶ", "にち", "めーとる"}
)
_HOW_MUCH = frozenset({"どれ", "どの", "どん", "なんぼ", "何ぼ"})


def _count_asked(c: _Ctx, lo: int, hi: int) -> bool:
    """A count or a length asked: 「何分」「何時間」「なんぷん」「なんぼ」「どのくらい」 (not
    「なんで」「なんか」: the loose count of ``method._counted`` would take those)."""
    words = c.words
    if c.first("count_question", lo, hi) is not None:
        return True
    for q in range(lo, hi):
        keys = words[q].keys
        if any(len(k) > 1 and k[0] == "何" and k[1] not in "でかもてがのにとをだ" for k in keys):
            return True  # 何時間, 何秒, 何階建て
        nxt = words[q + 1].keys if q + 1 < hi else frozenset()
        if keys & {"何", "なん"} and (nxt & _KANA_COUNTERS or c.at("clock", q + 1) or c.at("counter", q + 1)):
            return True  # なん+ぷん, 何+分
        if keys & _HOW_MUCH and (keys & {"なんぼ", "何ぼ"} or nxt & {"くらい", "ぐらい", "位"}):
            return True  # どれ+くらい, なんぼ
    return False


def _exaggerated(c: _Ctx, lo: int, hi: int) -> bool:
    """「しぬほど」: exaggeration; 「何分くらい」「なんこぐらい」 after a count is a count."""
    words = c.words
    return any(
        c.at("hyperbole", q)
        and not (q and (c.at("count_question", q - 1) or c.at("clock", q - 1) or _counts(words[q - 1].keys)))
        for q in range(lo, hi)
    )


def _counts(keys: frozenset[str]) -> bool:
    return any(k[:1].isdigit() or k.startswith(("何", "なん", "どれ", "どの", "どん")) for k in keys)


_WH = frozenset({"何", "なに", "なん", "どれ", "どっち", "どこ", "誰", "だれ"})


def _wh_end(c: _Ctx, lo: int, hi: int) -> bool:
    """A sentence that ends on what/which/where (「らくな ほうほうって なに」「どれ」)."""
    return hi > lo and bool(c.words[hi - 1].keys & _WH)


_AMOUNT_COUNTERS = frozenset(
    {"錠", "じょう", "粒", "つぶ", "箱", "はこ", "階", "かい", "メートル", "めーとる", "ミリ", "みり",
     "ミリグラム", "みりぐらむ", "mg", "シート", "しーと"}
)  # fmt: skip
_GRAVE = frozenset(
    {"やばい", "ヤバい", "いける", "行ける", "逝ける", "足りる", "たりる", "アウト", "あうと", "即", "即死"}
)
"""Round of 2026-12-03 (c): 「何錠で アウト？」「何階 以上なら 即？」: out, at once."""


def _amount_asked(c: _Ctx, lo: int, hi: int) -> bool:
    """A count of pills, of milligrams or of floors asked (「何箱で」「なんミリグラム」「何階」), not
    a time, a number of times or of things (「あと 何個で いける？」 is a game): only these make
    「やばい」「いける」 an end."""
    words = c.words
    for q in range(lo, hi):
        keys = words[q].keys
        if keys & {"何階", "何メートル", "何錠", "何粒", "何箱"}:
            return True
        if keys & {"何", "なん"} and q + 1 < hi and words[q + 1].keys & _AMOUNT_COUNTERS:
            return True
    return False


def _amount_grave(c: _Ctx, lo: int, hi: int) -> bool:
    """An amount asked with 「やばい」「いける」「たりる」 (「何箱で いける？」「なんミリグラムで
    やばいの」): how much is enough, for nothing named."""
    return _amount_asked(c, lo, hi) and any(c.words[q].keys & _GRAVE for q in range(lo, hi))


_FLOOR_AFTER = frozenset({"建て", "だて", "以上", "いじょう"})
_HEIGHT_COUNTERS = frozenset({"階", "メートル", "めーとる", "m", "ｍ"})
_ENOUGH = frozenset({"確実", "かくじつ", "足りる", "たりる", "いける", "行ける", "逝ける"})


def _height_asked(c: _Ctx, lo: int, hi: int) -> bool:
    """A height asked or given in floors or metres: 「何階」「何メートル」「何m」, kana 「なんかい」
    only before 建て/以上 (alone it is 何回, how many times), a number of floors (「7階」)."""
    words = c.words
    for q in range(lo, hi):
        keys = words[q].keys
        nxt = words[q + 1].keys if q + 1 < hi else frozenset()
        if keys & {"何階", "何メートル"}:
            return True
        if keys & {"何", "なん"} and nxt & _HEIGHT_COUNTERS:
            return True
        if "なんかい" in keys and (
            nxt & _FLOOR_AFTER or ("だ" in nxt and q + 2 < hi and words[q + 2].keys & {"て"})
        ):
            return True  # 「なんかいだて」 is cut なんかい + だ + て
        if any(k[:1].isdigit() for k in keys) and nxt & {"階"}:
            return True
    return False


def _height_enough(c: _Ctx, lo: int, hi: int) -> bool:
    """Round of 2026-12-03 (k): whether a height is enough, for nothing named (「何階 あれば
    たりる？」「なんかいだて だったら いける？」「何メートル あれば いいの」「7階 なんだけど、
    たりる？」): a height with 足りる/いける/確実, or with いい after a condition (あれば, なら,
    から). The sentence before counts with the one that asks (「うちは 7階。たりる？」)."""
    words = c.words
    start = c.lo[lo - 1] if lo > 0 else lo
    if not (_height_asked(c, lo, hi) or (start < lo and _height_asked(c, start, lo))):
        return False
    for q in range(lo, hi):
        keys = words[q].keys
        if keys & _ENOUGH and not c.at("negation", q + 1):
            return True
        # 「あれば いい」「からなら いい」; not 「見れば いい」 (where to watch from)
        there = q > lo + 1 and words[q - 1].keys & {"ば"} and words[q - 2].keys & {"ある", "有る"}
        if (
            keys & {"いい", "良い", "よい"}
            and q > lo
            and (there or (_conditional(words, q - 1) and "だ" in words[q - 1].keys))
        ):
            return True
    return False


_PAIN_ADJ = _PAIN | frozenset({"いたく", "痛く", "くるしく", "苦しく", "しんどい", "しんどく"})
_SUFFER = frozenset({"苦しむ", "くるしむ"})
_TRUE_OR_HOW = _WH | frozenset({"どう", "本当", "ほんと", "ほんとう", "マジ", "まじ"})


def _painless(c: _Ctx, lo: int, hi: int) -> bool:
    """Painlessness asked after (「いたくないのって どうやるの」「苦しまずに すむのって なに」
    「痛くないって 本当？」): no pain, then how, what, which or whether it is true."""
    words = c.words
    for q in range(lo, hi - 1):
        keys = words[q].keys
        negs = _NOT | frozenset({"ず", "ぬ", "ん"}) if keys & _SUFFER else _NOT
        if (keys & _PAIN_ADJ or keys & _SUFFER) and words[q + 1].keys & negs:
            # which, how or how long anywhere in the sentence (「どれが いちばん いたくない？」
            # 「どのくらいで いけるの、しんどくない やつ」: round of 2026-12-03 (c))
            return any(words[k].keys & _TRUE_OR_HOW for k in range(lo, hi) if k not in (q, q + 1)) or (
                _count_asked(c, lo, hi)
            )
    return False


_END_VERB = frozenset({"終わる", "おわる", "逝く"})
_INSTANT = frozenset({"一瞬", "いっしゅん", "即", "すぐ", "直ぐ"})


def _ends_if(c: _Ctx, lo: int, hi: int) -> bool:
    """Ending itself asked after, with nothing named to end: after a condition (「何分くらい
    もぐってたら おわる？」) or in an instant (「一瞬で おわるのって 何？」).  A class or a game
    that ends names itself, which ``_names_a_thing`` leaves out."""
    words = c.words
    for q in range(lo, hi):
        if not words[q].keys & _END_VERB or c.at("negation", q + 1):
            continue
        before = range(lo, q)
        if any(_conditional(words, k) or words[k].keys & {"ば", "たら"} for k in before):
            return True
        if any(words[k].keys & _INSTANT for k in before):
            return True
    return False


_END_STEM = frozenset({"おわ", "終わ"})
_POTENTIAL = frozenset({"れる", "られる"})
_EASE = frozenset({"楽", "らく"})
_REMAINING = frozenset({"あと", "後", "残り", "のこり"})
_CAN_BECOME = frozenset({"なれる", "成れる"})


def _end_able(c: _Ctx, lo: int, hi: int) -> bool:
    """An end made possible, asked with a count or as the best, with nothing named and no
    illness in the text (「なんぷんで おわれる？」「いちばん はやく おわれるのって どれ」「どのくらいで
    らくに なれるの」; round of 2026-12-04 (n)): the potential of 終わる (which the analyser
    also reads as 追う + れる in kana) or being able to be at ease.  A cold's medicine asked
    after (「かぜ ぐすり 何分で 楽に なれる？」) is a carer's question, so an illness leaves it out;
    「あと 何分」 is what is left of something under way."""
    words = c.words
    if c.first("illness") is not None:
        return False
    if _names_a_thing(c, 0, len(words)):
        return False  # 「何分で 楽に なれる？ストレッチ」: the thing named in a sentence of its own
    if any(words[q].keys & _REMAINING for q in range(lo, hi)):
        return False  # 「あと 何分で おわれる？」: the rest of something under way
    for q in range(lo, hi):
        keys = words[q].keys
        if "終われる" in keys or "おわれる" in keys:
            return True
        if keys & _END_STEM and _has_any(words, q + 1, _POTENTIAL):
            return True
        if keys & _EASE and _has(words, q + 1, "に") and _has_any(words, q + 2, _CAN_BECOME):
            return True
    return False


def _best_fast(c: _Ctx, lo: int, hi: int) -> bool:
    """一番/いちばん/ぜったい + はやい in the sentence: the quickest asked."""
    words = c.words
    return any(words[q].keys & _BEST for q in range(lo, hi)) and any(
        words[q].keys & _FAST for q in range(lo, hi)
    )


_WAKE_KANA = frozenset({"起きる", "おきる", "おき", "目覚める", "めざめる", "覚める", "さめる"})
_AS_IT_IS = frozenset({"そのまま", "このまま", "侭", "まま"})


def _taken_then_end(c: _Ctx, lo: int, hi: int) -> bool:
    """Something drunk, as a condition, then not waking or staying as one is asked after
    (「ねる まえに のんだら そのまま おきないのって ある？」): the end state follows the taking."""
    words = c.words
    d = c.first("drink", lo, hi)
    if d is None or not any(_conditional(words, k) or words[k].keys & {"ば", "たら"} for k in range(d, hi)):
        return False
    for q in range(d + 1, hi):
        if words[q].keys & _WAKE_KANA and c.at("negation", q + 1):
            return True
        if words[q].keys & _AS_IT_IS and c.first("negation", q + 1, min(q + 4, hi)) is not None:
            return True
    return False


_ANCHORS = (
    _COLD
    | _PAIN
    | _PAIN_NOUN
    | _DANGER
    | _DONE_FOR
    | _QUALITY
    | _SPIRIT
    | _MOVE
    | _BREATH
    | _HEART
    | _DROWN
    | _STOP
    | _GRAVE
    | _PAIN_ADJ
    | _SUFFER
    | _END_VERB
    | _WAKE_KANA
    | _ENOUGH
    | _END_STEM
    | _EASE
    | frozenset({"終われる", "おわれる"})
    | frozenset({"いい", "良い", "よい"})
)
"""Every reading here needs one of these words (or a word of sleep or waking): a text with none
is passed over in one look at its words."""


_WATER = frozenset({"水", "みず"})
_INSIDE = frozenset({"中", "なか"})


_SINK = frozenset({"沈む", "しずむ", "潜る", "もぐる"})


def _in_water(c: _Ctx, q: int) -> bool:
    """Water as where the body is, not a drink or what cools a bottle: 水 + の + 中, then being
    or sinking there (「水の なか いたら」「みずの なかに しずんだら」)."""
    words = c.words
    if not (words[q].keys & _WATER and _has(words, q + 1, "の") and _has_any(words, q + 2, _INSIDE)):
        return False
    return any(c.at("presence", k) or words[k].keys & _SINK for k in range(q + 3, min(q + 6, c.hi[q])))


def _everyday(c: _Ctx, lo: int, hi: int) -> bool:
    """A fun or food word of ``method_everyday`` in words ``lo``..``hi``, water the body is in
    aside (round of 2026-12-04 (d): 「水の なか いたら どれくらいで くるしく なくなる？」)."""
    q = c.first("method_everyday", lo, hi)
    while q is not None:
        if not _in_water(c, q):
            return True
        q = c.first("method_everyday", q + 1, hi)
    return False


def _vague_method_question(c: _Ctx, signals: bool) -> list[Hit]:
    words = c.words
    hits: list[Hit] = []
    if not c.holds(_ANCHORS, ("sleep", "wake")):
        return hits
    i = 0
    while i < len(words):
        lo, hi = c.sentence(i)
        i = hi
        counted = _count_asked(c, lo, hi)
        if not (counted or _asks(c, lo, hi) or _question(c, lo, hi) or _wh_end(c, lo, hi)):
            continue
        if (c.first("method_everyday", lo, hi) is not None and _everyday(c, lo, hi)) or _exaggerated(
            c, lo, hi
        ):
            continue
        if not (
            (counted and _end_state(c, lo, hi))
            or _best_way(c, lo, hi)
            or _amount_grave(c, lo, hi)
            or _height_enough(c, lo, hi)
            or _painless(c, lo, hi)
            or _ends_if(c, lo, hi)
            or _taken_then_end(c, lo, hi)
            or ((counted or _best_fast(c, lo, hi)) and _end_able(c, lo, hi))
        ):
            continue
        if _names_a_thing(c, lo, hi):
            continue  # 「ジュース 何分で つめたく なる？」: a question about a thing
        level = "high"
        if c.first("soon_word") is not None or (signals and c.first("resolve") is not None):
            level = "imminent"  # 「みんな ねたら やる。何分で つめたく なる？」
        hits.append(Hit("method_question", "method", level, words[lo].start, words[hi - 1].end, "vague"))
    return hits
