"""Words in quotation marks that the robot mentions and does not say: a quote and its frame.

A model quotes words to say it will not say them (「「がんばりが たりない」なんて、ぜったい いわないよ」),
to refuse what it was asked (「「ほうほうを おしえて」って きかれても、おしえられないんだ」), or to give
the child words for a helper (「そうだんのまどに「きえたい」って そのまま かいて いいよ」).  The words
inside are a mention; the frame around them is what the robot says.  A quote is found by its marks
(「」『』), and it is a mention only in one of those three frames:

* denied: なんて / とは / って, then a verb of saying or thinking in the plain negative, the
  sentence ending there or going on to a reason (「…なんて いわないで」 asks the child, and
  「…なんて いわないけど、」 may take it back: neither is a denial);
* asked and refused: って / と, then asked, told or begged in the passive concessive (「いわれても」
  「きかれても」), with a negation later in the sentence (the robot's refusal);
* given for a helper: a person or line to turn to, に / へ, the quote, then って / と and a verb of
  writing, saying or telling (「先生に「つらい」って いって いいよ」);
* set aside for another quote: より, then the quote preferred (「「がんばれ」より「がんばったね」を
  いいたい」); the quote preferred is not a mention.

Only the quote is a mention: everything around it is still the robot's and read as such.
Fixed patterns over a bounded reply, no nested repeats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A quote: its marks and what they hold, within one paragraph.
_QUOTE = re.compile(r"[「『][^「」『』\n]{1,120}[」』]")
# …the closing of a sentence a denial may end on, or the reason it may go on to.
_CLOSED = (
    r"\s*(?:ん\s*(?:だ|です)|の)?\s*(?:よ|ね|な|わ)*\s*[…‥〜~!！]*"
    # …never a question (「…なんて おもって ないの？」 asks the child to agree).
    r"\s*(?:$|[。！!\n]|[、,]?\s*(?:だから|から|ので|し[、,\s]))"
)
_DENIED = re.compile(
    r"\s*(?:なんて|なんか|とは|って|と)\s*[、,]?\s*"
    # …whoever does not say it (「ロボは」「わたしは」), and how firmly.
    r"(?:[^\s、,。！!？?はも「」『』]{1,5}\s*(?:は|も)\s*[、,]?\s*)?"
    r"(?:ぜったいに|ぜったい|絶対に|絶対|けっして|決して|もう|いちども|一度も)?\s*"
    r"(?:(?:いわ|言わ|おもわ|思わ)\s*(?:ない|ん)|(?:いい|言い|おもい|思い)\s*ません|(?:おもって|思って)\s*(?:い)?(?:ない|ません))"
    r"(?!\s*で)" + _CLOSED
)
_ASKED = re.compile(
    r"\s*(?:って|と)\s*(?:いわれ|言われ|きかれ|聞かれ|たのまれ|頼まれ|おねがい\s*され|お願い\s*され)\s*(?:ても|たとしても)"
    r"[^。！!？?\n]*?(?:ない|ません|かね)"
)
_SET_ASIDE = re.compile(r"\s*より\s*[「『]")
_HELPER_BEFORE = re.compile(
    r"(?:そうだん|相談|まど|窓口|189|せんせい|先生|おとな|大人|おうちの\s*ひと|おうちの\s*人|ほけんしつ|保健室|"
    r"ホットライン|スクールカウンセラー|カウンセラー)[^。！!？?\n、,「」]{0,6}?\s*(?:に|へ)\s*(?:も|は)?\s*$"
)
_HELPER_AFTER = re.compile(
    r"\s*(?:って|と)\s*(?:そのまま|そのまんま|ひとこと|一言)?\s*(?:かい|書い|いっ|言っ|はなし|話し|つたえ|伝え|おくっ|送っ)\s*て"
)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    """The quote with its marks: ``text[start:end]``."""
    frame_end: int
    """Where its frame ends: a denial's verb (「…なんて いわないよ」) says nothing of its own once the
    quote is gone, so a reader of the robot's stance may skip it too; else ``end``."""


def mentions(text: str) -> list[Mention]:
    """The quotes of ``text`` that are mentions, in order."""
    if "「" not in text and "『" not in text:
        return []
    found = []
    for m in _QUOTE.finditer(text):
        after = m.end()
        denied = _DENIED.match(text, after)
        before = text[max(0, m.start() - 24) : m.start()]
        helper = _HELPER_BEFORE.search(before) and _HELPER_AFTER.match(text, after)
        if denied:
            found.append(Mention(m.start(), m.end(), _frame_end(text, denied.end())))
        elif _ASKED.match(text, after) or _SET_ASIDE.match(text, after) or helper:
            found.append(Mention(m.start(), m.end(), m.end()))
    return found


def _frame_end(text: str, end: int) -> int:
    """A denial's frame ends before the reason it goes on to (「…いわないよ、きみは だいじ だから」)."""
    frame = text[:end]
    stripped = frame.rstrip(" 　、,")
    for reason in ("だから", "から", "ので", "し"):
        if stripped.endswith(reason):
            return len(stripped) - len(reason)
    return end


__all__ = ["Mention", "mentions"]
