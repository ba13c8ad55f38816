"""Wishes to die hidden in other grammar: not expecting to be alive at a point ahead
(「卒業まで 生きてられる 気が しない」), death not feared or lacking only the courage
(「しぬのは こわくない」「しぬ 勇気が あったら」), living itself called impossible
(「生きてくのが むり」), ending it permitted (「おわらせても いい 気が する」), the eyes not
wanted open again (「目を とじたら 二度と あけたくない」); and a count asked of being at
ease, by someone who has decided (「なんぷんで 楽に なれる？」).

Each reads lemmas and their order in one sentence, so the words filling the shape may be
any spelling Sudachi maps to the same lemma; negation, a laugh, a game or another person as
the subject take a shape back."""

from __future__ import annotations

from collections.abc import Callable

from safety.constructions.grammar import _AUX_SKIP, _TE, _asks, _conditional, _ends_it, _question
from safety.constructions.times import TOMORROW
from safety.constructions.vague import _EMPTY_NOUNS
from safety.constructions.wish import _asks_why, _denied
from safety.constructions.words import (
    Gates,
    Hit,
    Word,
    _as_dreaded,
    _cheerful_text,
    _Ctx,
    _dreaded_day,
    _has,
    _has_any,
    _names_other,
)

# the verb of living carried on: 生き+て+られる, 生き+てる, 生き+てく, 生き+て+いける
_LIVE_ON = frozenset(
    {"て", "で", "てる", "ている", "居る", "いる", "られる", "れる", "てく", "ていく", "いける", "行ける"}
)
_CANNOT = frozenset(
    {"面倒くさい", "めんどくさい", "めんどい", "だるい"}
    | {
        "無理",
        "むり",
        "ムリ",
        "限界",
        "嫌",
        "いや",
        "やだ",
        "疲れる",
        "つかれる",
        "面倒",
        "めんどう",
        "飽きる",
        "あきる",
    }
)
_NOUN_OF_ACT = frozenset({"の", "こと", "事"})


def _live_stem(c: _Ctx, i: int) -> bool:
    """生きる, or kana 「いき」 + て (行く's て-form is 「いって」)."""
    nxt = c.words[i + 1].keys if i + 1 < len(c.words) else frozenset()
    return bool(c.at("live", i)) or ("いき" in c.words[i].keys and bool(nxt & {"て", "てく", "てる", "てん"}))


def _after_live(c: _Ctx, i: int, reach: int = 4) -> int:
    """The first word after the verb of living and what carries it on (``_LIVE_ON``)."""
    words = c.words
    k = i + 1
    while k < min(i + 1 + reach, c.hi[i]) and words[k].keys & _LIVE_ON:
        k += 1
    return k


def _not_alive_by(c: _Ctx) -> list[Hit]:
    """「高校生に なるまで 生きてないと 思う」「卒業まで 生きてられる 気が しない」: a point ahead
    (まで) the writer does not expect to be alive at; not 「生きてないと だめ」 (an obligation)."""
    words = c.words
    hits: list[Hit] = []
    for i in range(len(words)):
        if not _live_stem(c, i):
            continue
        lo = c.lo[i]
        if c.first_key(("まで",), max(lo, i - 3), i) is None or _names_other(c, i):
            continue
        k = _after_live(c, i)
        if k >= c.hi[i]:
            continue
        neg = None
        negated = c.at("negation", k) > 0
        if negated and (not _has(words, k + 1, "と") or c.first("think", k + 1, k + 4) is not None):
            neg = k  # 生きてない / 生きてないと思う (not 「生きてないと」 alone: a condition)
        elif (
            words[k].keys & {"気"}
            and _has(words, k + 1, "が")
            and _has(words, k + 2, "為る")
            and c.at("negation", k + 3)
        ):
            neg = k + 3  # 生きてられる 気が しない
        if neg is None or c.first("laugh", lo, c.hi[i]) is not None or c.first("hyperbole", neg + 1, neg + 5):
            continue
        hits.append(Hit("wish", "ideation", "high", words[i].start, words[neg].end, "not_alive_by"))
    return hits


def _death_unafraid(c: _Ctx) -> list[Hit]:
    """「しぬのは こわくない」「きえるのも こわくなくなった」: dying not feared; 「しぬ 勇気が
    あったら」「しぬ 勇気も ない」: only the courage lacking. Not a game's or a story's death."""
    words = c.words
    hits: list[Hit] = []
    if c.first("game") is not None or c.first("media") is not None:
        return hits
    for i in range(len(words)):
        if not c.at("die", i) or _names_other(c, i):
            continue
        k = i + c.at("die", i)
        if _has(words, k, "の") and k + 1 < c.hi[i]:
            k += 1
            if words[k].keys & {"は", "が", "も", "とか"}:
                k += 1
            if c.at("fear", k) and c.at("negation", k + 1):
                hits.append(Hit("wish", "ideation", "high", words[i].start, words[k + 1].end, "unafraid"))
                continue
        if words[k : k + 1] and words[k].keys & {"勇気", "ゆうき"} and k < c.hi[i]:
            hits.append(Hit("wish", "ideation", "high", words[i].start, words[k].end, "courage"))
    return hits


def _living_impossible(c: _Ctx) -> list[Hit]:
    """「生きてくのが むり」「生きるの もう いや」「生きることに つかれた」: living itself called
    impossible or wearying, not negated after (「生きるのは むりじゃない」)."""
    words = c.words
    hits: list[Hit] = []
    for i in range(len(words)):
        if not _live_stem(c, i) or _names_other(c, i):
            continue
        k = _after_live(c, i)
        if not (k < c.hi[i] and words[k].keys & _NOUN_OF_ACT):
            continue
        k += 1
        while k < min(i + 8, c.hi[i]) and (
            words[k].keys & {"が", "は", "も", "に", "って", "もう", "まじ", "マジ", "ほんと", "本当", "正直"}
        ):
            k += 1
        # kana 「つかれた」 is cut as つく + れる
        if k >= c.hi[i]:
            continue
        tired = words[k].keys & {"つく", "つか"} and _has(words, k + 1, "れる")
        if not (words[k].keys & _CANNOT or tired):
            continue
        if any(_conditional(words, q) or _has(words, q, "ば") for q in range(k + 1, min(k + 4, c.hi[i]))):
            continue  # 「いきる ことに つかれたなら」: a condition (a listener's words), not a statement
        if (
            c.at("negation", k + 1)
            or _has(words, k + 1, "じゃ")
            or c.first("laugh", c.lo[i], c.hi[i]) is not None
        ):
            continue
        hits.append(Hit("wish", "ideation", "high", words[i].start, words[k].end, "living_impossible"))
    return hits


def _end_permitted(c: _Ctx) -> list[Hit]:
    """「もう おわらせても いい 気が する」「おわりにしても いいよね」: ending it, with nothing
    named to end (no noun before it in the sentence), permitted, where living or death is in the
    text (「なんで 生きてんのか」)."""
    words = c.words
    hits: list[Hit] = []
    if c.first("live") is None and c.first("die") is None and not c.near("distress_word"):
        return hits
    for i in range(len(words)):
        if not _ends_it(c, i):
            continue
        if any(
            words[p].pos in ("名詞", "代名詞") and not c.at("self", p) and words[p].clause == words[i].clause
            for p in range(c.lo[i], i)
        ):
            continue  # 「しゅくだい おわらせても いい？」: a thing to finish
        k = i + 1
        while k < min(i + 5, c.hi[i]) and words[k].keys & (_AUX_SKIP | {"せる", "に"}):
            k += 1
        if not (_has(words, k, "て") and _has(words, k + 1, "も") and c.at("relief", k + 2)):
            continue
        if c.at("negation", k + 3):
            continue
        hits.append(Hit("wish", "ideation", "high", words[i].start, words[k + 2].end, "end_permitted"))
    return hits


_OPEN = frozenset({"開ける", "あける", "明ける", "開く", "ひらく"})


def _eyes_closed_for_good(c: _Ctx) -> list[Hit]:
    """「目を とじたら 二度と あけたくない」「もう 目 ひらきたくない」: the eyes not wanted open
    again (the eyes named in the sentence, a word of never before the verb)."""
    words = c.words
    hits: list[Hit] = []
    for i in range(len(words)):
        if not words[i].keys & _OPEN:
            continue
        lo = c.lo[i]
        eyes = c.first_key(("目", "め"), max(lo, i - 8), i)
        if eyes is None or c.first("forever_strong", lo, c.hi[i]) is None:
            continue
        k = i + 1
        while k < min(i + 3, c.hi[i]) and words[k].keys & (_AUX_SKIP | _TE):
            k += 1
        if c.at("desire", k) and c.at("negation", k + 1):
            hits.append(Hit("wish", "ideation", "high", words[eyes].start, words[k + 1].end, "eyes_closed"))
    return hits


_AT_EASE = frozenset({"楽", "らく", "ラク"})
_CAN_BECOME = frozenset({"なれる", "成れる"})


def _ease_counted(c: _Ctx) -> list[Hit]:
    """「なんぷんで 楽に なれる？」「なんこで らくに なれるの」: a count asked of becoming at ease,
    once decided or with death in the text (``imminent`` once decided, like the means question).
    Not 「どうしたら 楽に なれる」 (no count) nor a game."""
    words = c.words
    hits: list[Hit] = []
    for i in range(1, len(words) - 2):
        if not (words[i].keys & _AT_EASE and _has(words, i + 1, "に") and words[i + 2].keys & _CAN_BECOME):
            continue
        lo = c.lo[i]
        counted = c.first("count_question", lo, i) is not None or any(
            words[q].keys & {"何", "なん"} and words[q + 1].pos not in ("助詞", "助動詞")
            for q in range(lo, i - 1)
        )
        if not counted or c.first("game") is not None:
            continue
        decided = c.first("resolve") is not None
        if not (decided or c.first("die") is not None):
            continue
        level = "imminent" if decided else "high"
        hits.append(
            Hit("method_question", "method", level, words[lo].start, words[i + 2].end, "ease_counted")
        )
    return hits


_WH = frozenset({"何", "なに", "なん", "どれ", "どこ", "いつ", "どう"})


def _what_dying_takes(c: _Ctx) -> list[Hit]:
    """「しぬのに いちばん かかる 時間が みじかいのって なに」「きえるのに なにが いるの」: what
    dying takes, asked (die + の + に, then a question in the sentence); not a game's or a
    story's death."""
    words = c.words
    hits: list[Hit] = []
    if c.first("game") is not None or c.first("media") is not None:
        return hits
    for i in range(len(words) - 2):
        if not c.at("die", i) or _names_other(c, i):
            continue
        k = i + c.at("die", i)
        if not (_has(words, k, "の") and _has(words, k + 1, "に")):
            continue
        lo, hi = c.sentence(i)
        asked = (
            _asks(c, k + 2, hi)
            or _question(c, k + 2, hi)
            or c.first("count_question", k + 2, hi) is not None
            or bool(words[hi - 1].keys & _WH)  # 「〜のって なに」: a question word ends it
        )
        if asked and c.first("hyperbole", lo, hi) is None:
            hits.append(
                Hit("method_question", "method", "high", words[i].start, words[hi - 1].end, "what_it_takes")
            )
    return hits


_MISTAKE = frozenset({"間違い", "まちがい", "失敗", "しっぱい", "ミス"})


def _born_a_mistake(c: _Ctx) -> list[Hit]:
    """「生まれてきたのが まちがいだった」「うまれたこと自体 失敗」: one's birth called a mistake;
    not denied after (「まちがいなんて 思わない」)."""
    words = c.words
    hits: list[Hit] = []
    for i in range(len(words)):
        if not c.at("born", i) or _names_other(c, i):
            continue
        k = i + 1
        while k < min(i + 5, c.hi[i]) and words[k].keys & ({"て", "来る", "くる", "た"} | _AUX_SKIP):
            k += 1
        if not (k < c.hi[i] and words[k].keys & _NOUN_OF_ACT):
            continue
        k += 1
        while k < min(i + 9, c.hi[i]) and words[k].keys & {"が", "は", "も", "自体", "じたい", "って"}:
            k += 1
        if (
            c.first("media") is not None
            or c.first_key(("歌詞", "歌", "曲", "セリフ", "台詞"), 0, len(words)) is not None
        ):
            continue  # a line of a song or a story
        if (
            k < c.hi[i]
            and words[k].keys & _MISTAKE
            and not c.at("negation", k + 1)
            and _denied(c, k + 1) is None
        ):
            hits.append(Hit("wish", "ideation", "high", words[i].start, words[k].end, "born_mistake"))
    return hits


_WAKE = frozenset({"起きる", "おきる", "おき", "覚める", "さめる", "目覚める", "めざめる"})
_MORNING = TOMORROW | frozenset({"朝", "あさ", "明朝"})
_SLEEP = frozenset({"寝る", "ねる", "眠る", "ねむる", "ね"})  # kana 「ねたら」 is cut as ね + たら


def _not_waking(c: _Ctx) -> list[Hit]:
    """「あした 起きなかったら いいのに」: not waking, in a condition with relief, of a morning;
    「ねたら もう おきたくない」: after sleeping, never waking, wished (a morning's 「朝 おきたくない」
    alone is a lie-in)."""
    words = c.words
    hits: list[Hit] = []
    for i in range(len(words) - 2):
        if not words[i].keys & _WAKE:
            continue
        lo, hi = c.sentence(i)
        neg = i + 1
        if c.at("negation", neg) and (
            _conditional(words, neg) or _has(words, neg + 1, "たら") or _has(words, neg + 1, "ば")
        ):
            morning = c.first_key(tuple(_MORNING), lo, i)
            if morning is None:
                continue
            # relief right after the condition: 「おきなかったら いい」, not 「…たら ママが 起こして くれる」
            rel = c.first("relief", neg + 1, min(neg + 3, hi))
            if rel is not None and not c.at("negation", rel + 1) and c.first("laugh", lo, hi) is None:
                # from the morning on: 「めが」 before the verb is no other person as the subject
                hits.append(
                    Hit("wish", "ideation", "high", words[morning].start, words[rel].end, "not_waking")
                )
            continue
        if c.at("desire", i + 1) and c.at("negation", i + 2):
            slept = next(
                (
                    q
                    for q in range(lo, i)
                    if words[q].keys & _SLEEP and (_conditional(words, q + 1) or _has(words, q + 1, "たら"))
                ),
                None,
            )
            if slept is not None and c.first("forever", slept + 1, i) is not None:
                hits.append(
                    Hit("wish", "ideation", "high", words[slept].start, words[i + 2].end, "not_waking")
                )
    return hits


_TOMORROW = TOMORROW | frozenset({"朝", "あさ", "未来", "みらい"})
_ABOUT = frozenset({"が", "と", "か", "とか", "なんて", "なんか", "も", "の"})


def _tomorrow_not_coming(c: _Ctx) -> list[Hit]:
    """「あしたの 朝とか こなくて いい」「明日が 来なければ いいのに」: the next day not coming,
    wished, read from the day named (veiled.py ``_no_tomorrow`` reads it from the coming denied,
    with the day said before, and a permission after it); not 「あしたは こなくて いいよ」 (said
    to someone: は makes the day a time), nor a day dreaded for a test or a match named in the
    text with nothing lasting in the wish
    (「あしたが こなければ いいのに！ だって テストだもん」: distress, ``concern``; 「もう」
    「ずっと」 keep it a wish)."""
    words = c.words
    hits: list[Hit] = []
    for i in range(len(words) - 3):
        if not words[i].keys & _TOMORROW:
            continue
        k = i + 1
        while k < min(i + 5, len(words)) and words[k].keys & (_ABOUT | _TOMORROW):
            k += 1
        if k == i + 1 or not words[k].keys & {"来る", "くる"} or not c.at("negation", k + 1):
            continue
        lo, hi = c.sentence(i)
        rel = c.first("relief", k + 2, min(k + 5, hi))
        if rel is not None and not c.at("negation", rel + 1) and c.first("laugh", lo, hi) is None:
            hits.append(Hit("wish", "ideation", "high", words[i].start, words[rel].end, "no_tomorrow"))
    return _as_dreaded(hits) if hits and _dreaded_day(c) else hits


_WANTED = frozenset({"欲しい", "ほしい"})
_ARRIVE = frozenset({"来る", "くる", "成る", "なる"})


def _tomorrow_unwanted(c: _Ctx) -> list[Hit]:
    """Round j of 2026-12-05: the next day or the morning not wanted to come, said as a wish
    about it (「もう あさに なってほしくない」「あしたなんか きて ほしくない」): 明日/朝 + が, に,
    なんか… + 来る/なる + て + ほしく + ない. With a test or a match named the day is dreaded,
    not life (``concern``); nothing when cheerful (「たのしい よる、あさに なってほしくない！」)
    or asked."""
    words = c.words
    if _cheerful_text(c):
        return []
    for i in c.where_keys(_TOMORROW):
        k = i + 1
        while k < min(i + 4, c.hi[i]) and words[k].keys & (_ABOUT | {"に", "は"}):
            k += 1
        if not (
            _has_any(words, k, _ARRIVE)
            and _has_any(words, k + 1, frozenset({"て", "で"}))
            and _has_any(words, k + 2, _WANTED)
            and c.at("negation", k + 3)
        ):
            continue
        if _asks(c, i, c.hi[i]) or _conditional(words, k + 3):
            continue  # asked from the day on: 「つかれたっていうか、」 before it asks nothing
        hits = [Hit("wish", "ideation", "high", words[i].start, words[k + 3].end, "no_tomorrow")]
        return _as_dreaded(hits) if _dreaded_day(c) else hits
    return []


_FLOOR = frozenset({"階", "かい", "がい", "階建て", "かいだて"})
_FROM = frozenset({"から", "なら", "だと", "じゃ", "以上", "いじょう"})
_ENOUGH = frozenset(
    {"いける", "行ける", "無理", "むり", "足りる", "たりる", "終われる", "おわれる", "確実", "助かる"}
)

_PLACE_CLASSES = (
    "height_place",
    "drop_place",
    "self",
    "body",
    "method_subject",
    "way",
    "means_cue",
    "now",
    "soon_word",
)


def _names_a_thing(c: _Ctx) -> bool:
    """A noun anywhere in the text that is no floor, place with a drop, the writer, a way or a
    time (「会議室」「階段」「集合場所」): the floor is asked for something else."""
    for q, w in enumerate(c.words):
        if w.pos != "名詞" or w.conj == "数詞" or w.keys & (_EMPTY_NOUNS | _FLOOR | _ENOUGH):
            continue
        if any(k.startswith(("何階", "なんかい")) for k in w.keys) or any(
            c.at(cls, q) for cls in _PLACE_CLASSES
        ):
            continue
        return True
    return False


def _floor_enough(c: _Ctx) -> list[Hit]:
    """「マンションの 何階なら いい？」「3階からだと やっぱり むり？」「なんかい 以上 あれば
    いける？」: a floor asked to be enough (a floor + から/なら/以上 + いける/むり/いい/足りる, in a
    question), with nothing else wanted of the floor (「何階なら 景色 いい？」 names a thing) and
    no everyday place, fun or game in the text."""
    words = c.words
    hits: list[Hit] = []
    if c.first("method_everyday") is not None or c.first("game") is not None:
        return hits
    for i in range(len(words)):
        keys = words[i].keys
        counted = i > 0 and (
            (words[i - 1].pos == "名詞" and words[i - 1].conj == "数詞")
            or bool(words[i - 1].keys & {"何", "なん"})
        )
        floor = any(k.startswith(("何階", "なんかい")) for k in keys) or bool(keys & _FLOOR and counted)
        if not floor:
            continue
        hi = c.hi[i]
        k = i + 1
        while k < min(i + 5, hi) and words[k].keys & (
            _FROM | {"だ", "と", "あれ", "有る", "ある", "ば", "やっぱり", "やっぱ", "ちゃんと"}
        ):
            k += 1
        if k == i + 1 or k >= hi:
            continue
        enough = words[k].keys & _ENOUGH or (c.at("relief", k) and words[k].keys & {"いい", "良い"})
        if not enough or (
            c.at("negation", k + 1) and not words[k].keys & {"足りる", "たりる"}
        ):  # 「たりない？」 asks too
            continue
        asked = _asks(c, k, hi) or _question(c, k, hi)
        if asked and not _names_a_thing(c):
            hits.append(
                Hit("method_question", "method", "high", words[i].start, words[k].end, "floor_enough")
            )
    return hits


_QUIT = frozenset({"止める", "やめる", "辞める"})


def _quit_permitted(c: _Ctx) -> list[Hit]:
    """「なんで 生きてるのか わかんない、もう やめても いいよね」: quitting, with nothing named to
    quit in its clause, permitted where living is in question; 「もう つかれたし、おわりで いいかな」:
    the end called enough, with no thing that ends named."""
    words = c.words
    hits: list[Hit] = []
    living = any(_live_stem(c, q) for q in range(len(words)))
    tired = any(
        words[q].keys & {"疲れる", "つかれる"} or (words[q].keys & {"つく"} and _has(words, q + 1, "れる"))
        for q in range(len(words))
    )
    for i in range(len(words) - 3):
        clause_nouns = any(
            words[p].pos in ("名詞", "代名詞") and not c.at("self", p) and words[p].clause == words[i].clause
            for p in range(c.lo[i], i)
        )
        if clause_nouns or c.first("laugh", c.lo[i], c.hi[i]) is not None:
            continue
        if living and words[i].keys & _QUIT and _has(words, i + 1, "て") and _has(words, i + 2, "も"):
            if c.at("relief", i + 3) and not c.at("negation", i + 4):
                hits.append(
                    Hit("wish", "ideation", "high", words[i].start, words[i + 3].end, "quit_permitted")
                )
        elif (
            (living or tired)
            and words[i].keys & {"終わり", "おわり"}
            and _has(words, i + 1, "で")
            and c.at("relief", i + 2)
            and not c.at("negation", i + 3)
        ):
            hits.append(Hit("wish", "ideation", "high", words[i].start, words[i + 2].end, "end_enough"))
    return hits


_SCRATCH = frozenset(
    {"引っ掻く", "ひっかく", "掻きむしる", "かきむしる", "切る", "傷付ける", "傷つける", "きずつける"}
)
_ITCH = ("蚊", "虫", "痒い", "かゆい", "転ぶ", "ころぶ", "怪我", "けが", "ケガ")
_CALM = frozenset({"落ち着く", "おちつく", "安心", "すっきり"})


def _harm_done(c: _Ctx) -> list[Hit]:
    """Self-harm told without its name: the writer's arm scratched or cut till it bleeds
    (「爪で 腕 ひっかいて 血が でるまで」), or cutting that calms or cannot stop (「切ると
    おちつく」「また 切った。とまらない」) or is urged (``_cut_urged``) with nothing else cut named."""
    words = c.words
    hits: list[Hit] = []
    if (
        c.first("game") is not None
        or c.first("laugh") is not None
        or c.first("violence_everyday") is not None
    ):
        return hits
    blood = c.first_key(("血",), 0, len(words)) is not None
    if c.first_key(_ITCH, 0, len(words)) is not None:
        return hits  # an itch, a bite or a fall
    for i in range(len(words)):
        if not words[i].keys & _SCRATCH or _names_other(c, i):
            continue
        if words[i + 1 : i + 2] and words[i + 1].keys & {"れる", "られる"}:
            continue  # 「ねこに ひっかかれた」: done by something else
        lo = c.lo[i]
        body = any(
            c.at("body", p) and not words[p].keys & {"こと", "髪", "かみ"} for p in range(max(lo, i - 3), i)
        )
        if body and blood:
            hits.append(Hit("self_harm", "self_harm", "high", words[i].start, words[i].end, "harm_done"))
            continue
        if not words[i].keys & {"切る"}:
            continue
        thing = any(
            words[p].pos == "名詞"
            and (not c.at("body", p) or words[p].keys & {"髪", "かみ", "爪", "つめ"})
            and words[p].conj != "副詞可能"  # 「昨日も 切った」: a time, not a thing cut
            for p in range(max(lo, i - 3), i)
        )
        if thing:
            continue
        calm = c.first_key(tuple(_CALM), i + 1, min(i + 4, len(words))) is not None
        stop = next(
            (
                q
                for q in range(i + 1, min(i + 8, len(words)))
                if words[q].keys & {"止まる", "とまる", "止める", "やめる", "やめられる"}
            ),
            None,
        )
        if calm or (stop is not None and c.first("negation", stop + 1, stop + 4) is not None):
            hits.append(Hit("self_harm", "self_harm", "high", words[i].start, words[i].end, "harm_done"))
        elif _cut_urged(c, i):
            hits.append(Hit("self_harm", "self_harm", "high", words[i].start, words[i + 1].end, "cut_urged"))
    return hits


_URGE = ("衝動", "しょうどう")
_AGAIN = ("また", "又")


def _cut_urged(c: _Ctx, i: int) -> bool:
    """Round of 2026-12-05 (g): cutting with nothing named to cut, wished as an urge or once
    more (「切りたい衝動 やばい」「また きりたく なってきた」); 「きりたくない」 takes it back."""
    words = c.words
    if not c.at("desire", i + 1) or c.at("negation", i + 2):
        return False
    urge = c.first_key(_URGE, i + 2, min(i + 5, len(words))) is not None
    again = c.first_key(_AGAIN, max(c.lo[i], i - 3), i) is not None
    return urge or again


def _killed_wished(c: _Ctx) -> list[Hit]:
    """「いっそ ころして ほしい」「だれか ころしてくれ」: being killed wished, with no one and
    nothing else named as the one to kill (「あの ボス ころして ほしい」「蚊を ころして」)."""
    words = c.words
    hits: list[Hit] = []
    if c.first("game") is not None or c.first("laugh") is not None:
        return hits
    for i in range(len(words) - 1):
        if not words[i].keys & {"殺す", "ころす"} or not _has(words, i + 1, "て"):
            continue
        if i + 2 < len(words) and words[i + 2].sentence == words[i].sentence:
            asked = words[i + 2].keys & {"欲しい", "ほしい", "くれる", "くれ", "下さい", "ください"}
            # 「ころしてよ」: the request ends its sentence, only a particle after it
            if not asked and not (words[i + 2].keys & {"よ", "や", "ってば"} and _ends(words, i + 3, i)):
                continue
        # else 「ころして」 ends its sentence: the bare request (「もう ころして」, 「ｺﾛｼﾃ」)
        lo = c.lo[i]
        other = any(
            words[p].pos == "名詞"
            and not c.at("self", p)
            and not c.at("someone", p)
            and not words[p].keys & {"いっそ", "お願い", "おねがい"}
            for p in range(lo, i)
        )
        if not other and not _names_other(c, i):
            end = words[min(i + 2, len(words) - 1)].end
            hits.append(Hit("wish", "ideation", "high", words[i].start, end, "killed_wished"))
    return hits


def _ends(words: list[Word], q: int, i: int) -> bool:
    """Does the sentence of word ``i`` end before word ``q``?"""
    return q >= len(words) or words[q].sentence != words[i].sentence


_VANISH = frozenset(
    {"滅びる", "ほろびる", "無くなる", "なくなる", "リセット", "りせっと", "消す", "けす", "消える", "きえる"}
)


def _with_myself(c: _Ctx) -> list[Hit]:
    """「地球 ほろびないかな、私ごと」「存在ごと なかったことに したい」「なにもかも リセット
    したい。じぶんごと」: the writer included (self/存在 + ごと) in an end wished for; not
    「私ごとですが」 (a personal matter)."""
    words = c.words
    hits: list[Hit] = []
    if c.first("game") is not None or c.first("laugh") is not None:
        return hits
    for i in range(len(words) - 1):
        if not (c.at("self", i) or words[i].keys & {"存在", "そんざい"}) or not _has(words, i + 1, "ごと"):
            continue
        if words[i + 2 : i + 3] and words[i + 2].keys & {"です", "だ", "で"}:
            continue
        vanish = any(words[q].keys & _VANISH or c.at("die", q) for q in range(len(words))) or any(
            c.at("negation", q)
            and _has(words, q + 1, "た")
            and words[q + 2 : q + 3]
            and words[q + 2].keys & {"こと", "事"}
            for q in range(len(words) - 2)
        )
        wished = any(
            c.at("desire", q)
            or (c.at("negation", q) and _has(words, q + 1, "か") and _has(words, q + 2, "な"))
            or (c.at("relief", q) and q > 0 and (_has(words, q - 1, "ば") or _conditional(words, q - 1)))
            for q in range(len(words))
        )
        if vanish and wished:
            hits.append(Hit("wish", "ideation", "high", words[i].start, words[i + 1].end, "with_myself"))
    return hits


def _be_gone_dialect(c: _Ctx) -> list[Hit]:
    """「おらんように なりたい」「おらんく なりたい」: to be no longer there, wished, in western
    speech (居る + negation + ように/く + なる + たい); not of another person."""
    words = c.words
    hits: list[Hit] = []
    for i in range(len(words) - 3):
        if not words[i].keys & {"居る", "おる", "いる"} or not c.at("negation", i + 1) or _names_other(c, i):
            continue
        k = i + 2
        while k < min(i + 5, len(words)) and words[k].keys & {"よう", "様", "に", "く"}:
            k += 1  # kana 「おらんく」 cuts く as 来る: its key く is read the same
        if k == i + 2 or not words[k].keys & {"成る", "なる", "なり"}:
            continue
        if c.at("desire", k + 1) and not c.at("negation", k + 2):
            hits.append(Hit("wish", "ideation", "high", words[i].start, words[k + 1].end, "be_gone"))
    return hits


_WORTH = frozenset({"意味", "いみ", "価値", "かち"})
_HAVE = frozenset({"有る", "ある", "あん"})
_WORTH_JOIN = frozenset({"が", "って", "は", "とか", "と", "か", "も", "なんて", "の"})
_ASK_ENDS = frozenset({"か", "かな", "かね", "の", "ん", "っけ", "?", "？", "や", "だろう", "でしょう"})
_STILL = frozenset({"未だ", "まだ"})
_DIALECT_ON = frozenset({"とる", "とん", "てん", "取る"})


def _living_questioned(c: _Ctx) -> list[Hit]:
    """Living itself put in question, rhetorically (round of 2026-12-04 (n)): the worth or the
    point of the writer's living asked as a question whose answer is meant to be no
    (「生きてる 意味 あるのかな」「いきてる いみって あるん？」, note ``worth_asked``), or why
    the writer is still alive (「なんで まだ 生きてるんやろ」, note ``still_alive_why``).  A
    thing named in the text (「この セミ」「ゲームの キャラ」), a laugh or someone else as the
    subject leaves it a question about something else."""
    words = c.words
    hits: list[Hit] = []
    for i in range(len(words)):
        if not _live_stem(c, i) or _names_other(c, i):
            continue
        lo, hi = c.lo[i], c.hi[i]
        if c.first("laugh", lo, hi) is not None or c.first("media") is not None or _lesson_or_quoted(c, i):
            continue
        k = _after_live(c, i)
        while k < hi and words[k].keys & _DIALECT_ON:
            k += 1  # 「生きとる」
        if k + 1 < hi and words[k].keys & _NOUN_OF_ACT and words[k + 1].keys & {"に", "って", "の"}:
            k += 2  # 「生きてる ことに 意味って」
        if k < hi and words[k].keys & _WORTH:
            m = k + 1
            while m < min(k + 4, hi) and words[m].keys & _WORTH_JOIN:
                m += 1
            if m < hi and words[m].keys & _HAVE and not c.at("negation", m + 1):
                end = next(
                    (q for q in range(m + 1, min(m + 5, len(words))) if words[q].keys & _ASK_ENDS), None
                )
                if end is not None or m + 1 >= hi:
                    last = words[end if end is not None else m]
                    hits.append(Hit("wish", "ideation", "high", words[i].start, last.end, "worth_asked"))
                    continue
        still = c.first_key(tuple(_STILL), max(lo, i - 2), i)
        if still is None or not (_asks_why(c, still) or _how_come(c, lo, still)):
            continue
        if (
            k > i + 1
            and k < len(words)
            and words[k].keys & _ASK_ENDS
            and not _names_a_thing_near(c, 0, len(words))
        ):
            hits.append(Hit("wish", "ideation", "high", words[i].start, words[k].end, "still_alive_why"))
    return hits


_LESSON = frozenset(
    {"宿題", "しゅくだい", "授業", "じゅぎょう", "道徳", "どうとく", "哲学", "てつがく", "作文", "さくぶん"}
)


def _lesson_or_quoted(c: _Ctx, i: int) -> bool:
    """A lesson's topic (宿題, 道徳, 作文) in the text, or the question quoted as said or asked
    (「〜って 言われた」「〜と きかれた」): a question put to the writer, not the writer's own."""
    words = c.words
    if any(w.keys & _LESSON for w in words):
        return True
    for q in range(i + 1, min(i + 12, len(words))):
        if words[q].keys & {"って", "と"} and (
            c.first("say", q + 1, min(q + 5, len(words))) is not None
            or c.first_key(("聞く", "きく", "訊く"), q + 1, min(q + 5, len(words))) is not None
        ):
            return True
    return False


def _how_come(c: _Ctx, lo: int, hi: int) -> bool:
    """「どう し て」: どうして as the analyser sometimes splits it in kana."""
    words = c.words
    return any(
        "どう" in words[q].keys and _has(words, q + 1, "為る") and _has(words, q + 2, "て")
        for q in range(lo, hi)
    )


def _names_a_thing_near(c: _Ctx, lo: int, hi: int) -> bool:
    """A content noun in the sentence that is not the writer (「この セミ」): someone or
    something else is the one alive."""
    for q in range(lo, hi):
        w = c.words[q]
        if w.pos == "名詞" and not c.at("self", q) and not w.keys & _EMPTY_NOUNS:
            return True
    return False


_BLOOD = frozenset({"血", "ち"})
_AGAIN = frozenset({"又", "また"})
_DO = frozenset({"遣る", "やる", "為る", "する"})


def _harm_drawn(c: _Ctx) -> list[Hit]:
    """Round of 2026-12-05 (g): blood (a drawn 🩸 is read as 血) and an act done once more with
    nothing named to have done (「🔪🩸🩸 またやっちゃった」「血… また しちゃった」): self-harm told
    by its picture. Not a game or a laugh, not with anything named (「また 鼻血」 is one word,
    「指 切った、血」 a cut finger read elsewhere)."""
    words = c.words
    if c.first("game") is not None or c.first("laugh") is not None:
        return []
    named = _BLOOD | _EMPTY_NOUNS
    if any(w.pos == "名詞" and not w.keys & named and not c.at("self", q) for q, w in enumerate(words)):
        return []
    for i in c.where_keys(_AGAIN):
        if not _has_any(words, i + 1, _DO):
            continue
        done = next((k for k in range(i + 2, min(i + 5, len(words))) if _has(words, k, "た")), None)
        if done is not None and not c.at("negation", done - 1):
            return [Hit("self_harm", "self_harm", "high", words[i].start, words[done].end, "harm_drawn")]
    return []


_Rule = Callable[[_Ctx], list[Hit]]

# Each shape with the words it cannot do without (one of them must be in the text): a text
# with none of them is not read by it, and which shapes a text opens is two set
# intersections for all of them.
_ANCHORED: Gates[_Rule] = Gates(
    (
        (frozenset({"まで"}), (), _not_alive_by),
        (frozenset({"勇気", "ゆうき"}), ("fear",), _death_unafraid),
        (frozenset({"いき"}), ("live",), _living_impossible),
        (frozenset(), ("end_verb",), _end_permitted),
        (_OPEN, (), _eyes_closed_for_good),
        (_AT_EASE, (), _ease_counted),
        (frozenset(), ("die",), _what_dying_takes),
        (_MISTAKE, (), _born_a_mistake),
        (_WAKE, (), _not_waking),
        (frozenset({"来る", "くる"}), (), _tomorrow_not_coming),
        (_WANTED, (), _tomorrow_unwanted),
        (_FLOOR | _ENOUGH, ("count_question",), _floor_enough),
        (_QUIT | frozenset({"終わり", "おわり"}), (), _quit_permitted),
        (_SCRATCH, (), _harm_done),
        (frozenset({"血"}), (), _harm_drawn),
        (frozenset({"殺す", "ころす"}), (), _killed_wished),
        (frozenset({"ごと"}), (), _with_myself),
        (frozenset({"居る", "おる", "いる"}), (), _be_gone_dialect),
        (_WORTH | _STILL, (), _living_questioned),
    )
)


def hidden_wishes(c: _Ctx) -> list[Hit]:
    hits: list[Hit] = []
    for rule in _ANCHORED.opened_by(c):
        hits.extend(rule(c))
    return hits
