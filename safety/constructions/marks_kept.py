"""Marks on the body kept from others (round 2026-12-04 (ac)): part of the ``abuse_home``
construction (abuse, ``high``), each reading with its own note.

* ``marks_unseen``: a mark (あざ, きず, やけど, a swollen face) and a purpose of not being seen or
  found (「あざ みられない ように トイレで きがえてる」「きず ばれへん ために」), or the mark
  covered (「ほっぺた はれてるから マスク して いく」);
* ``marks_explained``: a mark and a fall told in its place, quoted (「あざ、せんせいに きかれた
  けど ころんだって いった」「きず、ぶつけたって ことに してる」): the story a child is made to
  tell, or tells to keep home safe.

Read on the text's reading (kana), where Sudachi's cuts of kana (あざみ, a thistle) do not
matter. A sport, a game, a story or a laugh in the text leave it out: those are marks with a
cause, and a mark kept from a parent is a scolding feared. Each pattern has bounded gaps:
linear in the length of the text.
"""

from __future__ import annotations

import re

from safety.constructions.words import Hit, _Ctx
from safety.translation import gated

_MARK = r"(?:あざ|きず|やけど|みみずばれ|(?:ほっぺた?|ほお|かお|め|くち|くちびる|おでこ)が?はれ)"
_UNSEEN = re.compile(
    _MARK
    + r"[^。\n]{0,10}?(?:みられ|みせ|ばれ|きづかれ|みつから|みつかん)(?:ない|ん|へん|ねえ|ねー)(?:よう|ため)"
)
_COVERED = re.compile(_MARK + r"[^。\n]{0,10}?(?:ますく|ながそで|まえがみ|こんしらー|こんしら|ふぁんで)")
_EXPLAINED = re.compile(
    _MARK
    + r"[^\n]{0,16}?(?:ころんだ|ころんで|こけた|こけて|ぶつけた|ぶつけて|おちた|おちて)"
    + r"(?:って|と)(?:いっ|いう|いえ|ゆっ|ゆう|こと|ごまかし|うそ)"
)
_FROM_CARER = re.compile(r"(?:まま|ぱぱ|おかあさん|おとうさん|おかん|おとん|おや|はは|ちち)に")
"""Kept from a parent (「ママに みられない ように」): a scolding feared, not harm at home."""
_READINGS = ((_UNSEEN, "marks_unseen"), (_COVERED, "marks_unseen"), (_EXPLAINED, "marks_explained"))
_HIRAGANA = gated({k: k - 0x60 for k in range(0x30A1, 0x30F7)})
_CAUSED = ("violence_everyday", "game", "laugh")


def marks_kept(c: _Ctx) -> list[Hit]:
    kana = _HIRAGANA(c.kana)  # the katakana reread keeps katakana (ママ, マスク)
    if not c.words or not any(m in kana for m in ("あざ", "きず", "やけど", "はれ")):
        return []
    if any(c.near(cls) for cls in _CAUSED):
        return []
    for pattern, note in (
        (_UNSEEN, "marks_unseen"),
        (_COVERED, "marks_unseen"),
        (_EXPLAINED, "marks_explained"),
    ):
        m = pattern.search(kana)
        if m is not None and not _FROM_CARER.search(m.group()):
            # offsets are the reading's, not the prepared text's: the span is the whole text
            return [Hit("abuse_home", "abuse", "high", c.words[0].start, c.words[-1].end, note)]
    return []
