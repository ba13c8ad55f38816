"""The ``burden`` construction: the writer absent + others better off, or nobody grieving."""

from __future__ import annotations

from safety.constructions.grammar import _TE, _conditional, _question, _relief_after
from safety.constructions.words import JUDGED, Hit, Word, _Ctx, _has, _has_any, _names_other, _same_sentence


def _my_being(c: _Ctx, p: int) -> bool:
    """存在 at ``p``, the writer's or no one's named (「存在が めいわく」「わたしの 存在」), not
    someone else's (「あいつの 存在が じゃま」 is anger)."""
    words = c.words
    if "存在" not in words[p].keys:
        return False
    return not (_has(words, p - 1, "の") and p >= 2 and not c.at("self", p - 2))


def _unmourned(c: _Ctx, j: int) -> bool:
    """After "if I died / were gone" at ``j``: nobody grieving or noticing, or wondering
    whether anyone would (「かなしむ ひと いない」「だれか きづくかな」)."""
    words = c.words
    _lo, hi = c.sentence(j - 1)
    if not any(
        words[q].keys & {"たら", "だら", "ば"} or (words[q].keys & _TE and _has(words, q + 1, "も"))
        for q in range(j, min(j + 3, hi))
    ):
        return False
    p = c.first("notice", j, min(j + 6, hi))
    if p is None:
        return False
    if c.first("negation", p + 1, min(p + 5, hi)) is not None:
        return True
    return c.first("someone", j, p) is not None and _question(c, p, hi)


def _died_if(words: list[Word], q: int) -> bool:
    """「しんだら」: Sudachi reads the だら after 死ん as た's conditional form, not as たら."""
    return _conditional(words, q) and bool(words[q].keys & {"た", "だ"})


_EASED = frozenset({"減る", "へる", "無くなる", "なくなる", "軽い", "かるい", "軽くなる"})


def _burden_eased(c: _Ctx, p: int) -> bool:
    """After 「しんだら」 and the others at ``p``: their burden lessened (「かぞくの ふたん
    へる」), not their grief (「しんだら ママが かなしむから やめる」 is no burden)."""
    b = c.first("burden", p, min(p + 4, c.hi[p]))
    return b is not None and c.first_key(tuple(_EASED), b + 1, min(b + 4, c.hi[p])) is not None


def _me_absent_good(c: _Ctx, i: int, j: int) -> bool:
    """居る at ``i`` + negation, the writer its subject (が/は/さえ/なんか right before it, or
    the writer named earlier in the text), as a condition, then 良い, 楽 or 幸せ within a few
    words of the same sentence, not negated."""
    words = c.words
    neg = i + 1
    # a permission (「ぼくは いなくて いいよ、さきに いってて」) is left out: it is everyday too
    if not (_conditional(words, neg) or any(_has(words, neg + 1, k) for k in ("ば", "たら", "と"))):
        return False
    subject = i >= 2 and c.at("self", i - 2) and bool(words[i - 1].keys & {"が", "は", "さえ", "なんか"})
    if not subject and c.first("self", 0, i) is None:
        return False
    return _relief_after(c, i, j, 5) is not None


_BURDEN_STARTS = ("die", "live", "born", "burden")
_BURDEN_START_KEYS = frozenset({"居る", "要る", "いる", "いき", "存在", "そんざい"})
"""Where ``_burden``'s reading of a word starts: being (居る) or dying, being unwanted (要る),
living or being born as a wrong, a burden named."""


def _burden(c: _Ctx) -> list[Hit]:
    words = c.words
    hits: list[Hit] = [
        *_presence_harms(c),
        *_my_fault(c),
        *_vanish_for_others(c),
        *_wasted_on_me(c),
        *_so_i_go(c),
        *_better_without_me(c),
        *_unwanted_child(c),
    ]
    # every branch below starts at one of these words: the others are not visited
    for i in c.where_any(_BURDEN_STARTS, _BURDEN_START_KEYS):
        w = words[i]
        absent = False
        if _has(words, i, "居る") and c.at("negation", i + 1):
            if _situational(c, i):
                # 「ふたりで はなしたい だろうし、わたしは いない ほうが いいよね、さきに かえるね」:
                # out of the way of an occasion, not out of the world; judged, so that neither
                # the word lists nor the learned layer read it as a burden again
                end = min(i + 5, c.hi[i]) - 1
                hits.append(Hit("burden", JUDGED, "none", w.start, words[end].end, "situational"))
                continue
            absent = True
            j = i + 2
        elif n := c.at("die", i):
            absent = True
            j = i + n
        if absent:
            if _names_other(c, i):
                continue
            # 「わたしさえ いなければ」: the writer alone named as the trouble
            if (
                _has(words, i - 1, "さえ")
                and c.at("self", i - 2)
                and any(
                    _conditional(words, q) or _has(words, q, "ば") for q in range(j, min(j + 2, len(words)))
                )
            ):
                hits.append(
                    Hit("burden", "ideation", "high", words[i - 2].start, words[j - 1].end, "only_me")
                )
                continue
            # 「いなくても おなじ」「しんでも だれも こまらない」: absence makes no difference
            if _has(words, j, "て") and _has(words, j + 1, "も"):
                d = c.first("no_difference", j + 2, min(j + 5, len(words)))
                if d is not None and (c.at("negation", d + 1) or not _has(words, d, "変わる")):
                    hits.append(Hit("burden", "ideation", "high", w.start, words[d].end, "no_difference"))
                    continue
            # 「わたしが いなくても いいよね」「うち おらんでも みんな へいき」: not needed here
            if (
                _has(words, i, "居る")
                and words[j : j + 1]
                and words[j].keys & _TE
                and _has(words, j + 1, "も")
                and c.first("self", c.lo[i], i) is not None
                and _relief_after(c, i, j + 2, 3) is not None
            ):
                hits.append(Hit("burden", "ideation", "high", w.start, words[j + 1].end, "needless"))
                continue
            # 「ぼくが いなきゃ よかった」「わたしが いなければ もっと しあわせだった」: the writer,
            # named, not being here, as a condition, then something good
            if _has(words, i, "居る") and _me_absent_good(c, i, j):
                hits.append(Hit("burden", "ideation", "high", w.start, words[j].end, "if_absent"))
                continue
            # 「わたしが しねば おばあちゃんの かいごに 集中できる」: the others able to do more
            gain = _others_gain(c, i, j)
            if gain is not None:
                hits.append(Hit("burden", "ideation", "high", w.start, words[gain].end, "others_gain"))
                continue
            if j < len(words) and _unmourned(c, j):
                hits.append(Hit("burden", "ideation", "high", w.start, words[j].end))
                continue
            for p in range(j, min(j + 9, len(words))):
                if not _same_sentence(words, i, p):
                    break
                if c.at("beneficiaries", p) and any(
                    _has(words, q, "ば")
                    or _has(words, q, "方")
                    or _has(words, q, "たら")
                    or (_died_if(words, q) and _burden_eased(c, p))
                    for q in range(j, p)
                ):
                    hits.append(Hit("burden", "ideation", "high", w.start, words[p].end))
                    break
                if (c.at("relief", p) or c.at("beneficiaries", p)) and not c.at("negation", p + 1):
                    # "いない ほうが いい", "しんだら みんな せいせい"
                    between = range(j, p + 1)
                    compared = any(_has(words, q, "方") or _has(words, q, "ほう") for q in between)
                    others = any(c.at("beneficiaries", q) for q in between)
                    if (compared or others) and c.first("relief", j, p + 4) is not None:
                        hits.append(Hit("burden", "ideation", "high", w.start, words[p].end))
                        break
            continue
        # 「自分なんか この世に いらない」「生まれてきて ごめんなさい」
        unwanted = (_has(words, i, "要る") or _has(words, i, "いる")) and c.at("negation", i + 1)
        if unwanted and c.first("self", max(c.lo[i], i - 5), i) is not None:
            hits.append(Hit("burden", "ideation", "high", w.start, words[i + 1].end))
            continue
        # 「生きてて ごめん」「生きてるのが もうしわけない」 (round (i)): living, like being born, as a wrong
        living = c.at("live", i) or (
            "いき" in w.keys and bool(words[i + 1 : i + 2] and words[i + 1].keys & {"て", "てる"})
        )
        # 「存在が ごめん」「そんざいしてて すみません」 (round of 2026-12-04 (j)): being itself as a wrong
        being = (
            bool(w.keys & {"存在", "そんざい"})
            and not _names_other(c, i)
            and not _has_any(words, i - 1, frozenset({"その", "あの", "この", "其の", "彼の", "此の"}))
            and (not _has(words, i - 1, "の") or c.at("self", i - 2))  # 「神の 存在」 is no one's being
        )
        if (c.at("born", i) or living or being) and c.first("first_time", i + 1, i + 3) is None:
            sorry = c.first("sorry", i + 1, min(i + 5, c.hi[i]))
            if sorry is None:  # kana 「もうしわけない」 is cut もう+しわけ+ない
                sorry = next(
                    (
                        q
                        for q in range(i + 1, min(i + 6, c.hi[i]))
                        if "しわけ" in words[q].keys and _has(words, q - 1, "もう")
                    ),
                    None,
                )
            if sorry is not None:
                hits.append(Hit("burden", "ideation", "high", w.start, words[sorry].end))
                continue
        if c.at("burden", i):
            near = range(max(i - 3, 0), min(i + 4, len(words)))
            # 「存在が めいわく」: the writer's being; 「家族の お荷物なんよ、わし」: the writer named last
            tail = range(max(c.hi[i] - 1, i + 1), c.hi[i])
            if (
                any(c.at("burden_amount", p) for p in near)
                or any(c.at("self", p) or _my_being(c, p) for p in near)
                or any(c.at("self", p) for p in tail)
                or _self_is_the(c, i)
            ):
                # the span starts at 存在 when it is the subject, so 「存在が」 is not read as
                # someone else named before the burden
                being = next((p for p in near if p < i and _my_being(c, p)), i)
                hits.append(Hit("burden", "ideation", "high", words[being].start, w.end))
    return hits


_TOPIC = frozenset({"は", "って", "も"})
_PREDICATE = frozenset(
    {"だ", "です", "な", "に", "じゃん", "でしょ", "よ", "ね", "や", "やん", "みたい", "だけ", "で"}
)


def _self_is_the(c: _Ctx, i: int) -> bool:
    """「わたしは 家族の 足かせ」「おれって うちの 家の 足手まとい」: the writer as the topic and
    the burden said of them, only nouns of whom and の between (not 「わたしは 弟が じゃま」,
    where the brother is the one in the way)."""
    words = c.words
    lo, hi = c.lo[i], c.hi[i]
    if words[i].keys & {"荷物"} and not _has(words, i - 1, "お"):
        return False  # 荷物 alone is a bag
    end = i + c.at("burden", i)
    said = end >= hi or bool(words[end].keys & _PREDICATE) or words[end].pos == "助動詞"
    if not said:
        return False  # 「わたしは 荷物が 多い」: the burden word is not what the writer is
    for p in range(i - 2, max(lo, i - 7) - 1, -1):
        if c.at("self", p) and words[p + 1].keys & _TOPIC:
            between = words[p + 2 : i]
            return all(w.pos in ("名詞", "接頭辞", "連体詞") or w.keys & {"の"} for w in between) and (
                not between or _has(words, i - 1, "の") or _has(words, i - 1, "お")
            )
    return False


_WORSE_OFF = frozenset(
    {
        "悪い", "わるい", "寂しい", "さみしい", "さびしい", "困る", "こまる", "嫌", "いや", "駄目", "だめ",
        "ダメ", "悲しい", "かなしい", "辛い", "つらい", "大変", "たいへん", "心配", "しんぱい", "負ける",
        "まける", "暇", "ひま", "つまらない", "退屈",
    }
)  # fmt: skip
_PRED_POS = frozenset({"動詞", "形容詞", "形状詞"})
_COMPARED = frozenset({"方", "ほう"})


def _better_without_me(c: _Ctx) -> list[Hit]:
    """Round of 2026-12-03 (k): 「(わたし)が いない ほうが + how the others fare」 with any
    predicate of their being better (「おれが おらん 方が チーム 勝てる」「クラス まとまる」
    「みんな たのしそう」「つよい」): the writer, named before it with no one else, absent as the
    better case. Not when the predicate is worse (「いない ほうが さみしい」), negated, an occasion
    or an errand (``_situational``), a game or a laugh."""
    words = c.words
    if not any(w.keys & _COMPARED for w in words):
        return []
    if c.first("laugh") is not None or c.first("game") is not None:
        return []
    for i in range(len(words) - 3):
        if not (words[i].keys & {"居る", "いる", "おる"} and c.at("negation", i + 1)):
            continue
        k = i + 2
        if not (words[k].keys & _COMPARED and _has(words, k + 1, "が")):
            continue
        lo, hi = c.sentence(i)
        if c.first("self", max(lo, i - 4), i) is None or _names_other(c, i) or _situational(c, i):
            continue
        for p in range(k + 2, min(k + 6, hi)):
            if words[p].pos not in _PRED_POS:
                continue
            if words[p].keys & _WORSE_OFF or c.at("negation", p + 1):
                break
            return [Hit("burden", "ideation", "high", words[i].start, words[p].end, "better_without")]
    return []


_CHILD = frozenset({"子", "こ", "子供", "子ども", "こども"})


def _unwanted_child(c: _Ctx) -> list[Hit]:
    """Round of 2026-12-03 (k): the writer as 「いらない 子」 (「いらない子なんだよね、わたし」
    「どうせ いらない 子 だし」): 要る negated + 子, with the writer in the text and no one else
    named before it, not denied after (「いらない子 なんて いない」 comforts), not quoted as
    said by someone (that is harm at home, read there)."""
    words = c.words
    if not any(w.keys & _CHILD for w in words):
        return []
    if c.first("self") is None and c.first_key(("どうせ",), 0, len(words)) is None:
        return []
    for i in range(len(words) - 2):
        if not ((_has(words, i, "要る") or _has(words, i, "いる")) and c.at("negation", i + 1)):
            continue
        if not words[i + 2].keys & _CHILD or _names_other(c, i):
            continue
        if i + 3 < len(words) and words[i + 3].pos == "名詞" and words[i + 3].sentence == words[i].sentence:
            continue  # 「いらない 子ども服」: a thing
        _lo, hi = c.sentence(i)
        after = range(i + 3, min(i + 7, hi))
        if any(c.at("negation", q) or words[q].keys & {"って", "と"} for q in after):
            continue
        return [Hit("burden", "ideation", "high", words[i].start, words[i + 2].end, "unwanted_child")]
    return []


_BEING = frozenset({"居る"})
_BECAUSE = frozenset({"と", "から", "せい", "だけ", "たら"})
"""What makes the writer's being here a cause: 「いると」「いるから」「いるせいで」「いるだけで」,
「いたら」 (「おれが いたら みんな ふこうに なる」)."""


def _presence_harms(c: _Ctx) -> list[Hit]:
    """The writer's being here, or living, said to harm the others: 「私が いると 家族が 不幸に
    なる」「いるだけで みんなの 負担」「生きてるだけで 空気 わるくする」; a ``harm_result`` in the
    same sentence after it, with the others or the writer named (not 「ねこが いると たのしい」)."""
    words = c.words
    for i in c.where_any(("live",), _BEING):
        w = words[i]
        here = _has(words, i, "居る") or c.at("live", i)
        if not here or c.at("negation", i + 1):
            continue
        k = i + 1
        while k < c.hi[i] and k < i + 3 and words[k].keys & {"てる", "ている", "て"}:
            k += 1
        if not (words[k : k + 1] and words[k].keys & _BECAUSE):
            continue
        lo, hi = c.sentence(i)
        me = c.first("self", max(lo, i - 3), i) is not None or c.at("live", i)
        if not me or _names_other(c, i):
            continue
        harm = c.first("harm_result", k + 1, hi)
        if harm is not None and not c.at("negation", harm + 1):
            return [Hit("burden", "ideation", "high", w.start, words[harm].end, "presence_harms")]
    return []


def _my_fault(c: _Ctx) -> list[Hit]:
    """The family's pain said to be the writer's fault: 「親が 疲れてるのは ぜんぶ わたしの
    せい」「ママ、わたしの せいで いつも 泣いてる」 — self + の + せい with a carer or the family
    and their suffering (``family_pain``) in the same sentence; a lost match or a parent
    cross over homework is not this."""
    words = c.words
    if c.first_key(("せい", "所為"), 0, len(words)) is None:
        return []
    if c.first("carer") is None and c.first_key(("家族", "かぞく"), 0, len(words)) is None:
        return []
    for i, w in enumerate(words):
        if (
            c.first("family_pain", c.lo[i], c.hi[i]) is not None  # their pain in the same sentence
            and w.keys & {"せい", "所為"}
            and c.first("self", max(c.lo[i], i - 4), i)
            is not None  # 「わたしの せい」「私が うまれた せいで」
        ):
            return [Hit("burden", "ideation", "high", w.start, w.end, "my_fault")]
    return []


# -- round of 2026-12-03 (c) -----------------------------------------------------------------

_AWAY = frozenset(
    {"帰る", "かえる", "籠もる", "籠る", "こもる", "抜ける", "ぬける", "出掛ける", "出かける",
     "でかける", "泊まる", "留守番", "るすばん", "外す", "はずす", "避ける", "遠慮"}
)  # fmt: skip
"""Where the writer goes instead of being there: home, to a room, out of a meeting."""
_GO = frozenset({"行く", "いく"})


def _goes_away(c: _Ctx, k: int) -> bool:
    """The writer going somewhere ordinary at word ``k``: a verb of ``_AWAY``, or 行く after a
    place (「としょかん いく」「じいちゃんちに いく」) or as 行って来る (「じゅく いってくる」),
    not negated; 逝く and a bare 「もう いく」 are not ordinary."""
    words = c.words
    keys = words[k].keys
    if c.at("negation", k + 1) or c.at("die", k):
        return False
    if keys & _AWAY:
        return True
    if not keys & _GO or "逝く" in keys:
        return False
    # a place before it, not a time (「としょかん いく」, not 「今夜 いく」: 副詞可能 nouns are times)
    after_place = k and (
        (words[k - 1].pos == "名詞" and words[k - 1].conj != "副詞可能") or words[k - 1].keys & {"に", "へ"}
    )
    and_back = _has(words, k + 1, "て") and bool(
        words[k + 2 : k + 3] and words[k + 2].keys & {"来る", "くる"}
    )
    return bool(after_place or and_back)


_DAY_OFF = frozenset(
    {"風邪", "かぜ", "熱", "ねつ", "用事", "ようじ", "病院", "びょういん", "法事", "ほうじ", "通院"}
)
"""An everyday reason to stay away for a day: with 休む, the writer's absence is that day's."""


def _situational(c: _Ctx, i: int) -> bool:
    """Is the writer's absence at 居る+ない (word ``i``) bounded by an occasion — a party, a
    meeting, a surprise, two people talking, named before it in its sentence — or followed, in
    its sentence or the next, by where the writer goes instead (「さきに かえるね」「へや こもる」
    「ぬけます」)?  Out of the way, not out of the world.  Never when the text also speaks of
    dying or vanishing, or of the absence as a wish (いなくなりたい)."""
    words = c.words
    lo, hi = c.sentence(i)
    if c.first("die") is not None or c.first("resolve") is not None:
        return False  # 「もう きめた」: a decision is never an errand
    if c.holds(_DAY_OFF) and c.first_key(("休む", "やすむ"), 0, len(words)) is not None:
        return True  # 「あした かぜで 休む、おれ いなくても 試合は だいじょうぶ」 (round of 2026-12-04 (j))
    if c.first("soon_word") is not None:
        return False  # 「今夜 いく」: a time is never an errand
    if _has(words, i + 2, "なる") or _has(words, i + 2, "成る") or _has(words, i + 3, "なる"):
        return False  # 「おらんく なったら」: becoming absent is vanishing, not stepping out
    if c.first("occasion", lo, i) is not None or (c.read("occasion") and c.first("occasion") is None):
        return True  # (the reading: a katakana occasion, 「サプライズ」, read again in hiragana)
    stop = c.hi[hi] if hi < len(words) else hi
    return any(_goes_away(c, k) for k in range(i + 2, stop))


_GAIN = frozenset({"出来る", "できる", "済む", "すむ", "増える", "ふえる"})
_BECAUSE_IF = frozenset({"ば", "たら", "だら", "なら"})


def _others_gain(c: _Ctx, i: int, j: int) -> int | None:
    """After the writer's absence or death at ``i`` said as a condition (〜ば, 〜たら, しんだら):
    someone else named, then what they could do or be spared (できる, すむ, ふえる) in the same
    sentence, not negated — 「わたしが しねば ママは しごとに 集中できる」「おれが いなくなったら
    おとうとの 分が ふえる」.  Who benefits is the others, what they gain is the writer gone."""
    words = c.words
    hi = c.hi[i]
    if not any(_conditional(words, q) or words[q].keys & _BECAUSE_IF for q in range(j - 1, min(j + 2, hi))):
        return None
    if c.first("self", max(c.lo[i], i - 4), i) is None:
        return None  # the writer named as the one absent: 「わたしが」「おれが」
    who = next(
        (q for q in range(j, hi) if c.at("beneficiaries", q) or c.at("carer", q) or c.at("others", q)), None
    )
    if who is None:
        # 「わたしが いなかったら けんか しなくて すむ」: spared (〜なくて すむ) says who gains by itself
        for q in range(j, hi):
            if (
                words[q].keys & {"済む", "すむ"}
                and q >= 2
                and words[q - 1].keys & _TE
                and c.at("negation", q - 2)
            ):
                return q
        return None
    for q in range(who + 1, min(who + 8, hi)):
        if words[q].keys & _GAIN and not c.at("negation", q + 1):
            return q
    return None


_PURPOSE = frozenset({"為", "ため"})
_SO_THAT = frozenset({"よう", "様"})
_DECLARED = frozenset({"ね", "よ", "から", "べき", "わ", "ます"})


def _vanish_for_others(c: _Ctx) -> list[Hit]:
    """Vanishing said as done for the others: 「みんなの ために きえるね」「かぞくが なやまなくて
    いいように いなくなる」 — a purpose (others + の + ため, or a 〜ように clause naming them)
    before a verb of dying or vanishing in its plain form, declared (ね, よ, から, べき, or the
    sentence's end), not wished (that is ``wish``), not negated, and no one else its subject
    between the purpose and the verb (「みんなの ために せんせいが きえる」 is not the writer)."""
    words = c.words
    hits: list[Hit] = []
    for i in c.where("die"):
        n = c.at("die", i)
        k = i + n
        lo, hi = c.sentence(i)
        declared = k < hi and bool(words[k].keys & _DECLARED)
        # the negation class holds the kana ね of 「しらねえ」: a ね that ends the sentence declares
        if not (declared or k >= hi) or (not declared and (c.at("negation", k) or c.at("desire", k))):
            continue
        purpose = after = None
        for q in range(lo, i):
            named = (
                q >= 2 and _has(words, q - 1, "の") and c.at("beneficiaries", q - 2) + c.at("carer", q - 2)
            )
            if words[q].keys & _PURPOSE and named:
                purpose, after = q - 2, q + 1
            elif (
                words[q].keys & _SO_THAT
                and _has(words, q + 1, "に")
                and c.first("beneficiaries", lo, q) is not None
            ):
                purpose, after = lo, q + 2
        if purpose is None or after is None:
            continue
        if any(c.at("others", q) and not c.at("self", q) for q in range(after, i)):
            continue
        hits.append(
            Hit("burden", "ideation", "high", words[purpose].start, words[min(k, hi) - 1].end, "for_others")
        )
    return hits


_WASTE = frozenset({"勿体", "もったいない", "勿体ない", "無駄", "むだ"})
_SPEND = frozenset({"使う", "つかう", "掛ける", "かける", "構う", "かまう"})


def _wasted_on_me(c: _Ctx) -> list[Hit]:
    """The writer's living or being said to be a waste: 「いきてるのが もったいない」「わたしに
    つかう おかねが もったいない」「わたしの そんざい むだ」 — living, being (存在), or what is
    spent on the writer, with もったいない or むだ in the same sentence (not food left over or
    time on a game: the writer must be what is spent on or what lives)."""
    words = c.words
    hits: list[Hit] = []
    for i in c.where_keys(_WASTE):
        w = words[i]
        lo, hi = c.sentence(i)
        mine = False
        for q in range(lo, hi):
            living = c.at("live", q) or (
                "いき" in words[q].keys and words[q + 1 : q + 2] and words[q + 1].keys & {"て", "てる"}
            )
            # 「わたしに つかう おかね」「私の ために 親が お金 つかうの」: spent on the writer
            spent = c.at("self", q) and any(words[k].keys & _SPEND for k in range(q + 1, min(q + 10, hi)))
            being = c.at("self", q) and _has(words, q + 1, "の") and _has(words, q + 2, "存在")
            if living or spent or being:
                mine = True
                break
        if mine and not (c.at("negation", i + 1) and not w.keys & {"勿体"}) and not _names_other(c, i):
            hits.append(Hit("burden", "ideation", "high", words[lo].start, w.end, "waste"))
    return hits


_SO = frozenset({"だから", "なので", "それで", "から", "ので"})
_END = frozenset({"終わり", "おわり"})
_GOOD_CHOICE = frozenset(
    {"正解", "せいかい", "恩返し", "おんがえし", "親孝行", "おやこうこう", "最善", "ベスト"}
)


def _declared_end(c: _Ctx, i: int) -> int | None:
    """A verb of dying or vanishing at ``i`` said as what the writer will do (plain form, then ね,
    よ, から or the sentence's end; not たい, not negated), or ending it (終わりに する): the last
    word of it, else None."""
    words = c.words
    hi = c.hi[i]
    n = c.at("die", i)
    if n:
        k = i + n
        if k >= hi:
            return k - 1
        if words[k].keys & _DECLARED:
            return k
        return None
    if words[i].keys & _END and _has(words, i + 1, "に") and i + 2 < hi:
        k = i + 2
        if words[k].keys & {"為る", "する"} and not (c.at("negation", k + 1) or c.at("desire", k + 1)):
            return k
    return None


def _own_fault(c: _Ctx) -> int | None:
    """The first せい (fault) the writer names as theirs (「わたしの せい」「ぼくの せいで」): its index."""
    for i in c.where_keys(frozenset({"せい", "所為"})):
        if _has(c.words, i - 1, "の") and c.at("self", i - 2):
            return i
    return None


def _so_i_go(c: _Ctx) -> list[Hit]:
    """Being a burden, then vanishing as its consequence or as the right thing:
    「みんなの じゃまに なってる。だから いなくなるね」「重荷に なりたくない。だから もう 終わりにする」
    (a burden word in the text, then だから/なので + vanishing declared) and 「いなくなるのが
    正解」「きえるのが 一番の 恩返し」 (vanishing, nominalized, judged the right thing)."""
    words = c.words
    hits: list[Hit] = []
    burden = c.first("burden")
    if burden is None:
        # round of 2026-12-04 (j): the writer's own fault said of others' misfortune stands for
        # the burden (「わたしの せいで みんな 不幸に なる、だから いなくなるね」)
        burden = _own_fault(c)
    # both readings below start at a verb of dying or at 終わり (``_declared_end``)
    for i in c.where_any(("die",), _END):
        lo, hi = c.sentence(i)
        end = _declared_end(c, i)
        if end is not None and burden is not None and burden < i and not _names_other(c, i):
            so = (
                c.first_key(tuple(_SO), max(lo, i - 4), i)
                if burden < lo
                else c.first_key(("から", "ので"), burden, i)
            )
            if so is not None:
                hits.append(Hit("burden", "ideation", "high", words[i].start, words[end].end, "so_i_go"))
                continue
        n = c.at("die", i)
        if n and words[i + n : i + n + 1] and words[i + n].keys & {"の", "こと"}:
            k = i + n + 1
            if _has(words, k, "が") or _has(words, k, "は"):
                good = next((q for q in range(k + 1, min(k + 4, hi)) if words[q].keys & _GOOD_CHOICE), None)
                if good is not None and not c.at("negation", good + 1):
                    hits.append(
                        Hit("burden", "ideation", "high", words[i].start, words[good].end, "right_thing")
                    )
    return hits
