"""The ``distress`` construction (round 2026-12-03 (a)): heavy distress with no wish to die,
read from the shape of the sentence, so that a child's own words for it are found without a
list of phrases. Every rule gives ``concern`` and never more: distress is not suicidality,
and a text that also says a wish or a plan is rated by those constructions.

* ``cannot_cope``: an everyday function failing, said as lasting (「もう 何日も まともに
  ねてない」「ずっと わらえない」「毎晩 ねむれない」): a verb of eating, sleeping, getting up
  or laughing, in its potential or plain form, negated, with a word that keeps it going;
* ``dread``: fear of the day or of people, or the body's alarm (「朝に なるのが こわい」「休み
  時間が こわい」「夜に なると ふあんで しんぞう ばくばく」「かこきゅうに なって」); not a
  fright that passed (こわかった), a little one (ちょっと), a ride, a ghost story or a test;
* ``mocked`` (category ``bullying``): mockery or shutting out done to the writer, read by its
  passive (「わらわれてて」「むしされてる」「グループから はずされた」「きもいって いわれる」),
  not a joke (笑, 冗談) nor a game;
* ``self_hatred``: the writer as what is hated (「自分が だいきらい」「自分の ことが ほんとに
  きらい」「じぶんが いやで たまらない」), only particles or a part of oneself between;
* ``alone``: nobody to be with (「話す 相手が いない」「居場所 どこにもない」「ともだち いない」);
* ``crying``: crying that lasts or has no reason (「ひとりで いると なみだ でてくる、なんでか
  わかんない」「泣きすぎて」「最近 ずっと 涙もろい」); not at a film, a goodbye party or for joy;
* ``school_refusal``: school or a club refused, said as lasting (「もう がっこう むり。あしたも
  休む」「もう 2しゅうかん いってない」「不登校」); not a cold;
* ``everything``: everything hateful (「もう なにもかも いや」「ぜんぶ むり」);
* ``stress_body``: stress or pressure doing something to the body (「ストレスで 髪 ぬけてきた」
  「プレッシャーで むねが ぎゅって なる」).
* ``nobody_for_me`` (round 2026-12-03 (d)): nobody doing anything for the writer, 誰も + a
  verb + て くれない (「だれも はなしかけて くれない」「誰も たすけて くれへん」), said flat;
* ``resigned``: どうせ + the writer + なんか/なんて (「どうせ あたしなんか」), the writer written off;
* ``wants_nothing``: もう + 何も + a verb wished, negated (「もう なにも 考えたく ない」「もう なんも
  したくない」), not asked;
* ``escape``: running away wished (「にげたい」「にげだしたい」), not from a game, a ghost house or
  a ride, not asked, not negated.

Joy, a laugh or a joke, a story or a film, or the next day's plan in the text leave a rule
out where a triager would read them as everyday. Each rule reads a fixed number of words
around its anchor: linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Callable

from safety.constructions.grammar import _PASSIVE, _conditional
from safety.constructions.times import TODAY
from safety.constructions.words import Gates, Hit, _Ctx, _has, _has_any

_SMALL = frozenset({"ちょっと", "ちょい", "少し", "すこし", "若干", "やや"})
_JOKE = frozenset({"冗談", "じょうだん", "w", "ｗ", "ww", "笑", "草"})
_FUN = frozenset(
    {
        "!",
        "！",
        "やった",
        "やったー",
        "楽しみ",
        "たのしみ",
        "面白い",
        "おもしろい",
        "楽しい",
        "たのしい",
        "最高",
    }
)
_JOKE_OR_FUN = _JOKE | _FUN
_WATCHED = frozenset({"読む", "よむ", "見る", "みる", "観る", "聴く", "最終回", "話", "巻"})
"""Crying at what one reads or watches (「読んでて また泣いた」「最終回 みた、涙 とまらん」)."""
_POTENTIAL = frozenset({"れる", "られる", "える", "れ", "られ"})
_NEG = frozenset({"ない", "無い", "ん", "ぬ", "ず", "へん", "ひん", "ねー", "ねえ"})
_SAY = frozenset({"言う", "いう", "云う"})
_QUOTE = frozenset({"って", "と", "て"})
_GO = frozenset({"行く", "いく", "行ける", "いける"})
_COMES = frozenset({"なる", "成る"})
_THINK = frozenset({"思う", "おもう", "言う", "いう", "考える", "かんがえる"})
_HEED = frozenset({"見る", "みる", "気付く", "気づく", "きづく", "分かる", "わかる", "覚える", "おぼえる"})
_WORRY = frozenset({"心配", "しんぱい"})
_ATTEND = frozenset({"登校", "とうこう"})
_DO = frozenset({"する", "為る", "できる", "出来る"})
_BETWEEN = frozenset({"が", "の", "は", "も", "を", "なんて", "なんか", "って", "に", "ほんとに"})


def _asks(c: _Ctx, lo: int, hi: int) -> bool:
    """The sentence asks something: a question mark, or a final か/の/かな (not the か of
    「なにもかも」, which the shared question reading counts)."""
    words = c.words
    if any("?" in w.keys for w in words[lo:hi]):
        return True
    last = words[hi - 1] if hi > lo else None
    return last is not None and last.conj == "終助詞" and bool(last.keys & {"か", "の", "かな", "かい"})


def _light(c: _Ctx) -> bool:
    """Joy, a laugh or a joke, or a story anywhere: the text is not read as distress."""
    return (
        c.first("joy") is not None
        or c.first("laugh") is not None
        or c.near("media")
        or not c.keys.isdisjoint(_JOKE_OR_FUN)
    )


def _negated_after(c: _Ctx, v: int, reach: int = 3) -> int | None:
    """A flat negation within ``reach`` words after verb ``v`` (「ねれない」「ねて ない」
    「たべられへん」), not a condition, a question or a request (「ねないと」「ねないで」)."""
    words = c.words
    for q in range(v + 1, min(v + 1 + reach, c.hi[v])):
        if words[q].keys & _NEG or c.at("negation", q):
            if _conditional(words, q) or words[q].conj == "終助詞":
                return None
            if any(_has(words, q + 1, k) for k in ("と", "で", "の", "か", "ば")):
                return None
            return q
        if not (words[q].keys & (_POTENTIAL | {"て", "で", "てる", "られる"}) or words[q].pos == "助動詞"):
            return None
    return None


def _persists(c: _Ctx, i: int) -> bool:
    """A word that keeps it going (毎日, ずっと, 夜, もう, 何日) in the sentence of ``i``, the one
    before it, or the one right after it (「ぜんぜん ねれん。ずっと かんがえごと してしまう」)."""
    lo, hi = c.lo[i], c.hi[i]
    before = c.lo[lo - 1] if lo > 0 else lo
    after = c.hi[hi] if hi < len(c.words) else hi
    return c.first("persist", before, after) is not None or _whenever(c, lo, hi) or _again_today(c, lo, hi)


_ONE = frozenset({"一人", "ひとり", "独り"})
_TODAY = TODAY | frozenset({"今朝", "けさ"})


def _again_today(c: _Ctx, lo: int, hi: int) -> bool:
    """「きょうも」「今夜も」: today too, so the day before as well."""
    words = c.words
    return any(words[k].keys & _TODAY and _has(words, k + 1, "も") for k in range(lo, hi))


def _whenever(c: _Ctx, lo: int, hi: int) -> bool:
    """「あさに なると」「きょうしつに はいると」: a habit, ``V + と`` each time it comes, not a
    thought (「〜なると 思う」) or a quote."""
    words = c.words
    return any(
        words[k].keys & _COMES
        and _has(words, k + 1, "と")
        and c.first("later", max(lo, k - 2), k) is None  # 「あしたに なると」: once, not a habit
        and not (k + 2 < len(words) and words[k + 2].keys & _THINK)
        for k in range(lo, hi - 1)
    )


def _worry_before(c: _Ctx, i: int) -> bool:
    """A fear or a heavy feeling earlier in the sentence of ``i`` (「ふあんで ねれない」「受験
    こわい、ねむれない」): a function failing for a worry, not for a film, a storm or a test."""
    lo = c.lo[i]
    worried = any(w.keys & _WORRY for w in c.words[lo:i])
    if not worried and c.first("fear", lo, i) is None and c.first("heavy_feeling", lo, i) is None:
        return False
    return not c.near("fright_usual")


def _cannot_cope(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in c.where("daily_function"):
        neg = _negated_after(c, i)
        if neg is None or _asks(c, c.lo[i], c.hi[i]):
            continue
        if not (_persists(c, i) or _worry_before(c, i)) or c.first("later", c.lo[i], c.hi[i]) is not None:
            continue
        if _light(c) or any(
            words[q].keys & {"そう", "かも", "かもしれない"} for q in range(neg + 1, min(neg + 3, c.hi[i]))
        ):
            continue  # 「ねむれなさそう」「おきれないかも」: a guess, not a state
        return [Hit("distress", "distress", "concern", words[i].start, words[neg].end, "cannot_cope")]
    return []


def _dread(c: _Ctx) -> list[Hit]:
    words = c.words
    if not c.near_any(("panic", "fear")) and c.keys.isdisjoint(_BREATH):
        return []  # nothing to dread: the context is not read
    if c.near("fright_usual") or c.near("method_everyday") or c.near("game") or _light(c):
        return []
    breath = not c.keys.isdisjoint(_BREATH)
    for i in range(len(words)):
        lo, hi = c.sentence(i)
        if c.at("panic", i):
            if c.first("negation", i + 1, min(i + 2, hi)) is None:
                return [Hit("distress", "distress", "concern", words[i].start, words[i].end, "dread")]
            continue
        if breath and words[i].keys & _BREATH and _breath_fails(c, i):
            if _persists(c, i) or c.first("social_place", lo, hi) is not None:
                return [Hit("distress", "distress", "concern", words[i].start, words[i].end, "dread")]
            continue
        if not c.at("fear", i):
            continue
        if any(_has(words, q, "た") for q in range(i + 1, min(i + 3, hi))):
            continue  # こわかった: a fright that passed
        if any(words[q].keys & _SMALL for q in range(max(lo, i - 3), i)):
            continue
        if c.at("negation", i + 1) or _asks(c, lo, hi):
            continue
        if _persists(c, i) or c.first("social_place", lo, i) is not None:
            return [Hit("distress", "distress", "concern", words[i].start, words[i].end, "dread")]
    return []


_GONE = frozenset({"なくなる", "無くなる", "亡くなる"})
_BREATH = frozenset({"息", "いき"})
_CAN = frozenset({"できる", "出来る", "吸える", "すえる"})
_CHOKE = frozenset({"詰まる", "つまる"})
_WINDED = frozenset(
    {"走る", "はしる", "マラソン", "プール", "泳ぐ", "およぐ", "水", "みず", "鼻", "はな", "マスク"}
)
"""Out of breath for a reason of the body: a run, water, a blocked nose, a mask."""


def _breath_fails(c: _Ctx, i: int) -> bool:
    """「教室に 入ると 息 できなく なる」「息が つまる」: breath that will not come at ``i``
    (息 + が/も + できる/吸える negated, or 詰まる), not a run, a swim, a cold or a laugh."""
    words = c.words
    q = i + 1
    if q < len(words) and words[q].keys & {"が", "も"}:
        q += 1
    if q >= len(words) or c.near("illness") or not c.keys.isdisjoint(_WINDED):
        return False
    if words[q].keys & _CHOKE:
        return c.first("negation", q + 1, min(q + 2, c.hi[i])) is None
    return bool(words[q].keys & _CAN) and _negated_after(c, q, 2) is not None


def _passive_after(c: _Ctx, i: int) -> int | None:
    """The passive of the act at ``i``: the verb + れる/られる, a noun + される
    (「むし される」), or a noun + に される / って 言われる (「ネタに される」「きもいって
    いわれる」)."""
    words = c.words
    hi = c.hi[i]
    for q in range(i + 1, min(i + 5, hi)):
        if words[q].keys & _PASSIVE:
            prev = words[q - 1]
            if q == i + 1 or prev.keys & ({"する", "為る", "さ"} | _SAY):
                return q
        if words[q].pos in ("名詞", "形容詞") and not words[q].keys & {"こと", "事"}:
            return None
    return None


def _disgusting(c: _Ctx, i: int) -> int:
    """「きもちわるい」 at ``i`` (one word or きもち + わるい), said of the writer like きもい:
    how many words it takes (0: none). Kept out of the ``mock`` class, which the learned
    layer reads as a feature (round 2026-12-03 (d))."""
    words = c.words
    if words[i].keys & {"気持ち悪い", "きもちわるい"}:  # (both in _DISGUSTING)
        return 1
    if words[i].keys & {"気持ち", "きもち"} and i + 1 < len(words) and words[i + 1].keys & {"悪い", "わるい"}:
        return 2
    return 0


def _mocked(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.first("mock") is None and c.keys.isdisjoint(_DISGUSTING):
        return []
    if _light(c) or c.near("game"):
        return []
    for i in range(len(words)):
        size = c.at("mock", i) or _disgusting(c, i)
        if not size:
            continue
        q = _passive_after(c, i + size - 1)  # after the whole word (きもち+わるい)
        if q is None or _asks(c, c.lo[i], c.hi[i]):
            continue
        others = c.first("others", c.lo[i], i) is not None and c.first("self", c.lo[i], i) is None
        if others and not any(_has(words, k, "に") for k in range(c.lo[i], i)):
            continue  # 「みんなが むしされてる」: someone else is the one
        return [Hit("distress", "bullying", "concern", words[i].start, words[q].end, "mocked")]
    return []


def _self_hatred(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.first("hate") is None:
        return []
    for i in c.where("self"):
        hi = c.hi[i]
        for q in range(i + 1, min(i + 7, hi)):
            w = words[q]
            if c.at("hate", q):
                if words[q].keys & {"許せる", "ゆるせる"} and not c.at("negation", q + 1):
                    break
                if c.at("negation", q + 1) and not words[q].keys & {"許せる", "ゆるせる"}:
                    break  # 「きらいじゃない」
                if _asks(c, c.lo[i], hi) or _light(c):
                    break
                return [Hit("distress", "distress", "concern", words[i].start, w.end, "self_hatred")]
            if not (w.pos == "助詞" or c.at("self_part", q) or w.keys & _BETWEEN):
                break
    return []


def _alone(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in c.where("company"):
        lo, hi = c.sentence(i)
        if _has(words, i + 1, "に") or _has(words, i + 1, "と"):
            continue  # 「ともだちに」「ともだちと」: someone is there
        for q in range(i + 1, min(i + 6, hi)):
            if words[q].keys & _GONE:
                # 「部活 やめたら 居場所 なくなった」: the place or the friends gone, said as done
                # or now; not a guess (なくなりそう), a condition (なくなったら) or a question
                after = words[q + 1 : q + 3]
                if any(w.keys & {"そう", "かも", "たら"} for w in after) or _conditional(words, q + 1):
                    break
                if _asks(c, lo, hi) or _light(c) or c.first("later", lo, hi) is not None:
                    break
                return [Hit("distress", "distress", "concern", words[i].start, words[q].end, "alone")]
            if words[q].keys & {"居る", "いる", "い", "有る", "ある", "おる", "おら"} or c.at("negation", q):
                neg = q if c.at("negation", q) else q + 1
                if not c.at("negation", neg) or _conditional(words, neg):
                    break
                if words[neg].pos == "助詞":
                    break  # 「ともだちんち」: ん as の (a friend's house), no negation
                if any(_has(words, neg + 1, k) for k in ("た", "と", "の", "か", "ば")):
                    break
                if _asks(c, lo, hi) or _light(c) or c.first("later", lo, hi) is not None:
                    break
                if any(w.keys & {"今日", "きょう", "今", "いま"} for w in words[lo:hi]):
                    break  # 「きょうは ともだち いない」: a day, not a life
                return [Hit("distress", "distress", "concern", words[i].start, words[neg].end, "alone")]
            if words[q].pos not in ("助詞", "代名詞", "副詞") and not words[q].keys & {"どこ", "何処"}:
                break
    return []


_WHO = frozenset({"誰", "だれ"})
_STILL = frozenset({"も", "また"})
"""「きょうも」「また」: the same again, a day that repeats."""
_SOCIAL = frozenset({"話す", "はなす", "喋る", "しゃべる", "遊ぶ", "あそぶ", "会話", "口", "目"})


def _talked_to_nobody(c: _Ctx) -> list[Hit]:
    """``alone`` (round j of 2026-12-05): 誰 + と + も + talking or playing, negated, said as
    lasting or as the same again (「きょうも だれとも しゃべらない 1にち」「ずっと だれとも
    はなしてない」); not a day alone once (「きょうは だれとも あわなかった」), a plan, a question."""
    words = c.words
    for i in c.where_keys(_WHO):
        if not (_has(words, i + 1, "と") and _has(words, i + 2, "も")):
            continue
        lo, hi = c.sentence(i)
        v = next((q for q in range(i + 3, min(i + 5, hi)) if words[q].keys & _SOCIAL), None)
        if v is None:
            continue
        neg = next((q for q in range(v + 1, min(v + 4, hi)) if c.at("negation", q)), None)
        if neg is None or _conditional(words, neg) or _asks(c, lo, hi) or _light(c):
            continue
        lasting = c.first("persist", lo, hi) is not None or c.first("long_time", lo, hi) is not None
        again = any(words[q].keys & _STILL and q > 0 and words[q - 1].keys & _TODAY for q in range(lo, i))
        if lasting or again:
            return [Hit("distress", "distress", "concern", words[i].start, words[neg].end, "alone")]
    return []


def _why(c: _Ctx, q: int) -> bool:
    """A reason asked or missing at ``q``: なぜ, 理由, なんで (Sudachi: なん+で)."""
    keys = c.words[q].keys
    return bool(keys & {"なんで", "何で", "理由", "りゆう", "なぜ"}) or (
        bool(keys & {"なん", "何"}) and _has(c.words, q + 1, "で")
    )


def _crying(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.first("cry") is None and c.keys.isdisjoint(_MOVED) and "なく" not in c.keys:
        return []
    if _light(c) or c.near("parting_event") or c.near("game"):
        return []
    if any(w.keys & _WATCHED and not _has(words, k + 1, "れる") for k, w in enumerate(words)):
        return []  # moved by a story or a photo, not crying of one's own
    for i in range(len(words)):
        # 泣ける is not in the ``cry`` class: its reading なく would match every negation
        lo, hi = c.sentence(i)
        if not (c.at("cry", i) or words[i].keys & _MOVED or _kana_cry(c, i, lo)):
            continue
        if c.first("hyperbole", i + 1, min(i + 3, hi)) is not None:
            continue  # 「泣くほど わらった」
        much = any(words[q].keys & {"過ぎる", "すぎる"} for q in range(i + 1, min(i + 3, hi)))
        stops = any(
            words[q].keys & {"止まる", "とまる", "止まらない", "とまらない"}
            for q in range(i + 1, min(i + 5, hi))
        )
        why = any(_why(c, q) for q in range(lo, min(hi + 6, len(words))))
        # crying alone (「ひとりで ないてたら」): no one there to see it
        alone = any(words[q].keys & _ONE and _has(words, q + 1, "で") for q in range(max(lo, i - 4), i))
        if much or stops or why or alone or _persists(c, i) or words[i].keys & {"涙脆い", "涙もろい"}:
            return [Hit("distress", "distress", "concern", words[i].start, words[i].end, "crying")]
    return []


def _kana_cry(c: _Ctx, i: int, lo: int) -> bool:
    """Kana 「ないて」 read as the verb なく (泣く or 鳴く), with no one but the writer its subject
    (「ねこが ないてる」 is a cat)."""
    words = c.words
    if not (words[i].pos == "動詞" and "なく" in words[i].keys):
        return False
    return not any(_has(words, q, "が") and not c.at("self", q - 1) for q in range(lo, i))


def _school_refusal(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.first("school") is None and c.keys.isdisjoint(_SCHOOL_REFUSAL) and c.keys.isdisjoint(_ATTEND):
        return []
    if c.near("illness") or _light(c):
        return []
    attending = not c.keys.isdisjoint(_ATTEND)
    for i in range(len(words)):
        if words[i].keys & _SCHOOL_REFUSAL:
            return [Hit("distress", "distress", "concern", words[i].start, words[i].end, "school_refusal")]
        attend = attending and bool(words[i].keys & _ATTEND) and _has_any(words, i + 1, _DO)
        if not (attend or c.at("school", i)):
            continue
        lo, hi = c.sentence(i)
        # 「登校 して ない」「登校 できない」: attending, negated
        end = _negated_after(c, i + 1, 3) if attend else None
        for q in range(i + 1, min(i + 6, hi) if end is None else i + 1):
            if c.at("school_away", q):
                end = q
                break
            if words[q].keys & _GO or (words[q].keys & _SAY and q <= i + 2 and _has(words, q + 1, "て")):
                # 「がっこう いってない」: the analyser reads いっ as 言う; said of school, it is going
                neg = _negated_after(c, q, 3)
                wished = c.at("desire", q + 1) and c.at("negation", q + 2)
                if neg is not None or wished:
                    end = neg if neg is not None else q + 2
                    break
        if end is None:
            continue
        text_on = (
            c.first("persist", lo, len(words)) is not None
            or _whenever(c, lo, hi)
            or any(_has(words, k, "も") and c.at("later", k - 1) for k in range(lo, len(words)))
        )
        if text_on and not _asks(c, lo, hi):
            return [Hit("distress", "distress", "concern", words[i].start, words[end].end, "school_refusal")]
    return []


def _everything(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.first("everything") is None or _light(c):
        return []
    for i in c.where("everything"):
        lo, hi = c.sentence(i)
        q = c.first("aversion", i + c.at("everything", i), min(i + c.at("everything", i) + 3, hi))
        if q is None or c.at("negation", q + 1) or _asks(c, lo, hi):
            continue
        if q + 1 < hi and words[q + 1].keys & {"な", "だ"} and q + 2 < hi and words[q + 2].pos == "名詞":
            continue  # 「ぜんぶ いやな やつ」: a thing described
        return [Hit("distress", "distress", "concern", words[i].start, words[q].end, "everything")]
    return []


def _stress_body(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.first("stress") is None or _light(c):
        return []
    for i in c.where("stress"):
        if not (_has(words, i + 1, "で") or _has(words, i + 1, "から")):
            continue
        lo, hi = c.sentence(i)
        if any(words[q].pos in ("動詞", "形容詞") for q in range(i + 2, hi)) and not _asks(c, lo, hi):
            return [Hit("distress", "distress", "concern", words[i].start, words[hi - 1].end, "stress_body")]
    return []


_NOBODY = frozenset({"誰", "だれ", "だあれ"})
_DISGUSTING = frozenset({"気持ち悪い", "きもちわるい", "気持ち", "きもち"})
"""The words ``_disgusting`` starts at: without one of them (or a ``mock`` word), nobody mocks."""
_MOVED = frozenset({"泣ける", "なける"})
_SCHOOL_REFUSAL = frozenset({"不登校", "ふとうこう"})
_FOR_ME = frozenset({"くれる", "呉れる", "くれ"})
_RESIGNED = frozenset({"どうせ", "どーせ"})
_WRITTEN_OFF = frozenset({"なんか", "なんて", "など"})
_NOTHING = frozenset({"何", "なに", "なん", "なんも"})
_ESCAPE = frozenset({"逃げる", "にげる", "逃げ出す", "にげだす", "逃げだす"})


def _nobody_for_me(c: _Ctx) -> list[Hit]:
    """誰も + a verb + て くれない, flat: nobody does anything for the writer."""
    words = c.words
    if c.keys.isdisjoint(_NOBODY) or _light(c):
        return []
    for i in c.where_keys(_NOBODY):
        if not _has(words, i + 1, "も"):
            continue
        lo, hi = c.sentence(i)
        me = c.first("self", i + 2, min(i + 5, hi))
        for q in range(i + 2, min(i + 7, hi)):
            if me is not None and q > me and words[q].keys & _HEED:
                # 「だれも わたしの こと 見てない」: the writer named, nobody looking
                neg = _negated_after(c, q, 3)
                if neg is not None and not _asks(c, lo, hi):
                    return [
                        Hit(
                            "distress", "distress", "concern", words[i].start, words[neg].end, "nobody_for_me"
                        )
                    ]
                break
            if not (words[q].keys & _FOR_ME and words[q - 1].keys & {"て", "で"}):
                continue
            neg = _negated_after(c, q, 2)
            if neg is not None and not _asks(c, lo, hi):
                return [
                    Hit("distress", "distress", "concern", words[i].start, words[neg].end, "nobody_for_me")
                ]
            break
    return []


_AIR = frozenset({"空気", "くうき"})
_TREATED = frozenset({"扱い", "あつかい", "扱う", "あつかう"})
_LIKE = frozenset({"みたい", "様", "よう"})
_SOMEONE_LIKE = frozenset({"存在", "そんざい", "人", "ひと", "奴", "やつ", "人間"})


def _treated_as_air(c: _Ctx) -> list[Hit]:
    """「クラスで くうき あつかい」「わたしって 空気みたいな 存在」: the writer treated as air,
    there and unseen; not the air of a room, reading the air or a light coat."""
    if c.keys.isdisjoint(_AIR) or _light(c):
        return []
    words = c.words
    for i in range(len(words) - 1):
        if not words[i].keys & _AIR:
            continue
        nxt = words[i + 1].keys
        if nxt & _TREATED:
            return [Hit("distress", "distress", "concern", words[i].start, words[i + 1].end, "unseen")]
        lo = c.lo[i]
        if (
            nxt & _LIKE
            and c.first("self", lo, i) is not None
            and (i + 2 >= c.hi[i] or (_has(words, i + 2, "な") and _has_any(words, i + 3, _SOMEONE_LIKE)))
        ):
            return [Hit("distress", "distress", "concern", words[i].start, words[i + 1].end, "unseen")]
    return []


_BEING = frozenset({"存在", "そんざい"})
_REALLY_BETWEEN = frozenset(
    {"は", "って", "、", "ほんと", "本当", "ほんとう", "ほんま", "本真", "に", "まだ", "ちゃんと"}
)


def _existence_asked(c: _Ctx) -> list[Hit]:
    """「わたし 存在してるのかな」「うち、ほんとに 存在してるん？」: the writer asking whether they
    exist at all, nobody seeing them; not a ghost, a thing or someone else (「わたしの 推し」)."""
    if c.keys.isdisjoint(_BEING):
        return []
    words = c.words
    for i in range(1, len(words) - 1):
        if not (words[i].keys & _BEING and words[i + 1].keys & {"する", "為る"}):
            continue
        lo, hi = c.sentence(i)
        p = i - 1
        while p > max(lo, i - 4) and words[p].keys & _REALLY_BETWEEN:
            p -= 1
        asked = _asks(c, lo, hi) or c.first_key(("か", "?", "？"), i + 2, min(i + 7, hi)) is not None
        if not c.at("self", p) or not asked or _light(c):
            continue
        return [Hit("distress", "distress", "concern", words[p].start, words[i + 1].end, "unseen")]
    return []


def _resigned(c: _Ctx) -> list[Hit]:
    """どうせ + the writer + なんか/なんて: the writer written off."""
    words = c.words
    if c.keys.isdisjoint(_RESIGNED) or _light(c):
        return []
    for i in c.where_keys(_RESIGNED):
        for q in range(i + 1, min(i + 3, c.hi[i])):
            if c.at("self", q) and any(
                words[k].keys & _WRITTEN_OFF for k in range(q + 1, min(q + 3, c.hi[i]))
            ):
                return [Hit("distress", "distress", "concern", words[i].start, words[q].end, "resigned")]
    return []


def _wants_nothing(c: _Ctx) -> list[Hit]:
    """もう + 何も + a verb wished, negated: wanting nothing any more."""
    words = c.words
    if c.keys.isdisjoint(_NOTHING) or _light(c):
        return []
    for i in c.where_keys(_NOTHING):
        if not _has(words, i + 1, "も") and "なんも" not in words[i].keys:
            continue
        lo, hi = c.sentence(i)
        if c.first_key(("もう",), max(lo, i - 3), i) is None or _asks(c, lo, hi):
            continue
        for q in range(i + 1, min(i + 5, hi)):
            if words[q].pos == "動詞" and c.at("desire", q + 1) and c.at("negation", q + 2):
                if _conditional(words, q + 2) or any(_has(words, q + 3, k) for k in ("と", "の", "か", "ば")):
                    break
                return [
                    Hit("distress", "distress", "concern", words[i].start, words[q + 2].end, "wants_nothing")
                ]
    return []


def _escape(c: _Ctx) -> list[Hit]:
    """Running away wished (「にげたい」), not in play, not asked, not negated."""
    words = c.words
    if c.keys.isdisjoint(_ESCAPE):
        return []
    if _light(c) or c.near("game") or c.near("fright_usual") or c.near("method_everyday"):
        return []
    for i in c.where_keys(_ESCAPE):
        if not c.at("desire", i + 1) or c.at("negation", i + 2):
            continue
        if _asks(c, c.lo[i], c.hi[i]) or _conditional(words, i + 1):
            continue
        return [Hit("distress", "distress", "concern", words[i].start, words[i + 1].end, "escape")]
    return []


_SHAPES: Gates[Callable[[_Ctx], list[Hit]]] = Gates(
    (
        (frozenset(), ("daily_function",), _cannot_cope),
        (_BREATH, ("panic", "fear"), _dread),
        (_DISGUSTING, ("mock",), _mocked),
        (frozenset(), ("hate",), _self_hatred),
        (frozenset(), ("company",), _alone),
        (_MOVED | {"なく"}, ("cry",), _crying),  # なく: kana 「ないて」 (``_kana_cry``)
        (_SCHOOL_REFUSAL | _ATTEND, ("school",), _school_refusal),
        (frozenset(), ("everything",), _everything),
        (frozenset(), ("stress",), _stress_body),
        (_NOBODY, (), _nobody_for_me),
        (_WHO, (), _talked_to_nobody),
        (_AIR, (), _treated_as_air),
        (_BEING, (), _existence_asked),
        (_RESIGNED, (), _resigned),
        (_NOTHING, (), _wants_nothing),
        (_ESCAPE, (), _escape),
    )
)
"""Each shape with the words and the classes it starts from (it asks for them first): a
text opens only the shapes whose word it holds, in this order."""


def _distress(c: _Ctx) -> list[Hit]:
    hits: list[Hit] = []
    for shape in _SHAPES.opened_by(c):
        hits.extend(shape(c))
    return hits
