"""Farewells and hidden wishes read by their grammar (risk round x, ninth round of 2026-12-06).

Hidden wishes (``wish``, ``high``):

* ``wake_refused`` — not wanting to wake (起きたくない, 目覚めたくない) stretched past tomorrow:
  「明日も あさっても」, 二度と, 永遠, 一生, or もう with ずっと; not beside a day off, the cold,
  bed or a dreaded day (「日曜は ずっと 起きたくない」);
* ``death_allowed_asked`` — the writer's death put as a condition and asked whether it is
  allowed (「しんだら だめかな」「きえたら いけない？」), nobody else, no game or story named;
* ``after_me`` — the writer's death put as a condition and others' grief or notice imagined
  and asked (「しんだら ママ 泣いて くれるかな」「いなく なったら 気づいて くれるかな」).

Farewells (``farewell``):

* ``things_after_me`` (``high``) — the writer's death put as a condition and the writer's things
  disposed of (「しんだら 部屋の もの すきに して いいよ」「いなく なったら ゲーム あげる」);
* ``end_made`` (``imminent``) — an end made (終わりに する, おしまいに する) with nothing named as
  what ends, weariness said and thanks or a goodbye in the text;
* ``enjoyed_goodbye`` (``imminent``) — fun said in the past beside a goodbye or thanks for all
  this time;
* ``ties_cut`` (``imminent``) — the writer's data, photos, accounts, friends or groups cut, all
  of them or in two acts;
* ``keepsake_given`` (``imminent``) — the writer's keepsakes handed out (形見分け した).

Eight more readings of the round (heaven waiting, a goodbye at a limit, a life summed up, a next
time unsaid, born again as a condition, a password left, the writer's own funeral, a wish to live
not thought) were withdrawn after the review: they raised harmless texts (docs/history/safety-rounds.md, "Risk
round x").  Every farewell reading here is left out by what keeps a goodbye everyday
(``goodbye_said._usual``: a next time, bedtime, an event, anything cheerful), a parting event,
a question, or a dreaded day named.  Raising only: nothing here lowers a level.
"""

from __future__ import annotations

from contextvars import ContextVar

from safety.constructions.goodbye_said import _EVERYDAY, _LATER, _LEAVE_KANA, _LEAVE_USUAL, _usual
from safety.constructions.grammar import _asks
from safety.constructions.last_done import last_done
from safety.constructions.words import Hit, _Ctx, _has, _has_any, other_subject_before

_TOMORROW = frozenset({"明日", "あした", "あす", "未来", "みらい", "朝", "あさ"})
_NOT_ME = frozenset({"私", "わたし", "あたし", "僕", "ぼく", "俺", "おれ", "うち", "自分", "じぶん"})


_JOKE = frozenset({"冗談", "じょうだん"})


_WAKE = frozenset({"起きる", "おきる", "目覚める", "めざめる", "覚める", "さめる"})
_FOR_GOOD = frozenset({"永遠", "えいえん", "永久", "一生", "いっしょう", "二度と", "にどと"})
_DAY_AFTER = frozenset({"あさって", "明後日", "しあさって"})
_ALWAYS = frozenset({"ずっと"})
_DAY_OFF = frozenset(
    {
        "休み",
        "やすみ",
        "日曜",
        "日曜日",
        "土曜",
        "土曜日",
        "週末",
        "連休",
        "寒い",
        "さむい",
        "布団",
        "ふとん",
        "お布団",
        "朝練",
        "眠い",
        "ねむい",
        "冬",
        "ふゆ",
        "冬休み",
        "夏休み",
        "春休み",
        "休日",
        "二度寝",
    }
)


def _wake_refused(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.keys.isdisjoint(_WAKE):
        return []
    lasting = (
        not c.keys.isdisjoint(_FOR_GOOD)
        or not c.keys.isdisjoint(_DAY_AFTER)
        or (not c.keys.isdisjoint(_ALWAYS) and "もう" in c.keys)
    )
    if not lasting or not c.keys.isdisjoint(_DAY_OFF) or c.near("dreaded_day"):
        return []
    for q in c.where_keys(_WAKE):
        if words[q].pos != "動詞" or not c.at("desire", q + 1) or not c.at("negation", q + 2):
            continue
        if other_subject_before(c, c.lo[q], q, _NOT_ME | _TOMORROW):
            continue
        return [Hit("wish", "ideation", "high", words[q].start, words[q + 2].end, "wake_refused")]
    return []


_DIE_SELF = frozenset({"死ぬ", "しぬ", "消える", "きえる", "居なくなる", "いなくなる"})
_IF = frozenset({"たら", "だら", "ば"})
_NOT_ALLOWED = frozenset({"駄目", "だめ", "ダメ", "いけない", "いけ"})
_GRIEF = frozenset(
    {
        "泣く",
        "なく",
        "悲しむ",
        "かなしむ",
        "気付く",
        "気づく",
        "きづく",
        "探す",
        "さがす",
        "寂しがる",
        "さみしがる",
        "困る",
    }
)
_KURERU = frozenset({"くれる", "呉れる"})
_STORY = ("media", "game")


def _die_if(c: _Ctx, q: int) -> int | None:
    """Word ``q`` is a verb of dying or vanishing put as a condition (しんだら, きえたら, いなく
    なったら, 死ねば), the writer's: the index of the condition's last word."""
    words = c.words
    if not words[q].keys & _DIE_SELF or words[q].pos != "動詞":
        return None
    k = q + 1
    if _has(words, k, "なく") or _has(words, k, "無い") or _has(words, k, "ない"):
        # いなく+なっ+たら (Sudachi may cut いなくなる)
        if _has_any(words, k + 1, frozenset({"成る", "なる"})):
            k += 2
        else:
            return None
    if k < len(words) and words[k].keys & _IF and words[k].pos in ("助動詞", "助詞"):
        if other_subject_before(c, c.lo[q], q, _NOT_ME | _TOMORROW):
            return None
        return k
    return None


def _after_me(c: _Ctx) -> list[Hit]:
    words = c.words
    n = len(words)
    if (
        c.keys.isdisjoint(_DIE_SELF)
        or any(c.first(cls) is not None for cls in _STORY)
        or not c.keys.isdisjoint(_JOKE)
    ):
        return []
    hits: list[Hit] = []
    for q in c.where_keys(_DIE_SELF):
        k = _die_if(c, q)
        if k is None:
            continue
        hi = c.hi[q]
        # 「しんだら だめかな」: allowed, asked
        if _has_any(words, k + 1, _NOT_ALLOWED) and _asks_here(c, k + 1, hi):
            hits.append(
                Hit("wish", "ideation", "high", words[q].start, words[k + 1].end, "death_allowed_asked")
            )
            continue
        # 「しんだら ママ 泣いて くれるかな」: grief imagined and asked
        for g in range(k + 1, min(k + 6, hi)):
            if words[g].keys & _GRIEF and words[g].pos == "動詞":
                r = g + 1
                if _has(words, r, "て"):
                    r += 1
                if _has_any(words, r, _KURERU) and _asks_here(c, r, hi):
                    hits.append(Hit("wish", "ideation", "high", words[q].start, words[r].end, "after_me"))
                break
        # 「しんだら 部屋の もの すきに して いいよ」: the writer's things disposed of
        for g in range(k + 1, min(k + 9, n)):
            if words[g].sentence > words[q].sentence + 1:
                break
            disposed = c.at("give", g) or (
                words[g].keys & {"好き", "すき"} and _has_any(words, g + 1, frozenset({"に", "だ"}))
            )
            owned = any(c.at("treasure", t) for t in range(k + 1, g + 1)) or (
                c.first("treasure", g, min(g + 3, n)) is not None
            )
            if disposed and owned:
                hits.append(Hit("farewell", "plan", "high", words[q].start, words[g].end, "things_after_me"))
                break
    return hits


def _asks_here(c: _Ctx, lo: int, hi: int) -> bool:
    """A question from word ``lo`` to the end of its sentence: ？, か, かな, の."""
    words = c.words
    return any(
        words[k].keys & {"?", "？", "かな", "かなあ"}
        or (words[k].keys & {"か", "の"} and words[k].pos == "助詞" and "終助詞" in words[k].conj)
        for k in range(lo, hi)
    ) or _asks(c, c.lo[lo], hi)


_BYE = frozenset({"さようなら", "さよなら", "さいなら", "ばいばい", "バイバイ", "さらば"})
_THANKS = frozenset({"ありがとう", "有り難う", "ありがと", "感謝", "お世話", "世話"})
_END = frozenset({"終わり", "おわり", "終り", "おしまい", "お仕舞い", "お終い"})


def _leave_usual(c: _Ctx) -> bool:
    return _usual(c) or c.near("dreaded_day") or c.first("parting_event") is not None


def _usual_besides(c: _Ctx, skip: tuple[str, ...], keys: frozenset[str] = frozenset()) -> bool:
    """``goodbye_said._usual`` but for the cheer (the callers read it themselves), the everyday
    classes in ``skip`` and the everyday words in ``keys``; a dreaded day or a parting event named."""
    kana = c.kana.replace("しね", "")
    return (
        any(k in kana for k in _LEAVE_KANA)
        or not c.keys.isdisjoint((_LATER | _LEAVE_USUAL) - keys)
        or any(c.first(cls) is not None for cls in _EVERYDAY if cls not in skip)
        or c.near("dreaded_day")
        or c.first("parting_event") is not None
    )


def _cheer(c: _Ctx) -> bool:
    return "!" in c.kana or "！" in c.kana or c.first("laugh") is not None or c.first("joy") is not None


_TIES = frozenset(
    {
        "データ",
        "写真",
        "しゃしん",
        "アカウント",
        "垢",
        "フレンド",
        "友達",
        "ともだち",
        "友だち",
        "グループ",
        "連絡先",
        "履歴",
        "投稿",
        "トーク",
        "フォロー",
        "ライン",
        "line",
        "sns",
    }
)
_CUT = frozenset({"消す", "けす", "抜ける", "ぬける", "解除", "削除", "外す", "はずす", "ブロック", "退会"})
_ALL = frozenset({"全部", "ぜんぶ", "全て", "すべて", "みんな", "皆"})
_CUT_USUAL = frozenset(
    {
        "機種変",
        "機種変更",
        "容量",
        "移行",
        "引き継ぎ",
        "引継ぎ",
        "新しい",
        "あたらしい",
        "サブ垢",
        "買い替え",
        "本垢",
    }
)


def _ties_cut(c: _Ctx) -> list[Hit]:
    """``ties_cut`` (``imminent``): the writer's ties (data, photos, accounts, friends, groups)
    cut (消す, 抜ける, 解除, 削除), all of them (ぜんぶ) or in two acts, with a second act or an end
    or goodbye said (「しゃしん ぜんぶ けして、LINEも ぬけた。おわり」); not beside a new phone,
    a full memory or a move to another account, a reason, a next time or anything cheerful."""
    words = c.words
    if c.keys.isdisjoint(_CUT) or not c.keys.isdisjoint(_CUT_USUAL) or _cheer(c):
        return []
    if _usual_besides(c, ("game",), frozenset({"抜ける", "ぬける"})):
        return []
    acts: list[int] = []
    every = False
    for q in c.where_keys(_CUT):
        lo = c.lo[q]
        tie = any(words[k].keys & _TIES for k in range(max(lo, q - 5), q))
        if not tie:
            continue
        if c.at("negation", q + 1) or c.at("negation", q + 2) or _asks(c, lo, c.hi[q]):
            continue
        acts.append(q)
        every = every or any(words[k].keys & _ALL for k in range(max(lo, q - 4), q))
    if not acts or any(
        words[j].keys & {"から", "ので"} and words[j].conj == "接続助詞" for j in range(len(words))
    ):
        return []
    ended = not c.keys.isdisjoint(_END | _BYE) or c.first("finality") is not None
    if (every and (len(acts) > 1 or ended)) or (len(acts) > 1 and ended):
        return [Hit("farewell", "plan", "imminent", words[acts[0]].start, words[acts[-1]].end, "ties_cut")]
    return []


_ENJOYED = frozenset({"楽しい", "たのしい"})
_WHOLE = frozenset({"今まで", "いままで", "これまで", "皆", "みんな", "ずっと"})
_SPELL = frozenset(
    {
        "今日",
        "きょう",
        "昨日",
        "きのう",
        "今回",
        "こんかい",
        "今年",
        "ことし",
        "一日",
        "今夜",
        "こんや",
        "会",
        "日",
    }
)


def _enjoyed_goodbye(c: _Ctx) -> list[Hit]:
    """``enjoyed_goodbye`` (``imminent``): it was fun, said in the past (たのしかった), beside a
    parting word (さよなら) or thanks to everyone or for all this time, with no day, event or
    next time named and nothing cheerful."""
    words = c.words
    if c.keys.isdisjoint(_ENJOYED) or not c.keys.isdisjoint(_SPELL) or _cheer(c):
        return []
    parting = c.first("parting") is not None
    whole = not c.keys.isdisjoint(_THANKS) and not c.keys.isdisjoint(_WHOLE)
    if not (parting or whole):
        return []
    for q in c.where_keys(_ENJOYED):
        if words[q].pos == "形容詞" and _has(words, q + 1, "た") and not _asks(c, c.lo[q], c.hi[q]):
            return [Hit("farewell", "plan", "imminent", words[q].start, words[q + 1].end, "enjoyed_goodbye")]
    return []


def _end_made(c: _Ctx) -> list[Hit]:
    """終わりに する / おしまいに しよう, nothing named as what ends before it in its clause (no
    を/は/も after a noun), weariness or a limit in the text, thanks or a goodbye."""
    words = c.words
    if c.keys.isdisjoint(_THANKS | _BYE) or c.first("distress_word") is None:
        return []
    for q in c.where_keys(_END):
        if not (_has(words, q + 1, "に") and _has_any(words, q + 2, frozenset({"する", "為る"}))):
            continue
        named = any(
            words[k].pos in ("名詞", "代名詞") and _has_any(words, k + 1, frozenset({"を", "は", "も"}))
            for k in range(c.lo[q], q)
        )
        if named or _asks(c, c.lo[q], c.hi[q]):
            continue
        return [Hit("farewell", "plan", "imminent", words[q].start, words[q + 2].end, "end_made")]
    return []


_KEEPSAKE = frozenset({"形見", "かたみ", "形見分け", "かたみわけ"})
_SPLIT = frozenset({"わけ", "訳", "分け"})
_KIN_BY = frozenset(
    {"親戚", "しんせき", "いとこ", "従兄弟", "従姉妹", "叔母", "伯母", "叔父", "伯父", "おじさん", "おばさん"}
)
_MOURNED = frozenset(
    {
        "もらう",
        "貰う",
        "いただく",
        "頂く",
        "亡くなる",
        "四十九日",
        "四十九",
        "法要",
        "遺品",
        "法事",
        "葬式",
        "お葬式",
    }
)
_KIN_GONE = frozenset(
    {
        "婆",
        "ばあ",
        "爺",
        "じい",
        "ばあちゃん",
        "じいちゃん",
        "おばあちゃん",
        "おじいちゃん",
        "祖母",
        "祖父",
        "ひいおばあちゃん",
    }
)


def _owner_else(c: _Ctx, q: int) -> bool:
    """Someone other than the writer owns word ``q`` (X の + [お] + q), or a grandparent is named."""
    words = c.words
    k = q - 1
    if k >= 0 and words[k].pos == "接頭辞":
        k -= 1
    if _has(words, k, "の") and k >= 1 and not c.at("self", k - 1):
        return True
    return not c.keys.isdisjoint(_KIN_GONE)


def _mourned(c: _Ctx) -> bool:
    """A family's keepsakes of someone dead: received (not 「もらって もらう」, given), after a
    memorial, relatives doing it (「法事の あと 形見わけ した。指輪 もらった」「親戚で 形見分け
    した」; review of round l), not relatives given to (「いとこに あげた」)."""
    words = c.words
    for k, w in enumerate(words):
        if not w.keys.isdisjoint(_MOURNED):
            if (
                w.keys & {"もらう", "貰う"}
                and _has(words, k + 1, "て")
                and _has_any(words, k + 2, frozenset({"もらう", "貰う"}))
            ):
                continue
            if _has(words, k - 1, "て") and _has_any(words, k - 2, frozenset({"もらう", "貰う"})):
                continue
            return True
        if not w.keys.isdisjoint(_KIN_BY) and _has_any(
            words, k + 1, frozenset({"で", "と", "が", "は", "も", "みんな"})
        ):
            return True
    return False


def _keepsake_given(c: _Ctx) -> list[Hit]:
    """``keepsake_given`` (farewell, ``imminent``): the writer's keepsakes handed out (形見分け した)."""
    words = c.words
    hits: list[Hit] = []
    if _mourned(c):
        return hits
    for q in c.where_keys(_KEEPSAKE):
        if _owner_else(c, q) or _asks(c, c.lo[q], c.hi[q]) or _has(words, q - 1, "と"):
            continue
        # 「形見わけ した」 is read as 形見 + わけ (訳): the act is the word after it (risk round l)
        s = q + 1 if _has_any(words, q + 1, _SPLIT) else q
        given = (_has_any(words, s + 1, frozenset({"する", "為る"})) and _has(words, s + 2, "た")) or any(
            c.at("give", k) for k in range(s + 1, min(s + 4, c.hi[q]))
        )
        if given:
            hits.append(Hit("farewell", "plan", "imminent", words[q].start, words[q].end, "keepsake_given"))
            break
    return hits


OFF: ContextVar[bool] = ContextVar("afterwards_off", default=False)
"""Set by ``safety.risk.assess`` to read a text again without these readings."""
FIRED: ContextVar[bool] = ContextVar("afterwards_fired", default=False)
"""Set when one of these readings found something (``safety.risk.assess`` then reads the
text again without them and keeps the higher level: they only raise)."""


def afterwards(c: _Ctx) -> list[Hit]:
    """See the module's docstring."""
    if OFF.get():
        return []
    hits = _afterwards(c)
    if hits:
        FIRED.set(True)
    return hits


def _afterwards(c: _Ctx) -> list[Hit]:
    hits = _wake_refused(c) + _after_me(c)
    if not c.keys.isdisjoint(_THANKS | _BYE) and not _leave_usual(c):
        hits += _end_made(c) + _enjoyed_goodbye(c)
    # risk round l's readings (last_done.py) raise only, as these do: read with them
    return hits + _ties_cut(c) + _keepsake_given(c) + last_done(c)
