"""The words of a name looked up in the lists of ``lexicon/names.toml`` (``_listed_reason``):
whole words and fragments in its kana readings, its Latin keys, a listed word said twice."""

from __future__ import annotations

import functools
import re
from itertools import accumulate, product

from safety.allow_list import ALLOW_LIST
from safety.lexicon import NAME_LISTS
from safety.morphology import tokens
from safety.name_reading import LISTS, ORDINARY_KANJI, WHOLE, WHOLE_NO_TSU, has_kanji, person_or_place, read
from safety.name_views import NameViews, _slipped_word, _spelled_letters
from safety.normalize import VOWEL_OF
from safety.normalize import latin_tokens as latin_tokens_of
from safety.translation import kata2hira

_KANJI_LETTER = re.compile(r"[一-鿿々]")


def _latin_keys(views: NameViews) -> tuple[set[str], list[str]]:
    """The name's Latin words (as tokens, and every Latin spelling to search inside): as
    written, unmasked, undisguised, spelled in kana letter names (「おーでぃー」)."""
    letters = _spelled_letters(views.undisguised)
    words = (
        set(views.latin_words)
        | set(views.plain.latin_tokens)
        | set(latin_tokens_of(views.undisguised))
        | letters
    )
    # a Latin word with digits after it is still the word (「JC2」, 「kill2」)
    words |= {w for t in tuple(words) if not t.isalpha() for w in _LETTER_RUN.findall(t)}
    # a vowel hidden by a star, as grown-ups' swearing is printed (「f*ck」, 「b*tch」, 「k*ll」)
    words |= _starred(views.undisguised)
    # the Latin words as written and with digits read as letters, doubled letters kept (「st4ff」)
    keys = [k for k in (*views.latin, *letters, *words) if k]
    return words, keys


def _starred(text: str) -> set[str]:
    """Each Latin word with stars between its letters, every star read as each vowel (two
    starred places at most: more is no word anyone swears with)."""
    out: set[str] = set()
    for m in _STARRED.finditer(text.lower()):
        parts = re.split(r"\*+", m.group(0))
        if len(parts) > 3:
            continue
        for vowels in product("aiueo", repeat=len(parts) - 1):
            out.add(parts[0] + "".join(v + p for v, p in zip(vowels, parts[1:], strict=True)))
    return out


_STARRED = re.compile(r"[a-z]+(?:\*+[a-z]+)+")


def _listed_reason(views: NameViews, *, lone_x: bool) -> str | None:
    """The reason of the first list (in ``NAME_LISTS`` order) with a word in the name, as
    ``Reading.hits`` counts words: kana, whole kana words, Latin, kanji anywhere.  Without
    ``lone_x`` a small x among Latin words is a decoration (``names._DECORATIVE_X``), no app."""
    latin_words, keys = _latin_keys(views)
    own_latin = views.latin
    if not lone_x:
        latin_words = latin_words - {"x"}
        own_latin = tuple(w for w in own_latin if w != "x")
    readings = views.readings
    hits = set().union(*(r.hits() for r in readings[1:]))
    first_whole: set[int] = set()
    first = readings[0].hits(first_whole)
    kata_hits: set[int] | None = None
    kanji_text = _without_ordinary_kanji(views.plain.kana)
    # the kanji words are looked for as written, and in each other spelling read with kanji
    # (「役立たっず」 without its slipped-in っ is 「役立たず」)
    kanji_texts = [kanji_text] if has_kanji(kanji_text) else []
    if len(views.texts) > 1 and kanji_texts:
        # (not a spelling that read a kanji into the name: 「小4女子」 read as 「小死女子」 is
        # for the word rules, which know a counter from a word)
        own = set(_KANJI_LETTER.findall(views.unmasked))
        kanji_texts.extend(
            dict.fromkeys(
                _without_ordinary_kanji(t)
                for t in views.texts[1:]
                if t != views.unmasked and set(_KANJI_LETTER.findall(t)) <= own
            )
        )
    # a laugh after a name (「ゆいwww」); a name of nothing but w stays the address it may start
    laughs = any(c.isalnum() and c not in "wW" for c in views.unmasked)
    for index, (words, _kana, _token) in enumerate(LISTS):
        latin = _LATIN_RE[index]
        if (
            index in hits
            or views.plain.kana in words.whole.kanji
            or any(r.key in (WHOLE if r.tsu else WHOLE_NO_TSU)[index] for r in readings)
            or (
                latin is not None
                and any(
                    latin.search(k)
                    and not (laughs and _laughter(k))
                    and _latin_hit(k, latin, index)
                    and not _across_words(k, index, views.latin_words)
                    for k in keys
                )
            )
            or not words.latin_token.isdisjoint(latin_words)
            or not words.latin_token.isdisjoint(own_latin)
            or (views.digits_out and _slipped_word(views, index))
            or (views.n_vowel and any(word in views.n_vowel for word in _N_VOWEL_WORDS[index]))
            or (
                kanji_texts
                and any(
                    any(w in text for w in words.anywhere.kanji)
                    and _kanji_word_stands(words.anywhere.kanji, text)
                    for text in kanji_texts
                )
            )
        ):
            return words.reason
        if index in first:
            # a listed word that is the whole name is no part of a loanword
            if not views.kata or index in first_whole:
                return words.reason
            if kata_hits is None:
                kata_hits = read(views.kata).hits(foreign=False)  # a hiragana name: as written
            if index in kata_hits:
                return words.reason
    return None


def _laughter(key: str) -> bool:
    """A Latin key of w alone after a name (「ゆいwww」) is a laugh, not the start of an
    address: an address written with www holds a dot or a domain word too, read on their own."""
    return key.strip("w") == ""


def _latin_hit(key: str, latin: re.Pattern[str], index: int) -> bool:
    """Whether a listed Latin word found in ``key`` counts: not when ``key`` is a longer word
    the dictionary knows and the listed one is only letters of it — read then as the
    dictionary reads it, in kana, against the kana lists (「cocktail」 is かくてる, 「sexy」
    せくしー, 「instagram」 いんすたぐらむ), or, with no reading in kana, a person's or
    place's name (「Hitchcock」, 「Sussex」)."""
    if latin.fullmatch(key) or not key.isalpha() or not key.isascii():
        return True
    known = _dictionary_latin(key)
    if known is None:
        return True
    kana, proper = known
    if not kana:
        return not proper
    return index in read(kana).hits() or any(read(kana).key in whole for whole in WHOLE[index : index + 1])


def _across_words(key: str, index: int, words: tuple[str, ...]) -> bool:
    """Every listed Latin word of list ``index`` found in ``key`` — the name's Latin words,
    written apart, joined — runs from inside one word into the next, and every word it touches
    is a word the dictionary knows: letters of two real words, no word of the list
    (「lucky star」 holds no kys; 「kill me」, 「kill you」 start and end where words do, and
    「lucky kys」 has a listed word of its own)."""
    if len(words) < 2 or key != "".join(words):
        return False
    ends = list(accumulate(len(w) for w in words))
    starts = [0, *ends[:-1]]
    found = False
    for listed in NAME_LISTS[index].latin:
        at = key.find(listed)
        while at != -1:
            found = True
            end = at + len(listed)
            touched = [i for i, (a, b) in enumerate(zip(starts, ends, strict=True)) if a < end and at < b]
            if (
                len(touched) < 2
                or (at in starts and end in ends)
                or not all(_dictionary_latin(words[i]) is not None for i in touched)
            ):
                return False
            at = key.find(listed, at + 1)
    return found


@functools.lru_cache(maxsize=256)
def _dictionary_latin(word: str) -> tuple[str, bool] | None:
    """A Latin word the dictionary knows as one noun: its reading in kana ("" when it has
    none) and whether it is a person's or place's name; None for a word it does not know."""
    found = tokens(word)
    if len(found) != 1 or found[0].oov or found[0].pos[0] != "名詞":
        return None
    t = found[0]
    kana = t.reading if _HIRAGANA_WORD.fullmatch(t.reading) else ""
    return kana, person_or_place(t)


_HIRAGANA_WORD = re.compile("[ぁ-ゖー]+")


def _repeated_word(views: NameViews) -> str | None:
    """A name that is one listed whole word said again and again (「ばかばか」, 「ばーかばーか」,
    「ぶすぶす」), which Sudachi reads as one word of its own: the reason of that word."""
    return repeated_reason("".join(ch for ch in kata2hira(views.unmasked) if ch.isalpha() and ch != "ー"))


def repeated_reason(key: str) -> str | None:
    """``_repeated_word`` on ``key``, the name's letters in hiragana (the fast path asks it of a
    plain name, whose unmasked reading is the name itself)."""
    word = _repeated(key)
    if word is None and "っ" in key:
        # small っ slipped in unevenly break the repetition (「ばっーかっばーッか」): read
        # without them; slipped in alike they are the word's own (「ばっかばっか」 stays ばっか)
        key = key.replace("っ", "")
        word = _repeated(key)
    if word is None or key in _ALLOWED_WORDS:  # 「ぶたぶた」, 「もりもり」
        return None
    return next((reason for reason, words in _TOKEN_WORDS if word in words), None)


def _repeated(key: str) -> str | None:
    """The shortest word of two letters or more that ``key`` is said again and again, if any."""
    # (the lazy group tries the sizes from two up, as a loop over them did, in one call)
    said = _SAID_AGAIN.fullmatch(key)
    return None if said is None else said.group(1)


_SAID_AGAIN = re.compile(r"(.{2,}?)\1+", re.DOTALL)


# each list's whole-word kana (kana_token and kana_whole), for the repeated word: insults and
# sexual words (the caretaker's もり said twice is 「もりもり」, plenty)
_TOKEN_WORDS = tuple(
    (words.reason, frozenset(token) | frozenset(WHOLE[index]))
    for index, (words, _kana, token) in enumerate(LISTS)
    if words.reason in ("insult", "sexual")
)
_ALLOWED_WORDS = frozenset(kata2hira(w).replace("ー", "") for w in ALLOW_LIST.words)
_LETTER_RUN = re.compile(r"[a-z]{2,}")
_N_VOWEL = re.compile("ん[あいうえお]")
_N_VOWEL_WORDS = tuple(tuple(w for w in kana if _N_VOWEL.search(w)) for _words, kana, _token in LISTS)


def _without_ordinary_kanji(text: str) -> str:
    """The allow-list's words written with kanji taken out, for the kanji words looked for
    anywhere (「不死鳥」 has 死 in it, and is no reason to refuse)."""
    for w in ORDINARY_KANJI:
        if w in text:
            text = text.replace(w, "・")
    return text


def _kanji_word_stands(words: tuple[str, ...], text: str) -> bool:
    """A listed kanji word found in ``text`` still counts once the people's and places' names
    in it are taken out (「不死川」 is a family name; 「死にたい」 has none)."""
    for t in tokens(text):
        if person_or_place(t) and has_kanji(t.surface):
            text = text.replace(t.surface, "・")
    return any(w in text for w in words)


# Each list's Latin words, looked for inside the name's Latin letters in one search.
_LATIN_RE = tuple(
    re.compile("|".join(re.escape(w) for w in words.latin)) if words.latin else None for words in NAME_LISTS
)


# A held vowel written ー where a listed word writes the vowel's letter (「はやくしにてー」 is
# しにてえ, 「まじうぜー」 うぜえ, 「ばかやろー」 ばかやろう): the folding drops every ー, and a word
# listed anywhere with its held vowel as a letter was then found only where the letter was
# typed.  The name is read once more with each ー after a kana as that kana's vowel (え after
# an え-column kana, う after an お-column one, as the words are said), for the words that hold
# such a vowel, of the lists that refuse harm (not the contact and staff lists, whose words
# with held vowels are also ordinary words' pieces: 「こーかんにっき」).  Only a ー after
# hiragana: after katakana it is a loanword's long vowel (「グレープ」 holds no れいぷ).
# (each ー as the letter first, then as the other letter a vowel is held with: せーよく is せいよく)
_HELD_AS = ({"a": "あ", "i": "い", "u": "う", "e": "え", "o": "う"}, {"e": "い", "o": "お"})
_HOLDS_VOWEL = {"a": "あ", "i": "い", "u": "う", "e": "えい", "o": "うお"}


def _ends_held(word: str) -> bool:
    """``word`` ends in a held vowel written as its letter (しにてえ, うぜえ, ばかやろう): a
    word said so is how a ー ends a sentence; a vowel held inside a word is a loanword's as
    often, in hiragana too (「くれーぷ」 holds no れいぷ)."""
    vowel = VOWEL_OF.get(word[-2:-1])
    return vowel is not None and word[-1] in _HOLDS_VOWEL[vowel]


_HELD_WORDS = tuple(
    (
        words.reason,
        re.compile("|".join(sorted(held, key=len, reverse=True))),
    )
    for words in NAME_LISTS
    if words.reason in ("self_harm", "sexual", "insult")
    and (held := [re.escape(w) for w in map(kata2hira, words.kana_words) if "ー" not in w and _ends_held(w)])
)
_HELD_MARK = re.compile("(?<=[ぁ-ゖ])ー+")


def held_reason(text: str) -> str | None:
    """The reason of a listed word found in ``text`` read with each ー as the vowel it holds
    (``_HELD_WORDS``), or None."""
    if "ー" not in text:
        return None
    for letters in _HELD_AS:
        held = _HELD_MARK.sub(
            lambda m, letters=letters: letters.get(VOWEL_OF.get(text[m.start() - 1], ""), "ー"), text
        )
        if held == text:
            continue
        held = kata2hira(held)
        reason = next((reason for reason, words in _HELD_WORDS if words.search(held) is not None), None)
        if reason is not None:
            return reason
    return None
