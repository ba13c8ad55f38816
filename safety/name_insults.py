"""Insults in a name: an insult and a word for a person made one noun (「くそおやじ」,
「メンヘラ女」), an insult after a given name, or a put-down framed by a word of address
and endings (「おまえアホやろ」, 「ダラやな」, 「うちほじなしだ」)."""

from __future__ import annotations

import functools
import re
import unicodedata

from safety.lexicon import NAME_LISTS, PUT_DOWNS
from safety.morphology import tokens
from safety.name_insult_words import INSULT_WORDS
from safety.name_listed import _TOKEN_WORDS
from safety.name_reading import ORDINARY
from safety.normalize import VOWEL_OF
from safety.translation import hira2kata, kata2hira
from safety.word_search import any_word, any_word_pattern

# An insult's whole word and a word for a person made one noun (「はげおやじ」, 「くそおやじ」,
# which the dictionary knows as one word, so no whole-word entry is found in it)
_INSULT_WORDS = sorted({w for r, ws in _TOKEN_WORDS if r == "insult" for w in ws}, key=len, reverse=True)
# Words that are no insult alone (a child may call herself メンヘラ) but are one said of a
# man or a woman (「メンヘラ女」, 「地雷女」); 「地雷系女子」 is a fashion, 女子 no おんな.
_PERSON_LABELS = ("めんへら", "じらい")
# (the words as a tree of letters, ``safety.word_search``: only whether there is one is asked)
_INSULT_PERSON = re.compile(
    any_word_pattern((*_INSULT_WORDS, *_PERSON_LABELS))
    + "(?:おやじ|おやぢ|じじい|ばばあ|がき|おんな|おとこ|やろう|やろー|むすこ|むすめ)"
)
# the whole-word insults an insult after a given name is looked for among: not the slurs that
# are also common syllables of names (しな, えた, にが, ちょん, ひにん)
_NAME_INSULTS = tuple(w for w in _INSULT_WORDS if w not in ("しな", "えた", "にが", "ちょん", "ひにん"))
_KANA_RUN = re.compile("[ァ-ヺー]{3,}|[ぁ-ゖー]{3,}")
_ENDS_IN_AN_INSULT = re.compile(any_word_pattern(_NAME_INSULTS) + "\\Z")
_AN_INSULT = any_word(_NAME_INSULTS)


def _insult_after_a_name(text: str) -> bool:
    """A run of kana that is a Japanese given name or family name glued to an insult, which
    the dictionary reads as one unknown word (「ユイビッチ」, 「サキブス」, 「けんたばか」): the
    part before the insult, read alone, is one word the dictionary knows as a Japanese name —
    in katakana a given or family name (人名 名/姓), or, when the katakana is no foreign
    person's name (人名 一般: ジョコ in 「ジョコビッチ」, マルコ), the same in hiragana.
    A foreign name's letters pass (「ジョコビッチ」, 「ミロシェビッチ」)."""
    if _AN_INSULT.search(kata2hira(text).replace("ー", "")) is None:
        # no run can end in an insult that is nowhere in the name (each run, as read below,
        # is a piece of the name read so: kata2hira maps letter to letter); most names have
        # none, and every plain one asks (the fast path)
        return False
    for run in _KANA_RUN.findall(text):
        plain = kata2hira(run).replace("ー", "")
        if plain in _ORDINARY_WORDS:
            continue  # an allow-listed word is no name glued to an insult (「ハルカス」)
        if _ENDS_IN_AN_INSULT.search(plain) is None:
            continue  # (one search instead of each insult's ending tried: most runs end in none)
        for word in _NAME_INSULTS:
            before = run[: len(run) - len(word)] if "ー" not in run else plain[: -len(word)]
            if before[-1:] in ("ノ", "の") and len(before) > 2:
                before = before[:-1]  # a name, の, the insult (「ケンタノアホ」)
            if plain.endswith(word) and len(plain) - len(word) >= 2 and _japanese_name(before):
                return True
            if plain.endswith(word) and _unknown_name_before(run.replace("ー", ""), hira2kata(before)):
                return True
    return False


_ORDINARY_WORDS = frozenset(ORDINARY)


# Katakana a Japanese given name is written in: no small vowel and no ヴ, which write
# foreign sounds (「ティ」, 「ヴァ」).
_NAME_KANA = re.compile("[アイウエオカ-ヂツ-モヤ-ロワンャュョッ]{2,4}")


@functools.lru_cache(maxsize=512)
def _unknown_name_before(run: str, before: str) -> bool:
    """A given name the dictionary does not know glued to an insult in katakana
    (「ユウトカス」, 「アヤネブス」): the whole run is no word the dictionary knows, and the part
    before the insult is two to four plain kana that are no word either, as written or in
    hiragana.  A word before the insult is no name (「トマトカス」 stays the dictionary's
    business), nor is a foreign word's start (「ダマスカス」 is a word)."""
    if not _NAME_KANA.fullmatch(before):
        return False
    whole = tokens(run)
    if len(whole) != 1 or not whole[0].oov:
        return False
    as_written = tokens(before)
    if len(as_written) != 1 or not as_written[0].oov:
        return False
    read = tokens(kata2hira(before))
    return not (len(read) == 1 and not read[0].oov)


@functools.lru_cache(maxsize=512)
def _japanese_name(prefix: str) -> bool:
    as_written = tokens(prefix)
    if len(as_written) == 1 and as_written[0].pos[2:3] == ("人名",):
        return as_written[0].pos[-1] in ("名", "姓")
    read = tokens(kata2hira(prefix))
    return len(read) == 1 and read[0].pos[2:3] == ("人名",) and read[0].pos[-1] in ("名", "姓")


# Put-downs framed (``[put_downs]`` in names.toml).  The name is read in hiragana, lower case,
# letters only (marks, spaces and dots between letters dropped: 「ボ・ケ」, 「た♡わ♡け」), one
# letter per letter, so a place in it is a place in the name as written.  A listed word is
# matched with each vowel it holds — by ー, by a small vowel or by the vowel written again
# (う or お after an お-column kana, い or え after an え-column one) — held any of these ways,
# once or more: 「てめー」 is 「てめえ」, 「しょーもない」 「しょうもない」, 「furaa」 (read
# ふらあ) 「ふらー」, 「ざまぁぁ」 「ざまあ」.
_HELD = {"a": "あぁ", "i": "いぃ", "u": "うぅ", "e": "いえぃぇ", "o": "うおぅぉ"}
# katakana to hiragana as a list indexed by code point (faster than a dict for translate)
_TO_HIRAGANA = [c - 0x60 if 0x30A1 <= c <= 0x30F6 else c for c in range(0x30F7)]


def _letters(text: str) -> str:
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    folded = text.lower().translate(_TO_HIRAGANA)
    return folded if folded.isalnum() else "".join(ch for ch in folded if ch.isalnum() or ch == "ー")


def _pattern(word: str, *, tsu: bool = True, held: str = "+") -> str:
    """``word`` as a pattern with its held vowels held any way (「てめえ」: てめ[ーいえぃぇ]+);
    without ``tsu`` its small っ left out, for a name read without those slipped into it
    (「たっくらっんけ」); ``held="*"`` for a name read without its ー too, stretched letter by
    letter (「ふーらーーやーさー」): the word without ー and a held vowel written or not
    (「てめえ」: てめ[いえぃぇ]*)."""
    out: list[str] = []
    vowel: str | None = None
    for ch in _letters(word):
        if (ch == "っ" and not tsu) or (ch == "ー" and held == "*"):
            continue
        if vowel is not None and (ch == "ー" or ch in _HELD[vowel]):
            if not out[-1].endswith(held):
                out.append(f"[{_HELD[vowel]}]*" if held == "*" else f"[ー{_HELD[vowel]}]+")
            continue
        out.append(re.escape(ch))
        vowel = VOWEL_OF.get(ch)
    return "".join(out)


def _alternation(words: tuple[str, ...], *, tsu: bool = True, held: str = "+") -> str:
    """One pattern for ``words``, the longest first (a longer put-down is tried before one
    inside it)."""
    patterns = {p: len(p) for w in words if (p := _pattern(w, tsu=tsu, held=held))}
    return "|".join(sorted(patterns, key=lambda p: (-patterns[p], p)))


_INSULT_LIST = next(words for words in NAME_LISTS if words.reason == "insult")
# every insult word of the lists and the framed-only put-downs, but the slurs that are common
# syllables of names (しな, えた…: 「しなやか」, 「えたい」)
_PUT_DOWN_WORDS = tuple(
    w
    for w in (
        *_INSULT_LIST.kana_words,
        *_INSULT_LIST.token,
        *_INSULT_LIST.whole.kana,
        *_INSULT_LIST.whole.kanji,
        *PUT_DOWNS.get("words", ()),
        *PUT_DOWNS.get("framed", ()),
    )
    if w not in ("しな", "えた", "にが", "ちょん", "ひにん")
)


def _starts(words: tuple[str, ...]) -> frozenset[str]:
    """The first two letters ``words`` may start with, a held vowel written each way."""
    out: set[str] = set()
    for w in words:
        letters = _letters(w)
        vowel = VOWEL_OF.get(letters[:1])
        if vowel is not None and len(letters) > 1 and (letters[1] == "ー" or letters[1] in _HELD[vowel]):
            out.update(letters[0] + held for held in f"ー{_HELD[vowel]}")
        else:
            out.add(letters[:2])
    return frozenset(out)


_FRAMES = (*PUT_DOWNS.get("prefixes", ()), *PUT_DOWNS.get("addresses", ()), *PUT_DOWNS.get("selves", ()))


def _frame_starts(tsu: bool, held: str) -> frozenset[str]:
    """The two letters a framed put-down starts with: most names start otherwise and are no
    further read (the fast path asks every plain name); a frame of one letter (「ど」, 「俺」)
    starts with the letter after it, a put-down's first or a particle."""

    def plain(w: str) -> str:
        letters = _letters(w)
        letters = letters if tsu else letters.replace("っ", "")
        return letters.replace("ー", "") if held == "*" else letters

    firsts = {plain(w)[:1] for w in _PUT_DOWN_WORDS}
    return _starts(tuple(map(plain, (*_FRAMES, *_PUT_DOWN_WORDS)))) | {
        one + after
        for frame in _FRAMES
        if len(one := plain(frame)) == 1
        for after in {"は", "っ" if tsu else "て", "も", *firsts}
    }


def _framed(tsu: bool, held: str) -> re.Pattern[str]:
    def alternation(words: tuple[str, ...]) -> str:
        return _alternation(words, tsu=tsu, held=held)

    address = alternation(PUT_DOWNS.get("addresses", ()))
    endings = alternation(PUT_DOWNS.get("endings", ()))
    return re.compile(
        f"(?:(?P<prefix>{alternation(PUT_DOWNS.get('prefixes', ()))})"
        f"|(?:(?P<address>{address})|(?P<self>{alternation(PUT_DOWNS.get('selves', ()))}))"
        f"(?P<particle>は|{'って' if tsu else 'て'}|も)?)?"
        f"(?P<word>{alternation(_PUT_DOWN_WORDS)})"
        f"(?P<ending>(?:(?P<first>{endings})(?:{endings})?)?)"
        f"{'ー*' if held == '+' else ''}"
        f"(?P<after>{address})?"
    )


# the name as written; read without small っ; read without っ and ー, stretched
_FRAME_STARTS, _FRAMED = _frame_starts(True, "+"), _framed(True, "+")
_NO_TSU_STARTS, _NO_TSU = _frame_starts(False, "+"), _framed(False, "+")
_UNSTRETCHED_STARTS, _UNSTRETCHED = _frame_starts(False, "*"), _framed(False, "*")
# (every frame's start also in katakana, either letter or both: compared as written)
_ANY_START = frozenset(
    a + b
    for start in _FRAME_STARTS | _NO_TSU_STARTS | _UNSTRETCHED_STARTS
    for a in {start[:1], hira2kata(start[:1])}
    for b in {start[1:], hira2kata(start[1:])}
)
_PLAIN_HEAD = re.compile("[ぁ-ぢつ-ゖァ-ヂツ-ヶ一-鿿]{2}")  # (っ and ッ left out)
_FRAMED_ONLY = re.compile(_alternation(PUT_DOWNS.get("framed", ())) or "(?!)")
# the put-downs of two letters, which many ordinary words hold (as read: ふらー read without
# its ー is ふら, and no such put-down)
_SHORT = frozenset(w for w in map(_letters, _PUT_DOWN_WORDS) if len(w) <= 2)
_TAILS = frozenset(map(_letters, PUT_DOWNS.get("tails", ())))
_NICKNAMES = frozenset(map(_letters, PUT_DOWNS.get("nicknames", ())))
_KATAKANA = re.compile("[ァ-ヺー]+")
_STRETCHED = re.compile("(?:[^ー]ー+)+")


# A put-down said of someone named: a given name (or any word of two letters or more), は or
# って, the put-down and its endings, nothing after (「ゆうとはほも」, 「あおいはくず」,
# 「みおってぶさいく」).  The word for the one spoken to is the open class of given names here,
# so the put-downs are the listed ones and the vocabulary's, but not those that said of someone
# are a role or a self-description: 「ゆうとはボケ」 is the funny one of a comic pair.  A put-down
# of two letters takes no ending, or one of two letters or more that is no nickname's, or
# laughter (「ひかりはかすか」 is faint light, 「ゆいはちびやん」 a nickname).  The animals and
# standings ``name_insult_words`` reads only said of a person are put-downs here too, but for
# those that after は are a verb, a zodiac year or what a child says of herself (「なつはさる」
# is summer leaving, 「ゆいはねずみ」 a year, 「ゆいはぼっち」, 「ゆいはぽんこつ」, 「ゆいはおたく」).
# Before は may stand a thing or an animal too, which size, weight and slowness describe and
# a pot is (「ひよこはちび」, 「かめはのろま」, 「ごはんはおかま」, 「おにはでていけ」 of 節分): those
# words pass after one word the dictionary knows that is no person's name (``_a_thing``).
_NAMED_AIMED = (
    "ぶた", "ごりら", "ごきぶり", "どぶねずみ", "うじむし", "みじんこ", "がいちゅう", "ちんぱんじー",
    "ちんぱんじい", "おらうたん", "おらんうーたん", "こじき", "ていへん", "にーと", "にいと",
    "わきが", "でっぱ", "底辺", "害虫", "蛆虫",
)  # fmt: skip
_NAMED_NOT = frozenset({"ぼけ", *map(_letters, PUT_DOWNS.get("framed", ()))})
_OF_THINGS = frozenset(
    map(_letters, ("ちび", "でぶ", "でぶっちょ", "のろま", "うすのろ", "はげ", "おかま", "でてけ", "でていけ",
                   "出てけ", "出ていけ", "どんくさい", "とろくさい"))
)  # fmt: skip
_NAMED_WORDS = tuple(
    w
    for w in dict.fromkeys((*_PUT_DOWN_WORDS, *INSULT_WORDS, *_NAMED_AIMED))
    if _letters(w) not in _NAMED_NOT
)
_LAUGHTER = frozenset({"w", "ww", "www", "草"})
_NAMED_REST = re.compile(
    f"(?P<word>{_alternation(_NAMED_WORDS)})"
    f"(?P<ending>(?:(?P<first>{_alternation(PUT_DOWNS.get('endings', ()))})"
    f"(?:{_alternation(PUT_DOWNS.get('endings', ()))})?)?)ー*"
)
_NAMED_PARTICLE = re.compile("(?<=[^\\W\\d_]{2})(?:は|って)")


def put_down_of_someone(text: str) -> bool:
    """A put-down after a given name and は or って, the whole name (``_NAMED_REST``)."""
    if not any(p in text for p in ("は", "ハ", "って", "ッテ", "ﾊ", "ｯﾃ")):
        return False  # (most names: no particle, nothing read)
    letters = _letters(text)
    if letters in _ORDINARY_WORDS:
        return False
    for particle in _NAMED_PARTICLE.finditer(letters):
        found = _NAMED_REST.fullmatch(letters, particle.end())
        if found is None:
            continue
        if found.group("word") in _OF_THINGS and _a_thing(letters[: particle.start()]):
            continue
        if len(_letters(found.group("word"))) > 2:
            return True
        first = found.group("first")
        if not first or first in _LAUGHTER or (len(first) >= 2 and first not in _NICKNAMES):
            return True
    return False


@functools.lru_cache(maxsize=512)
def _a_thing(before: str) -> bool:
    """``before`` is one word the dictionary knows and no person's name (「ひよこ」, 「かめ」;
    「ゆい」, 「たなか」 and a name it does not know are people)."""
    read = tokens(before)
    return len(read) == 1 and not read[0].oov and read[0].pos[2:3] != ("人名",)


def put_down(text: str) -> bool:
    """The name is a put-down with nothing but a frame around it (``[put_downs]`` in
    names.toml): a word for the one spoken to before it (「おまえアホやろ」, 「われボケが」) or
    after its ending (「アホかおまえ」), a word for oneself before it (「うちダラやし」), a prefix
    joined to it (「どたわけ」), endings after it (「ヘタレやな」, 「たわけだがや」, 「陰キャ乙」),
    or nothing (「ほじなし」, 「フラー」).  A ``framed`` put-down is an ordinary word alone:
    only said to someone or with a swearing tail (「このあんごうが」; 「あんごうだよ」 passes).
    A put-down of two letters is letters of many ordinary words: said to someone, of oneself
    with a particle or an ending (「ぼくはちび」; 「ぼくちび」 passes), alone, or framed by a
    first ending of two letters or more that is no nickname's suffix (「カスやろ」; 「ちびやん」 is a
    nickname) or by any ending when written in katakana before a hiragana one (「カスが」):
    「かすが」 (春日), 「かすか」 (微か), 「だらだ」 pass, and the prefix is no frame for it
    (「どかす」)."""
    if put_down_of_someone(text):
        return True
    head = text[:2]
    if head not in _ANY_START and _PLAIN_HEAD.fullmatch(head) is not None:
        # (kana or kanji first, no っ or ー among them: the letters start so in every reading,
        # and no frame starts so — most names end here, unfolded)
        return False
    letters = _letters(text)
    found = _FRAMED.fullmatch(letters) if letters[:2] in _FRAME_STARTS else None
    if found is not None and _said_so(found, text):
        return True
    if "っ" not in letters and "ー" not in letters:
        return False  # (most names: read as written only)
    # a small っ slipped in (「たっくらっんけ」), or a ー after every letter too
    # (「ふーらーーやーさー」): read without them, and a put-down of two letters no more
    # (「でぶっっ」 is how 「Debussy」 reads as romaji)
    letters = letters.replace("っ", "")
    found = _NO_TSU.fullmatch(letters) if letters[:2] in _NO_TSU_STARTS else None
    if found is not None and _said_so(found, None):
        return True
    if _STRETCHED.fullmatch(letters) is None:
        return False
    letters = letters.replace("ー", "")
    found = _UNSTRETCHED.fullmatch(letters) if letters[:2] in _UNSTRETCHED_STARTS else None
    return found is not None and _said_so(found, None)


def _said_so(found: re.Match[str], text: str | None) -> bool:
    """Whether the frame ``found`` makes its put-down one (``put_down``); ``text``: the name
    as written, where its letters are the name's one for one (None: read without ー and っ).
    An allow-listed word is no put-down (「きもかわ」) unless written so that it is none
    (「カスが」 is no 春日)."""
    word, ending = found.group("word"), found.group("ending")
    if found.group("after") is not None and not ending:
        return False  # (a word for the one spoken to after the put-down needs an ending between)
    ordinary = found.string in _ORDINARY_WORDS
    spoken_to = found.group("address") is not None or found.group("after") is not None
    if _FRAMED_ONLY.fullmatch(word) is not None:
        return not ordinary and (spoken_to or ending in _TAILS)
    if word not in _SHORT:
        return not ordinary
    if text is None or found.group("prefix") is not None:
        return False
    if spoken_to:
        return not ordinary
    if found.group("self") is not None:
        return not ordinary and (found.group("particle") is not None or bool(ending))
    if not ending:
        return True
    if ending == found.group("first") and _katakana_before_hiragana(text, found.span("word")):
        return True  # (「カスが」)
    # one ending of two letters (か and わ are no frame: 「ちびかわ」)
    first = found.group("first")
    return not ordinary and len(first) >= 2 and first not in _NICKNAMES


def _katakana_before_hiragana(text: str, span: tuple[int, int]) -> bool:
    """The put-down at ``span`` of the name's letters is written in katakana and what follows
    it is not."""
    text = unicodedata.normalize("NFKC", text)  # (half-width katakana too: 「ｶｽが」)
    if _KATAKANA.search(text) is None:
        return False
    start, end = span
    written = "".join(ch for ch in text if ch.isalnum() or ch == "ー")
    return _KATAKANA.fullmatch(written[start:end]) is not None and _KATAKANA.match(written, end) is None
