"""A display name that says its bearer is the caretaker, judged by its words.

The lists (``names.toml``) hold the set phrases (もりさん, もりです, ほんもののもり); this part
reads the ones no list holds: the caretaker's name (``[caretaker] names``) as a word of its
own, with nothing else in the name but what says "I am": the copula and sentence endings
(「もりだよ」, 「もりでーす」), a first-person word before it (「ぼくがもり」, 「わたしはもり」),
or a role that makes it the caretaker's (``[caretaker] roles``: 「もり(本人)」, 「もりの代理」,
「AIもり」).  Anything else in the name makes it another word or another person: 「もりのくまさん」,
「もりもと」, 「もりこ」, 「森田」 pass.
"""

from __future__ import annotations

from safety import lexicon
from safety.morphology import Token, tokens
from safety.translation import kata2hira

_NAMES = frozenset(kata2hira(w) for w in lexicon.CARETAKER_NAMES)
_ROLES = frozenset(kata2hira(w.lower()) for w in lexicon.CARETAKER_ROLES)
STEMS = tuple(sorted(_NAMES))
"""What must be in a name (hiragana, kanji kept) before it is worth analysing."""
_MARKS = frozenset({"補助記号", "空白"})
# the copula as it ends a self-introduction (「もりたろう」 is no もり + だろう: not in here)
_COPULA = frozenset({"だ", "です", "でーす", "でぇす", "っす", "す", "じゃ", "や"})
_FIRST_PERSON = frozenset({"わたし", "ぼく", "おれ", "うち", "あたし", "わし", "じぶん", "わたくし"})


def claims_caretaker(text: str) -> bool:
    """Whether ``text`` (a name with its disguises undone) says it is the caretaker."""
    key = kata2hira(text)
    if not any(stem in key for stem in STEMS):
        return False
    words = tokens(key)
    for i, t in enumerate(words):
        if t.pos and t.pos[0] == "名詞" and (t.surface in _NAMES or t.reading in _NAMES):
            before, after = words[:i], words[i + 1 :]
            if (before or after) and _only_says_who(before, after):
                return True
    return False


def _only_says_who(before: tuple[Token, ...], after: tuple[Token, ...]) -> bool:
    """Nothing but "I" before the name and the copula, endings or a role after it."""
    for j, t in enumerate(before):
        if _role(t) or t.pos[0] in _MARKS:
            continue
        if t.pos[0] == "代名詞" and t.reading in _FIRST_PERSON:
            continue
        if t.pos[0] == "助詞" and t.surface in ("は", "が") and j == len(before) - 1:
            continue
        return False
    said = False  # a sentence ending only after the copula: 「もりだよ」; 「もりかわ」 is a name
    for j, t in enumerate(after):
        if t.pos[0] == "助動詞" and t.surface in _COPULA:
            said = True
            continue
        if _role(t) or t.pos[0] in _MARKS:
            continue
        if t.pos[0] == "助詞" and (
            (t.pos[1] == "終助詞" and said) or (t.surface == "の" and j + 1 < len(after))
        ):
            continue
        return False
    return True


def _role(t: Token) -> bool:
    return t.reading in _ROLES or kata2hira(t.surface.lower()) in _ROLES
