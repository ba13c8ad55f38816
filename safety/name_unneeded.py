"""A display name that calls its bearer not needed, judged by its words (round q).

A word for oneself (``[put_downs] selves`` in ``names.toml``), なんか, なんて or なんぞ, then 要る
negated (「じぶんなんかいらない」, 「うちなんかいらん」) or 居る negated and wished so (「ぼくなんて
いなくていい」, 「ぼくなんかいなければ」); after が or は, 居る so (「わたしがいなければ」,
「ぼくがいないほうが」): the burden a child says of themselves, which every
suicide-prevention guideline counts as a warning sign.  The reason is ``self_harm``.  A thing not
needed (「しゅくだいなんかいらない」), oneself not needing something (「ぼくはいらない」) or
oneself disliked (「じぶんなんかきらい」) passes.  The one spoken to so called
(``calls_someone_unneeded``: 「おまえなんかいらない」) is an insult.
"""

from __future__ import annotations

import re

from safety import lexicon
from safety.morphology import NEGATIONS, Token, tokens
from safety.translation import kata2hira

# what must be in the name read as hiragana (kanji kept) before it is analysed: なんか, なんて or
# なんぞ right before いら/要ら (要る) or いな/居な/いね (居る negated); the fast path looks for
# ``SO_LITTLE`` alone
GATE = re.compile("(?:なんか|なんて|なんぞ)(?:いら|要ら|いな|居な|いね)|[がは](?:いな|居な)")
_SELVES = frozenset(lexicon.PUT_DOWNS.get("selves", ()))
_SELF_NORMALISED = frozenset({"私", "僕", "俺", "自分"})
SO_LITTLE = ("なんか", "なんて", "なんぞ")
_SO_LITTLE = frozenset(SO_LITTLE)
# が or は, which only 居る wished away may follow (「わたしがいなければ」; 「ぼくはいらない」 is no
# burden); the fast path looks for these words with ``SO_LITTLE``
_BEING = frozenset({"が", "は"})
FAST_PATH_WORDS = (*SO_LITTLE, "がいな", "はいな")
_NEEDED = frozenset({"いる", "要る"})


def calls_self_unneeded(text: str) -> bool:
    """Whether ``text`` (a name with its disguises undone) says its bearer is not needed."""
    key = kata2hira(text)
    if not GATE.search(key):
        return False
    words = [t for t in tokens(key) if t.pos and t.pos[0] not in ("補助記号", "空白")]
    return any(
        _is_self(words[i])
        and (
            (words[i + 1].surface in _SO_LITTLE and _not_needed(words[i + 2], words[i + 3 :]))
            or (words[i + 1].surface in _BEING and _not_there(words[i + 2], words[i + 3 :]))
        )
        for i in range(len(words) - 3)
    )


def calls_someone_unneeded(text: str) -> bool:
    """Whether ``text`` says the one it speaks to is not needed: a word for them
    (``[put_downs] addresses``: おまえ, てめえ, あんた…), なんか or なんて or nothing, then 要る
    negated (「おまえいらない」, 「てめえなんかいらねえ」): an insult (``unwanted_person`` reads
    「いらん子」, a person after the verb)."""
    key = kata2hira(text)
    if not _UNNEEDED_KANA.search(key):
        return False
    words = [t for t in tokens(key) if t.pos and t.pos[0] not in ("補助記号", "空白")]
    for i, t in enumerate(words[:-2]):
        if t.surface not in _ADDRESSES:
            continue
        j = i + 2 if words[i + 1].surface in _SO_LITTLE else i + 1
        verb = words[j] if j < len(words) else None
        if verb is not None and verb.normalized in _NEEDED and _not_needed(verb, words[j + 1 :]):
            return True
    return False


_ADDRESSES = frozenset(lexicon.PUT_DOWNS.get("addresses", ())) - {"この"}
_UNNEEDED_KANA = re.compile("(?:いら|要ら)(?:ん|な|ね|へん)")


def _is_self(t: Token) -> bool:
    return t.surface in _SELVES or t.normalized in _SELF_NORMALISED


def _not_needed(verb: Token, rest: list[Token]) -> bool:
    """要る negated, or 居る negated and wished so (ていい, ほうがいい, ければ)."""
    if verb.pos[0] != "動詞" or not rest or rest[0].normalized not in NEGATIONS:
        return False
    if verb.normalized in _NEEDED and verb.surface[0] in "いイ要":
        return verb.surface.startswith(("いら", "要ら", "イラ"))
    return _not_there(verb, rest)


def _not_there(verb: Token, rest: list[Token]) -> bool:
    """居る negated and wished so: ていい, ほうが, ば, ても (「いなくていい」, 「いないほうが」,
    「いなければ」, 「いなくても」); not 「いないと」 (without me, nothing works)."""
    if verb.pos[0] != "動詞" or verb.normalized != "居る" or not rest or rest[0].normalized not in NEGATIONS:
        return False
    after = [t.normalized for t in rest[1:3]]
    return after[:2] in (["て", "良い"], ["て", "も"]) or after[:1] in (["方"], ["ば"])
