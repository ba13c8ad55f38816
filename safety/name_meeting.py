"""A display name that asks someone to come, wait or meet, judged by its words.

Kakurega has no way for two visitors to meet, so a name may not ask for one.  The lexicon
(``names.toml``) lists the set phrases (あおうよ, オフ会, まちあわせ); this part reads what
no list can hold, by construction: a verb of coming, waiting, meeting, picking up or putting
up (``[meeting] verbs`` in ``names.toml``, as Sudachi's normalised dictionary form) with an
ending after it (「駅で待ってる」, 「おうちきて」, 「泊めてくれる人」, 「迎えにいくよ」), or a
noun of gathering (``[meeting] nouns``: 「渋谷集合」).  A verb standing alone with no ending
is a word, not a request (「まつ」, 「あつまれ」 pass).
"""

from __future__ import annotations

import jaconv

from safety import lexicon
from safety.morphology import Token, tokens
from safety.names_toml import FILE, NamesTomlError


def dictionary_words(written: tuple[str, ...], pos: str, where: str) -> frozenset[str]:
    """``[meeting]`` words as Sudachi normalises them (逢う is 会う), since a name's words are
    compared so; an entry that is not one word of the dictionary with part of speech ``pos``
    would never be met and stops the start with ``NamesTomlError`` naming it."""
    out = set()
    for w in written:
        ts = tokens(w)
        if len(ts) != 1 or ts[0].oov or not ts[0].pos or ts[0].pos[0] != pos:
            cut = " + ".join(f"{t.surface} ({t.pos[0] if t.pos else '?'})" for t in ts)
            raise NamesTomlError(
                f"{FILE}: [meeting] {where}: {w!r} is not one {pos} of the dictionary ({cut})"
            )
        out.add(ts[0].normalized)
    return frozenset(out)


MEETING_VERBS = dictionary_words(lexicon.MEETING_VERBS, "動詞", "verbs")
MEETING_NOUNS = dictionary_words(lexicon.MEETING_NOUNS, "名詞", "nouns")

# What must be in a name (read as hiragana, kanji kept) before it is worth analysing: the
# stems of the verbs and nouns above.  Cheap; most names have none.
STEMS = (
    "きて", "きな", "こい", "こよ", "くる", "来", "まっ", "待", "むかえ", "迎", "とめて", "とまら",
    "とまり", "とまれ", "とまっ", "泊", "あつま", "集", "しゅうごう", "会", "逢",
)  # fmt: skip
# Stems that take a plain kana name off the fast path (「き」 alone is in too many names:
# a plain kana name is asked only when it has a verb ending after one of these).
FAST_PATH_STEMS = (
    "きて",
    "きな",
    "まって",
    "むかえ",
    "とめて",
    "とまら",
    "とまり",
    "とまれ",
    "あつま",
    "しゅうごう",
)


def invites_meeting(text: str) -> bool:
    """Whether ``text`` (a name with its disguises undone) asks to meet."""
    key = jaconv.kata2hira(text)
    if not any(stem in key for stem in STEMS):
        return False
    # Sudachi reads a verb written in katakana poorly (「オウチキテ」): read the kana as
    # hiragana, kanji kept
    words = [t for t in tokens(key) if t.pos and t.pos[0] != "補助記号"]
    for i, t in enumerate(words):
        if t.pos[0] == "名詞" and t.normalized in MEETING_NOUNS and _an_ending(words[i + 1 :], first=False):
            # the noun is what the name comes to (「渋谷集合」), not a word before another
            # noun (「集合写真」)
            return True
        if t.pos[0] != "動詞" or t.normalized not in MEETING_VERBS or i + 1 == len(words):
            continue
        if key[t.end :].startswith("てぃ"):  # 「きてぃ」 is Kitty
            continue
        if _an_ending(words[i + 1 :]):
            return True
    return False


_ENDING_POS = frozenset({"助詞", "助動詞", "動詞", "形容詞"})  # 形容詞: 「泊めてほしい」
_WORD_POS = frozenset({"名詞", "代名詞"})


def _an_ending(rest: list[Token], *, first: bool = True) -> bool:
    """What follows is an ending (particles, auxiliaries, a helping verb) up to the next noun
    or the end: 「まってる」, 「きてね」, 「泊めてくれる人」; not 「マッテオ」 (まっ + て + お),
    nor 「あつまれどうぶつ」 (a noun right after the verb: the verb is part of a title).
    ``first=False``: only endings up to the end (after a noun of gathering)."""
    for i, t in enumerate(rest):
        if t.pos[0] in _WORD_POS and first and i > 0:
            return True
        if t.pos[0] not in _ENDING_POS:
            return False
    return True
