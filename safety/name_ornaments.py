"""Faces and ornaments children put in a name beyond the characters ``safety.names`` allows
(names round u, 2026-12-06).

A name refused only for its characters (``chars``) is looked at again here: the borrowed letters
of a bracketed face (「٩(ˊᗜˋ*)و」, 「(๑•̀ㅂ•́)و✧」, 「щ(ﾟДﾟщ)」, 「Σ(ﾟДﾟ)」, 「(ง •̀_•́)ง」), the
ornaments that spell nothing (⌒, ꕤ, ᕱ, the hieroglyphs of 「𓂃」 「𓈒𓏸」 「𓆩♡𓆪」, horizontal
box lines ─ ┈), a pair of wings 「ʚ♡ɞ」, one flag, a colon among marks (「｡.:*☆」) and the combining marks of
a face (「•̀」, 「˃̵」, 「ෆ̈」).  Each is allowed only where it stands so; the name without them
(``without_ornaments``) must then have every character allowed and pass every check again
(``safety.names._ornamented_reason``): a letter slipped into a word hides nothing (「ら𓂃いん」 is
read 「らいん」).

Why each is bounded:

* a face's letters include digits of other scripts (٩ is nine, ๑ one): they stand only inside a
  bracketed face or as its arms, and the contact check counts every script's digits already
  (``safety.contact.name_contact``: 「(๑๐๙)」 is three digits);
* ㅂ only in a face (the name is read after NFKC, which writes it ᄇ): the loose hangul letters
  that spell a swear (ㅅㅂ) stay out;
* no Greek letter (withdrawn from the round after the blind check): one beside kana can stand
  for its sound (「おっπ」, a well-known pun) or for the Latin letter it looks like, and the name
  read without it let harmful names through; 「ミクα」 stays refused for its characters;
* a flag only alone, and read as the two letters it is made of: two flags spell a word
  (🇱🇮🇳🇪), one an id or a message (🇮🇩, 🇩🇲);
* box lines only horizontal ones (a vertical one is an l or an I), read as ー after kana;
* an ornament never beside a Latin letter or digit (「disc⌘rd」, 「L𓏸I𓏸N𓏸E」);
* a colon only with no Latin letter, digit or slash beside it (「dc:yui」, 「ID:…」 stay out);
* combining marks only one or two on a mark or an ornament (marks piled up spill over the page,
  and on a letter they are a word's disguise).
"""

from __future__ import annotations

import re

from safety.contact import TLD

_ARMS = "٩وงวщΣᕕᕗლ"
"""Letters a face holds up as its arms or cheeks, just outside its brackets."""
_FACE_ONLY = _ARMS + "๑\u1107дщ˃˂ᐡ\u1d16⤙꜆꜄ˆ˵\u114c╹<>"
"""Letters and marks allowed only in a face or as its arms (what NFKC makes of them: U+1107 of ㅂ,
U+1D16 of ᵔ, U+114C of ㆁ; 「(>_<)」's brackets, which stand nowhere else)."""
_HIEROGLYPHS = "𓂃𓈒𓏸𓆩𓆪𓇼𓍯𓂂𓊆𓊇𓆸𓋪𓇬𓆉𓃠"
"""The hieroglyphs used as dots, sparkles, brackets and small pictures around a name."""
_LINES = "─━┄┅┈┉╌╍═⎯"
"""Horizontal lines: after kana they stand where ー stands, and are read as it."""
_ORNAMENTS = "⌒ꕤꕥᕱ𖤐𖥔𐙚⋈∴꒦꒷⟡⟢⌘⊰⊱⁑〄˖" + _HIEROGLYPHS
_MARKS = "\u0300-\u036f\u20d0-\u20ff\u0f18\u0f19"
_FLAG_LETTER = "\U0001f1e6-\U0001f1ff"
_READ = "A-Za-z0-9\u3041-\u3096\u30a1-\u30fa\u3400-\u9fff\u0370-\u04ff"
"""Letters and digits a word is read from: Latin, kana, kanji, Greek, Cyrillic."""

_NEW = re.compile(f"[{re.escape(_FACE_ONLY + _ORNAMENTS + _LINES)}ʚɞ:{_MARKS}{_FLAG_LETTER}]")
_FACE = re.compile(f"[{_ARMS}]?\\([^()]{{1,12}}\\)[{_ARMS}]?")
_FACE_LETTER = re.compile(f"[{re.escape(_FACE_ONLY)}]")
_WINGS = re.compile("ʚ([^ʚɞ]{1,4})ɞ")
_COLON = re.compile("(?<![A-Za-z0-9/:]):(?![A-Za-z0-9/:])")
_FLAG = re.compile(f"[{_FLAG_LETTER}]{{2}}")
_FLAG_ANY = re.compile(f"[{_FLAG_LETTER}]")
# an ornament never touches a Latin letter or digit, where it would stand for one (「disc⌘rd」)
_ORNAMENT = re.compile(f"(?<![A-Za-z0-9])[{_ORNAMENTS}](?![A-Za-z0-9])")
_LINE_HELD = re.compile(f"(?<=[ぁ-ゖァ-ヺー])[{_LINES}]+")
_LINE = re.compile(f"(?<![A-Za-z0-9])[{_LINES}]+(?![A-Za-z0-9])")
# one or two combining marks on a mark, a picture or an ornament (a face's 「•̀」, 「˃̵」, 「♡⃛」), not
# on a letter a word is read from nor on a space (「ハ˚ハ˚活」: NFKC writes ˚ as a space and a ring),
# nor stacked past a face's two (marks piled up spill over the page)
_MARK_ON_SYMBOL = re.compile(f"(?<=[^\\s{_READ}{_MARKS}])[{_MARKS}]{{1,2}}(?![{_MARKS}])")


def without_ornaments(name: str) -> str | None:
    """``name`` (cleaned, NFKC) with the faces' letters, the ornaments and loose colons taken out
    where they stand as this module allows, and one flag written as its two letters; None when it
    holds none of them (then nothing here can make it allowed)."""
    if _NEW.search(name) is None:
        return None
    text = _FACE.sub(lambda m: _FACE_LETTER.sub("", m.group(0)), name)
    text = _WINGS.sub(r"\1", text)
    if len(_FLAG_ANY.findall(text)) == 2:
        text = _FLAG.sub(_flag_letters, text)
    if _LINE.search(text):
        text = _LINE.sub("", _LINE_HELD.sub("ー", text))
    text = _COLON.sub("", _ORNAMENT.sub("", text))
    return _MARK_ON_SYMBOL.sub("", text)


def _flag_letters(flag: re.Match[str]) -> str:
    """A flag read as the two letters it is made of (🇮🇩 and 🇩🇲 spell ID and DM, and show as
    them where flags are not drawn), except a top-level domain's (🇯🇵 is jp, 🇺🇸 us): a flag is
    no part of an address, nothing typed can follow it there."""
    letters = "".join(chr(ord(ch) - 0x1F1E6 + ord("A")) for ch in flag.group(0))
    return "" if letters.lower() in TLD else letters
