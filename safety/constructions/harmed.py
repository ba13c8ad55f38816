"""Harm done to the writer's body that is abuse whoever is named (round of 2026-12-05 (c)): part
of the ``abuse_home`` construction (abuse, ``high``), each reading with its own note.

A blow needs home or a carer in the text to be harm at home (a classmate's shove is bullying,
a worry of its own).  Some harm is never play and never a quarrel, and children often tell it
with nobody named:

* ``strangled``: the neck squeezed, done to the writer (「くび しめてくる」「首を しめられた」);
* ``burned``: something that burns put on the writer (「熱湯 かけられた」「たばこ 押しつけられた」
  「アイロン あてられた」);
* ``blade_pointed``: a blade pointed at the writer, in the passive (「包丁 むけられた」); hiding
  now (「いま トイレに いる」「かくれてる」) makes it ``imminent``.

Done to the writer is read from the voice: the passive (れる/られる) or 〜てくる right after the
verb.  A game, a sport, a story or a laugh in the sentence leave it out; so does a negation
right after the verb (「しめられて ない」).  Each reading starts at its own word: linear in the
length of the text.
"""

from __future__ import annotations

from safety.constructions.grammar import _PASSIVE
from safety.constructions.words import Hit, _Ctx

_NECK = frozenset({"首", "くび", "クビ"})
_SQUEEZE = frozenset({"絞める", "締める", "しめる", "閉める", "絞め", "締め", "しめ"})
_BURNING = frozenset(
    {
        "熱湯",
        "ねっとう",
        "たばこ",
        "タバコ",
        "煙草",
        "アイロン",
        "あいろん",
        "ライター",
        "らいたー",
        "お湯",
        "おゆ",
        "湯",
    }
)
_PUT_ON = frozenset(
    {
        "かける", "掛ける", "押し付ける", "押しつける", "おしつける", "当てる", "あてる",
        "付ける", "つける", "浴びせる", "あびせる",
    }
)  # fmt: skip
_HOT = frozenset({"熱い", "あつい", "熱々", "あつあつ"})
_BLADES = frozenset({"包丁", "ほうちょう", "ナイフ", "刃物", "はもの", "カッター"})
_POINT = frozenset({"向ける", "むける", "突き付ける", "つきつける", "突きつける"})
_DONE_TO = _PASSIVE | frozenset({"てくる", "来る", "くる"})
_SPOILERS = ("laugh", "game", "violence_everyday")


def _done_to_writer(c: _Ctx, verb: int) -> int | None:
    """The word after ``verb`` that says it was done to the writer (passive or 〜てくる), not
    negated right after; or None."""
    words = c.words
    hi = c.hi[verb]
    for q in range(verb + 1, min(verb + 3, hi)):
        if words[q].keys & _DONE_TO and not c.at("negation", q + 1):
            # 「しめられた ことは ない」: never done
            told = c.first_key(("事", "こと"), q + 1, min(q + 4, hi))
            if told is not None and c.first("negation", told + 1, min(told + 4, hi)) is not None:
                return None
            return q
        if not words[q].keys & {"て", "で"}:
            break
    return None


def _spoiled(c: _Ctx, i: int) -> bool:
    lo, hi = c.sentence(i)
    return any(c.first(cls, lo, hi) is not None for cls in _SPOILERS)


def _strangled(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in c.where_keys(_NECK):
        # 「首 しめて」「首を しめられ」「くびを ぎゅっと しめて」: the verb within three words
        verb = c.first_key(tuple(_SQUEEZE), i + 1, min(i + 4, c.hi[i]))
        if verb is None:
            continue
        done = _done_to_writer(c, verb)
        if done is None or _spoiled(c, i):
            continue
        return [Hit("abuse_home", "abuse", "high", words[i].start, words[done].end, "strangled")]
    return []


def _burned(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in c.where_keys(_BURNING):
        hot = words[i].keys & {"お湯", "おゆ", "湯"}
        if hot and c.first_key(tuple(_HOT), max(c.lo[i], i - 3), i) is None:
            continue  # bath water (「お湯 かけられた」 in play) is not a burn; 「あつい お湯」 is
        verb = c.first_key(tuple(_PUT_ON), i + 1, min(i + 4, c.hi[i]))
        if verb is None:
            continue
        done = _done_to_writer(c, verb)
        if done is None or _spoiled(c, i):
            continue
        return [Hit("abuse_home", "abuse", "high", words[i].start, words[done].end, "burned")]
    return []


def _blade_pointed(c: _Ctx) -> list[Hit]:
    words = c.words
    for i in c.where_keys(_BLADES):
        verb = c.first_key(tuple(_POINT), i + 1, min(i + 4, c.hi[i]))
        if verb is None:
            continue
        done = _done_to_writer(c, verb)
        if done is None or not words[done].keys & _PASSIVE or _spoiled(c, i):
            continue
        # hiding now: いま with a place held (「いま トイレに いる」) or 隠れる anywhere after
        hiding = c.first("hiding", done) is not None
        now = c.first_key(("今", "いま"), done, len(words))
        held = now is not None and c.first_key(("居る", "いる", "てる"), now + 1, min(now + 5, len(words)))
        level = "imminent" if hiding or held is not None else "high"
        return [Hit("abuse_home", "abuse", level, words[i].start, words[done].end, "blade_pointed")]
    return []


def harmed(c: _Ctx) -> list[Hit]:
    return _strangled(c) + _burned(c) + _blade_pointed(c)
