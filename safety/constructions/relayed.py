"""The ``farewell`` readings of last words left for others (round a of 2026-12-05), no goodbye
word needed:

* ``relayed`` — a message the writer asks someone to pass on (伝えて, 言っといて, 言うといて,
  伝えてけろ), whose content is an apology, thanks, love or a grudge let go, to a parent, the
  family, everyone or whoever reads it (「ママに つたえといて、ずっと 大好きだったって」「オカンに
  言うといて、ごめんなって」「あいつらの こと 恨んでないって、だれか 伝えて」). Not an errand or an
  occasion (「きょう おそくなるって」「ごちそうさまって」「プレゼント ありがとうって」), not someone
  else's words passed on (「先生が ごめんって 言ってたって」), not a parting everyone has, not a
  question, not with a laugh or an exclamation.
* ``for_those_left`` — a life wished to those who stay on the writer's behalf (「ぼくの ぶんまで
  長生きしてね」「わたしの 分も 幸せに なって」), the writer watching over them from the sky or
  heaven (「みんなの こと、空から 見守ってるね」; not a grandparent or a pet who does), and the
  writer's absence set as a given with their wellbeing asked after it (「うち おらんくなっても 元気で
  おってな」「いなくなっても わらっててね」). Not with a parting everyone has (a move, a trip), a
  laugh or an exclamation, or a question.

* ``last_heard`` — a last wish to be heard, told as past and as all there was (「最後に だれかに
  聞いて ほしかった だけ」「さいごに 誰かと 話したかった だけ」), the answer a child gives when asked
  what is wrong. Not about a match, a game, a club or a parting everyone has.

All are told by the words around a message, so they carry to phrasings that never say さよなら.
"""

from __future__ import annotations

from safety.constructions.words import Hit, Word, _Ctx, _has, _has_any

_RELAY = frozenset({"伝える", "つたえる", "言う", "いう", "云う", "ゆう"})
# the request forms a relay is asked in: 〜ておいて (とい/とく), 〜て + ください/ね/くれ/けろ…
_ASK_AFTER = frozenset(
    {
        "とい",
        "とく",
        "といて",
        "ておく",
        "おく",
        "置く",
        "ください",
        "下さい",
        "くれ",
        "呉れる",
        "くれる",
        "ちょうだい",
        "頂戴",
        "ね",
        "な",
        "ほしい",
        "欲しい",
        "てく",
        "けろ",
    }
)
_TE = frozenset({"て", "で"})
_CONTENT = frozenset(
    {
        "ごめん",
        "御免",
        "ごめんなさい",
        "すまん",
        "すまない",
        "申し訳",
        "ありがとう",
        "有り難う",
        "ありがと",
        "ありがど",
        "感謝",
        "大好き",
        "だいすき",
        "好き",
        "すき",
        "愛する",
        "愛してる",
        "あいしてる",
        "恨む",
        "うらむ",
        "孫",
        "子",
        "娘",
        "息子",
    }
)
"""What last words say: sorry, thanks, love, a grudge (let go), being someone's child."""
_SORRY = frozenset({"ごめん", "御免", "ごめんなさい", "すまん", "すまない", "申し訳"})
_QUOTE = frozenset({"って", "と", "て"})
_OCCASION = frozenset(
    {
        "遅れる",
        "おくれる",
        "遅刻",
        "ちこく",
        "遅い",
        "おそい",
        "休む",
        "やすむ",
        "ご馳走",
        "ごちそう",
        "御馳走",
        "プレゼント",
        "お土産",
        "おみやげ",
        "誕生日",
        "たんじょうび",
        "今日",
        "きょう",
        "明日",
        "あした",
        "また",
        "今度",
        "こんど",
        "後で",
        "あとで",
        "宿題",
        "プリント",
        "借りる",
        "かりる",
        "貸す",
        "かす",
    }
)
"""An errand or an occasion: what an everyday message passed on is about."""
_RECIPIENTS = ("carer", "home", "beneficiaries", "addressee", "someone")
_SPEAKER_MARK = frozenset({"が", "は"})
_SAID = frozenset({"言う", "いう", "云う", "ゆう", "話す", "はなす"})


def _ordinary_message(c: _Ctx) -> bool:
    """A laugh or an exclamation, a parting everyone has (a grandparent, who is in that class for
    the visit, is here only whom a message goes to), an occasion or an errand in the text."""
    return (
        "!" in c.kana
        or "！" in c.kana
        or c.first("laugh") is not None
        or any(not c.at("carer", k) for k in c.where("parting_event"))
        or not c.keys.isdisjoint(_OCCASION)
    )


def _asks(c: _Ctx, lo: int, hi: int) -> bool:
    """A question put outright: ？, or a sentence ending in か/の/かな (not だれ + か, someone)."""
    words = c.words
    last = words[hi - 1]
    return any("?" in words[k].keys for k in range(lo, hi)) or (
        last.conj == "終助詞" and bool(last.keys & {"か", "の", "かな", "かい"})
    )


_FINAL = ("finality", "forever_strong", "final_goodbye", "again")


def _strength(c: _Ctx, said: list[int]) -> str | None:
    """How final the message is: thanks, love or being someone's child said in the past
    (「大好きだった」「孫で よかった」), a grudge let go, or any of them with a word of finality
    (もう, ずっと, いままで, さいご) is ``imminent``; an apology alone to a parent or everyone is
    ``high``; thanks or love
    alone (「パパに すきって 言っといて」) is an everyday message."""
    words = c.words
    final = any(c.first(cls) is not None for cls in _FINAL)
    for k in said:
        if words[k].keys & {"恨む", "うらむ"}:
            return "imminent"
        past = any(
            words[j].keys & {"た", "だ"} and words[j].pos == "助動詞"
            for j in range(k + 1, min(k + 4, len(words)))
        )
        if past or final:
            return "imminent"
    # an apology alone weighs as last words only to a parent or everyone (「弟に ごめんって
    # 言っといて」 is a quarrel)
    if any(words[k].keys & _SORRY or _kana_sorry(words, k) for k in said) and (
        c.first("carer") is not None or c.read("carer") or c.first("addressee") is not None
    ):
        return "high"
    return None


def _kana_sorry(words: list[Word], k: int) -> bool:
    """「すまん」 in kana, which the analyser cuts すま + む (済む)."""
    return bool(words[k].keys & {"済む", "すむ", "すま"}) and _has_any(
        words, k + 1, frozenset({"む", "ん", "ない"})
    )


def _asked_to_relay(c: _Ctx, q: int) -> bool:
    """Word ``q`` is a verb of telling asked of someone: 〜といて, 〜て ください, 〜てけろ, or a
    bare 〜て closing its clause (「だれか 伝えて」); not told as done (〜た), reported or asked."""
    words = c.words
    if not (words[q].keys & _RELAY and words[q].pos == "動詞"):
        return False
    nxt = q + 1
    if nxt >= len(words):
        return False
    if words[nxt].keys & _ASK_AFTER:
        return not _has_any(words, nxt + 1, frozenset({"た", "だ"}))
    if not words[nxt].keys & _TE:
        return False
    after = nxt + 1
    if after >= len(words) or words[after].clause != words[q].clause:
        return True  # 「だれか 伝えて」: the request closes the clause
    return bool(words[after].keys & _ASK_AFTER) and not _has_any(words, after + 1, frozenset({"た", "だ"}))


def _someone_else_speaks(c: _Ctx, lo: int, hi: int) -> bool:
    """「先生が ごめんって 言ってた」: someone other than the writer is the one speaking — named as
    the subject, or their words reported in the past before the relay (「となりの 子が ごめんって
    言ってたって 伝えて」)."""
    words = c.words
    return any(
        ((c.at("others", k) or c.at("carer", k) or c.at("home", k)) and _has_any(words, k + 1, _SPEAKER_MARK))
        # anyone named as the subject but the writer (「いとこが」)
        or (words[k].pos == "名詞" and _has(words, k + 1, "が") and not c.at("self", k))
        or (
            words[k].keys & _SAID
            and words[k].pos == "動詞"
            and any(words[j].keys & {"た", "てる", "てた", "たって"} for j in range(k + 1, min(k + 4, hi)))
        )
        for k in range(lo, hi)
    )


def _relayed(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_RELAY):
        if not _asked_to_relay(c, q):
            continue
        lo, hi = c.sentence(q)
        if not (any(c.at(cls, k) for cls in _RECIPIENTS for k in range(lo, hi)) or c.read("carer")):
            continue  # (「おかん」 read in kana: the analyser cuts it お + かん)
        # the message may be the next sentence: 「つたえといて。ずっと 感謝してたって」
        hi = c.hi[hi] if hi < len(words) and not _has_any(words, hi, _RELAY) else hi
        # the message: a quote (って, と) in the sentence, after a word of what last words say
        quote = next((k for k in range(lo, hi) if words[k].keys & _QUOTE and words[k].pos == "助詞"), None)
        if quote is None:
            continue
        said = [k for k in range(lo, hi) if words[k].keys & _CONTENT or _kana_sorry(words, k)]
        if not said:
            continue
        if _asks(c, lo, hi) or _someone_else_speaks(c, lo, hi):
            continue
        level = _strength(c, said)
        if level is None:
            continue
        first = min(said[0], q)
        return [Hit("farewell", "plan", level, words[first].start, words[max(q, quote)].end, "relayed")]
    return []


_SHARE = frozenset({"分", "ぶん"})
_ON_BEHALF = frozenset({"まで", "も"})
_LIVING = frozenset(
    {
        "生きる",
        "いきる",
        "長生き",
        "ながいき",
        "幸せ",
        "しあわせ",
        "元気",
        "げんき",
        "笑う",
        "わらう",
        "笑顔",
        "えがお",
    }
)
_SKY = frozenset({"空", "そら", "天国", "てんごく", "あの世", "あのよ", "星", "ほし", "雲", "くも"})
_WATCH = frozenset({"見守る", "みまもる", "見る", "みる", "見てる", "見届ける"})
_ABSENT_KANA = (
    "いなくなっても",
    "いなくなったあとも",
    "おらんくなっても",
    "おらんごとなっても",
    "おらんようになっても",
    "いねぐなっても",
    "きえても",
    "しんでも",
)


_ASKED_KANA = (
    "てね",
    "でね",
    "てな",
    "でな",
    "ほしい",
    "ください",
    "てや",
    "でや",
    "てけろ",
    "てくれ",
    "でくれ",
)


def _my_share(c: _Ctx) -> int | None:
    """「ぼくの ぶんまで」「わたしの 分も」 + a life wished (長生き, 幸せ, 元気, 生きて)."""
    words = c.words
    for q in c.where_keys(_SHARE):
        if not (
            q >= 2 and _has(words, q - 1, "の") and c.at("self", q - 2) and _has_any(words, q + 1, _ON_BEHALF)
        ):
            continue
        if any(words[k].keys & _LIVING for k in range(q + 2, min(q + 6, len(words)))):
            return q - 2
        # 「みんな 幸せに なってね。わたしの ぶんまで」: the life wished said first
        if any(words[k].keys & _LIVING for k in range(max(0, q - 10), q - 2)):
            return q - 2
    return None


def _watching_from_above(c: _Ctx) -> int | None:
    """The writer watching over someone from the sky or heaven (「空から 見守ってるね」)."""
    words = c.words
    for q in c.where_keys(_SKY):
        if not _has(words, q + 1, "から"):
            continue
        # 「そらから みんなを 見守ってる」: what is watched may come between
        watch = next((k for k in range(q + 2, min(q + 5, c.hi[q])) if words[k].keys & _WATCH), None)
        if watch is None:
            continue
        if _someone_else_speaks(c, c.lo[q], q):
            continue  # 「おばあちゃんは 空から 見守ってる」
        if _has_any(words, watch + 1, frozenset({"た", "だ"})):
            continue  # 「空から 見た 町」: a view, told
        return q
    return None


def _absent_then_well(c: _Ctx) -> int | None:
    """The writer gone set as a given (〜ても) and a life asked of those left after it."""
    for absent in _ABSENT_KANA:
        at = c.kana.find(absent)
        if at < 0:
            continue
        rest = c.kana[at + len(absent) :]
        well = any(
            w in rest
            for w in ("げんき", "元気", "しあわせ", "幸せ", "わらって", "笑って", "いきて", "生きて")
        )
        # asked of them (「元気で おってな」「わらっててね」), not said of them (「みんな ふつうに 生きてく」)
        if well and any(r in rest for r in _ASKED_KANA):
            for k, w in enumerate(c.words):
                if w.end > at:
                    return k
    return None


def _for_those_left(c: _Ctx) -> list[Hit]:
    words = c.words
    for find in (_my_share, _watching_from_above, _absent_then_well):
        k = find(c)
        if k is None:
            continue
        lo, hi = c.sentence(k)
        if _asks(c, lo, hi):
            continue
        return [Hit("farewell", "plan", "imminent", words[k].start, words[hi - 1].end, "for_those_left")]
    return []


_LAST = frozenset({"最後", "さいご", "最期"})
_WISHED = frozenset({"たい", "ほしい", "欲しい"})
_ALL_THERE_WAS = frozenset({"だけ", "誰", "だれ"})


def _last_heard(c: _Ctx) -> list[Hit]:
    """``last_heard``: 最後に + a wish (〜たい, 〜て ほしい) said in the past (〜かった) in the same
    sentence, with だけ or someone (誰か) in it; no match, game or club in the text."""
    words = c.words
    if c.first("farewell_everyday") is not None or c.first("game") is not None:
        return []
    for q in c.where_keys(_LAST):
        if not _has(words, q + 1, "に"):
            continue
        hi = c.hi[q]
        for k in range(q + 2, min(q + 9, hi)):
            if words[k].keys & _WISHED and _has_any(words, k + 1, frozenset({"た", "だ"})):
                if any(words[j].keys & _ALL_THERE_WAS for j in range(q + 2, hi)):
                    return [
                        Hit("farewell", "plan", "imminent", words[q].start, words[k + 1].end, "last_heard")
                    ]
                break
    return []


_STARTS = _RELAY | _SHARE | _SKY | _LAST


def relayed(c: _Ctx) -> list[Hit]:
    """See the module's docstring."""
    if (c.keys.isdisjoint(_STARTS) and not any(a in c.kana for a in _ABSENT_KANA)) or _ordinary_message(c):
        return []
    hits = _relayed(c) if not c.keys.isdisjoint(_RELAY) else []
    if not c.keys.isdisjoint(_LAST):
        hits += _last_heard(c)
    return hits + _for_those_left(c)
