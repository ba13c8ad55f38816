"""The display-name policy: what a visitor may be called in front of others.

A name may be at most ``MAX_NAME_CHARS`` characters (after NFKC and trimming)
and use hiragana, katakana, kanji, Latin letters (with accents), a few digits
(``safety.contact.name_contact``), pictures, spaces and a few soft symbols
(``ALLOWED_SYMBOLS``).
It is refused, with a reason code, when it could carry a contact, invites
self-harm, is sexual, insults, or could be taken for staff or the caretaker.
The name read as words is ``safety.name_reading``; asking to meet, ``safety.name_meeting``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import asdict, dataclass, replace
from itertools import pairwise, product
from typing import Any

import jaconv
from jaconv.conv_table import K2H_TABLE

from safety.allow_list import ALLOW_LIST
from safety.constructions import unmask, wishes_to_die
from safety.constructions.folding import KATA_LOOKALIKE
from safety.contact import english_number, kana_number_run, name_contact, number_start, spoken_number
from safety.lexicon import CARETAKER_ROLES, NAME_LISTS, PICTURED_WORDS
from safety.morphology import Token, tokens
from safety.name_caretaker import STEMS as CARETAKER_STEMS
from safety.name_caretaker import claims_caretaker
from safety.name_gathering import gathers
from safety.name_invites import invites
from safety.name_leaving import leaving_reason, pictured_in_kana
from safety.name_meeting import FAST_PATH_STEMS, invites_meeting, meets_in_person
from safety.name_orders import STEMS as ORDER_STEMS
from safety.name_orders import THREAT_STEMS, UNWANTED_KANA, orders_to_die, threatens, unwanted_person
from safety.name_reading import (
    LISTS,
    ORDINARY,
    ORDINARY_KANJI,
    WHOLE,
    WHOLE_ANY,
    WHOLE_NO_TSU,
    Reading,
    analyse,
    has_fragment,
    has_kanji,
    letters_of,
    person_or_place,
    read,
)
from safety.name_wants import MEETING_NOUNS, SEXUAL_NOUNS, wants_reason
from safety.name_wants import STEMS as WANT_STEMS
from safety.normalize import (
    VOWEL_OF,
    Folded,
    display_clean,
    fold,
    latin_keys,
    mixed_romaji,
    romaji_kana,
    undisguise,
    vowel_kana,
)
from safety.normalize import latin_tokens as latin_tokens_of
from safety.risk import assess
from safety.translation import hira2kata, kata2hira

MAX_NAME_CHARS = 12
# Longer raw input is not looked at beyond this: it is too long anyway.
MAX_RAW_CHARS = 64
ALLOWED_SYMBOLS = frozenset(
    " ・ー-_☆★♪♡～〜~!?！？@\ufe0f\ufe0e()*^+=。、.'ω`&;†‡∞※〃【】「」『』≧≦∇∀⊂⊃Дฅ꒰꒱ᐢᗜᐛ˶ˊˋ‿⸝\u309aʕʔᴥෆ•/\\"
)
"""``~`` is what NFKC makes of ``～``; U+FE0F asks for an emoji's picture form; brackets,
``*^+=;``, ω, ``` `` ```, ≧≦∇∀⊂⊃Дฅ꒰꒱ and ´ (NFKC writes it as a space and U+0301) and dots
for faces
(「ゆい(*^^*)」, 「にゃん(=^ω^=)」, 「りお(´ω｀)」, 「ねむい…」; a dot next to a Latin letter or
digit is not allowed: addresses and handles are written so); ``&`` between two names; the
marks children decorate a name with (†, ∞, ※, 〃, 【】「」『』; shapes and arrows are in
``_SHAPES``); U+FE0E asks for a picture's text form (「❤︎」); the face parts of
「(˶ᐢᗜᐢ˶)」, 「ʕ•ᴥ•ʔ」, 「(◕‿◕)」, 「(ﾟ∀ﾟ)」 (ﾟ is U+309A after NFKC), 「＼(^o^)／」 and
「( ˘ω˘ )」 (˘ is a space and U+0306), which the reading takes out like pictures
(``safety.normalize.undisguise``); a slash next to a Latin letter or digit is not allowed
either (an address's)."""
# Pictures a child puts in a name (🌸, 🐱, ❄): faces, animals, food, plants, weather,
# hearts, things.  Not the letters and digits in boxes or flags (🅰, 🇱🇮🇳🇪, 1⃣), which
# spell things.
_EMOJI = ((0x1F300, 0x1F5FF), (0x1F600, 0x1F64F), (0x1F680, 0x1F6FF), (0x1F900, 0x1F9FF),
          (0x1FA70, 0x1FAFF), (0x2600, 0x27BF), (0x2B50, 0x2B55))  # fmt: skip


# Arrows and geometric shapes (→, ⇔, ●, ◎, ◇, ▲): decoration, like the pictures.
_SHAPES = ((0x2190, 0x21FF), (0x25A0, 0x25FF), (0x2B1B, 0x2B1C))


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
    reason = _content_reason(name[: 4 * MAX_NAME_CHARS], raw)
    if reason is None and (len(name) > MAX_NAME_CHARS or len(text) > MAX_RAW_CHARS):
        reason = "too_long"
    if reason is None and not _allowed_characters(name):
        reason = "chars"
    return NameVerdict(reason is None, name, reason)


def _allowed_characters(name: str) -> bool:
    """Every character is allowed where it stands: a dot touching a Latin letter or digit
    only as one name's dot (``_NAME_DOT``), ``@`` only before what no app could take
    (``safety.contact.name_contact`` has refused the rest), ``%`` only after a number
    (「カカオ70%」)."""
    text = _without_accents(name)
    if "%" in text:
        if not _PERCENT.search(text):
            return False
        text = _PERCENT.sub("", text)
    if "." in text:
        text = _NAME_DOT.sub(r"\1\2", text)
    return _ALLOWED.fullmatch(text) is not None and _LATIN_DOT.search(text) is None


def _content_reason(name: str, written: str = "", *, again: bool = True) -> str | None:
    """The reason ``name`` may not be shown, or None: each check below reads the name as
    its words, with every disguise it knows undone (``_views``).  ``written`` is the name as
    typed, before any cleaning (a food's name is a food's only written plainly)."""
    if _plainly_ordinary(name):
        # (a bare proposal may be plain once the zero-width spaces between it are out)
        return "contact" if written and _hidden_proposal(name, written) else None
    emoji = _emoji_reason(name)
    if emoji is not None:
        return emoji
    name = _without_ordinary_latin(name)
    if not name.strip():
        return None
    name = _staff_thing_in_compound(_app_word_in_compound(name, written or name), written or name)
    views = _views(name)
    # (read again without its digits, the name's digits were judged already: 「ゆい2011」 is
    # no 「ゆい211」)
    if _carries_contact(name, views, digits=again):
        return "contact"
    listed = _listed_reason(views, lone_x=_DECORATIVE_X.search(name) is None) or _repeated_word(views)
    if listed is not None:
        return listed
    if (
        _asks_to_meet(views)
        or _app_used(views, written or name)
        or _proposal_hidden(views, written or name)
        or (_WAVE.search(name) is not None and _asks_to_meet(_views(_WAVE.sub("ー", name))))
    ):
        return "contact"
    if _paid_dating(views):
        return "sexual"
    wanted = _wanted(views)
    if wanted is not None:
        return wanted
    if any(claims_caretaker(text) for text in views.texts):
        return "staff"
    if (
        _wishes_to_die(views)
        or _orders_to_die(views)
        or _names_a_means(views)
        or _act_done(views, written or name)
        or any("うまれ" in r.key and _BIRTH_REGRETTED.search(r.key) for r in views.readings)
    ):
        return "self_harm"
    if (
        any(threatens(text) for text in views.texts)
        or any(_INSULT_PERSON.search(r.key) for r in views.readings)
        or any(_insult_after_a_name(text) for text in views.texts)
        or any(unwanted_person(text) for text in views.texts)
    ):
        return "insult"
    spelled = _LONE_LETTER.sub(lambda m: _LETTER_WORDS[m.group(0).lower()], name)
    if spelled != name:
        # a letter standing for a word children spell with it (「H大好き」 is えっち, 「P活」 ぴー活)
        letter = _content_reason(spelled, written, again=again)
        if letter is not None:
            return letter
    if again and _NUMBER_RUN.search(name):
        # the digits a name may hold (two, a year, a birthday, three after it) hide no word
        # between its letters either: the name is judged without the number after it
        # (「shine777」, 「aho2011」), without its digits (「デ2011ィスコ」, 「スナチ12ャ」) and
        # without each digit alone, which keeps a digit standing for a letter (「l71ne」,
        # 「47ね」); 「ゆい2011ちゃん」, 「3年2組のはな」 pass
        return next(
            filter(None, (_content_reason(n, written, again=False) for n in _without_digits(name))), None
        )
    return None


# Letters that stand for a word when written alone before kana or kanji: H for エッチ
# (「Hしよ」, 「H大好き」), P for ぴー in ぴー活 (「P活」).  Not before a word of address, where
# the letter is an initial (「Hくん」, 「Pさん」), nor after one, where it is a role (「ゆいP」).
_LETTER_WORDS = {"h": "えっち", "p": "ぴー"}
_LONE_LETTER = re.compile(
    "(?<![A-Za-z])[HhPp](?=[\\s\u3000]*[ぁ-ゖァ-ヺ一-鿿々])"
    "(?![\\s\u3000]*(?:くん|さん|ちゃん|さま|様|君|氏|殿|せんせ|先生))"
)


def _without_digits(name: str) -> list[str]:
    """The name read without its digits, each way ``_content_reason`` asks for: without a
    number of three digits or more after it, and without the digits among kana and kanji and
    every year — all of them, and each alone.  One or two digits beside Latin letters are read
    by the leet and slipped-digit readings instead (「ky4sh1」 is no kys)."""
    out = []
    number = _NUMBER_AFTER.search(name)
    # (three digits or more: one or two after Latin letters may stand for letters, 「kuzum0ch1」)
    if number is not None and number.start() > 0 and len(_NUMBER_RUN.findall(number.group(0))[0]) >= 3:
        out.append(name[: number.start()])
    among = [
        m
        for m in _NUMBER_RUN.finditer(name)
        if len(m.group(0)) >= 3 or not _beside_latin(name, m.start(), m.end())
    ]
    if among:
        out.append(
            "".join(ch for i, ch in enumerate(name) if not any(m.start() <= i < m.end() for m in among))
        )
        # each digit alone only in runs of one or two (a stand-in and a digit slipped in beside
        # it, 「47ね」): a year alone is read once, without it
        places = [i for m in among if len(m.group(0)) <= 2 for i in range(m.start(), m.end())]
        if 1 < len(places) <= 4:
            out.extend(name[:i] + name[i + 1 :] for i in places)
    return [n for n in dict.fromkeys(out) if n.strip() and n != name]


def _beside_latin(name: str, start: int, end: int) -> bool:
    return (start > 0 and name[start - 1].isascii() and name[start - 1].isalpha()) or (
        end < len(name) and name[end].isascii() and name[end].isalpha()
    )


_NUMBER_AFTER = re.compile(r"[_\-・ー\s]*[0-9０-９]+[^\w]*$")
_NUMBER_RUN = re.compile(r"[0-9０-９]+")


def _wanted(views: _Views) -> str | None:
    """Dying, a sexual act or meeting wanted, proposed or asked for in words no list holds
    (``safety.name_wants``: 「消えよう」, 「だいて」, 「デートしよ」)."""
    texts = views.texts
    if "ー" in views.undisguised and views.undisguised not in texts:
        texts = (*texts, views.undisguised)  # the unmasking drops a held ー: 「でーとしたい」
    reason = next((r for r in map(wants_reason, texts) if r is not None), None)
    # leaving life said by a picture of it, no verb of dying written (``safety.name_leaving``:
    # 「星になりたい」, 「人生ログアウト」, 「明日いらない」)
    return reason or next((r for r in map(leaving_reason, texts) if r is not None), None)


@dataclass(frozen=True, slots=True)
class _Views:
    """A name with its disguises undone, and every reading a disguise could hide a word in."""

    undisguised: str
    """``undisguise``: NFKC, look-alikes, invisible characters and pictures between letters."""
    unmasked: str
    """Small and held vowels, look-alike kanji in katakana, digits in romaji, dotted letters,
    slipped-in small kana, romaji read as kana (also written against kana: 「shiネ」)."""
    plain: Folded
    """The unmasked name folded (the kana views)."""
    latin: tuple[str, ...]
    """The name's own Latin words (``latin_keys``)."""
    latin_words: tuple[str, ...]
    """The name's own Latin words as tokens (``latin_tokens``)."""
    kata: str
    """A hiragana name of three kana or more in katakana (a loanword: 「かすたねっと」, 「りずむ」), or ""."""
    texts: tuple[str, ...]
    """The unmasked name and each other spelling read (the meeting and wish checks)."""
    readings: tuple[Reading, ...]
    """``texts`` read as words, the first the unmasked name; more readings may follow."""
    digits_out: tuple[tuple[str, tuple[int, ...]], ...] = ()
    """Latin words with a digit slipped in between letters, the digits taken out, and where
    they stood (``_slipped_digits_out``)."""
    n_vowel: str = ""
    """Romaji read with every n before a vowel as ん (「un31」: うんえい), only for the listed
    words that have ん before a vowel themselves (``_N_VOWEL_WORDS``): anywhere else the
    reading is made up (「kimono」 is no きもんお)."""


def _without_ordinary_latin(name: str) -> str:
    """Allow-listed Latin words out (「carolineしね」 is 「しね」); ! between Latin letters is
    an i (「sh!ne」, 「d!scord」)."""
    if not _LATIN_RUN.search(name):
        return name
    return _LATIN_RUN.sub(_unless_ordinary, _BANG_I.sub("i", name))


def _views(name: str) -> _Views:
    undisguised = undisguise(name)
    if undisguised[:1] in _SMALL_KA:
        # a small ヵ can be slipped in only after a letter: first, it is the letter (「ヵス」)
        undisguised = _SMALL_KA[undisguised[0]] + undisguised[1:]
    unmasked = _unmask(undisguised)
    plain = fold(unmasked, read=False)
    kata = ""
    if len(unmasked) >= 3 and _HIRAGANA_NAME.fullmatch(unmasked):
        # the held ー the unmasking drops is kept where it was all it dropped (「ろぼろふすきー」)
        same = undisguised.replace("ー", "") == unmasked.replace("ー", "")
        kata = hira2kata(undisguised if same else unmasked)
    texts, readings = _other_spellings(undisguised, unmasked, kata)
    if _ASCII.search(unmasked) and not _ASCII.search(plain.kana):
        # romaji the word rules could not read as one run (「4h0」, 「sh1-n3-」): read whole
        readings.append(read(plain.kana))
    if _SHI_FOUR_ROMAJI.search(undisguised):
        # 4 for shi in romaji before n and a vowel (「4ne」, 「4nitai」 are しね, しにたい): the
        # Latin keys read it as a, as leetspeak writes it (「4ne」 あね)
        shi = _unmask(_SHI_FOUR_ROMAJI.sub("shi", undisguised))
        if shi not in texts:
            texts.append(shi)
            readings.append(read(shi))
    latin_words = latin_tokens_of(name)
    latin = latin_keys(name)
    if _ASCII.search(undisguised) and not _ASCII.search(unmasked) and _disguised_romaji(name, undisguised):
        # disguised romaji drops the doubled consonant as often as not (「3 ch1」 is えち for
        # えっち, 「sut4fu」 すたふ): read against the lists written without small っ too — not
        # plain romaji, where that reading is another word (「aoka」 is no あおっか)
        texts.append(unmasked)
        readings.append(read(unmasked, tsu=False))
    n_vowel = ""
    if _ROMAJI_ONLY.fullmatch(undisguised) and _DOUBLED_LETTER.search(undisguised):
        # romaji with a letter doubled holds a vowel or doubles a consonant no list writes
        # (「buusu」, 「kuuzu」, 「sut44ffu」): read once more with every doubled letter single,
        # against the lists written without small っ
        for key in dict.fromkeys(
            k for k in latin if k != undisguised and k.isalpha() and not _DOUBLED_LETTER.search(k)
        ):
            kana = romaji_kana(key)
            if kana and kana not in texts and _HIRAGANA_NAME.fullmatch(kana):
                texts.append(kana)
                readings.append(read(kana, tsu=False))
    if _ROMAJI_ONLY.fullmatch(undisguised):
        # an n before a vowel may be ん (「un31」 is うんえい, not うねい)
        n_vowel = "・".join(
            romaji_kana(_N_BEFORE_VOWEL.sub("nn", key))
            for key in latin
            if key.isalpha() and _N_BEFORE_VOWEL.search(key)
        )
    digits_out = _slipped_digits_out(latin_words)
    for word, _where in digits_out:
        # the same word read as romaji, when all of it is and nothing else (「sh4ine」 is
        # しね; 「kuzum0ch1」 is no romaji once its 0 is out)
        kana = romaji_kana(word)
        if _HIRAGANA_NAME.fullmatch(kana) and jaconv.kana2alphabet(kana) == word:
            texts.append(kana)
            readings.append(read(kana))
    return _Views(
        undisguised,
        unmasked,
        plain,
        latin,
        latin_words,
        kata,
        tuple(texts),
        tuple(readings),
        digits_out,
        n_vowel,
    )


def _disguised_romaji(name: str, undisguised: str) -> bool:
    """Romaji with digits, or with something the undisguising took out (spaces, marks)."""
    return any(ch.isdigit() for ch in undisguised) or undisguised != name.lower()


def _slipped_digits_out(words: tuple[str, ...]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Each Latin word with digits between its letters, read with them taken out, and the
    places they were taken from: a digit slipped into a word (「kil4l」, 「fu4ck」) rather
    than standing for a letter (「k1ll」, which the leet reading undoes).  Both readings are
    kept; ``_slipped_word`` says when the one without digits counts."""
    out = []
    for w in words:
        if not _DIGIT_INSIDE_LATIN.search(w):
            continue
        where, letters = [], []
        for ch in w:
            if ch.isdigit():
                if letters and (not where or where[-1] != len(letters)):
                    where.append(len(letters))
            else:
                letters.append(ch)
        word = "".join(letters)
        inside = tuple(i for i in where if 0 < i < len(word))
        if inside and word.isalpha() and word not in ALLOW_LIST.latin:  # 「inst1ant」 is instant
            out.append((word, inside))
    return tuple(out)


def _slipped_word(views: _Views, index: int) -> bool:
    """A word of list ``index`` the name spells once its slipped-in digits are out: the whole
    word is a listed Latin word, or a listed Latin word of four letters or more spans a place
    a digit was taken from (「fu4cking」).  A shorter word found so would be chance: 「ky4sh1」
    is no kys."""
    words = NAME_LISTS[index]
    for word, where in views.digits_out:
        if word in words.latin_token or word in words.latin:
            return True
        for listed in words.latin:
            start = word.find(listed)
            while len(listed) >= 4 and start != -1:
                if any(start < i < start + len(listed) for i in where):
                    return True
                start = word.find(listed, start + 1)
    return False


def _other_spellings(undisguised: str, unmasked: str, kata: str) -> tuple[list[str], list[Reading]]:
    """The unmasked name and the spellings a disguise could still hide a word in, each read."""
    texts = [unmasked]
    readings = [read(unmasked)]
    if ("っ" in unmasked or "ッ" in unmasked) and not _tsu_in_words(analyse(letters_of(kata or unmasked))):
        # a second reading without any small っ: 「ぶっす」 is 「ぶす」, 「タッヒね」 「タヒね」
        # (also those romaji made before another kana: 「bussu」 is 「ぶっす」 only once
        # unmasked; 「debut」 is でぶっ, and no でぶ)
        # (a っ a kanji's own ending holds before a letter it can double stays: 「会ってっはなっそ」
        # is 「会ってはなそ」, not 「会てはなそ」)
        texts.append(_SLIPPED_TSU.sub("", _unmask(_SLIPPED_TSU.sub("", undisguised))))
        readings.append(replace(read(texts[1], tsu=False), with_tsu=readings[0]))
    if _ODD_SMALL_VOWEL.search(undisguised):
        # a small vowel no kana before it takes was slipped in (「りぁすか」 is 「りすか」);
        # the unmasking read it as the big one
        texts.append(_unmask(_ODD_SMALL_VOWEL.sub("", undisguised)))
        readings.append(read(texts[-1]))
    if "ゎ" in unmasked or "ヮ" in unmasked:
        # a small わ written for わ (「まちあゎせ」, 「かゎいい」)
        texts.append(_unmask(unmasked.replace("ゎ", "わ").replace("ヮ", "ワ")))
        readings.append(read(texts[-1]))
    if _STRETCHED_RUN.search(undisguised):
        # a run of kana stretched letter by letter, ー after each (「エーロー漫画家」, 「ター匕ねー」,
        # 「力カーオー」): read with the stretching undone, as the word rules' folding reads it
        # (a word's own ー before another kana stays: 「スーパー」 is no run of its own)
        unstretched = _unmask(_STRETCHED_RUN.sub(lambda m: m.group(0).replace("ー", ""), undisguised))
        if unstretched not in texts:
            texts.append(unstretched)
            readings.append(read(unstretched))
    if _held_small_at_end(undisguised):
        # a vowel held at the end written small (「うぜぇ」), which the unmasking drops: the
        # lists write it big (うぜえ, きめえ)
        texts.append(undisguised[:-1] + _BIG_VOWEL[undisguised[-1]])
        readings.append(read(texts[-1]))
    if "を" in unmasked or "ヲ" in unmasked:
        # を and ヲ are said お and written for it (「キモヲタ」)
        texts.append(_unmask(unmasked.replace("を", "お").replace("ヲ", "オ")))
        readings.append(read(texts[-1]))
    if _BABY.search(unmasked):
        # baby talk: ち for し, ちゃ for た (「ちにたい」, 「しにちゃい」 are しにたい)
        texts.append(_BABY.sub(lambda m: _BABY_SAYS[m.group(0)], unmasked))
        readings.append(read(texts[-1]))
    if "口" in undisguised:
        # 口 is read as ロ beside katakana; written for コ, it hides a word too (「ディス口ード」)
        texts.append(_unmask(undisguised.replace("口", "コ")))
        readings.append(read(texts[-1]))
    if _LONE_LOOKALIKE.search(undisguised) and (as_kana := _lone_lookalikes_as_kana(undisguised)):
        texts.append(as_kana)
        readings.append(read(texts[-1]))
    if _KATAKANA.search(unmasked) and any(ch in KATA_LOOKALIKE for ch in unmasked):
        # look-alike kanji left as kanji beside katakana (「待千合ワセ」, 「力力卜ク」): every one
        # read as the katakana it looks like, as a katakana name is disguised letter by letter
        texts.append(_unmask("".join(KATA_LOOKALIKE.get(ch, ch) for ch in unmasked)))
        readings.append(read(texts[-1]))
        # the look-alikes read before the unmasking too: it drops a small ッ before a kanji as
        # slipped in, which was the word's own before a look-alike (「工ッ千」 is エッチ)
        as_written = _unmask("".join(KATA_LOOKALIKE.get(ch, ch) for ch in undisguised))
        if as_written not in texts:
            texts.append(as_written)
            readings.append(read(as_written))
    if _SHI_FOUR.search(unmasked):
        # 4 read as し among kana (「ころ4て」, 「4こ4こ」), beyond the stand-in before ね, に…
        texts.append(_unmask(_SHI_FOUR.sub("し", unmasked)))
        readings.append(read(texts[-1]))
    if _DEATH_FOUR.search(unmasked):
        # 4 read as 死 between kanji (「希4念慮」, 「自4願望」): a word of death, with 4 for its
        # first sound; not before a counter, where it is a number (「3年4組」, 「第4話」)
        texts.append(_DEATH_FOUR.sub("死", unmasked))
        readings.append(read(texts[-1]))
    if (death := _death_word_first(unmasked)) is not None:
        # 4 read as 死 before a kanji where the two make one word of death (「4神」 is 死神);
        # 「4姉妹」, 「4人」 are numbers
        texts.append(death)
        readings.append(read(death))
    if _DIGITS_AMONG_KANA.search(unmasked):
        # digits between kana split a word as a picture does (「し1ね」, 「きえ12ろ」)
        texts.append(_unmask(_DIGITS_AMONG_KANA.sub("", undisguised)))
        readings.append(read(texts[-1]))
    if (
        _KATAKANA.search(unmasked)
        and _HIRAGANA.search(unmasked)
        and not _HIRAGANA.search(undisguised)
        and not has_kanji(unmasked)
    ):
        # a stand-in undone among katakana leaves a name of two scripts (「4ンデクレ」 is
        # 「しンデクレ」), which Sudachi reads as neither: read it all in hiragana too
        texts.append(kata2hira(unmasked))
        readings.append(read(texts[-1]))
    for text in dict.fromkeys((unmasked, undisguised)):
        # an English word the dictionary knows, written in Latin letters against Japanese,
        # is read as the loanword it is (「0ff会しよ」 is 「オフ会しよ」, 「dateしよ」 「デートしよ」;
        # the unmasking reads the latter as romaji, だてしよ)
        if _LATIN_WORD3.search(text) and _JAPANESE_LETTER.search(text):
            loanwords = _latin_as_loanwords(text)
            if loanwords != text and loanwords not in texts:
                texts.append(loanwords)
                readings.append(read(loanwords))
    if _KATAKANA.search(unmasked) and has_kanji(unmasked) and _unknown_katakana(unmasked):
        # Sudachi reads a kanji after katakana it does not know by it (「チカクノ人」 is not
        # ちかくのひと): the name with its kana as hiragana, kanji kept, is read too
        # (「カスピ海」, 「天才バカボン」 are words it knows, and are not)
        texts.append(kata2hira(unmasked))
        readings.append(read(texts[-1]))
    if (split := _listed_noun_then_kana(unmasked)) != unmasked:
        texts.append(split)
        readings.append(read(split))
    for text in tuple(texts):
        # read in each spelling so far, so a slipped-in っ hides it no more
        # (「おっらんっくなっりたっい」)
        hira = kata2hira(text)
        if _WEST_TAI.search(hira):
            # たい said とう in the west after a verb of dying (「しにとうて」, 「きえとう」);
            # 「しにとうない」 says it is not wanted and is read as it is
            texts.append(_WEST_TAI.sub(r"\1たい", hira))
            readings.append(read(texts[-1]))
        bare_word = _INSULT_ENDING.sub("", hira)
        if bare_word != hira and bare_word in _WHOLE_INSULTS:
            # a whole-word insult said of someone with a copula (「かすやんけ」, 「くずじゃん」)
            texts.append(bare_word)
            readings.append(read(bare_word))
        if _NOT_THERE.search(hira):
            # いない said in Kansai and the west (おらん, おらへん) before なる:
            # 「おらんくなりたい」, 「おらんようになりたい」 are いなくなりたい
            texts.append(_NOT_THERE.sub("いなくな", hira))
            readings.append(read(texts[-1]))
    # a held small vowel behind slipped-in っ or held ー (「うっぜぇ」, 「うーぜーぇー」)
    bare = undisguised.replace("ー", "").replace("っ", "").replace("ッ", "")
    if bare != undisguised and _held_small_at_end(bare):
        texts.append(bare[:-1] + _BIG_VOWEL[bare[-1]])
        readings.append(read(texts[-1]))
    return texts, readings


# 「ID」 written in capitals after a word is an id asked for or given, whatever the word
# (「psnID」, 「steamID」, 「ゆいID」); inside a word of capitals it is letters (「DAVID」, 「IDOL」)
_CAPITAL_ID = re.compile(r"(?<![A-Z])ID(?![A-Za-z])")


def _latin_as_loanwords(text: str) -> str:
    """Each Latin word of three letters or more the dictionary knows, in katakana."""
    out = []
    for t in tokens(text):
        if len(t.surface) >= 3 and t.surface.isascii() and t.surface.isalpha() and not t.oov:
            out.append(hira2kata(t.reading) if _HIRAGANA_NAME.fullmatch(t.reading) else t.surface)
        else:
            out.append(t.surface)
    return "".join(out)


_KANJI_LETTER = re.compile(r"[一-鿿々]")
_LATIN_WORD3 = re.compile("[a-z]{3,}")
_JAPANESE_LETTER = re.compile(r"[ぁ-ヺ一-鿿々]")


def _carries_contact(name: str, views: _Views, *, digits: bool = True) -> bool:
    """Digits, a handle or a domain as written; English or kana number words read as a
    phone number, also held with ー (「れーきゅーれー」)."""
    return (
        (digits and name_contact(name))
        or _CAPITAL_ID.search(unicodedata.normalize("NFKC", name)) is not None
        or english_number(views.latin)
        or any(spoken_number(p) for r in views.readings for p in r.pieces())
        or ("ー" in views.undisguised and spoken_number(_long_vowels(views.undisguised)))
        # おー (O) said for zero keeps its ー (「オーハチオー」: 080)
        or ("ー" in views.undisguised and spoken_number(kata2hira(views.undisguised)))
        # the number as written: the unmasking folds a repeated letter (「ななななごごご」)
        or (views.undisguised != views.unmasked and spoken_number(kata2hira(views.undisguised)))
        or _held_number(views)
        # romaji held with - as ー is (「re-kyu-re-」, 「r3-kyu-r3-」 once its digits are undone)
        or (
            "-" in views.unmasked
            and _ROMAJI_HELD.fullmatch(views.unmasked) is not None
            and spoken_number(_long_vowels(jaconv.alphabet2kana(views.unmasked.replace("-", "ー"))))
        )
    )


def _held_number(views: _Views) -> bool:
    """Number words held with ー or split by っ, read in each spelling (look-alikes undone:
    「オ一八千オ一イ千」), with small っ slipped in taken out (「れっーきっゅーッれー」) and a letter
    held twice or stretched letter by letter read back (「オーーハーチーオーー」): ー said as a vowel, or
    kept only after お, where it is the zero おー."""
    if not any(ch in views.undisguised for ch in "ーっッ一"):
        return False  # (a held mark the name was written with: not one a loanword reading made)
    for text in dict.fromkeys((views.undisguised, *views.texts)):
        if "ー" not in text and "っ" not in text and "ッ" not in text:
            continue
        bare = _SLIPPED_TSU.sub("", text)
        for held in dict.fromkeys((bare, _stretch_undone(bare))):
            if spoken_number(kata2hira(held)) or spoken_number(_long_vowels(held)):
                return True
    return False


# two kana or more in a row, each held (a look-alike kanji among them need not be), the run
# standing alone (no kana just before or after)
_LOOKS = "".join(KATA_LOOKALIKE)
_STRETCHED_RUN = re.compile(
    f"(?<![ぁ-ヺー{_LOOKS}])(?:[{_LOOKS}]ー*)*(?:[ぁ-ヺ]ー+(?:[{_LOOKS}]ー*)*){{2,}}(?![ぁ-ヺ])"
)
_ROMAJI_HELD = re.compile(r"[a-z]+(?:-+[a-z]*)+")


def _latin_keys(views: _Views) -> tuple[set[str], list[str]]:
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


def _listed_reason(views: _Views, *, lone_x: bool) -> str | None:
    """The reason of the first list (in ``NAME_LISTS`` order) with a word in the name, as
    ``Reading.hits`` counts words: kana, whole kana words, Latin, kanji anywhere.  Without
    ``lone_x`` a small x among Latin words is a decoration (``_DECORATIVE_X``), no app."""
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
    for index, (words, _kana, _token) in enumerate(LISTS):
        latin = _LATIN_RE[index]
        if (
            index in hits
            or views.plain.kana in words.whole.kanji
            or any(r.key in (WHOLE if r.tsu else WHOLE_NO_TSU)[index] for r in readings)
            or (latin is not None and any(latin.search(k) and _latin_hit(k, latin, index) for k in keys))
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


def _repeated_word(views: _Views) -> str | None:
    """A name that is one listed whole word said again and again (「ばかばか」, 「ばーかばーか」,
    「ぶすぶす」), which Sudachi reads as one word of its own: the reason of that word."""
    key = "".join(ch for ch in kata2hira(views.unmasked) if ch.isalpha() and ch != "ー")
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
    for size in range(2, len(key) // 2 + 1):
        if len(key) % size == 0 and key == key[:size] * (len(key) // size):
            return key[:size]
    return None


# each list's whole-word kana (kana_token and kana_whole), for the repeated word: insults and
# sexual words (the caretaker's もり said twice is 「もりもり」, plenty)
_TOKEN_WORDS = tuple(
    (words.reason, frozenset(token) | frozenset(WHOLE[index]))
    for index, (words, _kana, token) in enumerate(LISTS)
    if words.reason in ("insult", "sexual")
)
_WHOLE_INSULTS = frozenset(
    w for index, (words, _kana, _token) in enumerate(LISTS) if words.reason == "insult" for w in WHOLE[index]
)
_ALLOWED_WORDS = frozenset(kata2hira(w).replace("ー", "") for w in ALLOW_LIST.words)


def _asks_to_meet(views: _Views) -> bool:
    # every reading: 「おうちき1て」 asks only once the digit is out
    return (
        any(meets_in_person(r.key) for r in views.readings)
        # as written: the readings drop ー and ? (「あおー」, 「あえない？」, 「アオ一」)
        or meets_in_person(written := kata2hira(views.undisguised))
        or ("っ" in written and meets_in_person(written.replace("っ", "")))  # 「あっおーッや」
        or ("ー" in written and meets_in_person(_stretch_undone(written)))  # 「あーおーーねー」
        or any(meets_in_person(kata2hira(t)) for t in views.texts)
        or any(invites_meeting(t) for t in views.texts)
        # a place, a relation or an area's people an invitation is made around
        # (``safety.name_invites``: 「渋谷であそぼ」, 「リア友なろ」, 「福岡の人おる？」)
        or any(invites(t) for t in views.texts)
        # when or with whom to meet (``safety.name_gathering``: 「公園に3時」, 「ぼくとあそぼ」)
        or any(gathers(t) for t in views.texts)
    )


def _app_used(views: _Views, written: str) -> bool:
    """An app whose name is also a food's (``_FOOD_APPS``: カカオ) used, asked for or given an
    id: a verb or an auxiliary in the name (「カカオやってる」, 「かかおしよ」, 「カカオある?」),
    a particle of where or how (「カカオで待つ」, 「カカオに来て」), or a number or Latin letters
    right after it (「カカオ12」, 「カカオyu」).  The food alone or in a food's name passes
    (「カカオ」, 「ハイカカオ」, 「カカオ70%」, 「カカオ好き」, 「カカオです」): since 2026-12-03 a
    food's name alone is no contact.  The Latin "kakao" (how the app writes itself), カカオトーク
    and every spelling with an id stay in the lists of names.toml.  A disguised spelling is the
    app's too (「力カオ」, 「ｶｶｵ」, 「かかぁお」, 「カ・カ・オ」): nobody disguises a food's name."""
    plainly = any(app in written for app in _FOOD_APPS_WRITTEN)
    if plainly and any(_wholly_ordinary(r) for r in views.readings):
        # the whole name one allow-listed word, a food's (「かかおばたー」, 「かかおます」)
        return False
    for text in dict.fromkeys((views.undisguised, *views.texts)):
        # Sudachi knows the word in katakana only (「かかおしよ」 is かか + おし + よ); the rest
        # stays as written (「カカオマス」 is no カカオ + ます)
        spelled = _food_app_as_word(text)
        if "カカオ" not in spelled:
            continue
        if not plainly:
            return True
        words = [t for t in tokens(spelled) if t.pos and t.pos[0] != "補助記号"]
        if any(t.oov and len(t.surface) > 3 and t.surface.startswith("カカオ") for t in words):
            # a verb written in katakana after it, which Sudachi takes for one unknown word
            # (「カカオヤロ」, 「カカオシヨ」): the rest read in hiragana holds a verb or an
            # ending (not ます alone: 「カカオマス」 is a food's)
            head, _, rest = spelled.partition("カカオ")
            again = tokens(f"{head}カカオ・{rest.translate(_KATA_TO_HIRA)}")
            if any(
                t.pos and (t.pos[0] == "動詞" or (t.pos[0] == "助動詞" and t.normalized not in _POLITE))
                for t in again
            ):
                return True
            rest_words = [t for t in again if t.start > len(head) + 3 and t.pos[0] != "補助記号"]
            if len(rest_words) >= 2 and rest_words[0].surface in _PARTICLES_OF_USE:
                # a particle of where or how, then more (「カカオデネ」 is カカオでね: on it);
                # Sudachi reads that で as the copula's
                return True
        for i, t in enumerate(words):
            # (a word in katakana is a food's: 「カカオマス」 is no カカオ + ます)
            verb = t.pos[0] in ("動詞", "助動詞") and t.normalized not in _COPULA
            if verb and not _KATAKANA.match(t.surface):
                return True
            if t.pos[0] == "助詞" and t.surface in _PARTICLES_OF_USE:
                return True
            if t.surface.endswith("カカオ") and i + 1 < len(words):
                after = words[i + 1]
                if _ASCII_WORD.match(after.surface) or (
                    after.surface[0].isdigit() and not (i + 2 < len(words) and words[i + 2].surface == "%")
                ):
                    return True
    return False


# Apps whose katakana name is also an ordinary word of the dictionary (ディスコ is disco), and
# the online words that keep the app's sense after it (「ディスコサーバー」, 「ディスコフレンド」).
_APP_WORDS_WRITTEN = ("ディスコ",)
_ONLINE_NOUNS = frozenset(
    (
        "サーバー", "サーバ", "サバ", "グループ", "グル", "チャンネル", "フレンド", "フレ", "トーク",
        "チャット", "アカウント", "アカ", "ユーザー", "ユーザ", "ネーム", "コード", "ボイス", "ボイチャ",
        "メッセージ", "メッセ", "アイディー", "ディーエム", "タグ", "リンク", "コミュ", "コミュニティ",
        "ロール", "サーヴァー",
    )
)  # fmt: skip
_KATAKANA_WORD = re.compile(r"[ァ-ヺー]+")


def _app_word_in_compound(name: str, written: str) -> str:
    """``name`` with an app's katakana name that is also an ordinary word taken out where it
    starts a compound with another katakana noun the dictionary knows, not an online word
    (``_ONLINE_NOUNS``): 「ディスコダンス」, 「ディスコボール」 are disco's, since 2026-12-03 (d);
    「ディスコサーバー」, 「ディスコ鯖」, 「ディスコ」 alone and every disguised spelling (only the
    word as typed in full-width katakana is read so) stay the app's."""
    if not any(w in written and w in name for w in _APP_WORDS_WRITTEN):
        return name
    words = tokens(name)
    cut = []
    for t, after in pairwise(words):
        if (
            t.surface in _APP_WORDS_WRITTEN
            and after.start == t.end
            and not after.oov
            and after.pos[:2] == ("名詞", "普通名詞")
            and len(after.surface) >= 3
            and _KATAKANA_WORD.fullmatch(after.surface)
            and after.surface not in _ONLINE_NOUNS
        ):
            cut.append(t)
    for t in reversed(cut):
        name = f"{name[: t.start]}・{name[t.end :]}"
    return name


# staff words that are also ordinary things to the dictionary (robots children build, the
# police they play, a system, an official match), as Sudachi normalises them; the site's own
# names (もり, かくれが, 運営, スタッフ, ロボ, 管理人) are never among them
_THING_STAFF_WORDS = ("ロボット", "警察", "システム", "公式")
# heads that keep a compound a claim to be staff: a person, a role, an account
_STAFF_HEADS = frozenset(
    (
        *CARETAKER_ROLES,
        "人",
        "係",
        "担当",
        "代理",
        "本人",
        "本物",
        "公式",
        "運営",
        "役",
        "さん",
        "君",
        "ちゃん",
    )
)
# the last letter of a word for a person (警察官, 管理者, 相談員)
_PERSON_ENDS = ("官", "員", "者", "人", "長", "係")


def _staff_thing_in_compound(name: str, written: str) -> str:
    """``name`` with a staff word that is an ordinary thing taken out where the dictionary
    reads it as part of another thing: strictly inside one longer common noun that is no
    person (「公式戦」, 「警察犬」, 「システム手帳」; 「警察官」 stays), or as a plain noun right
    before a common noun that names a thing (「ロボット大会」, 「けいさつごっこ」); 公式 before a
    noun is an attribute claimed (「公式キャラ」) and stays, as does the word alone, before a
    person, a role or an online word (「ロボットくん」, 「ロボット担当」, 「ロボットアカウント」)
    and every disguised spelling (only the word as typed is read so)."""
    if not any(w in written for w in _THING_STAFF_WORDS) and not _STAFF_THING_KANA.search(written):
        return name
    words = tokens(name)
    cut = [t for t in words if _inside_a_thing(t)]
    cut += [
        t
        for t, after in pairwise(words)
        if t.normalized in _THING_STAFF_WORDS
        and t.pos[:3] == ("名詞", "普通名詞", "一般")
        and after.start == t.end
        and _a_thing_noun(after)
    ]
    for t in sorted(cut, key=lambda t: t.start, reverse=True):
        name = f"{name[: t.start]}・{name[t.end :]}"
    return name


_STAFF_THING_KANA = re.compile("けいさつ|しすてむ|ろぼっと|こうしき")


def _inside_a_thing(t: Token) -> bool:
    return (
        not t.oov
        and t.pos[:2] == ("名詞", "普通名詞")
        and t.normalized not in _THING_STAFF_WORDS
        and any(w in t.normalized and w != t.normalized for w in _THING_STAFF_WORDS)
        and not t.normalized.endswith(_PERSON_ENDS)
        and t.normalized not in _STAFF_HEADS
    )


def _a_thing_noun(t: Token) -> bool:
    return (
        not t.oov
        and t.pos[:2] == ("名詞", "普通名詞")
        and t.normalized not in _STAFF_HEADS
        and t.surface not in _STAFF_HEADS
        and t.surface not in _ONLINE_NOUNS
        and not t.normalized.endswith(_PERSON_ENDS)
    )


_FOOD_APPS = ("かかお",)
# the food's name as typed: in full-width katakana or hiragana, nothing between its letters
_FOOD_APPS_WRITTEN = ("カカオ", "かかお")
_FOOD_APP_KANA = re.compile("かかお")


def _food_app_as_word(text: str) -> str:
    """``text`` with かかお in hiragana written カカオ where a word starts with it: first,
    after another script, or where Sudachi ends a word before it and starts none at its second
    か (「ゆいかかおやろ」; not 「なかかおる」, なか + かおる, nor 「さかかおる」, さ + か + かおる)."""
    found = [m.start() for m in _FOOD_APP_KANA.finditer(text)]
    if not found:
        return text
    words = tokens(text) if any(p > 0 and _HIRAGANA.match(text, p - 1) for p in found) else []
    starts = {t.start for t in words}
    longer = {t.start for t in words if len(t.surface) >= 2}
    chars = list(text)
    for p in found:
        if p == 0 or not _HIRAGANA.match(text, p - 1) or (p in starts and p + 1 not in longer):
            chars[p : p + 3] = "カカオ"
    return "".join(chars)


_KATA_TO_HIRA = {c: c - 0x60 for c in range(0x30A1, 0x30F7)}
_COPULA = frozenset({"だ", "です"})
_POLITE = frozenset({"だ", "です", "ます"})
_PARTICLES_OF_USE = frozenset({"で", "に", "へ", "から", "まで", "を"})
_ASCII_WORD = re.compile(r"[a-z]", re.IGNORECASE)


def _names_a_means(views: _Views) -> bool:
    """A means, a plan or a wish of self-harm said in words no list holds (「腕切りマン」,
    「ロープ買った」, 「いしょかいた」, 「うまれてごめん」): the risk rules' own reading of the
    name rates it high for self-harm, a method, a plan or ideation.  Asked only when a kanji
    of a means or of dying, or the kana of one, is in the name (it costs about half a
    millisecond); since 2026-12-02 (i) for the kana too."""
    # (each spelling read, with katakana beside kanji also in hiragana: the risk rules read
    # 「ウデ切ル子」 as nothing, 「うで切る子」 as a means; 「うっで切る子」 once its っ is out)
    spellings = dict.fromkeys(
        (
            views.unmasked,
            *views.texts,
            *(kata2hira(t) for t in views.texts if has_kanji(t) and _KATAKANA.search(t)),
        )
    )
    for text in spellings:
        if not (any(ch in _MEANS_KANJI for ch in text) or _MEANS_KANA.search(kata2hira(text))):
            continue
        # The rules alone: the learned layer is trained on sentences, and on a bare word of a
        # name (「いきてる」, 「いきるちから」) it read a wish that the rules, rightly, did not.
        found = assess(text, learned_layer=False)
        if found.at_least("high") and not _HARM_CATEGORIES.isdisjoint(found.categories):
            return True
    return False


def _act_done(views: _Views, written: str) -> bool:
    """A kana word of many readings, one of them an act of self-harm, said as done: a form of
    する after it, a habit of it (「じしょうぐせ」: no 自称 is a habit), or 中 ending the name as
    written (「じしょう中」, 「じしょうしてる」 are 自傷;
    自称 is said of something, 「じしょう中学生」, 「じしょう中2」, 「じしょう天才」, and the word
    alone passes)."""
    for text in views.texts:
        if "しょう" not in text and "ショウ" not in text:
            continue
        kana = kata2hira(text)
        if _ACT_DONE.search(kana) or (_ACT_ONGOING.search(kana) and written.rstrip().endswith("中")):
            return True
    return False


# 自傷 in kana is also 自称, 辞書, 事象: only doing it is the act
_ACT_DONE = re.compile("じしょう(?:し(?:て|た|ちゃ|ちま|よ|まく)|する|すん|ぐせ|癖)")
_ACT_ONGOING = re.compile("じしょう中$")

# Being born regretted: 生まれる (or 生まれてくる) not done, said better so — 「うまれなきゃ
# よかった」, 「生まれてこなければよかった」, 「うまれないほうがよかった」 (read as hiragana; 「うまれて
# よかった」 and 「うまれなきゃ」 alone pass)
_BIRTH_REGRETTED = re.compile(
    "うまれ(?:て(?:こ|き))?(?:なきゃ|なければ|なけりゃ|なかったら|なかったほうが|ないほうが|ずに(?:すめば|すんだら))"
    "(?:よかった|よかったのに|いい|いいのに|まし)"
)
_MEANS_KANJI = frozenset("切吊刺首腕薬血降飛遺縄紐毒生産世")
# (世: the world one would leave, 「この世にいたくない」)
# the kana of a means, a place of a drop, a plan or living and being born (what the risk
# rules read a wish in: 「おくじょうからとぶ」, 「しにかたおしえて」, 「あしたきえる」)
# (not いしょ: the risk rules read it as 遺書 in さくらいしょか)
_MEANS_KANA = re.compile(
    "ろーぷ|くすり|くびつ|いきて|いきる|うまれ|とびお|とびこ|とびた|とぶ|おくじょう|てんごく|きえて|きえる|きえま|しにかた"
    "|このよ"
)
_HARM_CATEGORIES = frozenset({"self_harm", "method", "ideation", "plan"})


def _paid_dating(views: _Views) -> bool:
    """ぴーかつ (paid dating) with its long mark written: the folding drops ー, and ぴかつ
    without it is a nickname (ぴか + つ), so the word is looked for as written, in every
    spelling read (「ピーカツ」, 「ピ一力ツ」, 「ぴっーかっつ」, 「p1-k4tsu」)."""
    if not any(ch in views.undisguised for ch in "ぴピp"):
        return False  # (no ぴ to start it, nor a p romaji could make one)
    for text in dict.fromkeys((views.undisguised, views.unmasked, *views.texts)):
        if _ASCII.search(text):
            # (romaji held with - as ー is: 「pi-katsu」)
            text = jaconv.alphabet2kana(text.replace("-", "ー"))
        kana = _SLIPPED_TSU.sub("", kata2hira(text))
        if "ぴ" in kana and _PAID_DATING.search(kana):
            return True
    return False


# ぴ, held (ー, or 一 or - written for it), then かつ, each kana maybe held too
_PAID_DATING = re.compile("ぴ[ー一ｰ\\-〜~]+か[ー一ｰ\\-〜~]*つ")


def _orders_to_die(views: _Views) -> bool:
    """An order to die or vanish no list holds (「くたばりやがれ」, 「きえちまえ」), or said
    with 〜とく contracted (「しんどけ」 is 死んでおけ, 「きえとけ」 消えておけ: Sudachi reads
    neither in kana), or told where (「がっこうでしね」: Sudachi reads でし as an ending, so no list
    word しね is seen after a noun and で)."""
    return any(
        orders_to_die(text) or _STAY_GONE.search(kana := kata2hira(text)) or _DIE_THERE.search(kana)
        for text in views.texts
    )


# die or vanish and stay so, ordered: the て form and おけ run together (not しんどけど, しん
# どければ: しんどい's)
_STAY_GONE = re.compile("(?:しん|死ん)どけ(?![どれい])|(?:きえ|消え)とけ(?![どれい])")

# an order to die with a place before it: で, then しね closing the name (stretched or shouted)
_DIE_THERE = re.compile("でしね[ーぇえ〜~!！。.]*$")


# Life itself refused or too hard, as the name's reading holds it (kanji read): 「いのちいらない」,
# 「生きるのつらい」, 「いきるのやめた」, 「命いらん」.  Living said to be hard is a wish to die in
# a name, where there is no one to listen (the posts have the risk rules and a person).
_LIFE_REFUSED = re.compile(
    "(?:いのち|いきる|いきてる|いきていく|いきてく|いきてゆく)(?:の|が|は|とか|って|も)?(?:もう)?"
    "(?:いらな|いらん|いらね|つらい|つらすぎ|しんどい|むり|やめ|いやだ|やだ|だるい|めんど|あきた|つかれた|おわり|おわら)"
)


def _wishes_to_die(views: _Views) -> bool:
    """A wish to die in words no list holds (「しにたがり」): the word rules' own reading,
    asked only when a verb of dying or vanishing could be there at all (it costs); in English
    written as one word, the construction (``_ENGLISH_WISH``: 「wannadie」, 「killmyself」)."""
    if any(_ENGLISH_WISH.search(key) for key in (*views.latin, *views.latin_words)):
        return True
    if any(_LIFE_REFUSED.search(r.key) for r in views.readings):
        return True
    return any(
        any(stem in p for p in r.pieces() for stem in _DYING_STEMS) and wishes_to_die(kata2hira(text))
        for text, r in zip(views.texts, views.readings, strict=False)
    )


# English wishes and orders run together as one word, as they are typed in a name field: a
# want or a going-to before die or end, kill before a reflexive (the latin and latin_token lists
# hold the words alone: 「kill」, 「die」, 「killme」).  die before t is a diet.
_ENGLISH_WISH = re.compile(
    r"(?:wan+a|wan+ts?to|gon+a|go+ingto|letme|tryto|readyto|timeto|iwil+|il+)(?:die(?!t)|dying|end(?:it|me|my))"
    r"|kil+(?:my|your|ur|yo|him|her|them|our)sel(?:f|ves|fs)"
    r"|(?:wan+a|wan+tto|gon+a)kil+(?:me|my|u|you|ur)"
)
# A small x joined to a Latin name of two letters or more by a separator, before or after it
# and nothing but separators, Latin letters or the name's edge around it (「hinata_x」,
# 「x_yui_x」, 「yui x sora」): a decoration or a pairing, as X (the app) is written capital.
# A capital X, or an x against kana or kanji (「ゆいx」, 「xやってる」), stays the app.
_DECORATIVE_X = re.compile(
    r"(?:(?<![^\W\d_])|(?<=[_\-\s・]))x[_\-\s・]+[a-z]{2,}(?![^\W\d_])"
    r"|[a-z]{2,}[_\-\s・]+x(?![^\W\d_])",
    re.ASCII,
)
_LATIN_RUN = re.compile(r"[A-Za-z]+")
# what NFKC makes of ´ and ˘ (faces: 「(´・ω・｀)」, 「( ˘ω˘ )」)
_ACCENTS = re.compile(" [\u0301\u0306]")


def _without_accents(name: str) -> str:
    return _ACCENTS.sub("", name) if " " in name else name


_DEATH_FOUR = re.compile(
    "(?<=[一-鿿々])[4４](?=[一-鿿々])(?![年月日組人歳才号番階回時代期位個匹本枚円分話巻章部級割点度次世条丁])"
)
# 4 first or after kana before a kanji that is no counter: read as 死 only where Sudachi then
# reads one word of death (``_death_word_first``)
_FOUR_BEFORE_KANJI = re.compile(
    "(?:^|(?<=[ぁ-ヺー]))[4４](?=[一-鿿々])(?![年月日組人歳才号番階回時代期位個匹本枚円分話巻章部級割点度次世条丁])"
)
# 4 for shi in romaji: before n and a vowel or nd (「4ne」, 「4nitai」, 「4nde」), not in a
# number or a word (「24nen」, 「b4ne」)
_SHI_FOUR_ROMAJI = re.compile(r"(?<![0-9a-z])[4４](?=n(?:[eiuo]|d))", re.IGNORECASE)
_SHI_FOUR = re.compile(r"(?:^|(?<=[ぁ-ヺー]))4(?=[ぁ-ヺ])")
# A small vowel after a kana it makes no sound with (ふぁ, てぃ, しぇ, くぉ, とぅ do; りぁ
# does not), nor after its own vowel (ねぇ holds it).
_ODD_SMALL_VOWEL = re.compile(
    r"(?<![ふゔくぐつとどすずうフヴクグツトドスズウかさたなはまやらわがざだばぱ"
    r"カサタナハマヤラワガザダバパ])[ぁァ]"
    r"|(?<![ふゔてでうつすずくぐとどフヴテデウツスズクグトドきしちにひみりぎじぢびぴ"
    r"キシチニヒミリギジヂビピ])[ぃィ]"
    r"|(?<![とどふゔくうすつぬふむゆるぐずづぶぷトドフヴクウスツヌフムユルグズヅブプ])[ぅゥ]"
    r"|(?<![ふゔしじちぢいうつくぐけせてねへめれげぜでべぺフヴシジチヂイウツクグケセテネヘメレゲゼデベペ])[ぇェ]"
    r"|(?<![ふゔうつくぐとどこそのほもよろごぞぼぽフヴウツクグトドコソノホモヨロゴゾボポ])[ぉォ]"
)
_DIGITS_AMONG_KANA = re.compile(r"(?<=[ぁ-ヺー\u3400-\u9fff])[0-9]{1,2}(?=[ぁ-ヺー\u3400-\u9fff])")
_KATAKANA = re.compile(r"[ァ-ヺ]")
_BIG_VOWEL = dict(zip("ぁぃぅぇぉァィゥェォ", "あいうえおアイウエオ", strict=True))


def _held_small_at_end(text: str) -> bool:
    """The name ends in a small vowel after a kana of the same vowel (「うぜぇ」, not
    「キティ」, 「カフェ」, where it makes the sound)."""
    return (
        len(text) >= 2
        and text[-1] in _BIG_VOWEL
        and VOWEL_OF.get(text[-2]) is not None
        and VOWEL_OF.get(text[-2]) == VOWEL_OF.get(text[-1])
    )


# the look-alike kanji of katakana letters (not 一, which is ー, nor 乙, which is Z)
_KANA_LOOKALIKES = "".join(k for k, v in KATA_LOOKALIKE.items() if "ァ" <= v <= "ヺ")
_LONE_LOOKALIKE = re.compile(
    f"(?<=[ぁ-ゖ])[{_KANA_LOOKALIKES}](?![\u3400-\u9fff])|(?<![\u3400-\u9fff])[{_KANA_LOOKALIKES}](?=[ぁ-ゖ])"
)


def _lone_lookalikes_as_kana(text: str) -> str:
    """``text`` with each look-alike kanji that stands beside hiragana as a word of its own
    read as the katakana it looks like, all in hiragana and unmasked (「ばぁ力」 is ばか,
    「り す 力」 りすか), or "" when there is none: the unmasking reads such a kanji as a kanji
    (ば + ちから).  Part of a word the dictionary knows, it is that word (「ばか力」)."""
    alone = {
        t.start
        for t in tokens(text)
        if t.surface in KATA_LOOKALIKE and _LONE_LOOKALIKE.match(text, t.start) is not None
    }
    if not alone:
        return ""
    as_kana = "".join(KATA_LOOKALIKE[ch] if i in alone else ch for i, ch in enumerate(text))
    return _unmask(kata2hira(as_kana))


# baby talk for dying and wanting: ちに/ちん(で|じゃ) for しに/しん, ちゃい for たい
_BABY_SAYS = {
    "ちに": "しに",
    "チニ": "シニ",
    "ちゃい": "たい",
    "チャイ": "タイ",
    "ちんで": "しんで",
    "ちんじゃ": "しんじゃ",
    "ちね": "しね",
    "チネ": "シネ",
}
# — only where a dying verb starts the name (「おばあちゃんちに行く」 is a grandmother's house)
# or たい follows a verb's stem in に or え (「しにちゃい」, 「きえちゃい」; 「ちゃいろ」 is brown)
_BABY = re.compile(
    r"^(?:ちに|チニ|ちんで|ちんじゃ)|(?<=[にえニエ])(?:ちゃい|チャイ)"
    # 死ね said as a baby says it, the whole name or with an ending (「ちね」, 「ちねよ」; not
    # 「ちねん」, a family name)
    r"|^(?:ちね|チネ)(?=[よやばー〜!！]*$)"
)
_HIRAGANA = re.compile(r"[ぁ-ゖ]")
_WEST_TAI = re.compile("(しに|きえ|いなくなり|しね|おわり)とう(?!な)")
_INSULT_ENDING = re.compile("(?:やんけ|やん|じゃん|じゃね|やで|やな)[ー〜~!！]*$")
_NOT_THERE = re.compile(r"おら(?:ん|へん|ひん)(?:く|ように|よう)な")
_SMALL_KA = {"ヵ": "カ", "ゕ": "か", "ヶ": "ケ", "ゖ": "け"}
# A small っ that is not a kanji's ending (after a kanji, before a letter of the か, さ, た or
# ぱ rows, as in 会って, 待って, 行っか): one slipped in to split a word
_SLIPPED_TSU = re.compile(
    r"(?<![一-鿿々])[っッ]|[っッ](?![かきくけこさしすせそたちつてとぱぴぷぺぽカキクケコサシスセソタチツテトパピプペポ])"
)
_HIRAGANA_NAME = re.compile(r"[ぁ-ゖー]+")
_LETTER_RUN = re.compile(r"[a-z]{2,}")
_DIGIT_INSIDE_LATIN = re.compile(r"[a-z][0-9]+[a-z]")
_ROMAJI_ONLY = re.compile(r"[a-z0-9\-_'・ー]+")
_DOUBLED_LETTER = re.compile(r"([a-z0-9])\1")
_N_BEFORE_VOWEL = re.compile(r"(?<!n)n(?=[aiueo])")
_N_VOWEL = re.compile("ん[あいうえお]")
_N_VOWEL_WORDS = tuple(tuple(w for w in kana if _N_VOWEL.search(w)) for _words, kana, _token in LISTS)
_BANG_I = re.compile(r"(?<=[a-zA-Z])[!！](?=[a-zA-Z])")


def _unless_ordinary(m: re.Match[str]) -> str:
    """An allow-listed Latin word taken out of the name (``latin`` in ordinary_names.toml)."""
    return "" if m.group(0).lower() in ALLOW_LIST.latin else m.group(0)


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


def _unknown_katakana(text: str) -> bool:
    """Katakana the dictionary does not know, or a particle or ending written in katakana
    (「一緒ニ住モ」: nobody writes に and も so but to hide the verb between them)."""
    return any(
        _KATAKANA.search(t.surface) and (t.oov or (len(t.surface) == 1 and t.pos[0] in _ENDING_POS))
        for t in tokens(letters_of(text))
    )


_ENDING_POS = frozenset({"助詞", "助動詞"})


def _listed_noun_then_kana(text: str) -> str:
    """Each katakana run that starts with a noun of ``[wants]`` done or gone to (meeting and
    sexual: カラオケ, オフ, デート, キス…) with more katakana after it, that rest in hiragana:
    the dictionary reads 「カラオケイコ」, 「オフシマセンカ」 as one unknown word, and
    「カラオケいこ」, 「オフしませんか」 as the plan they propose."""
    if not _KATAKANA_RUN.search(text):
        return text

    def split(m: re.Match[str]) -> str:
        run = m.group(0)
        word = max(
            (
                w
                for w in _KATAKANA_NOUNS
                if run.startswith(w) and run[len(w) : len(w) + 1] not in _NO_WORD_START
            ),
            key=len,
            default="",
        )
        return word + kata2hira(run[len(word) :]) if word else run

    return _KATAKANA_RUN.sub(split, text)


_KATAKANA_RUN = re.compile(r"[ァ-ヺー]{3,}")
# (the rest must start where a word can: 「エッチング」 is no エッチ + んぐ)
_NO_WORD_START = frozenset("ンッーァィゥェォャュョヮ") | {""}
_KATAKANA_NOUNS = frozenset(w for w in MEETING_NOUNS | SEXUAL_NOUNS if re.fullmatch(r"[ァ-ヺー]{2,}", w))


def _tsu_in_words(r: Reading) -> bool:
    """Every small っ of the name stands inside a dictionary word (「カスタネット」) or an
    allow-listed word (「ぶすっと」): it is that word's own, not slipped in, so no reading
    without it is needed."""
    spans = tuple((a, b) for a, b, _ in r.nouns) + r.atomic + r.ordinary
    return (
        all(any(a < p and p + 1 < b for a, b in spans) for p, ch in enumerate(r.key) if ch == "っ")
        and "っ" in r.key
    )


def _death_word_first(text: str) -> str | None:
    """``text`` with a 4 before a kanji read as 死 where the dictionary then reads one word
    beginning with it (「4神」 死神, 「4体」 no: a counter), or None."""
    for m in _FOUR_BEFORE_KANJI.finditer(text):
        death = text[: m.start()] + "死" + text[m.end() :]
        word = next((t for t in tokens(death) if t.start == m.start()), None)
        if word is not None and not word.oov and len(word.surface) >= 2 and word.surface.startswith("死"):
            return death
    return None


def _unmask(text: str) -> str:
    """Disguises undone (``undisguise`` first).  Plain kana with no doubled letter has
    none to undo: the word rules' own unmasking is then skipped (it gives the text back)."""
    if _PLAIN.fullmatch(text) and "たひ" not in text and "タヒ" not in text and not _doubled(text):
        return text
    return mixed_romaji(vowel_kana(unmask(text)))


def _doubled(text: str) -> bool:
    return any(a == b for a, b in pairwise(text.translate(K2H_TABLE)))  # jaconv.kata2hira's table


def _plainly_ordinary(name: str) -> bool:
    """The fast path: a name of plain kana (no letters, digits, kanji, pictures, small っ,
    doubled letters or a held vowel) in which no listed word, number word or stem of a
    dying verb is found is ordinary; reading it the long way gives the same answer, only
    slower.  Most names are like this."""
    if len(name) > MAX_NAME_CHARS or not _PLAIN.fullmatch(name):
        return False
    key = kata2hira(name)
    if "たひ" in key or _doubled(key):
        return False
    if (
        meets_in_person(key)
        or ("ー" in key and meets_in_person(_stretch_undone(key)))
        or invites(name)
        or gathers(name)
    ):
        # 「あおーや」, 「アーオーネー」, 「あいにいきたい」, 「ともぼ」
        return False
    if "ー" in key:
        # words held with ー are looked for as written too (「でーとしたい」)
        if (
            spoken_number(_long_vowels(key))
            or spoken_number(key)
            or _STEM_RE.search(key)
            or _PAID_DATING.search(key)
        ):
            return False
        key = key.replace("ー", "")
    return not (
        has_fragment(key)
        or any(app in key for app in _FOOD_APPS)
        or _NOT_THERE.search(key)
        or _BABY.search(key)
        or _MEANS_KANA.search(key)
        or key in WHOLE_ANY
        or _STEM_RE.search(key)
        or _THREAT_RE.search(key)
        or UNWANTED_KANA.search(key)
        or _LIFE_REFUSED.search(key)
        or pictured_in_kana(key)
        or _WRITTEN_STEM_RE.search(name)
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
# the fast path's test for any stem of a dying verb, a meeting verb, an order or the
# caretaker's name, in one search
_STEM_RE = re.compile(
    "|".join(
        map(
            re.escape,
            (
                *_DYING_STEMS,
                *FAST_PATH_STEMS,
                *ORDER_STEMS,
                *CARETAKER_STEMS,
                *(s for s in WANT_STEMS if _HIRAGANA_NAME.fullmatch(s)),
            ),
        )
    )
)
# An insult's whole word and a word for a person made one noun (「はげおやじ」, 「くそおやじ」,
# which the dictionary knows as one word, so no whole-word entry is found in it)
_INSULT_WORDS = sorted({w for r, ws in _TOKEN_WORDS if r == "insult" for w in ws}, key=len, reverse=True)
# Words that are no insult alone (a child may call herself メンヘラ) but are one said of a
# man or a woman (「メンヘラ女」, 「地雷女」); 「地雷系女子」 is a fashion, 女子 no おんな.
_PERSON_LABELS = ("めんへら", "じらい")
_INSULT_OR_LABEL = "|".join((*_INSULT_WORDS, *_PERSON_LABELS))
_INSULT_PERSON = re.compile(
    f"(?:{_INSULT_OR_LABEL})(?:おやじ|おやぢ|じじい|ばばあ|がき|おんな|おとこ|やろう|やろー|むすこ|むすめ)"
)
# the whole-word insults an insult after a given name is looked for among: not the slurs that
# are also common syllables of names (しな, えた, にが, ちょん, ひにん)
_NAME_INSULTS = tuple(w for w in _INSULT_WORDS if w not in ("しな", "えた", "にが", "ちょん", "ひにん"))
_KANA_RUN = re.compile("[ァ-ヺー]{3,}|[ぁ-ゖー]{3,}")
_ENDS_IN_AN_INSULT = re.compile(f"(?:{'|'.join(map(re.escape, _NAME_INSULTS))})\\Z")


def _insult_after_a_name(text: str) -> bool:
    """A run of kana that is a Japanese given name or family name glued to an insult, which
    the dictionary reads as one unknown word (「ユイビッチ」, 「サキブス」, 「けんたばか」): the
    part before the insult, read alone, is one word the dictionary knows as a Japanese name —
    in katakana a given or family name (人名 名/姓), or, when the katakana is no foreign
    person's name (人名 一般: ジョコ in 「ジョコビッチ」, マルコ), the same in hiragana.
    A foreign name's letters pass (「ジョコビッチ」, 「ミロシェビッチ」)."""
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


# a verb of hurting before a threat's ending (``safety.name_orders.threatens``)
_THREAT_RE = re.compile(f"(?:{'|'.join(map(re.escape, THREAT_STEMS))}).*(?:ぞ|ぜ|やる|たる|たろ)")
# the stems of verbs that count only written in katakana (ヤる), looked for as written
_WRITTEN_STEM_RE = re.compile("|".join(re.escape(s) for s in WANT_STEMS if _KATAKANA.match(s)))


# Each list's Latin words, looked for inside the name's Latin letters in one search.
_LATIN_RE = tuple(
    re.compile("|".join(re.escape(w) for w in words.latin)) if words.latin else None for words in NAME_LISTS
)
_ASCII = re.compile(r"[a-z]")
# A dot touching a Latin letter or digit is how addresses and handles are written
# ("y.u.u.c.o.m"): only dots among kana and pictures are a face or a pause (「ねむい…」), and
# so are dots in a run, which no address has (「ねむい…zzz」: NFKC writes … as three dots).
_LATIN_DOT = re.compile(r"[A-Za-z0-9]\.(?!\.)|(?<!\.)\.[A-Za-z0-9]|[A-Za-z0-9]/|/[A-Za-z0-9]")
# Since 2026-12-03 one dot between two words of two letters or more, or a word and a number, is
# a name's (「yuna.yuna」, 「mii.chan」, 「aoi.0815」; not leet split by it, 「k1.ll」,
# 「st.4ff」): a domain's dot is refused before this, by the word
# after it (``safety.contact.name_contact``), and dotted letters (「y.u.u」, 「a.b.c」) still
# are not allowed — one letter on a side, or a second dot, is how an address is spelled out.
_NAME_DOT = re.compile(r"(?<![A-Za-z0-9.])([A-Za-z]{2,})\.([A-Za-z]{2,}|[0-9]{2,})(?![A-Za-z0-9.])")
_PERCENT = re.compile(r"(?<=[0-9])%$")


# Long vowel marks written for the vowel they hold, as number words are said:
# 「れーきゅー」 is 「れいきゅう」.
_LONG_AFTER = {"a": "あ", "i": "い", "u": "う", "e": "い", "o": "う"}


def _proposal_hidden(views: _Views, written: str) -> bool:
    """A bare proposal to play or talk (「あそぼ」, 「はなそ」 pass alone: no place, nobody)
    spelled letter by letter with marks between (「あ.そ.ぼ」, 「あ そ ぼ」, 「は・な・そ」, zero-width
    spaces): nobody hides a word that means nothing; hidden, it is meant for a meeting."""
    return _hidden_proposal(views.undisguised, written)


# a wave dash holds a vowel as ー does (「あお〜ね」 is 「あおーね」); the undisguising drops it
_WAVE = re.compile("(?<=[ぁ-ヺ])[〜~]")


def _wholly_ordinary(reading: Reading) -> bool:
    return any(a == 0 and b >= len(reading.key) for a, b in reading.ordinary)


def _hidden_proposal(letters: str, written: str) -> bool:
    if _LETTERS_APART.search(written) is None:
        return False
    # (look-alike kanji read as the kana they stand for: 「ゼ 口 キュ ウ」)
    kana = _NOT_HIRAGANA.sub("", kata2hira("".join(KATA_LOOKALIKE.get(ch, ch) for ch in letters)))
    # (a phone number's start spelled apart is hidden as a proposal is: 「ぜ ろ きゅ う」)
    return _BARE_PROPOSAL.fullmatch(kana) is not None or number_start(kana)


_NOT_HIRAGANA = re.compile("[^ぁ-ゖ]")


_BARE_PROPOSAL = re.compile("(?:あそぼ|はなそ|しゃべろ|つながろ|でかけよ|あそぼう|はなそう)[うよねっ]*")
# (a look-alike kanji spelled apart stands for its kana: 「ゼ 口 キュ ウ」)
_APART_LOOKS = "".join(ch for ch in KATA_LOOKALIKE if len(ch) == 1 and "一" <= ch <= "鿿")
_LETTERS_APART = re.compile(
    f"[ぁ-ヺｦ-ﾟーｰ〜{_APART_LOOKS}][.．・･\\s\u3000\u200b-\u200d_*/-]+[ぁ-ヺｦ-ﾟ{_APART_LOOKS}][ーｰ〜]*"
    f"[.．・･\\s\u3000\u200b-\u200d_*/-]+[ぁ-ヺｦ-ﾟ{_APART_LOOKS}]"
)


def _stretch_undone(text: str) -> str:
    """Kana stretched letter by letter (「あーおーーねー」, 「あ〜お〜ね〜」) read back: a held
    mark after a kana of the あ, い, う or え column only stretches it and goes, a run of them
    is one, and one after a kana of the お column stays, where it writes the う of a word's
    long お (「あおーね」 is あおうね)."""
    out: list[str] = []
    for ch in text.replace("〜", "ー").replace("~", "ー"):
        if ch == "ー" and (not out or out[-1] == "ー" or VOWEL_OF.get(out[-1]) != "o"):
            continue
        out.append(ch)
    return "".join(out)


def _long_vowels(text: str) -> str:
    out: list[str] = []
    for ch in kata2hira(text):
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
    for m in _LETTER_RE.finditer(kata2hira(text)):
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
    key = kata2hira(name.lower())
    return next(
        (
            _EMOJI_REASON[ch]
            for ch in name
            if ch in _EMOJI_REASON and not any(w in key for w in _PICTURED.get(ch, ()))
        ),
        None,
    )


# a picture in two lists gives the reason of the first, as the lists are checked in order
_EMOJI_REASON = {e: words.reason for words in reversed(NAME_LISTS) for e in words.emoji}


def pictured(written: dict[str, tuple[object, ...]]) -> dict[str, tuple[str, ...]]:
    """``pictured_words`` as the name is compared (NFKC, lower case, hiragana), so staff may
    write a word in any spelling (「ピーチ」); a picture no list refuses, or a word that is no
    word in quotes, stops the start with an error that names it."""
    table: dict[str, tuple[str, ...]] = {}
    for picture, words in written.items():
        if picture not in _EMOJI_REASON:
            raise ValueError(f"safety/lexicon/names.toml: pictured_words: {picture!r} is in no emoji list")
        for w in words:
            if not isinstance(w, str) or not w.strip():
                raise ValueError(f"safety/lexicon/names.toml: pictured_words: {picture}: {w!r} is no word")
        table[picture] = tuple(
            kata2hira(unicodedata.normalize("NFKC", w).lower()) for w in words if isinstance(w, str)
        )
    return table


_PICTURED = pictured(PICTURED_WORDS)


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
