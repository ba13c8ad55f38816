"""A way to be reached in a name: a contact given or asked for (digits, a held number, an id),
a meeting asked for, an app named or used, a proposal hidden between letters."""

from __future__ import annotations

import re
import unicodedata

import jaconv

from safety.constructions.folding import KATA_LOOKALIKE
from safety.contact import (
    KANJI_YEAR,
    english_number,
    kanji_year_as_digits,
    name_contact,
    number_start,
    spoken_number,
)
from safety.morphology import tokens
from safety.name_gathering import gathers
from safety.name_invites import invites
from safety.name_meeting import invites_meeting, meets_in_person
from safety.name_reading import Reading
from safety.name_views import (
    _HIRAGANA,
    _KATAKANA,
    _SLIPPED_TSU,
    NameViews,
    _long_vowels,
    _stretch_undone,
    _views,
)
from safety.name_when_where import sets_when_where
from safety.translation import kata2hira

# 「ID」 written in capitals after a word is an id asked for or given, whatever the word
# (「psnID」, 「steamID」, 「ゆいID」); inside a word of capitals it is letters (「DAVID」, 「IDOL」)
_CAPITAL_ID = re.compile(r"(?<![A-Z])ID(?![A-Za-z])")


def _carries_contact(name: str, views: NameViews, *, digits: bool = True) -> bool:
    """Digits, a handle or a domain as written; English or kana number words read as a
    phone number, also held with ー (「れーきゅーれー」)."""
    if "年" in name and KANJI_YEAR.search(name) is not None:
        # a year in kanji digits is read as the year in digits (round u: 「二〇一一年うまれ」 is
        # 「2011年うまれ」; its number words would read as a phone number's)
        name = kanji_year_as_digits(name)
        views = _views(name)
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


def _held_number(views: NameViews) -> bool:
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


_ROMAJI_HELD = re.compile(r"[a-z]+(?:-+[a-z]*)+")


def _asks_to_meet(views: NameViews) -> bool:
    written = kata2hira(views.undisguised)
    # every reading: 「おうちき1て」 asks only once the digit is out
    # as written: the readings drop ー and ? (「あおー」, 「あえない？」, 「アオ一」)
    # (each spelling asked once: a name of plain kana is one spelling in three of these, and
    # ``meets_in_person`` is three searches and more)
    spellings = dict.fromkeys(
        (
            *(r.key for r in views.readings),
            written,
            *((written.replace("っ", ""),) if "っ" in written else ()),  # 「あっおーッや」
            *((_stretch_undone(written),) if "ー" in written else ()),  # 「あーおーーねー」
            *map(kata2hira, views.texts),
        )
    )
    return (
        any(map(meets_in_person, spellings))
        or any(invites_meeting(t) for t in views.texts)
        # a place, a relation or an area's people an invitation is made around
        # (``safety.name_invites``: 「渋谷であそぼ」, 「リア友なろ」, 「福岡の人おる？」)
        or any(invites(t) for t in views.texts)
        # when or with whom to meet (``safety.name_gathering``: 「公園に3時」, 「ぼくとあそぼ」)
        or any(gathers(t) for t in views.texts)
        or sets_when_where(views.undisguised)  # romaji with its digits (「ekimae 3ji」)
    )


def _app_used(views: NameViews, written: str) -> bool:
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


def _proposal_hidden(views: NameViews, written: str) -> bool:
    """A bare proposal to play or talk (「あそぼ」, 「はなそ」 pass alone: no place, nobody)
    spelled letter by letter with marks between (「あ.そ.ぼ」, 「あ そ ぼ」, 「は・な・そ」, zero-width
    spaces): nobody hides a word that means nothing; hidden, it is meant for a meeting."""
    return _hidden_proposal(views.undisguised, written)


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
