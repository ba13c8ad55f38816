"""The display-name policy: what a visitor may be called in front of others.

A name may be at most ``MAX_NAME_CHARS`` characters (after NFKC and trimming)
and use hiragana, katakana, kanji, Latin letters (with accents), at most
``MAX_DIGITS`` digits, spaces and a few soft symbols (``ALLOWED_SYMBOLS``).
It is refused, with a reason code, when it could carry a contact, invites
self-harm, is sexual, insults, or could be taken for staff or the caretaker.
"""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass, replace
from itertools import pairwise
from typing import Any

import jaconv

from safety.constructions import unmask, wishes_to_die
from safety.contact import english_number, kana_number_run, name_contact, spoken_number
from safety.lexicon import NAME_LISTS, ORDINARY_LATIN, ORDINARY_WORDS, PICTURED_WORDS
from safety.morphology import Token, reading, tokens
from safety.name_meeting import FAST_PATH_STEMS, invites_meeting
from safety.normalize import (
    VOWEL_OF,
    Folded,
    display_clean,
    fold,
    latin_keys,
    mixed_romaji,
    undisguise,
    vowel_kana,
)
from safety.normalize import latin_tokens as latin_tokens_of

MAX_NAME_CHARS = 12
# Longer raw input is not looked at beyond this: it is too long anyway.
MAX_RAW_CHARS = 64
ALLOWED_SYMBOLS = frozenset(
    " ・ー-_☆★♪♡～〜~!?！？\ufe0f\ufe0e()*^+=。、.'ω`&;†‡∞※〃【】「」『』≧≦∇∀⊂⊃Дฅ꒰꒱"
)
"""``~`` is what NFKC makes of ``～``; U+FE0F asks for an emoji's picture form; brackets,
``*^+=;``, ω, ``` `` ```, ≧≦∇∀⊂⊃Дฅ꒰꒱ and ´ (NFKC writes it as a space and U+0301) and dots
for faces
(「ゆい(*^^*)」, 「にゃん(=^ω^=)」, 「りお(´ω｀)」, 「ねむい…」; a dot next to a Latin letter or
digit is not allowed: addresses and handles are written so); ``&`` between two names; the
marks children decorate a name with (†, ∞, ※, 〃, 【】「」『』; shapes and arrows are in
``_SHAPES``); U+FE0E asks for a picture's text form (「❤︎」)."""
# Pictures a child puts in a name (🌸, 🐱, ❄): faces, animals, food, plants, weather,
# hearts, things.  Not the letters and digits in boxes or flags (🅰, 🇱🇮🇳🇪, 1⃣), which
# spell things.
_EMOJI = ((0x1F300, 0x1F5FF), (0x1F600, 0x1F64F), (0x1F680, 0x1F6FF), (0x1F900, 0x1F9FF),
          (0x1FA70, 0x1FAFF), (0x2600, 0x27BF), (0x2B50, 0x2B55))  # fmt: skip


# Arrows and geometric shapes (→, ⇔, ●, ◎, ◇, ▲): decoration, like the pictures.
_SHAPES = ((0x2190, 0x21FF), (0x25A0, 0x25FF))


@dataclass(frozen=True, slots=True)
class NameVerdict:
    ok: bool
    name: str
    """The cleaned name to display (also on refusal, for the form to show back)."""
    reason: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_name(text: object) -> NameVerdict:
    """Decide whether ``text`` may be shown to others as a display name."""
    if not isinstance(text, str):
        return NameVerdict(False, "", "chars")
    raw = text[:MAX_RAW_CHARS]
    name = display_clean(raw)
    if not name:
        return NameVerdict(False, "", "empty")
    # past four names' length a name is refused as too long anyway: what follows is not read
    # (NFKC can make 64 characters over a thousand)
    reason = _content_reason(name[: 4 * MAX_NAME_CHARS])
    if reason is None and (len(name) > MAX_NAME_CHARS or len(text) > MAX_RAW_CHARS):
        reason = "too_long"
    if reason is None and (not _ALLOWED.fullmatch(name.replace(_ACUTE, "")) or _LATIN_DOT.search(name)):
        reason = "chars"
    return NameVerdict(reason is None, name, reason)


def _content_reason(name: str) -> str | None:
    if _plainly_ordinary(name):
        return None
    emoji = _emoji_reason(name)
    if emoji is not None:
        return emoji
    if _LATIN_RUN.search(name):
        # ! between Latin letters is an i (「sh!ne」, 「d!scord」)
        name = _LATIN_RUN.sub(_unless_ordinary, _BANG_I.sub("i", name))
        if not name.strip():
            return None
    # Disguises undone: small and held vowels, look-alike kanji in katakana, digits in
    # romaji, dotted letters, slipped-in small kana, romaji read as kana — also when it is
    # written against kana (「shiネ」): 「kakao」 is 「かかお」.
    undisguised = undisguise(name)
    unmasked = _unmask(undisguised)
    plain = fold(unmasked, read=False)
    # the name's own Latin letters (the kana views come from the unmasked name: the same,
    # with the disguises undone)
    folded = Folded(plain.kana, plain.kana, latin_keys(name), latin_tokens_of(name))
    texts = [unmasked]
    readings = [_read(unmasked)]
    # A loanword written in hiragana is known to the dictionary only in katakana
    # (「かすたねっと」): such a name is also analysed so, and its plain reading's listed
    # words count only when they count there too.
    kata = ""
    if len(unmasked) >= 4 and _HIRAGANA_NAME.fullmatch(unmasked):
        # the held ー the unmasking drops is kept where it was all it dropped (「ろぼろふすきー」)
        same = undisguised.replace("ー", "") == unmasked.replace("ー", "")
        kata = jaconv.hira2kata(undisguised if same else unmasked)
    if ("っ" in unmasked or "ッ" in unmasked) and not _tsu_in_words(_analyse(_letters(kata or unmasked))):
        # a second reading without any small っ: 「ぶっす」 is 「ぶす」, 「タッヒね」 「タヒね」
        # (also those romaji made before another kana: 「bussu」 is 「ぶっす」 only once
        # unmasked; 「debut」 is でぶっ, and no でぶ)
        texts.append(_GEMINATE.sub("", _unmask(undisguised.replace("っ", "").replace("ッ", ""))))
        readings.append(_read(texts[1], tsu=False))
    if _SHI_FOUR.search(unmasked):
        # 4 read as し among kana (「ころ4て」, 「4こ4こ」), beyond the stand-in before ね, に…
        texts.append(_unmask(_SHI_FOUR.sub("し", unmasked)))
        readings.append(_read(texts[-1]))
    if _KATAKANA.search(unmasked) and _kanji(unmasked) and _unknown_katakana(unmasked):
        # Sudachi reads a kanji after katakana it does not know by it (「チカクノ人」 is not
        # ちかくのひと): the name with its kana as hiragana, kanji kept, is read too
        # (「カスピ海」, 「天才バカボン」 are words it knows, and are not)
        texts.append(jaconv.kata2hira(unmasked))
        readings.append(_read(texts[-1]))
    if _ASCII.search(unmasked) and not _ASCII.search(plain.kana):
        # romaji the word rules could not read as one run (「4h0」, 「sh1-n3-」): read whole
        readings.append(_read(plain.kana))
    if (
        name_contact(name)
        or english_number(folded.latin)
        or any(spoken_number(p) for r in readings for p in r.pieces())
        or ("ー" in undisguised and spoken_number(_long_vowels(undisguised)))
    ):
        return "contact"
    letters = _spelled_letters(undisguised)
    latin_tokens = (
        set(folded.latin_tokens) | set(plain.latin_tokens) | set(latin_tokens_of(undisguised)) | letters
    )
    # a Latin word with digits after it is still the word (「JC2」, 「kill2」)
    latin_tokens |= {w for t in tuple(latin_tokens) if not t.isalpha() for w in _LETTER_RUN.findall(t)}
    # the Latin words as written and with digits read as letters, doubled letters kept (「st4ff」)
    keys = [k for k in (*folded.latin, *letters, *latin_tokens) if k]
    hits = set().union(*(r.hits() for r in readings[1:]))
    first_whole: set[int] = set()
    first = readings[0].hits(first_whole)
    kata_hits: set[int] | None = None
    kanji_text = _without_ordinary_kanji(plain.kana)
    has_kanji = _kanji(kanji_text)
    for index, (words, _kana, _token) in enumerate(_LISTS):
        latin = _LATIN_RE[index]
        if (
            index in hits
            or plain.kana in words.whole.kanji
            or any(r.key in (_WHOLE if r.tsu else _WHOLE_NO_TSU)[index] for r in readings)
            or (latin is not None and any(latin.search(k) for k in keys))
            or not words.latin_token.isdisjoint(latin_tokens)
            or not words.latin_token.isdisjoint(folded.latin)
            or (
                has_kanji
                and any(w in kanji_text for w in words.anywhere.kanji)
                and _kanji_word_stands(words.anywhere.kanji, kanji_text)
            )
        ):
            return words.reason
        if index in first:
            # a listed word that is the whole name is no part of a loanword
            if not kata or index in first_whole:
                return words.reason
            if kata_hits is None:
                kata_hits = _read(kata).hits()
            if index in kata_hits:
                return words.reason
    if invites_meeting(unmasked):
        return "contact"
    # A wish to die in words no list holds (「しにたがり」): the word rules' own reading,
    # asked only when a verb of dying or vanishing could be there at all (it costs).
    for text, r in zip(texts, readings, strict=False):
        if any(stem in p for p in r.pieces() for stem in _DYING_STEMS) and wishes_to_die(
            jaconv.kata2hira(text)
        ):
            return "self_harm"
    return None


_LATIN_RUN = re.compile(r"[A-Za-z]+")
_ACUTE = " \u0301"  # what NFKC makes of ´ (faces: 「(´・ω・｀)」)
_SHI_FOUR = re.compile(r"(?:^|(?<=[ぁ-ヺー]))4(?=[ぁ-ヺ])")
_KATAKANA = re.compile(r"[ァ-ヺ]")
_GEMINATE = re.compile(r"[っッ](?=[ぁ-ヺ])")
_HIRAGANA_NAME = re.compile(r"[ぁ-ゖー]+")
_LETTER_RUN = re.compile(r"[a-z]{2,}")
_BANG_I = re.compile(r"(?<=[a-zA-Z])[!！](?=[a-zA-Z])")


def _unless_ordinary(m: re.Match[str]) -> str:
    """An allow-listed Latin word taken out of the name (``latin`` in ordinary_names.toml)."""
    return "" if m.group(0).lower() in ORDINARY_LATIN else m.group(0)


# Kana only, small kana only where they belong (しょ, ティ): no disguise can be in it.
_SMALL = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
_BIG = "".join(
    chr(c)
    for c in (*range(0x3042, 0x3095), *range(0x30A2, 0x30FB))
    if chr(c) not in _SMALL and chr(c) != "・"
)
_PLAIN = re.compile(
    r"(?:[" + _BIG + r"](?:(?<=[きしちにひみりぎじぢびぴキシチニヒミリギジヂビピ])[ゃゅょャュョ])?"
    r"|(?<=[ふゔてでうつすずくぐとどフヴテデウツスズクグトド])[ぃィ]"
    r"|(?<=[ふゔしじちぢいうつくぐフヴシジチヂイウツクグ])[ぇェ]"
    r"|(?<=[ふゔくぐつとどすずうフヴクグツトドスズウ])[ぁァ]"
    r"|(?<=[ふゔうつくぐとどフヴウツクグトド])[ぉォ]"
    r"|(?<=[とどふゔトドフヴ])[ぅゥ]"
    r"|(?<=[ア-ヺ])ー)+"
)


def _without_ordinary_kanji(text: str) -> str:
    """The allow-list's words written with kanji taken out, for the kanji words looked for
    anywhere (「不死鳥」 has 死 in it, and is no reason to refuse)."""
    for w in _ORDINARY_KANJI:
        if w in text:
            text = text.replace(w, "・")
    return text


def _kanji_word_stands(words: tuple[str, ...], text: str) -> bool:
    """A listed kanji word found in ``text`` still counts once the people's and places' names
    in it are taken out (「不死川」 is a family name; 「死にたい」 has none)."""
    for t in tokens(text):
        proper = not t.oov and len(t.pos) > 2 and t.pos[1] == "固有名詞" and t.pos[2] in ("人名", "地名")
        if proper and _kanji(t.surface):
            text = text.replace(t.surface, "・")
    return any(w in text for w in words)


def _unknown_katakana(text: str) -> bool:
    return any(t.oov and _KATAKANA.search(t.surface) for t in tokens(_letters(text)))


def _tsu_in_words(r: _Reading) -> bool:
    """Every small っ of the name stands inside a dictionary word (「カスタネット」): it is
    that word's own, not slipped in, so no reading without it is needed."""
    spans = tuple((a, b) for a, b, _ in r.nouns) + r.atomic
    return (
        all(any(a < p and p + 1 < b for a, b in spans) for p, ch in enumerate(r.key) if ch == "っ")
        and "っ" in r.key
    )


def _unmask(text: str) -> str:
    """Disguises undone (``undisguise`` first).  Plain kana with no doubled letter has
    none to undo: the word rules' own unmasking is then skipped (it gives the text back)."""
    if _PLAIN.fullmatch(text) and "たひ" not in text and "タヒ" not in text and not _doubled(text):
        return text
    return mixed_romaji(vowel_kana(unmask(text)))


def _doubled(text: str) -> bool:
    return any(a == b for a, b in pairwise(jaconv.kata2hira(text)))


def _plainly_ordinary(name: str) -> bool:
    """The fast path: a name of plain kana (no letters, digits, kanji, pictures, small っ,
    doubled letters or a held vowel) in which no listed word, number word or stem of a
    dying verb is found is ordinary; reading it the long way gives the same answer, only
    slower.  Most names are like this."""
    if len(name) > MAX_NAME_CHARS or not _PLAIN.fullmatch(name):
        return False
    key = jaconv.kata2hira(name)
    if "たひ" in key or _doubled(key):
        return False
    if "ー" in key:
        if spoken_number(_long_vowels(key)):
            return False
        key = key.replace("ー", "")
    return not (
        _has_fragment(key)
        or key in _WHOLE_ANY
        or _STEM_RE.search(key)
        or spoken_number(key)
        or kana_number_run(key) > 3
        or _spelled_letters(name)
    )


_DYING_STEMS = (
    "しに",
    "しね",
    "しん",
    "しの",
    "しぬ",
    "きえ",
    "いなく",
    "いき",
    "ころ",
    "じさつ",
    "おわ",
    "ねむ",
    "やめ",
    "めざめ",
    "さまし",
)
# the fast path's test for any stem of a dying verb or a meeting verb, in one search
_STEM_RE = re.compile("|".join(map(re.escape, (*_DYING_STEMS, *FAST_PATH_STEMS))))


def name_key(text: str) -> str:
    """A name (or a listed word) as the word rules read it: hiragana, kanji read, letters and
    digits only.  Unlike ``fold`` it keeps doubled letters: 「こころ」 stays 「こころ」."""
    text = jaconv.kata2hira(_letters(text))
    return jaconv.kata2hira(reading(text)).replace("ー", "") if text else ""


def _letters(text: str) -> str:
    """Letters, digits and ー only, scripts kept (the analyser knows 「ルーカス」, not 「るーかす」)."""
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch == "ー")


def _kanji(word: str) -> bool:
    return _KANJI.search(word) is not None


_KANJI = re.compile("[\u3400-\u9fff]")


def _keys(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for w in words if (k := name_key(unmask(w)))))


# Each list's kana words and whole-word kana words in name_key form.
_LISTS = tuple(
    (words, _keys(tuple(w for w in words.kana_words if not _kanji(w))), _keys(words.token))
    for words in NAME_LISTS
)
_WHOLE = tuple(frozenset(_keys(words.whole.kana + words.whole.kanji)) for words in NAME_LISTS)
# Each list's Latin words, looked for inside the name's Latin letters in one search.
_LATIN_RE = tuple(
    re.compile("|".join(re.escape(w) for w in words.latin)) if words.latin else None for words in NAME_LISTS
)
_WHOLE_ANY = frozenset().union(*_WHOLE)
_WHOLE_NO_TSU = tuple(frozenset(w.replace("っ", "") for w in whole) for whole in _WHOLE)
_ASCII = re.compile(r"[a-z]")
# A dot touching a Latin letter or digit is how addresses and handles are written
# ("y.u.u.c.o.m"): only dots among kana and pictures are a face or a pause (「ねむい…」).
_LATIN_DOT = re.compile(r"[A-Za-z0-9]\.|\.[A-Za-z0-9]")


def _fragments(tsu: bool) -> dict[str, list[tuple[int, bool]]]:
    """Every listed kana word → (list index, whole words only?), looked up by length: one
    pass over a name finds all of them, whatever the lists' size.  Without ``tsu`` the words
    are written without small っ, for the reading of a name without them."""
    table: dict[str, list[tuple[int, bool]]] = {}
    for i, (_words, anywhere, token) in enumerate(_LISTS):
        for words, whole in ((anywhere, False), (token, True)):
            for w in words:
                key = w if tsu else w.replace("っ", "")
                if key:
                    table.setdefault(key, []).append((i, whole))
    return table


_FRAGMENTS = _fragments(tsu=True)
_FRAGMENTS_NO_TSU = _fragments(tsu=False)
_LENGTHS = tuple(sorted({len(w) for w in _FRAGMENTS} | {len(w) for w in _FRAGMENTS_NO_TSU}))
# The first two kana of every listed word (all have two or more, ``test_listed_words_have_two_kana``)
_STARTS = frozenset(w[:2] for w in (*_FRAGMENTS, *_FRAGMENTS_NO_TSU))
# The allow-list, longest first, so 「しねらりあ」 is taken out before anything shorter inside it.
_ORDINARY = tuple(sorted(_keys(ORDINARY_WORDS), key=len, reverse=True))
_ORDINARY_SET = frozenset(_ORDINARY)
_ORDINARY_KANJI = tuple(
    sorted({k for w in ORDINARY_WORDS if _kanji(k := fold(w, read=False).kana)}, key=len, reverse=True)
)
_ORDINARY_LENGTHS = tuple(sorted({len(w) for w in _ORDINARY}, reverse=True))


@dataclass(frozen=True, slots=True)
class _Reading:
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
    words: tuple[tuple[int, int], ...] = ()
    """Where the name's content words the dictionary knows, of three kana or more, stand."""

    def straddles(self, s: int, e: int) -> bool:
        """Whether ``s:e`` begins strictly inside one such word and ends strictly inside
        another: the listed word is made of the end of one word and the start of the next,
        by chance (「ありす|かわいい」 holds りすか, 「わたし|に|たいやき」 しにたい; not
        「わたし|に|たい」, where たい is too short to be a word of its own)."""
        head = next((b for a, b in self.words if a < s < b), None)
        return head is not None and any(a < e < b and a >= head for a, b in self.words)

    """Where the name's dictionary nouns of ``_MIN_UNIT`` kana or more stand, as written."""

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

    def pieces(self) -> list[str]:
        """The key with every allow-listed word taken out."""
        out, last = [], 0
        for s, e in self.ordinary:
            out.append(self.key[last:s])
            last = e
        out.append(self.key[last:])
        return [p for p in out if p]

    def hits(self, whole_name: set[int] | None = None) -> set[int]:
        """Indexes of the lists with a word in the name: a listed word overlapping no
        allow-listed word and not inside a person's or place's name; a whole-word entry
        only where words begin and end and not inside a long dictionary word.
        ``whole_name`` collects the indexes whose word is the whole name."""
        found: set[int] = set()
        key = self.key
        table = _FRAGMENTS if self.tsu else _FRAGMENTS_NO_TSU
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
                if any(s < oe and os < e for os, oe in self.ordinary):
                    continue
                whole = s in self.edges and e in self.edges and not _inside(s, e, self.atomic, strict=True)
                new = {i for i, needs_whole in entries if whole or not needs_whole} - found
                if new and not self.in_unit(s, e) and not self.straddles(s, e):
                    found |= new
                if whole_name is not None and s == 0 and e == len(key):
                    whole_name.update(i for i, _ in entries)
        return found


def _inside(s: int, e: int, spans: tuple[tuple[int, int], ...], *, strict: bool) -> bool:
    return any(a <= s and e <= b and (b - a > e - s or not strict) for a, b in spans)


def _read(text: str, *, tsu: bool = True) -> _Reading:
    """``text`` (disguises undone) read as words.  A name with no kanji and no listed word
    in it needs no analysis at all: most names end here (the fast path)."""
    letters = _letters(text)
    if not _kanji(letters):
        key = jaconv.kata2hira(letters).replace("ー", "")
        table = _FRAGMENTS if tsu else _FRAGMENTS_NO_TSU
        if not _fragment_in(key, table):
            return _Reading(key, frozenset({0, len(key)}), _ordinary_spans(key), (), (), tsu)
    return replace(_analyse(letters), tsu=tsu)


def _has_fragment(key: str) -> bool:
    return _fragment_in(key, _FRAGMENTS)


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
            if key[s : s + n] in _ORDINARY_SET:
                spans.append((s, s + n))
                s += n
                break
        else:
            s += 1
    return tuple(spans)


@functools.lru_cache(maxsize=64)
def _analyse(letters: str) -> _Reading:
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
    pos = 0
    for t in tokens(letters):
        k = (t.reading if _kanji(t.surface) else t.surface).replace("ー", "")
        k = jaconv.kata2hira(k)
        if not k:
            continue
        end = pos + len(k)
        proper = not t.oov and len(t.pos) > 1 and t.pos[1] == "固有名詞" and len(t.pos) > 2
        person_or_place = proper and t.pos[2] in ("人名", "地名")
        if person_or_place:
            names.append((pos, end))
        if not t.oov and len(k) >= 3 and t.pos[0] in _CONTENT:
            words.append((pos, end))
        long_noun = not t.oov and t.pos[0] == "名詞" and max(len(k), len(t.surface)) >= _MIN_UNIT
        if long_noun:
            # a listed word strictly inside is judged by its shortest units (``in_unit``)
            nouns.append((pos, end, t.surface))
        if not t.oov and (person_or_place or len(t.surface) >= 5):
            atomic.append((pos, end))
        elif not long_noun and k != t.surface and len(k) >= 3 and not _kanji(t.surface) and _has_fragment(k):
            pieces = tokens(k)
            # a word the dictionary knows is cut again only into words (「エロゲ」 would be
            # えろ + げ, 「クズリ」 くず + り: no words, no cut)
            if t.oov or not any(len(u.surface) == 1 and not _ending(u) for u in pieces):
                for u in pieces:
                    edges.add(pos + u.start)
                    edges.add(pos + u.end)
        parts.append(k)
        edges.add(end)
        pos = end
    key = "".join(parts)
    ordinary = _ordinary_spans(key)
    for s, e in ordinary:
        edges.update((s, e))
    return _Reading(
        key, frozenset(edges), ordinary, tuple(atomic), tuple(names), nouns=tuple(nouns), words=tuple(words)
    )


_MIN_UNIT = 4
"""Kana of the reading or characters as written (ー counts: 「ヌードル」 is four)."""
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
    whole = "".join(jaconv.kata2hira(_key_of(t)) for t in tokens(surface))
    for t in tokens(surface, shortest=True):
        k = jaconv.kata2hira(_key_of(t))
        if whole[pos : pos + len(k)] != k:
            return ()
        if max(len(k), len(t.surface)) >= _MIN_UNIT and not t.oov and t.pos and t.pos[0] == "名詞":
            spans.append((pos, pos + len(k)))
        pos += len(k)
    return tuple(spans) if pos == len(whole) else ()


def _key_of(t: Token) -> str:
    return (t.reading if _kanji(t.surface) else t.surface).replace("ー", "")


# Long vowel marks written for the vowel they hold, as number words are said:
# 「れーきゅー」 is 「れいきゅう」.
_LONG_AFTER = {"a": "あ", "i": "い", "u": "う", "e": "い", "o": "う"}


def _long_vowels(text: str) -> str:
    out: list[str] = []
    for ch in jaconv.kata2hira(text):
        if ch == "ー" and out:
            vowel = VOWEL_OF.get(out[-1])
            if vowel:
                out.append(_LONG_AFTER[vowel])
            continue
        out.append(ch)
    return "".join(ch for ch in out if ch.isalnum())


# Latin letters spelled out in kana (「おーでぃー」 is "od", 「あいでぃー」 "id").
_LETTER_NAMES = {
    "えー": "a", "えい": "a", "びー": "b", "しー": "c", "でぃー": "d", "いー": "e", "えふ": "f",
    "じー": "g", "えいち": "h", "あい": "i", "じぇー": "j", "じぇい": "j", "けー": "k", "けい": "k",
    "える": "l", "えむ": "m", "えぬ": "n", "おー": "o", "ぴー": "p", "きゅー": "q", "あーる": "r",
    "えす": "s", "てぃー": "t", "ゆー": "u", "ぶい": "v", "だぶりゅー": "w", "えっくす": "x",
    "わい": "y", "ぜっと": "z",
}  # fmt: skip
_LETTER_RE = re.compile("|".join(sorted(_LETTER_NAMES, key=len, reverse=True)))


def _spelled_letters(text: str) -> set[str]:
    """Runs of two or more letter names in the name, as the Latin word they spell."""
    found: set[str] = set()
    run: list[str] = []
    last = -1
    for m in _LETTER_RE.finditer(jaconv.kata2hira(text)):
        if m.start() != last:
            if len(run) >= 2:
                found.add("".join(run))
            run = []
        run.append(_LETTER_NAMES[m.group(0)])
        last = m.end()
    if len(run) >= 2:
        found.add("".join(run))
    return found


def _emoji_reason(name: str) -> str | None:
    """Pictures are allowed in a name, except those of a method, death, sex or a way to be
    reached (lists in names.toml) — unless the name holds the word the picture is of
    (``pictured_words``: 「もも🍑」 is a peach)."""
    if not any(ch in _EMOJI_REASON for ch in name):
        return None
    key = jaconv.kata2hira(name.lower())
    return next(
        (
            _EMOJI_REASON[ch]
            for ch in name
            if ch in _EMOJI_REASON and not any(w in key for w in PICTURED_WORDS.get(ch, ()))
        ),
        None,
    )


_EMOJI_REASON = {e: words.reason for words in reversed(NAME_LISTS) for e in words.emoji}


def _allowed_pattern() -> re.Pattern[str]:
    # one character class for the whole name (a regular expression, not a call per character)
    ranges = (
        (0x3041, 0x3096), (0x309D, 0x309F),  # hiragana
        (0x30A1, 0x30FF), (0x31F0, 0x31FF),  # katakana
        (0x3005, 0x3007),  # 々 〆 〇
        (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),  # kanji
        (0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A),  # ASCII digits and letters
        (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0xFF),  # accented Latin letters, not × ÷
        *_EMOJI,
        *_SHAPES,
    )  # fmt: skip
    parts = [f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in ranges]
    parts += [re.escape(ch) for ch in sorted(ALLOWED_SYMBOLS)]
    return re.compile("[" + "".join(parts) + "]*")


_ALLOWED = _allowed_pattern()


def _allowed(ch: str) -> bool:
    return _ALLOWED.fullmatch(ch) is not None
