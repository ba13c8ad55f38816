"""The ``place_now`` construction: being at a place with a drop or a track, said now."""

from __future__ import annotations

from safety.constructions.grammar import _asks, _conditional
from safety.constructions.words import JUDGED, Hit, Word, _Ctx, _has, _has_any


def _presence(c: _Ctx, i: int, hi: int) -> int | None:
    """The verb that puts the writer at place ``i``: close after it, or close after the spot
    named on it (「ほどうきょうの うえで ずっと くるま みてる」「ホームの きいろい せんの そとに
    たってる」: place の … spot に/で verb); or, round of 2026-12-03 (c), any verb the place is
    the goal, scene, path or start of, in a done or ongoing form (``_aspect``)."""
    p = c.first("presence", i + 1, min(i + 6, hi))
    if p is not None:
        return p
    spots = [q for q in range(i + 1, min(i + 7, hi)) if c.at("position", q) or c.at("outside", q)]
    if spots:
        p = c.first("presence", spots[-1] + 1, min(spots[-1] + 5, hi))
        if p is not None:
            return p
    return _aspect(c, spots[-1] if spots else i, hi)


_LOCATIVE = frozenset({"に", "へ", "で", "を", "から", "まで"})
_DONE = frozenset({"た", "だ"})
_ONGOING = frozenset({"てる", "でる", "ている", "とる", "よる", "ちょる"})
"""Progressive endings, dialects' too (広島・博多 「のぼっとる」「きよる」)."""


def _aspect(c: _Ctx, i: int, hi: int) -> int | None:
    """Being at place ``i`` read from grammar, not from a list of verbs: the place (or its
    spot) with a particle of goal, path or start (に, へ, を, から, まで; 「せんろぞいを」 through a
    suffix), then within a few words a verb in a done or ongoing form (〜た, 〜てる, 〜ている,
    dialect 〜とる): 「せんろに おりた」「まどから 身を のりだしてる」「せんろぞいを あるいてる」.
    A scene (で) counts only with a sign of the end in its sentence (「おくじょうで くつ ぬいで
    そろえた」; 「ベランダで トマト そだててる」 is gardening), a verb right after the place with no
    particle only when it crosses (「おくじょう しのびこんだ」; 「はし しらべた」 is homework).
    Not a plan (〜に いく), a wish (〜たい), a game, or someone else there (「ねこが やねから」);
    the everyday and signal readings of ``_place_now`` still decide what it counts for."""
    words = c.words
    lo = c.lo[i] if i < len(words) else 0
    k = i + 1
    if k < hi and words[k].pos == "接尾辞":
        k += 1  # 沿い, 際
    if k >= hi or c.first("game", lo, hi) is not None or _someone_else_there(c, i):
        return None
    bare = words[k].pos == "動詞"
    if not (bare or words[k].keys & _LOCATIVE):
        return None
    if words[k].keys & {"で"} and c.first("place_strong", lo, hi) is None:
        return None
    for v in range(k if bare else k + 1, min(k + 5, hi)):
        if words[v].pos != "動詞":
            continue
        if (bare and not _crosses(c, v)) or c.at("verb_any", v):
            return None  # 「せんろの ちかくに すんでる」: living, playing, eating there is everyday
        after = words[v + 1 : v + 3]
        if not after or any(c.at("desire", q) or c.at("negation", q) for q in range(v + 1, v + 3)):
            return None
        if after[0].keys & _ONGOING or (after[0].keys & _DONE and after[0].conj.startswith("終止形")):
            return v
        if after[0].keys & {"て", "で"} and len(after) > 1 and after[1].keys & {"居る", "いる", "る"}:
            return v
        return None
    return None


def _someone_else_there(c: _Ctx, i: int) -> bool:
    """A subject other than the writer just before place ``i`` (「ねこが やねから」「主人公が
    がけから」): a noun + が/は within the few words before it, not the writer."""
    words = c.words
    for q in range(i - 1, max(c.lo[i] - 1, i - 5), -1):
        if words[q].keys & {"が", "は"} and q >= 1 and words[q - 1].pos in ("名詞", "代名詞"):
            return not c.at("self", q - 1)
    return False


def _subject_else_there(c: _Ctx, i: int) -> bool:
    """Someone or something other than the writer made the subject (が) of being at place ``i``
    (「ねこが やねの うえに」「ボールが 屋根の 上まで」), within four words before it and with no
    now in between: 「親友が「いま 崖の とこ おる」って」 quotes the friend's own words of being
    there, and 「ほんとは ホームに いて」 is a topic (は), not a subject."""
    words = c.words
    if "が" not in c.keys:
        return False
    for q in range(i - 1, max(c.lo[i] - 1, i - 5), -1):
        if not words[q].keys & {"が"} or q < 1 or words[q - 1].pos not in ("名詞", "代名詞"):
            continue
        if c.at("self", q - 1):
            return False
        return c.first("now", q + 1, i) is None
    return False


_SPOT_CLASSES = ("place", "position", "outside", "edge", "barrier", "drop_place", "wild_place", "crossing")


def _belongs_to(c: _Ctx, i: int) -> bool:
    """Place ``i`` only names what another thing belongs to: place + の (+ a spot + の) + a
    noun that is no spot, edge or place (「がけの うえの とうだい」「せんろの しゃしん」「やねの
    ゆきおろし」), so the verb after it is about that thing, not about being at the place."""
    words = c.words
    k = i + 1
    if not _has(words, k, "の"):
        return False
    k += 1
    if k < len(words) and c.at("position", k) and _has(words, k + 1, "の"):
        k += 2  # 「がけの うえの」
    if k >= len(words) or words[k].pos != "名詞" or words[k].conj == "副詞可能":
        return False  # (中, 先, 前: spatial nouns are spots, 「ふみきりの なか」)
    return not any(c.at(cls, k) for cls in _SPOT_CLASSES)


_CROSS_VERBS = frozenset({"降りる", "おりる", "下りる"})


def _crosses(c: _Ctx, v: int) -> bool:
    """A verb that takes the writer past where people may be: down onto a track (降りる), in
    (忍び込む, 入り込む: 〜込む), out over an edge (乗り出す, 身を 出す: 〜出す)."""
    keys = c.words[v].keys
    return bool(keys & _CROSS_VERBS) or any(k.endswith(("込む", "こむ", "出す", "だす")) for k in keys)


_RETURN = frozenset({"帰る", "かえる", "戻る", "もどる"})


def _no_return(c: _Ctx) -> bool:
    """「もう かえらない」「にどと もどらない」: not going back, said with もう or 二度と."""
    words = c.words
    return any(
        words[q].keys & _RETURN
        and c.at("negation", q + 1)
        and c.first_key(("もう", "二度と", "にどと"), max(c.lo[q], q - 3), q) is not None
        for q in range(len(words))
    )


_FELT = frozenset(
    {
        "寒い",
        "さむい",
        "高い",
        "たかい",
        "暗い",
        "くらい",
        "冷たい",
        "つめたい",
        "怖い",
        "こわい",
        "静か",
        "しずか",
    }
)
_REPORT_GLUE = frozenset({"の", "です", "だ", "や", "じゃ", "よ", "ね", "な", "なう", "ここ", "今", "いま"})


def _reported(c: _Ctx, i: int, lo: int, hi: int) -> bool:
    """Place ``i``'s sentence is a report of where the writer is: a few words, only the place,
    its spots, の, a copula or a final particle, now or here, and at most what is felt there
    (寒い, 高い, 暗い, 冷たい, 怖い): 「橋の うえ。くつ ぬいだ」「駅の ホームです。もう つかれました」
    「屋上 さむい」.  No verb: 「屋上で たべた」 tells what was done."""
    words = c.words
    if hi - lo > 5:
        return False
    for q in range(lo, hi):
        w = words[q]
        if q == i or c.at("place", q) or c.at("position", q) or w.keys & _REPORT_GLUE or w.keys & _FELT:
            continue
        if w.pos in ("補助記号", "空白", "記号", "接尾辞"):
            continue
        return False
    return True


_HERE = ("ここ", "此処")
_ARRIVE = frozenset({"着く", "付く", "つく", "来る", "くる"})


def _next_to(c: _Ctx, i: int) -> int | None:
    """The place said in a sentence of its own, the writer there said in the one before or after:
    「いま ここ」 (now + here) or an arrival done (「ついた。たかい とこ。」)."""
    words = c.words
    lo, hi = c.sentence(i)
    for a, b in ((hi, c.hi[hi] if hi < len(words) else hi), (c.lo[lo - 1] if lo else lo, lo)):
        if a >= b:
            continue
        now = c.first("now", a, b)
        if now is not None and c.first_key(_HERE, now + 1, min(now + 3, b)) is not None:
            return now
        for q in range(a, b):
            if words[q].keys & _ARRIVE and _has(words, q + 1, "た") and b - a <= 4:
                return q
    return None


_HIGH_FLOOR = 5


def _high_floor(words: list[Word], i: int) -> bool:
    """「11かい」「8階」: a floor high enough to fall from (a number, then 階)."""
    if not (_has(words, i, "階") and i and words[i - 1].pos == "名詞"):
        return False
    number = next((k for k in words[i - 1].keys if k.isdigit()), None)
    return number is not None and int(number) >= _HIGH_FLOOR


_WENT = frozenset({"行く", "いく", "言う", "いう"})
"""Kana 「いって」 is cut as 言う+て as often as 行く+て."""


_PASSED = frozenset({"通る", "とおる", "通り過ぎる", "とおりすぎる", "通りかかる", "とおりかかる"})
"""Passing by a place, told in the past: a way taken, not being there (round a of 2026-12-05)."""


def _been_and_back(words: list[Word], p: int) -> bool:
    """「いって きた」「みて きた」: went (or went to see) and came back (来る after 行く+て or
    見る+て, done), not being there."""
    return (
        _has(words, p, "来る")
        and _has(words, p - 1, "て")
        and p >= 2
        and bool(words[p - 2].keys & (_WENT | _SEE))
        and _has(words, p + 1, "た")
    )


_BOARD = frozenset({"乗る", "のる"})


def _not_boarding(c: _Ctx) -> bool:
    """A train or a bus waited for and boarding denied (「つぎの やつ まってる。のる つもりは
    ない」): waiting at a platform for what one will not get on."""
    words = c.words
    return any(
        words[q].keys & _BOARD and c.first("negation", q + 1, min(q + 5, c.hi[q])) is not None
        for q in range(len(words))
    )


DRAWN = "drawn"
"""A pull towards the drop felt at the place: ``high``, and no sign of its own that the text is
a crisis now (the hiragana reread must not raise it to ``imminent`` by itself)."""


def _leisure(c: _Ctx) -> bool:
    """The text admires the view or does something at the place (``place_leisure``: 夕日, 星,
    きれい, お弁当, 洗濯物…), with no goodbye, no word of finality or despair, no もう, nobody
    else (ひとり, だれも) and the place not chosen (「ここで いいかな」) anywhere."""
    return (
        (c.first("place_leisure") is not None or _view_seen(c))
        and c.first("place_strong") is None
        and c.first("goodbye") is None
        and c.first("finality") is None
        and c.first("final_goodbye") is None
        and c.first_key(_ALONE_OR_MORE, 0, len(c.words)) is None
        and not _chosen_here(c)
        and not _last_sight(c)
    )


_LAST = frozenset({"最後", "さいご", "最期", "ラスト", "らすと"})
_AGAIN = ("また", "又", "こんど", "今度", "らいねん", "来年")


def _last_sight(c: _Ctx) -> bool:
    """The view called the last one seen (「夜景 きれい。さいごに みるには ちょうど いい」「最後に
    見れて よかった」): a farewell to the sight, whatever the sight is; no visit. A return
    said anywhere (また: 「夏休み さいごに 海 見てきた。また 来年 いく」) makes it the last of a trip."""
    words = c.words
    if c.first_key(_AGAIN, 0, len(words)) is not None:
        return False
    return any(
        words[k].pos == "動詞"
        and words[k].keys & _SEE
        and c.first_key(tuple(_LAST), max(c.lo[k], k - 3), k) is not None
        for k in c.where_keys(_SEE)
    )


_SEE = frozenset({"見る", "みる", "見える", "みえる", "眺める", "ながめる"})
_SEE_KEYS = tuple(_SEE)
_SEEN_AS_A_DROP = frozenset(
    {
        *("下", "した", "地面", "じめん", "底", "そこ", "線路", "せんろ", "道路", "どうろ", "車", "くるま"),
        *("電車", "でんしゃ", "川", "かわ", "海", "うみ", "水", "みず", "人", "ひと", "ここ", "足元"),
        # the surroundings, looked out at rather than a sight seen (「まどから 外 みてる」)
        *("外", "そと", "町", "まち", "街", "空", "そら", "景色", "けしき"),
    }
)
_OBJECT_MARKS = frozenset({"が", "を", "も", "は"})


def _view_seen(c: _Ctx) -> bool:
    """Something named seen from the place (「ベランダから 富士山 みえた」「展望台から 見た 夜景」):
    a view, however the thing is called, where no list of sights can reach. The thing must be
    named (「屋上から みてる」 is not a view) and not the drop or what lies at its foot (下,
    線路, 川, 人…: 「屋上から 下 みてる」 stays the place's reading); 〜てみる (trying) is not seeing.
    Relief anywhere (楽, いい) is read as the end looked to, not a view."""
    words = c.words
    if c.first("relief") is not None or c.first("place_signal") is not None:
        # 「屋根が ぜんぶ 見える。あと少しで 楽に なれる」「屋上から 町 みてる。だれも いない」: an end
        # looked to, or anything that says the visit is not an everyday one
        return False
    # at a roof, a track, a cliff (where being is itself the danger) a view counts only told
    # afterwards (「屋上から 花火 みた」), not as now (「屋上から 町 みてる」)
    told_only = c.first("drop_place") is not None or c.first("wild_place") is not None
    for k in c.where_keys(_SEE):
        if words[k].pos != "動詞" or (k and words[k - 1].keys & {"て", "で"}):
            continue
        if told_only and not any(words[q].keys & _DONE for q in range(k + 1, min(k + 3, len(words)))):
            continue
        j = k - 1
        while j >= 0 and words[j].keys & _OBJECT_MARKS:
            j -= 1
        seen = j >= 0 and words[j].pos == "名詞" and not (c.at("place", j) or c.at("height_place", j))
        if not seen:
            # a view said as a noun after the verb: 「見た 夜景」
            q = k + 1
            while q < len(words) and words[q].pos == "助動詞":
                q += 1
            j = q
            seen = q < len(words) and q > k + 1 and words[q].pos == "名詞"
        if seen and not words[j].keys & _SEEN_AS_A_DROP:
            return True
    return False


_CHOOSE = frozenset({"いい", "良い", "よい", "ええ", "する", "為る", "決める", "きめる"})


def _chosen_here(c: _Ctx) -> bool:
    """「ここで いい」「ここに する」: the place chosen, not visited."""
    words = c.words
    return any(
        words[q].keys & {"ここ", "此処"}
        and any(words[k].keys & _CHOOSE for k in range(q + 1, min(q + 4, c.hi[q])))
        for q in range(len(words))
    )


_ALONE_OR_MORE = ("ひとり", "一人", "独り", "誰も", "だれも", "もう")


_GO = frozenset({"行く", "いく", "逝く"})
_GOAL = frozenset({"に", "へ", "まで"})


def _going_nowhere(c: _Ctx) -> bool:
    """Going announced by the next one or now, with nowhere to go to, at the place (「つぎの
    電車で いく」「つぎので いきます」「もう いく」): 行く said flat (dictionary form or 〜ます, not
    〜て/〜た/〜たい, not negated, not asked) right after the means (the next one + で) or a word of
    going now (もう, いまから), with no goal (a noun + に/へ/まで) in its sentence, nobody with the
    writer and nothing cheerful in the text — 「つぎの 電車で がっこう いく」「いまから いくー！」
    go somewhere."""
    words = c.words
    for q, w in enumerate(words):
        if not w.keys & _GO or w.pos != "動詞" or q == 0:
            continue
        flat = w.conj.startswith("終止形") or (_has(words, q + 1, "ます") and not _has(words, q + 2, "た"))
        if not flat:
            continue
        lo, hi = c.sentence(q)
        by_next = (
            _has(words, q - 1, "で")
            and q >= 2
            and (words[q - 2].keys & _NEXT or (_has(words, q - 2, "の") and words[q - 3].keys & _NEXT))
        )
        if not (by_next or c.at("go_now", q - 1)):
            continue
        if c.first("negation", q + 1, min(q + 3, hi)) is not None or _asks(c, lo, hi):
            return False
        if any(
            words[k].keys & _GOAL and words[k - 1].pos in ("名詞", "代名詞") for k in range(max(lo, 1), q)
        ):
            continue  # a goal named: 「がっこうに いく」
        return c.first("companion") is None and not _cheerful(c) and _sign_of_end(c)
    return False


_END_SIGNS = ("place_strong", "finality", "final_goodbye", "goodbye", "distress_word", "die", "resolve")


def _sign_of_end(c: _Ctx) -> bool:
    """Anything in the text beyond the going itself that speaks of an end, despair or a decision
    (「もう むり」「さよなら」「きめた」「ひとり」): 「いまホーム。つぎの 電車で いく」 alone is a
    journey, as 「ホームに いる。もう むり。つぎの 電車で いく」 is not."""
    return any(c.first(cls) is not None for cls in _END_SIGNS) or (
        c.first_key(_ALONE_OR_MORE[:-1], 0, len(c.words)) is not None
    )


_TRAVEL = frozenset({"帰る", "かえる", "乗る", "のる", "待つ", "まつ"})


def _commute(c: _Ctx, i: int, p: int) -> bool:
    """The writer at the place only as a traveller (round of 2026-12-04, ``commute``): in the
    place's sentence, or the one after, going home, getting on or waiting, said plainly (not
    negated, not wished, not asked), nothing past a railing or an edge, and nothing in the text
    of an end, despair or a decision (``_sign_of_end``): 「ふみきり まってる、ながいー」「いま
    せんろぞいの みち あるいて かえってる」「ホームで まってる。こんどの 快速 のったら はやく つく」.
    A train waited for and not boarded, or a condition left unsaid, is no journey."""
    words = c.words
    lo, hi = c.sentence(i)
    end = c.hi[hi] if hi < len(words) else hi
    for q in range(lo, end):
        if not (words[q].keys & _TRAVEL and words[q].pos == "動詞"):
            continue
        after = range(q + 1, min(q + 4, c.hi[q]))
        if any(c.at("negation", k) or c.at("desire", k) for k in after):
            return False
        if words[q].keys & {"待つ", "まつ"} and (c.at("wild_place", i) or _train_awaited_at_crossing(c, i)):
            return False  # nobody waits for a train beside the track (「せんろの よこ。でんしゃ まってる」)
        break
    else:
        return False
    if c.first("crossing", i + 1, min(i + 6, hi)) is not None or c.at("edge", i):
        return False
    return not (_sign_of_end(c) or _not_boarding(c) or _no_return(c) or _unsaid_condition(c))


_PASS_BY = frozenset({"来る", "くる", "通る", "とおる", "通過", "着く", "つく"})
_CONDITION = frozenset({"たら", "ば", "なら"})
_TRAIN = frozenset({"電車", "でんしゃ", "快速", "急行", "特急", "新幹線", "貨物", "次", "つぎ", "やつ", "奴"})
_LEAP = frozenset({"飛ぶ", "とぶ", "飛び込む", "とびこむ", "飛びこむ", "踏み出す", "ふみだす"})
_STEP = frozenset({"歩", "ほ", "一歩", "いっぽ"})


def _unsaid_condition(c: _Ctx) -> bool:
    """A train's coming or passing made a condition whose outcome is left unsaid or is an end
    (round of 2026-12-04, ``train_condition``): the train (電車, 快速, つぎの…) + が/の, a verb of
    coming or passing + たら/ば or + たび(に), then the end of the text (「こんどの 快速が
    とおったら」), an end, 「もう」, a step forward or a leap (「つぎの 電車が きたら、もう おわりに
    する」「来たら 一歩だけ 前に」); going (「きたら いこうかな」) only with a sign of the end, a
    train seen off or one that does not stop. 「快速 のったら はやく つく」 boards it and says what
    follows; 「電車が きたら いく」 alone is a journey."""
    words = c.words
    n = len(words)
    for q, w in enumerate(words):
        if not (w.keys & _PASS_BY and w.pos == "動詞") or q + 1 >= n:
            continue
        if words[q + 1].keys & _CONDITION:
            k = q + 2
        elif words[q + 1].keys & {"たび", "度"}:
            k = q + 3 if _has(words, q + 2, "に") else q + 2
        else:
            continue
        if c.first_key(tuple(_TRAIN), max(0, q - 4), q + 1) is None:
            continue
        rest = [r for r in range(k, n) if words[r].pos not in ("補助記号", "空白", "記号", "助詞")]
        if not rest:
            return True
        first = words[rest[0]]
        if (
            c.at("now", rest[0])
            and (_has(words, rest[0] + 1, "なら") or (rest[0] + 1 < n and _conditional(words, rest[0] + 1)))
            and all(
                words[r].keys & (_ABLE_NOW | _THOUGHT) or words[r].pos in ("助詞", "助動詞")
                for r in range(rest[0] + 2, c.hi[rest[0]])
            )
        ):
            return True  # 「電車が 通る たびに、いまなら、って 思う」: the moment chosen
        if (
            first.keys & ({"もう"} | _LEAP)
            or c.at("end_verb", rest[0])
            or any(words[r].keys & _STEP for r in rest[:3])
        ):
            return True
        if first.keys & _GO and (_sign_of_end(c) or _seen_off(c) or _nonstop(c)):
            return True
    return False


_CROSSING_PLACE = frozenset({"踏切", "踏み切り", "ふみきり"})
_NEXT_TRAIN = frozenset({"次", "つぎ"})
_FAN = frozenset(
    {"撮る", "とる", "写真", "しゃしん", "撮影", "さつえい", "動画", "どうが", "鉄道", "てつどう"}
)


def _train_awaited_at_crossing(c: _Ctx, i: int) -> bool:
    """Round a of 2026-12-05: at a crossing one waits for the gate, not for a train; the next train
    named as what is waited for there (「ふみきりの とこで 待ってんねん、次の 電車」), with no
    camera, nobody with the writer and nothing cheerful, is despair, not a commute."""
    words = c.words
    if not words[i].keys & _CROSSING_PLACE or c.keys.isdisjoint({"待つ", "まつ"}):
        return False
    if not c.keys.isdisjoint(_FAN) or _cheerful(c) or c.first("companion") is not None:
        return False
    return any(
        words[q].keys & _NEXT_TRAIN and _has(words, q + 1, "の") and _has_any(words, q + 2, _TRAIN)
        for q in c.where_keys(_NEXT_TRAIN)
    )


_STATION = frozenset({"駅", "えき"})
_FALL = frozenset(
    {"落ちる", "おちる", "飛び込む", "とびこむ", "飛び降りる", "とびおりる", "消える", "きえる"}
)
_NOBODY = frozenset({"誰", "だれ"})


def _fall_unnoticed(c: _Ctx, hi: int) -> bool:
    """A fall pictured as one that nobody would notice (round of 2026-12-04 (d)): a verb of
    falling or vanishing + て + も, then 誰/だれ + も and a negation, in the sentence right after
    the place's (``hi`` is where it starts): 「おちても だれも きづかない」 tells where the writer is
    by what could happen there."""
    words = c.words
    if hi >= len(words) or c.keys.isdisjoint(_NOBODY):
        return False
    for q in range(hi, c.hi[hi]):
        if not (words[q].keys & _FALL and words[q].pos == "動詞"):
            continue
        if not (_has(words, q + 1, "て") and _has(words, q + 2, "も")):
            continue
        who = next((k for k in range(q + 3, min(q + 5, c.hi[q])) if words[k].keys & _NOBODY), None)
        if who is not None and _has(words, who + 1, "も"):
            return c.first("negation", who + 2, min(who + 6, c.hi[q])) is not None
    return False


_PULL = frozenset({"吸い込む", "すいこむ", "引き込む", "ひきこむ", "引っ張る", "ひっぱる"})
_PLATFORM = frozenset({"ホーム", "ほーむ"})


def _pulled_in(c: _Ctx) -> bool:
    """Feeling pulled in said anywhere in the text (吸い込む/引き込む + れる/られる:
    「すいこまれそう」, round of 2026-12-04 (d)), not as wonder (「すいこまれそうな 青空」): asked
    once a text, before its places are read."""
    if c.keys.isdisjoint(_PULL):
        return False
    words = c.words
    return any(
        not (_has(words, q + 2, "そう") and _has(words, q + 3, "な"))  # 「すいこまれそうな 青空」: wonder
        and words[q].pos == "動詞"
        and (_has(words, q + 1, "れる") or _has(words, q + 1, "られる"))
        for q in c.where_keys(_PULL)
    )


def _drop_or_track(c: _Ctx, i: int) -> bool:
    """Place ``i`` has a drop or a track, where a pull is towards an end; at the sea or under a
    sky it is often wonder, so not there."""
    return bool(c.at("drop_place", i) or c.at("wild_place", i) or c.words[i].keys & _PLATFORM)


_THOUGHT = frozenset({"思う", "おもう", "考える", "かんがえる"})
_ABLE_NOW = frozenset({"いける", "行ける", "逝ける", "飛べる", "とべる", "出来る", "できる", "やれる"})


def _now_or_never(c: _Ctx) -> bool:
    """Now made a condition with nothing after it but being able to (「いまなら」「今なら いける」,
    round of 2026-12-04 (d)): the moment chosen; 「いまなら 夕日 みえる」 says what can be seen."""
    words = c.words
    if "なら" not in c.keys:
        return False
    start = c.first("now")
    for q in range(start if start is not None else len(words), len(words) - 1):
        if not (c.at("now", q) and words[q + 1].keys & {"なら"}):
            continue
        rest = range(q + 2, c.hi[q])
        if all(words[k].keys & _ABLE_NOW or words[k].pos in ("助詞", "助動詞") for k in rest):
            return True
    return False


def _height_place_here(c: _Ctx, i: int) -> bool:
    """A word that names a bridge or a building only sometimes (kana はし is also 箸 and 端) is
    the writer's place when now is said right before it or its sentence only says where the
    writer is, and the text has a sign of the end or of not going back (round of 2026-12-04 (d):
    「いま はしに いるの。ひとりで。もう かえれない」「はしの まんなか。くつ ぬいだ」;
    「いま はしで ごはん たべてる」 has none)."""
    if not c.at("height_place", i) or c.at("place", i):
        return False
    lo, hi = c.sentence(i)
    here = c.first("now", max(lo, i - 3), i) is not None or _reported(c, i, lo, hi)
    return here and (_no_return(c) or c.first("place_strong") is not None or _sign_of_end(c))


_REQUEST = frozenset({"ね", "よ", "ください", "下さい", "な"})
_QUOTE = frozenset({"って", "と"})


def _asked_of_someone(c: _Ctx, i: int, hi: int) -> bool:
    """The verb after place ``i`` is asked of someone else and quoted (「てすり もって かいだん
    のぼってねって おばあちゃんに いった」): a て-form + ね/よ/ください, or a command, then って/と."""
    words = c.words
    if c.keys.isdisjoint(_QUOTE):
        return False
    for v in range(i + 1, min(i + 7, hi)):
        if words[v].pos != "動詞":
            continue
        k = v + 1
        if _has(words, k, "て") or _has(words, k, "で"):
            k += 1
            if words[k : k + 1] and words[k].keys & _REQUEST:
                k += 1
            else:
                continue
        elif not words[v].conj.startswith("命令形"):
            continue
        if words[k : k + 1] and words[k].keys & _QUOTE:
            return True
    return False


def _nonstop_awaited(c: _Ctx) -> bool:
    """A train that does not stop named, and no train boarded (「つぎの 快速 とまらない やつ」;
    「快速 とまらないから 各停 のる」 is a commute)."""
    return _nonstop(c) and not any(
        w.keys & _BOARD and w.pos == "動詞" and c.first("negation", q + 1, min(q + 4, c.hi[q])) is None
        for q, w in enumerate(c.words)
    )


def _train_awaited_for_no_journey(c: _Ctx) -> bool:
    """Round of 2026-12-04: a station is a place with a track when the train is awaited for no
    journey — boarding denied, a train that does not stop, or its coming left as an unsaid
    condition (「夜の 駅で ひとり。電車 くるの まってる、のりは しないけど」「駅きた。通過の 電車
    まつ」); nobody with or coming for the writer, nothing cheerful."""
    if c.first("companion") is not None or _cheerful(c):
        return False  # 「でんしゃ のらない、ママ むかえに くる」: someone comes for the writer
    return _not_boarding(c) or _nonstop_awaited(c) or _unsaid_condition(c)


_SEE_OFF_VERBS = frozenset({"見送る", "みおくる"})
_STOP = frozenset({"止まる", "とまる", "停まる"})


def _seen_off(c: _Ctx) -> bool:
    """Trains let pass (「さっきから 快速 みおくってる」「もう 3本 見送った」)."""
    return any(w.keys & _SEE_OFF_VERBS and w.pos == "動詞" for w in c.words)


def _nonstop(c: _Ctx) -> bool:
    """A train that does not stop (「とまらない やつ」「止まらん 電車」「通過の 電車」)."""
    words = c.words
    for q, w in enumerate(words):
        if w.keys & _STOP and w.pos == "動詞" and c.at("negation", q + 1):
            return True
        if (
            w.keys & {"通過"}
            and _has(words, q + 1, "の")
            and q + 2 < len(words)
            and words[q + 2].keys & _TRAIN
        ):
            return True
    return False


_CROWD = frozenset(
    {
        "満員",
        "まんいん",
        "混む",
        "こむ",
        "込む",
        "混雑",
        "こんざつ",
        "待ち合わせ",
        "まちあわせ",
        "乗り遅れる",
        "寝過ごす",
    }
)


def _trains_let_pass(c: _Ctx) -> bool:
    """Trains let pass, counted (「もう 3本 見送った」「さっきから 5本 みおくってる」), with no
    crowd or meeting as the reason, nobody with the writer, no camera and nothing cheerful
    (round a of 2026-12-05): waiting at a platform for no train at all."""
    words = c.words
    if c.keys.isdisjoint(_SEE_OFF_VERBS) or not c.keys.isdisjoint(_CROWD | _FAN):
        return False
    if c.first("companion") is not None or _cheerful(c):
        return False
    for q in c.where_keys(_SEE_OFF_VERBS):
        if words[q].pos != "動詞":
            continue
        for k in range(max(c.lo[q], q - 4, 1), q):
            if "本" in words[k].keys and any(d.isdigit() for key in words[k - 1].keys for d in key):
                return True
    return False


_NEXT_ONE = frozenset({"次", "つぎ"})
_TAKEN_BY = frozenset({"飛ぶ", "とぶ", "飛び込む", "とびこむ", "行く", "いく", "逝く"})
_SEE_OFF = frozenset({"見送る", "みおくる"})


def _next_one(c: _Ctx) -> bool:
    """The next train named as the writer's own, what it is for left unsaid (「つぎの 電車で。」
    「つぎので、と おもってる」「次の 電車で 飛ぶかも」), or the next one not let pass (「次は
    見送らない」): つぎ (+ の + what it is) + で, then the end of the sentence, と/って + a
    thought, or a verb of going or jumping; つぎ + は + seeing off, negated.  With one, waiting
    at a platform is no commute (「つぎの 電車で かえる」 names where to)."""
    words = c.words
    if _cheerful(c) or c.first("companion") is not None:
        return False
    for q, w in enumerate(words):
        if not w.keys & _NEXT_ONE:
            continue
        hi = c.hi[q]
        if _has(words, q + 1, "は"):
            v = next((k for k in range(q + 2, min(q + 5, hi)) if words[k].keys & _SEE_OFF), None)
            if v is not None and c.at("negation", v + 1):
                return True
            continue
        k = q + 1
        if _has(words, k, "の"):
            k += 1
            if k < hi and words[k].pos == "名詞" and not _has(words, k, "で"):
                k += 1
        if not _has(words, k, "で"):
            continue
        rest = [r for r in range(k + 1, hi) if words[r].pos not in ("補助記号", "空白", "記号")]
        if not rest:
            return True
        first = words[rest[0]]
        if first.keys & {"と", "って"} and len(rest) > 1 and c.at("think", rest[1]):
            return True
        if first.keys & _TAKEN_BY and first.pos == "動詞" and not c.at("negation", rest[0] + 1):
            if first.keys & _GO and not first.keys & {"逝く"} and not _sign_of_end(c):
                continue  # 「つぎの 電車で いく」: taking the next train, a journey
            return True
    return False


_NEXT = frozenset({"次", "つぎ", "電車", "でんしゃ", "快速", "急行", "特急", "やつ", "奴"})


def _floor_said(c: _Ctx) -> bool:
    """A floor said with its number anywhere in the text (「8かい」「10階」)."""
    words = c.words
    return any(
        words[q].keys & {"階", "かい"} and q and any(d.isdigit() for d in words[q - 1].keys)
        for q in range(1, len(words))
    )


_ON_EDGE = ("座る", "すわる", "腰掛ける", "こしかける", "立つ", "たつ", "乗る", "のる", "腰かける")
_OUTING = frozenset(
    {
        "海",
        "うみ",
        "山",
        "やま",
        "川",
        "かわ",
        "湖",
        "みずうみ",
        "浜",
        "はま",
        "砂浜",
        "すなはま",
        "海岸",
        "かいがん",
    }
)
"""Places children go to for a day out: with an exclamation and nothing of the end, a visit."""


_FEET = frozenset({"足", "あし"})
_PLEASANT = frozenset({"気持ちいい", "きもちいい", "気持ち良い", "楽しい", "たのしい"})
_UNDRESS = frozenset({"脱ぐ", "ぬぐ", "靴", "くつ"})


def _paddling(c: _Ctx) -> bool:
    """Only the feet put in (「あしだけ」) or the water found pleasant, told in the past
    (「きもちよかった」), and no word of despair but the shoes taken off for it (round a of
    2026-12-05): 「くつ ぬいで うみに はいった、あしだけ」 is paddling."""
    words = c.words
    feet = any(words[q].keys & _FEET and _has(words, q + 1, "だけ") for q in c.where_keys(_FEET))
    pleasant = any(words[q].keys & _PLEASANT and _has(words, q + 1, "た") for q in c.where_keys(_PLEASANT))
    if not (feet or pleasant) or c.first_key(_ALONE_OR_MORE[:-1], 0, len(words)) is not None:
        return False
    return all(words[q].keys & _UNDRESS for q in c.where("place_strong")) and not any(
        c.first(cls) is not None for cls in _END_SIGNS if cls != "place_strong"
    )


def _cheerful(c: _Ctx) -> bool:
    text = c.kana
    return "!" in text or "！" in text or "〜" in text or "~" in text or c.first("laugh") is not None


_PLACE_START_KEYS = _STATION | {"階", "はし"}
"""Besides places: a station, a floor, and kana はし (a bridge only sometimes: ``_height_place_here``)."""


_HERE = frozenset({"ここ", "此処", "こっち", "此方"})
_THERE = frozenset({"そこ", "其処", "ここ", "此処"})


def _here_high(c: _Ctx) -> list[Hit]:
    """「ここ たかすぎて こわいけど、もう きめた」: where the writer is, said only to be high, with a
    sign of the end in the text (a decision, a goodbye, despair) and nothing cheerful or leisurely
    (round of 2026-12-04 (i), note ``here_high``); 「ここ たかい！ けしき さいこう」 is a view."""
    words = c.words
    for q in c.where_keys(_HERE):
        h = next((k for k in range(q + 1, min(q + 3, c.hi[q])) if c.at("high_word", k)), None)
        if h is None or c.first("negation", h + 1, min(h + 3, c.hi[q])) is not None:
            continue
        if _cheerful(c) or _leisure(c) or not _sign_of_end(c) or _asks(c, c.lo[q], c.hi[q]):
            return []
        return [Hit("place_now", "plan", "imminent", words[q].start, words[h].end, "here_high")]
    return []


def _place_now(c: _Ctx, signals: bool) -> list[Hit]:
    words = c.words
    hits: list[Hit] = [] if c.keys.isdisjoint(_HERE) else _here_high(c)
    # a place, a height word (kana はし), a station or a floor (階): the only words a reading
    # below starts at
    now_or_never = "なら" in c.keys and _now_or_never(c)
    pulled_in = _pulled_in(c)
    for i in c.where_any(("place",), _PLACE_START_KEYS):
        w = words[i]
        high_floor = _high_floor(words, i)
        if not (
            c.at("place", i)
            or high_floor
            or (w.keys & _STATION and _train_awaited_for_no_journey(c))
            or (c.at("height_place", i) and _height_place_here(c, i))
        ):
            continue
        lo, hi = c.sentence(i)
        if ("が" in c.keys and _subject_else_there(c, i)) or (
            not c.keys.isdisjoint(_QUOTE) and _asked_of_someone(c, i, hi)
        ):
            continue  # 「ねこが ベランダの てすりに のぼってて」「てすり もって のぼってねって」
        if c.first("exist_thing", i + 1, min(i + 6, hi)) is not None:
            continue  # 「がけの うえに あって」: a thing is there, not the writer
        p = _presence(c, i, hi)
        if p is not None and (_been_and_back(words, p) or _been_and_back(words, p + 2)):
            continue  # 「うみ いってきた」: a trip there and back, told
        if p is None and hi < len(words) and c.first("now", hi, min(hi + 2, c.hi[hi])) is not None:
            # 「おくじょうの かぎ あいてた。いま いる」: the next sentence says the writer is there
            p = c.first("presence", hi, min(hi + 3, c.hi[hi]))
        if (
            p is None
            and hi + 1 < len(words)
            and c.at("now", hi)
            and words[hi + 1].keys & _THERE
            and c.hi[hi] <= hi + 3
        ):
            p = hi + 1  # 「学校の 屋上、フェンス ひくいんだよね。いま そこ」: the place pointed back to
        if p is None and c.first("verb_any", lo, hi) is None:
            p = _next_to(c, i)  # 「おくじょうの かぎ あいてた。いま ここ」「ついた。たかい とこ。」
        if p is None and (
            c.first("now", max(lo, i - 3), i) is not None or (i + 1 < hi and _has(words, i + 1, "なう"))
        ):
            p = i  # 「いま おくじょう」「おくじょう なう」
        if p is None and words[i].keys & (_PLATFORM | _STATION) and _trains_let_pass(c):
            p = i  # 「駅の ホーム、もう 3本 見送った」: the trains let pass say the writer is there
        if p is None and _next_one(c):
            p = i  # 「ホームの ベンチ。つぎの 快速で」: the next one taken says the writer is there
        if p is None and _fall_unnoticed(c, hi):
            p = i  # 「よるの うみ まっくろ。おちても だれも きづかなさそう」: a fall pictured from there
        if p is None and _reported(c, i, lo, hi):
            p = i  # 「橋の うえ。」「駅の ホームです。」「屋上 さむい」: where one is, like なう
        if p is None and _view_seen(c) and c.first_key(_SEE_KEYS, i + 1, hi) is not None and _leisure(c):
            # 「おじいちゃんちの ベランダから 田んぼ みえる」: a view from the place, said with no verb
            # that puts the writer there now; a visit, like the one told with a verb below
            hits.append(Hit("place_now", JUDGED, "none", w.start, words[hi - 1].end, "everyday"))
            continue
        by_verb = p is not None
        if p is None:
            # 「いま 線路の よこ。」「屋上の 柵の 外側」: where one is, said without a verb
            spot = c.first("position", i + 1, min(i + 5, hi))
            if (
                spot is None
                and c.at("barrier", i)
                and _has(words, i + 1, "の")
                and c.at("outside", i + 2)
                and not any(words[k].pos == "動詞" or "が" in words[k].keys for k in range(i + 3, hi))
            ):
                # 「柵の むこうがわ、ちょっと こわい」: where the writer is, with only a feeling after
                # it (round a of 2026-12-05); 「柵の むこうに ボールが…」 places a thing
                spot = i + 2
            if spot is not None and c.first("verb_any", spot + 1, hi) is None:
                p = spot
        if p is None or any(
            words[k].keys & _PASSED and words[k].pos == "動詞" and _has(words, k + 1, "た")
            for k in range(i + 1, hi)
        ):
            continue  # 「登山で がけの そば 通った」: passed by, told
        if (
            i < p < hi
            and not _has(words, p, "居る")  # 「みなとの さきっぽに いる」: being there said outright
            and _belongs_to(c, i)
            and not (
                signals
                or c.first("place_strong") is not None
                or now_or_never
                or _train_awaited_at_crossing(c, i)
            )
        ):
            continue  # 「がけの うえの とうだいまで あるいた」「やねの ゆきおろし」: where a thing is
        # standing on a roof, a track or a bridge's edge is itself the danger
        out = c.first("outside", i + 1, min(i + 7, hi))
        past_barrier = out is not None and c.first("barrier", max(i, out - 3), out) is not None
        # 「まどの ふちに こしかけてる」: sitting or standing on the place's own edge
        on_its_edge = (
            _has(words, i + 1, "の")
            and c.at("edge", i + 2) > 0
            and c.first_key(_ON_EDGE, i + 3, min(i + 6, hi)) is not None
            and c.first("negation", i + 3, hi) is None
            and not _cheerful(c)
            # a window's sill is a drop only high up or with a sign of the end
            and (c.at("drop_place", i) > 0 or _floor_said(c) or _sign_of_end(c))
        )
        crossing = (
            on_its_edge
            or past_barrier
            or (by_verb and p is not None and p > i and _crosses(c, p))
            or c.first("crossing", i + 1, min(i + 6, hi)) is not None
            or c.at("edge", i)
            or c.at("wild_place", i)
            or (by_verb and (c.at("drop_place", i) or high_floor))
        )
        # present or done: "いる", "きた", "たってる"; not "あした いく"
        if c.first("later", lo, hi) is not None:
            continue
        everyday = c.first("place_everyday") is not None or c.read("place_everyday")
        not_boarding = _not_boarding(c)
        going = _going_nowhere(c) or _next_one(c)
        unsaid = _unsaid_condition(c) or _nonstop_awaited(c)
        signal = (
            signals
            or now_or_never
            or not_boarding
            or going
            or unsaid
            or _no_return(c)
            or _trains_let_pass(c)
            or c.first("place_signal", 0, i) is not None
            or c.first("place_signal", p + 1) is not None
            or any(c.at("place_signal", q) and not c.at("presence", q) for q in range(i + 1, p))
        )
        past_edge = (
            past_barrier
            or c.first("crossing", i + 1, min(i + 6, hi)) is not None
            or c.at("edge", i)
            or on_its_edge
        )
        alone_at_edge = past_edge and c.first("companion") is None
        # an everyday word anywhere (みんな, ママ, 電車) does not outweigh a word of the end or of
        # despair (「いま屋上おる。みんなごめん」「駅おる。電車くるたびに一歩ずつ前でてる」)
        despair = (
            _train_awaited_at_crossing(c, i)
            or _trains_let_pass(c)
            or c.first("place_strong") is not None
            or not_boarding
            or _no_return(c)
            or going
            or unsaid
            or now_or_never
            or _last_sight(c)
        )
        if everyday and not (signals or despair) and not c.at("wild_place", i) and not alone_at_edge:
            continue
        drawn = pulled_in and _drop_or_track(c, i)  # pulled towards the drop
        if not (past_edge or despair or drawn) and _commute(c, i, p):
            lo_word = c.first("now", max(lo, i - 3), i)
            first = words[lo_word if lo_word is not None else min(i, p)]
            hits.append(Hit("place_now", JUDGED, "none", first.start, words[hi - 1].end, "commute"))
            continue
        if not (past_edge or despair or c.at("wild_place", i)) and _leisure(c):
            # 「はしの うえに いる。川が きらきら」: admiring or doing something at the place, and
            # nothing of the end: a visit, whatever the word lists read in 「〜に いる」
            lo_word = c.first("now", max(lo, i - 3), i)
            first = words[lo_word if lo_word is not None else min(i, p)]
            hits.append(Hit("place_now", JUDGED, "none", first.start, words[hi - 1].end, "everyday"))
            continue
        if (
            w.keys & _OUTING
            and not (signals or past_edge or drawn or (crossing and not c.at("wild_place", i)))
            and (_paddling(c) or (not despair and _cheerful(c) and not _sign_of_end(c)))
        ):
            # 「うみに きた！ あしだけ いれた」: the sea or a mountain visited with an exclamation
            # and nothing of the end in the text is an outing (round of 2026-12-04 (i))
            lo_word = c.first("now", max(lo, i - 3), i)
            first = words[lo_word if lo_word is not None else min(i, p)]
            hits.append(Hit("place_now", JUDGED, "none", first.start, words[hi - 1].end, "everyday"))
            continue
        level = "imminent" if signal or crossing else "concern"
        note = None
        if level == "concern" and drawn:
            level, note = (
                "high",
                DRAWN,
            )  # 「ホームで いつも まえに たつ。すいこまれそうで」: pulled, not yet now
        # (the writer's presence may be said in the sentence before the place: 「ついた。たかい とこ。」)
        hits.append(
            Hit("place_now", "plan", level, min(w.start, words[p].start), max(w.end, words[p].end), note)
        )
    if not any(h.construction == "place_now" for h in hits) and c.first("place") is None:
        hits.extend(_unplaced(c, pulled_in))
    return hits


_DOWN = frozenset({"下", "した"})
_LOOK = frozenset({"見る", "みる", "覗く", "のぞく", "見下ろす"})


def _unplaced(c: _Ctx, pulled_in: bool) -> list[Hit]:
    """Round a of 2026-12-05, with no place named: a train's passing made a condition whose
    outcome is an end or the moment (``_unsaid_condition``: 「電車が 通る たびに、いまなら」, note
    ``train_condition``, ``imminent``), nobody with the writer and nothing cheerful; looking down
    and feeling pulled in (「した みたら すいこまれそう」, ``drawn``, ``high``)."""
    words = c.words
    if (
        not c.keys.isdisjoint(_TRAIN)
        and c.first("companion") is None
        and not _cheerful(c)
        and _unsaid_condition(c)
    ):
        return [Hit("place_now", "plan", "imminent", words[0].start, words[-1].end, "train_condition")]
    if pulled_in and not any(c.first(cls) is not None for cls in ("method_everyday", "place_leisure")):
        for q in c.where_keys(_DOWN):
            if words[q].pos == "名詞" and any(
                words[k].keys & _LOOK and words[k].pos == "動詞" for k in range(q + 1, min(q + 3, c.hi[q]))
            ):
                return [Hit("place_now", "plan", "high", words[q].start, words[-1].end, DRAWN)]
    return []
