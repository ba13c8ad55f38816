"""Wishes to die and burdens said around the word (round 2026-12-04 (m)): the wish is in the
shape of the sentence, not in a verb of dying. Each rule is ``ideation`` at ``high`` under the
construction ``wish`` (or ``burden``) with its own note; a laugh does not take a wish back
(「明日 めざめなかったら いいな笑」), a question asked of someone else does.

* ``afterlife``: going to heaven, or "over there" where a dead grandparent is, wished or
  relieved (「天国 いけたら いいな」「おばあちゃんの いる おそらに いきたい」);
* ``life_not_that``: a wish corrected to be about life, not the thing it seemed
  (「引退したい。部活じゃなくて 人生のほう」「らくに なりたい。テストとかじゃなくて いきてる
  ことから」);
* ``stopped``: the heart or breath stopping, wished (「ねてる あいだに とまっちゃえば いいのに、
  心ぞう」);
* ``no_tomorrow``: tomorrow not coming, said as a relief or a permission (「明日 こなくても
  いいかな」「あしたが くるのが こわい。もう こなくて いい」); not before a test or a trip;
* ``not_waking``: eyes not opening again, wished (「目さめんで いいわ」「明日 目覚めなかったら
  いいな」), not the morning alarm;
* ``need_not_exist`` (burden): the writer not needing to exist or to be there
  (「あたしなんか 存在 しなくて いいのに」「わたし いる いみ ない」), or the class, the family or
  the world going on as well without the writer (「おれ いなくても クラス 回る」).
"""

from __future__ import annotations

import re

from safety.constructions.times import TOMORROW
from safety.constructions.words import Hit, _as_dreaded, _Ctx, _dreaded_day, _has

_HEAVEN = frozenset({"天国", "てんごく", "あの世", "あのよ", "空", "そら", "お空", "おそら", "空の上"})
_GO = frozenset({"行く", "いく", "いける", "行ける", "逝く", "逝ける"})
_OVER_THERE = frozenset({"そっち", "あっち", "向こう", "むこう"})
_ELDER = ("おばあちゃん", "おじいちゃん", "ばあちゃん", "じいちゃん", "ばあば", "じいじ", "そふ", "そぼ")
_DEAD = ("死ん", "しん", "亡くな", "なくな", "天国", "てんごく", "お墓", "おはか", "おそら")
_GOOD = frozenset({"良い", "いい", "よい", "ええ", "楽", "らく"})
_WANT = frozenset({"たい"})
_NOT = frozenset({"じゃ", "では", "ではなく", "じゃなく"})
_LIFE = frozenset({"人生", "じんせい", "生きる", "いきる", "命", "いのち", "この世", "存在"})
_WISH_WORDS = frozenset({"たい", "引退", "退場", "卒業", "終了", "リセット", "ログアウト", "楽", "らく"})
_ORGAN = frozenset({"心臓", "しんぞう", "心ぞう", "息", "いき", "呼吸"})
_STOP = frozenset({"止まる", "とまる"})
_TOMORROW = TOMORROW | frozenset({"朝", "あさ", "未来", "来年"})
_COME = frozenset({"来る", "くる", "こ"})
_EYE = frozenset({"目", "め"})
_WAKE = frozenset({"覚める", "さめる", "目覚める", "めざめる", "目さ", "目す", "目する", "覚ます", "さます"})
_SELF_NEEDED = frozenset({"存在", "そんざい"})
_MEANING = frozenset({"意味", "いみ", "価値", "かち", "必要", "ひつよう"})
_GOES_ON = frozenset({"回る", "まわる", "変わる", "かわる", "困る", "こまる", "平気", "へいき", "大丈夫"})
_GROUP = frozenset(
    {"クラス", "くらす", "家", "いえ", "うち", "家族", "世界", "せかい", "部活", "チーム", "みんな", "皆"}
)
_AWAY_TODAY = frozenset(
    {"休む", "やすむ", "欠席", "今日", "きょう", "明日", "あした", "遅刻", "風邪", "かぜ", "早退", "旅行"}
)
"""A day away, not a life: 「おれ いなくても 部活 まわるし、休むわ」."""
_OUTING = frozenset(
    {
        "テスト",
        "てすと",
        "試験",
        "発表",
        "遠足",
        "旅行",
        "試合",
        "大会",
        "学校",
        "部活",
        "宿題",
        "塾",
        "月曜",
        "検査",
    }
)


def _asked_of_someone(c: _Ctx, lo: int, hi: int) -> bool:
    return any("?" in w.keys for w in c.words[lo:hi])


def _relief_or_permission(c: _Ctx, q: int, hi: int) -> int | None:
    """A relief or permission from ``q`` on (「たら いい」「ば いい」「ても いい」「て いい」「で
    いい」): the index of いい, or None."""
    words = c.words
    for k in range(q, min(q + 4, hi)):
        if words[k].keys & _GOOD:
            return k
        if not (words[k].pos in ("助詞", "助動詞") or words[k].keys & {"ちゃう", "しまう"}):
            return None
    return None


def _wish(c: _Ctx, a: int, b: int, note: str, construction: str = "wish") -> list[Hit]:
    return [Hit(construction, "ideation", "high", c.words[a].start, c.words[b].end, note)]


def _afterlife(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in range(len(words)):
        keys = words[i].keys
        heaven = bool(keys & _HEAVEN)
        if keys & {"空", "そら", "お空", "おそら"} and not any(e in c.kana for e in _ELDER):
            heaven = False  # the sky alone is the sky
        there = (
            bool(keys & _OVER_THERE) and any(e in c.kana for e in _ELDER) and any(d in c.kana for d in _DEAD)
        )
        if not (heaven or there):
            continue
        lo, hi = c.sentence(i)
        if _asked_of_someone(c, lo, hi):
            continue
        for q in range(i + 1, min(i + 4, hi)):
            if words[q].keys & _GO:
                if q + 1 < hi and words[q + 1].keys & _WANT:
                    return _wish(c, i, q + 1, "afterlife")
                good = _relief_or_permission(c, q + 1, hi)
                if good is not None:
                    return _wish(c, i, good, "afterlife")
                break
    return []


def _life_not_that(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.keys.isdisjoint(_WISH_WORDS):
        return []
    for i in range(len(words)):
        if not (words[i].keys & _NOT or (_has(words, i, "だ") and "じゃ" in words[i].keys)):
            continue
        if not (
            i + 2 < len(words) and words[i + 1].keys & {"ない", "無い", "なく"} and _has(words, i + 2, "て")
        ):
            continue
        life = next((k for k in range(i + 3, min(i + 6, len(words))) if words[k].keys & _LIFE), None)
        if life is None:
            continue
        lo = c.lo[i]
        before = c.lo[lo - 1] if lo > 0 else lo
        if any(w.keys & _WISH_WORDS for w in words[before : c.hi[life]]):
            return _wish(c, i, life, "life_not_that")
    return []


# breathing itself given up, read in kana (the analyser takes kana いき for 行き):
# 「いきするの もう やめたい」「こきゅう するの やめられたら」 (round b of 2026-12-05)
_BREATH_QUIT = re.compile(
    r"(?:いき|こきゅう)(?:を)?(?:する|すん|すること)(?:の|のを|のは)?(?:もう)?(?:やめ|おわり)"
    r"(?:たい|たら|ちゃい|られたら|てもいい)"
)


def _hoped(c: _Ctx, q: int, hi: int) -> int | None:
    """A relief or permission from ``q`` on, or a hope asked of nobody (「〜ないかな」): the
    index of its last word, or None; 〜てくれる between is skipped (「とまって くれたら いいのに」,
    「とまって くれないかな」, round b of 2026-12-05)."""
    words = c.words
    k = q
    while k < min(q + 3, hi) and (words[k].keys & {"て", "で", "くれる", "呉れる"}):
        k += 1
    good = _relief_or_permission(c, k, hi)
    if good is not None:
        return good
    if (
        c.at("negation", k)
        and _has(words, k + 1, "か")
        and k + 2 < len(words)
        and words[k + 2].keys & {"な", "なあ", "なー"}
    ):
        return k + 2
    return None


def _stopped(c: _Ctx) -> list[Hit]:
    words = c.words
    breath = words and ("いき" in c.kana or "こきゅう" in c.kana)
    if breath and _BREATH_QUIT.search(c.kana.replace(" ", "")) and c.first("laugh") is None:
        return _wish(c, 0, len(words) - 1, "stopped")
    if not c.keys & _ORGAN:
        return []
    for i in range(len(words)):
        # kana 「心臓 とまって」 is read as と + 待つ: after the organ it is stopping
        cut = (
            words[i].keys & {"待つ", "まつ"}
            and _has(words, i - 1, "と")
            and i >= 2
            and words[i - 2].keys & _ORGAN
        )
        if not (words[i].keys & _STOP or cut):
            continue
        lo, hi = c.sentence(i)
        good = _hoped(c, i + 1, hi)
        if good is None or _asked_of_someone(c, lo, hi):
            continue
        organ = next(
            (q for q in range(max(0, lo - 6), min(len(words), hi + 6)) if words[q].keys & _ORGAN), None
        )
        if organ is not None:
            # the span starts at the organ said before the verb: 「息が とまって」 names no one else
            return _wish(c, min(organ, i), good, "stopped")
    return []


def _tomorrow_comes(c: _Ctx, i: int, lo: int) -> bool:
    """Is tomorrow the one that comes at ``i``: 明日 + が/は/なんて/も/って just before, or said so
    in the sentence before (「あしたが くるのが こわい。もう こなくて いい」)?"""
    words = c.words
    before = c.lo[lo - 1] if lo > 0 else lo
    for k in range(before, i):
        if k + 1 == i and words[k].keys & _TOMORROW:
            return True  # 「明日 こなくても いい」
        if words[k].keys & _TOMORROW and any(
            words[m].keys & {"が", "は", "なんて", "も", "って"} for m in range(k + 1, min(k + 3, len(words)))
        ):
            following = next((m for m in range(k + 1, min(k + 5, len(words))) if words[m].keys & _COME), None)
            if following is not None:
                return True
    return False


def _no_tomorrow(c: _Ctx) -> list[Hit]:
    """The coming of tomorrow denied, then permitted or a relief (「明日 こなくても いいかな」); the
    reading from the day named is hidden.py's ``_tomorrow_not_coming``."""
    words = c.words
    if c.first("joy") is not None:
        return []
    for i in range(len(words)):
        if not (
            words[i].keys & _COME and i + 1 < len(words) and words[i + 1].keys & {"ない", "無い", "なく"}
        ):
            continue
        lo, hi = c.sentence(i)
        before = c.lo[lo - 1] if lo > 0 else lo
        if not _tomorrow_comes(c, i, lo) or any(w.keys & _OUTING for w in words[before:hi]):
            continue
        if _asked_of_someone(c, lo, hi) or any(w.keys & {"よ", "ね", "って"} for w in words[i + 2 : hi]):
            continue  # said to someone (「こなくて いいよ」) or reported
        good = _relief_or_permission(c, i + 2, hi)
        if good is None and _has(words, i + 2, "ば"):
            good = _relief_or_permission(c, i + 3, hi)
        if good is not None:
            # 「あしたが こなければ いいのに、テストだもん」: the test wished away, distress
            hits = _wish(c, i, good, "no_tomorrow")
            return _as_dreaded(hits) if _dreaded_day(c) else hits
    return []


def _not_waking(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in range(len(words)):
        keys = words[i].keys
        if not keys & _WAKE:
            continue
        if keys & {"目覚める", "めざめる", "目さ", "目す", "目する"}:
            start = i
        elif i >= 1 and words[i - 1].keys & _EYE:
            start = i - 1
        elif i >= 2 and words[i - 2].keys & _EYE:
            start = i - 2
        else:
            continue
        lo, hi = c.sentence(i)
        if any(w.keys & _OUTING for w in words[lo:hi]) or _asked_of_someone(c, lo, hi):
            continue
        neg = next(
            (
                k
                for k in range(i + 1, min(i + 3, hi))
                if words[k].keys & {"ない", "無い", "ん", "ず", "ぬ", "めん"}
            ),
            None,
        )
        if neg is None:
            continue
        good = _relief_or_permission(c, neg + 1, hi)
        if good is not None:
            return _wish(c, start, good, "not_waking")
    return []


def _need_not_exist(c: _Ctx) -> list[Hit]:
    words = c.words
    if c.first("laugh") is not None or not c.keys.isdisjoint(_AWAY_TODAY):
        return []
    for i in range(len(words)):
        if not c.at("self", i):
            continue
        lo, hi = c.sentence(i)
        if _asked_of_someone(c, lo, hi):
            continue
        for q in range(i + 1, min(i + 4, hi)):
            keys = words[q].keys
            if keys & _SELF_NEEDED:
                # 存在 + し + なくて + いい / 存在 + いらない
                neg = next(
                    (k for k in range(q + 1, min(q + 4, hi)) if words[k].keys & {"ない", "なく"}), None
                )
                if neg is not None and _relief_or_permission(c, neg + 1, hi) is not None:
                    return _wish(c, i, neg, "need_not_exist", "burden")
                break
            if keys & {"居る", "いる", "い"}:
                m = q + 1
                if (
                    m < hi
                    and words[m].keys & _MEANING
                    and m + 1 < hi
                    and words[m + 1].keys & {"ない", "無い", "乃至"}
                ):
                    return _wish(c, i, m + 1, "need_not_exist", "burden")
                if (
                    m + 2 < hi
                    and words[m].keys & {"ない", "なく"}
                    and _has(words, m + 1, "て")
                    and _has(words, m + 2, "も")
                ):
                    goes_on = next(
                        (k for k in range(m + 3, min(m + 7, hi)) if words[k].keys & _GOES_ON), None
                    )
                    group = any(words[k].keys & _GROUP for k in range(m + 3, min(m + 7, hi)))
                    if goes_on is not None and group and not c.at("negation", goes_on + 1):
                        return _wish(c, i, goes_on, "need_not_exist", "burden")
                break
            if not (words[q].pos in ("助詞", "副詞") or keys & {"なんか", "なんて", "って"}):
                break
    return []


def veiled(c: _Ctx) -> list[Hit]:
    keys = c.keys
    hits: list[Hit] = []
    if not keys.isdisjoint(_HEAVEN | _OVER_THERE):
        hits.extend(_afterlife(c))
    hits.extend(_life_not_that(c))
    hits.extend(_stopped(c))
    if not keys.isdisjoint(_COME):
        hits.extend(_no_tomorrow(c))
    if not keys.isdisjoint(_WAKE):
        hits.extend(_not_waking(c))
    if c.first("self") is not None:
        hits.extend(_need_not_exist(c))
    if hits and (c.near("game") or c.near("media")):
        return []  # a character in a game or a story
    return hits
