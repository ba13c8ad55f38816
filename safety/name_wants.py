"""A display name that wishes, proposes or asks for what a name may not, judged by its words.

The lists (``names.toml``) hold set words (しにたい, えっちしよ, あおうよ); this part reads the
forms no list can hold: a verb of ``[wants]`` (Sudachi's normalised dictionary form, so any
spelling and any conjugation) followed by endings that **want** it (たい, たがる, てえ),
**propose** it (the volitional: 「消えよう」, 「デートしよ」, 「しにましょ」), **ask** for it
(て at the end or before ください/くれ/ほしい: 「だいて」, 「死んでほしい」; させて: 「しなせて」;
れたい: 「抱かれたい」), say it will be done (ます: 「しにます」, 「消えます」) or go to do it
(に行く: 「死にに行く」).  A form said not to happen (「きえないで」, 「しにません」,
「消えたくない」) asks nothing.

* ``self_harm``: dying, vanishing, killing or being killed, the ways (飛び降りる…), and
  nouns done with する (自殺, 消滅, リスカ…); いなくなる and 楽になる are read as one verb.
* ``sexual``: sexual acts — unless the word before the verb is a thing that is no body part
  or person (「ねこさわりたい」, 「あめなめたい」, 「ぬいぐるみだきたい」 pass); verbs that are
  sexual only in one spelling (``sexual_written``: ヤる, ハメる, 挿れる, イく) count only so
  written; 見せる counts after a body part or underwear (``shown``: 「むねみせて」).
* ``contact``: a plan of meeting done with する (``meeting_nouns``: 「デートしよ」, 「おとまりしよ」)
  and a thing done together (一緒に + ``together``: 「いっしょにかえろ」).
"""

from __future__ import annotations

import re

from safety import lexicon
from safety.morphology import Token, tokens
from safety.names_toml import FILE, NamesTomlError, dictionary_words
from safety.translation import kata2hira
from safety.word_search import any_word

_T = lexicon.NAME_WANTS


def _as_written(written: tuple[str, ...], where: str) -> frozenset[str]:
    """Verbs as Sudachi normalises the spelling written, checked like ``dictionary_words`` —
    but not also as their reading: 逝く read いく is 行く, and no wish to die."""
    dictionary_words(written, "動詞", where)
    return frozenset(tokens(w)[0].normalized for w in written if len(tokens(w)) == 1)


SELF_HARM_VERBS = _as_written(_T.get("self_harm", ()), "[wants] self_harm")
SELF_HARM_NOUNS = dictionary_words(_T.get("self_harm_nouns", ()), "名詞", "[wants] self_harm_nouns")
SEXUAL_VERBS = _as_written(_T.get("sexual", ()), "[wants] sexual")
SHOWN = dictionary_words(_T.get("shown", ()), "名詞", "[wants] shown")
PEOPLE = dictionary_words(_T.get("people", ()), "名詞", "[wants] people") | dictionary_words(
    _T.get("people_pronouns", ()), "代名詞", "[wants] people_pronouns"
)
SEXUAL_NOUNS = dictionary_words(_T.get("sexual_nouns", ()), None, "[wants] sexual_nouns")
SEXUAL_BARE = dictionary_words(_T.get("sexual_bare", ()), "動詞", "[wants] sexual_bare")
SHOW_VERBS = dictionary_words(_T.get("show_verbs", ()), "動詞", "[wants] show_verbs")
LIFE = dictionary_words(_T.get("life", ()), "名詞", "[wants] life")
LIFE_VERBS = dictionary_words(_T.get("life_verbs", ()), None, "[wants] life_verbs")
WHEN = dictionary_words(_T.get("when", ()), "名詞", "[wants] when")
MEETING_NOUNS = dictionary_words(_T.get("meeting_nouns", ()), "名詞", "[wants] meeting_nouns")
RECRUIT = dictionary_words(_T.get("recruit", ()), "動詞", "[wants] recruit")
TOGETHER = dictionary_words(_T.get("together", ()), "動詞", "[wants] together")
TAKEN_IN = dictionary_words(_T.get("taken_in", ()), "動詞", "[wants] taken_in")

# the verbs done together as a name writes them in kana (Sudachi reads 「かえろ」 as 変える)
TOGETHER_KANA = frozenset(kata2hira(tokens(w)[0].reading) for w in _T.get("together", ()))
# their stems in kana, the purpose of going (「あそびにいこ」, 「あいにいきたい」): a 五段 verb's
# last kana moved to its i-row (the row table is below)
_GODAN_I = dict(zip("うくぐすつぬぶむる", "いきぎしちにびみり", strict=True))
_STEMS_OF_TOGETHER = frozenset(
    kata2hira(t.reading)[:-1] + _GODAN_I[t.reading[-1]]
    for t in (tokens(w)[0] for w in _T.get("together", ()))
    if len(t.pos) > 2 and t.pos[2].startswith("五段") and t.reading[-1] in _GODAN_I
)


def _written(entries: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """(first character, normalised form) of each verb that counts only so written."""
    out = set()
    for w in entries:
        ts = tokens(w)
        if len(ts) != 1 or ts[0].pos[0] != "動詞":
            raise NamesTomlError(f"{FILE}: [wants] sexual_written: {w!r} is not one verb of the dictionary")
        out.add((w[0], ts[0].normalized))
    return frozenset(out)


SEXUAL_WRITTEN = _written(tuple(_T.get("sexual_written", ())))
_DO = "為る"
# 一緒 and 二人 (「ふたりで住もう」): the two of them, not a group (「みんなであそぼ」 is play)
_TOGETHER_WORDS = frozenset({"一緒", "二人"})


def _stems() -> tuple[str, ...]:
    """What must be in a name (hiragana, kanji kept; the ``sexual_written`` verbs as written)
    before it is worth analysing: each word's first kanji, a noun's reading, a verb's
    reading up to where it conjugates (a 五段 verb of two kana with every kana its row
    conjugates to: だか, だき, だい… for 抱く)."""
    out: set[str] = {
        "いっしょ",
        "一緒",
        "ふたり",
        "二人",
        "おわりに",
        "終わりに",
        "おわら",
        "終わら",
        "いなく",
        "らくに",
        "楽に",
        "みせ",
        "見せ",
        "まで",
    }
    # a thing done together, gone or come to do (「あそびにいこ」)
    out.update(("あそびに", "遊びに", "あいに", "会いに", "とまりに", "泊まりに", "のやめ", "の止め"))
    out.update(lexicon.MEETING_IN_PERSON)  # 「リアルで遊ぼ」
    out.update(("けし", "消し", "きずつけ", "傷つけ", "傷付け", "こわし", "壊し"))  # oneself erased or hurt
    out.update(
        ("そっち", "そちら", "車で", "くるまで", "バイクで", "ばいくで")
    )  # going to the reader, by car
    for key in (
        "self_harm",
        "self_harm_nouns",
        "sexual",
        "sexual_written",
        "sexual_nouns",
        "sexual_bare",
        "shown",
        "life",
        "when",
        "meeting_nouns",
    ):
        for w in _T.get(key, ()):
            kanji = [ch for ch in w if "\u3400" <= ch <= "\u9fff"]
            if kanji:
                out.add(kanji[0])
            t = tokens(w)[0]
            reading = kata2hira(t.reading)
            head = w[0] if key == "sexual_written" else ""
            again = tokens(head + reading[1:] if head else reading)
            if t.pos[0] == "動詞" and (len(again) != 1 or again[0].normalized != t.normalized):
                # written in kana it is another word (逝く: いく is 行く): only its kanji count
                continue
            if t.pos[0] != "動詞":
                # two kana are in too many names (自死: じし in ふじしま): then with する's し
                out.add(reading if len(reading) >= 3 else reading + "し")
            elif len(t.pos) > 2 and t.pos[2].startswith("五段") and len(reading) == 2:
                out.update(
                    head + _ROWS[reading[-1]][k] if head else reading[0] + _ROWS[reading[-1]][k]
                    for k in range(6)
                )
            else:
                out.add((head + reading[1:-1]) if head else reading[:-1])
    for w in _T.get("taken_in", ()):
        # its kanji and the kana before て and れ (ひろっ, ひろわ): ひろ alone is in too many names
        t = tokens(w)[0]
        reading = kata2hira(t.reading)
        out.update(ch for ch in w[:1] if "\u3400" <= ch <= "\u9fff")
        if len(t.pos) > 2 and t.pos[2].startswith("五段") and reading[-1] in _ROWS:
            out.update(reading[:-1] + _ROWS[reading[-1]][k] for k in (0, 5))
    out.discard("もも")  # 揉む's volitional stem, and a name (peach) far more often
    return tuple(sorted(out))


# the kana a 五段 verb's last kana becomes as it conjugates (未然, 連用, 終止, 仮定, 意志, 音便)
_ROWS = {
    "く": "かきくけこい", "ぐ": "がぎぐげごい", "す": "さしすせそし", "つ": "たちつてとっ",
    "ぬ": "なにぬねのん", "ぶ": "ばびぶべぼん", "む": "まみむめもん", "る": "らりるれろっ",
    "う": "わいうえおっ",
}  # fmt: skip


STEMS = _stems()
_STEM_RE = any_word(STEMS)  # (only whether one is there is asked: ``safety.word_search``)
_ENDINGS = frozenset({"助詞", "助動詞", "動詞", "形容詞"})
_ASK_AFTER_TE = frozenset(
    {"下さる", "くれる", "呉れる", "欲しい", "ちょうだい", "頂戴", "よ", "ね", "な", "や", "ってば"}
)


def wants_reason(text: str) -> str | None:
    """``self_harm``, ``sexual`` or ``contact`` when ``text`` (a name with its disguises
    undone) wishes, proposes or asks for what that reason covers, else None."""
    key = kata2hira(text)
    if not (
        _STEM_RE.search(key)
        or _STEM_RE.search(text)
        or ("眠" in key or "ねむ" in key)
        or any(w in key for w in _FOREVER_KEYS)
    ):
        return None
    if _LETS_DIE.search(key):
        return "self_harm"
    if _KATAKANA_YA.search(text):
        return "sexual"
    done = _DONE_IN_KANA.search(key)
    if done is not None:
        return _KANA_REASON[done.group(1) or done.group(2)]
    if _UNDERWEAR_SOLD.search(key):
        return "sexual"  # underwear sold in kana (「ぱんつうってる」, 「したぎうります」)
    going_on = _HARM_GOING_ON.search(key)
    if going_on is not None and _KANA_REASON.get(going_on.group(1)) == "self_harm":
        # self-harm said to be going on now, in kana (「じしょうちゅう」, 「じさつちゅう」): a
        # status, which a name of a plan to meet may be (「デート中」) but one of harm may not
        return "self_harm"
    asked = _ASKED.search(text) is not None
    analysed = tokens(text)
    reason = _reason_in(analysed, asked=asked)
    if reason is None and key != text and not _known_katakana_nouns(analysed):
        # Sudachi reads a sentence in katakana poorly (「キスシヨ」, 「コノ世カラ消エル」): the
        # kana read again as hiragana, kanji kept
        reason = _reason_in(tokens(key), asked=asked)
    if reason is None and _DROPPED_U.search(text):
        # a proposal with its long う not written, after a kanji (「一緒に住も」), which
        # Sudachi reads as a noun and も: read with the う it stands for (「住もう」)
        reason = _reason_in(tokens(text + "う"), asked=asked)
    return reason


def _known_katakana_nouns(analysed: tuple[Token, ...]) -> bool:
    """Whether every word written in katakana is a noun the dictionary knows: then the
    katakana is words, not a sentence written in katakana (「シネマすき」 is no しねます).
    """
    written = [t for t in analysed if _KATAKANA_ONLY.fullmatch(t.surface)]
    return bool(written) and all(not t.oov and t.pos[0] == "名詞" and len(t.surface) >= 3 for t in written)


_KATAKANA_ONLY = re.compile("[ァ-ヺー]+")


def _reason_in(analysed: list[Token], *, asked: bool) -> str | None:
    words = [t for t in analysed if t.pos and t.pos[0] not in ("補助記号", "空白")]
    for i, t in enumerate(words):
        reason = _reason_of(words, i, t)
        if reason == _SEXUAL_DONE:
            # a sexual act done with する, in any form not said not to happen (「ムラムラする」)
            if not _negated(words[i + 1 :]):
                return "sexual"
        elif reason == _LIFE:
            rest = words[i + 1 :]
            if t.normalized == "終わる" and not (
                (rest and rest[0].normalized in ("せる", "させる"))
                or _wanted(words, i, "self_harm", asked=asked)
            ):
                continue  # 「じんせいおわった」 is what a test makes a child say
            if not _negated(rest):
                return "self_harm"
        elif reason is not None and _wanted(words, i, reason, asked=asked):
            return reason
    return None


def _done_in_kana() -> tuple[re.Pattern[str], dict[str, str]]:
    """The nouns done with する and the things shown, as a name writes them in kana, which
    Sudachi often cuts wrongly (「そいねしよ」, 「しょうめつしたい」, 「したぎみせて」): each
    reading, then する wanted, proposed or asked, or 見せる asked."""
    reasons: dict[str, str] = {}
    for key, reason in (
        ("self_harm_nouns", "self_harm"),
        ("sexual_nouns", "sexual"),
        ("meeting_nouns", "contact"),
    ):
        for w in _T.get(key, ()):
            reading = kata2hira(tokens(w)[0].reading)
            if len(reading) >= 3:
                reasons.setdefault(reading, reason)
    shown = {
        kata2hira(tokens(w)[0].reading): "sexual"
        for w in _T.get("shown", ())
        # two kana are often another word: 「またみせて」 is "show me again", 「ちち」 a father
        if w not in _PICTURES and (len(tokens(w)[0].reading) >= 3 or tokens(w)[0].reading == "むね")
    }
    done = "|".join(map(re.escape, sorted(reasons, key=len, reverse=True)))
    show = "|".join(map(re.escape, sorted(shown, key=len, reverse=True)))
    pattern = re.compile(
        f"({done})(?:し(?:たい|たが|よ|ま[すしせ]|て$|てほし|てくれ|てくだ|ちゃお|な[いー]?[?？])|する[?？よね]?$)"
        f"|({show})(?:を|も)?みせ(?:て|たい|ろ|な[いー]?[?？]|ま)"
    )
    return pattern, {**reasons, **shown}


# 死のう in kana with its う dropped, which Sudachi reads as する + の: only after words that
# make it a proposal (「いっしょにしの」, 「みんなでしの」; alone 「しの」 is a name)
_LETS_DIE = re.compile(r"(?:いっしょに|一緒に|みんなで|ふたりで|もう)しの[うーっ]?[よねかやな]*$")
# ヤる written in katakana in the forms Sudachi reads as a spear (「ヤリたいな」; ヤリイカ passes)
_KATAKANA_YA = re.compile(
    r"ヤ[りリ](?:[たタ][いイ]|[てテ][えぇエェ]|[まマ][くク]|[たタ][がガ])"
    r"|ヤ[らラ](?:[せセ]|[なナ][いイー]?[?？])|ヤ[れレ][るル]|ヤ[ろロ][うウーっッ]"
)
_ASKED = re.compile(r"[?？][ー〜~!！?？]*$")
# a verb's kanji then the kana of its volitional ending the name, う not written
_DROPPED_U = re.compile(r"[\u3400-\u9fff][おこごそとのぼもろよ]$")


def _reason_of(words: list[Token], i: int, t: Token) -> str | None:
    """The reason the word at ``i`` would give if it is wanted: a verb (or a noun done with
    する, or いなくなる/楽になる read as one verb); ``_LIFE`` when it ends a life or the world
    (then any form not said not to happen counts)."""
    base = _causative_base(t)
    if base is not None:
        # 「さわらして」, 「やらして」: a causative in す (how many children say させて),
        # which Sudachi reads as a verb of its own (触らす): judged as the verb let be done
        if base in SEXUAL_VERBS or (base in SEXUAL_BARE and i == 0):
            return "sexual"
        if base in SELF_HARM_VERBS:
            return "self_harm"
    if i > 0 and t.normalized in LIFE_VERBS and any(w.normalized in LIFE for w in words[:i]):
        return _LIFE
    if t.normalized in _SLEEP and any(w.normalized in _FOREVER for w in words[:i]):
        return _LIFE  # sleep said to last for ever is death (「えいえんにねむる」, 「永遠の眠りにつきたい」)
    if _sleeps(words, i) and any(w.normalized in _FOREVER for w in words):
        # the same with 寝る or ねんね, for ever said anywhere in the name, also after it as an
        # afterthought (「ねんねしたい(永遠)」, 「永遠に寝たい」); 「ずっと寝てたい」 is tiredness
        return _LIFE
    if (
        t.pos[0] == "感動詞"
        and t.normalized in LIFE_VERBS
        and i + 1 < len(words)
        and words[i + 1].normalized in LIFE
    ):
        return _LIFE  # a goodbye said to one's life or the world (「さよなら人生」, 「バイバイこの世」)
    if (
        t.normalized in LIFE_VERBS
        and i >= 2
        and words[i - 1].surface == "の"
        and words[i - 2].normalized == "生きる"
    ):
        return _LIFE  # 「生きるのやめる」
    if (
        t.normalized == _DO
        and i >= 3
        and words[i - 1].surface == "に"
        and words[i - 2].normalized == "終わり"
        and any(w.normalized in LIFE for w in words[: i - 2])
    ):
        return _LIFE  # 「人生終わりにする」
    if _ends_it_all(words, i):
        return "self_harm"
    if t.pos[0] == "動詞":
        if t.normalized in SELF_HARM_VERBS:
            return "self_harm"
        if t.normalized in _UNDO_SELF and _self_before(words, i):
            return "self_harm"  # oneself erased or hurt, wanted (「存在消したい」, 「自分を傷つけたい」)
        if t.normalized == "成る" and _becomes_gone(words, i):
            return "self_harm"
        if (t.surface[0], t.normalized) in SEXUAL_WRITTEN:
            return "sexual"
        if t.normalized in SEXUAL_VERBS and not _thing_before(words, i):
            return "sexual"
        if t.normalized in SEXUAL_BARE and i == 0 and _bare_wanted(words[1:]):
            return "sexual"
        if t.normalized in SHOW_VERBS and i > 0 and _shown_before(words, i):
            # 「ブラ見せ」: the stem ending the name is the request too
            return _SEXUAL_DONE if i + 1 == len(words) and "連用形" in t.pos[-1] else "sexual"
        if t.normalized in RECRUIT and _potential(t):
            return "contact"
        if t.normalized in TAKEN_IN and not _thing_before(words, i):
            return "contact"
        if t.normalized == _DO and i > 0:
            noun = words[i - 1]
            if noun.normalized in SELF_HARM_NOUNS:
                return "self_harm"
            if noun.normalized in SEXUAL_NOUNS:
                return _SEXUAL_DONE
            # お泊まり is read as the verb 泊まる's stem (「おとまりしよ」)
            if noun.normalized in MEETING_NOUNS or noun.normalized == "泊まる":
                return "contact"
        if _done_together(t) and _together_before(words, i):
            return "contact"
        if t.normalized == "行く" and i >= 1 and _outing_before(words, i):
            return "contact"  # 「カラオケいこ」, 「映画に行こう」
        if t.normalized in _GOING and i >= 2 and words[i - 1].surface == "に" and _purpose(words[i - 2]):
            # going or coming to do it together (「あそびにいこ」, 「あいにいきたい」)
            return "contact"
        if (t.normalized in _TAKEN or kata2hira(t.lemma) in _TAKEN_KANA) and _taken_to_a_place(words, i):
            return "contact"
        if t.normalized in _GOING and _to_the_reader(words, i):
            return "contact"
    elif t.pos[0] == "名詞" and t.normalized in SELF_HARM_NOUNS and i + 1 < len(words):
        # 「首吊りたい」: Sudachi reads the noun with たい after it
        if words[i + 1].normalized in ("たい", "たがる"):
            return "self_harm"
        if words[i + 1].normalized in _PLANNED:
            return _LIFE  # hoped for or planned (「消滅希望」, 「自殺予定」), in any form not denied
    elif t.pos[0] == "接尾辞" and t.normalized == "行き" and i > 0 and words[i - 1].normalized in LIFE:
        return _LIFE  # 「あの世行き」
    elif t.normalized in SHOWN and t.normalized not in _PICTURES and _asked_for_next(words, i):
        return _SEXUAL_DONE  # underwear or a body part wanted (「ぱんつほしい」, 「下着ちょうだい」)
    return None


# what a wish to die may be said to be (hoped for, planned, volunteered), after a noun of dying
_PLANNED = frozenset({"希望", "予定", "志願", "志望", "願望", "計画", "決行"})
# erasing or hurting, when done to oneself
_UNDO_SELF = frozenset({"消す", "傷付ける", "壊す"})
_SELF = frozenset({"自分", "存在", "自身", "己", "私", "僕", "俺", "自我"})


def _self_before(words: list[Token], i: int) -> bool:
    """Oneself right before the verb at ``i``, を between or not (「自分消したい」)."""
    j = i - 1
    if j > 0 and words[j].surface == "を":
        j -= 1
    return j >= 0 and words[j].normalized in _SELF


def _ends_it_all(words: list[Token], i: int) -> bool:
    """終わりにする or 終わらせる at ``i`` with nothing before it but an adverb or
    "everything" (「おわりにしよ」, 「もう終わらせたい」, 「ぜんぶおわりにしよ」): what is ended
    is left unsaid, and is then the child's life; with a thing before it, it is that thing
    (「ゲームおわりにしよ」).  Judged as the other verbs, by the endings after it."""
    t = words[i]
    if (
        t.normalized == _DO
        and i >= 2
        and words[i - 1].surface == "に"
        and words[i - 2].normalized == "終わり"
    ):
        before = words[: i - 2]
    elif t.normalized == "終わる" and i + 1 < len(words) and words[i + 1].normalized in ("せる", "させる"):
        before = words[:i]
    else:
        return False
    return all(w.pos[0] == "副詞" or w.normalized in _EVERYTHING for w in before)


_EVERYTHING = frozenset({"全部", "全て", "何もかも", "何も彼も"})


def _taken_to_a_place(words: list[Token], i: int) -> bool:
    """まで or へ after a noun before the verb at ``i``: taken somewhere (「家まで送って」), or
    by car (「車で送るよ」)."""
    return i >= 2 and (
        (words[i - 1].surface in ("まで", "へ") and words[i - 2].pos[0] in ("名詞", "代名詞"))
        or (words[i - 1].surface == "で" and words[i - 2].normalized in _VEHICLES)
    )


_VEHICLES = frozenset({"車", "バイク", "原付"})
# the reader's side, or near them: going there is going to meet (「そっちいくね」, 「近くまで行くよ」)
_THERE = frozenset({"其方", "近く", "近所"})


def _to_the_reader(words: list[Token], i: int) -> bool:
    """そっち (or near) before 行く or 来る at ``i``, a particle between or not."""
    j = i - 1
    if j >= 0 and words[j].surface in ("に", "へ", "まで"):
        j -= 1
    return j >= 0 and words[j].normalized in _THERE


def _asked_for_next(words: list[Token], i: int) -> bool:
    return i + 1 < len(words) and words[i + 1].normalized in (
        "欲しい",
        "くれる",
        "下さる",
        "ちょうだい",
        "頂戴",
    )


_GOING = frozenset({"行く", "来る"})
_TAKEN = frozenset({"送る", "迎える", "連れる", "乗せる", "来る"})
# the same in kana, which Sudachi leaves unnormalised (おくる is 送る or 贈る)
_TAKEN_KANA = frozenset(kata2hira(tokens(w)[0].reading) for w in _TAKEN)
_SHOWN_READINGS = frozenset(
    r for r in (kata2hira(tokens(w)[0].reading) for w in _T.get("shown", ())) if len(r) >= 2
) - {"また", "ちち", "しり"}  # two kana of another word: 「またみせて」 is "show me again"
_LIFE = "life"
_SLEEP = frozenset({"眠る", "眠り"})
# (what a name of sleep for ever must hold before it is analysed)
_FOREVER_KEYS = ("永遠", "えいえん", "永久", "えいきゅう", "とわ")
_SLEEP_NOUNS = frozenset({"ねんね", "睡眠", "おねんね"})


def _sleeps(words: list[Token], i: int) -> bool:
    """The word at ``i`` is a verb of sleeping, or する after a noun of sleep (「ねんねする」)."""
    t = words[i]
    if t.pos[0] != "動詞":
        return False
    return t.normalized in ("寝る", "眠る") or (
        t.normalized == "為る" and i > 0 and words[i - 1].normalized in _SLEEP_NOUNS
    )


_FOREVER = frozenset({"永遠", "永久", "とわ"})
# pictures of oneself are asked for in ordinary words too (「写メほしい」 is no request for a body)
_PICTURES = frozenset({"自撮り", "写メ", "画像", "水着"})
_SEXUAL_DONE = "sexual_done"


def _bare_wanted(rest: list[Token]) -> bool:
    """やる alone and let be done (「やらせて」), not wanted or proposed (「やりたい」,
    「やろう」: a child says that of a game) nor with a thing after it."""
    return bool(rest) and rest[0].normalized in ("せる", "させる") and all(u.pos[0] in _ENDINGS for u in rest)


# the kana before す in a causative of a 五段 verb, and the verb's own last kana
_CAUSATIVE = dict(zip("かがさたなばまらわ", "くぐすつぬぶむるう", strict=True))


def _causative_base(t: Token) -> str | None:
    """The verb a 五段 causative in す is made from (触らす → 触る, 遣らす → 遣る, 死なす →
    死ぬ), when it is one the lists hold; else None."""
    n = t.normalized
    if t.pos[0] != "動詞" or len(n) < 3 or n[-1] != "す" or n[-2] not in _CAUSATIVE:
        return None
    base = n[:-2] + _CAUSATIVE[n[-2]]
    known = SEXUAL_VERBS | SEXUAL_BARE | SELF_HARM_VERBS
    return base if base in known else None


def _becomes_gone(words: list[Token], i: int) -> bool:
    """成る after 居+なく (いなくなる) or after 楽/らく + に (楽になる)."""
    if i >= 2 and words[i - 1].normalized == "ない" and words[i - 2].normalized == "居る":
        return True
    return i >= 2 and words[i - 1].surface == "に" and words[i - 2].normalized == "楽"


def _word_before(words: list[Token], i: int, particles: tuple[str, ...]) -> Token | None:
    """The word before the verb at ``i``, one of ``particles`` skipped."""
    j = i - 1
    if j >= 0 and words[j].pos[0] == "助詞" and words[j].surface in particles:
        j -= 1
    return words[j] if j >= 0 else None


def _thing_before(words: list[Token], i: int) -> bool:
    """The word before the verb (a particle を/が skipped) is a common noun that is no body
    part or person: the verb is done to that thing (「ねこさわりたい」)."""
    w = _word_before(words, i, ("を", "が", "も"))
    if w is None:
        return False
    return (
        w.pos[0] == "名詞"
        and len(w.pos) > 1
        and w.pos[1] == "普通名詞"
        and w.normalized not in SHOWN
        and w.normalized not in PEOPLE
    )


def _shown_before(words: list[Token], i: int) -> bool:
    """A body part, underwear or person right before the verb, by its normalised form or, as
    Sudachi reads a katakana word written in hiragana as another (「ぶら」), its reading."""
    w = _word_before(words, i, ("を", "も", "とか"))
    if w is None:
        return False
    return w.normalized in SHOWN or w.normalized in PEOPLE or kata2hira(w.reading) in _SHOWN_READINGS


def _done_together(t: Token) -> bool:
    return t.normalized in TOGETHER or kata2hira(t.lemma) in TOGETHER_KANA


def _outing_before(words: list[Token], i: int) -> bool:
    """A plan of meeting (``meeting_nouns``: カラオケ, 映画…) right before 行く, に between or
    not."""
    j = i - 1
    if words[j].surface in ("に", "へ") and j > 0:
        j -= 1
    return words[j].normalized in MEETING_NOUNS


def _purpose(t: Token) -> bool:
    """A verb done together as the purpose of going (its stem, which Sudachi reads in kana
    as a noun: 「あそび」, 「あい」)."""
    return _done_together(t) or kata2hira(t.reading) in _STEMS_OF_TOGETHER


def _together_before(words: list[Token], i: int) -> bool:
    """一緒 or 二人, a time to meet (``when``) or a word of meeting in person (``[meeting]
    in_person``: 「リアルで遊ぼ」) among the three words before the verb."""
    return any(
        w.normalized in _TOGETHER_WORDS or w.normalized in WHEN or kata2hira(w.reading) in _IN_PERSON
        for w in words[max(0, i - 3) : i]
    )


_IN_PERSON = frozenset(lexicon.MEETING_IN_PERSON)


def _wanted(words: list[Token], i: int, reason: str, *, asked: bool) -> bool:
    """The verb at ``i`` (with the endings after it) wants, proposes or asks for the act;
    ``asked``: the name ends with a question mark."""
    t = words[i]
    rest = words[i + 1 :]
    if t.pos[-1].startswith("意志推量形") or _volitional_read_as_order(t):
        return True
    if (
        reason == "contact"
        and t.pos[-1].startswith("終止形")
        and all(u.pos[:2] == ("助詞", "終助詞") for u in rest)
        and (_taken_to_a_place(words, i) or (t.normalized in _GOING and _to_the_reader(words, i)))
    ):
        return True  # 「家まで送る」, 「おうちまでおくるよ」: taking someone somewhere, said as done soon
    if reason == "contact" and t.pos[-1].startswith("命令形") and not rest:
        # Sudachi reads a proposal in kana as an order of a look-alike verb (「かえろ」 as
        # 変えろ, 「ねよ」): after 一緒に it is a proposal all the same
        return True
    if reason == "self_harm" and _vanishing_said(words, i, rest):
        return True  # 「透明になって消える」, 「そっときえる」: vanishing said as what one does
    if reason != "self_harm" and _potential(t) and rest and rest[0].normalized in PEOPLE:
        # who can be had or met: 「ヤれる子」, 「遊べる人」
        return True
    for j, u in enumerate(rest):
        if u.pos[0] not in _ENDINGS:
            # a noun after the verb: the verb is part of a title (「きえるまほう」)
            return False
        n = u.normalized
        if reason == "self_harm" and n in ("ない", "無い") and _becomes(rest[j + 1 :]):
            # gone altogether, wanted: 「消えてなくなりたい」
            return True
        if n in _NOT or (n == "ん" and u.pos[0] == "助動詞"):
            # said not to happen: 「きえないで」, 「しにません」; asked as a question it
            # proposes (「あいませんか」, 「デートしない？」)
            return reason == "contact" and (asked or _question_after(rest[j + 1 :]))
        if n in ("たい", "たがる"):
            return not _negated(rest[j + 1 :])
        if u.pos[-1].startswith("意志推量形"):
            return True
        if n == "ます" and any(v.normalized == "た" for v in rest[j + 1 :]):
            return False  # told as done (「しにました」: in a game), no wish
        if n == "ます":
            return not _negated(rest[j + 1 :]) or (
                reason == "contact" and (asked or _question_after(rest[j + 1 :]))
            )
        if u.pos[0] == "助詞" and n in ("て", "で"):
            after = rest[j + 1 :]
            if not after:
                return True
            nxt = after[0]
            if nxt.normalized in _ASK_AFTER_TE or nxt.normalized in ("欲しい", "下さる"):
                return True
            if reason == "self_harm" and nxt.normalized in ("しまう", "仕舞う", "なくなる", "無くなる"):
                if _said_as_will_do(words, i, nxt, after[1:]):
                    return True  # 「消えてなくなる」, 「消えてしまう」: gone for good, as will be done
                continue  # 「消えてしまいたい」, 「消えてなくなりたい」
            return False
        if u.pos[0] == "助詞" and n == "に" and reason == "self_harm":
            # 「死にに行く」: the verb's stem then に and a verb of going
            return bool(rest[j + 1 :]) and rest[j + 1].normalized in ("行く", "来る")
        if u.pos[-1].startswith("命令形") or _volitional_read_as_order(u):
            return True
        if reason == "self_harm" and n == "ちゃう" and _said_as_will_do(words, i, u, rest[j + 1 :]):
            return True  # 「きえちゃう」, 「いなくなっちゃう」: てしまう run together, the same
        if reason == "self_harm" and u.pos[0] == "助詞" and u.pos[1] == "終助詞" and n in _SAID:
            # dying said as what one will do: 「きえるね」, 「いなくなるよ」 — not of a thing
            # (「ゆきがきえるね」: the snow)
            return not _a_thing_does_it(words, i)
    return False


# said not to happen; へん/ひん in Kansai (「デートせえへん？」 asked is an invitation)
_NOT = frozenset({"ない", "無い", "ぬ", "ず", "へん", "ひん"})


def _said_as_will_do(words: list[Token], i: int, last: Token, after: list[Token]) -> bool:
    """A verb of dying made complete (〜てしまう, 〜ちゃう, 〜てなくなる) ending the name in its
    plain form, only a sentence-final particle after it, and of no thing: gone for good said as
    what one will do, as 「きえるね」 is.  Told as done (「消えてしまった」: a story) or of a thing
    (「ゆきが消えてなくなる」) it passes."""
    return (
        last.pos[-1].startswith("終止形")
        and all(u.pos[:2] == ("助詞", "終助詞") for u in after)
        and not _a_thing_does_it(words, i)
    )


# verbs of vanishing or dying that, said plainly of nobody named, say it of the bearer; 殺す is
# read as a threat, and 飛び込む or 飛び降りる plain may be a dive into water
_VANISHING = frozenset({"死ぬ", "消える", "逝く", "消え失せる", "消え去る"})


def _vanishing_said(words: list[Token], i: int, rest: list[Token]) -> bool:
    """A verb of vanishing in its plain form ending the name, only a sentence-final particle
    after it, with no thing named before it — only how, when or a word for oneself
    (「透明になって消える」, 「そっときえる」, 「あしたきえる」): said as what the bearer does.  Of
    a thing it passes (「雪がとけて消える」, 「シャボン玉きえる」), a title goes on after the
    verb (「消える魔球」), and the verb alone is a word, not yet a sentence (「きえる」)."""
    t = words[i]
    return (
        i > 0
        and t.normalized in _VANISHING
        and t.pos[-1].startswith("終止形")
        and all(u.pos[:2] == ("助詞", "終助詞") for u in rest)
        and not any(_a_thing(w) for w in words[:i])
    )


def _a_thing(w: Token) -> bool:
    """A noun that names something other than a time (明日, 今夜: 副詞可能) or a person."""
    return (
        w.pos[0] == "名詞"
        and w.pos[1] in ("普通名詞", "固有名詞")
        and "副詞可能" not in w.pos
        and w.normalized not in PEOPLE
    )


def _a_thing_does_it(words: list[Token], i: int) -> bool:
    """A common noun that is no person, then が or は, right before the verb."""
    return (
        i >= 2
        and words[i - 1].surface in ("が", "は")
        and words[i - 2].pos[:2] == ("名詞", "普通名詞")
        and words[i - 2].normalized not in PEOPLE
    )


_SAID = frozenset({"ね", "よ", "わ", "ぜ", "な"})


def _volitional_read_as_order(t: Token) -> bool:
    """Sudachi reads a 五段 verb's volitional with its う dropped as an order ending in ろ
    (「いなくなろ」: なろ), which no 五段 order does (なれ): it is the proposal."""
    return (
        t.pos[-1].startswith("命令形")
        and t.surface.endswith("ろ")
        and len(t.pos) > 2
        and t.pos[2].startswith("五段")
    )


def _potential(t: Token) -> bool:
    """A 五段 verb's potential form, which Sudachi reads as a 下一段 verb of the same
    dictionary form (遊べる: 遊ぶ; ヤれる: 遣る)."""
    return (
        t.pos[0] == "動詞"
        and len(t.pos) > 2
        and t.pos[2].startswith("下一段")
        and t.pos[-1].startswith(("連体形", "終止形"))
        and _GODAN.get(t.normalized, False)
    )


def _is_godan(verb: str) -> bool:
    ts = tokens(verb)
    return len(ts) == 1 and len(ts[0].pos) > 2 and ts[0].pos[2].startswith("五段")


_GODAN = {v: _is_godan(v) for v in (*RECRUIT, *TOGETHER, *(n for _, n in SEXUAL_WRITTEN))}


def _becomes(rest: list[Token]) -> bool:
    """成る then たい: ない + なりたい (「なくなりたい」)."""
    return len(rest) >= 2 and rest[0].normalized == "成る" and rest[1].normalized in ("たい", "たがる")


def _negated(rest: list[Token]) -> bool:
    """An ending of ``rest`` says it does not happen (「したくない」, 「せん」). Not name_leaving's
    ``_negated``: any word normalised to a negation counts here, not only an auxiliary or an
    adjective, and ん only as an auxiliary."""
    return any(u.normalized in _NOT or (u.surface == "ん" and u.pos[0] == "助動詞") for u in rest)


def _question_after(rest: list[Token]) -> bool:
    return any(u.surface == "か" and u.pos[0] == "助詞" for u in rest)


_DONE_IN_KANA, _KANA_REASON = _done_in_kana()
# underwear, or pictures of oneself, sold (「したぎうります」, 「しゃめうります」, 「がぞううる」);
# a counter where they are sold is a shop's (「しゃしんうりば」)
_UNDERWEAR_SOLD = re.compile(
    "(?:ぱんつ|したぎ|ぶらじゃー|みずぎ)(?:を|も)?う(?:る|って|り|れ|ろ)"
    "|(?:じどり|しゃめ|がぞう|しゃしん)(?:を|も)?う(?:る|って|り(?!ば)|れ|ろ)"
)
_HARM_GOING_ON = re.compile(
    "("
    + "|".join(
        map(
            re.escape, sorted((k for k, r in _KANA_REASON.items() if r == "self_harm"), key=len, reverse=True)
        )
    )
    + ")(?:ちゅう|なう)"
)
