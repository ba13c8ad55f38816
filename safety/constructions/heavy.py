"""More shapes of heavy distress without a wish to die (round 2026-12-04 (m)), read like the
``distress`` construction (``distress.py``): every rule gives ``concern`` and never more, under
the construction name ``distress`` with the rule's name as its note. Ordinary complaints
(「テストだるい」「部活つかれた」「宿題やる気でない」) stay out: each rule asks for what makes a
feeling heavy — it lasts, it is doubled, it is about the writer as a whole, or everything.

* ``worn_out``: weariness (疲れる, しんどい, だるい, ため息) that lasts (毎日, ずっと, 最近, もう
  何日), said twice (「つかれた。ほんとに つかれた」), so much a daily function stops
  (「つかれすぎて わらえない」), or tired of keeping up a face (「友達に 合わせて 笑うの 疲れた」);
  not after an activity named in the sentence (部活, マラソン, テスト) unless it lasts and is doubled;
* ``no_drive``: no will for anything (やる気, 気力, する気, 元気 + でない/おきない/ない) with
  何も or a word that keeps it going, and joy gone (「なにも たのしくない」「最近 たのしい こと
  ない」「好きだった ゲームも」);
* ``body_heavy``: the body that will not move (「体が うごかない」「からだ おもい」「ベッドから
  でられない」), or aches that last or come with school (「ずっと 頭 いたい」「毎朝 お腹 いたく
  なる」「学校に いこうと すると お腹が いたく なる」); not with an illness or an activity;
* ``appetite``: food gone (「ご飯が のどを とおらない」「なにを 食べても 味が しない」「ごはん
  たべたくない」 with a word that keeps it going);
* ``unheard``: nobody to tell or be understood by (「誰にも わかって もらえない」「誰にも 相談
  できない」「誰とも 話してない」「ひとことも 話さなかった」「話せる 人 いない」), flat, not a
  secret kept for fun (「誰にも 言えない 秘密」 describes a thing);
* ``left_behind``: the writer alone left out or compared (「自分だけ おいてかれてる」「私だけ
  取り残されてる」「クラスで 浮いてる 気がする」「わたしだけ ちがう」);
* ``self_worth``: the writer judged worthless (「自分 ばかみたい」「なんで こんな 弱いんやろ」
  「なんの とりえも ない」「ぜんぶ 私の せい」「自分が 悪い」 with ぜんぶ/いつも), not in a laugh;
* ``purpose_lost``: the point of trying lost (「なんの ために がんばってるか わからん」「何が
  したいのか わからない」「自分の 気持ちが わからない」).

Each rule reads a fixed number of words around its anchor: linear in the length of the text.
"""

from __future__ import annotations

from safety.constructions.distress import _asks, _light
from safety.constructions.grammar import _conditional
from safety.constructions.words import Gates, Hit, _Ctx, _has

_NEG = frozenset(
    {
        "ない",
        "無い",
        "ん",
        "ぬ",
        "ず",
        "へん",
        "ひん",
        "ねー",
        "ねえ",
        "なかっ",
        "なかった",
        "もらえん",
        "くれん",
        "できん",
        "できへん",
        "もらえへん",
        "くれへん",
    }
)
_AUX_VERB = frozenset(
    {
        "もらう",
        "貰う",
        "もらえる",
        "くれる",
        "呉れる",
        "いる",
        "居る",
        "おる",
        "できる",
        "出来る",
        "られる",
        "れる",
        "ちゃう",
        "しまう",
        "なれる",
        "成れる",
        "なる",
        "成る",
        "ます",
        "てる",
    }
)
_RISE = frozenset({"出る", "でる", "起きる", "おきる", "湧く", "わく", "有る", "ある"})
"""What a will does when it comes (「やる気が でない」「する気 おきない」「気力 わかない」)."""
_NOTHING = frozenset({"何", "なに", "なん", "なんも", "なにも", "何も"})
_TOO = frozenset({"過ぎる", "すぎる"})
_LIKED = frozenset({"好き", "すき", "大好き", "だいすき"})
_FUNNY = frozenset({"楽しい", "たのしい", "楽しむ", "たのしむ", "面白い", "おもしろい"})
_THING = frozenset({"こと", "事", "もの", "物"})
_TOTAL = frozenset({"全部", "ぜんぶ", "全て", "すべて", "いつも", "結局"})
_FAULT = frozenset({"せい", "所為"})
_BAD = frozenset({"悪い", "わるい"})
_WHY = frozenset({"なんで", "何で", "なぜ", "どうして"})
_UNDERSTAND = frozenset({"分かる", "わかる", "判る", "解る"})
_PURPOSE = frozenset({"ため", "為"})
_HEART = frozenset({"気持ち", "きもち", "心", "こころ"})
_THROAT = frozenset({"喉", "のど", "ノド"})
_PASS = frozenset({"通る", "とおる"})
_TASTE = frozenset({"味", "あじ"})
_DO = frozenset({"する", "為る", "せん", "し"})
_FOOD = frozenset(
    {"ご飯", "ごはん", "御飯", "飯", "めし", "食事", "食べる", "たべる", "食べ物", "給食", "食欲"}
)
_EAT = frozenset({"食べる", "たべる", "食う", "くう"})
_ONE_WORD = frozenset({"一言", "ひとこと"})
_TALK = frozenset(
    {
        "話す",
        "はなす",
        "喋る",
        "しゃべる",
        "相談",
        "話せる",
        "喋れる",
        "言える",
        "言う",
        "いう",
        "頼る",
        "たよる",
    }
)
_PERSON = frozenset({"人", "ひと", "相手", "あいて", "子", "こ"})
_BE = frozenset({"居る", "いる", "い", "おる", "おら"})
_NOBODY = frozenset({"誰", "だれ"})
_FEEL = frozenset({"気", "き"})
_TOGETHER = ("一緒", "いっしょ")
_LET_IN = frozenset({"入る", "はいる", "入れる", "いれる"})
_SCOLD = frozenset({"怒る", "おこる", "叱る", "しかる"})
_DAYS = frozenset({"日", "ひ", "日々", "時", "とき", "夜", "よる", "朝", "あさ", "毎日", "日常"})
"""A negation describing days is no thing described: 「ねむれない 日が つづく」."""
_FULL = frozenset({"いっぱい", "一杯", "満腹", "まんぷく", "食べ過ぎる", "食べすぎる"})
"""A full stomach: 「おなか いっぱいで のどを とおらない」 is no lost appetite."""
_JOKE = frozenset({"冗談", "じょうだん", "w", "ｗ", "ww", "笑", "草"})
_MOVE = frozenset({"動く", "うごく", "動ける", "うごける"})


def _neg_within(c: _Ctx, v: int, reach: int = 4, verbs: frozenset[str] = frozenset()) -> int | None:
    """A flat negation within ``reach`` words after ``v``, auxiliaries between
    (「わかって もらえない」「相談 できない」「好きに なれません」), not a condition, a request or a
    question (「〜ないと」「〜ないで」「〜ないの？」) and not before a noun it describes
    (「誰にも 言えない 秘密」)."""
    words = c.words
    hi = c.hi[v] if v < len(words) else v
    for q in range(v + 1, min(v + 1 + reach, hi)):
        w = words[q]
        if w.keys & _NEG or c.at("negation", q):
            if _conditional(words, q) or w.conj == "終助詞":
                return None
            if any(_has(words, q + 1, k) for k in ("と", "で", "か", "ば")):
                return None
            if q + 1 < hi and words[q + 1].pos == "名詞" and not words[q + 1].keys & (_THING | _FEEL | _DAYS):
                return None  # 「言えない ひみつ」: a thing described
            return q
        if not (w.pos in ("助動詞", "助詞") or w.keys & (_AUX_VERB | verbs)):
            return None
    return None


def _lasts(c: _Ctx, i: int) -> bool:
    """A word that keeps it going in the sentence of ``i`` or the one before, not もう/また
    alone (「もう 部活 つかれた」 is one afternoon)."""
    lo = c.lo[i]
    before = c.lo[lo - 1] if lo > 0 else lo
    for q in range(before, c.hi[i]):
        if c.at("persist", q) and not c.words[q].keys & {"もう", "また", "夜", "よる"}:
            return True
        if c.words[q].keys & {"日課", "にっか", "続く", "つづく", "毎週"}:
            return True
    return False


def _hit(c: _Ctx, a: int, b: int, note: str) -> list[Hit]:
    return [Hit("distress", "distress", "concern", c.words[a].start, c.words[b].end, note)]


def _told_not(c: _Ctx, i: int, v: int, reach: int, note: str) -> list[Hit]:
    """The hit from ``i`` to a flat negation after ``v`` (``_neg_within``), in a sentence
    that asks nothing: 「だれにも 言えない」 is told, 「だれにも 言えないの？」 is asked."""
    neg = _neg_within(c, v, reach)
    if neg is None or _asks(c, *c.sentence(i)):
        return []
    return _hit(c, i, neg, note)


def _weary_at(c: _Ctx, i: int) -> bool:
    """Weariness at ``i``; 「つかれた」 after a letter the rescue cannot start a word at
    (「まいにちつかれた」) is read by Sudachi as つか + れ + た."""
    if c.at("weary", i):
        return True
    words = c.words
    return "つか" in words[i].keys and i + 1 < len(words) and bool(words[i + 1].keys & {"れ", "れる"})


def _worn_out(c: _Ctx) -> list[Hit]:
    words = c.words
    wearies = [i for i in range(len(words)) if _weary_at(c, i)]
    if not wearies:
        return []
    for i in wearies:
        lo, hi = c.sentence(i)
        if _asks(c, lo, hi) or c.first("later", lo, hi) is not None:
            continue
        if c.at("negation", i + 1) and not words[i + 1].keys & {"た"}:
            continue  # 「つかれてない」
        activity = c.first("activity", lo, hi) is not None
        twice = len(wearies) > 1 and any(c.lo[k] != lo for k in wearies)
        lasts = _lasts(c, i)
        much = any(words[q].keys & _TOO for q in range(i + 1, min(i + 3, hi))) and any(
            c.at("daily_function", q) for q in range(i + 2, min(i + 6, hi))
        )
        face = (_has(words, i - 1, "の") or (_has(words, i - 1, "に") and _has(words, i - 2, "の"))) and (
            c.first("social_effort", lo, i) is not None
        )
        idle = (
            _has(words, i - 1, "に")
            and _has(words, i - 2, "の")
            and c.first_key(tuple(_NOTHING), lo, i) is not None
        )
        if activity and not (lasts and twice):
            continue
        if lasts or twice or much or face or idle:
            return _hit(c, i, i, "worn_out")
    return []


def _glum(c: _Ctx) -> bool:
    """Joy, a laugh, a joke or a story, where fun said gone (「たのしくない」) is no joy."""
    return (
        c.first("joy") is not None
        or c.first("laugh") is not None
        or c.near("media")
        or not c.keys.isdisjoint(_JOKE)
        or "!" in c.keys
        or "！" in c.keys
    )


def _no_drive(c: _Ctx) -> list[Hit]:
    words = c.words
    if _glum(c):
        return []
    for i in range(len(words)):
        lo, hi = c.sentence(i)
        if c.at("drive", i):
            neg = _neg_within(c, i, 3, _RISE)
            if neg is None or _asks(c, lo, hi):
                continue
            nothing = c.first_key(tuple(_NOTHING), max(lo, i - 4), i) is not None
            liked = c.first_key(tuple(_LIKED), max(lo, i - 5), i) is not None
            since = c.first_key(("から",), lo, i) is not None
            if nothing or liked or since or _lasts(c, i):
                return _hit(c, i, neg, "no_drive")
        elif words[i].keys & _FUNNY:
            q = i + 1
            if q < hi and words[q].keys & _THING:
                q += 1
            neg = q if q < hi and (words[q].keys & _NEG or c.at("negation", q)) else _neg_within(c, i, 2)
            if neg is None or _asks(c, lo, hi) or c.first("later", lo, hi) is not None:
                continue
            nothing = c.first_key(tuple(_NOTHING), max(lo, i - 3), i) is not None and _has(
                words, c.first_key(tuple(_NOTHING), max(lo, i - 3), i) + 1, "も"
            )
            liked = c.first_key(tuple(_LIKED), max(lo, i - 6), i) is not None
            if nothing or liked or _lasts(c, i):
                return _hit(c, i, neg, "no_drive")
    return []


def _body_heavy(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.near("illness"):
        return []
    for i in range(len(words)):
        lo, hi = c.sentence(i)
        if c.first("activity", lo, hi) is not None or _asks(c, lo, hi):
            continue
        if c.at("body_whole", i) or words[i].keys & _HEART:
            for q in range(i + 1, min(i + 4, hi)):
                if c.at("heavy", q):
                    if c.at("negation", q + 1) and not words[q].keys & _MOVE:
                        break  # 「からだ おもくない」
                    if words[q].keys & _MOVE:
                        neg = _neg_within(c, q, 3)
                        if neg is None:
                            break
                        return _hit(c, i, neg, "body_heavy")
                    return _hit(c, i, q, "body_heavy")
                if words[q].pos not in ("助詞", "副詞"):
                    break
        if c.at("bed", i) and _has(words, i + 1, "から") and c.first("cosy", lo, hi) is None:
            for q in range(i + 2, min(i + 4, hi)):
                if words[q].keys & {"出る", "でる", "出られる", "出れる", "起きる", "起き上がる"}:
                    neg = _neg_within(c, q, 3)
                    if neg is not None:
                        return _hit(c, i, neg, "body_heavy")
                    break
        if c.at("ache_part", i):
            for q in range(i + 1, min(i + 4, hi)):
                if c.at("ache", q):
                    if q + 1 < hi and c.at("negation", q + 1):
                        break
                    school = c.first("school", lo, i) is not None
                    if _lasts(c, i) or school:
                        return _hit(c, i, q, "body_heavy")
                    break
                if words[q].pos not in ("助詞", "副詞"):
                    break
    return []


def _appetite(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.near("illness") or not c.keys.isdisjoint(_FULL):
        return []
    for i in range(len(words)):
        lo, hi = c.sentence(i)
        keys = words[i].keys
        if keys & _THROAT:
            for q in range(i + 1, min(i + 3, hi)):
                if words[q].keys & _PASS:
                    if hits := _told_not(c, i, q, 2, "appetite"):
                        return hits
                    break
        elif keys & _TASTE and c.first_key(tuple(_FOOD | _NOTHING), max(0, lo - 8), i) is not None:
            for q in range(i + 1, min(i + 3, hi)):
                if words[q].keys & _DO:
                    if hits := _told_not(c, i, q, 2, "appetite"):
                        return hits
                    break
        elif (
            keys & _EAT
            and c.first_key(tuple(_FOOD - _EAT), max(0, lo), i) is not None
            and c.at("desire", i + 1)
            and c.at("negation", i + 2)
            and not _asks(c, lo, hi)
            and _lasts(c, i)
            and c.first("later", lo, hi) is None
        ):
            return _hit(c, i, i + 2, "appetite")
    return []


def _unheard(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in range(len(words)):
        lo, hi = c.sentence(i)
        keys = words[i].keys
        if (
            keys & _NOBODY
            and (_has(words, i + 1, "に") or _has(words, i + 1, "と"))
            and _has(words, i + 2, "も")
        ):
            for q in range(i + 3, min(i + 7, hi)):
                if words[q].pos == "動詞" or words[q].keys & _TALK:
                    if hits := _told_not(c, i, q, 4, "unheard"):
                        return hits
                    break
        elif keys & _ONE_WORD and _has(words, i + 1, "も"):
            q = i + 2
            if q < hi and words[q].keys & _TALK and (hits := _told_not(c, i, q, 3, "unheard")):
                return hits
        elif (
            i + 1 < hi
            and words[i + 1].keys & _PERSON
            and (
                keys & (_TALK | {"くれる", "呉れる"})
                or (words[i].pos == "動詞" and c.first_key(_TOGETHER, lo, i))
            )
        ):
            q = i + 2
            if _has(words, q, "が") or _has(words, q, "は") or _has(words, q, "も"):
                q += 1
            if q < hi and words[q].keys & _BE:
                if hits := _told_not(c, i, q, 2, "unheard"):
                    return hits
            elif (
                q < hi and (words[q].keys & {"ない", "無い"} or c.at("negation", q)) and not _asks(c, lo, hi)
            ):
                return _hit(c, i, q, "unheard")
    return []


def _left_behind(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.near("game"):
        return []
    for i in range(len(words)):
        lo, hi = c.sentence(i)
        if c.at("left_out", i) and not _asks(c, lo, hi):
            only = any(c.at("self", k) and _has(words, k + 1, "だけ") for k in range(max(lo, i - 5), i))
            feels = any(
                words[q].keys & _FEEL and _has(words, q + 1, "が") for q in range(i + 1, min(i + 5, hi))
            )
            if words[i].keys & {"置く", "おく"} and not (
                i + 1 < hi and words[i + 1].keys & {"てか", "てく", "ていく", "て", "てかれる"}
            ):
                continue  # 置く is left behind only as おいて いかれる
            if c.at("negation", i + 1) and not words[i].keys & _LET_IN:
                continue
            if words[i].keys & _LET_IN and not c.at("negation", i + 1) and not _neg_within(c, i, 3):
                continue  # let in: only when it is not (「いれて もらえなかった」)
            if words[i].keys & _SCOLD and not (i + 1 < hi and words[i + 1].keys & {"れる", "られる"}):
                continue  # scolded: only in the passive (「わたしだけ 怒られる」)
            if only or (feels and not words[i].keys & {"違う", "ちがう"}):
                return _hit(c, i, i, "left_behind")
    return []


def _self_worth(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in range(len(words)):
        if not c.at("self", i):
            continue
        lo, hi = c.sentence(i)
        total = c.first_key(tuple(_TOTAL), max(lo, i - 3), hi) is not None
        for q in range(i + 1, min(i + 6, hi)):
            w = words[q]
            if c.at("worthless", q):
                if c.at("negation", q + 1):
                    break  # 「わたし だめじゃない」
                if _asks(c, lo, hi) and c.first_key(tuple(_WHY), lo, q) is None:
                    break
                return _hit(c, i, q, "self_worth")
            if c.at("worth_missing", q):
                neg = next(
                    (k for k in range(q + 1, min(q + 3, hi)) if words[k].keys & _NEG or c.at("negation", k)),
                    None,
                )
                if neg is None or _asks(c, lo, hi):
                    break
                return _hit(c, i, neg, "self_worth")
            if (w.keys & _BAD or w.keys & _FAULT) and total:
                if c.at("negation", q + 1) or _asks(c, lo, hi):
                    break
                return _hit(c, i, q, "self_worth")
            if not (
                w.pos in ("助詞", "助動詞", "副詞", "連体詞", "代名詞")
                or c.at("self_part", q)
                or w.keys & _WHY
                or w.keys & {"の", "こと", "事", "って"}
            ):
                break
    return []


def _purpose_lost(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in range(len(words)):
        lo, hi = c.sentence(i)
        keys = words[i].keys
        what = bool(keys & {"何", "なん", "なに"})
        purpose = what and _has(words, i + 1, "の") and i + 2 < hi and bool(words[i + 2].keys & _PURPOSE)
        wanted = what and _has(words, i + 1, "が") and c.at("desire", i + 3)
        heart = (
            bool(keys & _HEART)
            and _has(words, i + 1, "が")
            and c.first("self", max(lo, i - 3), i) is not None
        )
        if not (purpose or wanted or heart):
            continue
        start = i
        for q in range(i + 1, min(i + 12, hi)):
            if words[q].keys & _UNDERSTAND:
                neg = _neg_within(c, q, 3)
                if neg is not None:
                    return _hit(c, start, neg, "purpose_lost")
                break
    return []


_DIVORCE = frozenset({"離婚", "りこん", "別居", "べっきょ"})
_PENDING = frozenset({"する", "為る", "しそう", "かも", "っぽい", "らしい", "って", "そう"})
_AIR = frozenset({"空気", "くうき", "雰囲気", "ふんいき"})
_TENSE = frozenset(
    {"ぴりぴり", "ピリピリ", "ぎすぎす", "ギスギス", "重い", "おもい", "最悪", "さいあく", "暗い", "くらい"}
)
_HOME = frozenset({"家", "いえ", "うち", "家庭", "家族"})


def _family_strife(c: _Ctx) -> list[Hit]:
    """Parents parting, still to come or feared (「親が りこん するかも こわい」「親が 離婚
    するって」), or a home whose air is heavy (「家の 空気が おもい」「家が ぴりぴり してる」);
    not a divorce told as done and settled, not a story."""
    words = c.words
    for i in range(len(words)):
        lo, hi = c.sentence(i)
        keys = words[i].keys
        if keys & _DIVORCE:
            ahead = [w.keys for w in words[i + 1 : min(i + 4, hi)]]
            pending = any(k & _PENDING for k in ahead) and not any(k & {"た", "て"} for k in ahead)
            feared = c.first("fear", lo, hi) is not None or c.near("family_pain")
            if pending or feared:
                return _hit(c, i, i, "family_strife")
        elif keys & _HOME and i + 1 < hi:
            q = i + 1
            if _has(words, q, "の") and q + 1 < hi and words[q + 1].keys & (_AIR | {"中", "なか"}):
                q += 2
            if not (_has(words, q, "が") or _has(words, q, "は") or _has(words, q, "も")):
                if not (q < hi and words[q].pos == "副詞" and words[q - 1].keys & {"中", "なか"}):
                    continue
                q -= 1  # 「家の 中 ずっと ぴりぴり」
            while q + 1 < hi and words[q + 1].pos == "副詞" and not words[q + 1].keys & _TENSE:
                q += 1
            if q + 1 < hi and words[q + 1].keys & _TENSE and not c.at("negation", q + 2):
                if words[q + 1].keys & {"暗い", "くらい", "重い", "おもい"} and not (q - i > 1):
                    continue  # 「家が くらい」 may be the lights: only the air of a home
                return _hit(c, i, q + 1, "family_strife")
    return []


_PUT_DOWN = frozenset(
    {"比べる", "くらべる", "がっかり", "責める", "せめる", "否定", "見下す", "呆れる", "あきれる"}
)
_OFTEN = frozenset({"ばかり", "ばっか", "ばっかり", "毎日", "まいにち", "いつも", "毎回", "また"})


def _put_down(c: _Ctx) -> list[Hit]:
    """The writer compared, let down or blamed, in the passive (「親に 比べられた」「がっかり
    された」), or scolded again and again (「先生に 怒られて ばっか」「毎日 しかられる」)."""
    words = c.words
    if c.near("game"):
        return []
    for i in range(len(words)):
        lo, hi = c.sentence(i)
        keys = words[i].keys
        put_down = bool(keys & _PUT_DOWN)
        scold = bool(keys & _SCOLD)
        if not (put_down or scold):
            continue
        q = i + 1
        if q < hi and words[q].keys & {"する", "為る", "さ"}:
            q += 1
        if not (q < hi and words[q].keys & {"れる", "られる"}):
            continue
        if _asks(c, lo, hi) or _conditional(words, q):
            continue
        if scold and not any(words[k].keys & _OFTEN for k in range(lo, hi)):
            continue
        return _hit(c, i, q, "put_down")
    return []


_TRUST = frozenset({"信じる", "しんじる", "信用", "しんよう", "信頼"})
_GIVEN = frozenset({"もらえる", "貰える", "くれる", "呉れる", "もらう", "貰う"})


def _not_understood(c: _Ctx) -> list[Hit]:
    """Not understood by anyone (「先生にも わかって もらえない」), or trusting nobody any more
    (「もう だれも 信じられない」)."""
    words = c.words
    for i in range(len(words)):
        lo, hi = c.sentence(i)
        keys = words[i].keys
        listened = bool(keys & {"聞く", "きく", "聴く"}) and (
            c.first_key(("相談", "話", "はなし", "悩み", "なやみ"), 0, i) is not None
        )
        if (
            (keys & _UNDERSTAND or listened)
            and _has(words, i + 1, "て")
            and i + 2 < hi
            and words[i + 2].keys & _GIVEN
        ) and (hits := _told_not(c, i, i + 2, 2, "not_understood")):
            return hits
        if (
            keys & _TRUST
            and c.first_key(tuple(_NOBODY), max(lo, i - 4), i) is not None
            and (hits := _told_not(c, i, i, 3, "not_understood"))
        ):
            return hits
    return []


_TOILET = frozenset({"トイレ", "といれ", "便所", "べんじょ"})
_MEAL = frozenset(
    {
        "ご飯",
        "ごはん",
        "御飯",
        "弁当",
        "お弁当",
        "べんとう",
        "昼休み",
        "ひるやすみ",
        "休み時間",
        "給食",
        "泣く",
        "なく",
    }
)


def _hiding_at_school(c: _Ctx) -> list[Hit]:
    """Lunch or breaks spent in a toilet, or crying there (「学校の トイレで ごはん」「昼休み
    トイレに いる」)."""
    words = c.words
    for i in range(len(words)):
        if not words[i].keys & _TOILET:
            continue
        lo, hi = c.sentence(i)
        stays = _has(words, i + 1, "で") or (
            _has(words, i + 1, "に")
            and any(words[k].keys & (_BE | {"こもる", "籠もる"}) for k in range(i + 2, min(i + 4, hi)))
        )
        if not stays:
            continue  # 「トイレ 行ってから」: a visit
        if c.first_key(tuple(_MEAL), lo, hi) is not None and not _asks(c, lo, hi):
            return _hit(c, i, i, "hiding_at_school")
    return []


_HUNGRY = frozenset({"空く", "すく", "減る", "へる"})
_NO_SLEEP = frozenset({"一睡", "いっすい"})


def _body_refuses(c: _Ctx) -> list[Hit]:
    """The body refusing what it needs: hungry but unable to eat (「お腹 すいてるのに たべられ
    ない」), no will to eat (「食べる 気 しない」), not a wink of sleep (「一睡も できんかった」),
    a heart worn out (「こころが くたくた」)."""
    words = c.words
    if c.near("illness") or not c.keys.isdisjoint(_FULL):
        return []
    for i in range(len(words)):
        lo, hi = c.sentence(i)
        keys = words[i].keys
        if _asks(c, lo, hi):
            continue
        if keys & _EAT:
            hungry = c.first_key(tuple(_HUNGRY), max(0, lo - 6), i) is not None
            neg = _neg_within(c, i, 3) if hungry else None
            if neg is None and i + 1 < hi and words[i + 1].keys & _FEEL:
                neg = _neg_within(c, i + 1, 3, _DO)
            if neg is not None:
                return _hit(c, i, neg, "body_refuses")
        if keys & _NO_SLEEP and _has(words, i + 1, "も"):
            neg = _neg_within(c, i + 1, 3, frozenset({"できる", "出来る", "する", "為る"}))
            if neg is not None:
                return _hit(c, i, neg, "body_refuses")
        if keys & _HEART and (_has(words, i + 1, "が") or _has(words, i + 1, "も")) and _weary_at(c, i + 2):
            return _hit(c, i, i + 2, "body_refuses")
    return []


_IRKED = frozenset({"いらいら", "イライラ", "焦る", "あせる", "焦り"})
_STOPS = frozenset({"止まる", "とまる", "止まらない", "とまらない", "治まる", "おさまる", "消える", "きえる"})


def _feeling_lasts(c: _Ctx) -> list[Hit]:
    """A heavy feeling (かなしい, さみしい, ゆううつ, もやもや, イライラ, 不安) that lasts, will not
    stop or comes again and again (「ずっと モヤモヤ してる」「かなしいのが とまらない」「毎日
    ゆううつ」「〜ばっかり」); not a moment (「ちょっと かなしい」), not asked, not tomorrow's."""
    words = c.words
    if c.near("game"):
        return []
    for i in range(len(words)):
        if not c.at("heavy_feeling", i):
            continue
        lo, hi = c.sentence(i)
        if _asks(c, lo, hi) or c.first("later", lo, hi) is not None:
            continue
        if any(words[q].keys & {"ちょっと", "ちょい", "少し", "すこし"} for q in range(max(lo, i - 2), i)):
            continue
        if c.at("negation", i + 1) and i + 1 < hi:
            continue  # 「さみしくない」
        if any(_has(words, q, "た") for q in range(i + 1, min(i + 4, hi))):
            continue  # 「ずっと 不安だった けど」: over
        if (
            words[i].keys & _IRKED
            and c.first("activity", max(0, lo - 8), min(len(words), hi + 8)) is not None
        ):
            continue  # 「最近 イライラする、宿題 多すぎ」: a chore's irritation
        stops = next((q for q in range(i + 1, min(i + 5, hi)) if words[q].keys & _STOPS), None)
        unstoppable = stops is not None and (
            c.at("negation", stops + 1) or bool(words[stops].keys & {"止まらない", "とまらない"})
        )
        often = any(words[q].keys & {"ばかり", "ばっか", "ばっかり"} for q in range(i + 1, min(i + 3, hi)))
        if _lasts(c, i) or unstoppable or often:
            return _hit(c, i, stops + 1 if unstoppable and stops + 1 < hi else i, "feeling_lasts")
    return []


_SOMEONE = frozenset({"誰か", "だれか"})
_CARE_ACTS = frozenset(
    {
        "聞く",
        "きく",
        "聴く",
        "話",
        "はなし",
        "話す",
        "はなす",
        "ぎゅ",
        "ぎゅっ",
        "ぎゅっと",
        "抱く",
        "だく",
        "抱きしめる",
        "だきしめる",
        "そば",
        "側",
        "傍",
        "分かる",
        "わかる",
        "助ける",
        "たすける",
        "寄り添う",
        "慰める",
        "なぐさめる",
        "気付く",
        "気づく",
    }
)
_WANTED = frozenset({"欲しい", "ほしい", "ほしー"})


def _needs_someone(c: _Ctx) -> list[Hit]:
    """Someone wished for, to listen, hold or understand (「だれかに 話 きいて ほしい」「だれかに
    ぎゅって して ほしい」); not help with a task (「だれかに 宿題 手伝って ほしい」)."""
    words = c.words
    for i in range(len(words)):
        someone = words[i].keys & _SOMEONE or (
            words[i].keys & _NOBODY and _has(words, i + 1, "か") and _has(words, i + 2, "に")
        )
        if not someone:
            continue
        lo, hi = c.sentence(i)
        if _asks(c, lo, hi):
            continue
        for q in range(i + 1, min(i + 9, hi)):
            if words[q].keys & _WANTED and (_has(words, q - 1, "て") or _has(words, q - 1, "で")):
                if q + 1 < hi and words[q + 1].pos == "名詞":
                    break  # 「聞いて ほしい 話が ある」: a thing to tell
                if any(words[k].keys & _CARE_ACTS for k in range(i + 1, q)):
                    return _hit(c, i, q, "needs_someone")
                break
    return []


_BORN = frozenset({"生まれる", "うまれる", "産まれる"})


def _why_born(c: _Ctx) -> list[Hit]:
    """Why the writer was born, asked of no one (「ぼく、なんで うまれて きたのかな」「自分って
    なんで 生まれたんやろ」): the point of oneself lost, ``concern`` (a wish not to have been born
    is the ``burden`` construction's)."""
    words = c.words
    if c.near("media"):
        return []
    for i in range(len(words)):
        why = words[i].keys & _WHY or (words[i].keys & {"何", "なん"} and _has(words, i + 1, "で"))
        if not why:
            continue
        lo, hi = c.sentence(i)
        born = next((q for q in range(i + 1, min(i + 4, hi)) if words[q].keys & _BORN), None)
        if born is None or (_asks(c, lo, hi) and any("?" in w.keys for w in words[lo:hi])):
            continue
        if any(words[k].pos == "名詞" for k in range(born + 1, min(born + 3, hi))):
            continue  # 「生まれた 日」: a thing described
        if any(c.at("others", k) and not c.at("self", k) for k in range(lo, i)):
            continue  # 「あの子 なんで 生まれたの」: someone else
        return _hit(c, i, born, "why_born")
    return []


_MIRROR = frozenset({"鏡", "かがみ", "カガミ"})
_LOOK = frozenset({"見る", "みる", "見れる", "みれる", "見られる", "みられる"})
_LOOKS = frozenset({"顔", "かお", "姿", "すがた", "体", "からだ", "見た目", "みため"})


def _mirror(c: _Ctx) -> list[Hit]:
    """The writer unable or unwilling to look at themself (「鏡 みれない」「じぶんの かお みたく
    ない」); not a broken mirror or a face in a photo of someone else."""
    words = c.words
    for i in range(len(words)):
        keys = words[i].keys
        own_looks = keys & _LOOKS and _has(words, i - 1, "の") and c.at("self", i - 2)
        if not (keys & _MIRROR or own_looks):
            continue
        hi = c.hi[i]
        for q in range(i + 1, min(i + 4, hi)):
            if words[q].keys & (_LOOK | {"みたい", "みたく"}):
                wished = words[q].keys & {"みたい", "みたく"} or c.at("desire", q + 1)
                neg = _neg_within(c, q, 3)
                if neg is not None and (
                    wished or words[q].keys & {"見れる", "みれる", "見られる"} or own_looks
                ):
                    return _hit(c, i, neg, "mirror")
                break
    return []


_CIRCLE = frozenset({"輪", "わ", "グループ", "ぐるーぷ", "仲間", "なかま", "会話", "かいわ", "話", "はなし"})
_JOIN = frozenset({"入る", "はいる", "入れる", "いれる", "加わる", "くわわる", "混ざる", "まざる", "混じる"})


def _circle(c: _Ctx) -> list[Hit]:
    """Unable to get into the circle (「ともだちの 輪に はいれない」「会話に まざれない」)."""
    words = c.words
    if c.near("game"):
        return []
    for i in range(len(words)):
        if not words[i].keys & _CIRCLE or not _has(words, i + 1, "に"):
            continue
        hi = c.hi[i]
        for q in range(i + 2, min(i + 4, hi)):
            if words[q].keys & _JOIN:
                if hits := _told_not(c, i, q, 3, "left_behind"):
                    return hits
                break
            if words[q].pos != "助詞":
                break
    return []


_WELL = frozenset({"上手い", "うまい", "旨い", "上手く", "うまく"})
_GO_ON = frozenset({"行く", "いく", "いける", "行ける"})


def _whatever_i_do(c: _Ctx) -> list[Hit]:
    """Whatever the writer does, it goes wrong: 何 + a verb + ても + a bad end (「なにやっても うまく
    いかん」「何をしても 怒られる」「何してもたのしくない」); not a question or a game."""
    words = c.words
    if _glum(c) or c.near("game"):
        return []
    for i in range(len(words)):
        if not words[i].keys & {"何", "なに", "なん"}:
            continue
        lo, hi = c.sentence(i)
        te = next(
            (
                q
                for q in range(i + 1, min(i + 5, hi))
                if words[q].keys & {"て", "で"} and _has(words, q + 1, "も")
            ),
            None,
        )
        if te is None or _asks(c, lo, hi):
            continue
        for q in range(te + 2, min(te + 6, c.hi[te] if te < len(words) else hi)):
            keys = words[q].keys
            if keys & _WELL and q + 1 < len(words) and words[q + 1].keys & _GO_ON:
                neg = _neg_within(c, q + 1, 2)
                if neg is not None:
                    return _hit(c, i, neg, "whatever_i_do")
            if keys & _FUNNY:
                neg = _neg_within(c, q, 2)
                if neg is not None:
                    return _hit(c, i, neg, "whatever_i_do")
            if words[q].pos == "動詞" and q + 1 < len(words) and words[q + 1].keys & {"れる", "られる"}:
                return _hit(c, i, q + 1, "whatever_i_do")
            if c.at("worthless", q) or c.at("aversion", q) or keys & {"だめ", "駄目", "ダメ"}:
                return _hit(c, i, q, "whatever_i_do")
    return []


_HAND = frozenset({"手", "て"})
_STICK = frozenset({"付く", "つく", "着く"})


def _nothing_in_hand(c: _Ctx) -> list[Hit]:
    """Nothing gets done: (何も) 手に つかない (「なにも 手に つかない」「勉強が 手に つかん」),
    with 何も or a word that keeps it going."""
    words = c.words
    for i in range(len(words)):
        if not (
            words[i].keys & _HAND
            and _has(words, i + 1, "に")
            and i + 2 < len(words)
            and words[i + 2].keys & _STICK
        ):
            continue
        neg = _neg_within(c, i + 2, 2)
        if neg is None:
            continue
        lo, hi = c.sentence(i)
        nothing = c.first_key(tuple(_NOTHING | {"何もかも", "なにもかも"}), max(lo, i - 4), i) is not None
        if nothing or _lasts(c, i) or c.first("weary", lo, hi) is not None:
            return _hit(c, i, neg, "no_drive")
    return []


_GATES = Gates(
    (
        (frozenset({"つか"}), ("weary",), _worn_out),
        (_FUNNY, ("drive",), _no_drive),
        (frozenset(), ("body_whole", "bed", "ache_part"), _body_heavy),
        (_THROAT | _TASTE | _EAT, (), _appetite),
        (_NOBODY | _ONE_WORD | _PERSON, (), _unheard),
        (frozenset(), ("left_out",), _left_behind),
        (frozenset(), ("self",), _self_worth),
        (_HEART | {"何", "なん", "なに"}, (), _purpose_lost),
        (_DIVORCE | _HOME, (), _family_strife),
        (_PUT_DOWN | _SCOLD, (), _put_down),
        (_UNDERSTAND | _TRUST | {"聞く", "きく", "聴く"}, (), _not_understood),
        (_TOILET, (), _hiding_at_school),
        (_EAT | _NO_SLEEP | _HEART, (), _body_refuses),
        (frozenset(), ("heavy_feeling",), _feeling_lasts),
        (_SOMEONE | _NOBODY, (), _needs_someone),
        (_BORN, (), _why_born),
        (_MIRROR | _LOOKS, (), _mirror),
        (_CIRCLE, (), _circle),
        (frozenset({"何", "なに", "なん"}), (), _whatever_i_do),
        (_HAND, (), _nothing_in_hand),
    )
)
"""Each rule with the words and the classes it starts from, in the order the rules are read."""


_OWN_LIGHT = frozenset({_no_drive, _whatever_i_do})
"""The rules that judge a light text themselves (``_glum``: joy said gone is no joy); every
other rule reads nothing in a text with joy, a laugh, a joke or a story (``_light``)."""


def _heavy(c: _Ctx) -> list[Hit]:
    """Every rule, each read only when a word it starts from is in the text (two look-ups in
    the text's keys and classes for all of them): most texts hold none of them."""
    rules = _GATES.opened_by(c)
    if rules and _light(c):
        rules = [rule for rule in rules if rule in _OWN_LIGHT]
    hits: list[Hit] = []
    for rule in rules:
        hits.extend(rule(c))
    return hits
