"""A name that claims a role children are taught to trust: a doctor, the police, the school
nurse (「医師です」, 「小児科医のたなか」, 「ドクターさとう」, 「ポリスです」, 「ほけんしつのせんせい」).

Such a name, shown to every child in the nook, speaks with an authority no visitor has, as a
name claiming staff does (reason ``staff``).  The role is a word the dictionary reads as one
(``_ROLES``, or any word ending in 科医) claimed as the bearer: the whole name, with お before
it, さん or a copula after it (「精神科医」, 「おいしゃさん」, 「医師です」), a title before a
person's name (「ドクターゆい」, 「ドクターさとう」), the role の a person's name (「小児科医のたなか」)
or a person's name before it (「たなか医師」).  A role wished for, played or named as
someone else's passes (「いしゃになりたい」, 「おいしゃさんごっこ」, 「医者のむすめ」), and so does a
thing named after one (「ドクターイエロー」, a train).
"""

from __future__ import annotations

import re

from safety.morphology import Token, reading, tokens
from safety.translation import kata2hira

# the roles, as the dictionary writes their normalized form
_ROLES = frozenset({"医師", "医者", "ドクター", "警官", "警察官", "ポリス", "看護師", "保健師", "養護教諭"})
# the school nurse said as children say it: 保健室の先生, 保健の先生 (read in hiragana)
_SCHOOL_NURSE = re.compile("ほけん(?:しつ)?の?せんせい")
# a name in kana holds a role only so (the fast path asks it too: 「いし」 is a stone)
GATE = re.compile("いしゃ|どくた|ぽりす|かんごし|けいかん|ほけん")
_COPULA = frozenset({"です", "だ", "や", "じゃ", "でございます", "どす"})
_AFTER = frozenset(
    {"さん", "さま", "様", "ちゃん", "くん", "せんせい", "先生", "よ", "ね", "だよ", "っす", "でーす"}
)
_BEFORE = frozenset({"お", "御"})
_KANJI = re.compile("[一-鿿々]")
# a role in kanji holds one of these (医師, 医者, …科医, 警官, 看護師, 保健室, 養護教諭), and in
# katakana starts so (ドクター, ポリス): no other name is read by the dictionary here
_ROLE_KANJI = re.compile("[医警看保養]|ドクタ|ポリス")


def claims_a_role(text: str) -> bool:
    """Whether ``text`` (the name unmasked) claims one of the trusted roles for its bearer."""
    hira = kata2hira(text)
    if GATE.search(hira) is None and _ROLE_KANJI.search(text) is None:
        return False
    if _SCHOOL_NURSE.fullmatch(_trimmed(hira)) or _SCHOOL_NURSE.fullmatch(_trimmed(kata2hira(reading(text)))):
        return True
    found = [t for t in tokens(text) if t.surface.strip() and t.pos[0] != "補助記号"]
    roles = [i for i, t in enumerate(found) if _is_role(t)]
    return any(_claimed(found, i) for i in roles)


def _trimmed(hira: str) -> str:
    """The name in hiragana without a copula or an ending after it."""
    return re.sub("(?:です|だよ|だ|でーす|よ|ね|ー|〜)+$", "", hira)


def _is_role(t: Token) -> bool:
    return t.normalized in _ROLES or (t.normalized.endswith("科医") and len(t.normalized) >= 3)


def _claimed(found: list[Token], i: int) -> bool:
    before = found[:i]
    after = found[i + 1 :]
    if before and before[-1].surface in _BEFORE:
        before = before[:-1]
    ends = all(t.surface in _AFTER or t.normalized in _COPULA or t.pos[0] == "助詞" for t in after)
    if not before and ends:
        return True  # the role, with endings only: 「医師です」, 「おいしゃさん」
    if not before and after:
        # a title before a person's name (「ドクターゆい」, 「ドクターさとう」), or の and the name
        rest = after[1:] if after[0].surface == "の" else after
        named = rest[:1]
        tail = rest[1:]
        return (
            bool(named)
            and _a_persons_name(named[0], after[0].surface == "の")
            and all(t.surface in _AFTER or t.normalized in _COPULA for t in tail)
        )
    # a person's name before the role (「たなか医師」)
    return len(before) == 1 and _a_persons_name(before[0], True) and ends


def _a_persons_name(t: Token, strict: bool) -> bool:
    """A person's name the dictionary knows, or a word it does not know; right after a bare
    title (not ``strict``) also a word in hiragana, as given names and family names are read
    as words (「さとう」 is 砂糖 to it) — not a thing in katakana or kanji (「イエロー」)."""
    if len(t.pos) > 2 and t.pos[2] == "人名":
        return True
    if t.oov:
        return _KANJI.search(t.surface) is None
    return not strict and re.fullmatch("[ぁ-ゖー]+", t.surface) is not None
