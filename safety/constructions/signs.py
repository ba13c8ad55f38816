"""Single readings for callers outside the risk level: the robot (a wish for a person, a
farewell) and names (a wish to die)."""

from __future__ import annotations

from safety.constructions.folding import MAX_CHARS, prepare
from safety.constructions.wish import _not_live, _wish
from safety.constructions.words import _Ctx, _has, words_of


def wants_person(text: str) -> bool:
    """Does the writer wish for a person (「だれかと はなしたい」「ひとに きいてほしい」
    「そうだん したい」)?  The robot shows the card for it (``rooms/robot/care.py``)."""
    words = words_of(prepare(text[:MAX_CHARS]))
    c = _Ctx(words, "")
    for i in range(len(words)):
        if not c.at("talk", i):
            continue
        # the wish right after: 話し+たい, 聞い+て+ほしい, 相談+し+たい, 聞い+て+もらい+たい
        wish = c.first("wish_for", i + 1, i + 5)
        if wish is None or words[wish].sentence != words[i].sentence:
            continue
        if c.first("negation", i + 1, wish + 2) is not None:
            continue  # 「はなしたくない」
        if "相談" in words[i].keys or c.first("person", max(0, i - 5), i) is not None:
            return True
        if _has(words, i - 2, "話") or _has(words, i - 2, "はなし"):
            return True  # 「はなしを きいてほしい」
    return False


def says_farewell(text: str) -> bool:
    """A goodbye with a word of finality (「いままで ありがとう」「さよなら、もう こない」), even
    where the risk rules see an everyday one: to the robot, the card costs nothing."""
    words = words_of(prepare(text[:MAX_CHARS]))
    c = _Ctx(words, "")
    for i in range(len(words)):
        if c.at("final_goodbye", i):
            return True
        if c.at("goodbye", i) and (
            c.first("finality", max(0, i - 6), i) is not None or c.first("finality", i + 1, i + 7) is not None
        ):
            return True
    return False


def wishes_to_die(text: str) -> bool:
    """Is there a wish to die or vanish in ``text`` (the ``wish`` construction alone, for
    names: 「しにたがり」, 「きえたがり」)?"""
    words = words_of(prepare(text[:MAX_CHARS]))
    c = _Ctx(words, "")
    return any(h.level == "high" for h in (*_wish(c), *_not_live(c)))
