"""The ``farewell`` construction: a goodbye with finality, things given away, a finished
letter, preparations done."""

from __future__ import annotations

from safety.constructions.grammar import _TE, _asks, _conditional
from safety.constructions.handover import _handover
from safety.constructions.last_things import (
    _SEE_YOU,
    _cleared_out,
    _done_after,
    _given_away,
    _goodbye_for_ever,
    _last_time,
    _letter_left,
    _traces_erased,
)
from safety.constructions.settled import GATE_CLASSES, GATE_KEYS, _settled
from safety.constructions.times import TODAY
from safety.constructions.words import Hit, Word, _cheerful_text, _Ctx, _has, gift_explained


def _me_forgotten(c: _Ctx, i: int) -> bool:
    """「わたしの ことは わすれてね」「わすれてね ぼくのこと」: the writer is what is to be
    forgotten (not 「いやな ことは わすれて、じぶんを だいじに」)."""
    words = c.words
    for q in range(max(c.lo[i], i - 4), min(c.hi[i], i + 5)):
        if c.at("self", q) and _has(words, q + 1, "の") and _has(words, q + 2, "こと"):
            return True
    return False


def _see_you(words: list[Word], i: int) -> bool:
    """「じゃあね」「じゃね」 (Sudachi gives じゃ as で: the class cannot hold it)."""
    return (
        bool(words[i].keys & _SEE_YOU)
        and _has(words, i + 1, "ね")
        and (i + 2 >= len(words) or words[i + 2].sentence != words[i].sentence)
    )


_FAREWELL_STARTS = ("goodbye", "final_goodbye", "parting", "letter", "give", "leave_at", "prepared")
"""The classes ``_farewell``'s reading of each word starts at (with ``_SEE_YOU``): a goodbye, a
letter (``_letter_left``), things given or left (``_given_away``), preparations."""
_LEAVE = frozenset({"置く", "おく", "残す", "のこす"})
"""A letter left somewhere to be found (「つくえの うえに おいとく」)."""


_WRITTEN = ("た", "てある", "終わる")
"""A letter written: 「かいた」「かいてある」「かきおわった」."""
_READY = ("た", "てる", "てある")
_FINISHED = frozenset({"終わる", "おわる", "終える", "おえる", "仕上げる", "しあげる"})
"""Preparations done: 「できた」「できてる」「してある」."""


def _completed(
    c: _Ctx, i: int, cls: str, reach: int, marks: tuple[str, ...], tail: int
) -> tuple[int | None, bool]:
    """The verb of ``cls`` within ``reach`` words after the thing at ``i`` (same sentence),
    and whether one of ``marks`` within ``tail`` words from it says it is done. The letter
    and the preparations are read alike: 「てがみ かいた」「じゅんび できてる」."""
    words = c.words
    done = c.first(cls, i + 1, min(i + reach, c.hi[i]))
    if done is None:
        return None, False
    past = any(_has(words, q, m) for q in range(done, min(done + tail, len(words))) for m in marks)
    return done, past


def _negated(c: _Ctx, v: int) -> bool:
    """A negation right after verb ``v``, plain or polite (「こない」「来ません」), said flat:
    not a condition, an obligation, a past, a request or a question (「こなかったら」「かえらないと」
    「いなかった」「こないで」「こないの」)."""
    words = c.words
    neg = v + 2 if _has(words, v + 1, "ます") else v + 1
    if not c.at("negation", neg) or _conditional(words, neg) or words[neg].conj == "終助詞":
        return False  # 「いくね」: the ね that ends a sentence is no ねえ
    if _has(words, neg + 1, "と") and c.at("think", neg + 2):
        return True  # 「もう おらんと おもう」: quoted, not a condition
    return not any(_has(words, neg + 1, k) for k in ("た", "たら", "ば", "と", "て", "で", "の", "か"))


_BEING = frozenset({"居る", "おる"})


def _absent(c: _Ctx, i: int) -> bool:
    """The writer not here any more, said as a fact to come: もう + いる/おる + negation, with
    the writer or a time named before it, nobody else, not a condition, a past or a question
    (「もう いなかったら」「もう いなかった」「ママ もう いない？」 are not)."""
    words = c.words
    if not (words[i].keys & _BEING and _negated(c, i)):
        return False
    lo, hi = c.sentence(i)
    if c.first("again", max(lo, i - 4), i) is None or _asks(c, i, hi):
        return False
    if c.first("others", lo, i) is not None or c.first("companion", lo, i) is not None:
        return False
    return c.first("self", lo, i) is not None or c.first("soon_word", lo, i) is not None or _by_then(c, lo, i)


_WHEN = frozenset({"頃", "ころ"})


def _by_then(c: _Ctx, lo: int, i: int) -> bool:
    """「これが とどく ころには」「よむ ころには」: a verb + 頃 + に, a time to come by which the
    writer is gone (round of 2026-12-04 (c)); the verb may carry an auxiliary (「よんでる ころには」,
    round a of 2026-12-05)."""
    words = c.words
    return any(
        words[q].keys & _WHEN
        and (
            words[q - 1].pos == "動詞"
            or (q >= 2 and words[q - 1].pos == "助動詞" and words[q - 2].pos == "動詞")
        )
        and _has(words, q + 1, "に")
        for q in range(max(lo, 1), i)
    )


_WHERE = frozenset({"どこ", "何処"})


def _nowhere(c: _Ctx, lo: int, hi: int) -> bool:
    """「どこにも」「どこへも」 between ``lo`` and ``hi``."""
    words = c.words
    return any(
        words[q].keys & _WHERE and (_has(words, q + 1, "も") or _has(words, q + 2, "も"))
        for q in range(lo, hi)
    )


def _again_soon(c: _Ctx, i: int) -> bool:
    """「また」 after the goodbye at ``i`` (「ばいばい、また 4月ね」「じゃあね また あした」): see
    you again, not a last goodbye; not 「また あえない」 nor the next life (``final_goodbye``)."""
    words = c.words
    for q in range(i + 1, min(i + 6, len(words))):
        if words[q].keys & {"又", "また"} and words[q].sentence - words[i].sentence <= 1:
            # (the ね that ends 「またね」 is in the negation class for ねえ: only a flat ない counts)
            return not any(
                c.at("negation", k) and words[k].conj != "終助詞" for k in range(q + 1, min(q + 4, c.hi[q]))
            )
    return False


_AGAIN_OR_NEXT = frozenset({"又", "また", "次", "つぎ", "今度", "こんど", "次回"})


def _no_next_time(c: _Ctx) -> bool:
    denied = _next_time_denied(c)
    if denied is None or _cheerful_text(c):
        return False
    # the denied 「またね」 is the everyday word the class lists; any other one vetoes
    return not any(c.at("farewell_everyday", q) for q in range(len(c.words)) if q not in denied)


def _next_time_denied(c: _Ctx) -> range | None:
    """Round of 2026-12-04: the next time said not to exist — again or next (また, つぎ, 今度),
    with a quoting は/も/って (「またね、は」), then (もう) + ない as the predicate (「またね、は
    もう ないけど」「つぎは もう ない」); 「また あした」 or 「つぎは ないかも」 asked are not it.
    Read only beside a goodbye (``_farewell``)."""
    words = c.words
    for q, w in enumerate(words):
        if not w.keys & _AGAIN_OR_NEXT:
            continue
        hi = c.hi[q]
        k = q + 1
        if k < hi and words[k].keys & {"ね", "な"}:
            k += 1
        if not (k < hi and words[k].keys & {"は", "も", "って"}):
            continue
        k += 1
        if k < hi and words[k].keys & {"もう"}:
            k += 1
        if k < hi and words[k].keys & {"ない", "無い"} and words[k].pos == "形容詞" and not _asks(c, k, hi):
            return range(q, k + 1)
    return None


def _going_announced(c: _Ctx, i: int) -> bool:
    """Going at ``i`` said as a plan, soon: 「もう いくね」, or going to a place with a drop
    (「うみに いく。さよなら」)."""
    words = c.words
    announced = "終止形" in words[i].conj or _has(words, i + 1, "ます") or _has(words, i + 1, "だけ")
    negated = c.at("negation", i + 1) and words[i + 1].conj != "終助詞"  # 「いくね」: ね ends it
    if not announced or negated:
        return False
    return c.first("go_now", max(c.lo[i], i - 5), i) is not None or (
        c.first("place", max(c.lo[i], i - 3), i) is not None and c.first("later", c.lo[i], c.hi[i]) is None
    )


_FINAL_STARTS = ("again", "go", "born", "message")
_FINAL_START_KEYS = _BEING | {"思い残す", "忘れる"}
"""Where ``_finals`` starts reading an end: again, going, being born, a message (with
``_BEING``: not being here any more; 思い残す, 忘れる)."""


def _finals(c: _Ctx) -> tuple[list[int], bool]:
    """Where the text says it is the end, in grammar rather than set phrases, and whether one
    of them is final by itself.

    * again + coming, meeting or going back + negation: 「もう ここには こない」「もう あえない」
    * going, announced: 「もう いくね」「あと10ぷんしたら いく」「あとは いくだけ」
    * the next life: 「つぎ うまれたら」 (final by itself)
    * nothing left to regret: 「もう おもいのこすこと ない」 (final by itself)
    * forget me: 「わすれてね わたしのこと」 (final by itself)
    * a last message: 「さいごの かきこみ」 (final by itself)
    * looking back: a past appraisal, 「たのしかった」「やさしかった」, with another of them

    The finality words of the lexicon (「いままで」「さいご」) are not here: next to a goodbye
    they count only close to it (``_farewell``), as in every thank-you they are near.
    """
    words = c.words
    found: list[int] = []
    alone = False
    kinds: set[str] = set()
    # every reading below but the last starts at one of these words: the others are not visited
    for i in c.where_any(_FINAL_STARTS, _FINAL_START_KEYS):
        hi = c.hi[i]
        if c.at("again", i):
            v = c.first("come_back", i + 1, min(i + 5, hi))
            # 「もう あわなくて いいよ」 is a permission, not an end
            allowed = words[v + 2 : v + 3] and words[v + 2].keys & _TE if v is not None else False
            if v is not None and _negated(c, v) and not allowed:
                found.append(v)
                kinds.add("never_again")
            g = c.first("go", i + 1, min(i + 6, hi))
            if v is None and g is not None and _nowhere(c, i + 1, g) and _negated(c, g):
                # 「もう どこにも いかない」: going nowhere any more (round 2026-12-03 (d))
                found.append(g)
                kinds.add("never_again")
        if _absent(c, i):
            # 「あしたには もう わたし いない」「もう おらん」: not being here any more
            found.append(i)
            kinds.add("absent")
            alone = alone or c.first("soon_word", c.lo[i], i) is not None or _by_then(c, c.lo[i], i)
        # (asked only at a going word: this loop runs for every word of every text)
        if c.at("go", i) and _going_announced(c, i) and not _asks(c, i, hi):
            found.append(i)
            kinds.add("going")
        if (
            c.at("born", i)
            and _conditional(words, i + 1)
            and c.first("next_time", max(0, i - 3), i) is not None
        ):
            found.append(i)
            alone = True
        if _has(words, i, "思い残す") and c.first("negation", i + 1, min(i + 6, len(words))) is not None:
            found.append(i)
            alone = True
        if _has(words, i, "忘れる") and _has(words, i + 1, "て") and _me_forgotten(c, i):
            found.append(i)
            alone = True
        if (
            c.at("message", i)
            and _has(words, i - 1, "の")
            and (_has(words, i - 2, "最後") or _has(words, i - 2, "さいご"))
            and not _of_a_period(c, i - 2)
        ):
            found.append(i)
            alone = True
    if any(
        w.pos == "形容詞" and w.conj.endswith("促音便") and _has(words, i + 1, "た")
        for i, w in enumerate(words)
    ):
        # only with another kind: 「つらかったね、ありがとう」 is a thank-you, not an end
        kinds.add("looking_back")
    # 「もう あえないけど、たのしかったよ」: two kinds of ending together say it without a goodbye
    return found, alone or len(kinds) >= 2


_PERIOD = TODAY | frozenset({"今週", "今年", "ことし", "本日"})


def _of_a_period(c: _Ctx, last: int) -> bool:
    """最後 at ``last`` is the last of a day or a year, not of a life: 「きょうの さいごの
    メッセージ」「今年 さいごの 投稿」 (a period + の, or the period right before it)."""
    words = c.words
    k = last - 2 if _has(words, last - 1, "の") else last - 1
    return k >= c.lo[last] and bool(words[k].keys & _PERIOD)


_HURRY = frozenset({"早く", "はやく", "はやい", "早い", "さっさと", "すぐ", "今すぐ", "いますぐ", "はよ"})
_BECOME = frozenset({"成る", "なる"})


def _next_life_daydream(c: _Ctx, i: int, signals: bool) -> bool:
    """「生まれ変わったら 猫に なりたい」 (round 2026-12-04 (m)): what one would like to be in a
    next life, daydreamed — the conditional たら and a becoming wished (に なりたい), with no
    hurry (はやく), no goodbye, no end said and nothing else worrying in the text. A next life
    wished soon (「つぎ 生まれ変わったら 猫が いい。はやく」) or with a goodbye stays a farewell."""
    words = c.words
    if signals or (not _has(words, i + 1, "たら") and not _has(words, i + 1, "た")):
        return False
    hi = c.hi[i]
    becomes = any(
        words[q].keys & _BECOME and c.at("desire", q + 1) and _has(words, q - 1, "に")
        for q in range(i + 2, min(i + 7, hi))
    )
    if not becomes or any(w.keys & _HURRY for w in words):
        return False
    if c.first("distress_word") is not None or c.first("weary") is not None or c.first("cry") is not None:
        return False  # tired of this life: the next one is no daydream
    # the next life itself is a word of finality: look for another one
    return not any(
        c.at(cls, k)
        for cls in ("goodbye", "parting", "finality", "final_goodbye")
        for k in range(len(words))
        if k not in (i, i + 1)
    )


_THINGS_NOT = frozenset(
    {"全部", "ぜんぶ", "大事", "大切", "物", "もの", "お金", "貯金", "お小遣い", "おこづかい"}
)
"""Treasure words that name no one thing (全部, もの) or are handed to people (お金)."""
_PEOPLE = ("self", "person", "others", "carer", "recipient", "addressee")


def _to_a_thing(c: _Ctx) -> bool:
    """The goodbyes of the text said to a pet or a thing named beside the first (「ずっと 飼ってた
    ハムスター、いままで ありがとう」「前の スマホ 今まで ありがとう」), and no one else, not the
    writer, named anywhere: a thing retired or a pet mourned, not the writer's farewell (risk
    round u of 2026-12-07). An end said in grammar (「もう いない」) still overrules it."""
    words = c.words
    said = [i for i in range(len(words)) if c.at("goodbye", i)]
    if not said or any(c.at(cls, q) for q in range(len(words)) for cls in _PEOPLE):
        return False
    # the first goodbye names whom it is said to; those after it are said to the same
    i = said[0]
    return any(
        (c.at("pet", q) or c.at("treasure", q)) and not words[q].keys & _THINGS_NOT
        for q in range(max(c.lo[i], i - 4), min(c.hi[i], i + 3))
    )


def _farewell(c: _Ctx, signals: bool) -> list[Hit]:
    words = c.words
    hits: list[Hit] = []
    everyday = c.first("farewell_everyday") is not None or c.read("farewell_everyday") or _to_a_thing(c)
    finals, final_alone = _finals(c)
    if everyday and not (
        any(_absent(c, f) or _negated(c, f) for f in finals)
        and c.first("parting_event") is None
        and not c.read("parting_event")
    ):
        # an everyday word (明日, 先生, 推し) vetoes a goodbye, but not an end said in grammar
        # (「あしたには もう いない」) unless a parting everyone has is named (転校, 旅行)
        finals, final_alone = [], False
    else:
        everyday = False
    if final_alone:
        first, last = (finals[0], finals[-1]) if finals else (0, len(words) - 1)
        hits.append(Hit("farewell", "plan", "imminent", words[first].start, words[last].end))
        # an act of settling read too: its note says the things are the writer's own, not a
        # story's (「かりてた 漫画 かえした。これで 思い残すこと ない」)
        return hits + (_settled(c) if c.holds(GATE_KEYS, GATE_CLASSES) else [])
    hits.extend(_last_time(c))
    hits.extend(_handover(c))
    if c.holds(GATE_KEYS, GATE_CLASSES):  # read only when a word it starts from is there
        hits.extend(_settled(c))
    hits.extend(_traces_erased(c))
    hits.extend(_cleared_out(c))
    hits.extend(_goodbye_for_ever(c))
    # a goodbye anywhere, read only when something is given or left (it reads the whole text)
    parting = (c.first("give") is not None or c.first("leave_at") is not None) and bool(
        finals or c.near("goodbye") or any(_see_you(words, q) for q in range(len(words)))
    )
    # every branch below starts at one of these words: the others are not visited
    for i in c.where_any(_FAREWELL_STARTS, _SEE_YOU):
        w = words[i]
        if (c.at("goodbye", i) or _see_you(words, i)) and any(f != i for f in finals):
            # a goodbye, and the text says elsewhere that it is the end
            hits.append(Hit("farewell", "plan", "imminent", w.start, w.end))
            continue
        if c.at("final_goodbye", i) and not everyday and not _next_life_daydream(c, i, signals):
            hits.append(Hit("farewell", "plan", "imminent", w.start, w.end))
            continue
        if c.at("parting", i) and not everyday:
            lo, hi = c.sentence(i)
            if c.first("addressee", max(lo, i - 3), min(hi, i + 4)) is not None:
                hits.append(Hit("farewell", "plan", "imminent", w.start, w.end))
                continue
        if c.at("goodbye", i) and (_told_of(c, i) or _thing_forgotten(c, i)):
            continue  # 「ありがとうって いえた」: a thanks told of; 「おべんとう わすれて」: a thing
        if (c.at("goodbye", i) or _see_you(words, i)) and _no_next_time(c):
            # 「さようなら。またね、は もう ないけど」: a goodbye, and no next time
            hits.append(Hit("farewell", "plan", "imminent", w.start, w.end, "no_next_time"))
            continue
        if c.at("goodbye", i) and _again_soon(c, i):
            continue  # see you again
        if c.at("goodbye", i):
            fin = c.first("finality", max(0, i - 6), i)
            if fin is None:
                fin = c.first("finality", i + 1, min(len(words), i + 7))
            if fin is not None and not everyday:
                hits.append(Hit("farewell", "plan", "imminent", w.start, words[max(fin, i)].end))
            continue
        last = _letter_left(c, i) or _given_away(c, i, signals, parting)
        if last is not None:
            # a letter left to be found, things given away for good (last_things.py)
            hits.append(last)
            continue
        if c.at("letter", i):
            done, past = _completed(c, i, "write", 6, _WRITTEN, 4)
            if done is None or _for_me(c, done):
                continue  # 「みんなから メッセージ かいて もらった」: written for the writer
            left = any(words[q].keys & _LEAVE for q in range(done, len(words)))
            # 「てがみ かいて ベッドに おいた」: leaving it done completes the writing too
            left_done = any(
                words[q].keys & _LEAVE and _has(words, q + 1, "た") for q in range(done + 1, len(words))
            )
            if not past and not left_done:
                continue
            to_all = c.first("addressee", max(0, i - 3), i) is not None
            # 「おかあさんへの てがみ、かきおわった」: a letter to someone, finished
            finished = any(words[q].keys & _FINISHED for q in range(done, min(done + 3, len(words))))
            to_someone = any(_has(words, q, "へ") for q in range(max(0, i - 3), i)) and (
                c.first("recipient", max(0, i - 4), i) is not None
            )
            to_all = to_all or (finished and to_someone)
            if (
                _has(words, i, "遺書")
                or _has(words, i, "遺言")
                or (
                    (signals or finals or left or to_all or c.near_any(("goodbye", "finality")))
                    and not everyday
                    and not c.near("letter_usual")  # 「たんじょうびに てがみ かいて おいた」
                )
            ):
                hits.append(Hit("farewell", "plan", "imminent", w.start, words[done].end))
            continue
        if c.at("give", i):
            near = range(max(0, i - 8), min(len(words), i + 1))
            if not any(c.at("treasure", q) for q in near):
                continue
            parting = (
                finals
                or c.near_any(("goodbye", "finality"))
                or any(_see_you(words, q) for q in range(len(words)))
                or _belongings(c, range(c.lo[i], i + 1))
                or _treasures_all(c, range(c.lo[i], i + 1))
            )
            # a chore, a full phone or a big clean is why things are thrown out or deleted
            # outgrown or old things given, with no goodbye and nothing else worrying (fifth round
            # of 2026-12-06): 「むかしの おもちゃ いとこに あげた、もう つかわないし」
            outgrown = gift_explained(c) and not (signals or parting)
            if (
                (signals or parting or c.first("not_needed", i + 1) is not None)
                and not everyday
                and not c.near("settle_usual")
                and not outgrown
            ):
                # 「かたづけたら すっきり」: a condition, nothing done yet; 「かたづけて きえたい」: a
                # wish, the giving not done (the past belongs to the giving verb itself)
                past = _done_after(c, i)
                unneeded = _has_unneeded(c, i)
                if (past or unneeded) and (signals or parting or unneeded):
                    # the things given are no frame (「ゲームも まんがも あげた」): note "given"
                    hits.append(
                        Hit("farewell", "plan", "imminent", words[max(0, i - 1)].start, w.end, "given")
                    )
            continue
        if c.at("prepared", i):
            done, past = _completed(c, i, "prepared_done", 4, _READY, 3)
            if done is None:
                continue
            if past and (signals or c.first("goodbye") is not None or _resolved(c, i, done)) and not everyday:
                hits.append(Hit("farewell", "plan", "imminent", w.start, words[done].end))
    return hits


_ROUTINE = frozenset(
    {
        "寝る",
        "ねる",
        "風呂",
        "ふろ",
        "食べる",
        "たべる",
        "起きる",
        "おきる",
        "出発",
        "しゅっぱつ",
        "当日",
        "本番",
        "明日",
    }
)
_TELL = frozenset({"言う", "いう", "話す", "はなす", "教える", "おしえる"})


def _resolved(c: _Ctx, i: int, done: int) -> bool:
    """Preparations of nothing named (「じゅんび おわった」, not 「発表の じゅんび」「旅行準備」),
    done, and what is left said to be one thing only — not sleep, a meal or the day itself
    (「あとは 勇気だけ」「あとは 夜 まつだけ」; 「あとは ねるだけ」 is bedtime) — or kept from
    everyone (「だれにも いってない」), or doubt said to be gone (``_no_doubt_left``), in a text
    with nothing cheerful in it."""
    words = c.words
    if i and (_has(words, i - 1, "の") or (words[i - 1].pos == "名詞" and not c.at("now", i - 1))):
        return False
    if _cheerful_text(c) or "〜" in c.kana:
        return False
    for q in range(done + 1, min(done + 12, len(words))):
        if words[q].keys & {"後", "あと"} and _has(words, q + 1, "は"):
            only = next((k for k in range(q + 2, min(q + 7, len(words))) if _has(words, k, "だけ")), None)
            if only is not None and not any(
                words[k].keys & _ROUTINE or c.at("companion", k) or c.at("others", k)
                for k in range(q + 2, only)
            ):
                return True
        if _no_doubt_left(c, q):
            return True
        if words[q].keys & {"誰", "だれ"} and _has(words, q + 1, "に") and _has(words, q + 2, "も"):
            v = next((k for k in range(q + 3, min(q + 6, len(words))) if words[k].keys & _TELL), None)
            if v is not None and c.first("negation", v + 1, min(v + 4, len(words))) is not None:
                return True
    return False


_DOUBT = frozenset(
    {"迷う", "まよう", "悩む", "なやむ", "躊躇う", "ためらう", "怖い", "こわい", "揺らぐ", "ゆらぐ"}
)


def _no_doubt_left(c: _Ctx, q: int) -> bool:
    """Round of 2026-12-04 (``ready``): after preparations done, doubt said to be gone —
    もう + hesitating or fear + a negation (「もう まよわない」「もう こわくない」), or the
    decision said made (「もう きめた」): readiness for an act, not for a trip."""
    words = c.words
    if not words[q].keys & {"もう"} or q + 1 >= len(words):
        return False
    v = q + 1
    if words[v].keys & _DOUBT:
        return c.first("negation", v + 1, min(v + 3, c.hi[v])) is not None
    return bool(words[v].keys & {"決める", "きめる"}) and _has(words, v + 1, "た")


_SAY_WRITE = frozenset({"言う", "いう", "言える", "いえる", "書く", "かく", "伝える", "つたえる"})
_BENEFACTIVE = frozenset({"もらう", "貰う", "くれる", "呉れる"})


def _told_of(c: _Ctx, i: int) -> bool:
    """A goodbye or a thanks quoted and said as done (「さいごに ありがとうって いえた」「今まで
    ありがとうって 先生に 手紙 書いた」): a thanks told of, to someone named, not said now."""
    words = c.words
    hi = c.hi[i]
    if not (_has(words, i + 1, "って") or _has(words, i + 1, "と")):
        return False
    for q in range(i + 2, min(i + 7, hi)):
        if words[q].keys & _SAY_WRITE:
            return any(_has(words, k, "た") for k in range(q + 1, min(q + 3, len(words))))
    return False


def _thing_forgotten(c: _Ctx, i: int) -> bool:
    """「おべんとう わすれて」「体操服も わすれた」: 忘れる with a thing right before it (a noun,
    or a noun + を/も), not the writer (「わたしの ことは わすれて」)."""
    words = c.words
    if not words[i].keys & {"忘れる", "わすれる"}:
        return False
    k = i - 1
    if k >= 0 and words[k].keys & {"を", "も"}:
        k -= 1
    if k < 0 or words[k].sentence != words[i].sentence or words[k].pos != "名詞":
        return False
    return not (words[k].keys & {"こと", "事"} or c.at("self", k) or c.at("others", k))


def _for_me(c: _Ctx, v: int) -> bool:
    """The verb at ``v`` done for the writer by others: 〜て もらう / くれる."""
    words = c.words
    return any(
        _has(words, q, "て") and words[q + 1].keys & _BENEFACTIVE
        for q in range(v + 1, min(v + 3, len(words) - 1))
    )


def _belongings(c: _Ctx, near: range) -> bool:
    """Two or more kinds of the writer's things, and all of them, given to someone (「服とか
    ゲームとか 全部 友だちに」): belongings given away wholesale, not one thing (round
    2026-12-03 (d))."""
    kinds = {min(c.words[q].keys) for q in near if c.at("treasure", q) and not c.at("big_amount", q)}
    if len(kinds) < 2 or not any(c.at("big_amount", q) for q in near):
        return False
    # given to someone (「友だちに」「いとこに」), not thrown away or deleted
    if not any((c.at("recipient", q) or c.at("others", q)) and _has(c.words, q + 1, "に") for q in near):
        return False
    return not (_cheerful_text(c) or c.near("gift_usual"))  # sold on an app, a birthday


_PRIZED = frozenset(
    {"宝物", "たからもの", "宝もの", "大事", "大切", "大好き", "だいすき", "お気に入り", "おきにいり"}
)
_ALL = frozenset({"全部", "ぜんぶ", "皆", "みんな", "全て", "すべて"})


def _treasures_all(c: _Ctx, near: range) -> bool:
    """The writer's prized things, all of them, given away (「ぼくの たからもの ぜんぶ あげた」
    「お気に入りの ものは みんな あげちゃった」): a loved thing is what one keeps, and parting with
    every one of them needs no goodbye word to be one.  Things outgrown, sold, swapped or given on
    a birthday (``gift_usual``) and cheerful texts stay everyday."""
    words = c.words
    if not any(words[q].keys & _PRIZED for q in near):
        return False
    # (「みんなに」 names who receives, not how much is given)
    if not any(
        words[q].keys & _ALL and words[q].pos in ("名詞", "代名詞") and not _has(words, q + 1, "に")
        for q in near
    ):
        return False
    return not (_cheerful_text(c) or c.near("gift_usual") or gift_explained(c))


def _has_unneeded(c: _Ctx, i: int) -> bool:
    words = c.words
    for q in range(i + 1, min(i + 12, len(words))):
        if (
            _has(words, q, "要る")
            or (_has(words, q, "いる") and not _has(words, q, "居る"))  # 「いなくなれたら」: being
            or _has(words, q, "必要")
            or _has(words, q, "使う")
        ) and c.at("negation", q + 1):
            return True
    return False
