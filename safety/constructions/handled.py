"""Harm at home told by what was done to the body (round 2026-12-04 (m)): part of the
``abuse_home`` construction (abuse, ``high``, so 189 comes first), each rule with its own note.

* ``body_handled``: a part of the writer's body seized, pulled, struck against something or held
  under water, in the passive (「くび つかまれた」「かみのけ ひっぱられて」「顔 水に つけられた」)
  or by a carer as the subject (「おかあさんが ぼくの あたまを かべに ぶつけた」), with someone of
  the family in the text; not a haircut, a game or a little sibling at play;
* ``struck``: a blow said as a noun and suffered (「げんこつ された」「ビンタ 何発も された」
  「ボコられる」), with someone of the family or home in the text;
* ``touched``: a grown-up of the family touching the writer or doing "strange things"
  (「おじさん からだ さわって くる」「へんな こと して くる」, the body the object or coming in
  to do it: 「夜中に へやに はいって きて からだに さわる」), or coming into the writer's room at
  night or against a no (「ママの かれしが 夜 へやに はいって くる」);
* ``threat_reported``: a threat to kill quoted and said to the writer by a carer, in the passive
  (「ころすぞって お父さんに 毎日 いわれる」).

Each rule reads a fixed number of words around its anchor: linear in the length of the text.
"""

from __future__ import annotations

from safety.constructions.grammar import _PASSIVE, _conditional
from safety.constructions.words import Hit, _Ctx, _has

_BODY = frozenset(
    {
        "顔",
        "かお",
        "頭",
        "あたま",
        "髪",
        "かみ",
        "髪の毛",
        "かみのけ",
        "腕",
        "うで",
        "足",
        "あし",
        "首",
        "くび",
        "耳",
        "みみ",
        "肩",
        "かた",
        "背中",
        "せなか",
        "手",
        "ほっぺ",
        "頬",
        "口",
        "くち",
    }
)
_SEIZE = frozenset(
    {
        "掴む",
        "つかむ",
        "引っ張る",
        "ひっぱる",
        "ぶつける",
        "押し付ける",
        "押しつける",
        "おしつける",
        "沈める",
        "しずめる",
        "突っ込む",
        "つっこむ",
        "捻る",
        "ねじる",
        "絞める",
        "しめる",
        "締める",
        "押さえる",
        "おさえる",
        "叩き付ける",
        "たたきつける",
        "引き摺る",
        "ひきずる",
        "踏む",
        "ふむ",
    }
)
_DIP = frozenset({"付ける", "つける", "漬ける", "入れる", "いれる", "かける", "掛ける"})
"""Held into water or burnt: only with water, a bath, fire or something hot in the sentence."""
_WATER_FIRE = frozenset(
    {
        "水",
        "みず",
        "お湯",
        "おゆ",
        "湯",
        "風呂",
        "ふろ",
        "お風呂",
        "おふろ",
        "火",
        "ひ",
        "煙草",
        "たばこ",
        "タバコ",
        "熱い",
        "あつい",
    }
)
_BLOW = frozenset(
    {
        "拳骨",
        "げんこつ",
        "ビンタ",
        "びんた",
        "往復ビンタ",
        "パンチ",
        "ぱんち",
        "蹴り",
        "けり",
        "平手",
        "鉄拳",
        "平手打ち",
    }
)
_BEAT_UP = frozenset({"ボコる", "ぼこる", "ボコす", "ぼこす"})
_SUFFER = frozenset({"食らう", "くらう", "喰らう"})
_DO = frozenset({"する", "為る", "さ"})
_TOUCH = frozenset({"触る", "さわる", "触れる", "さわれる"})
_COME = frozenset({"来る", "くる", "てくる"})
_STRANGE = frozenset({"変", "へん"})
_TOUCHED_BODY = frozenset(
    {"体", "からだ", "身体", "胸", "むね", "お尻", "おしり", "尻", "下半身", "太もも", "ふともも", "体中"}
)
_ROOM = frozenset({"部屋", "へや", "布団", "ふとん", "ベッド"})
_ENTER = frozenset({"入る", "はいる", "入ってくる", "来る", "くる"})
_NIGHT = frozenset({"夜", "よる", "夜中", "よなか", "深夜", "寝る", "ねる"})
_REFUSED = frozenset({"嫌", "いや", "やだ", "怖い", "こわい", "やめる", "止める"})
_KIN_READINGS = (
    "かれし",
    "おじさん",
    "おじいちゃん",
    "じいちゃん",
    "にいちゃん",
    "あにき",
    "ぎり",
    "ぎふ",
    "けいふ",
    "だんな",
    "あたらしいおとうさん",
    "おやじ",
)
_KIN_KEYS = frozenset({"兄貴", "あにき", "義理", "旦那", "彼氏", "叔父", "伯父", "祖父", "義父", "継父"})


def _family(c: _Ctx) -> bool:
    """Someone of the family or home in the text, in its words or its reading."""
    return c.near("home") or not c.keys.isdisjoint(_KIN_KEYS) or any(k in c.kana for k in _KIN_READINGS)


def _grown_up(c: _Ctx) -> bool:
    """A grown-up or older one of the family (not a little sibling)."""
    return (
        c.first("carer") is not None
        or c.read("carer")
        or not c.keys.isdisjoint(_KIN_KEYS)
        or any(k in c.kana for k in _KIN_READINGS)
    )


def _step_kin(c: _Ctx) -> bool:
    """A grown-up of the household who is not a parent (a mother's boyfriend, a stepfather,
    an uncle, an older step-brother)."""
    return not c.keys.isdisjoint(_KIN_KEYS) or any(k in c.kana for k in _KIN_READINGS)


def _play(c: _Ctx) -> bool:
    return (
        c.first("laugh") is not None
        or not c.keys.isdisjoint({"w", "W", "ｗ", "笑", "冗談"})
        or c.first("game") is not None
        or c.near("violence_everyday")
    )


def _hit(c: _Ctx, a: int, b: int, note: str) -> list[Hit]:
    return [Hit("abuse_home", "abuse", "high", c.words[a].start, c.words[b].end, note)]


def _passive_at(c: _Ctx, q: int, hi: int) -> int | None:
    """The passive of the verb at ``q`` (「つかま+れ」「ひきずら+れ」), or None."""
    if q + 1 < hi and c.words[q + 1].keys & _PASSIVE:
        return q + 1
    return None


def _body_handled(c: _Ctx) -> list[Hit]:
    words = c.words
    if not _family(c) or _play(c):
        return []
    for i in range(len(words)):
        if not words[i].keys & _BODY:
            continue
        lo, hi = c.sentence(i)
        for q in range(i + 1, min(i + 6, hi)):
            keys = words[q].keys
            harsh = keys & _SEIZE or c.at("violence", q)
            dipped = keys & _DIP and c.first_key(tuple(_WATER_FIRE), lo, hi) is not None
            if not (harsh or dipped):
                if words[q].pos == "動詞":
                    break
                continue
            passive = _passive_at(c, q, hi)
            if passive is not None:
                return _hit(c, i, passive, "body_handled")
            mine = any(c.at("self", k) for k in range(max(lo, i - 3), i))
            subject = c.first("carer", lo, i)
            if (
                mine
                and subject is not None
                and (_has(words, subject + 1, "が") or _has(words, subject + 1, "は"))
            ):
                return _hit(c, subject, q, "body_handled")
            break
    return []


def _struck(c: _Ctx) -> list[Hit]:
    words = c.words
    if not _family(c) or _play(c):
        return []
    for i in range(len(words)):
        keys = words[i].keys
        hi = c.hi[i]
        if keys & _BEAT_UP:
            passive = _passive_at(c, i, hi)
            if passive is not None:
                return _hit(c, i, passive, "struck")
            continue
        if not keys & _BLOW:
            continue
        for q in range(i + 1, min(i + 6, hi)):
            if words[q].keys & _DO:
                passive = _passive_at(c, q, hi)
                if passive is not None:
                    return _hit(c, i, passive, "struck")
                break
            if words[q].keys & _SUFFER:
                return _hit(c, i, q, "struck")
            if words[q].pos == "動詞":
                break
    return []


def _touched(c: _Ctx) -> list[Hit]:
    words = c.words
    if not _grown_up(c) or _play(c):
        return []
    for i in range(len(words)):
        keys = words[i].keys
        lo, hi = c.sentence(i)
        if keys & _TOUCH:
            comes = any(words[k].keys & _COME for k in range(i + 1, min(i + 3, hi)))
            passive = _passive_at(c, i, hi)
            if comes or passive is not None:
                return _hit(c, i, passive if passive is not None else i, "touched")
            # 「からだに さわる」: the body its object; 「へやに はいって きて さわる」: came in to
            # do it. Not denied (「さわらない」).
            # Not a thing touched (「スマホ さわってた」), the carer's own body (「パパの からだ」)
            # nor a condition (「さわったら あつかった」).
            on_body = any(
                words[k].keys & _TOUCHED_BODY and not (_has(words, k - 1, "の") and c.at("carer", k - 2))
                for k in range(max(lo, i - 3), i)
            )
            came = c.first_key(tuple(_COME), max(lo, i - 4), i)
            # came and straight away touched (「きて さわる」); anything between (「きて スマホ
            # さわってた」) is the thing touched
            thing = came is not None and any(words[k].pos != "助詞" for k in range(came + 1, i))
            cond = _conditional(words, i + 1) or _conditional(words, i)
            if (on_body or (came is not None and not thing)) and not (c.at("negation", i + 1) or cond):
                return _hit(c, i, i, "touched")
        if keys & _STRANGE and c.first_key(("こと", "事"), i + 1, min(i + 3, hi)) is not None:
            did = c.first_key(tuple(_DO), i + 2, min(i + 5, hi))
            if did is not None and (
                any(words[k].keys & _COME for k in range(did + 1, min(did + 3, hi)))
                or _passive_at(c, did, hi)
            ):
                return _hit(c, i, did, "touched")
        if keys & _ROOM:
            enter = c.first_key(tuple(_ENTER), i + 1, min(i + 4, hi))
            if enter is None or not any(words[k].keys & _COME for k in range(enter, min(enter + 3, hi))):
                continue
            night = c.first_key(tuple(_NIGHT), max(0, lo - 4), hi) is not None
            refused = c.first_key(tuple(_REFUSED), lo, min(len(words), hi + 6)) is not None
            if c.first_key(("ママ", "お母さん", "おかあさん", "母"), lo, i) and not _step_kin(c):
                continue  # a mother coming in: privacy, not harm
            if (night and refused) or (_step_kin(c) and (night or refused)):
                return _hit(c, i, enter, "touched")
    return []


def _threat_reported(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.first("threat") is None or c.first("laugh") is not None:
        return []
    for i in range(len(words)):
        if not c.at("threat", i):
            continue
        lo, hi = c.sentence(i)
        said = c.first("say", i + 1, min(i + 8, hi))
        if said is None or _passive_at(c, said, hi) is None:
            continue
        if c.first("carer", i + 1, said) is None and c.first("carer", lo, i) is None:
            continue
        return _hit(c, i, said + 1, "threat_reported")
    return []


def handled(c: _Ctx) -> list[Hit]:
    keys = c.keys
    hits: list[Hit] = []
    if not keys.isdisjoint(_BODY):
        hits.extend(_body_handled(c))
    if not keys.isdisjoint(_BLOW | _BEAT_UP):
        hits.extend(_struck(c))
    if not keys.isdisjoint(_TOUCH | _STRANGE | _ROOM):
        hits.extend(_touched(c))
    return hits + _threat_reported(c)
