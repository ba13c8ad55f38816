"""Heavy distress said in a few words to a robot that asks how one is (round o of 2026-12-05),
construction ``distress``, never more than ``concern``. Each shape is told by its grammar:

* ``not_fine`` — being fine denied of the writer (「ぜんぜん げんきじゃない」「元気ない」「げんき
  ちゃう」); not of someone else (「犬が 元気ない」), not asked, not a kind of person
  (「元気じゃない 人」), not taken back (「元気じゃない わけじゃない」);
* ``worn_all`` — weariness with everything (何もかも, 全部) as what wears, in its sentence or the
  next (「つかれた。なにもかも」);
* ``cannot_go_on`` — もう + keeping going denied as possible (「もう がんばれん」「もう 頑張れへん」
  「もう がんばれない」);
* ``no_merit`` — the writer said to have no merit (「なんの 取り柄も ない」), not someone else;
* ``dread_time`` — a time that comes by itself dreaded (「明日が こわい」「朝が 来るのが いや」
  「将来が 不安」), not a thing or an event named before it;
* ``nothing_wanted`` — wanting to do nothing in the contracted 〜たない of 関西 and 名古屋 speech
  (「もう なんも したない」: したくない).

Held out: an exclamation or joy, a question, someone or something else as the subject.
"""

from __future__ import annotations

from safety.constructions.grammar import _asks
from safety.constructions.words import Hit, _Ctx, _has, _has_any

_FINE = frozenset({"元気", "げんき"})
_COPULA = frozenset({"だ", "じゃ", "で", "や"})
_NOT = frozenset({"ない", "無い", "ねえ", "ねー", "ちゃう", "違う", "あらへん", "ありません", "ないです"})
_TIRED = frozenset({"疲れる", "つかれる", "だるい", "しんどい", "嫌", "いや", "うんざり", "飽きる"})
_WHAT = frozenset({"何", "なに", "なん"})
_ALL = frozenset({"全部", "ぜんぶ", "全て", "すべて"})
_STRIVE = frozenset({"頑張る", "がんばる", "頑張れる", "がんばれる"})
_MERIT = frozenset({"取り柄", "とりえ", "取柄", "長所", "ちょうしょ", "いいところ", "いいとこ"})
_DREAD_TIME = frozenset(
    {
        "明日",
        "あした",
        "あす",
        "朝",
        "あさ",
        "月曜",
        "月曜日",
        "将来",
        "しょうらい",
        "毎日",
        "まいにち",
        "未来",
    }
)
_DREAD = frozenset({"怖い", "こわい", "恐い", "不安", "ふあん", "嫌", "いや", "憂鬱", "ゆううつ"})
_DO = frozenset({"する", "為る", "やる"})
_SUBJECT = frozenset({"が", "は", "も"})
_STARTS = _FINE | _TIRED | _STRIVE | _MERIT | _DREAD | _DO


def _cheer(c: _Ctx) -> bool:
    return "!" in c.kana or "！" in c.kana or c.first("joy") is not None


def _someone_else(c: _Ctx, lo: int, q: int) -> bool:
    """A noun other than the writer or a time before ``q`` in its sentence, as a subject."""
    words = c.words
    return any(
        words[k].pos in ("名詞", "代名詞")
        and not c.at("self", k)
        and not words[k].keys & (_DREAD_TIME | {"今日", "きょう", "最近", "さいきん", "今", "いま"})
        and _has_any(words, k + 1, _SUBJECT)
        for k in range(lo, q)
    )


def _hit(c: _Ctx, lo: int, q: int, note: str) -> Hit:
    return Hit("distress", "distress", "concern", c.words[lo].start, c.words[q].end, note)


def _not_fine(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_FINE):
        k = q + 1
        if _has_any(words, k, _COPULA):
            k += 1
        if not _has_any(words, k, _NOT):
            continue
        lo, hi = c.sentence(q)
        if _asks(c, q, hi) or _someone_else(c, lo, q):
            continue
        if k + 1 < hi and (words[k + 1].pos == "名詞" or words[k + 1].keys & {"わけ", "訳"}):
            continue  # 「元気じゃない 人」「元気じゃない わけじゃない」
        return [_hit(c, lo, k, "not_fine")]
    return []


def _everything_at(c: _Ctx, lo: int, hi: int) -> bool:
    words = c.words
    for k in range(lo, hi):
        if words[k].keys & _ALL:
            return True
        if words[k].keys & _WHAT and _has(words, k + 1, "も") and _has(words, k + 3, "も"):
            return True  # 何もかも
    return False


def _worn_all(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_TIRED):
        lo, hi = c.sentence(q)
        if _asks(c, q, hi) or _someone_else(c, lo, q):
            continue
        nxt_hi = c.sentence(hi)[1] if hi < len(words) else hi
        if any(
            (words[k].pos in ("名詞", "動詞") and not words[k].keys & (_TIRED | _ALL))
            or (words[k].pos == "代名詞" and not words[k].keys & (_WHAT | {"か", "彼"}))
            for k in range(lo, nxt_hi)
        ):
            continue  # 「宿題 ぜんぶ おわって 疲れた」: a named thing is what wears
        if _everything_at(c, lo, nxt_hi):
            return [_hit(c, lo, q, "worn_all")]
    return []


def _cannot_go_on(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_STRIVE):
        keys = words[q].keys
        # がんばれん, がんばれない; kana がんばれへん is read as the imperative がんばれ + へん
        denied = any(k.endswith(("れん", "れへん", "れない")) for k in keys) or (
            any(k.endswith(("れる", "れ")) for k in keys)
            and (c.at("negation", q + 1) or _has_any(words, q + 1, frozenset({"へん", "ひん"})))
        )
        if not denied or not any(_has(words, k, "もう") for k in range(max(0, q - 3), q)):
            continue
        lo, hi = c.sentence(q)
        if _asks(c, q, hi):
            continue
        return [_hit(c, lo, q, "cannot_go_on")]
    return []


def _no_merit(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_MERIT):
        if not (_has_any(words, q + 1, frozenset({"も", "が", "なんて"})) and _has_any(words, q + 2, _NOT)):
            continue
        lo, hi = c.sentence(q)
        if _asks(c, q, hi) or _someone_else(c, lo, q):
            continue
        return [_hit(c, lo, q + 2, "no_merit")]
    return []


def _dread_time(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_DREAD_TIME):
        if not (_has_any(words, q + 1, frozenset({"が", "は"})) and _has_any(words, q + 2, _DREAD)):
            continue
        lo, hi = c.sentence(q)
        if q > lo and (words[q - 1].pos in ("名詞", "動詞") or _has(words, q - 1, "の")):
            continue  # 「明日の 試合が」「テストの 明日が」: an event named
        if _asks(c, q, hi) or c.at("negation", q + 3):
            continue
        return [_hit(c, lo, q + 2, "dread_time")]
    return []


def _nothing_wanted(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_DO):
        if words[q].pos != "動詞" or not (_has(words, q + 1, "た") and _has_any(words, q + 2, _NOT)):
            continue
        if not (_has(words, q - 1, "も") and _has_any(words, q - 2, _WHAT)):
            continue
        lo, hi = c.sentence(q)
        if _asks(c, q, hi):
            continue
        return [_hit(c, lo, q + 2, "nothing_wanted")]
    return []


def low_said(c: _Ctx) -> list[Hit]:
    """See the module's docstring."""
    if c.keys.isdisjoint(_STARTS) or _cheer(c):
        return []
    for shape in (_not_fine, _worn_all, _cannot_go_on, _no_merit, _dread_time, _nothing_wanted):
        found = shape(c)
        if found:
            return found
    return []
