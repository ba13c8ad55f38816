"""A name spelled backwards (「ねし」, 「いたにし」, 「トッカトスリ」): read reversed.

A name of kana only that is no word forwards and, read from its end, is listed words and
nothing else (particles between them) is read once more reversed; ``safety.names`` refuses it
when the reversed reading is refused for self-harm, an insult or a sexual word.  A name that
is a word forwards is that word (「かば」 is a hippo, not ばか reversed; 「ゆうた」, 「かばさん」
pass).
"""

from __future__ import annotations

import re

from safety.allow_list import ALLOW_LIST
from safety.morphology import tokens
from safety.name_reading import FRAGMENTS, WHOLE_ANY
from safety.translation import kata2hira

# the reasons a reversed reading may give: what a child spells backwards to slip it past
REASONS = frozenset({"self_harm", "insult", "sexual"})
# kana only, two letters or more (marks and decorations are taken out before)
_KANA_ONLY = re.compile("[ぁ-ゖァ-ヺー]{2,}")
# a word of address or a nickname's ending after a name (「かばさん」 is かば + さん)
_SUFFIX = re.compile("(?:ちゃん|くん|さん|さま|たん|ちゃ|っち|ぴょん|ぽん|りん)$")
# what may stand in a name that is a word: every piece a word of its own
_CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞", "代名詞", "連体詞", "感動詞"})
_ALLOWED = frozenset(kata2hira(w).replace("ー", "") for w in ALLOW_LIST.words)


def reversed_key(letters: str) -> str | None:
    """``letters`` (the name's letters, marks out) read from the end, when they are kana only
    and the reversed reading is listed words (the fast path asks the same); else None."""
    if not _KANA_ONLY.fullmatch(letters) or letters.endswith("ー"):
        # (a held ー ends a word; read from the end it would start one: 「ラブー」)
        return None
    key = kata2hira(letters).replace("ー", "")[::-1]
    # (read from the end it starts with a listed word: most names stop at their last two letters)
    if len(key) < 2 or key[:2] not in _STARTS or not _made_of_listed_words(key):
        return None
    return letters[::-1]


def reversed_start(key: str) -> bool:
    """The name's letters in hiragana (``key``) end in what, read backwards, starts a listed
    word: the fast path's first test, before ``reversed_key``."""
    return key.replace("ー", "")[-2:][::-1] in _STARTS


def _made_of_listed_words(key: str) -> bool:
    """``key`` is listed words and particles between them, nothing else (「ばかよしね」,
    「くずやろう」): a word spelled backwards leaves no letters over, where an ordinary name
    read from its end only holds one (「すぶた」 酢豚 reads たぶす, 「かばん」 んばか)."""
    reach = [False] * (len(key) + 1)
    reach[0] = True
    for start in range(len(key)):
        if not reach[start]:
            continue
        for end in range(start + 1, len(key) + 1):
            piece = key[start:end]
            if (len(piece) >= 2 and (piece in FRAGMENTS or piece in WHOLE_ANY)) or (
                start > 0 and end < len(key) and piece in _PARTICLES
            ):
                reach[end] = True
    return reach[-1]


# the first two letters of every listed kana word
_STARTS = frozenset(w[:2] for w in (*FRAGMENTS, *WHOLE_ANY))
# what may stand between two listed words spelled backwards (「ばかよしね」)
_PARTICLES = frozenset({"よ", "の", "が", "は", "ね", "と", "や", "も", "な"})


def is_a_word(letters: str) -> bool:
    """The name read forwards is a word: allow-listed, or (a word of address after it taken
    out) one word the dictionary knows, or words of two letters or more each."""
    key = kata2hira(letters).replace("ー", "")
    bare = _SUFFIX.sub("", letters) or letters
    if key in _ALLOWED or kata2hira(bare).replace("ー", "") in _ALLOWED:
        return True
    found = tokens(bare)
    if any(t.oov for t in found):
        return False
    if len(found) == 1:
        return found[0].pos[0] not in {"助詞", "助動詞"}
    return all(t.pos[0] in _CONTENT_POS and len(t.surface) >= 2 for t in found)


def counts(reason: str | None, letters: str) -> bool:
    """Whether the reversed reading's ``reason`` refuses the name: self-harm, an insult or a
    sexual word, and in a name of two kana only self-harm (「ねし」 is しね): two kana read from
    the end make an insult of many a nickname (「モキ」, 「ロエ」, 「ブデ」)."""
    return reason in REASONS and (reason == "self_harm" or len(letters.replace("ー", "")) >= 3)
