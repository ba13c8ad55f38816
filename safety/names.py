"""The display-name policy: what a visitor may be called in front of others.

A name may be at most ``MAX_NAME_CHARS`` characters (after NFKC and trimming)
and use hiragana, katakana, kanji, Latin letters (with accents), a few digits
(``safety.contact.name_contact``), pictures, spaces and a few soft symbols
(``ALLOWED_SYMBOLS``).
It is refused, with a reason code, when it could carry a contact, invites
self-harm, is sexual, insults, or could be taken for staff or the caretaker.
The name read as words is ``safety.name_reading``; asking to meet, ``safety.name_meeting``.

This module decides (``check_name``: the fast path for plain kana, then each check in turn,
then the characters); the checks live beside it, one job each: the name's readings with every
disguise undone (``safety.name_views``), the word lists (``safety.name_listed``), a contact, a
meeting or an app (``safety.name_contact``), app and staff words inside a thing
(``safety.name_compounds``), self-harm (``safety.name_self_harm``; oneself called not needed,
``safety.name_unneeded``; the kinds of rounds d and g, ``safety.name_self_harm_acts``,
``safety.name_death_elsewhere``) and insults (``safety.name_insults``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

import jaconv

from safety.contact import DECIMAL, kana_number_run, spoken_number
from safety.lexicon import NAME_LISTS, PICTURED_WORDS
from safety.morphology import tokens
from safety.name_caretaker import STEMS as CARETAKER_STEMS
from safety.name_caretaker import claims_caretaker
from safety.name_compounds import (
    _APP_WORDS_WRITTEN,
    _STAFF_THING_KANA,
    _THING_STAFF_WORDS,
    _app_word_in_compound,
    _staff_thing_in_compound,
)
from safety.name_contact import (
    _FOOD_APPS,
    _app_used,
    _asks_to_meet,
    _carries_contact,
    _hidden_proposal,
    _proposal_hidden,
)
from safety.name_death_elsewhere import KEYS as DEATH_ELSEWHERE_KEYS
from safety.name_death_elsewhere import death_said_otherwise
from safety.name_english_slang import english_insult, english_self_harm
from safety.name_games import GAMES, plays_together
from safety.name_gathering import gathers
from safety.name_insult_words import FAST_PATH_GATE as INSULT_WORDS_GATE
from safety.name_insult_words import insult_words_reason
from safety.name_insults import _INSULT_PERSON, _insult_after_a_name, put_down
from safety.name_invites import invites
from safety.name_katakana_english import katakana_english
from safety.name_leaving import _KANA_PICTURES, leaving_reason
from safety.name_listed import _listed_reason, _repeated_word, held_reason, repeated_reason
from safety.name_lookalike import staff_lookalike
from safety.name_meeting import ASKS_WHERE, FAST_PATH_STEMS, proposes_meeting
from safety.name_meeting import STEMS as MEETING_STEMS
from safety.name_orders import STEMS as ORDER_STEMS
from safety.name_orders import THREAT_STEMS, UNWANTED_KANA, threatens, unwanted_person
from safety.name_ornaments import without_ornaments
from safety.name_other_languages import (
    LETTER_RANGES,
    other_language_reason,
    without_new_letters,
    without_number_marks,
)
from safety.name_outings_and_numbers import goes_out_to_die, outing_rests, proposes_contact
from safety.name_pieces_in_words import a_name_before, app_read_as_chan, before_the_app, stand_in_reason
from safety.name_putdowns import insult_said_otherwise, plain_said_otherwise, sexual_said_otherwise
from safety.name_putdowns_further import (
    dies_after_a_name,
    insult_said_further,
    plain_said_further,
    sex_shop_named,
    sexual_said_further,
)
from safety.name_putdowns_widened import (
    insult_said_widened,
    latin_slang_as_written,
    plain_said_widened,
    sexual_said_widened,
)
from safety.name_reading import FRAGMENTS, WHOLE_ANY, has_kanji
from safety.name_reversed import counts as reversed_counts
from safety.name_reversed import is_a_word, reversed_key, reversed_start
from safety.name_roles import GATE as ROLE_GATE
from safety.name_roles import claims_a_role
from safety.name_self_harm import (
    _A_WISH,
    _BIRTH_REGRETTED,
    _DYING_STEMS,
    _LIFE_REFUSED,
    _MEANS_KANA,
    _act_done,
    _kills_in_one_word,
    _names_a_means,
    _orders_to_die,
    _wishes_to_die,
)
from safety.name_self_harm_acts import KEYS as SELF_HARM_ACT_KEYS
from safety.name_self_harm_acts import harms_oneself_said
from safety.name_unneeded import FAST_PATH_WORDS as UNNEEDED_WORDS
from safety.name_unneeded import calls_self_unneeded, calls_someone_unneeded
from safety.name_views import (
    _ASCII,
    _BABY,
    _BIG_RUN,
    _HIRAGANA_NAME,
    _KATAKANA,
    _NOT_THERE,
    _PLAIN,
    _SLIPPED_TSU,
    BABY_KILLING_KANA,
    TAMI,
    NameViews,
    _spelled_letters,
    _views,
    _without_ordinary_latin,
)
from safety.name_wants import _FOREVER_KEYS, wants_reason
from safety.name_wants import STEMS as WANT_STEMS
from safety.name_words import ADDRESSED, HARM_REASONS, ROLE_REASONS, holding_words, without
from safety.normalize import display_clean
from safety.translation import kata2hira
from safety.word_search import any_pattern, any_word, any_word_pattern

MAX_NAME_CHARS = 12
# Longer raw input is not looked at beyond this: it is too long anyway.
MAX_RAW_CHARS = 64
ALLOWED_SYMBOLS = frozenset(
    " ・ー-_☆★♪♡～〜~!?！？@\ufe0f\ufe0e()*^+=。、.'ω`&;†‡∞※〃【】「」『』≧≦∇∀⊂⊃Дฅ꒰꒱ᐢᗜᐛ˶ˊˋ‿⸝\u309aʕʔᴥෆ•/\\"
    "⸜꒳⑅꙳⊹⁎∗⁂"
)
"""``~`` is what NFKC makes of ``～``; U+FE0F asks for an emoji's picture form; brackets,
``*^+=;``, ω, ``` `` ```, ≧≦∇∀⊂⊃Дฅ꒰꒱ and ´ (NFKC writes it as a space and U+0301) and dots
for faces
(「ゆい(*^^*)」, 「にゃん(=^ω^=)」, 「りお(´ω｀)」, 「ねむい…」; a dot next to a Latin letter or
digit is not allowed: addresses and handles are written so); ``&`` between two names; the
marks children decorate a name with (†, ∞, ※, 〃, 【】「」『』; shapes and arrows are in
``_SHAPES``); U+FE0E asks for a picture's text form (「❤︎」); the face parts of
「(˶ᐢᗜᐢ˶)」, 「ʕ•ᴥ•ʔ」, 「(◕‿◕)」, 「(ﾟ∀ﾟ)」 (ﾟ is U+309A after NFKC), 「＼(^o^)／」 and
「( ˘ω˘ )」 (˘ is a space and U+0306), and (round q) 「⸜(*ˊᗜˋ*)⸝」, 「(*´꒳`*)」, ⑅, ꙳ and the stars
⊹ ⁎ ∗ ⁂ (marks,
not letters: the folding drops them as it drops every mark), which the reading takes out like pictures
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
    return _judged(text, shown_again=True)


def _judged(text: object, *, shown_again: bool) -> NameVerdict:
    if not isinstance(text, str):
        return NameVerdict(False, "", "chars")
    # marks a keyboard writes for others (round q): a foreign name's middle dot (「ミア·ローズ」) is
    # 「・」, a phone's curly apostrophe (「O’Neil」) is ', a dash is ー (「ゆい―」) or a hyphen
    # (「Jean‐Luc」): read, allowed and shown as those
    raw = text[:MAX_RAW_CHARS]
    if _KEYBOARD_MARK.search(raw) is not None:  # (a search: most names have none, and cost nothing)
        raw = raw.translate(_KEYBOARD_MARKS)
    name = display_clean(raw)
    if not name:
        return NameVerdict(False, "", "empty")
    # past four names' length a name is refused as too long anyway: what follows is not read
    # (NFKC can make 64 characters over a thousand)
    reason = _content_reason(name[: 4 * MAX_NAME_CHARS], raw)
    # A fragment inside ordinary words (round r) is looked for without the decorations at the ends
    # only in a name written plainly: a name the cleaning changed (spaces, widths, zero-width
    # characters) may be a disguise, and is read as it stands (refused more often, never less).
    plain = raw == name
    # (names round f: a staff or an app's word inside an ordinary word too, read wider: 「ヤモリさん」)
    # (names round s: not a sex shop named alone that Sudachi knows as one noun, 「イメクラ」)
    if (
        reason in _INSIDE_REASONS
        and not sex_shop_named(kata2hira(name))
        and _only_inside_words(name.strip(_END_MARKS) if plain else name, plain, wider=reason in ROLE_REASONS)
    ):
        reason = None
    if reason == "contact" and plain and (chan := app_read_as_chan(name)) is not None:
        # names round i: an app's name running into ちゃん is a nickname (「ミクちゃん」), judged
        # again with ちゃん written as くん, so what the rest says still counts (「みくちゃんであおう」)
        # (and what stands before the app's letters, alone: 「ばかぽこちゃん」, 「しねぼいちゃん」)
        before = before_the_app(name)
        if (
            a_name_before(before)
            and _content_reason(chan[: 4 * MAX_NAME_CHARS], chan) is None
            and (not before or _content_reason(before, before) is None)
        ):
            reason = None
    if reason is None:
        # (review of names round i: the round's allowed words, which Sudachi reads across)
        reason = stand_in_reason(name[: 4 * MAX_NAME_CHARS], lambda t: _content_reason(t, t))
    if reason is None:
        # what a name says in hangul, Chinese or another language's Latin (「죽고싶다」, 「傻逼」)
        reason = other_language_reason(name[: 4 * MAX_NAME_CHARS])
    if reason is None and (bare := without_new_letters(name[: 4 * MAX_NAME_CHARS])) is not None:
        # hangul or an accented letter slipped between Japanese letters hides nothing (「し한ね」)
        reason = _content_reason(bare, raw)
    if reason is None and (len(name) > MAX_NAME_CHARS or len(text) > MAX_RAW_CHARS):
        reason = "too_long"
    if reason is None and not _allowed_characters(name):
        reason = _ornamented_reason(name)
    if reason is None and not plain and shown_again:
        # What others see is ``name``: it must pass as if typed so. An invisible letter or a soft
        # hyphen makes a name not ``plain`` and was read more leniently there (「じしょう中」 with a
        # zero-width space, 「あ.(soft hyphen)そ.ぼ」; the review of the name pass, seventh round of
        # 2026-12-07). Read once more, as typed, and no further.
        reason = _judged(name, shown_again=False).reason
    return NameVerdict(reason is None, name, reason)


def _ornamented_reason(name: str) -> str | None:
    """The reason of a name whose characters are not all allowed (round u): ``chars``, unless
    what is not allowed is a face's letters, ornaments, one flag or a colon among marks where
    they stand so (``safety.name_ornaments``) and the name without them has
    every character allowed and passes every check, read as written with and without them (a
    letter slipped into a word hides nothing: 「ら𓂃いん」 is 「らいん」, 「じしょう中⎯」 「じしょう中」)."""
    bare = without_ornaments(name)
    if bare is None or not _allowed_characters(bare):
        return "chars"
    if not any(ch.isalnum() for ch in bare):
        return None  # (marks only: nothing left to read)
    # read as if written without them, and as written with them (a check reading the name as
    # typed — 「中」 ending it, a food's name written plainly — sees either)
    return _content_reason(bare, bare) or _content_reason(bare, name) or other_language_reason(bare)


_INSIDE_REASONS = HARM_REASONS | ROLE_REASONS


def _only_inside_words(name: str, plain: bool, *, wider: bool = False) -> bool:
    """Whether the listed words that refused ``name`` are only inside ordinary dictionary words
    of it (round r, ``safety.name_words``: 「しにせ」, 「シネフィル」, 「タヒボちゃん」) and the
    name without those words passes (「シネマロープ」, 「シネマしね」 do not).

    Names round b of 2026-12-07: a name written plainly (``plain``: the cleaning changed
    nothing, no width, space or invisible trick) is read run by run between its marks, digits
    and Latin letters (「タヒボ☆ちゃん」, 「タヒボw」), with any dictionary word beside the nouns
    (「タヒボがすき」).  What is left is then judged three ways, each holding word written as ・,
    as an ordinary word of its script in its place (サクラ, さくら, 桜: a word glued to the
    particle before it reads as another, 「タヒボがば か」 left as 「・がば か」 reads がば|か, as
    「サクラがば か」 ばか), and with a letter or two of it left beside a neighbour."""
    spans = holding_words(name, plain=plain, wider=wider)
    if not spans:
        return False
    if wider and not _only_a_word_of_address_left(name, spans):
        return False
    # (judged even with no letter left: a picture of a method is a reason of its own, 「タヒボ💀」)
    rest = without(name, spans)
    if _content_reason(rest, rest) is not None:
        return False
    standing = without(name, spans, stand_in=True)
    if _content_reason(standing, standing) is not None:
        return False
    # a noun may have taken a letter or two of the word beside it (「4ぃ|ねぶた|ん」 holds the ね
    # of 4ぃね, 「ちぃん|こぶた|ん」 the こ of ちぃんこ): read again with each holding word's first or
    # last one or two letters left where they are
    # — only beside a letter, digit or mark with letters beyond it, and not when the letters kept
    # are a listed word themselves (タヒボ's タヒ is the word the noun holds, not a neighbour's)
    for i, (s, e) in enumerate(spans):
        for keep_start, keep_end in ((1, 0), (2, 0), (0, 1), (0, 2)):
            if e - s <= keep_start + keep_end:
                continue
            beside = name[:s] if keep_start else name[e:]
            letters = name[s : s + keep_start] if keep_start else name[e - keep_end : e]
            if not any(ch.isalnum() for ch in beside) or _content_reason(letters, letters) is not None:
                continue
            kept = without(name, (*spans[:i], (s + keep_start, e - keep_end), *spans[i + 1 :]))
            if _content_reason(kept, kept) is not None:
                return False
    return True


_ADDRESS_LEFT = frozenset({"", *ADDRESSED})
# kanji that before a name say which one of that name: the real, the former, the new, the fake,
# the true, the vice, the official, the first, a god, a number (「本森さん」 is the real もりさん
# to a child, 「二森さん」 the second)
_STANDING = frozenset("本元新旧前偽真正副公初裏表神一二三四五六七八九十百千万")
_ALL_KANJI = re.compile("[一-鿿々]{2,}")


def _family_name(word: str) -> bool:
    """``word`` is all kanji, one family name of the dictionary, and starts with no ``_STANDING``
    kanji."""
    if _ALL_KANJI.fullmatch(word) is None or word[0] in _STANDING:
        return False
    read = tokens(word)
    return len(read) == 1 and read[0].pos[2:4] == ("人名", "姓")


def _only_a_word_of_address_left(name: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """Names round f, after its review: a staff or an app's word inside a noun lets the name
    through only when the noun is written in kana and nothing but a word of address and marks
    stands beside it (「ヤモリさん☆」, 「ゴールライン」).  The rest read alone had lost what the
    staff or app word gave it: 「ヤモリさん本人」, 「ゴールライン0801」, 「ゴールラインともだち」; and
    a kanji before 森 makes a noun of almost anything (「本森さん」, 「元森さん」: the real, the
    former もりさん to a child reading them).  A family name the dictionary knows, of two
    kanji or more, is another person (「大森さん」, 「藤森さん」), unless its first kanji is one
    that says which もり (``_STANDING``: 本森, 元森, 新森 are surnames too)."""
    if any(has_kanji(name[s:e]) and not _family_name(name[s:e]) for s, e in spans):
        return False
    left = kata2hira("".join(ch for ch in without(name, spans) if ch.isalnum()))
    return left in _ADDRESS_LEFT


# (NFKC leaves every one of them as it is)
_KEYBOARD_MARKS = str.maketrans(
    dict.fromkeys("\u00b7\u2027\u2219", "・")  # · ‧ ∙
    | dict.fromkeys("\u2018\u2019", "'")  # ‘ ’
    | dict.fromkeys("\u2014\u2015", "ー")  # — ―
    | dict.fromkeys("\u2010\u2013", "-")  # ‐ –
)
_KEYBOARD_MARK = re.compile("[\u00b7\u2027\u2219\u2018\u2019\u2014\u2015\u2010\u2013]")


def _allowed_characters(name: str) -> bool:
    """Every character is allowed where it stands: a dot touching a Latin letter or digit
    only as one name's dot (``_NAME_DOT``), ``@`` only before what no app could take
    (``safety.contact.name_contact`` has refused the rest), ``%`` only after a number
    (「カカオ70%」)."""
    text = without_number_marks(_without_accents(name))
    if "%" in text:
        if not _PERCENT.search(text):
            return False
        text = _PERCENT.sub("", text)
    if "." in text:
        # one number's decimal point (round u, ``safety.contact.DECIMAL``: 「ぱい3.14」, 「ver2.0」)
        text = _NAME_DOT.sub(r"\1\2", DECIMAL.sub(r"\1\2", text, count=1))
    # (every alternative of ``_LATIN_DOT`` holds a dot or a slash: a name with neither, most names,
    # is not searched, a search that tries four alternatives at every letter)
    return _ALLOWED.fullmatch(text) is not None and (
        ("." not in text and "/" not in text) or _LATIN_DOT.search(text) is None
    )


def _content_reason(
    name: str, written: str = "", *, again: bool = True, backwards: bool = True
) -> str | None:
    """The reason ``name`` may not be shown, or None: each check below reads the name as
    its words, with every disguise it knows undone (``_views``).  ``written`` is the name as
    typed, before any cleaning (a food's name is a food's only written plainly)."""
    if _plainly_ordinary(name):
        # (a bare proposal may be plain once the zero-width spaces between it are out)
        return "contact" if written and _hidden_proposal(name, written) else None
    if _marked_plainly_ordinary(name, written):
        return None
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
    listed = listed or ("staff" if staff_lookalike(name) else None)  # 「ADMlN」, 「adrnin」
    # a held vowel written ー where a listed word has its letter (「はやくしにてー」: しにてえ)
    listed = listed or held_reason(views.undisguised)
    # English written in katakana, read as the English words (「キルミー」, 「イディオット」)
    listed = listed or next(
        filter(None, map(katakana_english, dict.fromkeys((views.undisguised, views.unmasked)))), None
    )
    if listed is not None:
        return listed
    if (
        _asks_to_meet(views)
        or _app_used(views, written or name)
        # an online game proposed to be played together (``safety.name_games``: 「マイクラやろ」)
        or any(plays_together(kata2hira(text)) for text in dict.fromkeys((views.undisguised, *views.texts)))
        or _proposal_hidden(views, written or name)
        or (_WAVE.search(name) is not None and _asks_to_meet(_views(_WAVE.sub("ー", name))))
        or any(_SEARCH_ME.search(kata2hira(text)) for text in views.texts)
        or any(_PROFILE_POINTED.search(kata2hira(text)) for text in (views.undisguised, *views.texts))
    ):
        return "contact"
    if _paid_dating(views):
        return "sexual"
    wanted = _wanted(views)
    if wanted is not None:
        return wanted
    if any(claims_caretaker(text) for text in views.texts) or claims_a_role(views.unmasked):
        # (a doctor, the police or the school nurse claimed: ``safety.name_roles``)
        return "staff"
    hurried = _HURRIED.match(kata2hira(views.undisguised))
    if hurried is not None:
        # はよ, western Japan's はやく, before the rest: the rest is said as it would be alone
        # (「はよしね」, 「はよきえて」; the dictionary cuts は|よし|ね)
        rest = views.undisguised[hurried.end() :]
        reason = _content_reason(rest, rest, again=False)
        if reason is not None:
            return reason
    said_keys = _said_keys(views)
    if (
        _wishes_to_die(views)
        or _orders_to_die(views)
        or _kills_in_one_word(views)
        or _names_a_means(views)
        or _act_done(views, written or name)
        # English slang run together (round p, ``safety.name_english_slang``: 「endmylife」)
        or english_self_harm(views)
        # oneself called not needed (round q, ``safety.name_unneeded``: 「じぶんなんかいらない」)
        or any(calls_self_unneeded(text) for text in views.texts)
        or any("うまれ" in r.key and _BIRTH_REGRETTED.search(r.key) for r in views.readings)
        # round d (second round of 2026-12-07, ``safety.name_self_harm_acts``): hurting oneself, sinking,
        # run over, better gone in dialect, eyes never opened, needed by no one, one's death day
        or any(map(harms_oneself_said, said_keys))
        # round g (third round of 2026-12-07, ``safety.name_death_elsewhere``): a wish for death said as
        # heaven, the next life, the Sanzu river, foam or a star, an expiry date, a last night, a
        # will, a grave, oneself deleted, melting away, a last page, dying together
        or any(map(death_said_otherwise, said_keys))
    ):
        return "self_harm"
    if (
        any(threatens(text) for text in views.texts)
        or any(_INSULT_PERSON.search(r.key) for r in views.readings)
        or any(_insult_after_a_name(text) for text in views.texts)
        or english_insult(views)  # 「yousuck」, 「shithead」 (round p)
        or any(unwanted_person(text) for text in views.texts)
        or any(calls_someone_unneeded(text) for text in views.texts)  # 「おまえいらない」 (round q)
        # (undisguised too: the unmasking reads 乙 as Z and drops a small vowel, 「ざまぁw」)
        or any(map(put_down, dict.fromkeys((*views.texts, views.undisguised))))
    ):
        return "insult"
    # round h (third round of 2026-12-07, ``safety.name_outings_and_numbers``): going out somewhere proposed
    # (「モールいこうよ」, 「デートしよ」, 「いっしょにかえろ」), a number in Chinese or Korean number
    # words or after a phone word (「ヤオアルサンスー」, 「けいたいれいはち」); read after the
    # self-harm checks, and a name whose rest reads as self-harm once the place or the whole
    # proposal is taken out is self-harm too (「きえにうみいこう」: 「きえにいこう」), so that the
    # child gets the help card
    keys = (
        *(r.key for r in views.readings),
        *map(_lower_kana, dict.fromkeys((views.undisguised, *views.texts))),
    )
    # (a plain name's reading and its spelling are one key: each check below that asks only
    # whether a key says it asks each key once, in the same order)
    keys_once = tuple(dict.fromkeys(keys))
    if any(map(proposes_contact, keys_once)):
        rests = dict.fromkeys(rest for key in keys_once for rest in outing_rests(key) if rest.strip())
        if any(_content_reason(rest, rest, again=False) == "self_harm" for rest in rests):
            return "self_harm"
        # 「しずみにうみいこ」: no self-harm reading knows しずみに alone
        if any(map(goes_out_to_die, keys_once)):
            return "self_harm"
        return "contact"
    # round j (fourth round of 2026-12-07, ``safety.name_putdowns``): a put-down by smell, looks,
    # weight, scores, poverty or standing, or sexual slang, said alone or framed (「ワキガおんな」,
    # 「こどおじ」, 「きんたま」, 「ソープいこ」); read last, so a name refused already keeps its reason
    if any(map(insult_said_otherwise, keys_once)):
        return "insult"
    if any(map(sexual_said_otherwise, keys_once)):
        return "sexual"
    # round m (``safety.name_putdowns_widened``): the same said in ways the reviews of rounds i and j found
    # passing (「くさいぞおまえ」, 「きみってくさいね」, 「ヘルス嬢」, 「ちちもませろ」, 「tnpでかい」)
    if any(map(insult_said_widened, keys_once)):
        return "insult"
    # (ショタ and ロリ only as written: the readings drop ー, and 「ショータすき」 is a boy's fan)
    if any(sexual_said_widened(key, written=i >= len(views.readings)) for i, key in enumerate(keys)):
        return "sexual"
    # round s (fifth round of 2026-12-07, ``safety.name_putdowns_further``): the reviews' leftovers —
    # dying after a name (「さくらでしぬ」), a thing's smell or an animal said to someone
    # (「おまえのくつくさい」, 「ゴリラおまえ」), はめる wished (「はめたいよ」)
    if any(map(dies_after_a_name, keys_once)):
        return "self_harm"
    if any(map(insult_said_further, keys_once)):
        return "insult"
    if any(map(sexual_said_further, keys_once)):
        return "sexual"
    # insults and sexual words no list held, read as the name's words (``safety.name_insult_words``:
    # 「ぶっさ」, 「さるやろう」, 「ちんげ」, 「陰茎」; 「ちんげんさい」, 「ゴリラ」 pass)
    # (matched as written, not by the readings: 「ショージョ」, 「御釜」, 「shojo」 are no vocabulary word)
    said = insult_words_reason(views.undisguised, views.unmasked, views.texts)
    if said is not None:
        return said
    # (the views are lowered: 「opi」 and 「tnp」 alone only as written in small letters)
    if latin_slang_as_written(unicodedata.normalize("NFKC", written or name)):
        return "sexual"
    reversed_name = reversed_key(views.unmasked) if backwards else None
    if reversed_name is not None and not is_a_word(views.unmasked):
        # a name spelled backwards that is no word forwards (「ねし」, 「いたにし」, 「トッカトスリ」;
        # 「かばさん」 is a hippo): read from its end (``safety.name_reversed``)
        back = _content_reason(reversed_name, again=False, backwards=False)
        if reversed_counts(back, views.unmasked):
            return back
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


# はよ (早よ, はよう, はよー) opening a name and something after it
_HURRIED = re.compile("はよ[うーっ]*(?=.)")

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


def _wanted(views: NameViews) -> str | None:
    """Dying, a sexual act or meeting wanted, proposed or asked for in words no list holds
    (``safety.name_wants``: 「消えよう」, 「だいて」, 「デートしよ」)."""
    texts = views.texts
    if "ー" in views.undisguised and views.undisguised not in texts:
        texts = (*texts, views.undisguised)  # the unmasking drops a held ー: 「でーとしたい」
    reason = next((r for r in map(wants_reason, texts) if r is not None), None)
    # leaving life said by a picture of it, no verb of dying written (``safety.name_leaving``:
    # 「星になりたい」, 「人生ログアウト」, 「明日いらない」)
    return reason or next((r for r in map(leaving_reason, texts) if r is not None), None)


def _said_keys(views: NameViews) -> tuple[str, ...]:
    """Each reading's key and each spelling in hiragana, once each (a plain name's reading and
    its spelling are one key), for the checks that ask only whether one says it."""
    return tuple(dict.fromkeys((*(r.key for r in views.readings), *map(kata2hira, views.texts))))


def _paid_dating(views: NameViews) -> bool:
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
# A small x joined to a Latin name of two letters or more by a separator, before or after it
# and nothing but separators, Latin letters or the name's edge around it (「hinata_x」,
# 「x_yui_x」, 「yui x sora」): a decoration or a pairing, as X (the app) is written capital.
# A capital X, or an x against kana or kanji (「ゆいx」, 「xやってる」), stays the app.
_DECORATIVE_X = re.compile(
    r"(?:(?<![^\W\d_])|(?<=[_\-\s・]))x[_\-\s・]+[a-z]{2,}(?![^\W\d_])"
    r"|[a-z]{2,}[_\-\s・]+x(?![^\W\d_])",
    re.ASCII,
)
# what NFKC makes of ´ and ˘ (faces: 「(´・ω・｀)」, 「( ˘ω˘ )」)
_ACCENTS = re.compile(" [\u0301\u0306]")


def _without_accents(name: str) -> str:
    return _ACCENTS.sub("", name) if " " in name else name


def _lower_kana(text: str) -> str:
    return kata2hira(text.lower())


def _read_only_the_long_way(name: str, key: str) -> bool:
    """Readings the fast path's checks do not look for and the long way does: a name holding
    one is left to the long way, so that both ways give one answer.  Found by reading random
    plain names both ways (docs/performance.md, rounds of 2026-12-06 (arrivals) and (names'
    fast path)): a meeting verb's stem (``invites_meeting``'s own gate: 「こいぞか」), を read
    as お (「をしりむ」), an insult made one noun with a person (「ちびがき」) or glued to a name
    (「ミカサボケ」), the app's and staff things' words, a held ー (read stretched and as
    written: 「マンゴーあお」, 「ロープウェイ…」), a listed word said again and again
    (``_repeated_word``: 「ぼけぼけ」), and sleep or for ever (``wants_reason``'s own gate: 「ねるとわ」
    is sleeping for ever).  Those found by a search of the name read as hiragana
    (``_LONG_WAY_KEYS``, ``_INSULT_PERSON``) are looked for with the fast path's others, in
    ``_FAST_PATH_GATE``: the rest are here."""
    return (
        _LONG_WAY_WRITTEN.search(name) is not None
        or _insult_after_a_name(name)
        or repeated_reason(key) is not None
        or _HURRIED.match(key) is not None
    )


# what ``_read_only_the_long_way`` looks for in the name read as hiragana, and as written (a
# plain name has no kanji: the kanji stems never match)
# (うでき: Sudachi reads 「…うできら…」 as 腕|切ら, an arm cut, which the long way reads as a means;
# found by `loadtest.name_ways` on a random name of round f's pieces, 「きずだらけのうできらき」)
_LONG_WAY_KEYS = ("ー", "を", "ねむ", "うでき", *_FOREVER_KEYS, *MEETING_STEMS)
_LONG_WAY_WRITTEN = re.compile(
    "|".join((*map(re.escape, (*_APP_WORDS_WRITTEN, *_THING_STAFF_WORDS)), _STAFF_THING_KANA.pattern))
)


def _plainly_ordinary(name: str) -> bool:
    """The fast path: a name of plain kana (no letters, digits, kanji, pictures, small っ,
    doubled letters or a held vowel) in which no listed word, number word or stem of a
    dying verb is found is ordinary; reading it the long way gives the same answer, only
    slower, as a name holding a reading these checks do not look for is left to the long way
    (``_read_only_the_long_way``; both ways read over ~400,000 names: ``loadtest.name_ways``).
    Most names are like this."""
    if len(name) > MAX_NAME_CHARS or not (_BIG_RUN.fullmatch(name) or _PLAIN.fullmatch(name)):
        return False
    key = kata2hira(name)
    # (every word and pattern the checks look for in ``key`` is looked for in one search)
    if _FAST_PATH_GATE.search(key) is not None or _read_only_the_long_way(name, key):
        return False
    # (``meets_in_person(key)`` finds no more than ``proposes_meeting`` in a name the gate let
    # through: the gate finds what its other two searches would, ``name_meeting.proposes_meeting``)
    if proposes_meeting(key) or invites(name) or gathers(name) or proposes_contact(key):
        # 「あおーや」, 「アーオーネー」, 「あいにいきたい」, 「ともぼ」
        return False
    return not (
        put_down(name)
        or _WRITTEN_STEM_RE.search(name)
        or spoken_number(key)
        or kana_number_run(key) > 3
        or _spelled_letters(name)
        # round (m): a word spelled backwards, searching asked, たみ, a trusted role, English in
        # katakana (the middle three in ``_ROUND_M_KANA``, as wide as the long way's readings)
        or (reversed_start(key) and reversed_key(name) is not None)
        or katakana_english(name) is not None
        # round j (``safety.name_putdowns``): a set look-up of the name's first two letters
        or plain_said_otherwise(key)
        # round m (``safety.name_putdowns_widened``): the same
        or plain_said_widened(key)
        # round s (``safety.name_putdowns_further``): likewise, and a dying verb at the end
        or plain_said_further(key)
    )


# what the long way's readings of round (m) look for in a plain name, in one search: being
# searched for (``_SEARCH_ME``), たみ (``TAMI``) and a role's kana (``safety.name_roles.GATE``)
_ROUND_M_KANA = re.compile(f"けんさく|ぐぐ|{TAMI.pattern}|{ROLE_GATE.pattern}")


# Round q: the profile pointed to as where to go or what to look at (「ぷろふにりんく」, 「プロフのURL」,
# 「ぷろふにのせてる」): a link or an address the bearer put elsewhere, as a handle is.  The
# profile alone (「ぷろふぃーる」, 「ぷろふめーかー」) passes.
_PROFILE_POINTED = re.compile(
    "(?:ぷろふ|プロフ)(?:ぃーる|いーる|ぃる)?(?:の|に|を|から|で|は)?"
    "(?:りんく|url|ゆーあーるえる|のせ|載せ|のって|載って|かいて|書いて|かいてる|ちぇっく|チェック|とんで|飛んで|みて|見て)"
)

# Round q's readings of a plain name, looked for as words among the fast path's others (a
# superset of each reading's own gate: one trie costs less than three more patterns): なんか,
# なんて, なんぞ, がいな, はいな (``safety.name_unneeded.GATE``), the profile
# (``_PROFILE_POINTED``) and ころち of baby talk (``name_views._BABY_KILLING``)
_ROUND_Q_KANA = (*UNNEEDED_WORDS, "ぷろふ", BABY_KILLING_KANA)

# the fast path's stems: of a dying verb, a meeting verb, an order or the caretaker's name
_STEMS = (
    *_DYING_STEMS,
    *FAST_PATH_STEMS,
    *ORDER_STEMS,
    *CARETAKER_STEMS,
    *(s for s in WANT_STEMS if _HIRAGANA_NAME.fullmatch(s)),
)


# a verb of hurting before a threat's ending (``safety.name_orders.threatens``)
_THREAT_RE = re.compile(f"(?:{'|'.join(map(re.escape, THREAT_STEMS))}).*(?:ぞ|ぜ|やる|たる|たろ)")
# the stems of verbs that count only written in katakana (ヤる), looked for as written
_WRITTEN_STEM_RE = any_word(s for s in WANT_STEMS if _KATAKANA.match(s))
# Everything the fast path looks for in a plain name read as hiragana, in one search: what
# sends the name the long way (``_read_only_the_long_way``: its keys, an insult and a person),
# たひ and a doubled letter (the unmasking's own, ``name_views._unmask``; ``key`` is hiragana
# already, so ``_doubled``'s reading of it is itself), and what would refuse it (a listed word,
# a food app, a stem, a whole listed word, the patterns of what the long way refuses, where someone
# lives asked: ``safety.name_meeting.proposes_meeting``).  One
# search finds something wherever any of them would (``safety.word_search``): ~20 searches of a
# few letters each cost more in setting up than in looking.
_FAST_PATH_GATE = any_pattern(
    (
        r"(?s:(.)\1)",  # (first: the only group referred to, so it keeps its number)
        # (rounds d and g: the words their constructions hold, ``safety.name_self_harm_acts.KEYS``,
        # ``safety.name_death_elsewhere.KEYS``)
        any_word_pattern(
            (
                "たひ",
                *_LONG_WAY_KEYS,
                *FRAGMENTS,
                *_FOOD_APPS,
                *GAMES,
                *_STEMS,
                *_ROUND_Q_KANA,
                *SELF_HARM_ACT_KEYS,
                *DEATH_ELSEWHERE_KEYS,
            )
        ),
        r"\A" + any_word_pattern(WHOLE_ANY) + r"\Z",
        _INSULT_PERSON,
        _NOT_THERE,
        _BABY,
        _MEANS_KANA,
        _A_WISH,  # round c: run over, better gone (read by the risk rules)
        _THREAT_RE,
        UNWANTED_KANA,
        _LIFE_REFUSED,
        _KANA_PICTURES,
        _ROUND_M_KANA,
        ASKS_WHERE,
        INSULT_WORDS_GATE,  # ``safety.name_insult_words``: its words, or an aimed word framed
    )
)
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


# Being looked up on the web asked for, ending the name (「けんさくして」, 「検索してね」,
# 「ぐぐってね」, 「ググれ」): the name points where the bearer can be found outside, as a handle
# does. 検索 or ググる alone, or not asked (「検索ちゅう」, 「けんさくがかり」), passes.
_SEARCH_ME = re.compile(
    "(?:けんさく|検索|ぐぐ)(?:して|しろ|せよ|しな|って|れ)"
    "(?:みて|ください|くださ|くれ|ね|よ|な|ー|〜|~|[!?！？♪☆★♡・.。 ])*$"
)
# a wave dash holds a vowel as ー does (「あお〜ね」 is 「あおーね」); the undisguising drops it
_WAVE = re.compile("(?<=[ぁ-ヺ])[〜~]")


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


def _marked_plainly_ordinary(name: str, written: str) -> bool:
    """The fast path for a plain name with marks after it (「そらゆき☆」, 「はな♪♪」, 「ゆめ🌸」,
    as children often decorate a name): ordinary when the name without them is.

    Why the long way can give no other answer: each mark of ``_END_MARKS`` is a symbol (So)
    that NFKC, lower case, ``strip_invisible``, the look-alikes and ``_NAME_MARKS`` leave as
    it is, and ``undisguise`` then drops, so the name's views (``_views``) are those of the
    name without them; its Latin views are empty either way (no ASCII).  The checks that
    read the name or ``written`` themselves see the same with and without the marks: no
    emoji reason (no mark of ``_END_MARKS`` is in a list: ``_END_MARKS`` leaves out any a
    list names), no Latin letter, digit, @, dot or kanji (``name_contact``, ``_CAPITAL_ID``,
    ``_DECORATIVE_X``, ``_LONE_LETTER``, ``_NUMBER_RUN``), no separator or kana in the marks
    (``_LETTERS_APART``, ``_WAVE``), no 中 at the end (``_act_done``), and the two compound
    cuts return the name unread when neither the app's nor a staff thing's word is in it
    (``_read_only_the_long_way`` leaves a name holding one of their words to the long way).
    So the long way on the marked name gives what it gives on the plain name, which the plain
    fast path (``_plainly_ordinary``) stands for.  Only as typed (``written`` the cleaned name
    itself): what the cleaning took out (zero-width spaces, full-width forms) is read the long
    way."""
    if written != name or name[-1:] not in _END_MARKS:
        return False
    return _plainly_ordinary(name.rstrip(_END_MARKS))


# The marks children end a name with; a picture a list refuses (``_EMOJI_REASON``) is left
# out, as staff may add one to names.toml.
_END_MARKS = "".join(ch for ch in "☆★♪♡♥🌸" if ch not in _EMOJI_REASON)


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
        *LETTER_RANGES,  # hangul, Vietnamese letters, more brackets (safety.name_other_languages)
    )  # fmt: skip
    parts = [f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in ranges]
    parts += [re.escape(ch) for ch in sorted(ALLOWED_SYMBOLS)]
    return re.compile("[" + "".join(parts) + "]*")


_ALLOWED = _allowed_pattern()
