"""Farewells and hidden wishes read by their grammar (risk round x, ninth round of 2026-12-06).

Hidden wishes (``wish``, ``high``):

* ``life_unwished`` — a wish to live or for tomorrow to come, quoted and then not thought
  (「生きたいと 思えない」「生きて いたいとは 思わない」「長生き したいとか 全然 思わない」
  「あしたが 来て ほしいって 思えない」「生きたいなんて 思った こと ない」), the wish itself
  not negated and nobody else its subject;
* ``wake_refused`` — not wanting to wake (起きたくない, 目覚めたくない) stretched past tomorrow:
  「明日も あさっても」, 二度と, 永遠, 一生, or もう with ずっと; not beside a day off, the cold,
  bed or a dreaded day (「日曜は ずっと 起きたくない」);
* ``death_allowed_asked`` — the writer's death put as a condition and asked whether it is
  allowed (「しんだら だめかな」「きえたら いけない？」), nobody else, no game or story named;
* ``after_me`` — the writer's death put as a condition and others' grief or notice imagined
  and asked (「しんだら ママ 泣いて くれるかな」「いなく なったら 気づいて くれるかな」).

Farewells (``farewell``):

* ``beyond_waits`` (``imminent``) — the writer waiting or meeting in heaven or the other world
  (「天国で まってる」「あの世で また 会おうね」「あっちの 世界で まってる」), not asked of someone
  (「待ってて」) and nobody else its subject;
* ``things_after_me`` (``high``) — the writer's death put as a condition and the writer's things
  disposed of (「しんだら 部屋の もの すきに して いいよ」「いなく なったら ゲーム あげる」);
* ``end_made`` (``imminent``) — an end made (終わりに する, おしまいに する) with nothing named as
  what ends, weariness said and thanks or a goodbye in the text;
* ``limit_goodbye`` (``imminent``) — a goodbye beside a limit reached (「もう 限界。さよなら」)
  or a life gone with everyone met (「会えて よかった」);
* ``life_summed`` (``imminent``) — the writer's life summed up in the past (「いい 人生だった」)
  beside thanks or a goodbye.

Every farewell reading here is left out by what keeps a goodbye everyday
(``goodbye_said._usual``: a next time, bedtime, an event, anything cheerful), a parting event,
a question, or a dreaded day named.  Raising only: nothing here lowers a level.
"""

from __future__ import annotations

from contextvars import ContextVar

from safety.constructions.goodbye_said import _EVERYDAY, _LATER, _LEAVE_KANA, _LEAVE_USUAL, _usual
from safety.constructions.grammar import _asks
from safety.constructions.words import Hit, _Ctx, _has, _has_any

_LIVE = frozenset({"生きる", "いきる", "長生き", "ながいき", "生き続ける", "いきつづける"})
_COME = frozenset({"来る", "くる"})
_TOMORROW = frozenset({"明日", "あした", "あす", "未来", "みらい", "朝", "あさ"})
_WANT = frozenset({"たい", "欲しい", "ほしい"})
_QUOTE = frozenset({"と", "って", "つて", "なんて", "とか", "は", "も", "か"})
_ADVERB_OK = frozenset(
    {"全然", "ぜんぜん", "全く", "まったく", "あんまり", "あまり", "一度", "いちど", "もう", "別に", "べつに"}
)
_THINK = frozenset({"思う", "おもう", "思える", "おもえる", "考える", "かんがえる"})
_SUBJECT = frozenset({"が", "は", "も"})
_NOT_ME = frozenset({"私", "わたし", "あたし", "僕", "ぼく", "俺", "おれ", "うち", "自分", "じぶん"})


def _other_subject(c: _Ctx, lo: int, i: int) -> bool:
    """A noun other than the writer as the subject (が/は/も) before word ``i`` in its sentence
    (a suffix ends one: お+ばあ+ちゃん+は)."""
    words = c.words
    return any(
        words[k].pos in ("名詞", "代名詞", "接尾辞")
        and not c.at("self", k)
        and not words[k].keys & (_NOT_ME | _TOMORROW)
        and _has_any(words, k + 1, _SUBJECT)
        for k in range(lo, i)
    )


_JOKE = frozenset({"冗談", "じょうだん"})


def _told_of(c: _Ctx, end: int) -> bool:
    """After word ``end``: a quote (って, と) then someone's saying or a way of saying it
    (「…って ママが 言ってた」「…って 言えるように」), or a noun the words describe
    (「生きたいと 思えない 主人公」): not the writer's own words now."""
    words = c.words
    n = len(words)
    k = end + 1
    while k < n and words[k].pos in ("補助記号", "記号"):
        k += 1
    if k >= n or words[k].sentence != words[end].sentence:
        return False
    if words[k].pos == "名詞" and not c.at("feeling", k):
        return True
    if words[k].keys & {"って", "と", "つて"} and words[k].pos == "助詞":
        return any(c.at("reported", m) for m in range(k + 1, min(k + 5, n)))
    return False


def _thought_not(c: _Ctx, d: int) -> int | None:
    """After the wish at word ``d``: a quote (と, って, なんて, とか, は, も), an adverb or two, a
    verb of thinking, and its negation (思えない, 思わない; 思った こと ない). The negation's index."""
    words = c.words
    n = len(words)
    k = d + 1
    steps = 0
    while (
        k < n
        and steps < 4
        and ((words[k].pos == "助詞" and words[k].keys & _QUOTE) or words[k].keys & _ADVERB_OK)
    ):
        k += 1
        steps += 1
    if steps == 0 or k >= n or not words[k].keys & _THINK or words[k].sentence != words[d].sentence:
        return None
    m = k + 1
    if c.at("negation", m):
        return m
    # 思った こと(は/が) ない
    if _has(words, m, "た") and _has_any(words, m + 1, frozenset({"こと", "事"})):
        p = m + 2
        while p < n and p < m + 4 and words[p].keys & {"は", "が", "も"}:
            p += 1
        if c.at("negation", p):
            return p
    return None


def _life_unwished(c: _Ctx) -> list[Hit]:
    words = c.words
    n = len(words)
    hits: list[Hit] = []
    starts = list(c.where_keys(_LIVE)) + [q for q in c.where_keys(_COME) if q]
    for q in starts:
        first = q
        if words[q].keys & _COME:
            # あしたが 来て ほしい: tomorrow (or the morning) coming wished; the span starts at
            # tomorrow, which is the subject (no one else)
            t = next((k for k in range(max(c.lo[q], q - 3), q) if words[k].keys & _TOMORROW), None)
            if t is None:
                continue
            first = t
        # the wish within a few words: 生き+たい, 生き+て+い+たい, 長生き+し+たい, 来+て+ほしい
        d = next((k for k in range(q + 1, min(q + 5, n)) if words[k].keys & _WANT), None)
        if d is None or words[d].sentence != words[q].sentence:
            continue
        if any(c.at("negation", k) for k in range(q + 1, d + 2)):
            continue  # 生きたくない: read by the wish construction
        if _other_subject(c, c.lo[q], first):
            continue  # 「ママは 長生き したいとか 思わないって」
        m = _thought_not(c, d)
        if m is not None and not _told_of(c, m):
            hits.append(Hit("wish", "ideation", "high", words[first].start, words[m].end, "life_unwished"))
    return hits


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
        if _other_subject(c, c.lo[q], q):
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
        if _other_subject(c, c.lo[q], q):
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


_BEYOND = frozenset({"天国", "てんごく", "あの世", "あのよ", "来世", "らいせ"})
_THERE = frozenset({"あっち", "彼方", "向こう", "むこう", "あちら"})
_WORLD = frozenset({"世界", "せかい", "世"})
_WAIT = frozenset({"待つ", "まつ"})
_MEET = frozenset({"会う", "あう", "逢う"})
_STAYING = frozenset({"てる", "ている", "いる", "居る"})


def _beyond_waits(c: _Ctx) -> list[Hit]:
    words = c.words
    n = len(words)
    hits: list[Hit] = []
    if c.keys.isdisjoint(_BEYOND | _THERE):
        return []
    for q in range(n):
        keys = words[q].keys
        if keys & _BEYOND:
            last = q
        elif keys & _THERE and _has(words, q + 1, "の") and _has_any(words, q + 2, _WORLD):
            last = q + 2
        else:
            continue
        if not (_has(words, last + 1, "で") or _has(words, last + 1, "に")):
            continue
        v = last + 2
        if _has_any(words, v, frozenset({"また", "又", "ずっと", "先に", "さきに"})):
            v += 1
        if v >= n or words[v].sentence != words[q].sentence or _other_subject(c, c.lo[q], v):
            continue
        end = None
        if words[v].keys & _WAIT and _has_any(words, v + 1, _STAYING):
            # 待って+て+ね (待っててね) is asked of someone; 待っ+てる is the writer's
            if not (_has(words, v + 2, "て") or "連用形" in words[v + 1].conj):
                end = v + 1
        elif words[v].keys & _MEET and "意志推量形" in words[v].conj:
            end = v  # 会おう, 会おうね
        if end is None or _asks(c, c.lo[q], c.hi[q]):
            continue
        tail = end + 1 if _has_any(words, end + 1, frozenset({"ね", "よ", "な"})) else end
        if not _told_of(c, tail):
            hits.append(Hit("farewell", "plan", "imminent", words[q].start, words[end].end, "beyond_waits"))
    return hits


_BYE = frozenset({"さようなら", "さよなら", "さいなら", "ばいばい", "バイバイ", "さらば"})
_THANKS = frozenset({"ありがとう", "有り難う", "ありがと", "感謝", "お世話", "世話"})
_END = frozenset({"終わり", "おわり", "終り", "おしまい", "お仕舞い", "お終い"})
_LIMIT = frozenset({"限界", "げんかい", "無理", "むり"})
_MET = frozenset({"会える", "あえる", "出会える", "であえる"})
_LIFE = frozenset({"人生", "じんせい", "一生", "生涯"})
_PAST_COPULA = frozenset({"だった", "でした"})


def _leave_usual(c: _Ctx) -> bool:
    return _usual(c) or c.near("dreaded_day") or c.first("parting_event") is not None


def _everyday_but_met(c: _Ctx) -> bool:
    """``_leave_usual`` with 会える (everyone met, said in the past) not read as joy."""
    if not _leave_usual(c):
        return False
    joy = c.where("joy")
    if not joy or not all(c.words[k].keys & _MET for k in joy):
        return True
    if "!" in c.kana or "！" in c.kana or c.first("laugh") is not None:
        return True
    return _usual_besides_joy(c)


def _usual_besides_joy(c: _Ctx) -> bool:
    return _usual_besides(c, ("joy",))


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


_ACCESS = frozenset(
    {"パスワード", "ぱすわーど", "パスコード", "ぱすこーど", "パス", "暗証番号", "ロック", "ろっく"}
)
_HAND = frozenset(
    {
        "送る",
        "おくる",
        "教える",
        "おしえる",
        "書く",
        "かく",
        "置く",
        "おく",
        "外す",
        "はずす",
        "渡す",
        "わたす",
        "メモ",
        "dm",
    }
)
_LEFT_TO = frozenset({"よろしく", "宜しく", "頼む", "たのむ"})


def _access_left(c: _Ctx) -> list[Hit]:
    """``access_left`` (``imminent``): a password or a lock handed over or left (送った, 書いとく,
    はずしといた) with the rest left to someone (「あとは よろしく」) or a word of finality."""
    words = c.words
    if c.keys.isdisjoint(_ACCESS) or _cheer(c) or _usual_besides(c, ("game",)):
        return []
    rest = any(
        words[k].keys & {"後", "あと"} and _has(words, k + 1, "は") and _has_any(words, k + 2, _LEFT_TO)
        for k in range(len(words))
    )
    if not rest and c.first("finality") is None:
        return []
    for q in c.where_keys(_ACCESS):
        for v in range(q + 1, min(q + 6, c.hi[q])):
            if words[v].keys & _HAND or (v == q + 1 and words[v].conj == "数詞"):
                return [Hit("farewell", "plan", "imminent", words[q].start, words[v].end, "access_left")]
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


def _limit_goodbye(c: _Ctx) -> list[Hit]:
    """A goodbye (さよなら, ばいばい) beside a limit reached (もう 限界, もう 無理) or everyone
    met told in the past (会えて よかった)."""
    words = c.words
    if c.keys.isdisjoint(_BYE) or any(m in c.kana for m in ("w", "ｗ", "笑")):
        return []
    for q in range(len(words)):
        keys = words[q].keys
        limit = keys & _LIMIT and _has(words, q - 1, "もう")
        met = (
            keys & _MET
            and _has(words, q + 1, "て")
            and _has_any(words, q + 2, frozenset({"良い", "よい", "いい"}))
        )
        if limit or met:
            bye = next(k for k in range(len(words)) if words[k].keys & _BYE)
            lo, hi = min(q, bye), max(q, bye)
            return [Hit("farewell", "plan", "imminent", words[lo].start, words[hi].end, "limit_goodbye")]
    return []


def _life_summed(c: _Ctx) -> list[Hit]:
    """人生 + だった/でした (the writer's life summed up in the past) with thanks or a goodbye."""
    words = c.words
    if c.keys.isdisjoint(_THANKS | _BYE):
        return []
    for q in c.where_keys(_LIFE):
        if words[q].pos != "名詞" or _other_subject(c, c.lo[q], q):
            continue
        past = (_has(words, q + 1, "だ") or _has(words, q + 1, "です")) and _has(words, q + 2, "た")
        if past and not _asks(c, c.lo[q], c.hi[q]) and not _told_of(c, q + 2):
            return [Hit("farewell", "plan", "imminent", words[q].start, words[q + 2].end, "life_summed")]
    return []


_AGAIN = frozenset({"また", "又"})
_NEXT_WORDS = frozenset({"ね", "明日", "あした", "今度", "こんど", "来週", "らいしゅう"})
_SAYING = frozenset({"言う", "いう", "言える", "いえる"})


def _next_time_unsaid(c: _Ctx) -> list[Hit]:
    """``next_time_unsaid`` (``imminent``): また(ね/あした) said not to be said (「またねは
    いわない」「また あしたって 言えない」) beside a goodbye."""
    words = c.words
    if c.keys.isdisjoint(_BYE):
        return []
    for q in c.where_keys(_AGAIN):
        k = q + 1
        if _has_any(words, k, _NEXT_WORDS):
            k += 1
        while (
            k < min(q + 5, len(words))
            and words[k].pos == "助詞"
            and words[k].keys & {"は", "も", "って", "と"}
        ):
            k += 1
        if k == q + 1 or not _has_any(words, k, _SAYING) or not c.at("negation", k + 1):
            continue
        if words[k].sentence == words[q].sentence and not _asks(c, c.lo[q], c.hi[q]):
            return [Hit("farewell", "plan", "imminent", words[q].start, words[k + 1].end, "next_time_unsaid")]
    return []


_BORN = frozenset({"生まれる", "うまれる", "産まれる", "生まれ変わる", "うまれかわる"})
_WHEN = frozenset({"たら", "だら", "ば", "時", "とき"})


def _reborn_if(c: _Ctx) -> list[Hit]:
    """``reborn_if`` (``imminent``): being born again put as a condition (「また うまれたら
    あそぼう」「つぎ 生まれたら」) beside a goodbye."""
    words = c.words
    if c.keys.isdisjoint(_BYE):
        return []
    for q in c.where_keys(_BORN):
        again = q and words[q - 1].keys & (_AGAIN | {"次", "つぎ", "今度", "こんど"})
        k = q + 1
        if _has(words, k, "た") or _has(words, k, "る"):
            k += 1
        if again and (_has_any(words, q + 1, _WHEN) or _has_any(words, k, _WHEN)):
            return [Hit("farewell", "plan", "imminent", words[q - 1].start, words[q].end, "reborn_if")]
    return []


_FUNERAL = frozenset({"葬式", "そうしき", "葬儀", "告別式"})
_KEEPSAKE = frozenset({"形見", "かたみ", "形見分け", "かたみわけ"})
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


def _own_end_planned(c: _Ctx) -> list[Hit]:
    """``own_funeral`` (wish, ``high``): the writer's own funeral wished for (「お葬式で 流して
    ほしい 曲」) or its mourners asked after (「お葬式には だれが 来て くれるかな」);
    ``keepsake_given`` (farewell, ``imminent``): the writer's keepsakes handed out (形見分け した)."""
    words = c.words
    hits: list[Hit] = []
    for q in c.where_keys(_FUNERAL):
        if _owner_else(c, q):
            continue
        lo, hi = c.lo[q], c.hi[q]
        wish = any(words[k].keys & {"欲しい", "ほしい"} for k in range(q + 1, min(q + 6, hi)))
        asked = any(words[k].keys & _KURERU for k in range(q + 1, hi)) and _asks_here(c, q, hi)
        if (wish or asked) and lo <= q:
            hits.append(
                Hit("wish", "ideation", "high", words[q].start, words[min(q + 1, hi - 1)].end, "own_funeral")
            )
            break
    for q in c.where_keys(_KEEPSAKE):
        if _owner_else(c, q) or _asks(c, c.lo[q], c.hi[q]):
            continue
        given = (_has_any(words, q + 1, frozenset({"する", "為る"})) and _has(words, q + 2, "た")) or any(
            c.at("give", k) for k in range(q + 1, min(q + 4, c.hi[q]))
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
    hits = _life_unwished(c) + _wake_refused(c) + _after_me(c) + _beyond_waits(c)
    if not c.keys.isdisjoint(_THANKS | _BYE):
        if not _leave_usual(c):
            hits += _end_made(c) + _life_summed(c)
        if not _everyday_but_met(c):
            hits += _limit_goodbye(c)
        if not _leave_usual(c):
            hits += _enjoyed_goodbye(c)
        hits += _next_time_unsaid(c) + _reborn_if(c)
    return hits + _ties_cut(c) + _access_left(c) + _own_end_planned(c)
