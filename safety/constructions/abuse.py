"""The ``abuse_home`` construction: home, going home or a parent, and violence done to the
writer; marks hidden; harm at home beyond a blow."""

from __future__ import annotations

from safety.constructions.grammar import _PASSIVE
from safety.constructions.home import home_harm
from safety.constructions.words import Hit, _Ctx, _has


def _abuse_home(c: _Ctx) -> list[Hit]:
    words = c.words
    hits: list[Hit] = _marks_hidden(c) + home_harm(c)
    if not c.near("home"):
        return hits
    hits.extend(_home_harm(c))
    everyday = c.first("violence_everyday") is not None or c.read("violence_everyday")
    for i, w in enumerate(words):
        if not c.at("violence", i):
            continue
        passive = any(
            _has(words, q, "れる")
            or _has(words, q, "られる")
            or _has(words, q, "てくる")
            or _has(words, q, "来る")
            for q in range(i + 1, min(i + 4, len(words)))
        )
        by_family = c.first("home", max(0, i - 6), i) is not None
        mark = c.at("violence", i) and (
            _has(words, i, "痣") or _has(words, i, "あざ") or _has(words, i, "傷") or _has(words, i, "火傷")
        )
        if everyday and not (passive and by_family):
            continue
        if c.first("violence_everyday", i + 1, i + 4) is not None:
            continue  # 「たたかれた布団」: the thing was hit
        if c.first("laugh", c.lo[i], c.hi[i]) is not None:
            continue  # 「しゅくだい しないと ママに ころされる笑」: a laugh makes it a figure of speech
        if passive or (by_family and mark):
            hits.append(Hit("abuse_home", "abuse", "high", w.start, w.end))
    return hits


def _marks_hidden(c: _Ctx) -> list[Hit]:
    """「あざ かくすために ながそで」: marks on the body, hidden."""
    words = c.words
    hits: list[Hit] = []
    for i, w in enumerate(words):
        if not words[i].keys & {"痣", "あざ", "傷", "きず", "火傷", "やけど"}:
            continue
        hidden = c.first("hide", i + 1, min(i + 8, c.hi[i]))
        if hidden is not None:
            hits.append(Hit("abuse_home", "abuse", "high", w.start, words[hidden].end, "hidden"))
    return hits


def _home_harm(c: _Ctx) -> list[Hit]:
    """Harm at home beyond a blow: words that wish the child gone said by a carer
    (「おやに しねって いわれる」), a carer hitting the other (「パパが ママを なぐってて」), a
    carer not coming home (「おやが いえに かえってこない」)."""
    words = c.words
    hits: list[Hit] = []
    for i, w in enumerate(words):
        if c.at("say", i) and words[i + 1 : i + 2] and words[i + 1].keys & _PASSIVE:
            quoted = c.first("cruel_word", max(c.lo[i], i - 5), i)
            if quoted is not None and c.first("carer", max(c.lo[i], quoted - 4), quoted) is not None:
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
