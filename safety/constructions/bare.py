"""An end said bare: the verb alone, with nothing named that could be what ends (round of
2026-12-04 (j)). A child in a hurry often drops everything but the verb; a child joking or
complaining names what it is about (「テスト もう むり しぬ」「宿題 もう 終わらすわ」).

* ``bare_death`` (``wish``, ``high``): 死ぬ closing a clause of its own after despair said in
  the text (もう むり, 限界, つらい), nothing else named and no laugh (「もう むり、しぬ」);
  not 「わらい しぬ」, 「あつすぎて しぬ」 (a cause given), a question, a past, a story.
* ``bare_ending`` (``wish``, ``high``): 終わらす/終わらせる said by the writer as what they
  will do (終止形 or intent) with もう, nothing named to end and no time given
  (「おれ もう 終わらすわ」); a time given is ``set_time``'s.
* ``sleep_kept`` (``wish``, ``high``): sleep kept for good, read in the text's kana (the
  analyser cuts 「このままねて」 as この + ま + まね + て): sleep left as it is (このまま ねて,
  ねたら そのまま) and then never waking wished or said fine (もう おきたくない, 〜に なったら
  いい), or never again a good morning after a good night (「にどと おはよう しない」); not with
  a day, an alarm, a nap or a holiday in the text (「あした めざまし なしで おきたくない」).
* ``tomorrow_unneeded`` (``wish``, ``high``): tomorrow said not needed, with nothing of
  tomorrow named (「明日とか いらない」); not 「明日の 宿題 いらない」.

* ``ease_near`` (``wish``, ``high``; round a of 2026-12-05): being at ease said as within reach
  soon (楽に なれる with もうすぐ, あと少しで, やっと), in a sentence naming nothing that could
  be what eases (「あと 少しで 楽に なれる」); not 「テスト おわったら 楽に なれる」, not asked.

Each rule starts from a word it cannot do without: texts without it cost one set look-up."""

from __future__ import annotations

import re

from safety.constructions.grammar import _asks
from safety.constructions.words import Hit, _Ctx, _has_any

_DIE = frozenset({"死ぬ", "しぬ"})
_DESPAIR = frozenset(
    {"無理", "むり", "ムリ", "限界", "げんかい", "辛い", "つらい", "しんどい", "疲れる", "つかれる"}
    | {"いや", "嫌", "やだ", "最悪", "さいあく", "もう"}
)
_DESPAIR_WORD = _DESPAIR - {"もう"}
_AROUND = frozenset(
    {"私", "わたし", "あたし", "僕", "ぼく", "俺", "おれ", "うち", "自分", "じぶん", "わい", "ワイ"}
    | {"もう", "無理", "むり", "ムリ", "限界", "げんかい", "本当", "ほんと", "まじ", "マジ", "ガチ"}
    | {"がち", "全部", "ぜんぶ", "何", "なに", "なん", "今", "いま", "今日", "きょう", "明日", "あした"}
    | {"いや", "嫌", "最悪", "さいあく", "こと", "事", "これ", "此れ", "そう", "ため", "為"}
)
_TAIL = frozenset({"よ", "わ", "ね", "な", "かも", "し", "もん", "わい", "や", "じゃん", "もう", "ん"})
_PAST = frozenset({"た", "だ"})


def _names_something(c: _Ctx) -> bool:
    """A noun, adjective or verb of content in the text other than despair, the writer or a
    time: what the complaint or the joke is about (テスト, あつい, わらう)."""
    for q, w in enumerate(c.words):
        if w.keys & (_AROUND | _DIE | _ENDING | _END) or c.at("self", q):
            continue
        if w.pos in ("名詞", "代名詞") and w.conj != "副詞可能":
            return True
        if w.pos in ("形容詞", "動詞") and not c.at("negation", q) and not w.keys & _DESPAIR:
            return True
    return False


def _bare_death(c: _Ctx) -> list[Hit]:
    words = c.words
    if not c.holds(_DIE) or not (c.holds(_DESPAIR_WORD) or "やだ" in c.kana):
        return []  # kana 「やだ」 is cut や + だ
    if c.first("laugh") is not None or c.near("media") or _names_something(c):
        return []
    for i in c.where_keys(_DIE):
        w = words[i]
        # a clause of its own: nothing before it in its clause, nothing after but a tail
        if i > 0 and words[i - 1].clause == w.clause and not words[i - 1].keys & {"もう"}:
            continue
        if c.first_key(("?", "か", "の"), i + 1, c.hi[i]) is not None:
            continue
        after = i + 1
        while after < c.hi[i] and words[after].keys & _TAIL:
            after += 1
        if after < len(words) and words[after].clause == w.clause:
            continue  # 「しぬ ほど」「しぬ かと」「しんだ」: more follows the verb
        return [Hit("wish", "ideation", "high", words[0].start, w.end, "bare_death")]
    return []


_ENDING = frozenset({"終わらす", "おわらす", "終わらせる", "おわらせる"})
_END = frozenset({"終わる", "おわる"})


def _bare_ending(c: _Ctx) -> list[Hit]:
    words = c.words
    if not c.holds(_ENDING | _END) or not c.holds(frozenset({"もう"})):
        return []
    if c.first("laugh") is not None or c.near("media") or c.first("soon_word") is not None:
        return []
    if _names_something(c):
        return []
    for i in c.where_keys(_ENDING | _END):
        if words[i].keys & _END:
            if not _has_any(words, i + 1, frozenset({"せる", "させる"})):
                continue
            i += 1  # 「終わら せる」: the causative carries the form
        w = words[i]
        # 連体形 too: the analyser reads 「終わらせるね」 so; a noun after it (「終わらせる 方法」) is no
        # statement
        said = w.conj.startswith(("終止形", "連体形")) or "意志推量形" in w.conj
        if i + 1 < len(words) and words[i + 1].pos in ("名詞", "代名詞"):
            continue
        negated = c.at("negation", i + 1) and words[i + 1].conj != "終助詞"  # final ね is no ねえ
        if not said or negated or _has_any(words, i + 1, _PAST):
            continue
        if c.first_key(("?", "か", "の"), i + 1, c.hi[i]) is not None:
            continue
        return [Hit("wish", "ideation", "high", words[0].start, w.end, "bare_ending")]
    return []


_TOMORROW = frozenset({"明日", "あした", "あす"})
_TOPIC = frozenset({"と", "か", "とか", "は", "も", "なんて", "なんか", "って"})
_NEEDED = frozenset({"要る", "いる", "いら", "要ら"})
_NOT = frozenset({"ない", "無い", "ねえ", "ん", "へん", "ひん"})


def _tomorrow_unneeded(c: _Ctx) -> list[Hit]:
    words = c.words
    if not c.holds(_TOMORROW) or not c.holds(_NEEDED):
        return []
    if c.first("laugh") is not None or c.near("media"):
        return []
    for i in c.where_keys(_TOMORROW):
        lo, hi = c.sentence(i)
        k = i + 1
        while k < min(i + 4, hi) and words[k].keys & _TOPIC:
            k += 1
        if k == i + 1 or not (_has_any(words, k, _NEEDED) and _has_any(words, k + 1, _NOT)):
            continue
        named = (
            q
            for q in range(lo, hi)
            if words[q].pos in ("名詞", "代名詞") and not words[q].keys & (_AROUND | _TOMORROW)
        )
        if any(not c.at("self", q) for q in named):
            continue  # 「明日は 傘 いらない」: something of tomorrow not needed
        return [Hit("wish", "ideation", "high", words[i].start, words[k + 1].end, "tomorrow_unneeded")]
    return []


_SLEEP_KEPT = re.compile(
    r"(?:このまま|そのまま|ずっと)[^。]{0,4}(?:ねて|ねむって|ねむったまま|ねたまま)[^。]{0,6}"
    r"(?:もう|にどと|ずっと)(?:おき|めざめ|めがさめ|さめ)(?:たくない|なくていい|なくてもいい|ないでいい)"
    r"|(?<!が)(?:ねたら|ねむったら|ねて)(?:その|この)まま(?!に)[^。]{0,14}(?:いいな|いいのに|らく|いい)"
    r"|(?:おやすみ|ねむり|ねむる|ねる)[^。]{0,10}にどと(?:おはよう|おき|めざめ)"
)
_EVERYDAY_SLEEP = re.compile(
    r"あした|あす|あさ|どよう|にちよう|しゅうまつ|やすみのひ|めざまし|がっこう|じゅぎょう|ぐっすり"
    r"|ひるね|れんきゅう|なつやすみ|ふゆやすみ|はるやすみ|ねぼう|ちこく|じゅく|ぶかつ"
)


def _sleep_kept(c: _Ctx) -> list[Hit]:
    if not c.words or ("まま" not in c.kana and "にどと" not in c.kana):
        return []
    kana = c.kana.replace(" ", "").replace("　", "")
    if not _SLEEP_KEPT.search(kana):
        return []
    if _EVERYDAY_SLEEP.search(kana) or c.first("laugh") is not None or c.near("media"):
        return []
    return [Hit("wish", "ideation", "high", c.words[0].start, c.words[-1].end, "sleep_kept")]


_EASE = frozenset({"楽", "らく"})
_ABLE_TO_BECOME = frozenset({"なれる", "成れる"})
_SOON = frozenset(
    {"もうすぐ", "すぐ", "直ぐ", "あと", "後", "少し", "すこし", "ちょっと", "一寸", "やっと", "もう"}
)


def _light(c: _Ctx) -> bool:
    """A laugh, an exclamation or a held 〜, a test or a holiday anywhere in the text: relief
    after something everyday (「テスト おわった！ やっと 楽に なれる〜」)."""
    text = c.kana
    return (
        any(mark in text for mark in ("!", "！", "〜", "~"))
        or c.first("laugh") is not None
        or c.first("method_everyday") is not None
        or c.first("parting_event") is not None
    )


def _ease_near(c: _Ctx) -> list[Hit]:
    words = c.words
    for q in c.where_keys(_EASE):
        if not (_has_any(words, q + 1, frozenset({"に", "だ"})) and _has_any(words, q + 2, _ABLE_TO_BECOME)):
            continue
        lo, hi = c.sentence(q)
        flat = words[q + 2].conj.startswith("終止形") or (
            words[q + 2].conj.startswith("連体形") and _has_any(words, q + 3, frozenset({"の", "ん"}))
        )
        if not flat or _asks(c, lo, hi):
            continue
        if not any(words[k].keys & _SOON for k in range(lo, q)):
            continue
        named = any(
            words[k].pos in ("名詞", "代名詞", "形容詞", "動詞")
            and not words[k].keys & (_SOON | _EASE | _AROUND)
            for k in (*range(lo, q), *range(q + 3, hi))
        )
        if named or _light(c):
            continue
        return [Hit("wish", "ideation", "high", words[lo].start, words[q + 2].end, "ease_near")]
    return []


def bare(c: _Ctx) -> list[Hit]:
    return [*_bare_death(c), *_bare_ending(c), *_tomorrow_unneeded(c), *_sleep_kept(c), *_ease_near(c)]
