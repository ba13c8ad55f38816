"""The ``method_question`` construction: questions about amounts, heights or ways with a
method or its result; an overdose said done."""

from __future__ import annotations

from safety.constructions.grammar import _asks, _conditional, _question
from safety.constructions.words import Hit, Word, _Ctx, _has


def _dose_question(c: _Ctx, lo: int, hi: int) -> bool:
    """「なんじょう のめば いいの」: the right amount asked, with no grave result in it."""
    words = c.words
    if c.first("grave_outcome", lo, hi) is not None or c.first("die", lo, hi) is not None:
        return False
    return any(
        (_conditional(words, q) or _has(words, q, "ば")) and c.first("relief", q + 1, q + 3) is not None
        for q in range(lo, hi)
    )


_CAN_DIE = frozenset({"死ねる", "しねる", "終われる", "おわれる", "逝ける", "消えれる"})
_CAN_DIE_START = _CAN_DIE | {"消える", "きえる"}
"""The words ``_can_die`` starts at."""
_MEANS_FOUND_BY = ("grave_outcome", "where", "way_quality", "resolve")
"""Each way ``_means_question`` finds a question needs one of these (or ``_CAN_DIE_START``):
a grave result, where, a quality only a method has, or a decision; or the heart or breath
stopping (``_VITAL``)."""


def _can_die(words: list[Word], q: int) -> bool:
    """「しねる」「おわれる」「きえられる」: a potential form of ending (Sudachi keeps 死ねる as
    its own word; 消え+られる are two)."""
    return bool(words[q].keys & _CAN_DIE) or (
        bool(words[q].keys & {"消える", "きえる"}) and _has(words, q + 1, "られる")
    )


def _counted(c: _Ctx, lo: int, hi: int) -> bool:
    """A count asked (「なんじょう」「なんぷんで」「どれくらい」): a question without a question mark."""
    words = c.words
    if c.first("count_question", lo, hi) is not None:
        return True
    for q in range(lo, hi - 1):
        if words[q].keys & {"何", "なん"} and words[q + 1].pos not in ("助詞", "助動詞"):
            return True
        if words[q].keys & {"どれ", "どの", "どん"} and words[q + 1].keys & {"くらい", "ぐらい"}:
            return True
    return False


def _exaggerated(c: _Ctx, lo: int, hi: int) -> bool:
    """「しぬほど」「しぬかと」: exaggeration; 「どれくらい」 is a count, not one."""
    words = c.words
    return any(
        c.at("hyperbole", q) and not (q and words[q - 1].keys & {"どれ", "どの", "どん", "これ", "それ"})
        for q in range(lo, hi)
    )


def _means_question(c: _Ctx, signals: bool) -> list[Hit]:
    """A question about a means, in any words: whether something can kill (「しねる？」「一回で
    おわれるのかな」), what happens if it is done (「おちたら しぬ？」「くび しめたら なんぷんで
    おちる」), where (「どこの ビルなら 屋上 はいれる？」), or how, once decided."""
    words = c.words
    if not c.near_any(_MEANS_FOUND_BY) and c.keys.isdisjoint(_CAN_DIE_START) and c.keys.isdisjoint(_VITAL):
        return []  # none of the readings below can find anything: the sentences are not read
    hits: list[Hit] = []
    seen: set[int] = set()
    for i in range(len(words)):
        lo, hi = c.sentence(i)
        if lo in seen or i != lo:
            continue
        asked = _asks(c, lo, hi)
        counted = _counted(c, lo, hi)
        everyday = (
            c.first("method_everyday", lo, hi) is not None or _in_game(c, lo, hi) or _exaggerated(c, lo, hi)
        )
        cond = any(_conditional(words, q) or _has(words, q, "ば") for q in range(lo, hi))
        if everyday or not (asked or counted or cond):
            continue
        found = False
        # 「しねるやつ ある？」「おわれる方法」: can it end a life
        if asked and any(_can_die(words, q) for q in range(lo, hi)):
            found = True
        # 「〜たら しぬ？」: a grave result after a condition, about a means or death itself
        for q in range(lo, hi):
            if found:
                break
            if not (_conditional(words, q) or _has(words, q, "ば") or _has(words, q, "たら")):
                continue
            if _body_stops(c, q + 1, min(q + 5, hi)) and c.first("means_cue", lo, hi) is not None:
                found = True  # 「くすり まぜたら しんぞう とまる？」: the body's end, after a means
                break
            g = c.first("grave_outcome", q + 1, min(q + 5, hi))
            if g is not None and _plain_going(words[g]):
                continue  # 「でんしゃが きたら いく」: going, read as いける by its lemma, is a journey
            if g is not None and (c.at("die", g) or c.first("means_cue", lo, hi) is not None):
                found = True
        # 「どこの ビルなら 屋上 はいれる？」「ロープって どこに かければ いい」「どの はしが
        # たかい」: where, for a drop or a tool
        if not found and (asked or cond) and c.first("where", lo, hi) is not None:
            # a drop only under a condition (「どこの ビルなら」): 「いま どこに いるの？ せんろの
            # ちかく？」 is someone asking after the writer
            tool = c.first("tool", lo, hi) is not None and c.first("tool_everyday") is None
            found = (cond and c.first("drop_place", lo, hi) is not None) or tool
        if not found and c.first("where", lo, hi) is not None and c.first("height_place", lo, hi) is not None:
            found = c.first("high_word", lo, hi) is not None
        # 「なんかいからが かくじつ？」: a count with a quality only a method has
        if not found and counted and (asked or cond):
            found = _way_quality(c, lo, hi) and c.first("means_cue", lo, hi) is not None
        # 「もう よういした あと なんじょう いる？」「きめたから やりかた おしえて」: once decided
        if not found and c.first("resolve") is not None:
            if c.first("way", lo, hi) is not None:
                found = asked or c.first("ask", lo, hi) is not None
            elif c.first("pill_count", lo, hi) is not None or c.first("height_place", lo, hi) is not None:
                found = asked or counted
        if not found:
            continue
        seen.add(lo)
        level = "high"
        if c.first("soon_word") is not None or (signals and c.first("resolve") is not None):
            level = "imminent"  # 「きょう つかいたい」「こんや やる」: a means asked for now
        hits.append(Hit("method_question", "method", level, words[lo].start, words[hi - 1].end))
    return hits


# Words of taste: a question about which thing is liked or looks good.
_TASTE = frozenset(
    {
        "好き",
        "すき",
        "好む",
        "このむ",
        "かっこいい",
        "格好いい",
        "カッコいい",
        "かわいい",
        "可愛い",
        "きれい",
        "綺麗",
    }
)
_PAINFUL = frozenset({"痛い", "いたい", "痛く", "いたく", "苦しい", "くるしい", "苦しく", "くるしく"})


def _way_quality(c: _Ctx, lo: int, hi: int) -> bool:
    """A quality only a way of ending has in words ``lo``..``hi``; negated only as painlessness
    (「いたくない」): 「ねむれない とき」 is sleeplessness, not a way of sleeping on."""
    q = c.first("way_quality", lo, hi)
    while q is not None:
        if not c.at("negation", q + 1) or c.words[q].keys & _PAINFUL:
            return True
        q = c.first("way_quality", q + 1, hi)
    return False


_VITAL = frozenset({"心臓", "しんぞう", "息", "いき", "呼吸", "こきゅう"})
_STOPS = ("止まる", "とまる", "停まる")


def _body_stops(c: _Ctx, lo: int, hi: int) -> bool:
    """The heart or breath stopping in words ``lo``..``hi`` (「しんぞう とまる」「いきが とまる」)."""
    words = c.words
    return any(
        words[q].keys & _VITAL and c.first_key(_STOPS, q + 1, min(q + 3, hi)) is not None
        for q in range(lo, hi)
    )


_NOUN_NAMED = ("一般", "サ変可能", "固有名詞")
_CUES = ("method_subject", "means_cue", "body", "tool", "medicine", "die", "place", "drop_place")


def _way_of_a_thing(c: _Ctx, lo: int, hi: int) -> bool:
    """Round of 2026-12-04: the way asked is the way of doing something to a thing named
    (noun + の/を + verb + 方: 「いたくない 注射の うけかた」「ピアスの あけかた」), the thing no
    means, body part, place or death (「手首の きりかた」 stays a method question)."""
    words = c.words
    for w in range(max(lo, 3), hi):
        if not (words[w].keys & {"方", "かた"} and words[w].pos == "接尾辞" and words[w - 1].pos == "動詞"):
            continue
        if not words[w - 2].keys & {"の", "を"}:
            continue
        n = w - 3
        if words[n].pos == "名詞" and words[n].conj in _NOUN_NAMED and not any(c.at(cls, n) for cls in _CUES):
            return True
    return False


_GOING = frozenset({"行く", "いく"})
_CAN_GO = frozenset({"いける", "行ける", "逝ける", "逝く", "イケる"})


def _plain_going(w: Word) -> bool:
    """行く said plainly (いく, いこう, いきます), not its potential いける (「〜たら いける？」 asks
    whether it ends a life): the class word いける shares 行く as its lemma (round of 2026-12-04)."""
    return bool(w.keys & _GOING) and not w.keys & _CAN_GO


def _in_game(c: _Ctx, lo: int, hi: int) -> bool:
    """A game named in words ``lo``..``hi`` and not denied (「ゲームの 話じゃなくて」); read in
    the text's reading too, where the hiragana reread cuts 「まいくら」 apart."""
    g = c.first("game", lo, hi)
    if g is not None:
        return c.first("negation", g + 1, min(g + 5, hi)) is None
    return c.read("game") and not any(n in c.kana for n in ("じゃなく", "じゃない", "ではなく"))


_OVER = frozenset(
    {"たくさん", "沢山", "いっぱい", "一杯", "全部", "ぜんぶ", "まとめて", "一気", "いっき", "大量"}
)
"""Much at once: the shape of an overdose, never a dose asked for an illness."""
_AT_ONCE = frozenset({"まとめて", "一気", "いっき", "一度に", "いちどに"})
"""Taken together at one time: more than a dose, never how one is taken for an illness."""
_GATHER = frozenset({"まとめる", "纏める"})
"""まとめて is read as まとめる + て."""
_DOSE_UNIT = frozenset({"一回", "1回", "一日", "日", "いっかい", "いちにち", "一度"})


def _per_dose(c: _Ctx, lo: int, hi: int) -> bool:
    """A count of pills per dose or per day (「一回 何錠」「1日 何錠」), right before the count."""
    words = c.words
    return any(
        words[q].keys & _DOSE_UNIT and c.first("pill_count", q + 1, min(q + 3, hi)) is not None
        for q in range(lo, hi)
    )


def _asked_of_carer(c: _Ctx) -> bool:
    """A parent asked, or asking, anywhere in the text: carer + に + a verb of asking."""
    words = c.words
    return any(
        c.at("carer", q)
        and _has(words, q + 1, "に")
        and c.first("ask", q + 2, min(q + 5, len(words))) is not None
        for q in range(len(words))
    )


def _timetable(c: _Ctx, i: int, hi: int) -> bool:
    """何 + a unit of time + a verb of coming or leaving: the time a train or a bus comes."""
    return (
        _has(c.words, i, "何") and bool(c.at("clock", i + 1)) and c.first("timetable", i + 2, hi) is not None
    )


def _method_question(c: _Ctx, signals: bool = False) -> list[Hit]:
    words = c.words
    hits: list[Hit] = []
    seen: set[int] = set()
    for i, _w in enumerate(words):
        if not (c.at("amount", i) or c.at("how", i)):
            continue
        lo, hi = c.sentence(i)
        # a count asked for is a question by itself, even without ？ or か
        if lo in seen or not (_question(c, lo, hi) or c.first("count_question", lo, hi) is not None):
            continue
        adult = c.first("ask_adult", lo, hi)
        if adult is not None and c.first("ask", adult + 1, min(adult + 4, hi)) is not None:
            continue  # 「せんせいに きいた」: asked of someone who knows
        if _asked_of_carer(c) and c.first("die", lo, hi) is None and c.first("grave_outcome", lo, hi) is None:
            continue  # 「くすり のんでいいか おやに きく」「おかあさんに きいてって いわれた」
        subject = c.first("method_subject", lo, hi)
        intake = c.first("intake", lo, hi)
        outcome = c.first("method_outcome", lo, hi)
        everyday = c.first("method_everyday", lo, hi) is not None or c.read("method_everyday")
        strong_amount = c.at("amount", i) and (
            not (_has(words, i, "何") or _has(words, i, "どの"))
            or words[min(i + 1, len(words) - 1)].pos == "接尾辞"
            or c.at("counter", i + 1)
        )
        if _timetable(c, i, hi) and outcome is None and c.first("die", lo, hi) is None:
            continue  # 「でんしゃ なんぷんに くる？」: when it comes, asked
        drinks = c.first("drink", lo, hi) is not None
        # much at once with an amount asked (「どれくらい まとめて のめば いい？」) is no dose,
        # whatever is swallowed, named or not (risk round u of 2026-12-07)
        at_once = c.first("count_question", lo, hi) is not None and any(
            words[q].keys & _AT_ONCE or (words[q].keys & _GATHER and _has(words, q + 1, "て"))
            for q in range(lo, hi)
        )
        if (
            drinks
            and _dose_question(c, lo, hi)
            and not at_once
            and not (signals or c.first("soon_word") is not None)
        ):
            continue  # 「かぜぐすり なんじょう のめば いいの？」: the dose, asked
        if _per_dose(c, lo, hi) and c.first("die", lo, hi) is None and not signals:
            continue  # 「かぜ薬って 一回 何錠？」「1日 何錠まで」: the label's dose, asked
        if (
            (c.near("illness") or _aches(c))
            and c.first("die", lo, hi) is None
            and c.first("grave_outcome", lo, hi) is None
            and c.first("method_outcome", lo, hi) is None
            and not any(words[q].keys & _OVER for q in range(lo, hi))
            and not signals
        ):
            continue  # 「かぜぐすりって 何錠 のむの？ ねつ でてる」: a dose for an illness, asked
        if _in_game(c, lo, hi):
            continue  # 「マイクラで 何ブロックから おちたら しぬ？」: a death in a game
        if (
            any(words[q].keys & _TASTE for q in range(lo, hi))
            and c.first("die", lo, hi) is None
            and c.first("grave_outcome", lo, hi) is None
            and outcome is None
        ):
            continue  # 「どの でんしゃが すき？」 (2026-12-04b): which one is liked, a taste asked
        night = _till_morning(c, lo, hi) and c.first("medicine", lo, hi) is None
        if night and c.first("die", lo, hi) is None:
            continue  # 「ねむった まま 朝まで おきない 方法」: a night slept through, asked
        # a way that only a method has (painless, certain, in an instant): 「いたくない やりかた」
        quality_way = (
            c.first("way", lo, hi) is not None
            and c.first("way_quality", lo, hi) is not None
            and _question(c, lo, hi)
            and not _way_of_a_thing(c, lo, hi)
        )
        if subject is not None and _thing_falls(c, subject, lo, hi):
            subject = None  # 「ものが 落ちる はやさって 高さで 変わるの？」: a thing falls, in a lesson
        if (
            subject is not None
            or quality_way
            or (drinks and strong_amount)
            or (intake is not None and outcome is not None and strong_amount)
        ):
            if everyday and subject is None:
                continue
            if (
                everyday
                and subject is not None
                and c.at("method_subject", subject)
                and not (c.first("die", lo, hi) is not None or outcome is not None)
            ):
                continue
            seen.add(lo)
            hits.append(Hit("method_question", "method", "high", words[lo].start, words[hi - 1].end))
    return hits


_FALL = frozenset({"落ちる", "おちる"})
_PEOPLE = frozenset({"人", "ひと", "人間", "にんげん", "体", "からだ", "身体"})


def _thing_falls(c: _Ctx, subject: int, lo: int, hi: int) -> bool:
    """Round of 2026-12-05 (c): the one that falls is a thing, named as the subject right before
    the verb (「ものが おちる」「ボールが 落ちる」), and no death or grave result is in the sentence:
    a lesson's question, not the writer's fall."""
    words = c.words
    if not words[subject].keys & _FALL or subject < lo + 2 or not _has(words, subject - 1, "が"):
        return False
    who = words[subject - 2]
    if who.pos != "名詞" or who.keys & _PEOPLE:
        return False
    if any(c.at(cls, subject - 2) for cls in ("self", "someone", "recipient", "companion", "carer")):
        return False  # 「ともだちが おちるのって 何階から？」: a person, asked "for a friend"
    return c.first("die", lo, hi) is None and c.first("grave_outcome", subject + 1, hi) is None


_MORNING = frozenset({"朝", "あさ", "明け方", "あけがた"})


def _till_morning(c: _Ctx, lo: int, hi: int) -> bool:
    """Sleep bounded by the morning (朝 + まで) in words ``lo``..``hi`` (round of 2026-12-04 (j)):
    not waking *until morning* is a night slept through, not an end."""
    return any(c.words[q].keys & _MORNING and _has(c.words, q + 1, "まで") for q in range(lo, hi - 1))


_ACHE = frozenset({"痛い", "いたい", "痛む", "いたむ"})
_ACHING = frozenset({"頭", "あたま", "お腹", "おなか", "腹", "はら", "歯", "は", "喉", "のど", "耳", "みみ"})


def _aches(c: _Ctx) -> bool:
    """An everyday ache said with its place (「頭 いたい」「おなかが いたい」「のど いたむ」): an
    illness named without its name (round of 2026-12-04 (j)), so a dose asked is for it."""
    words = c.words
    for i in c.where_keys(_ACHE):
        k = i - 1
        if k >= 0 and words[k].keys & {"が", "も"}:
            k -= 1
        if k >= 0 and words[k].keys & _ACHING:
            return True
    return False


def _overdose(c: _Ctx) -> list[Hit]:
    """Medicine, then drinking it too much, done: 「くすりを のみすぎた」."""
    words = c.words
    hits: list[Hit] = []
    for i, w in enumerate(words):
        if not c.at("medicine", i):
            continue
        _lo, hi = c.sentence(i)
        # kana 「のみすぎ」 reads as the particle のみ
        d = c.first_key(("飲む", "のむ", "呑む", "のみ"), i + 1, min(i + 5, hi))
        if d is None or not c.at("too_much", d + 1):
            continue
        done = c.first_key(("た", "ちゃう", "しまう", "てる"), d + 2, min(d + 5, hi))
        if done is not None and not c.at("negation", d + 2):
            hits.append(Hit("overdose", "method", "imminent", w.start, words[done].end))
    return hits
