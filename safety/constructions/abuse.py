"""The ``abuse_home`` construction: home, going home or a parent, and violence done to the
writer; marks hidden; harm at home beyond a blow."""

from __future__ import annotations

from dataclasses import replace

from safety.constructions.grammar import _PASSIVE, _conditional
from safety.constructions.handled import handled
from safety.constructions.harmed import harmed
from safety.constructions.home import home_harm
from safety.constructions.marks_kept import marks_kept
from safety.constructions.words import Hit, _Ctx, _has, _has_any

_SPORT = frozenset(
    {
        "柔道", "じゅうどう", "空手", "からて", "剣道", "けんどう", "ボクシング", "ぼくしんぐ", "プロレス",
        "ぷろれす", "相撲", "すもう", "レスリング", "ごっこ",
    }
)  # fmt: skip
_SPORT_KANA = ("じゅうどう", "からて", "けんどう", "ぼくしんぐ", "ぷろれす", "すもう", "れすりんぐ", "ごっこ")


def _abuse_home(c: _Ctx) -> list[Hit]:
    words = c.words
    hits: list[Hit] = (
        _marks_hidden(c)
        + marks_kept(c)
        + home_harm(c)
        + _armed(c)
        + _unborn_wished(c)
        + handled(c)
        + harmed(c)
        + _gone_ordered(c)
    )
    if not c.near("home"):
        return _hiding_now(c, hits)
    hits.extend(_home_harm(c))
    everyday = c.first("violence_everyday") is not None or c.read("violence_everyday")
    # the katakana reread cuts 「ぷろれすごっこ」 into letters: its reading still holds the sport
    sport = any(k in c.kana for k in _SPORT_KANA)
    for i in c.where("violence"):
        w = words[i]
        if sport or c.first_key(tuple(_SPORT), c.lo[i], c.hi[i]) is not None:
            continue  # round of 2026-12-05 (c): 「柔道で おとうさんに 投げられた」 is practice
        # a noun of violence made a verb with に + する (「ぼこぼこに してくる」, 「ボコボコに
        # される」): its voice is read after the する
        after = i + 3 if _has(words, i + 1, "に") and _has(words, i + 2, "する") else i + 1
        passive = any(
            _has(words, q, "れる")
            or _has(words, q, "られる")
            or _has(words, q, "てくる")
            or _has(words, q, "来る")
            for q in range(after, min(after + 3, len(words)))
        )
        by_family = c.first("home", max(0, i - 6), i) is not None
        mark = c.at("violence", i) and (
            _has(words, i, "痣") or _has(words, i, "あざ") or _has(words, i, "傷") or _has(words, i, "火傷")
        )
        if everyday and not (passive and by_family):
            continue
        if w.keys & {"怒鳴る", "どなる"} and any(_has(words, q, "って") for q in range(max(0, i - 2), i)):
            continue  # an order yelled (「かたづけろって どなられた」): a scolding, read by its own words
        if c.first("violence_everyday", i + 1, i + 4) is not None:
            continue  # 「たたかれた布団」: the thing was hit
        if c.first("laugh", c.lo[i], c.hi[i]) is not None:
            continue  # 「しゅくだい しないと ママに ころされる笑」: a laugh makes it a figure of speech
        if passive or (by_family and mark):
            hits.append(Hit("abuse_home", "abuse", "high", w.start, w.end))
    return _hiding_now(c, hits)


_QUOTE = frozenset({"って", "と"})
_VANISH = frozenset({"死ぬ", "しぬ", "消える", "きえる", "失せる", "うせる"})
_SAID_LOUD = frozenset({"怒鳴る", "どなる", "叫ぶ", "さけぶ", "喚く", "わめく"})


def _ordered_gone(c: _Ctx, q: int) -> bool:
    """Word ``q`` orders the hearer to die or vanish: 「しね」「きえろ」「いなくなれ」."""
    words = c.words
    w = words[q]
    if w.keys & {"死ね", "しね"}:
        return True
    if w.conj != "命令形":
        return False
    if w.keys & _VANISH:
        return True
    # 「いなくなれ」: い + なく + なれ
    return bool(w.keys & {"なる", "成る"}) and _has(words, q - 1, "ない") and _has_any(words, q - 2, _BE)


_BE = frozenset({"いる", "居る"})


def _bare_shine(c: _Ctx, q: int) -> bool:
    """Kana 「しね」 cut as する + ない (「しねって」): an order to die when it opens the quote, not
    「べんきょう しねって」 (a verb's western negation)."""
    words = c.words
    if not (q >= 2 and _has(words, q - 1, "ね") and _has(words, q - 2, "し")):
        return False
    head = q - 2
    return (
        head == c.lo[head] or words[head - 1].pos in ("補助記号", "代名詞") or _has(words, head - 1, "なんか")
    )


def _gone_ordered(c: _Ctx) -> list[Hit]:
    """Round of 2026-12-05 (c): a carer ordering the writer to die or vanish, told in the active
    voice (「おまえなんか いなくなれって 父親が どなる」「きえろって ママが さけぶ」); the passive
    (「しねって 親に いわれた」) is read by ``_home_harm``. Not with a laugh or a game."""
    words = c.words
    for q in c.where_keys(_QUOTE):
        if q == 0 or not (_ordered_gone(c, q - 1) or _bare_shine(c, q)):
            continue
        lo, hi = c.sentence(q)
        carer = c.first("carer", q + 1, min(q + 4, hi))
        if carer is None or not _has_any(words, carer + 1, frozenset({"が", "は", "も"})):
            continue
        verb = next(
            (v for v in range(carer + 2, min(carer + 5, hi)) if c.at("say", v) or words[v].keys & _SAID_LOUD),
            None,
        )
        if verb is None or c.at("negation", verb + 1):
            continue
        if any(c.first(cls, lo, hi) is not None for cls in ("laugh", "game", "violence_everyday")):
            continue
        return [Hit("abuse_home", "abuse", "high", words[q - 1].start, words[verb].end, "gone_ordered")]
    return []


def _hiding_now(c: _Ctx, hits: list[Hit]) -> list[Hit]:
    """Round of 2026-12-05 (c): harm at home told, and the writer hiding from it now (「いえ
    かえったら なぐられる。いま かくれてる」): ``imminent``. Hiding with no harm told is a game."""
    if not hits or c.first("laugh") is not None:
        return hits
    # read on the text's reading: Sudachi cuts kana 「かくれてる」 as か + くれる + てる
    kana = c.kana
    at = kana.find("かくれて")
    while at >= 0:
        now = kana.rfind("いま", max(0, at - 10), at)
        if now >= 0 and not any(p in kana[now:at] for p in "。.!?！？"):
            return [replace(h, level="imminent") if h.level == "high" else h for h in hits]
        at = kana.find("かくれて", at + 1)
    return hits


_MARK = frozenset({"痣", "あざ", "傷", "きず", "火傷", "やけど"})


def _marks_hidden(c: _Ctx) -> list[Hit]:
    """「あざ かくすために ながそで」: marks on the body, hidden."""
    words = c.words
    hits: list[Hit] = []
    for i in c.where_keys(_MARK):
        w = words[i]
        hidden = c.first("hide", i + 1, min(i + 8, c.hi[i]))
        if hidden is not None:
            hits.append(Hit("abuse_home", "abuse", "high", w.start, words[hidden].end, "hidden"))
    return hits


_GO_HOME = frozenset({"帰る"})


def _home_harm(c: _Ctx) -> list[Hit]:
    """Harm at home beyond a blow: words that wish the child gone said by a carer
    (「おやに しねって いわれる」), a carer hitting the other (「パパが ママを なぐってて」), a
    carer not coming home (「おやが いえに かえってこない」)."""
    words = c.words
    hits: list[Hit] = []
    # each reading below starts at a word of saying, a blow, or 帰る
    for i in c.where_any(("say", "violence"), _GO_HOME):
        w = words[i]
        if c.at("say", i) and words[i + 1 : i + 2] and words[i + 1].keys & _PASSIVE:
            quoted = c.first("cruel_word", max(c.lo[i], i - 5), i)
            if quoted is not None and c.at("hyperbole", quoted + 1):
                quoted = None  # 「しぬほど べんきょう しろって いわれた」: a measure, not a wish
            # the carer before the quote or after it (「『しね』って 親に 言われた」)
            if quoted is not None and c.first("carer", max(c.lo[i], quoted - 4), i) is not None:
                hits.append(Hit("abuse_home", "abuse", "high", words[quoted].start, words[i + 1].end))
                continue
        other_carer = c.at("carer", i - 2) and c.first("carer", max(c.lo[i], i - 5), i - 2) is not None
        if c.at("violence", i) and _has(words, i - 1, "を") and other_carer:
            hits.append(Hit("abuse_home", "abuse", "high", words[i - 2].start, w.end, "witnessed"))
            continue
        if _has(words, i, "帰る") and c.first("carer", max(c.lo[i], i - 5), i) is not None:
            back = c.first_key(("来る", "くる"), i + 1, i + 4)
            if back is not None and c.at("negation", back + 1):
                hits.append(Hit("abuse_home", "abuse", "high", w.start, words[back + 1].end, "neglect"))
    return hits


_BLADES = frozenset({"包丁", "ほうちょう", "ナイフ", "刃物", "はもの", "カッター", "鋏", "はさみ", "ハサミ"})
_BRANDISH = frozenset(
    {"持ち出す", "もちだす", "向ける", "むける", "振り回す", "ふりまわす", "突き付ける", "つきつける"}
)


def _armed(c: _Ctx) -> list[Hit]:
    """A carer bringing out or pointing a blade (「ママが おこると 包丁 もちだす」「父が
    ナイフ むけてきた」): a threat at home, ``high``; not cooking (the verb must brandish)."""
    words = c.words
    for i in c.where_keys(_BLADES):
        lo, hi = c.sentence(i)
        verb = c.first_key(tuple(_BRANDISH), i + 1, min(i + 4, hi))
        # a carer Sudachi cuts apart (kana 「おとん」 read as お+飛ぶ) is still in the reading
        carer = c.first("carer", lo, i) is not None or (c.read("carer") and c.near("home"))
        if verb is None or not carer or c.first("laugh", lo, hi) is not None:
            continue
        # brandished now (いま, 〜てる) or hidden from: ``imminent``
        now = c.first_key(("今", "いま"), 0, len(words)) is not None and (
            c.first("hiding") is not None or _has(words, verb + 1, "てる")
        )
        level = "imminent" if now else "high"
        return [Hit("abuse_home", "abuse", level, words[i].start, words[verb].end, "armed")]
    return []


_BEAR = frozenset({"産む", "生む", "うむ"})
_BEAR_OR_STEM = _BEAR | {"うま"}


def _unborn_wished(c: _Ctx) -> list[Hit]:
    """Told one should not have been born, by the one who bore the child: 産む + a negated
    condition + よかった, quoted and said to the writer (「うまなきゃ よかったって いわれる」).
    Only a parent says 産む of a child, so no carer word is needed."""
    words = c.words
    for i in c.where_keys(_BEAR_OR_STEM):  # only these words can start it
        # kana 「うまなきゃ」 is cut as the stem うま + 無い: read it by its conditional
        bear = words[i].keys & _BEAR or ("うま" in words[i].keys and _conditional(words, i + 1))
        if not (bear and c.at("negation", i + 1)):
            continue
        hi = c.hi[i]
        said = c.first("say", i + 2, min(i + 9, hi))
        if said is None or not (words[said + 1 : said + 2] and words[said + 1].keys & _PASSIVE):
            continue
        if c.first("laugh", c.lo[i], hi) is not None:
            continue
        return [Hit("abuse_home", "abuse", "high", words[i].start, words[said + 1].end, "unborn_wished")]
    return []
