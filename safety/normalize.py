"""Text folding shared by the name policy and the risk assessment.

Both policies match word lists against a *key*: a folded form of the text in
which the usual disguises of a word look the same as the word itself.  The word
lists go through the very same folding (see ``safety.lexicon``), so a rule never
has to know how the folding works.

Every step is a single linear pass or a C-level library call over text whose
length is capped first: folding is bounded in time for any input.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import jaconv
import neologdn
from jaconv.conv_table import K2H_TABLE

from safety.morphology import reading
from safety.translation import gated

# Risk texts are assessed up to this many characters (the rest is ignored);
# names are cut far earlier by the name policy itself.
MAX_FOLD_CHARS = 2000

# Cyrillic and Greek letters that look like Latin ones: NFKC leaves them alone,
# so "аdmin" with a Cyrillic "а" would slip past a Latin word list.
# fmt: off
_LOOKALIKES = gated(str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
        "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɩ": "i", "ı": "i", "ł": "l", "ɡ": "g",
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
        "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j",
    }
))
# fmt: on
_KATA2HIRA = gated(K2H_TABLE)

# Digits and signs used as letters in romaji ("d1sc0rd", "s3x").
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "$": "s"})
_LEET_L = str.maketrans({"1": "l"})

# Small kana stand for the same sound as the big ones in a disguised word.
_SMALL_KANA = gated(str.maketrans({"ぁ": "あ", "ぃ": "い", "ぅ": "う", "ぇ": "え", "ぉ": "お", "ゎ": "わ"}))

# 氏ね, 市ね, 4ね, ﾀﾋ: well-known stand-ins for 死 in front of its verb endings.
_SHI_STANDIN = re.compile(r"[氏市4](?=[ねにぬのん])")
_TAHI = re.compile(r"タヒ(?!チ)")

# Sentence ends survive in the risk key (as "。") so that a negation never
# reaches into the next sentence; every other separator is dropped.
_SENTENCE_END = frozenset("。．!?！？\n")
BREAK = "。"


@dataclass(frozen=True, slots=True)
class Folded:
    """The views of one text that the word lists are matched against."""

    kana: str
    """Hiragana-folded key: kanji kept, kana folded, romaji turned into kana."""
    reading: str
    """The same key with the kanji read as hiragana as well (see ``reading_of``)."""
    latin: tuple[str, ...]
    """ASCII letters and digits only, separators dropped, leetspeak undone two ways."""
    latin_tokens: tuple[str, ...]
    """ASCII words as written, for short words like "od" that must stand alone."""


_MAYBE_INVISIBLE = re.compile(r"[^\x20-\x7e\u3041-\u30ff\u4e00-\u9fff\uff01-\uff5e]")
_PLAIN_IN_A_LINE = "\x20-\x7e\u3000-\u3029\u302e-\u303f\u3041-\u3096\u309b-\u30ff\u4e00-\u9fff\uff01-\uff5e"
PLAIN_CHARS = "\n" + _PLAIN_IN_A_LINE
"""Characters (a regex class) that no invisible-character filter takes out or changes: a
line break, printable ASCII, Japanese punctuation, kana without the combining voicing marks,
kanji and full-width forms (tests/test_safety_normalize.py checks every one of them)."""
_NOT_PLAIN = re.compile(f"[^{PLAIN_CHARS}]")
_NOT_PLAIN_IN_A_LINE = re.compile(f"[^{_PLAIN_IN_A_LINE}]")


def strip_invisible(text: str) -> str:
    """Drop format, control and combining characters that hide inside words.

    Zero-width spaces/joiners, bidi controls, variation selectors and tag
    characters all render as nothing, so "し\u200bね" must read as "しね".
    Accents on Latin letters go too ("ádmin"); kana voicing marks are kept
    because only Latin letters are taken apart.
    """
    if not _MAYBE_INVISIBLE.search(text) or not _NOT_PLAIN.search(text):
        # printable ASCII, kana, kanji and full-width forms only, or with Japanese punctuation
        # and line breaks too (``PLAIN_CHARS``): nothing to drop
        return text
    return "".join(map(_visible, text))


@functools.lru_cache(maxsize=4096)
def _visible(ch: str) -> str:
    """What ``strip_invisible`` keeps of one letter: the same for every text, so kept (a
    name's ☆ or ♪ looked up once, not its Unicode category asked again on every arrival)."""
    out: list[str] = []
    for part in _unaccent(ch):
        cat = unicodedata.category(part)
        if cat in ("Cf", "Co", "Cs", "Cn", "Mn", "Me"):
            continue
        if cat == "Cc":
            out.append("\n" if part in "\n\r" else " ")
            continue
        out.append(part)
    return "".join(out)


def _unaccent(ch: str) -> str:
    # Only Latin letters are decomposed: doing it to kana would split が into
    # か and a mark that is then dropped.
    if "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff":
        return unicodedata.normalize("NFKD", ch)
    return ch


def display_clean(text: str) -> str:
    """A name as it should be shown: NFKC, no invisible characters, one space."""
    text = unicodedata.normalize("NFKC", text[:MAX_FOLD_CHARS])
    if _NOT_PLAIN_IN_A_LINE.search(text) is not None:  # else nothing for the filter to take out
        text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cc", "Co", "Cs", "Cn"))
    # NFKC can lengthen a character (up to 18 for one ligature): cap again.
    return " ".join(text.split())[:MAX_FOLD_CHARS]


def _base(text: str) -> str:
    """Steps shared by every view: cap, invisible characters, NFKC, look-alikes."""
    text = text[:MAX_FOLD_CHARS]
    # NFKC can lengthen a character up to 18 times: cap again after it.
    text = unicodedata.normalize("NFKC", text).lower()[:MAX_FOLD_CHARS]
    text = strip_invisible(text)
    return _LOOKALIKES(text)


LETTERS = "0-9a-zA-Z\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u4e00-\u9fff"
"""Letters and digits (a regex class) that ``_drop_separators`` keeps as they are, none of
them a sentence end (tests/test_safety_normalize.py checks every one of them)."""
_LETTERS_ONLY = re.compile(f"[{LETTERS}]*")


def _drop_separators(text: str, keep_breaks: bool) -> str:
    if _LETTERS_ONLY.fullmatch(text):
        return text  # nothing but letters: nothing to drop (most names)
    out: list[str] = []
    for ch in text:
        if ch in _SENTENCE_END:
            if keep_breaks and out and out[-1] != BREAK:
                out.append(BREAK)
            continue
        cat = unicodedata.category(ch)
        if cat[0] in "LN":
            out.append(ch)
        # Everything else (spaces, punctuation, symbols, ー's siblings ～〜)
        # is a separator a writer may slip between letters: "し.ね", "し ね".
    return "".join(out)


def _collapse_repeats(text: str) -> str:
    # "しにたいいいい" and "しーーね" are the word said slowly; runs of the same
    # letter count once.  The word lists are collapsed alike, so "いっぱい"
    # still matches itself.
    out: list[str] = []
    for ch in text:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def kana_key(text: str, *, keep_breaks: bool = False) -> str:
    """Fold ``text`` into the hiragana key used by the Japanese word lists."""
    return _kana_from_base(_base(text), keep_breaks)


_ASCII_LETTER = re.compile(r"[a-z]")


@functools.lru_cache(maxsize=1024)
def romaji_kana(text: str) -> str:
    """``jaconv.alphabet2kana``, remembered: one name reads the same romaji in several of its
    views, and jaconv rewrites the string once for every kana it knows."""
    return jaconv.alphabet2kana(text)


def _kana_from_base(text: str, keep_breaks: bool) -> str:
    # neologdn joins spaced-out Japanese ("死　に　た　い"), folds widths
    # and shortens stretched vowels; it does not touch Latin words.
    text = neologdn.normalize(text)
    text = _drop_separators(text, keep_breaks)
    # Romaji once the separators are gone, so "shi ni tai" becomes しにたい;
    # before the stand-ins, so "4" + "ne" is read like "4ね".
    if _ASCII_LETTER.search(text):
        text = romaji_kana(text)
    text = _TAHI.sub("死", text)
    text = _SHI_STANDIN.sub("し", text)
    text = _KATA2HIRA(text)  # jaconv.kata2hira, without its two Python calls
    return _finish(text)


def _finish(text: str) -> str:
    text = text.replace("ー", "").replace("ヽ", "").replace("ゝ", "")
    text = _SMALL_KANA(text)
    return _collapse_repeats(text)[:MAX_FOLD_CHARS]


def reading_of(key: str) -> str:
    """The all-hiragana reading of a kana key: kanji read by the morphological analyser
    (Sudachi, ``safety.morphology``), so "全部飲んだ", "ぜんぶのんだ" and "ぜんぶ飲んだ" meet."""
    if not has_kanji(key):
        return key
    return _finish(reading(key))


def _is_kanji(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch in "々〆〇"


_KANJI = re.compile("[\u3400-\u9fff\uf900-\ufaff々〆〇]")
"""The letters ``_is_kanji`` takes, for one C-level scan of a text."""


def has_kanji(text: str) -> bool:
    return _KANJI.search(text) is not None


def latin_keys(text: str) -> tuple[str, ...]:
    """ASCII-only keys with leetspeak undone two ways ("1" as i and as l)."""
    if _BARE_KANA.fullmatch(text) is not None and len(text) <= MAX_FOLD_CHARS:
        return _NO_LATIN_KEYS  # (what ``fold`` gives bare kana: no Latin letter to key)
    return _latin_from_base(_base(text))


_NO_LATIN_KEYS = ("",)


def _latin_from_base(text: str) -> tuple[str, ...]:
    plain = "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == "$"))
    plain = plain.replace("$", "s")
    keys = {
        _collapse_repeats(plain.translate(_LEET_L).translate(_LEET)),
        _collapse_repeats(plain.translate(_LEET)),
        plain,
    }
    return tuple(sorted(keys))


_LATIN_WORD = re.compile(r"[a-z0-9]+")
_LETTERS_AND_DIGITS = re.compile(r"[a-z]*[0-9][a-z0-9]*[a-z][a-z0-9]*|[a-z]+[0-9][a-z0-9]*")


def _tokens_of(base: str) -> tuple[str, ...]:
    """ASCII words as written, and a word mixing letters and digits also with the digits read
    as the letters they stand for ("k1ll" → "kill", "0d" → "od")."""
    words = _LATIN_WORD.findall(base)
    leet = [w.translate(_LEET) for w in words if _LETTERS_AND_DIGITS.fullmatch(w)]
    return tuple(words + [w for w in leet if w not in words])


def latin_tokens(text: str) -> tuple[str, ...]:
    """ASCII words as written, split at anything else ("ODした" → "od")."""
    if _BARE_KANA.fullmatch(text) is not None and len(text) <= MAX_FOLD_CHARS:
        return ()  # (as ``fold`` gives bare kana)
    return _tokens_of(_base(text))


def fold(text: str, *, keep_breaks: bool = False, read: bool = True) -> Folded:
    """All the views of ``text`` at once (``read=False``: ``reading`` is ``kana``, no
    morphological analysis, for callers that read the kanji themselves).

    Deliberately not cached: visitors' words are not kept in memory.
    """
    if _BARE_KANA.fullmatch(text) is not None and len(text) <= MAX_FOLD_CHARS:
        # kana letters alone (``undisguise``'s bare kana) are their own base and hold no Latin
        # letter or separator; of the steps only タヒ, katakana and the small and repeated kana
        # change anything (~35,000 instructions fewer a name of kana the long way reads;
        # tests/test_safety_normalize_bare_kana.py folds every such letter and pair both ways)
        kana = _finish(_KATA2HIRA(_TAHI.sub("死", text)))
        return Folded(kana=kana, reading=reading_of(kana) if read else kana, latin=("",), latin_tokens=())
    return _folded(text, keep_breaks=keep_breaks, read=read)


def _folded(text: str, *, keep_breaks: bool, read: bool) -> Folded:
    """``fold`` read step by step, whatever the text."""
    base = _base(text)
    kana = _kana_from_base(base, keep_breaks)
    return Folded(
        kana=kana,
        reading=reading_of(kana) if read else kana,
        latin=_latin_from_base(base),
        latin_tokens=_tokens_of(base),
    )


# ---------------------------------------------------------------------------
# Disguises of kana and mixed scripts, undone before a name is read as words
# (``safety.names``; ``safety.constructions.unmask`` does the look-alike kanji, spacing,
# dots, digits in romaji and slipped-in small っ/ゃ/ヵ).

_SMALL_VOWEL = {"ぁ": "あ", "ぃ": "い", "ぅ": "う", "ぇ": "え", "ぉ": "お"}
_SMALL_VOWEL.update({jaconv.hira2kata(k): jaconv.hira2kata(v) for k, v in list(_SMALL_VOWEL.items())})
# The kana a small vowel really combines with (ファ, ティ, トゥ, シェ, ウォ…): after any
# other it was slipped in or stands for the big one (「ぅざい」, 「きぇたい」).
_COMBINES = {
    "あ": frozenset("ふゔくぐつとどすずう"),
    "い": frozenset("ふゔてでうつすずくぐとど"),
    "う": frozenset("とどふゔ"),
    "え": frozenset("ふゔしじちぢいうつくぐ"),
    "お": frozenset("ふゔうつくぐとど"),
}
_VOWEL_KANA = {"あ": "a", "い": "i", "う": "u", "え": "e", "お": "o"}


def _vowels() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in range(0x3041, 0x3097):
        hira = chr(code)
        latin = jaconv.kana2alphabet(hira)
        if hira in _SMALL_VOWEL:
            latin = _VOWEL_KANA[_SMALL_VOWEL[hira]]
        if latin and latin[-1] in "aiueo":
            table[hira] = table[jaconv.hira2kata(hira)] = latin[-1]
    return table


VOWEL_OF = _vowels()


# small vowel → (the big one, its vowel, the kana it combines with, both scripts)
_SMALL_INFO = {
    small: (
        big,
        _VOWEL_KANA[jaconv.kata2hira(big)],
        _COMBINES[jaconv.kata2hira(big)]
        | frozenset(jaconv.hira2kata("".join(_COMBINES[jaconv.kata2hira(big)]))),
    )
    for small, big in _SMALL_VOWEL.items()
}
_VOWEL_LETTERS = frozenset("あいうえおアイウエオ")
_TWO_VOWEL_LETTERS = re.compile("[あいうえおアイウエオ]{2}")


def _small_vowels(text: str) -> str:
    """A small vowel after a kana of the same vowel holds it (「ねぇ」: dropped); after a kana
    it combines with it stays (「ティ」); anywhere else it is read as the big vowel.  A ー or a
    small っ in between is looked through (「デーィ」, 「てっぃ」: slipped in)."""
    if not any(ch in _SMALL_INFO for ch in text):
        return text
    out: list[str] = []
    prev = ""
    for ch in text:
        info = _SMALL_INFO.get(ch)
        if info is not None:
            big, vowel, combines = info
            if VOWEL_OF.get(prev) == vowel:
                continue
            if prev not in combines:
                ch = big
        out.append(ch)
        if ch not in "ーっッ":
            prev = ch
    return "".join(out)


def _held_vowels(text: str) -> str:
    """Two or more vowel kana that repeat the vowel of the kana before them hold it
    (「しねええええ」 → 「しね」); one alone may be a word of its own (「ねえ」)."""
    if not _TWO_VOWEL_LETTERS.search(text):
        return text  # nothing held: only a run of two vowel letters is ever dropped
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        out.append(ch)
        i += 1
        vowel = VOWEL_OF.get(ch)
        if vowel is None or ch in _VOWEL_LETTERS:
            continue
        j = i
        while j < len(text) and text[j] in _VOWEL_LETTERS and VOWEL_OF[text[j]] == vowel:
            j += 1
        if j - i >= 2:
            i = j
    return "".join(out)


def undisguise(text: str) -> str:
    """Before ``safety.constructions.unmask`` reads a name: NFKC, invisible characters out,
    lower case, Cyrillic/Greek look-alikes as Latin, and pictures and spaces between the
    letters out (「し🌸ね」, 「バ 力」: a name is read as one run of letters), and so are
    marks and punctuation between kana or kanji (「えっ!ち」, 「バ※力」, 「スタッ;フ」)."""
    if _BARE_KANA.fullmatch(text) is not None and len(text) <= MAX_FOLD_CHARS:
        # kana letters alone (no ー, no repeat or sound mark) are what every step below gives
        # back unchanged: ~60,000 instructions for nothing on a name the long way reads
        # (tests/test_safety_normalize_bare_kana.py reads every such letter and pair both ways)
        return text
    return _undisguised(text)


def _undisguised(text: str) -> str:
    """``undisguise`` read step by step, whatever the text."""
    text = unicodedata.normalize("NFKC", _spaced_marks_joined(text[:MAX_FOLD_CHARS])).lower()
    text = _LOOKALIKES(_NAME_MARKS.sub("", strip_invisible(text[:MAX_FOLD_CHARS])))
    text = _splitting_marks_out(
        "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "So")
    )
    # look-alikes the word rules do not know: 厶 is only ever ム and 丰 キ (a Chinese
    # character no Japanese name uses); 三 is ミ beside katakana (「ゴ三」, 「ア厶力」, 「丰モい」;
    # 「ルパン三世」 reads ミ harmlessly)
    text = _MI.sub("ミ", text.replace("厶", "ム").replace("丰", "キ"))
    if "一" in text:
        # 一 held after katakana is ー, the mark it looks like (「オ一ディ一」, 「レ一キュ一」);
        # before a kanji it is one (「カード一枚」, 「ピカチュウ一番」)
        text = _CHOON_LOOKALIKE.sub(lambda m: "ー" * len(m.group(0)), text)
    # a ー never stands before a small kana: it was slipped in (「チーャ」 is 「チャ」); nor
    # a small っ before ー or a small kana, and a mark held twice is held once
    # (「おっーでっぃー」, 「おーーでーぃーー」 are 「おーでぃー」)
    if _ODD_HELD.search(text):
        text = _HELD_TWICE.sub("ー", _TSU_BEFORE_HELD.sub("", text))
    return _HELD_BEFORE_SMALL.sub("", text)


# Hiragana ぁ…ゖ and katakana ァ…ヺ but small っ and ッ, nothing else: NFKC, lower case,
# ``strip_invisible``, the look-alikes and every mark rule of ``undisguise`` leave a run of them
# as it is (no ー, small っ, ゝ, 々 or sound mark, which those rules read: 「っゃ」 loses its っ).
_BARE_KANA = re.compile("[\u3041-\u3062\u3064-\u3096\u30a1-\u30c2\u30c4-\u30fa]+")


def _spaced_marks_joined(text: str) -> str:
    """A sound mark written apart from its kana is joined back to it before NFKC makes the
    two one letter: spaced or zero-width letter by letter, 「ﾊ ﾟ ﾊ ﾟ活」 is 「パパ活」 (left
    apart, the lone mark is dropped as a face part and 「ハハ活」 is read)."""
    if (
        "\uff9e" not in text
        and "\uff9f" not in text
        and "\u309b" not in text
        and "\u309c" not in text
        and "\u3099" not in text
        and "\u309a" not in text
    ):
        return text  # (no sound mark at all: most texts, for a few membership tests)
    return _MARK_APART.sub("", text)


# Spaces or invisible characters between a kana and a sound mark (half-width ﾞﾟ, spacing
# ゛゜ or combining): nobody writes a mark apart from its letter but to hide the letter.
_MARK_APART = re.compile(
    "(?<=[\u3041-\u30ff\uff66-\uff9d])[\\s\u200b-\u200d\u2060\ufeff]+(?=[\uff9e\uff9f\u309b\u309c\u3099\u309a])"
)


# (一 too: the look-alike of ー, 「千一ャ」, is no kanji before a small kana)
_TSU_BEFORE_HELD = re.compile(r"[っッ]+(?=[ーぁぃぅぇぉゃゅょゎァィゥェォャュョヮ])")
_HELD_TWICE = re.compile("ーー+")
_ODD_HELD = re.compile("ーー|[っッ][ーぁぃぅぇぉゃゅょゎァィゥェォャュョヮ]")
_HELD_BEFORE_SMALL = re.compile(r"[ー〜~\-一]+(?=[ぁぃぅぇぉゃゅょゎァィゥェォャュョヮ])")

_LATIN_LETTER = re.compile(r"[a-z]")


def _splitting_marks_out(text: str) -> str:
    """Punctuation and marks between two characters that are not Latin letters (kana,
    kanji, digits: 「4・ね」), and marks no keyboard writes between Latin letters
    (「s・hine」, 「k1l∀l」): they only split the word they hide.  ASCII punctuation next to
    a Latin letter stays, where a handle's 「_」 or a domain's 「.」 (「ig_yuu」, 「yuu.jp」)
    separates the words the Latin lists look for."""
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        if unicodedata.category(ch)[0] in "PS":
            run.append(ch)
            continue
        no_latin_beside = out and not _LATIN_LETTER.match(out[-1]) and not _LATIN_LETTER.match(ch)
        if run and not (no_latin_beside or (out and not any(c.isascii() for c in run))):
            out.extend(run)
        run = []
        out.append(ch)
    out.extend(run)
    return "".join(out)


# Letters to Python that a name holds as marks, not letters: the face parts names allow
# (ω, Д, ฅ: 「にゃん(=^ω^=)」; ᐢ ᗜ ᐛ ˶ ˊ ˋ ‿ ⸝ ゚ ʕ ʔ ᴥ ෆ • and the breve and acute
# NFKC leaves of ˘ and ´: 「(˶ᐢᗜᐢ˶)」, 「ʕ•ᴥ•ʔ」, 「( ˘ω˘ )」), 々 〆 〇 between kana,
# where they stand for no kana
# (「し〇ね」), and kana repeat marks after kana or kanji (「こゞろす」, 「力ゝカオ」: read as
# the kana they repeat, こごろす, they would hide ころす; 「こゝろ」 and 「いすゞ」 pass
# either way).
_NAME_MARKS = re.compile(
    "[ωдฅᐢᗜᐛ˶ˊˋ‿⸝\u309aʕʔᴥෆ•\u0301\u0306]|"
    r"(?<=[ぁ-ヺー])[々〆〇](?=[ぁ-ヺ])|(?<=[ぁ-ヺー\u3400-\u9fff])[ゝゞヽヾ]"
)

_MI = re.compile(r"(?<=[ァ-ヺー])三|三(?=[ァ-ヺ])")
_CHOON_LOOKALIKE = re.compile(r"(?<=[ァ-ヺ])一+(?=[ァ-ヺ]|$)")


def vowel_kana(text: str) -> str:
    """After ``unmask``: small or repeated vowel kana read as the writer meant them
    (「ぅざい」 → 「うざい」, 「きぇたい」 → 「きえたい」, 「しねええ」 → 「しね」)."""
    return _held_vowels(_small_vowels(text))


_ROMAJI_BY_KANA = re.compile(r"(?<=[\u3041-\u30ff])[a-z]+|[a-z]+(?=[\u3041-\u30ff])")


def mixed_romaji(text: str) -> str:
    """Latin letters written right against kana read as kana when they spell kana
    (「shiネ」 → 「しネ」): a word split across two scripts is one word."""

    def conv(m: re.Match[str]) -> str:
        run = m.group(0)
        if run[-1] not in "aiueon":  # a romaji word ends in a vowel or ん ("od" stays Latin)
            return run
        kana = romaji_kana(run)
        return kana if all("\u3041" <= c <= "\u30ff" for c in kana) else m.group(0)

    return _ROMAJI_BY_KANA.sub(conv, text)


# ---------------------------------------------------------------------------
# The same disguises in free text, for ``safety.constructions.prepare`` (the risk side):
# ``undisguise_text`` before its unmasking, ``read_kana_text`` after it.  Measured on the
# tuning sets with that hook (docs/history/safety-rounds.md, names round of 2026-12-02): disguised
# high-risk texts ≥ high 0.884 → 0.913, plain texts unchanged.

_KATA_LETTER = re.compile(r"[ァ-ヺ]")
_HIRA_LETTER = re.compile(r"[ぁ-ゖ]")
_WIDE_GAP = re.compile(r"\s{2,}")


def undisguise_text(text: str) -> str:
    """NFKC, invisible characters out, Cyrillic/Greek look-alikes as Latin, a ー before a
    small kana dropped, and a line spaced out letter by letter joined with its wider gaps
    kept as the spaces between words (「い ま   ほ ど う き ょ う」 → 「いま ほどうきょう」)."""
    text = unicodedata.normalize("NFKC", _spaced_marks_joined(text[:MAX_FOLD_CHARS]))[:MAX_FOLD_CHARS]
    text = _HELD_BEFORE_SMALL.sub("", _LOOKALIKES(strip_invisible(text)))
    lines = []
    for line in text.split("\n"):
        parts = line.split()
        if len(parts) >= 3 and sum(len(p) == 1 for p in parts) >= 0.7 * len(parts):
            line = " ".join("".join(word.split()) for word in _WIDE_GAP.split(line.strip()))
        lines.append(line)
    return "\n".join(lines)


def read_kana_text(text: str) -> str:
    """After the unmasking: a line written (nearly) all in katakana is read in hiragana, as
    the analyser reads children's words best (「センロ ハイッタ」 → 「せんろ はいった」; a
    loanword among hiragana stays), and small and held vowels as meant (``vowel_kana``)."""
    lines = []
    for line in text.split("\n"):
        kata = len(_KATA_LETTER.findall(line))
        if kata >= 4 and kata >= 4 * len(_HIRA_LETTER.findall(line)):
            line = jaconv.kata2hira(line)
        lines.append(line)
    return vowel_kana("\n".join(lines))
