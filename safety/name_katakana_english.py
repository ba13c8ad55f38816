"""English written in katakana (「キルミー」, 「ファックユー」, 「イディオット」): read as the English words.

The name lists hold English insults, wishes to die and sexual words in Latin letters; a child
writes them as loanwords are written, in katakana.  Each listed Latin word is read as katakana
writes English: its consonants in order, each vowel as katakana may render it (「u」 is ア in
ファック, ユ in キュー), a vowel katakana adds after a consonant (ク, ト, ド) allowed, an r that
ends a syllable silent (「loser」 ルーザー), l as r, v as b, the length of a vowel (ー) and a doubled
consonant (ッ) not counted.  A katakana run of three letters or more that is such words and
nothing else (one listed word, only ミー, ユー, ユアセルフ, アイ, ウォント or トゥー around it) gives
that word's reason.  A run that is one word Sudachi knows (「ビーチ」, 「コック」, 「キルト」) or an
allow-listed word is that word, and a listed word of four letters or fewer is not enough alone
(「ダイ」 is a given name, 「キル」 a game's word).
"""

from __future__ import annotations

import functools
import re

from safety.allow_list import ALLOW_LIST
from safety.lexicon import NAME_LISTS
from safety.morphology import tokens
from safety.translation import kata2hira

# the lists read so, and the short English words that glue them into a phrase
_REASONS = ("self_harm", "insult", "sexual")
# (as katakana writes them: ミー, ユー, ユアセルフ, マイセルフ, アイ, ウォント, トゥー)
_GLUE = ("mi", "yu", "yuaserufu", "yoaserufu", "maiserufu", "ai", "wonto", "wanto", "tu", "insaido")

# katakana as the sounds loanwords give it; two-letter sounds first (ディ, トゥ, ファ, キュ)
_KANA_SOUNDS = {
    "ディ": "di", "ティ": "ti", "トゥ": "tu", "ドゥ": "du", "デュ": "dyu", "テュ": "tyu",
    "ファ": "fa", "フィ": "fi", "フェ": "fe", "フォ": "fo", "フュ": "fyu",
    "ウィ": "wi", "ウェ": "we", "ウォ": "wo", "ヴァ": "ba", "ヴィ": "bi", "ヴェ": "be", "ヴォ": "bo",
    "チェ": "che", "シェ": "she", "ジェ": "je", "ツァ": "tsa", "スィ": "si", "ズィ": "zi",
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo",
    "シャ": "sha", "シュ": "shu", "ショ": "sho", "ジャ": "ja", "ジュ": "ju", "ジョ": "jo",
    "チャ": "cha", "チュ": "chu", "チョ": "cho", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo",
    "ヒャ": "hya", "ヒュ": "hyu", "ヒョ": "hyo", "ビャ": "bya", "ビュ": "byu", "ビョ": "byo",
    "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo", "ミャ": "mya", "ミュ": "myu", "ミョ": "myo",
    "リャ": "rya", "リュ": "ryu", "リョ": "ryo",
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o",
    "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke", "コ": "ko", "ガ": "ga", "ギ": "gi", "グ": "gu",
    "ゲ": "ge", "ゴ": "go", "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so", "ザ": "za",
    "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo", "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te",
    "ト": "to", "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do", "ナ": "na", "ニ": "ni",
    "ヌ": "nu", "ネ": "ne", "ノ": "no", "ハ": "ha", "ヒ": "hi", "フ": "fu", "ヘ": "he", "ホ": "ho",
    "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo", "パ": "pa", "ピ": "pi", "プ": "pu",
    "ペ": "pe", "ポ": "po", "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo", "ヤ": "ya",
    "ユ": "yu", "ヨ": "yo", "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro", "ワ": "wa",
    "ヲ": "o", "ン": "n", "ヴ": "bu",
    "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o",
}  # fmt: skip
_SOUND_RE = re.compile("|".join(sorted(map(re.escape, _KANA_SOUNDS), key=len, reverse=True)))
# a katakana run of three letters or more (ー and ッ among them)
_RUN = re.compile("[ァ-ヺー]{3,}")

# English spellings of one sound, before the letters are read one by one
_ENGLISH_DIGRAPHS = (
    ("tch", "ch"), ("ck", "k"), ("ph", "f"), ("th", "s"), ("wh", "w"), ("qu", "kw"), ("x", "ks"),
    ("sh", "S"), ("ch", "C"),
)  # fmt: skip
# how katakana renders an English vowel (a cluster first)
_VOWELS = {
    "ee": "i", "ea": "(?:i|e)", "oo": "u", "ou": "(?:a|au|ua|u)", "ie": "(?:ai|i)", "ui": "(?:ui|u|a)",
    "ai": "(?:ei|e)", "oa": "o", "au": "o",
    "a": "(?:a|e|ei)", "e": "(?:e|i)", "i": "(?:i|ai)", "o": "(?:o|a|ou|u)",
    "u": "(?:u|a|yu)", "y": "(?:i|ai)", "A": "a",
}  # fmt: skip
_VOWEL_RUN = re.compile("ee|ea|oo|ou|ie|ui|ai|oa|au|[aeiouyA]")
# a consonant's sound as the katakana key writes it (S and C are sh and ch)
_CONSONANT = {"S": "sh", "C": "ch", "c": "k", "l": "r", "v": "b", "z": "s", "q": "k"}
# the vowel katakana adds after a consonant with none (ク, ト, ド, チ)
_ADDED = "[uoi]?"


def _english_pattern(word: str) -> str:
    """A regular expression over the katakana key (``_katakana_key``) for ``word`` as katakana
    would write it."""
    w = word.lower()
    if len(w) > 3 and w.endswith("e") and w[-2] not in "aeiouy":
        w = w[:-1]  # a silent e (「suicide」 スーサイド)
    w = re.sub("c(?=[eiy])", "s", w)
    for spelled, sound in _ENGLISH_DIGRAPHS:
        w = w.replace(spelled, sound)
    # an r that ends a syllable is not said (「harm」 ハーム), and -er, -or at the end are ア
    # (「loser」 ルーザー)
    w = re.sub("(?<=[^aeiouy])(?:er|or)$", "A", w)
    w = re.sub("r(?![aeiouy])", "", w)
    if w.startswith("y") and len(w) > 1:
        w = "Y" + w[1:]  # y before a vowel is a consonant (「you」 ユー)
    out: list[str] = []
    i = 0
    while i < len(w):
        m = _VOWEL_RUN.match(w, i)
        if m is not None:
            out.append(_VOWELS[m.group(0)])
            i = m.end()
            continue
        ch = w[i]
        if i > 0 and w[i - 1] == ch:
            i += 1
            continue  # a doubled consonant is one (「kill」)
        if ch == "t" and w[i + 1 : i + 2] == "u":
            out.append("(?:t|ch)")  # t before u may be チュ (「stupid」 スチューピッド, as student)
        else:
            out.append("y" if ch == "Y" else _CONSONANT.get(ch, ch))
        if not _VOWEL_RUN.match(w, i + 1):
            out.append(_ADDED)
        i += 1
    return "".join(out)


def _katakana_key(run: str) -> str:
    """A katakana run as the sounds it writes, vowel length and doubled consonants not
    counted, l as r and z as s (the English side is read the same)."""
    sounds = "".join(_KANA_SOUNDS.get(m.group(0), "") for m in _SOUND_RE.finditer(run.replace("ー", "")))
    sounds = sounds.replace("z", "s")
    return re.sub(r"([a-z])\1+", r"\1", sounds)


def _listed() -> tuple[tuple[str, str, int], ...]:
    """(reason, pattern, letters) of each listed Latin word of the three reasons."""
    out = []
    for words in NAME_LISTS:
        if words.reason in _REASONS:
            for w in (*words.latin, *sorted(words.latin_token)):
                # (an acronym is no word said: 「kys」, 「nsfw」)
                if w.isalpha() and len(w) >= 3 and re.search("[aeiou]", w):
                    out.append((words.reason, _english_pattern(w), len(w)))
    return tuple(out)


_LISTED = _listed()
_GLUE_PATTERN = "|".join(_GLUE)
# any listed word with glue words around it, in one expression (most runs stop here)
_ANY = re.compile(
    f"(?:{_GLUE_PATTERN})*(?:{'|'.join(f'(?:{pattern})' for _r, pattern, _n in _LISTED)})(?:{_GLUE_PATTERN})*"
)
# each listed word with glue words around it, the glue kept apart (「キルミー」 kill + me)
_EACH = tuple(
    (reason, re.compile(f"((?:{_GLUE_PATTERN})*)(?:{pattern})((?:{_GLUE_PATTERN})*)"), letters)
    for reason, pattern, letters in _LISTED
)
_ALLOWED = frozenset(kata2hira(w) for w in ALLOW_LIST.words)


def katakana_english(name: str) -> str | None:
    """The reason of the listed English word a katakana run of ``name`` spells, or None."""
    for m in _RUN.finditer(name):
        reason = _run_reason(m.group(0))
        if reason is not None:
            return reason
    return None


@functools.lru_cache(maxsize=1024)
def _run_reason(run: str) -> str | None:
    """The reason of the one listed word the run spells with nothing but glue words around it
    — alone, a word of five letters or more (「ダイ」 is a given name, 「キル」 a game's word)."""
    key = _katakana_key(run)
    if len(key) < 3 or _ANY.fullmatch(key) is None:
        return None
    found = [
        (reason, letters)
        for reason, pattern, letters in _EACH
        if (m := pattern.fullmatch(key)) is not None and (letters >= 5 or m.group(1) or m.group(2))
    ]
    if not found or kata2hira(run) in _ALLOWED:
        return None
    words = tokens(run)
    if len(words) == 1 and not words[0].oov:
        return None  # a word the dictionary knows (「ビーチ」, 「コック」)
    return max(found, key=lambda x: x[1])[0]
