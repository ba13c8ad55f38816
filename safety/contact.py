"""Contact details in a text: the one place that knows what a way to reach someone looks like.

Kakurega has no user-to-user channel, so nothing a visitor writes or the robot says may
carry one. Three parts ask, with the same rules:

- the name policy (``safety.names``): ``name_contact`` — any ``@``, a domain, more than
  ``MAX_DIGITS`` digits unless one year or birthday, kanji digits as a phone number is
  written — and ``spoken_number`` and ``english_number`` for digits spelled out;
- posts (``rooms/posts/screening.py``): ``looks_like_contact`` flags a post for staff (the same
  rule, line by line), and ``contact_spans`` shows staff where;
- the robot's output screen (``rooms/robot/screen.py``): ``contact_spans``, except the numbers
  of the hotline directory, which the robot may say.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from safety.normalize import Folded, fold

MAX_DIGITS = 2
"""A name may hold this many digits; more could be a phone number or an id."""

_KANJI_DIGITS = frozenset("〇零一二三四五六七八九十百千")
_KANA_DIGITS = (
    "ぜろ",
    "れい",
    "まる",
    "いち",
    "に",
    "さん",
    "よん",
    "し",
    "ご",
    "ろく",
    "なな",
    "しち",
    "はち",
    "きゅう",
    "きゅ",
    "く",
    "じゅう",
    "じゅ",
)
_EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "oh")
_DOMAIN = re.compile(r"[.。．]\s*[a-z]{2,}")
_DOT_RUN = re.compile(r"[.。．]{2,}")


def looks_like_contact(text: str) -> bool:
    """Whether a text carries something a person could be reached by (digits, handle, URL, id…).

    Checked line by line: a digit in one line and two in another are not a phone number.
    """
    return any(carries_contact(line, fold(line)) for line in text.split("\n") if line.strip())


def carries_contact(name: str, folded: Folded) -> bool:
    """Whether one line (a name) could carry a contact: an ``@``, a domain, more than
    ``MAX_DIGITS`` digits in all, or digits spelled out in kanji, kana or English."""
    return raw_contact(name) or folded_contact(folded)


def raw_contact(name: str) -> bool:
    """The part of ``carries_contact`` that reads the line as written."""
    lowered = unicodedata.normalize("NFKC", name).lower()
    if _handle_or_domain(lowered) or sum(ch.isdigit() for ch in lowered) > MAX_DIGITS:
        return True
    return _longest_run(lowered, _KANJI_DIGIT_RE) > MAX_DIGITS


def _handle_or_domain(lowered: str) -> bool:
    return "@" in lowered or _DOMAIN.search(lowered) is not None


_YEAR_OR_BIRTHDAY = re.compile(r"(?:19|20)[0-9]{2}|(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")
"""Beyond ``MAX_DIGITS``, a display name may hold one four-digit number when it is a year or
a birthday (「ゆい2011」, 「ひな☆0303」, and since 2026-12-02 (i) with Latin letters too:
「sora2010」, 「kaito_0505」 — how children write a name with their birth year): far too short
for a phone number or an id.  「ゆう123」 is neither."""
_SHORT_NUMBER = re.compile(r"[1-9][0-9]{2}")
"""Since 2026-12-03 a name may also hold one number of three digits that does not start with
0, last (「kanon123」, 「こう123」, 「sora_777」): three digits are neither a phone number nor an id
(an id needs its app named, and every app's name is refused with a word asking for it).  A
run starting with 0 is the start of a phone number (「ゆう090」) and stays contact, as do
four digits that are no year or birthday (「yui1234」) and two runs (「yu1ka23」)."""
# — only after the name, as a number follows a name (three digits between letters split a word:
# 「デ123ィスコ」; nothing but marks and pictures may come after them)
# a number between two Latin letters is leet or a word split, never a year (「k1123ll」)
_COUNTED = re.compile(
    r"(?<![0-9])[1-9][0-9]{2}(?:ぴき|ひき|びき|匹|こ(?!う)|個|にん|人|えん|円|てん|点|かい|回|ばい|倍|さい|才|歳"
    r"|ばん|番|まい|枚|ほん|ぽん|ぼん|本|ど|度|ねん|年|日|ばんめ|ぶん|分|びょう|秒|ページ|ぺーじ|%)"
)
"""Since 2026-12-03 (e) one number of three digits that does not start with 0 may also stand
inside a name written without Latin letters when a counter follows it: a count, no number to
dial (「ねこ100ぴき」, 「100てんまん」, 「300円のゆめ」)."""
_LATIN_LETTER = re.compile("[a-z]")
_BETWEEN_LETTERS = re.compile(r"[a-z][0-9]{3,}[a-z]")
_NUMBER_LAST = re.compile(r"(?<=[^\W\d_])[_\-・ー]?[1-9][0-9]{2}[^\w]*$")
_NUMBER_PLAY = re.compile(r"[1-9][0-9]{3}")
"""Since 2026-12-03 (d) also one number of four digits that does not start with 0, first, last
or alone, in a name written without Latin letters: children's number play (「よろしく4649」,
「ゆう2525」, 「ミク3939」, 「8888」, 「4649ね」).  Four digits reach nobody: a phone number has ten
or more, an id needs its app named (refused by the app's word) and is typed in Latin letters
(「yui1234」 stays contact), and a run starting with 0 (「ゆう0901」) is still a phone number's
start unless it is a birthday."""
_NUMBER_AT_EDGE = re.compile(
    r"^[^\w]*[1-9][0-9]{3}(?![0-9])(?:[_\-・ー\s]?[^\W\d_]|[^\w]*$)|(?<=[^\W\d_])[_\-・ー]?[1-9][0-9]{3}[^\w]*$"
)
_LATIN_LETTER = re.compile(r"[a-z]")


def _number_play(run: str, lowered: str) -> bool:
    """Four digits not from 0, first, last or alone, in a name with no Latin letter and no
    kanji digit (``_NUMBER_PLAY``).  Latin letters and digits are how an app's id is typed
    (「yui1234」 stays contact); kana or kanji with a number are not."""
    return (
        _NUMBER_PLAY.fullmatch(run) is not None
        and _NUMBER_AT_EDGE.search(lowered) is not None
        and _LATIN_LETTER.search(lowered) is None
        # kanji digits beside it make it longer (「八千八千1234」, 「レ一キュ一レ一3456」)
        and _KANJI_DIGITS.isdisjoint(lowered)
    )


BIRTH_DATE = re.compile(
    r"(?<![0-9])(?:1[0-2]|0?[1-9])月(?:3[01]|[12][0-9]|0?[1-9])日"
    # (since 2026-12-06 (b) also with a slash when birth is said right after it: 「12/24生まれ」;
    # 「12/24」 alone stays two numbers)
    r"|(?<![0-9/])(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])(?![0-9/])(?=\s*(?:生まれ|うまれ|生|誕生))"
    # (since round u also when birth is said right before it: 「たんじょうび5/5」, 「誕生日 12/24」)
    r"|(?:(?<=たんじょうび)|(?<=たんじょうび )|(?<=誕生日)|(?<=誕生日 ))"
    r"(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])(?![0-9/])"
)
TLD = frozenset(
    (
        "com", "net", "org", "jp", "co", "ne", "or", "ac", "ed", "go", "lg", "gr", "me", "io",
        "info", "biz", "tv", "cc", "ly", "gg", "app", "dev", "xyz", "to", "be", "uk", "us", "moe",
        "fm", "am", "link", "site", "online", "page", "tokyo", "fun", "love", "club", "live",
    )
)  # fmt: skip
"""Top-level domains (and Japan's second-level ones): a dot before one of these in a name is
an address's (「yuu.com」, 「rin.me」, 「ゆい.jp」).  A dot before any other word is a name's
(「yuna.yuna」, 「mii.chan」) since 2026-12-03."""
_NAME_DOT = re.compile(r"[.。．]\s*([a-z]{2,})")
_SPACED_AFTER_DOT = re.compile(r"[.。．]\s*([a-z](?: [a-z])+)(?![a-z.])")
_AT_BEFORE_ASCII = re.compile(r"[@＠]\s*(?:[a-z0-9_.\-]|$)|^\s*[@＠]")


def _name_handle_or_domain(lowered: str) -> bool:
    """An ``@`` with letters or digits after it (or nothing, or nothing before it: a handle
    to be finished elsewhere), or a dot before a top-level domain.  「ゆい@受験生」 — a name
    and what one is busy with, as children write it on every site — has no handle: nothing
    after its ``@`` could be typed into an app, and an app's name after it is refused by its
    own words (「ゆい@いんすた」)."""
    if _AT_BEFORE_ASCII.search(lowered):
        return True
    return any(m.group(1) in TLD for m in _NAME_DOT.finditer(lowered)) or (
        # the domain spelled letter by letter (round u: 「y u i . m e」)
        any(m.group(1).replace(" ", "") in TLD for m in _SPACED_AFTER_DOT.finditer(lowered))
    )


# Kanji digits as a phone number is written (十, 百, 千 make a counted number, 「九十九」).
_KANJI_PHONE_DIGITS = re.compile(r"[〇零一二三四五六七八九]+")
_DIGIT_RUN = re.compile(r"[0-9]+")
KANJI_YEAR = re.compile(r"(?<![〇零一二三四五六七八九])(?:一九|二〇)[〇一二三四五六七八九]{2}(?=年)")
"""Since round u (2026-12-06) one year of this century or the last written in kanji digits with
年 after it is read as the year in digits is (「二〇一一年うまれ」 as 「2011年うまれ」): the rules
for digits then judge it, number words or digits beside it included (「れい二〇一一年」 is
「れい2011年」, contact as ever)."""
_KANJI_TO_DIGIT = str.maketrans("〇一二三四五六七八九", "0123456789")


def kanji_year_as_digits(text: str) -> str:
    """``text`` with its first kanji year (``KANJI_YEAR``) written in digits."""
    if "年" not in text:
        return text
    return KANJI_YEAR.sub(lambda m: m.group(0).translate(_KANJI_TO_DIGIT), text, count=1)


DECIMAL = re.compile(r"(?<![0-9.])([0-9]{1,2})\.([0-9]{1,2})(?![0-9.A-Za-z])")
"""Since round u one number with a decimal point, of at most two digits on each side, is one
number (「ぱい3.14」, 「ver2.0」): read as its digits without the point, it is held to the rules
of one run of digits (at most four, 「0.90」 a phone number's start as 「090」 is); an address has
more dots (「192.168.1.1」) and a domain letters after its dot; no letter may follow it (「k1.1l」
is leet)."""


def name_contact(name: str) -> bool:
    """The part of the name policy that reads the name as written: an ``@`` before letters
    or digits, a domain, digits beyond ``MAX_DIGITS`` unless they are one year or birthday
    or one short number (``_SHORT_NUMBER``), or
    kanji digits that read as a phone number: four in a row, or three with a zero
    (「〇九〇」), as ``spoken_number`` reads kana.  「七五三」, 「一二三」 and 「九十九」 pass."""
    lowered = kanji_year_as_digits(unicodedata.normalize("NFKC", name).lower())
    # dots in a run are a pause (「ねむい…zzz」), no domain's dot
    if _name_handle_or_domain(_DOT_RUN.sub("・", lowered)):
        return True
    # a birthday written with 月 and 日 is the one date a name may hold (「12月3日うまれ」)
    if "." in lowered:
        lowered = DECIMAL.sub(r"\1\2", lowered, count=1)
    dated = BIRTH_DATE.sub("・", lowered, count=1)
    digits = sum(ch.isdigit() for ch in dated)
    if digits > MAX_DIGITS:
        runs = _DIGIT_RUN.findall(dated)
        if dated != lowered or len(runs) != 1 or _BETWEEN_LETTERS.search(lowered):
            return True
        if (
            not _YEAR_OR_BIRTHDAY.fullmatch(runs[0])
            and not (_SHORT_NUMBER.fullmatch(runs[0]) and _NUMBER_LAST.search(lowered))
            and not _number_play(runs[0], lowered)
            and not (_COUNTED.search(lowered) and not _LATIN_LETTER.search(lowered))
        ):
            return True
    if "〇" in lowered and spoken_number(lowered):
        # 〇 read as the zero it is among kana number words (「きゅう〇いちに」)
        return True
    return any(
        len(run) >= 4 or (len(run) >= 3 and ("〇" in run or "零" in run))
        for run in _KANJI_PHONE_DIGITS.findall(lowered)
    )


def folded_contact(folded: Folded) -> bool:
    """The part of ``carries_contact`` that reads a folded view: number words in a row."""
    return kana_number_run(folded.kana) > 3 or english_number(folded.latin)


def english_number(latin_keys: tuple[str, ...]) -> bool:
    """More than ``MAX_DIGITS`` English number words in a row ("zerooneone").  Names read kana
    number words with ``spoken_number`` instead: 「いちごいちご」 and 「いちにさんし」 are four
    number words, but a strawberry and a count."""
    return any(_longest_run(key, _EN_DIGIT_RE) > MAX_DIGITS for key in latin_keys)


_ZERO_WORDS = ("ぜろ", "れい", "まる", "おー", "〇")
_DIGIT_WORDS = tuple(sorted(set(_KANA_DIGITS) | set(_ZERO_WORDS) | set("0123456789"), key=len, reverse=True))


def spoken_number(key: str) -> bool:
    """A phone number read out in kana (「ぜろきゅうぜろ」, 「れいはちれいいち」): four number
    words in a row, or three when one of them is a zero (Japanese numbers start with 0)."""
    if _LONG_DIGIT_WORD_RE.search(key) is None:
        # every run would be of one-letter words (に, し, ご, く: in most names), which
        # ``_is_number`` never counts as a number: one search instead of the scan
        return False
    run: list[str] = []
    last = -1
    for m in _DIGIT_WORD_RE.finditer(key):
        # a number word held (「きゅー」) goes on; so does a number read out in groups after
        # two words of it (「きゅうぜろのにろく」, 「ぜろきゅー・いちに」)
        while 0 <= last < m.start() and key[last] == "ー":
            last += 1
        joined = m.start() == last + 1 and key[last] in _GROUP_MARKS and len(run) >= 2
        if m.start() != last and not joined:
            if _is_number(run):
                return True
            run = []
        run.append(m.group(0))
        last = m.end()
    return _is_number(run)


_GROUP_MARKS = frozenset("の-・ー")


def number_start(key: str) -> bool:
    """``key`` is nothing but number words, two or more, the first a zero (「ぜろきゅう」,
    「れいはち」): how a phone number starts.  Alone it passes (two digits are no number); a
    name asks this only of letters spelled apart, which nobody does to a word that means
    nothing."""
    words = []
    at = 0
    for m in _DIGIT_WORD_RE.finditer(key):
        if m.start() != at:
            return False
        words.append(m.group(0))
        at = m.end()
    return at == len(key) and len(words) >= 2 and words[0] in _ZERO_WORDS


def _is_number(run: list[str]) -> bool:
    # one-kana number words (に, し, ご, く) hide in every name: they count, but
    # two longer ones (いち, ぜろ, きゅう…) must be in the run too; digits alone are judged
    # by their count (``name_contact``), and next to digits a longer number word must be
    # there (「に2011」 is a name and a year)
    if not any(len(w) > 1 and not w.isdigit() for w in run):
        return False
    long_words = sum(len(w) > 1 or w.isdigit() for w in run)
    zero = any(w in _ZERO_WORDS or w == "0" for w in run)
    # five number words in a row are a number read out even when most are one kana
    # (「ななななごごご」: なな なな ご ご ご)
    return (
        (len(run) >= 4 and long_words >= 3)
        or (len(run) >= 3 and zero and long_words >= 2)
        or (len(run) >= 5 and long_words >= 2)
    )


def kana_number_run(kana: str) -> int:
    """Most kana number words in a row (「ぜろきゅう」: 2)."""
    return _longest_run(kana, _KANA_DIGIT_RE)


def _alternation(words: tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    # longest first: at each place the longest number word is taken, as a reader would
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


_KANJI_DIGIT_RE = _alternation(_KANJI_DIGITS)
_DIGIT_WORD_RE = _alternation(_DIGIT_WORDS)
# the number words ``_is_number`` needs one of in a run (longer than one letter, no digit)
_LONG_DIGIT_WORD_RE = _alternation(tuple(w for w in _DIGIT_WORDS if len(w) > 1 and not w.isdigit()))
_KANA_DIGIT_RE = _alternation(_KANA_DIGITS)
_EN_DIGIT_RE = _alternation(_EN_DIGITS)


def _longest_run(s: str, words: re.Pattern[str]) -> int:
    """Most number words in a row in ``s`` (one left-to-right scan; literal words only)."""
    best = run = 0
    last = -1
    for m in words.finditer(s):
        run = run + 1 if m.start() == last else 1
        best = max(best, run)
        last = m.end()
    return best


# Where, for highlighting and for the robot's replies: patterns over the text as it is
# (full-width forms included, so the spans point into the original), no nested repeats.
_SPANS = re.compile(
    r"(?P<link>https?://\S+|https?:|www\.\S*)"
    r"|(?P<handle>[\w.+-]*[@＠][\w.]+)"
    r"|(?P<domain>\b[\w.-]+\.(?:com|net|jp|org|me|io)\b)"
    r"|(?P<number>[0-9０-９][0-9０-９\-‐ー－ 　()（）]*[0-9０-９])"
    r"|(?P<sns>\b(?:line|insta(?:gram)?|discord|twitter|tiktok)(?:\s*id)?\b|ライン|インスタ|ディスコ|ツイッター)",
    re.IGNORECASE,
)
MIN_NUMBER_DIGITS = 3


@dataclass(frozen=True, slots=True)
class ContactSpan:
    start: int
    end: int
    kind: str  # "link", "handle", "domain", "number" (three digits or more) or "sns"
    text: str

    @property
    def digits(self) -> str:
        return "".join(str(unicodedata.digit(ch)) for ch in self.text if ch.isdigit())


def contact_spans(text: str) -> list[ContactSpan]:
    """Where in ``text`` a contact may hide: links, handles and e-mail, domains, runs of three
    digits or more (with dashes, spaces, brackets), and the names of messaging apps."""
    found = []
    for match in _SPANS.finditer(text):
        kind = match.lastgroup or ""
        span = ContactSpan(match.start(), match.end(), kind, match.group(0))
        if kind != "number" or len(span.digits) >= MIN_NUMBER_DIGITS:
            found.append(span)
    return found
