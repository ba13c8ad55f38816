"""Affairs handed over (round (j)): the part of the ``farewell`` construction that needs no
goodbye word. A child who has decided often says nothing of leaving and only settles what
would be left behind:

* ``handed_over``: a pet, or its care, left to someone for good (「ねこのこと、となりの
  おばちゃんに たのんできた。もう大丈夫」「いぬの さんぽ、これからは おとうとが やってね」
  「インコ、友だちの いえに あずけた。もどらないけど」);
* ``nothing_left``: nothing left undone or to regret (「これで 心のこり ない」「もう やる
  ことは ぜんぶ やった」「やりのこした こと、ぜんぶ チェック ついた」);
* ``no_more_needed``: no need any more to keep tomorrow going (「もう 充電 しなくて いいや」
  「もう あしたの 準備は しなくて いいんだ」);
* ``returned``: things borrowed given back, all of them or with an end said (「かりてた マンガ
  ぜんぶ かえしてきた」「かりてた ペン かえした。これで いい」) (round 2026-12-03 (d));
* ``no_occasion``: something given, handed over or given back, and never again an occasion for
  it, もう + a verb + こと + ない (「いとこに あげた。もう つける こと ないから」);
* ``after_me`` (``high``): the writer gone, as a condition or a time after which something is
  arranged (「もし わたしが きえたら この手紙 よんでね」「じぶんが いなくなった あとの こと」);
* ``care_ended`` (round a of 2026-12-05): a pet's care asked of someone and the writer's own care
  said over for good (「もう せわ できないから」);
* ``giving_wished`` (``high``, not yet done): treasured things wished given to anyone, or who gets
  what planned (「大事なもの だれかに あげたく なってきた」「だれに 何 あげるか リスト つくってる」).

A trip, a move or a holiday (``parting_event``), a day named later, a question, a fun or a
school word (``method_everyday``) or joy leave each of them out: those are everyday handovers.
Each reads a fixed number of words around its anchor: linear in the length of the text.
"""

from __future__ import annotations

from safety.constructions.grammar import _asks, _conditional
from safety.constructions.words import Hit, _Ctx, _has, _has_any, gift_explained

_FROM_NOW = frozenset({"これから", "今後", "こんご"})


def _everyday(c: _Ctx, *, later: bool = True) -> bool:
    """A parting everyone has, a later day (unless ``later`` is off: 「あしたの 準備」 is what is
    no longer kept up), a school or fun word, or joy, anywhere."""
    return (
        c.near("parting_event")
        or (later and c.first("later") is not None)
        or c.near("method_everyday")
        or c.first("joy") is not None
        or any(w.keys & {"!", "！", "やった", "やったー"} for w in c.words)
    )


def _for_good(c: _Ctx) -> bool:
    """The handover is final: a settled word (安心, 大丈夫, 最後, これで) or a coming back
    denied (「もどらない」「もう あえない」)."""
    words = c.words
    if c.first("settled") is not None:
        return True
    if _unable_from_now(c) or _self_gone(c):
        return True
    return any(c.at("come_back", q) and c.at("negation", q + 1) for q in range(len(words)))


_ABLE = frozenset(
    {"できる", "出来る", "いける", "行ける", "会える", "あえる", "帰れる", "かえれる", "見れる", "みれる"}
    | {"居る", "いる", "おる"}
)


_MOU = frozenset({"もう"})


def _unable_from_now(c: _Ctx) -> bool:
    """The writer no longer able, said flat after もう (「わたしは もう せわ できないから」「もう
    むかえに いけない」「もう わたしは いないから」): the handover is for good (round 2026-12-03
    (a)); not asked, not a condition, not someone else's (「ママ もう いない？」)."""
    words = c.words
    for q in c.where_keys(_MOU):
        lo, hi = c.sentence(q)
        # someone else as the subject: right before もう or between it and the verb (「ママ もう
        # いない？」), not anywhere in a long sentence (「となりの おばちゃんに あずけてきた もう
        # むかえに いけない」 names the one the pet went to)
        near = (max(lo, q - 3), min(q + 5, hi))
        if _asks(c, lo, hi) or any(c.first(cls, *near) is not None for cls in ("others", "companion")):
            continue
        for v in range(q + 1, min(q + 5, hi)):
            if words[v].pos == "動詞" and words[v].keys & _ABLE and c.at("negation", v + 1):
                after = words[v + 2 : v + 3]
                if not _conditional(words, v + 1) and not (
                    after and after[0].keys & {"と", "た", "か", "の"}
                ):
                    return True
    return False


_SAID_FLAT = frozenset({"し", "から", "ので", "ね", "よ", "もん", "けん", "さかい"})


def _self_gone(c: _Ctx) -> bool:
    """The writer's going said as a fact to come (「わたし いなくなるし」「もう きえるから」): a
    verb of dying or vanishing in its plain form, the sentence's end or a reason (し, から)
    after it, not negated, asked, wished or a condition, nobody else before it (round
    2026-12-03 (d))."""
    words = c.words
    for v in c.where("die"):
        size = c.at("die", v)
        end = v + size
        if not size or words[v].pos != "動詞" or "終止形" not in words[end - 1].conj:
            continue
        lo, hi = c.sentence(v)
        if end < hi and not words[end].keys & _SAID_FLAT:
            continue
        if _asks(c, lo, hi) or any(
            c.first(cls, max(lo, v - 4), v) is not None for cls in ("others", "companion")
        ):
            continue
        return True
    return False


def _from_now_on(c: _Ctx, i: int) -> bool:
    """「これからは」 at ``i``: from now on, someone else (not 「これからも」, more of the same)."""
    words = c.words
    if words[i].keys & _FROM_NOW:
        return _has(words, i + 1, "は")
    return _has(words, i, "これ") and _has(words, i + 1, "から") and _has(words, i + 2, "は")


_FOOD = frozenset({"ごはん", "御飯", "ご飯"})


def _care_told(c: _Ctx, i: int) -> bool:
    """After the pet is handed over at ``i``, how to care for it told in a sentence after it
    (「ねこの こと よろしく。えさは 朝と 夜」「インコ おねがい。ごはんは たなの うえ」): a care word
    or its food + は/を, as one leaves instructions for good (a trip or a later day is left out
    by ``_everyday``)."""
    words = c.words
    for q in range(c.hi[i], min(c.hi[i] + 8, len(words))):
        if (c.at("pet_care", q) or words[q].keys & _FOOD) and (
            _has(words, q + 1, "は") or _has(words, q + 1, "を")
        ):
            return True
    return False


_AWAY = frozenset({"間", "あいだ", "留守", "るす"})


def _while_away(c: _Ctx) -> bool:
    """A bounded absence named (「しゅくはくがくしゅうの 間」「るすの あいだ」「旅行中」): the care
    is for a while."""
    return any(
        (w.keys & _AWAY and w.pos in ("名詞", "接尾辞")) or (w.keys & {"中"} and w.pos == "接尾辞")
        for w in c.words
    )


_LOVE = frozenset({"がる"})
_CLOSING = frozenset({"する", "為る", "ます", "ね", "な", "よ", "ぞ", "わ", "じゃ"})
"""What may close a bare request (「おねがい します」「たのむね」)."""


def _anyone_to_love(c: _Ctx, i: int) -> bool:
    """「だれか かわいがって あげてね」「だれか かわりに せわ して」: the pet asked to be loved or
    cared for by anyone at all — the writer will not be there — as a request (〜て, or a bare
    お願い/よろしく/頼む closing the sentence, round o of 2026-12-05), not asked
    (「だれか みてて くれる？」 is a question: ``_asks``)."""
    words = c.words
    if not (_has(words, i, "誰") or _has(words, i, "だれ")) or not _has(words, i + 1, "か"):
        return False
    for q in range(i + 2, min(i + 7, c.hi[i])):
        size = c.at("hand_over", q) or (
            2 if words[q].keys & {"御", "お"} and _has_any(words, q + 1, frozenset({"願う", "ねがう"})) else 0
        )  # (kana 「おねがい」 is read お + ねがう)
        if size and q <= i + 3 and all(words[k].keys & _CLOSING for k in range(q + size, c.hi[i])):
            return True  # 「ねこの こと、だれか おねがい」: left to anyone at all, the request ending it
        loving = words[q].keys & _LOVE and q and words[q - 1].pos == "形容詞"
        if (loving or c.at("pet_care", q)) and any(
            _has(words, k, "て") for k in range(q + 1, min(q + 3, len(words)))
        ):
            return True
    return False


def _self_takes_on(c: _Ctx, i: int) -> bool:
    """「ねこの せわ これからは ぼくが する」: the writer, with が or も, is the one who cares from now
    on; nothing passes to another."""
    words = c.words
    hi = c.sentence(i)[1]
    return any(
        c.at("self", q) and (_has(words, q + 1, "が") or _has(words, q + 1, "も"))
        for q in range(i + 2, min(i + 6, hi))
    )


def _entrusted_from_now(c: _Ctx, i: int) -> bool:
    """「ねこ、これからは おばあちゃんに たくした」「うさぎの こと これからは いもうとに まかせる」:
    from now on (``_from_now_on`` at ``i``) the pet left to someone named with に, or by a verb of
    entrusting, in the same sentence: the care passes to another for good, with no care word
    needed.  A bare よろしく/お願い with nobody named is a greeting (「これからは よろしくね」 to a
    new pet), and a passive is the writer being asked, so neither counts; the writer taking the
    care on (「これからは ぼくが せわ する」) has no entrusting word at all."""
    if not _from_now_on(c, i) or "!" in c.kana or "！" in c.kana:
        return False  # (an exclamation is cheer: 「これからは ままに あずける！」 is a chore shared)
    words = c.words
    hi = c.sentence(i)[1]
    named = any(
        (c.at("recipient", q) or c.at("others", q)) and _has(words, q + 1, "に") for q in range(i + 2, hi)
    )
    for q in range(i + 2, min(i + 9, hi)):
        if not c.at("hand_over", q):
            continue
        if any(words[k].keys & {"れる", "られる"} for k in range(q + 1, min(q + 3, hi))):
            return False
        if words[q].pos == "動詞" or named:
            return True
    return False


def _kin_entrusted(c: _Ctx, i: int) -> bool:
    """「ねこ、これからは おばあちゃんに たくした」: a grandparent is a ``parting_event`` word for
    the visits to them, but here they are only who takes the pet on (followed by に) from now
    on; with every such word the one entrusted and nothing else everyday, the handover stands."""
    if not _entrusted_from_now(c, i):
        return False
    words = c.words
    where = c.where("parting_event")
    if not where or not all(_has(words, q + max(1, c.at("parting_event", q)), "に") for q in where):
        return False
    return not (
        c.first("later") is not None
        or c.near("method_everyday")
        or c.first("joy") is not None
        or any(w.keys & {"!", "！", "やった", "やったー"} for w in words)
    )


def _handed_over(c: _Ctx) -> list[Hit]:
    words = c.words
    pet = c.first("pet")
    if pet is None:
        return []
    for i in range(pet + 1, len(words)):
        lo, hi = c.sentence(i)
        # (「だれか」 holds the か that ``_asks`` reads as a question)
        loved = _anyone_to_love(c, i) and not (
            "?" in c.kana or "？" in c.kana or words[hi - 1].keys & {"か", "の", "かな"}
        )
        if _asks(c, lo, hi) and not loved:
            continue
        handed = c.at("hand_over", i) and not any(
            words[q].keys & {"れる", "られる"} for q in range(i + 1, min(i + 3, hi))
        )  # 「ママに たのまれた」: asked of the writer, nothing handed over
        told = handed and not _for_good(c) and _care_told(c, i) and not _while_away(c)
        if (
            (handed and _for_good(c))
            or told
            or (_from_now_on(c, i) and c.first("pet_care", pet, i) is not None and not _self_takes_on(c, i))
            or _entrusted_from_now(c, i)
            or loved
        ):
            if loved and not told:
                # (「かわいがる」 is read as joy by ``_everyday``: the other everyday signs only)
                if _cheerful(c) or c.near("parting_event") or c.first("later") is not None:
                    return []
            elif (_everyday(c) and not _kin_entrusted(c, i)) or (told and _cheerful(c)):
                return []
            return [Hit("farewell", "plan", "imminent", words[pet].start, words[i].end, "handed_over")]
    return []


_TODO = frozenset({"やる"})
"""「やる こと」, besides a regret: where ``_nothing_left`` starts."""


def _nothing_left(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in c.where_any(("regret",), _TODO):
        hi = c.hi[i]
        regret = c.at("regret", i)
        todo = _has(words, i, "やる") and _has(words, i + 1, "こと")  # 「やる こと」: what is to do
        if not (regret or todo):
            continue
        denied = regret and c.first("negation", i + 1, min(i + 4, hi)) is not None
        everything = c.first("big_amount", i + 1, min(i + 5, hi))
        done = everything is not None and any(
            words[q].pos == "動詞" and _has(words, q + 1, "た")
            for q in range(everything + 1, min(everything + 4, hi))
        )
        if todo and c.first_key(("もう",), c.lo[i], i) is None:
            done = False  # 「きょう やる こと ぜんぶ やった」 is a day's work
        if (denied or done) and not _asks(c, c.lo[i], hi):
            if _everyday(c) or c.near("farewell_everyday"):
                return []
            return [
                Hit(
                    "farewell",
                    "plan",
                    "imminent",
                    words[i].start,
                    words[min(i + 3, hi - 1)].end,
                    "nothing_left",
                )
            ]
    return []


def _no_more_needed(c: _Ctx) -> list[Hit]:
    """もう + keeping tomorrow going + 〜なくて いい, said to oneself (や, んだ), not to someone
    (よ, ね) nor asked."""
    words = c.words
    for i in c.where("upkeep"):
        lo, hi = c.sentence(i)
        if c.first_key(("もう",), lo, i) is None:
            continue
        neg = c.first("negation", i + 1, min(i + 4, hi))
        if neg is None or not _has(words, neg + 1, "て") or not c.at("relief", neg + 2):
            continue
        tail = words[neg + 3 : hi]
        if any(w.keys & {"よ", "ね", "か", "?"} for w in tail) or _asks(c, lo, hi):
            continue  # 「もう ねなくて いいよ」 is said to someone
        if _everyday(c, later=False):
            return []
        return [Hit("farewell", "plan", "imminent", words[i].start, words[neg + 2].end, "no_more_needed")]
    return []


_GIVE = frozenset({"上げる", "あげる", "譲る", "ゆずる", "渡す", "わたす"})
_ANYONE = ("誰", "だれ", "誰か", "だれか")
_WHAT = ("何", "なに", "なん")


def _giving_wished(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in c.where_keys(_GIVE):
        lo = c.lo[i]
        anyone = c.first_key(_ANYONE, max(lo, i - 4), i)
        if anyone is None:
            continue
        wished = c.at("desire", i + 1) and not c.at("negation", i + 2)
        treasured = c.first("treasure", max(lo, i - 6), anyone) is not None
        planned = c.first_key(_WHAT, anyone + 1, i) is not None  # 「だれに 何 あげる」: who gets what
        asked = any("?" in w.keys for w in words[lo : c.hi[i]])  # 「だれか 何か あげる？」
        if ((wished and treasured) or planned) and not asked:
            if _everyday(c) or gift_explained(c):
                return []  # a birthday, leftovers, a game outgrown
            return [Hit("farewell", "plan", "high", words[anyone].start, words[i].end, "giving_wished")]
    return []


_BORROW = frozenset({"借りる", "かりる"})
_RETURN = frozenset({"返す", "かえす", "返却"})
_PASSED_ON = _GIVE | _RETURN | frozenset({"配る", "くばる", "預ける", "あずける", "託す"})
_IDLE = frozenset({"する", "為る", "やる", "出来る", "できる"})
"""「する こと ない」 is nothing to do, not never again."""


def _cheerful(c: _Ctx) -> bool:
    """An exclamation or a laugh anywhere (「かえした！」「0円w」): the analyser drops the
    marks, so the reading is looked at."""
    return "!" in c.kana or "！" in c.kana or c.first("laugh") is not None or c.kana.rstrip().endswith("w")


def _done_at(c: _Ctx, v: int) -> bool:
    """Verb ``v`` said as done: た within three words (「かえした」「かえしてきた」)."""
    return any(_has(c.words, q, "た") for q in range(v + 1, min(v + 4, c.hi[v])))


def _no_occasion(c: _Ctx, lo: int) -> int | None:
    """もう + a verb + こと (は/も) + ない, flat, from ``lo`` on: never again an occasion for it
    (「もう つける こと ない」); not 「もう する こと ない」 (nothing to do), not asked."""
    words = c.words
    for q in range(lo, len(words)):
        if not _has(words, q, "もう"):
            continue
        hi = c.hi[q]
        for v in range(q + 1, min(q + 4, hi)):
            if words[v].pos != "動詞" or words[v].keys & _IDLE or not _has(words, v + 1, "こと"):
                continue
            neg = v + 3 if words[v + 2 : v + 3] and words[v + 2].keys & {"は", "も"} else v + 2
            if c.at("negation", neg) and not _conditional(words, neg) and not _asks(c, c.lo[q], hi):
                return neg
    return None


def _returned(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in c.where_keys(_RETURN):
        if not (words[i].pos == "動詞" and _done_at(c, i)):
            continue
        lo, hi = c.sentence(i)
        borrowed = next((q for q in range(max(lo, i - 6), i) if words[q].keys & _BORROW), None)
        if borrowed is None or _asks(c, lo, hi):
            continue
        every = c.first("big_amount", borrowed, i) is not None
        ended = c.first("settled", i + 1) is not None or _no_occasion(c, i + 1) is not None
        if not (every or ended):
            continue
        if _everyday(c) or _cheerful(c) or gift_explained(c) or c.near("farewell_everyday"):
            return []
        return [Hit("farewell", "plan", "imminent", words[borrowed].start, words[i].end, "returned")]
    return []


def _never_again_after_passing_on(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in c.where_keys(_PASSED_ON):
        if not (words[i].pos == "動詞" and _done_at(c, i)):
            continue
        neg = _no_occasion(c, i + 1)
        if neg is None:
            continue
        if _everyday(c) or _cheerful(c) or gift_explained(c):
            return []
        return [Hit("farewell", "plan", "imminent", words[i].start, words[neg].end, "no_occasion")]
    return []


_AFTER = frozenset({"後", "あと", "のち"})


def _after_me(c: _Ctx) -> list[Hit]:
    """The writer (named just before) + a verb of dying or vanishing + たら/ば or 後: life
    arranged for after the writer is gone (round 2026-12-03 (d)); not a move, a trip or a
    school event, not someone else."""
    words = c.words
    for v in c.where("die"):
        size = c.at("die", v)
        if v < 1 or words[v].pos != "動詞":
            continue
        lo = c.lo[v]
        me = next((q for q in range(max(lo, v - 3), v) if c.at("self", q)), None)
        if me is None or c.first("others", me + 1, v) is not None:
            continue
        end = v + size - 1
        cond = _conditional(words, end) or _conditional(words, end + 1) or _has(words, end + 1, "たら")
        after = _has(words, end + 1, "た") and any(
            words[q].keys & _AFTER for q in range(end + 2, min(end + 4, len(words)))
        )
        if not (cond or after):
            continue
        if c.near("parting_event") or c.near("farewell_everyday") or c.first("later") is not None:
            return []
        if _cheerful(c) or c.first("joy") is not None:
            return []  # 「わたしが きえたら マジック 成功w」
        return [Hit("farewell", "ideation", "high", words[me].start, words[end].end, "after_me")]
    return []


_UNABLE = frozenset({"出来る", "できる", "無理", "むり", "ムリ"})
_ASKED = frozenset(
    {
        "お願い",
        "おねがい",
        "願う",
        "ねがう",
        "頼む",
        "たのむ",
        "ほしい",
        "欲しい",
        "もらう",
        "貰う",
        "よろしく",
    }
)
_CARE_REASON = frozenset(
    {
        "アレルギー",
        "あれるぎー",
        "忙しい",
        "いそがしい",
        "受験",
        "じゅけん",
        "部活",
        "ぶかつ",
        "大きい",
        "おおきい",
    }
)
"""Why a child stops caring for a pet for everyday reasons: an allergy, being busy, the pet grown."""


def _care_ended(c: _Ctx) -> list[Hit]:
    """``care_ended`` (round a of 2026-12-05): a pet named, its care asked of someone (お願い,
    〜て ほしい, たのむ) and the writer's own care said over for good — もう, then (the care and)
    being unable (「ハムスター、もらって ほしい。もう せわ できないから」「メダカの 水かえ、だれか
    おねがい。わたしは もう できないから」); not with a reason everyone has (an allergy, being busy,
    a move, a trip), someone else unable, a question or anything cheerful."""
    words = c.words
    if c.first("pet") is None or c.keys.isdisjoint(_ASKED) or not c.keys.isdisjoint(_CARE_REASON):
        return []
    for q in c.where_keys(frozenset({"もう"})):
        hi = c.hi[q]
        unable = next((k for k in range(q + 1, min(q + 4, hi)) if words[k].keys & _UNABLE), None)
        if unable is None:
            continue
        if words[unable].keys & {"出来る", "できる"} and not c.at("negation", unable + 1):
            continue
        lo = c.lo[q]
        someone_else = any(
            (c.at("others", k) or c.at("carer", k)) and _has(words, k + 1, "が") for k in range(lo, q)
        )  # 「ママが もう せわ できないって」
        if someone_else or _asks(c, lo, hi):
            continue
        if _everyday(c) or _cheerful(c) or _while_away(c):
            return []
        return [Hit("farewell", "plan", "imminent", words[q].start, words[unable].end, "care_ended")]
    return []


def _handover(c: _Ctx) -> list[Hit]:
    return (
        _care_ended(c)
        + _handed_over(c)
        + _nothing_left(c)
        + _no_more_needed(c)
        + _giving_wished(c)
        + _returned(c)
        + _never_again_after_passing_on(c)
        + _after_me(c)
    )
