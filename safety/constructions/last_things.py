"""Last things: the writer putting their affairs in order — treasured things given away or
left for someone, a letter left to be found, a last time named (「さいごの日だから」), a
goodbye said twice or for ever. Each is part of the ``farewell`` construction (plan,
``imminent``) and carries its own note, so a span says which of them was read."""

from __future__ import annotations

from safety.constructions.grammar import _asks, _conditional
from safety.constructions.times import TODAY, TOMORROW
from safety.constructions.words import Hit, _cheerful_text, _Ctx, _has, gift_explained

_PAST = frozenset({"た", "とく", "とい", "てある", "ておく", "置く"})
"""Done, or done and left (「あげた」「いれといた」「おいてある」)."""


_AUX_AFTER_TE = frozenset(
    {
        "来る",
        "くる",
        "しまう",
        "仕舞う",
        "ちゃう",
        "おく",
        "置く",
        "とく",
        "ある",
        "有る",
        "いる",
        "居る",
        "もらう",
        "貰う",
    }
)


_DO = frozenset({"する", "為る"})


def _done_after(c: _Ctx, v: int) -> bool:
    """Is the verb at ``v`` done or left done (a past or 〜とく within three words)? Not the past
    of another verb it leads into (「かたづけて きえれたら」「あげて いなくなりたい」: a wish,
    nothing done; round of 2026-12-04 (c)), nor a condition (「かたづけたら」)."""
    words = c.words
    for q in range(v + 1, min(v + 4, c.hi[v])):
        if words[q].keys & _PAST:
            return not _conditional(words, q)
        te = words[q].keys & {"て", "で"}
        if te and not (q + 1 < len(words) and words[q + 1].keys & (_AUX_AFTER_TE | _PAST)):
            return False
        if words[q].pos == "動詞" and not words[q].keys & (_AUX_AFTER_TE | _PAST | _DO):
            return False  # (「ブロック した」: a noun's する is the act itself)
    return False


def _for_good(c: _Ctx, lo: int = 0) -> int | None:
    """「もう つかわないし」「わたしには もう 必要ない」「もう いらないから」: もう + a need
    or a use + negation, said flat (not a past, a question or a condition); any other verb
    (「もう 着ない」) only with everything given (ぜんぶ): 「もう やらんし」 alone is a game
    outgrown."""
    words = c.words
    everything = c.first("big_amount") is not None
    q = c.first_key(("もう",), lo, len(words))
    while q is not None:
        neg = c.first("negation", q + 1, min(q + 4, c.hi[q]))
        need = c.first("need", q + 1, neg) is not None if neg is not None else False
        if neg is not None and (need or everything) and not _conditional(words, neg):
            after = words[neg + 1 : neg + 2]
            if not (after and after[0].keys & {"た", "か", "の", "で", "て"}):
                return q
        q = c.first_key(("もう",), q + 1, len(words))
    return None


def _left_for_someone(c: _Ctx, v: int) -> bool:
    """A thing put (置く, 入れる) at someone's place: 「いもうとの ベッドに おいてきた」,
    「おかあさんの つくえに おいた」 — a person named within four words before the verb."""
    lo = max(c.lo[v], v - 4)
    return c.first("recipient", lo, v) is not None


_DEAR = frozenset(
    {
        "大事",
        "だいじ",
        "大切",
        "たいせつ",
        "宝物",
        "たからもの",
        "宝もの",
        "お気に入り",
        "おきにいり",
        "貯金",
        "コレクション",
    }
)


def _given_away(c: _Ctx, i: int, signals: bool, parting: bool) -> Hit | None:
    """Treasured things given away or left for someone, for good (「お気に入りの服、ぜんぶ
    友達にあげた。もう着ないし」「ぼくの ゲーム機、弟に あげといて。たのむ」), not a present,
    a loan, a sale or what was outgrown (``gift_usual``)."""
    words = c.words
    giving = c.at("give", i) or (c.at("leave_at", i) and _left_for_someone(c, i))
    if not giving or gift_explained(c) or c.near("parting_event"):
        return None
    lo = max(c.lo[i], i - 8)
    # a treasured thing, or anything said to be the writer's own (「おれの ギター」)
    own = any(c.at("self", q) and _has(words, q + 1, "の") for q in range(lo, i))
    if c.first("treasure", lo, i) is None and not own:
        return None
    to_someone = c.first("recipient", lo, i) is not None
    asked = c.first("entrust", i + 1) is not None  # 「たのむ」「すきに つかって」
    for_good = _for_good(c) is not None
    # 「大事なもの、ぜんぶ ともだちに くばった」: everything dear, given to someone, done
    everything_dear = (
        to_someone
        and c.first("big_amount", lo, i) is not None
        and any(words[q].keys & _DEAR for q in range(lo, i))
        and _done_after(c, i)
        and not c.near("game")
    )
    for_good = for_good or everything_dear
    # a goodbye counts only with someone to give to (「ねこの ごはん あげるの わすれた」 gives nothing away)
    if not (signals or for_good or asked or (to_someone and parting)):
        return None
    if not (_done_after(c, i) or asked or for_good):
        return None
    return Hit("farewell", "plan", "imminent", words[max(0, i - 1)].start, words[i].end, "given")


def _letter_left(c: _Ctx, i: int) -> Hit | None:
    """A letter addressed to someone and left where it will be found (「ママへの 手紙、まくらの
    したに ある」「おかあさんへの てがみ かばんに いれといた」), or asked to be read if the
    writer is gone (「もし あした わたしが いなかったら、てがみ よんでね」)."""
    words = c.words
    if not c.at("letter", i) or c.near("letter_usual") or c.near("parting_event"):
        return None
    addressed = c.first("recipient", max(c.lo[i], i - 4), i) is not None
    placed = c.first("leave_at", i + 1, min(i + 8, c.hi[i]))
    if placed is not None and words[placed].end - words[placed].start < 2:
        placed = None  # 「てがみ かいた」 cut as か+い+た: a lone kana い is no 入れる
    if placed is None:
        placed = c.first("exist_thing", i + 1, min(i + 8, c.hi[i]))  # 「まくらの したに ある」
    left = placed is not None and (_done_after(c, placed) or c.at("exist_thing", placed) > 0)
    found = c.first("find", i + 1) is not None
    # 「よんでくれたら うれしい」「よんでね」: the letter left to be read (Sudachi: よん = 呼ぶ)
    read = c.first("read", i + 1)
    asked_read = read is not None and any(
        words[q].keys & {"くれる", "呉れる", "くれ", "ね", "ほしい", "欲しい"}
        for q in range(read + 1, min(read + 4, len(words)))
    )
    gone = any(
        _has(words, q, "居る") and c.at("negation", q + 1) and _conditional(words, q + 2)
        for q in range(len(words))
    )
    if (
        (addressed and (left or found))
        or (found and (left or gone))
        or (gone and c.first("read", i + 1))
        or (left and asked_read)
    ):
        end = words[placed].end if placed is not None else words[i].end
        return Hit("farewell", "plan", "imminent", words[i].start, end, "letter")
    return None


_LAST = frozenset({"最後", "さいご", "最期"})


def _last_time(c: _Ctx) -> list[Hit]:
    """A last time named for the writer's own life: 「さいごの日だから」「最後だから」, or
    最後に + something done and looked back on (「さいごに おかあさんの カレー 食べれて
    よかった」「最後に だれかと 話したかった」); not the last of a match, a lesson, a bite
    or a story (``farewell_everyday``, ``last_usual``), not 「さいごまで」."""
    words = c.words
    hits: list[Hit] = []
    for i in c.where_keys(_LAST):
        w = words[i]
        if _has(words, i + 1, "まで"):
            continue
        lo, hi = c.sentence(i)
        # 「最後の日」 is itself an everyday phrase of the class; any other in the sentence
        # (夏休み, 試合, 一口) makes it the last of that
        if any(q != i and (c.at("farewell_everyday", q) or c.at("last_usual", q)) for q in range(lo, hi)):
            continue
        # read in the text's reading too: the second, hiragana reading cuts katakana words
        if c.near("parting_event") or c.near("media") or c.near("last_usual"):
            continue
        k = i + 1
        # 「さいごの お風呂」: the prefix skipped
        n = k + 2 if _has(words, k, "の") and k + 2 < hi and words[k + 1].pos == "接頭辞" else k + 1
        if _has(words, k, "の") and n < hi and c.at("last_daily", n) and _last_daily_done(c, i, n + 1, hi):
            hits.append(Hit("farewell", "plan", "imminent", w.start, words[n].end, "last_daily"))
            continue
        if _has(words, k, "の") and k + 1 < hi and words[k + 1].pos == "名詞":
            if c.at("last_usual", k + 1):
                continue
            k += 2
        because = _has(words, k, "だ") and (_has(words, k + 1, "から") or _has(words, k + 1, "し"))
        if _day_named_last(c, i, k, hi):
            hits.append(Hit("farewell", "plan", "imminent", words[i - 2].start, words[k - 1].end, "last_day"))
            continue
        looked_back = _has(words, i + 1, "に") and (
            _looked_back(c, i + 2, hi) or (_did(c, i + 2, hi) and _appraised(c, hi))
        )
        if because or looked_back:
            hits.append(Hit("farewell", "plan", "imminent", w.start, words[min(k, hi - 1)].end, "last_time"))
    return hits


_PERIOD = frozenset({"今日", "きょう", "今夜", "こんや", "今晩", "今週", "今年", "ことし", "本日", "一日"})


def _last_daily(c: _Ctx) -> bool:
    """Nothing in the text that makes a last meal or bath the last of a stay or a period."""
    return not (
        c.first("later") is not None
        or c.near("farewell_everyday")
        or c.near("parting_event")
        or _cheerful_text(c)
    )


def _last_daily_done(c: _Ctx, i: int, lo: int, hi: int) -> bool:
    """The last of a day's routine (``last_daily``: a meal, a bath) at ``i`` had or being had,
    said flat (「さっき 最後の 晩ごはん 食べた」「さいごの お風呂 はいってる」「最後の 晩ごはん、
    ハンバーグだった」) — a verb or a copula done or going on from ``lo`` on in its sentence or the
    next, not asked, not the last of a day or a period (「今日の 最後の ごはん」), in a text with
    no later day, event or joy (「合宿 さいごの 夕飯」「あした 帰る」)."""
    words = c.words
    period = i - 2 if _has(words, i - 1, "の") else i - 1
    if (period >= c.lo[i] and words[period].keys & _PERIOD) or _asks(c, c.lo[i], hi):
        return False  # 「今日の 最後の ごはん」: the last of a day
    end = c.hi[hi] if hi < len(words) else hi
    done = any(
        words[q].keys & {"た", "てる", "ている"} and words[q - 1].pos in ("動詞", "助動詞", "助詞")
        for q in range(lo, min(end, lo + 8))
    )
    return done and _last_daily(c)


_DAY = TODAY | TOMORROW
_THAT = frozenset({"あれ", "それ", "これ", "此れ", "其れ", "彼"})
_END_GLUE = frozenset({"だ", "です", "に", "なる", "か", "な", "ね", "よ", "から", "と"})


def _day_named_last(c: _Ctx, i: int, k: int, hi: int) -> bool:
    """A day itself named as the last one (「きょうが さいごの 日」「あしたが 最後」「こんやが
    さいご。」): the day + が + 最後 (+ の 日), said flat at the end of its clause — no thing it is
    the last of in the sentence (those are vetoed by the caller), not asked, not quoted (「〜って
    おもいながら」), not in a cheerful text (「きょうが さいごの 日！ やったー」).  ``k`` is the
    word after 最後 (after 「の 日」 when it is there)."""
    words = c.words
    if i < 2 or not _has(words, i - 1, "が"):
        return False
    # 「あれが さいごに なる」: a thing the writer did named the last, with a thanks or a
    # goodbye in the text (round of 2026-12-04 (c))
    that = words[i - 2].keys & _THAT and c.first("goodbye") is not None
    if not (words[i - 2].keys & _DAY or that):
        return False
    rest = [q for q in range(k, hi) if words[q].pos not in ("補助記号", "空白", "記号")]
    if rest and not all(words[q].keys & _END_GLUE for q in rest[:2]):
        return False  # 「きょうが さいごの 日って おもいながら」 goes on: not the end of it
    if any(words[q].keys & {"って", "ながら"} for q in range(k, hi)):
        return False
    text = c.kana
    return not ("!" in text or "！" in text or "?" in text or "？" in text or c.first("laugh") is not None)


def _looked_back(c: _Ctx, lo: int, hi: int) -> bool:
    """The writer's act looked back on: 「〜て よかった」「〜たかった」 in words ``lo``..``hi``."""
    words = c.words
    for q in range(lo, hi):
        if _has(words, q, "たい") and _has(words, q + 1, "た"):
            return True
        if words[q].keys & {"良い", "よい", "いい"} and _has(words, q + 1, "た") and _has(words, q - 1, "て"):
            return True
    return False


def _did(c: _Ctx, lo: int, hi: int) -> bool:
    """A verb done in words ``lo``..``hi`` (「すきなもの 食べた」)."""
    return any(c.words[q].pos == "動詞" and _has(c.words, q + 1, "た") for q in range(lo, hi))


def _appraised(c: _Ctx, start: int) -> bool:
    """The sentence starting at ``start`` looks back with a past appraisal (「おいしかった」
    「きれいだった」)."""
    words = c.words
    if start >= len(words):
        return False
    hi = c.hi[start]
    return any(
        (words[q].pos in ("形容詞", "形状詞") and words[q + 1 : q + 2] and words[q + 1].keys & {"た", "だ"})
        for q in range(start, min(start + 3, hi))
    )


def _traces_erased(c: _Ctx) -> list[Hit]:
    """The writer's traces erased, all of them, and nothing but the writer left or a going
    after it: 「アカウント ぜんぶ けしてきた。あとは ここだけ」「LINEの ともだち 全員 けした。
    きれいにしてから いく」; not photos lost by mistake (「ぜんぶ きえちゃった 最悪」)."""
    words = c.words
    for i, w in enumerate(words):
        if not (c.at("erase", i) and _done_after(c, i)):
            continue
        lo = c.lo[i]
        if c.first("trace", max(lo, i - 8), i) is None or c.first("big_amount", max(lo, i - 3), i) is None:
            continue
        rest = c.hi[i]
        only_me = any(
            _has(words, q, "だけ") and (c.at("self", q - 1) or _has(words, q - 1, "ここ"))
            for q in range(rest, len(words))
        )
        going = c.first("go", rest) is not None or c.near("goodbye")
        if only_me or going:
            return [Hit("farewell", "plan", "imminent", w.start, w.end, "traces_erased")]
    return []


def _cleared_out(c: _Ctx) -> list[Hit]:
    """The writer's traces erased wholesale and, in another sentence, a second act of clearing
    done (「スマホの データ ぜんぶ けした。へやも かたづけた」): two kinds of clearing said
    with no reason, no next thing and no joy read as things put in order before going (risk
    round u of 2026-12-07). Not a full phone, a big clean, a move or a fresh start (the
    everyday words), nor a reason given (「から」「ので」): 「ようりょう ないから けした」."""
    words = c.words
    erased = None
    for i in range(len(words)):
        if not (c.at("erase", i) and _done_after(c, i)):
            continue
        lo = c.lo[i]
        if (
            c.first("trace", max(lo, i - 8), i) is not None
            and c.first("big_amount", max(lo, i - 3), i) is not None
        ):
            erased = i
            break
    if erased is None:
        return []
    second = next(
        (
            q
            for q in range(len(words))
            if words[q].sentence != words[erased].sentence and c.at("settle_act", q) and _done_after(c, q)
        ),
        None,
    )
    if second is None:
        return []
    everyday = (
        c.near("settle_usual")
        or c.near("farewell_everyday")
        or c.near("parting_event")
        or c.first("later") is not None
        or _cheerful_text(c)
        or gift_explained(c)
        or bool(c.keys & _CLEARED_FOR)
        or any(w.keys & _BECAUSE and w.conj == "接続助詞" for w in words)
        or _asks(c, 0, len(words))
    )
    if everyday:
        return []
    start, end = min(erased, second), max(erased, second)
    return [Hit("farewell", "plan", "high", words[start].start, words[end].end, "cleared_out")]


_CLEARED_FOR = frozenset({"ため", "為", "新しい", "あたらしい", "新た", "次", "つぎ"})
"""A purpose or a next thing: what makes clearing an everyday chore."""
_BECAUSE = frozenset({"から", "ので"})
"""A reason, as a clause's conjunction (not 「いまから」 or 「ベランダから」)."""


_GOOD_NIGHT = frozenset({"おやすみ", "お休み", "おやすみなさい", "お休みなさい"})
_SHARE = frozenset({"分", "ぶん"})
_GOOD_NIGHT_OR_SHARE = _GOOD_NIGHT | _SHARE
_SEE_YOU = frozenset({"じゃあ", "じゃ"})
_PARTING_KEYS = frozenset({"ばいばい", "バイバイ"}) | _SEE_YOU
"""The words ``_parting_key`` finds a goodbye at, besides the ``parting`` class."""


def _goodbye_for_ever(c: _Ctx) -> list[Hit]:
    """A goodbye said twice in two sentences (「さよならは ちゃんと 言いたかったから。さよなら」
    「じゃあね。ほんとの ほんとに じゃあね」), good night for ever (「おやすみ。ずっと おやすみ」),
    or living on in the writer's place (「わたしの ぶんまで いきてね」)."""
    words = c.words
    hits: list[Hit] = []
    said: dict[str, set[int]] = {}
    for i in c.where_any(("parting",), _PARTING_KEYS):
        w = words[i]
        key = _parting_key(c, i)
        if key is not None:
            said.setdefault(key, set()).add(w.sentence)
            if len(said[key]) >= 2:
                hits.append(Hit("farewell", "plan", "imminent", w.start, w.end, "said_twice"))
                break
    for i in c.where_keys(_GOOD_NIGHT_OR_SHARE):
        w = words[i]
        if w.keys & _GOOD_NIGHT and (
            c.first("forever_strong", max(c.lo[i], i - 3), i) is not None or _never_waking_after(c, i)
        ):
            hits.append(Hit("farewell", "plan", "imminent", w.start, w.end, "for_ever"))
        if (
            w.keys & _SHARE
            and _has(words, i + 1, "まで")
            and c.first("self", max(c.lo[i], i - 3), i) is not None
            and c.at("live", i + 2)
        ):
            hits.append(Hit("farewell", "plan", "imminent", w.start, words[i + 2].end, "in_my_place"))
    if hits and (c.near("farewell_everyday") or c.near("parting_event")):
        return []  # read last: the everyday check reads the whole text
    return hits


def _never_waking_after(c: _Ctx, i: int) -> bool:
    """Right after the good night at ``i`` (its sentence or the next), for ever said alone
    (「おやすみなさい。えいえんに」) or not waking again (「おやすみ。たぶん もう おきないけど」:
    もう/二度と + waking + a flat negation), not 「あしたは おきれない かも」."""
    words = c.words
    hi = c.hi[i]
    end = c.hi[hi] if hi < len(words) else hi
    for q in range(i + 1, min(end, i + 8)):
        if c.at("forever_strong", q) and (
            q + 1 >= len(words)
            or words[q + 1].sentence != words[q].sentence
            or words[q + 1].keys & {"に", "ね", "だ", "です"}
        ):
            return True
        if (
            c.at("wake", q)
            and c.first("again", max(c.lo[q], q - 3), q) is not None
            and c.at("negation", q + 1)
            and not _conditional(words, q + 1)
            and not any(
                _has(words, k, m)
                for k in range(q + 2, min(q + 5, len(words)))
                for m in ("た", "か", "の", "かも", "て", "で", "って", "くらい", "ほど")
            )
        ):
            return True
    return False


def _parting_key(c: _Ctx, i: int) -> str | None:
    """Which goodbye is at ``i`` (さよなら, ばいばい, じゃあね), if any."""
    words = c.words
    if c.at("parting", i) or words[i].keys & {"ばいばい", "バイバイ"}:
        return "parting"
    if words[i].keys & _SEE_YOU and _has(words, i + 1, "ね"):
        return "see_you"
    return None
