"""A display name read as words, for the name policy (``safety.names``).

The name's key (hiragana, kanji read), where Sudachi's words begin and end, which listed
words of ``names.toml`` stand in it and which of them count: not inside an allow-listed
word, a person's or place's name, one of the dictionary's shortest nouns, or across two
known words by chance; whole-word entries only where words begin and end.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from itertools import pairwise

from jaconv.conv_table import K2H_TABLE

from safety.allow_list import ALLOW_LIST, AllowListError
from safety.allow_list import FILE as ALLOW_LIST_FILE
from safety.constructions import unmask
from safety.lexicon import NAME_LISTS
from safety.morphology import Token, reading, tokens
from safety.normalize import fold
from safety.translation import hira2kata, kata2hira
from safety.word_search import any_word


def name_key(text: str) -> str:
    """A name (or a listed word) as the word rules read it: hiragana, kanji read, letters and
    digits only.  Unlike ``fold`` it keeps doubled letters: 「こころ」 stays 「こころ」."""
    text = kata2hira(letters_of(text))
    return kata2hira(reading(text)).replace("ー", "") if text else ""


def letters_of(text: str) -> str:
    """Letters, digits and ー only, scripts kept (the analyser knows 「ルーカス」, not 「るーかす」)."""
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch == "ー")


def has_kanji(word: str) -> bool:
    return _KANJI.search(word) is not None


_KANJI = re.compile("[\u3400-\u9fff]")


def _keys(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for w in words if (k := name_key(unmask(w)))))


# Each list's kana words and whole-word kana words in name_key form.
LISTS = tuple(
    (words, _keys(tuple(w for w in words.kana_words if not has_kanji(w))), _keys(words.token))
    for words in NAME_LISTS
)
WHOLE = tuple(frozenset(_keys(words.whole.kana + words.whole.kanji)) for words in NAME_LISTS)
WHOLE_ANY = frozenset().union(*WHOLE)
WHOLE_NO_TSU = tuple(frozenset(w.replace("っ", "") for w in whole) for whole in WHOLE)


def _fragments(tsu: bool) -> dict[str, list[tuple[int, bool]]]:
    """Every listed kana word → (list index, whole words only?), looked up by length: one
    pass over a name finds all of them, whatever the lists' size.  Without ``tsu`` the words
    are written without small っ, for the reading of a name without them."""
    table: dict[str, list[tuple[int, bool]]] = {}
    for i, (_words, anywhere, token) in enumerate(LISTS):
        for words, whole in ((anywhere, False), (token, True)):
            for w in words:
                if not tsu and w.endswith("っ"):
                    # a stem ending in っ (あおっ of あおっか) is no word without it: あお is blue
                    continue
                key = w if tsu else w.replace("っ", "")
                if key:
                    table.setdefault(key, []).append((i, whole))
    return table


FRAGMENTS = _fragments(tsu=True)
if short := sorted(w for w in FRAGMENTS if len(w) < 2):
    # names.toml refuses a word written with one kana (``names_toml._check_kana_word``); one
    # folded to one (a held vowel dropped, 「しー」) would be in most names, and the readings look
    # for words only where two listed kana start, the fast path (``has_fragment``,
    # ``names._FAST_PATH_GATE``) anywhere: they would disagree
    raise ValueError(f"safety/lexicon/names.toml: listed kana words of one letter: {short}")
FRAGMENTS_NO_TSU = _fragments(tsu=False)
_LENGTHS = tuple(sorted({len(w) for w in FRAGMENTS} | {len(w) for w in FRAGMENTS_NO_TSU}))
# The first two kana of every listed word (all have two or more, ``test_listed_words_have_two_kana``)
_STARTS = frozenset(w[:2] for w in (*FRAGMENTS, *FRAGMENTS_NO_TSU))
# The allow-list, longest first, so 「しねらりあ」 is taken out before anything shorter inside it.
ORDINARY = tuple(sorted(_keys(ALLOW_LIST.words), key=len, reverse=True))
_ORDINARY_SET = frozenset(ORDINARY)
ORDINARY_WORDS = _ORDINARY_SET
"""The allow-listed words in ``name_key`` form (hiragana, no ー), for a word spelled in romaji."""
ORDINARY_KANJI = tuple(
    sorted({k for w in ALLOW_LIST.words if has_kanji(k := fold(w, read=False).kana)}, key=len, reverse=True)
)
_ORDINARY_LENGTHS = tuple(sorted({len(w) for w in ORDINARY}, reverse=True))


def allows_a_listed_word(words: tuple[str, ...], latin: frozenset[str]) -> str | None:
    """The first allow-list entry that is itself a word of the name lists, or that reads as
    nothing, said for ``AllowListError``: such an entry would let the listed word through
    in every name (an allow-listed word is taken out before the lists are looked for)."""
    for w in words:
        key = name_key(unmask(w))
        if not key:
            return f"words: {w!r} has no letters"
        kanji = fold(w, read=False).kana
        for i, listed in enumerate(NAME_LISTS):
            in_kana = any(j == i for j, _ in FRAGMENTS.get(key, ())) or key in WHOLE[i]
            if in_kana or kanji in listed.anywhere.kanji + listed.whole.kanji:
                return f"words: {w!r} is itself a word of the {listed.reason} list in names.toml"
    for w in sorted(latin):
        for listed in NAME_LISTS:
            if w in listed.latin or w in listed.latin_token:
                return f"latin: {w!r} is itself a word of the {listed.reason} list in names.toml"
    return None


if (_wrong := allows_a_listed_word(ALLOW_LIST.words, ALLOW_LIST.latin)) is not None:
    raise AllowListError(f"{ALLOW_LIST_FILE}: {_wrong}")


@dataclass(frozen=True, slots=True)
class Reading:
    """A name read as words: its key (``name_key`` form), where words begin and end, the
    allow-listed words in it, and the dictionary words nothing inside of which is a word."""

    key: str
    edges: frozenset[int]
    ordinary: tuple[tuple[int, int], ...]
    atomic: tuple[tuple[int, int], ...]
    names: tuple[tuple[int, int], ...]
    tsu: bool = True
    """False for the reading without small っ: matched against the lists written without."""
    nouns: tuple[tuple[int, int, str], ...] = ()
    """Where the name's dictionary nouns of ``_MIN_UNIT`` kana or more stand, as written."""
    words: tuple[tuple[int, int], ...] = ()
    """Where the name's content words the dictionary knows, of three kana or more, stand."""
    heads: tuple[tuple[int, int], ...] = ()
    """Where the name's nouns the dictionary knows, of two kana or more, stand: words a
    listed word may start with by chance (``straddles``)."""
    katakana: tuple[tuple[int, int], ...] = ()
    """Where the name's runs of words written in katakana stand (three kana or more)."""
    joined: tuple[tuple[int, int], ...] = ()
    """Where a noun written in kanji and the particle after it stand, when the two read
    together are a listed word (「家|で」 reads いえで, 「家出」): the script shows two words."""
    with_tsu: Reading | None = None
    """For the reading without small っ, the name's reading with them: a foreign word is
    judged as written (「ブスケッツ」 is no 「ブス|ケツ」)."""

    def in_foreign_word(self, s: int, e: int) -> bool:
        """Whether ``s:e`` lies strictly inside a run written in katakana whose rest is no
        word that could stand beside it (``_beside``): the letters of a foreign name or
        loanword (「ブス|ケッツ」, 「ジョコ|ビッチ」, 「ゴミ|ス」, 「シネ|イド」), not a listed
        word with another word, an ending or a word for a person (「ブスデブ」, 「バカナノ」,
        「クズオトコ」, 「オマエシネ」)."""
        for a, b in self.katakana:
            if a <= s and e <= b and b - a > e - s:
                word = self.key[s:e]
                before, after = self.key[a:s], self.key[e:b]
                return not (_beside(before, word, after=False) and _beside(after, word, after=True))
        return False

    def straddles(self, s: int, e: int) -> bool:
        """Whether ``s:e`` begins strictly inside one such word, or inside a person's or
        place's name, and ends strictly inside another: the listed word is made of the end of
        one word and the start of the next, by chance (「ありす|かわいい」 holds りすか,
        「わたし|に|たいやき」 しにたい, 「ふじ|さつき」 じさつ; not 「わたし|に|たい」, where
        たい is too short to be a word of its own).  So is a listed word made of a whole
        person's or place's name and the start of the next word (「もり|さんぽ」 holds
        もりさん; not 「もり|さん|だよ」), or of a whole noun and the first kana of the next
        word (「りす|かわいい」 holds りすか; not 「りすか|したい」, nor 「かみ|まちなか」, where
        a word of two kana, まち, is in かみまち)."""
        head = next((b for a, b in (*self.words, *self.names) if a < s < b), None)
        if head is None:
            head = next((b for a, b in self.names if a == s and b < e), None)
        if head is None:
            head = next((b for a, b in self.heads if a == s and e - b == 1), None)
        return head is not None and any(a < e < b and a >= head for a, b in self.words)

    def in_unit(self, s: int, e: int) -> bool:
        """Whether ``s:e`` lies strictly inside a noun of the dictionary that cannot be cut
        into smaller words (Sudachi's shortest units, ``_MIN_UNIT`` kana or more): a listed
        word there is only letters of it (インスタント, カスタネット, シネコン), while one that
        is a unit of its own still counts (電話番号 is 電話 + 番号, セックスフレンド セックス +
        フレンド).  Only the one noun is cut again, and only when a listed word is in it."""
        for a, b, surface in self.nouns:
            if a <= s and e <= b and b - a > e - s:
                return any(a + ua <= s and e <= a + ub and ub - ua > e - s for ua, ub in _units(surface))
        return False

    def _foreign(self, s: int, e: int) -> bool:
        if self.with_tsu is None:
            return self.in_foreign_word(s, e)
        full = self.with_tsu.key
        kept = [i for i, ch in enumerate(full) if ch != "っ"]
        if "".join(full[i] for i in kept) != self.key:
            return self.in_foreign_word(s, e)
        return self.with_tsu.in_foreign_word(kept[s], kept[e - 1] + 1)

    def pieces(self) -> list[str]:
        """The key with every allow-listed word taken out."""
        out, last = [], 0
        for s, e in self.ordinary:
            out.append(self.key[last:s])
            last = e
        out.append(self.key[last:])
        return [p for p in out if p]

    def hits(self, whole_name: set[int] | None = None, *, foreign: bool = True) -> set[int]:
        """Indexes of the lists with a word in the name: a listed word overlapping no
        allow-listed word and not inside a person's or place's name; a whole-word entry
        only where words begin and end and not inside a long dictionary word.
        ``whole_name`` collects the indexes whose word is the whole name.  With ``foreign``,
        a whole-word entry inside a foreign word in katakana (``in_foreign_word``) is letters."""
        found: set[int] = set()
        key = self.key
        table = FRAGMENTS if self.tsu else FRAGMENTS_NO_TSU
        for s in range(len(key)):
            if key[s : s + 2] not in _STARTS:
                continue
            for length in _LENGTHS:
                e = s + length
                if e > len(key):
                    break
                entries = table.get(key[s:e])
                if not entries or _inside(s, e, self.names, strict=True):
                    continue
                if any(s < oe and os < e for os, oe in self.ordinary) or (s, e) in self.joined:
                    continue
                whole = s in self.edges and e in self.edges and not _inside(s, e, self.atomic, strict=True)
                if whole and foreign and self.katakana and self._foreign(s, e):
                    whole = False
                new = {i for i, needs_whole in entries if whole or not needs_whole} - found
                if new and not self.in_unit(s, e) and not self.straddles(s, e):
                    found |= new
                if whole_name is not None and s == 0 and e == len(key):
                    whole_name.update(i for i, _ in entries)
        return found


def _inside_one(p: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``p`` falls strictly inside one of ``spans``."""
    return any(a < p < b for a, b in spans)


def _inside(s: int, e: int, spans: tuple[tuple[int, int], ...], *, strict: bool) -> bool:
    return any(a <= s and e <= b and (b - a > e - s or not strict) for a, b in spans)


def read(text: str, *, tsu: bool = True) -> Reading:
    """``text`` (disguises undone) read as words.  A name with no kanji and no listed word
    in it needs no analysis at all: most names end here (the fast path)."""
    letters = letters_of(text)
    if not has_kanji(letters):
        key = letters.translate(K2H_TABLE).replace("ー", "")  # jaconv.kata2hira's table
        table = FRAGMENTS if tsu else FRAGMENTS_NO_TSU
        if not _fragment_in(key, table):
            return Reading(key, frozenset({0, len(key)}), _ordinary_spans(key), (), (), tsu)
    analysed = analyse(letters)
    # a frozen Reading: the analysis itself when it already reads so (``replace`` makes an
    # equal copy through the dataclass's field list, most of a short name's reading)
    return analysed if analysed.tsu == tsu else replace(analysed, tsu=tsu)


def has_fragment(key: str) -> bool:
    """Whether a listed kana word is anywhere in ``key`` (what ``_fragment_in`` finds with
    ``FRAGMENTS``: every listed word has two kana or more, so each place it can start is one
    that scan looks at), in one search."""
    return _ANY_FRAGMENT.search(key) is not None


_ANY_FRAGMENT = any_word(FRAGMENTS)


def _fragment_in(key: str, table: dict[str, list[tuple[int, bool]]]) -> bool:
    # every listed word has two kana or more: only where two of them start one is looked up
    n = len(key)
    return any(
        key[s : s + k] in table
        for s in range(n - 1)
        if key[s : s + 2] in _STARTS
        for k in _LENGTHS
        if s + k <= n
    )


def _ordinary_spans(key: str) -> tuple[tuple[int, int], ...]:
    """Allow-listed words in ``key``, left to right, the longest at each place."""
    spans: list[tuple[int, int]] = []
    s = 0
    while s < len(key):
        for n in _ORDINARY_LENGTHS:
            if (
                key[s : s + n] in _ORDINARY_SET
                and not _straddled(key, s, s + n)
                and not _overrun(key, s, s + n)
                and not _underrun(key, s, s + n)
            ):
                spans.append((s, s + n))
                s += n
                break
        else:
            s += 1
    return tuple(spans)


def _overrun(key: str, s: int, e: int) -> bool:
    """Whether a listed word starts inside the allow-listed word at ``s:e`` and runs on past
    its end (「ごまんこ」: ごま, then まんこ over its border; 「こんちんこ」): the allowed word is
    there by chance, the listed one is what the name says."""
    return any(
        key[m : m + k] in FRAGMENTS
        for m in range(s + 1, e)
        if key[m : m + 2] in _STARTS
        for k in _LENGTHS
        if m + k > e and m + k <= len(key)
    )


def _underrun(key: str, s: int, e: int) -> bool:
    """Whether a listed word starts before the allow-listed word at ``s:e`` and ends inside it
    (names round i: 「でぶたかつ」, でぶ then ぶたかつ; 「ちんかすてら」, 「ごみくずもち」): the
    allowed word is there by chance, as in ``_overrun`` read from the other end."""
    return any(
        key[m : m + k] in FRAGMENTS
        for m in range(max(0, s - max(_LENGTHS) + 1), s)
        if key[m : m + 2] in _STARTS
        for k in _LENGTHS
        if s < m + k <= e
    )


def _straddled(key: str, s: int, e: int) -> bool:
    """Whether the allow-listed word at ``s:e`` is only the end of a listed word that starts
    it and the start of a longer word the dictionary knows after it: the name reads as the
    two words, not as the allowed one (「えろあ」, a name, in 「エロアニメ」: えろ + アニメ).  The
    allowed word still counts when the word after the listed one ends inside it
    (「しねらりあ」) or is no noun of three kana or more."""
    for m in range(s + 2, e):
        if key[s:m] not in FRAGMENTS:
            continue
        after = tokens(hira2kata(key[m:]))
        if not after or after[0].oov or after[0].pos[0] != "名詞":
            continue
        length = len(kata2hira(after[0].surface))
        if length >= 3 and m + length > e:
            return True
    return False


@functools.lru_cache(maxsize=64)
def analyse(letters: str) -> Reading:
    """One analysis of the name as written (katakana and kanji kept, so Sudachi knows
    「ルーカス」 as a name), each word then read as hiragana.  A word Sudachi does not know,
    or a short katakana word, is also read again in hiragana for the words inside it
    (「インスタヤッテル」, 「エロゲ」)."""
    parts: list[str] = []
    edges = {0}
    atomic: list[tuple[int, int]] = []
    names: list[tuple[int, int]] = []
    nouns: list[tuple[int, int, str]] = []
    words: list[tuple[int, int]] = []
    heads: list[tuple[int, int]] = []
    written: list[tuple[int, int]] = []
    surfaces: dict[int, str] = {}
    katakana: list[tuple[int, int]] = []
    joined: list[tuple[int, int]] = []
    kanji_noun: int | None = None
    # where a word in katakana meets a particle in hiragana (「クズ|は」): the scripts show the
    # words, and an allow-listed word across the border is there by chance (くずは, a place)
    script_borders: set[int] = set()
    after_katakana = False
    pos = 0
    for t in tokens(letters):
        k = _key_of(t).translate(K2H_TABLE)  # jaconv.kata2hira's table
        if not k:
            continue
        end = pos + len(k)
        if after_katakana and t.pos[0] == "助詞" and _HIRAGANA_WORD.fullmatch(t.surface):
            script_borders.add(pos)
        in_katakana = _KATAKANA_WORD.fullmatch(t.surface) is not None
        after_katakana = in_katakana
        if kanji_noun is not None and t.pos[0] == "助詞" and not has_kanji(t.surface):
            # a kanji noun and a particle written after it (「家|で」): two words, whatever
            # listed word they read as together (いえで is 「家出」) — not a kanji of one kana
            # written for its sound (「師ね」, 「木モ」)
            joined.append((kanji_noun, end))
        kanji_noun = (
            pos if not t.oov and t.pos[0] == "名詞" and has_kanji(t.surface) and len(k) >= 2 else None
        )
        if not t.oov and t.pos[0] == "名詞" and _WRITTEN_WORD.fullmatch(t.surface):
            written.append((pos, end))
            surfaces[pos] = t.surface
        known_name = person_or_place(t)
        if known_name:
            names.append((pos, end))
        if not t.oov and len(k) >= 3 and t.pos[0] in _CONTENT:
            words.append((pos, end))
        if not t.oov and len(k) >= 2 and t.pos[0] == "名詞":
            heads.append((pos, end))
        long_noun = not t.oov and t.pos[0] == "名詞" and max(len(k), len(t.surface)) >= _MIN_UNIT
        if long_noun:
            # a listed word strictly inside is judged by its shortest units (``in_unit``)
            nouns.append((pos, end, t.surface))
        if not t.oov and (known_name or len(t.surface) >= 5):
            atomic.append((pos, end))
        elif (
            not long_noun and k != t.surface and len(k) >= 3 and not has_kanji(t.surface) and has_fragment(k)
        ):
            pieces = tokens(k)
            # a word the dictionary knows is cut again only into words (「エロゲ」 would be
            # えろ + げ, 「クズリ」 くず + り: no words, no cut)
            if t.oov or not any(len(u.surface) == 1 and not _ending(u) for u in pieces):
                for u in pieces:
                    edges.add(pos + u.start)
                    edges.add(pos + u.end)
        if in_katakana:
            if katakana and katakana[-1][1] == pos:
                katakana[-1] = (katakana[-1][0], end)
            else:
                katakana.append((pos, end))
        parts.append(k)
        edges.add(end)
        pos = end
    key = "".join(parts)
    ordinary = _ordinary_spans(key)
    if len(written) > 1:
        # an allow-listed word across the border of two nouns written in kanji or katakana is
        # there by chance (「エロ|漫画」 holds ろまん): the script shows where the words are
        # (one made of whole nouns stays: 「ライン|ストーン」 is らいんすとーん) — and a word
        # allowed in kana is no kanji noun's reading (「エロ漫画」 is no えろまんが, the island)
        borders = {first[1] for first, second in pairwise(written) if first[1] == second[0]}
        kanji_nouns = [(a, b) for a, b in written if has_kanji(surfaces[a])]
        allowed_kanji = any(w in letters for w in ORDINARY_KANJI)
        ordinary = tuple(
            (s, e)
            for s, e in ordinary
            if not (any(s < b < e for b in borders) and (_inside_one(s, written) or _inside_one(e, written)))
            and (allowed_kanji or not any(s < b and a < e for a, b in kanji_nouns))
        )
    if script_borders:
        ordinary = tuple((s, e) for s, e in ordinary if not any(s < b < e for b in script_borders))
    for s, e in ordinary:
        # (an allowed word strictly inside one word the dictionary knows cuts nothing out of
        # it: 「ごまかす」 is a verb, and no ごま + かす)
        if not _inside(s, e, tuple(words), strict=True):
            edges.update((s, e))
    return Reading(
        key,
        frozenset(edges),
        ordinary,
        tuple(atomic),
        tuple(names),
        nouns=tuple(nouns),
        words=tuple(words),
        heads=tuple(heads),
        katakana=tuple((a, b) for a, b in katakana if b - a >= 3),
        joined=tuple(joined),
    )


_KATAKANA_WORD = re.compile("[ァ-ヺー]+")
_HIRAGANA_WORD = re.compile("[ぁ-ゖー]+")
_BEFORE_WORDS = frozenset({"ど", "くそ", "ちょう", "まじ", "くさ"})
"""What may come before an insult in one katakana run though Sudachi knows no such word."""
_AFTER_ENDINGS = frozenset({"助詞", "接尾辞", "接続詞"})
_AFTER_SUFFIXES = frozenset({"メ", "め", "ドモ", "ども", "ラ", "ら", "チャン", "ちゃん"})
_BESIDE_CONTENT = frozenset({"名詞", "動詞", "形容詞", "形状詞", "代名詞"})


@functools.lru_cache(maxsize=256)
def _beside(rest: str, word: str, *, after: bool) -> bool:
    """Whether ``rest`` (hiragana), the part of a katakana run before or after the listed
    ``word``, is words that could stand beside it: nothing, another listed word, a prefix
    (ど of ドブス), endings (particles, suffixes, だ/です), or words the dictionary knows that
    are no person's or place's name — after a word of dying, only a word for a person (a
    verb's order joined to a noun is a foreign name's letters: 「シネイド」).  The rest is
    read in katakana and in hiragana (endings are known in hiragana: 「アイタイナ」)."""
    if not rest or has_fragment(rest) or (not after and rest in _BEFORE_WORDS):
        return True
    return _words_beside(tokens(hira2kata(rest)), word, after=after) or _words_beside(
        tokens(rest), word, after=after
    )


def _is_ending(t: Token) -> bool:
    """A particle, a suffix, a conjunction or an auxiliary of today's Japanese (not す, ぬ:
    「ゴミス」; not a classical one, which no child writes: 「シ|エロ」 is cielo, no き's し)."""
    if len(t.pos) > 1 and t.pos[1].startswith("文語"):
        return False
    return t.pos[0] in _AFTER_ENDINGS or (t.pos[0] == "助動詞" and t.surface not in ("ス", "ヌ", "す", "ぬ"))


def _words_beside(words: tuple[Token, ...], word: str, *, after: bool) -> bool:
    for i, t in enumerate(words):
        if t.oov or (len(t.pos) > 1 and t.pos[1] == "固有名詞"):
            return False
        if _is_ending(t) or (after and i == 0 and t.surface in _AFTER_SUFFIXES):
            continue
        if (
            t.pos[0] == "動詞"
            and t.pos[-1].startswith("未然形")
            and (i + 1 >= len(words) or not _is_ending(words[i + 1]))
            and (i + 1 < len(words) or not after)
        ):
            return False  # a verb cut before its ending, and no ending: 「イブラ|ヒモ|ビッチ」
        if t.pos[0] == "動詞" and len(t.surface) == 1 and i + 1 < len(words) and _is_ending(words[i + 1]):
            continue  # a verb of one kana with its ending is a word (round q: 「ライセ|ニ|キ|タイ」, 来たい)
        if len(t.surface) < 2 or (t.pos[0] not in _BESIDE_CONTENT and (after or t.pos[0] != "副詞")):
            return False  # (an adverb only before: 「モウシヌ」; after, 「ブス|ケッ|ツ」 is letters)
        if t.pos[0] == "動詞" and t.pos[-1].endswith("音便"):
            return False  # a stem cut short only before て or た: 「たまん|て」 is letters
        if after and word in _DYING_WORDS and t.pos[0] == "名詞" and t.surface not in _PERSON_WORDS:
            return False
    return True


_DYING_WORDS = frozenset(k for words in NAME_LISTS if words.reason == "self_harm" for k in _keys(words.token))
_PERSON_WORDS = frozenset(
    {"オトコ", "オンナ", "ヤロウ", "ヤツ", "ドモ", "ガキ", "ジジイ", "ババア", "オヤ", "センセイ"}
)


_MIN_UNIT = 4
"""Kana of the reading or characters as written (ー counts: 「ヌードル」 is four)."""
_WRITTEN_WORD = re.compile(r"[\u3400-\u9fffァ-ヺー]{2,}")
"""A noun as written in kanji or katakana (two or more): where ``analyse`` sees words' borders."""
_ENDINGS = frozenset({"助詞", "助動詞"})
_CONTENT = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞"})


def _ending(t: Token) -> bool:
    """A particle or an auxiliary of today's Japanese (the classical り of 「くず+り」 is none)."""
    return t.pos[0] in _ENDINGS and not (len(t.pos) > 1 and t.pos[1].startswith("文語"))


@functools.lru_cache(maxsize=256)
def _units(surface: str) -> tuple[tuple[int, int], ...]:
    """Where in the key of ``surface`` (one dictionary noun) its shortest units of
    ``_MIN_UNIT`` kana or more stand, read like the key (kanji read, ー dropped).  When the
    readings of the units do not add up to the noun's, none is trusted."""
    spans: list[tuple[int, int]] = []
    pos = 0
    whole = "".join(kata2hira(_key_of(t)) for t in tokens(surface))
    for t in tokens(surface, shortest=True):
        k = kata2hira(_key_of(t))
        if whole[pos : pos + len(k)] != k:
            return ()
        if max(len(k), len(t.surface)) >= _MIN_UNIT and not t.oov and t.pos and t.pos[0] == "名詞":
            spans.append((pos, pos + len(k)))
        pos += len(k)
    return tuple(spans) if pos == len(whole) else ()


def person_or_place(t: Token) -> bool:
    """A person's or a place's name the dictionary knows (固有名詞 人名/地名: 「不死川」)."""
    return not t.oov and len(t.pos) > 2 and t.pos[1] == "固有名詞" and t.pos[2] in ("人名", "地名")


def _key_of(t: Token) -> str:
    return (t.reading if has_kanji(t.surface) else t.surface).replace("ー", "")
