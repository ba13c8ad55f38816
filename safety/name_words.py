"""A name made of ordinary dictionary words, with a listed fragment only inside one of them
(names round r, 2026-12-06): 「シネフィル」, 「しにせ」 (老舗), 「タヒボ」, 「タヒボちゃん」.

The lists of ``lexicon/names.toml`` are looked for in a name's letters; a listed word strictly
inside one dictionary word is only letters of it.  ``holding_words`` finds, in the name as
written or, a name all in hiragana, read in katakana (Sudachi knows loanwords in katakana only:
「しねふぃる」 is シネフィル), or all in katakana, read in hiragana, Sudachi's shortest units (mode A)
that are all words of the dictionary (no unknown word: 「シネマル」 is none), nouns or the
suffixes, prefixes and の beside them, read as the name's own key reads (no other reading of a
kanji), with no listed kanji word in the name (死神, 殺し屋, 飛び降り) and every listed kana word
of the name (and たひ, 死 written in katakana), with or without its small っ, strictly inside
one noun that is no listed word itself.  It returns where those nouns stand; the name is then
judged again without them (``safety.names.check_name``): what is left must pass on its own
(「シネマロープ」 is still a rope, 「シネマしね」 still しね).  A listed word that is a unit of
its own, runs over two units (「し|に|たいやき」, 「ねこ|しね」) or is a verb (「きえ|たいやき」)
is not inside one word: such names are judged as before.

Names round b (2026-12-07): in a name written plainly each run of letters between marks, digits,
Latin letters and spaces is read alone (「タヒボ☆ちゃん」, 「タヒボw」).  It also let any word of the
dictionary stand beside the nouns (「タヒボがすき」); the blind gate found two katakana disguises
of insults read so, and that part was withdrawn.  ``safety.names`` then judges what is left more
ways (the holders as ・, as an ordinary noun, and with a letter or two of theirs left beside a
neighbour: 「4ぃ|ねぶた|ん」).
"""

from __future__ import annotations

import functools
import re

from safety.lexicon import NAME_LISTS
from safety.morphology import Token, tokens
from safety.name_reading import FRAGMENTS, WHOLE_ANY, name_key
from safety.translation import hira2kata, kata2hira
from safety.word_search import any_word

HARM_REASONS = frozenset({"self_harm", "insult", "sexual"})
"""The reasons a fragment inside a word may have given: the lists of words that hide in others."""
ROLE_REASONS = frozenset({"staff", "contact"})
"""Names round f (2026-12-07): the staff and contact lists' words hide in others too (ロボ in
泥棒, もり in ヤモリ, ライン in ゴールライン); read with ``wider`` (see ``holding_words``)."""

# a name of letters only: hiragana, katakana (ー held), kanji
_LETTERS = re.compile("[ぁ-ゖァ-ヺー一-鿿々]+")
_ALL_HIRAGANA = re.compile("[ぁ-ゖー]+")
_ALL_KATAKANA = re.compile("[ァ-ヺー]+")
# every listed kana word (``name_reading.FRAGMENTS``: all lists, whole-word ones too) and たひ,
# 死 written in katakana (``safety.name_views``'s reading of タヒ), also without small っ
_PIECES = frozenset({*FRAGMENTS, "たひ"})
_PIECES_NO_TSU = frozenset(p.replace("っ", "") for p in _PIECES) - {""}
_LISTED_KANA = _PIECES | _PIECES_NO_TSU | WHOLE_ANY | {w.replace("っ", "") for w in WHOLE_ANY}
# the kanji words the harm lists look for anywhere (死, 殺, 首吊, 飛び降, 変態, 無能…)
_LISTED_KANJI = tuple(
    dict.fromkeys(w for words in NAME_LISTS if words.reason in HARM_REASONS for w in words.anywhere.kanji)
)
_LISTED_KANJI_RE = any_word(_LISTED_KANJI)  # (one search, not one a word: names round f)
# Names round f: the staff list's words that end in a word of address (もりさん, 森さん, もりくん):
# such a word begun strictly inside a noun and ending with the suffixes after it is the noun's
# own (「ヤモリさん」, 「大森さん」, 「コウモリさん」); もり as a word of its own stays the caretaker's
_STAFF_INDEX = tuple(i for i, words in enumerate(NAME_LISTS) if words.reason == "staff")
_CONTACT_INDEX = tuple(i for i, words in enumerate(NAME_LISTS) if words.reason == "contact")
# 御 read three ways, and ど the intensifier (ど根性): 「どもりさん」 is also a slur for stuttering
# with さん after it (names round f's review)
_RESPECT = frozenset({"お", "ご", "み", "ど"})
# (a word of address: ``safety.names`` lets a name through with nothing else beside the noun)
ADDRESSED = ("さん", "くん", "ちゃん", "せんせい", "さま")
_STAFF_ADDRESSED = frozenset(
    w for w, found in FRAGMENTS.items() if w.endswith(ADDRESSED) and any(i in _STAFF_INDEX for i, _ in found)
)
# the contact list's words (app names), which a longer noun of the dictionary may hold whole
# (「ゴールライン」, 「スカイライン」: Sudachi's longest unit) — never a staff word
_CONTACT_ONLY = frozenset(
    w
    for w, found in FRAGMENTS.items()
    if any(i in _CONTACT_INDEX for i, _ in found) and not any(i not in _CONTACT_INDEX for i, _ in found)
)
# the staff and contact lists' kana words (and without small っ), looked for before a name
# refused as staff or contact is read wider: one refused for a meeting or a handle holds none
_ROLE_PIECES = any_word(
    {
        v
        for w, found in FRAGMENTS.items()
        if any(i in _STAFF_INDEX or i in _CONTACT_INDEX for i, _ in found)
        for v in (w, w.replace("っ", ""))
        if len(v) >= 2
    }
)
# and their kanji words (運営, 森さん, 電話): a name with kanji is gated by these, read as written
_ROLE_KANJI = any_word(
    w
    for i in (*_STAFF_INDEX, *_CONTACT_INDEX)
    for w in (*NAME_LISTS[i].anywhere.kanji, *NAME_LISTS[i].whole.kanji)
)
_ADDRESSED_RE = any_word(ADDRESSED)
_CONTACT_ONLY_RE = any_word(_CONTACT_ONLY)
# what may stand beside the nouns: a suffix (ちゃん), a prefix (お)
_BESIDE = frozenset({"接尾辞", "接頭辞"})


def holding_words(
    name: str, *, plain: bool = False, wider: bool = False
) -> tuple[tuple[int, int], ...] | None:
    """Where in ``name`` (cleaned) the ordinary nouns holding its listed kana words stand, as
    character offsets, when the name is made of ordinary words in the way the module's doc
    says; None when it is not (or holds no listed word).  Each run of letters between marks,
    pictures, digits, Latin letters or spaces is read alone when ``plain`` (the name written
    plainly; names round b of 2026-12-07: 「タヒボ☆ちゃん」, 「タヒボw」): a mark is no letter of a
    word, so no word runs over one, and what stands between the runs is judged with the rest of
    the name.  Otherwise only a name all of letters is read, as in round r.

    ``wider`` (names round f of 2026-12-07, for a name refused as ``staff`` or ``contact``
    only): a staff word ending in a word of address may begin strictly inside a noun and end
    with the suffixes after it (「ヤモリ|さん」, 「大森|さん」), and an app's name may be inside
    one of Sudachi's longest units that is a noun (「ゴールライン」) — a staff word never: it
    must still lie strictly inside one shortest unit, so 「ロボ|です」, 「運営|者」 and 「スタッフ|ルーム」
    stay what they say."""
    if wider and _ROLE_PIECES.search(kata2hira(name)) is None and _ROLE_KANJI.search(name) is None:
        return None  # (no staff or app word in it as written: refused for something else)
    if _LISTED_KANJI_RE.search(name) is not None:
        return None
    if not plain:
        return (_run_holding(name, wider) or None) if _LETTERS.fullmatch(name) else None
    found: list[tuple[int, int]] = []
    for run in _LETTERS.finditer(name):
        found.extend((run.start() + s, run.start() + e) for s, e in _run_holding(run.group(0), wider))
    return tuple(found) or None


def _run_holding(name: str, wider: bool = False) -> tuple[tuple[int, int], ...]:
    """``holding_words`` of one run of letters: its holders, or () when it has none."""
    spellings = [name]
    # read in the other kana only a name of one script: where a name changes script its words
    # change (「クズ|はパンダ」, 「ま|ブタ」, 「ジェシカ|へくそ」), as ``name_reading.analyse`` reads them
    if _ALL_HIRAGANA.fullmatch(name) is not None:
        spellings.append(hira2kata(name))  # a loanword written in hiragana: 「しねふぃる」
    elif _ALL_KATAKANA.fullmatch(name) is not None:
        spellings.append(kata2hira(name))  # a word Sudachi knows in hiragana only: 「カタワラ」
    for spelling in dict.fromkeys(spellings):
        found = _holding(spelling)
        if not found and wider:
            # (each wider reading only where its words can be: a word of address, an app's name)
            hira = kata2hira(spelling)
            if _ADDRESSED_RE.search(hira) is not None:
                found = _holding(spelling, addressed=True)
            if not found and _CONTACT_ONLY_RE.search(hira) is not None:
                found = _holding(spelling, longest=True)
        if found:
            return found
    return ()


@functools.lru_cache(maxsize=256)
def _holding(text: str, addressed: bool = False, longest: bool = False) -> tuple[tuple[int, int], ...]:
    units = tokens(text, shortest=not longest)
    if not units or any(not _ordinary_unit(t, units, i) for i, t in enumerate(units)):
        return ()
    keys = [_key(t) for t in units]
    if "".join(keys) != name_key(text):
        return ()  # (a kanji read otherwise than the name's key reads it: 手 as しゅ)
    holders: set[int] = set()
    for tsu in (True, False):
        pieces = _PIECES if tsu else _PIECES_NO_TSU
        spans = []
        pos = 0
        for k in keys:
            k = k if tsu else k.replace("っ", "")
            spans.append((pos, pos + len(k)))
            pos += len(k)
        key = "".join(k if tsu else k.replace("っ", "") for k in keys)
        for s in range(len(key)):
            for e in range(s + 2, len(key) + 1):
                if key[s:e] not in pieces:
                    continue
                holder = next(
                    (i for i, (a, b) in enumerate(spans) if a <= s and e <= b and b - a > e - s), None
                )
                if longest and key[s:e] not in _CONTACT_ONLY:
                    holder = None  # (a staff word or a harm word only in the shortest units)
                if holder is None and addressed and key[s:e] in _STAFF_ADDRESSED:
                    holder = _addressed_holder(key, spans, units, s, e)
                if holder is None or units[holder].pos[0] != "名詞":
                    return ()
                holders.add(holder)
    return tuple((units[i].start, units[i].end) for i in sorted(holders))


def _addressed_holder(
    key: str, spans: list[tuple[int, int]], units: tuple[Token, ...], s: int, e: int
) -> int | None:
    """The noun a staff word ending in a word of address begins strictly inside, when the word
    ends where the suffixes after that noun end (「ヤモリ|さん」); None otherwise, and None when
    what the noun holds before it is a prefix of respect (「おもりさん」, 「オモリさん」 are もりさん
    with お before it to a child reading them, whatever Sudachi's おもり)."""
    first = next((i for i, (a, b) in enumerate(spans) if a < s < b), None)
    if first is None or key[spans[first][0] : s] in _RESPECT:
        return None
    last = next((i for i, (_, b) in enumerate(spans) if b == e), None)
    if last is None or last <= first:
        return None
    if not all(units[j].pos[0] == "接尾辞" for j in range(first + 1, last + 1)):
        return None
    return first


def _ordinary_unit(t: Token, units: tuple[Token, ...], i: int) -> bool:
    """A word of the dictionary, a noun or what stands beside one, no listed word itself.  (Names
    round b of 2026-12-07 let any dictionary word stand beside the nouns, 「タヒボがすき」; the
    blind gate found two katakana disguises of insults read so, and it was withdrawn.)"""
    if t.oov or not t.pos:
        return False
    if t.pos[0] == "名詞":
        pass
    elif t.pos[0] in _BESIDE:
        if not any(u.pos and u.pos[0] == "名詞" for u in units):
            return False
    elif t.surface == "の" and t.pos[0] == "助詞":
        if not (0 < i < len(units) - 1 and units[i - 1].pos[0] == "名詞" and units[i + 1].pos[0] == "名詞"):
            return False
    else:
        return False
    k = _key(t)
    said = (k, k.replace("っ", ""), kata2hira(t.normalized).replace("ー", ""))
    if any(s in _LISTED_KANA for s in said) or _listed_and_a_word(k):
        return False
    return _LISTED_KANJI_RE.search(t.normalized) is None and _LISTED_KANJI_RE.search(t.surface) is None


# Endings that make a word a nickname of itself (でぶっちょ, のろすけ): a listed word with one of
# them is the listed word.
_AFFECTIONATE_TAILS = ("っちょ", "すけ", "ちん", "っぺ")


@functools.lru_cache(maxsize=256)
def _listed_and_a_word(key: str) -> bool:
    """Whether a dictionary word is a listed word and another word of two kana or more made one
    (禿げ親父 is はげ + おやじ, 糞親父 くそ + おやじ): an insult the dictionary holds whole is
    still the insult; a listed word with one kana more (シネ|マ, タヒ|ボ) is no word of it."""
    # (the listed word first or last, the other word two kana or more)
    rests = [key[i:] for i in range(2, len(key) - 1) if key[:i] in _PIECES]
    rests += [key[:i] for i in range(2, len(key) - 1) if key[i:] in _PIECES]
    if any(key.endswith(tail) and key[: -len(tail)] in _PIECES for tail in _AFFECTIONATE_TAILS):
        return True  # でぶっちょ is でぶ said with a tail, still the insult (found at review)
    return any(_one_word(r) or _one_word(hira2kata(r)) for r in rests)


def _one_word(text: str) -> bool:
    found = tokens(text)
    return len(found) == 1 and not found[0].oov


def _stand_in(word: str) -> str:
    """An ordinary noun written as ``word`` is: katakana, kanji or hiragana."""
    if _ALL_KATAKANA.fullmatch(word):
        return "サクラ"
    if any("\u3400" <= ch <= "\u9fff" for ch in word):
        return "桜"
    return "さくら"


def _key(t: Token) -> str:
    """The unit read as the lists are (hiragana, ー dropped)."""
    has_kanji = any("\u3400" <= ch <= "\u9fff" for ch in t.surface)
    return kata2hira(t.reading if has_kanji else t.surface).replace("ー", "")


def without(name: str, spans: tuple[tuple[int, int], ...], *, stand_in: bool = False) -> str:
    """``name`` with each of ``spans`` written as ・ (a separator: what is left is read alone),
    or with ``stand_in`` as an ordinary noun of the span's script (サクラ, さくら, 桜), so what
    is left is read beside a word as it was (names round b of 2026-12-07)."""
    out, last = [], 0
    for s, e in spans:
        out.append(name[last:s])
        out.append(_stand_in(name[s:e]) if stand_in else "・")
        last = e
    out.append(name[last:])
    return "".join(out)
