"""The ``wish`` construction: a verb of dying or vanishing + a wish, relief, permission or
intent, with negation, exaggeration and concession read around it; and not wanting to live."""

from __future__ import annotations

import re

from safety.constructions.grammar import (
    _AUX_SKIP,
    _PASSIVE,
    _TE,
    _conditional,
    _ends_it,
    _must_not,
    _question,
    _relief_after,
    doubly_denied,
    hedged,
)
from safety.constructions.words import DENIED, JUDGED, Hit, _Ctx, _has, _has_any, _names_other, _same_sentence

_WISH_STARTS = ("die", "die_needs_object", "die_needs_self", "die_passive", "wake")
_IKI = frozenset({"いき"})
"""Kana いき, as Sudachi cuts 「いきてたくない」, besides the ``live`` class."""
_NOT_LIVE_STARTS = ("live", "born", "end_verb", "sleep", "wake_eyes")
"""Where ``_not_live``'s readings of living, being born, ending, sleeping and waking start
(with kana いき and the words of a life, ``_LIFE``)."""


def _wish(c: _Ctx) -> list[Hit]:
    words = c.words
    hits: list[Hit] = []
    # each reading below starts at a verb of dying, of dying done to one, or of waking
    for i in c.where_any(_WISH_STARTS):
        w = words[i]
        # 「じぶんを ころしたい」: a verb that needs 自分を before it (checked below) is a verb of
        # dying here, though not in the method question (「なんかいで ころせる」 is about a bug)
        n = c.at("die", i) or c.at("die_needs_object", i)
        if not n and c.at("die_needs_self", i) and _self_subject(c, i):
            n = c.at("die_needs_self", i)  # 「わたしも とけて なくなれば」: the writer ceasing to be
        if not n and c.at("die_passive", i) and words[i + 1 : i + 2] and words[i + 1].keys & _PASSIVE:
            n = 2  # 「くるまに ひかれたら いいのに」: a death that happens to the writer, wished
        lasting = c.first("forever", max(0, i - 4), i) is not None
        if not n and c.at("wake", i) and lasting and not _lie_in(c, waking=True):
            # 「ずっと ねたまま おきなくても いい」: not waking up, wished for
            n = c.at("wake", i)
            if not c.at("negation", i + n):
                continue
            n += 1
            if c.at("desire", i + n) or c.at("negation", i + n):
                continue
        elif not n:
            continue
        if c.at("die_needs_object", i) and not (
            (i >= 2 and _has(words, i - 1, "を") and (c.at("self", i - 2))) or _self_thing(c, i)
        ):
            continue
        if _names_other(c, i):
            continue
        j = i + n
        # 死な+ない: the verb itself negated
        if c.at("negation", j) and "未然形" in words[j - 1].conj:
            continue
        # auxiliaries between: 消え+ちゃ+おう, 死ん+で+しまい+たい
        k = j
        while k < len(words) and k < j + 5 and not c.at("desire", k):
            if words[k].keys & _AUX_SKIP or (
                words[k].keys & _TE and k + 1 < len(words) and words[k + 1].keys & _AUX_SKIP
            ):
                k += 1
            elif _has(words, k - 1, "て") and _has(words, k, "ない") and _has(words, k + 1, "成る"):
                k += 2  # 消えて+なく+なっ+て+しまいたい
            else:
                break
        intent = any("意志推量形" in words[m].conj for m in range(i, min(k + 1, len(words))))
        if not _same_sentence(words, i, k) and not intent:
            continue
        after = words[k : k + 6]
        if any(c.at("hyperbole", m) for m in range(k, min(k + 3, len(words)))):
            continue
        level, note = None, None
        if c.at("desire", k) and "しねる" in words[i].keys:
            continue  # 「しねたい」: Sudachi's potential 死ねる, not a wish anyone writes
        if c.at("desire", k):
            m = k + 1
            if c.at("negation", m):
                if c.first("lie", m + 1, min(m + 7, c.hi[m] if m < len(words) else m)) is not None:
                    hits.append(Hit("wish", "ideation", "high", w.start, words[m].end, "denial_untrue"))
                elif _denial_denied(c, m + 1):
                    hits.append(Hit("wish", "ideation", "high", w.start, words[m].end, "double_negation"))
                continue  # 死にたくない (「…って いったら うそになる」: the denial is untrue)
            denied, found = _denial(c, w.start, m)
            if denied:
                # 死にたいなんて思わない, 死にたいと思ったことはない: read and denied
                hits.extend(found)
                continue
            if (words[m].pos == "名詞" if m < len(words) else False) and not c.at("feeling", m):
                continue  # 「きえたい色のペン」: a wish that describes a thing
            if _has(words, m, "た") or _has(words, m, "かった") or _thought_then(c, i, m):
                level, note = "concern", "past"
            elif _has(words, m, "訳") or _has(words, m, "わけ"):
                level, note = "concern", "softened"
            else:
                level = "high"
            if level == "high" and any(c.at("media", p) for p in range(m, min(m + 4, len(words)))):
                level, note = "concern", "mention"
            reported = any(c.at("reported", p) for p in range(m, min(m + 4, len(words))))
            quoted = any(
                _has(words, p, "って") or _has(words, p, "と") for p in range(m, min(m + 3, len(words)))
            )
            if level == "high" and reported and quoted and not _inner_voice(c, i):
                level, note = "concern", "third_party"
            # 「曲の かしに『きえたい』って あって」: a line a song or a book has or sings, quoted
            # (round b of 2026-12-05)
            written = any(words[p].keys & _WRITTEN for p in range(m, min(m + 4, len(words))))
            if level == "high" and quoted and written and c.near("media"):
                level, note = "concern", "mention"
        elif intent:
            denied, found = _denial(c, w.start, k)
            if denied:
                hits.extend(found)
                continue  # 死のうとは思わない
            level, note = "high", "intent"
        elif after and (_has(words, k, "て") or _has(words, k, "で")) and _has(words, k + 1, "も"):
            if c.at("relief", k + 2) and not c.near("joy"):
                level = "high"  # 「きえても いいかな」; not 「推しに会えて死んでもいい」
        elif after and (_has(words, k, "て") or _has(words, k, "で")) and _bare_permission(c, k + 1):
            level = "high"  # 「もう きえて いいかな」「めが さめなくて いい」: permission without も
        elif after and (
            _has(words, k, "ば")
            or _has(words, k, "た")
            or _has(words, k, "たら")
            or _conditional(words, k - 1)
        ):
            start = k if _conditional(words, k - 1) else k + 1
            if _relief_after(c, k, start, k + 6 - start) is not None:
                level = "high"
        if level is None:
            continue
        end = words[min(k + 1, len(words) - 1)].end
        start = w.start
        if (
            i >= 2
            and c.at("wake", i)
            and words[i - 2].keys & {"目", "め"}
            and words[i - 1].keys & {"が", "を"}
        ):
            start = words[
                i - 2
            ].start  # 「めが さめなくて いい」: the eyes are the writer's, no other subject
        hits.append(Hit("wish", "ideation", level, start, end, note))
    return hits


def _denial_denied(c: _Ctx, p: int) -> bool:
    """「しにたくない わけじゃない」「きえたくない ことも ない」: the denial of a wish itself
    denied, which leaves the wish (わけ/こと, a particle or two, then a negation)."""
    words = c.words
    if _denial_unsaid(c, p):
        return True
    if not (_has(words, p, "訳") or _has(words, p, "わけ") or _has(words, p, "事") or _has(words, p, "こと")):
        return False
    q = p + 1
    while q < min(p + 4, len(words)) and words[q].keys & {"じゃ", "では", "で", "は", "も", "だ"}:
        q += 1
    return q > p + 1 and c.at("negation", q) > 0 and _same_sentence(words, p, q)


_QUOTE = frozenset({"と", "って", "つて"})
_SAY = frozenset({"言う", "言える", "言い切る", "言いきれる", "いう", "いえる", "断言"})


def _denial_unsaid(c: _Ctx, p: int) -> bool:
    """「しにたくない とは 言えない」「きえたくない って 言いきれない」 (risk round x): the denial
    of a wish quoted and then not said (と/って, は/も, a verb of saying, its negation), which
    leaves the wish."""
    words = c.words
    if not (_has_any(words, p, _QUOTE) and words[p].pos == "助詞"):
        return False
    q = p + 1
    if _has_any(words, q, frozenset({"は", "も"})):
        q += 1
    if not _has_any(words, q, _SAY):
        return False
    return c.at("negation", q + 1) > 0 and _same_sentence(words, p, q + 1)


def _asks_why(c: _Ctx, i: int) -> bool:
    """A why-word before word ``i`` in its sentence (「なんで」「なぜ」「どうして」): the sentence
    asks, even when it ends in 「〜んだろ」 and not in a question mark."""
    words = c.words
    for p in range(c.lo[i], i):
        keys = words[p].keys
        if keys & {"なぜ", "何故", "どうして", "なんで", "何で"}:
            return True
        if keys & {"何", "なん"} and _has(words, p + 1, "で"):
            return True
    return False


def _why_right_before(c: _Ctx, i: int) -> bool:
    words = c.words
    return bool(words[i - 1].keys & {"なぜ", "何故", "どうして", "なんで", "何で"}) or (
        _has(words, i - 1, "で") and bool(words[i - 2].keys & {"何", "なん"})
    )


def _thought_then(c: _Ctx, i: int, m: int) -> bool:
    """「まえは きえたいって おもってた けど いまは…」: a wish quoted as thought in the past,
    with a time gone by before it or "now" set against it after."""
    words = c.words
    t = c.first("think", m, min(m + 3, len(words)))
    if t is None or not any(_has(words, q, "た") for q in range(t + 1, min(t + 4, len(words)))):
        return False
    if c.first("past_time", c.lo[i], i) is not None:
        return True
    now = c.first("now", t + 1, min(t + 10, len(words)))
    return now is not None and _has(words, now + 1, "は")


_DENIERS = ("思う", "考える", "事", "こと", "なんて", "とは", "気持ち", "つもり", "積もり", "気")


def _denied(c: _Ctx, m: int) -> int | None:
    """A negation further on that takes a wish back (「〜なんて思わない」「〜ことはない」): its
    index."""
    words = c.words
    seen_denier = False
    for p in range(m, min(m + 8, len(words))):
        if not _same_sentence(words, m, p):
            return None
        if any(d in words[p].keys for d in _DENIERS):
            seen_denier = True
        elif seen_denier and c.at("negation", p) and words[p].conj != "終助詞":
            # 「きえたい、なんてね」: ね ending the sentence takes nothing back, it shrugs;
            # 「〜と おもわない ひは ない」 takes the denial back
            return None if doubly_denied(c, p) else p
    return None


def _denial(c: _Ctx, start: int, m: int) -> tuple[bool, list[Hit]]:
    """Is the wish ending at ``m`` taken back, and what it leaves: a finding of level none
    (note ``denied``) that keeps the learned layer off the text, or nothing when the denial is
    hedged (「しにたいとは おもわない けど」: a wish half taken back, the layer's to read, as
    every denial was before the guard)."""
    p = _denied(c, m)
    if p is None:
        return False, []
    if hedged(c, p):
        return True, []
    return True, [Hit("wish", JUDGED, "none", start, c.words[p].end, DENIED)]


def _postposed_object(c: _Ctx, k: int) -> bool:
    """The thing ended said after the wish, as a fragment of its own (倒置: 「おわりたい。
    じんせい」「やめたい、ぜんぶ」; round of 2026-12-04 (n)): an ``end_object`` within the three
    words after the wish, in a fragment of at most three words that ends the text or its
    sentence, so 「おわりたい。じんせいって むずかしいね」 is no such fragment."""
    words = c.words
    start = k + 1
    while start < len(words) and words[start].pos in ("補助記号", "助詞", "助動詞"):
        start += 1  # 「おわりたい んだ よね。」 then the fragment
    if start >= len(words):
        return False
    stop = c.hi[start]
    if stop - start > 3:
        return False
    return c.first("end_object", start, stop) is not None


def _not_live(c: _Ctx) -> list[Hit]:
    """「いきてたくもない」「生きていたくない」: not wanting to live, in its forms."""
    words = c.words
    hits: list[Hit] = []
    for i in c.where_any(("live",), _IKI):
        w = words[i]
        # kana 「いきて」 is 生きて (行く's te-form is 「いって」)
        if not (c.at("live", i) or _has(words, i + 1, "て")):
            continue
        k = i + 1
        while k < min(i + 4, len(words)) and (words[k].keys & {"て", "で", "居る", "いる", "てる"}):
            k += 1
        if not c.at("desire", k):
            continue
        m = k + 1
        if _has(words, m, "も") or _has(words, m, "は"):
            m += 1
        if c.at("negation", m) and not c.first("media", m, m + 4):
            hits.append(Hit("wish", "ideation", "high", w.start, words[m].end))
    # every reading below starts at one of these words: the others are not visited
    for i in c.where_any(_NOT_LIVE_STARTS, _IKI | _LIFE):
        w = words[i]
        # 「生きてても意味がない」: living said to mean nothing
        # kana 「なんで いきなきゃ」 is 生きる too (行く's is 「いかなきゃ」; 「がっこう いきなきゃ」 is not)
        why_kana = "いき" in w.keys and _must_not(c, i + 1) and _asks_why(c, i) and _why_right_before(c, i)
        if c.at("live", i) or ("いき" in w.keys and _has(words, i + 1, "て")) or why_kana:
            meaning = c.first("meaning", i + 1, min(i + 6, len(words)))
            if meaning is not None and words[meaning].sentence == w.sentence:
                neg = c.first("negation", meaning + 1, meaning + 3)
                if neg is not None:
                    hits.append(Hit("wish", "ideation", "high", w.start, words[neg].end))
            # 「いきてても くるしい ことの ほうが おおい」: living, even so, painful
            even = next((q for q in range(i + 1, min(i + 4, len(words))) if _has(words, q, "も")), None)
            if even is not None and _has(words, even - 1, "て") and words[even].sentence == w.sentence:
                pain = c.first("distress_word", even + 1, min(even + 4, c.hi[i]))
                if pain is not None:
                    hits.append(Hit("wish", "ideation", "high", w.start, words[pain].end, "no_point"))
            # 「なんで いきてなきゃ いけないの」: living as an obligation, questioned
            must = next((q for q in range(i + 1, min(i + 4, len(words))) if _must_not(c, q)), None)
            if must is not None and (_question(c, must, c.hi[i]) or _asks_why(c, i)):
                hits.append(Hit("wish", "ideation", "high", w.start, words[must].end, "why_live"))
        # 「いっそ うまれなかったことに なれば いいのに」: not having been born, wished
        if c.at("born", i) and c.first("negation", i + 1, min(i + 4, len(words))) is not None:
            lo, hi = i + 2, min(i + 9, c.hi[i])
            cond = next((q for q in range(lo, hi) if _conditional(words, q) or _has(words, q, "ば")), None)
            rel = c.first("relief", cond, min(cond + 3, hi)) if cond is not None else None
            quoted = rel is not None and any(
                words[q].keys & {"なんて", "って", "とか"} for q in range(rel + 1, min(rel + 4, len(words)))
            )
            if rel is not None and not quoted and _denied(c, rel + 1) is None:
                hits.append(Hit("wish", "ideation", "high", w.start, words[rel].end, "unborn"))
        # 「きょうで じんせい おわり」「こんやで 人生エンド」: one's life said to end on a set day
        # (a plan: ``safety.risk`` makes a high "intent" imminent when the text says when)
        if words[i].keys & _LIFE and (end := _life_ends(c, i)) is not None:
            hits.append(Hit("wish", "plan", "high", w.start, words[end].end, "intent"))
        # 「人生やめたい」「もう終わりにしたい」: ending one's life or everything
        if c.at("end_verb", i):
            k = i + c.at("end_verb", i)
            while k < min(i + 4, len(words)) and words[k].keys & (_AUX_SKIP | _TE | {"に"}):
                k += 1
            if not c.at("desire", k) or c.at("negation", k + 1):
                continue
            # the object anywhere before it in the sentence: 「もう なにもかも どうでもいいから おわりたい」
            obj = c.first("end_object", c.lo[i], i) is not None or _postposed_object(c, k)
            # 「おわりにしたい」「おわらせたい」 with no object: ending it all
            bare = _ends_it(c, i) and not any(
                words[p].pos in ("名詞", "代名詞") and not c.at("self", p) for p in range(c.lo[i], i)
            )
            # living itself in question in the text (「なんで いきてるのか」) makes the end a life's
            if obj or bare or c.near("distress_word") or c.first("live") is not None:
                hits.append(Hit("wish", "ideation", "high", w.start, words[k].end))
        # 「ずっと ねむりたい」「えいえんに ねむりたい」: sleeping for ever, wished for
        if c.at("sleep", i) and c.first("forever_strong", max(c.lo[i], i - 4), i) is not None:
            k = i + c.at("sleep", i)
            while k < min(i + 4, len(words)) and words[k].keys & (_AUX_SKIP | _TE | {"居る"}):
                k += 1
            if (
                c.at("desire", k)
                and not c.at("negation", k + 1)
                and _denied(c, k + 1) is None
                and c.first("hyperbole", k + 1, k + 4) is None  # 「ずっと ねたいくらい ねむい」
                and not _lie_in(c)
                and not _sleepy(c)
            ):
                hits.append(Hit("wish", "ideation", "high", w.start, words[k].end))
        # 「もう目をさましたくない」: not wanting to wake
        if c.at("wake_eyes", i):
            k = i + c.at("wake_eyes", i)
            if c.at("desire", k) and c.at("negation", k + 1):
                hits.append(Hit("wish", "ideation", "high", w.start, words[k + 1].end))
    return hits


_INNER = frozenset({"心", "こころ", "頭", "あたま", "胸", "むね", "内心", "脳内"})
_INSIDE = frozenset({"中", "なか", "奥", "おく"})


def _inner_voice(c: _Ctx, i: int) -> bool:
    """The wish is said by the writer's own heart or head (「こころの なかで ずっと しにたいって
    いってる」「あたまの なかで きえたいって こえが する」): the writer's, not a friend's. Read
    in the sentence before the wish: a word of the inner self, or its inside (の 中 で)."""
    words = c.words
    for j in range(max(c.lo[i], i - 8), i):
        if words[j].keys & {"内心", "脳内"}:
            return True
        if words[j].keys & _INNER and _has(words, j + 1, "の") and _has_any(words, j + 2, _INSIDE):
            return True
    return False


_LIFE = frozenset({"人生", "じんせい", "命", "いのち"})
_WRITTEN = frozenset({"有る", "ある", "歌う", "うたう", "書く", "かく"})
# a day off or a time of day named: sleeping in (「にちようは ずっと ねていたい」), not for ever
_DAY_OFF = (
    "にちよう",
    "どよう",
    "やすみ",
    "しゅうまつ",
    "きゅうじつ",
    "れんきゅう",
    "ひるまで",
    "おひるまで",
)


_SUBJECT = frozenset({"が", "は", "も", "なんか", "なんて", "ごと", "って"})


def _self_subject(c: _Ctx, i: int) -> bool:
    """The writer is the subject of word ``i``: a word of the self with a subject particle in
    the four words before it, in its sentence, and nobody else named between."""
    words = c.words
    for j in range(i - 1, max(c.lo[i], i - 5) - 1, -1):
        if c.at("others", j) and not c.at("self", j):
            return False
        if c.at("self", j) and _has_any(words, j + 1, _SUBJECT):
            return True
    return False


def _self_thing(c: _Ctx, i: int) -> bool:
    """「じぶんの こと (を) けしたい」: the writer named as a thing (自分 + の + こと) right before
    the verb that needs an object (round b of 2026-12-05)."""
    words = c.words
    k = i - 1
    if k >= 0 and _has(words, k, "もう"):
        k -= 1  # 「じぶんの ことを もう けしたい」
    if k >= 0 and _has(words, k, "を"):
        k -= 1
    return (
        k >= 2 and words[k].keys & {"こと", "事"} and _has(words, k - 1, "の") and bool(c.at("self", k - 2))
    )


def _sleepy(c: _Ctx) -> bool:
    """Sleepiness or a laugh in the text: 「ねむい、ずっと ねてたい 笑」 is a lie-in wished (round b
    of 2026-12-05)."""
    return c.first("laugh") is not None or any(s in c.kana for s in ("ねむい", "ねむすぎ", "ねむた"))


def _lie_in(c: _Ctx, *, waking: bool = False) -> bool:
    """A day off or a time of day named in the text, in any spelling (read as kana).

    ``waking``: the wish is not to wake at all, where おやすみ said as good night is no day off
    (「このまま めが さめなくても いいや。おやすみ」, round j of 2026-12-05): only おやすみ +
    の/だ/で/に/は/も/じゃ names a day. Sleep wished to last (「ずっと ねてたい。おやすみ」) keeps
    good night as a lie-in."""
    kana = _GOOD_NIGHT.sub("", c.kana) if waking and "おやすみ" in c.kana else c.kana
    return any(d in kana for d in _DAY_OFF)


_GOOD_NIGHT = re.compile("おやすみ(?![のだでにはもじ])")


_END_WORDS = frozenset({"終わり", "おわり", "終わる", "おわる", "エンド", "おしまい", "お仕舞い", "終了"})


def _life_ends(c: _Ctx, i: int) -> int | None:
    """The word ending life ``i`` within three words, not past (「人生おわった」 is a sigh),
    negated or thought (「おわりかと」), with a day named as its limit right before it (``_day_of``)."""
    words = c.words
    for p in range(i + 1, min(i + 4, c.hi[i])):
        if words[p].keys & _END_WORDS:
            if c.at("negation", p + 1) or _has(words, p + 1, "た") or _has(words, p + 1, "だ"):
                return None
            if _has(words, p + 1, "か") and _has(words, p + 2, "と"):
                return None  # 「きょうで人生おわりかと思った」: a fright told afterwards
            return p if _day_of(c, i) else None
    return None


def _day_of(c: _Ctx, i: int) -> bool:
    """A day named as the limit right before the life word ``i``: 「きょうで 人生」「こんや 人生」;
    not 「明日の テストで 人生おわる」, where the day is a test's."""
    words = c.words
    if i >= 1 and c.at("soon_word", i - 1):
        return True
    return i >= 2 and c.at("soon_word", i - 2) > 0 and _has(words, i - 1, "で")


def _bare_permission(c: _Ctx, p: int) -> bool:
    """Relief right after a て-form, said of the act and not of a thing: 「しんで いいよね」, not
    「しんで いい 人なんて いない」 (the relief describes a noun) nor 「きえて いい 気分」."""
    words = c.words
    if not c.at("relief", p) or c.at("negation", p + 1) or c.near("joy"):
        return False
    nxt = words[p + 1] if p + 1 < len(words) and words[p + 1].sentence == words[p].sentence else None
    return nxt is None or nxt.pos not in ("名詞", "代名詞")
