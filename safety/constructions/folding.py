"""Preparing a text for the constructions: disguises undone (look-alike kanji, small kana,
leet in romaji, stand-ins for し, spacing), words kept apart."""

from __future__ import annotations

import functools
import operator
import re
import re._constants as _re_constants
import re._parser as _re_parser
import unicodedata

import jaconv

from safety.morphology import tokens
from safety.normalize import (
    _SMALL_INFO,
    PLAIN_CHARS,
    _spaced_marks_joined,
    read_kana_text,
    romaji_kana,
    undisguise_text,
)

MAX_CHARS = 2000
_BREAKS = frozenset("。.!?！？\n")
_CLAUSE = frozenset("、,")


# Kanji that look like katakana, read as katakana when they stand next to katakana.
KATA_LOOKALIKE = {
    "力": "カ", "口": "ロ", "二": "ニ", "夕": "タ", "千": "チ", "工": "エ", "卜": "ト", "八": "ハ",
    "一": "ー", "才": "オ", "匕": "ヒ", "又": "ヌ", "乙": "Z", "了": "ア", "之": "ス",
}  # fmt: skip
_SMALL_TSU = "っッ"
_SMALL_YA = "ゃゅょャュョ"
_SMALL = frozenset(_SMALL_TSU + _SMALL_YA + "ヵゕヶ")
"""Every small kana ``_small_kana`` may drop (and, in the hard reading, small vowels)."""
_SMALL_AT = re.compile("[" + "".join(sorted(_SMALL)) + "]")
# The kana each small vowel joins (ファ, ティ, トゥ, シェ, ウォ): after any other the hard
# reading drops it.
_SMALL_VOWEL_COMBINES = {small: combines for small, (_, _, combines) in _SMALL_INFO.items()}
_SMALL_VOWELS = frozenset(_SMALL_VOWEL_COMBINES)
_SMALL_OR_VOWEL_AT = re.compile("[" + "".join(sorted(_SMALL | _SMALL_VOWELS)) + "]")


def _letter_before(out: list[str]) -> str:
    """The last letter kept, looking through ー and small っ (「デーィ」, 「てっぃ」: slipped in)."""
    for ch in reversed(out):
        if ch not in "ーっッ":
            return ch
    return ""


_I_COLUMN = set("きしちにひみりぎじぢびぴキシチニヒミリギジヂビピてでテデふフゔヴ")
_NO_GEMINATE = set(
    "あいうえおなにぬねのまみむめもやゆよらりるれろわをんアイウエオナニヌネノマミムメモヤユヨラリルレロワヲンーっッ"
    "ぁぃぅぇぉゃゅょァィゥェォャュョ"
)
_KANJI = re.compile("[\u3400-\u9fff]")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
_LATIN_RUN = re.compile(r"[a-z0-9]+")
_LATIN_RUN_HELD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_STANDIN = re.compile(r"[4氏市]\s*(?=[ねにぬのんネニヌノン])")


def _is_kata(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch == "ー"


_KATA = re.compile("[\u30a1-\u30faー]")
"""The letters ``_is_kata`` takes, for one C-level scan of a text."""


def has_kata(text: str) -> bool:
    return _KATA.search(text) is not None


def _is_hira(ch: str) -> bool:
    return "\u3041" <= ch <= "\u3096"


def _is_kana(ch: str) -> bool:
    return _is_hira(ch) or _is_kata(ch)


_NUMERALS = frozenset("一二八千")
_COUNTED = frozenset("月所国年条")
"""What a number counts with ヶ/カ between (「一ヶ月」「二カ所」)."""
_LOOKALIKES = frozenset(KATA_LOOKALIKE)


# Marks slipped between letters (「シ.二.夕.イ」, 「シ・二・夕・イ」): a look-alike is read beside
# the katakana on their other side, unless a kanji that is no look-alike holds it on its own
# side (「テスト・一回目」: 一回 is a word).
_LETTER_SPLITTERS = frozenset("・.·*_-/|~〜～")


def _spaced_alone(chars: list[str], i: int) -> bool:
    """Does ``chars[i]`` stand alone between spaces (or a space and an end): a letter of a
    word spaced out (「キ　工　夕　イ」, 「オ  一  デ」)?"""
    left = chars[i - 1] if i else " "
    right = chars[i + 1] if i + 1 < len(chars) else " "
    return left.isspace() and right.isspace() and (i > 0 or i + 1 < len(chars))


def _kata_beside(chars: list[str], i: int, step: int, free: bool = False) -> bool:
    """Is there katakana beside ``chars[i]`` on the side ``step``?  For 一 a ー is none: a
    letter held before a kanji (「のー一番」) is no word of katakana.  A look-alike spaced
    out alone is read beside the letters past its spaces."""
    j = i + step
    if 0 <= j < len(chars) and chars[j].isspace() and _spaced_alone(chars, i):
        while 0 <= j < len(chars) and chars[j].isspace():
            j += step
    elif 0 <= j < len(chars) and chars[j] in _LETTER_SPLITTERS:
        other = i - step
        if 0 <= other < len(chars) and _KANJI.match(chars[other]) and chars[other] not in KATA_LOOKALIKE:
            return False
        j += step
    if not (0 <= j < len(chars) and _is_kata(chars[j])):
        return False
    if chars[j] == "ー":
        if chars[i] == "一":
            return False
        # in free text a ー before it holds the letter before the ー: katakana only if that
        # letter is (「閉じーたーらー二度と」 is hiragana held, 「ナー二」 katakana); a name is
        # read as one word (「ばーぁー力」 is ばか held)
        return not free or step > 0 or (j > 0 and _is_kata(chars[j - 1]) and chars[j - 1] != "ー")
    return True


def _lookalikes(text: str, free: bool = False) -> str:
    if _LOOKALIKES.isdisjoint(text):
        return text  # no look-alike at all: nothing below would change a letter
    chars = list(text)
    # a run of look-alikes beside katakana, read from the katakana on: one pass each way
    # (「4二力夕シ」: 夕, then 力, then 二)
    spots = [i for i, ch in enumerate(chars) if ch in KATA_LOOKALIKE]
    for order in (spots, reversed(spots)):
        for i in order:
            ch = chars[i]
            if ch not in KATA_LOOKALIKE:
                continue
            right = chars[i + 1] if i + 1 < len(chars) else ""
            after = chars[i + 2] if i + 2 < len(chars) else ""
            if ch in _NUMERALS and (
                (right and right in "ヶヵ" and not (_is_kata(after) or after in KATA_LOOKALIKE))
                or (right in "カケ" and after in _COUNTED)
            ):
                # 「一ヶ月」「二ヵ所」: a number and its counter, not 「ー月」「ニ月」; a small ヵ with
                # katakana after it was slipped into a word (「シ二ヵ夕イ」)
                continue
            if _kata_beside(chars, i, -1, free) or _kata_beside(chars, i, 1, free):
                chars[i] = KATA_LOOKALIKE[ch]
    # a run of look-alikes standing alone (「工口」), unless it is a number (「一二」)
    out: list[str] = []
    i = 0
    while i < len(chars):
        j = i
        while j < len(chars) and chars[j] in KATA_LOOKALIKE:
            j += 1
        run = chars[i:j]
        if len(run) >= 2 and not all(c in _NUMERALS for c in run):
            out.extend(KATA_LOOKALIKE[c] for c in run)
            i = j
        elif run:
            out.extend(run)
            i = j
        else:
            out.append(chars[i])
            i += 1
    return "".join(out)


_TAHI_ENDING = {"れ": "ね", "ら": "な", "ろ": "の", "った": "んだ", "って": "んで", "っち": "んじ"}
_TAHI_FORMS = re.compile(r"(?:タヒ|(?<![\u3041-\u3096])たひ)ー*([れらろ]|っ[たてち])")
_TAHI_WISHED = re.compile(r"(?:タヒ|(?<![\u3041-\u3096])たひ)ー*(?=た[いくか])")


def _small_kana(text: str, hard: bool = False, free: bool = False) -> str:
    """Drop small kana that cannot stand where they are (slipped in to break a word).

    With ``hard``, one small っ that cannot stand is taken as a sign that they were slipped
    in, and every small っ goes (「しっにったい」 → 「しにたい」); in free text (``free``, not
    a name: 「しぃな」 is a name, not しな) so do small vowels that join no kana before them."""
    vowels = hard and free
    if _SMALL.isdisjoint(text) and (not vowels or _SMALL_VOWELS.isdisjoint(text)):
        return text  # no small kana at all: nothing to drop
    out: list[str] = []
    slipped = False
    kept = 0  # the letters before a small kana are kept as they are: copied in one go (C)
    for m in (_SMALL_OR_VOWEL_AT if vowels else _SMALL_AT).finditer(text):
        i = m.start()
        out.extend(text[kept:i])
        kept = i + 1
        ch = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else ""
        prev = out[-1] if out else ""
        if ch in _SMALL_TSU and (not nxt or nxt in _NO_GEMINATE or not _is_kana(nxt)) and nxt:
            slipped = slipped or _is_kana(nxt)
            continue
        if ch in _SMALL_YA and prev == "ー" and len(out) > 1 and out[-2] in _I_COLUMN:
            out[-1] = ch  # a ー slipped in after the kana a small ゃ belongs to (「シーョン」)
            continue
        if ch in _SMALL_YA and prev not in _I_COLUMN:
            continue
        if ch in "ヵゕヶ" and not (prev.isdigit() or prev in "一二三四五六七八九十何"):
            continue
        if vowels and ch in _SMALL_VOWEL_COMBINES and _letter_before(out) not in _SMALL_VOWEL_COMBINES[ch]:
            # a small vowel that cannot join the kana before it (「りぅすか」, 「さいぁご」,
            # 「シァァニ」): in this reading it was slipped in; the respelled reading reads it as
            # the big vowel instead (「きぇたい」 is きえたい)
            continue
        out.append(ch)
    out.extend(text[kept:])
    if slipped and hard:
        out = [ch for ch in out if ch not in _SMALL_TSU]
    return "".join(out)


_HELD_RUN = re.compile("(ー+)([ぁぃぅぇぉゃゅょゎァィゥェォャュョヮ]?)")


def _held_run(m: re.Match[str]) -> str:
    # one ー of two or more stays (a word's own ー held once more), unless a small kana follows
    return ("ー" if len(m[1]) > 1 and not m[2] else "") + m[2]


def _stretched(text: str) -> str:
    """Every letter held (「ターヒーりーたーいー」): when most kana carry a ー, drop them, except
    where a word's own ー was held once more (「ローープー」 is ロープ, 「ホーームー」 ホーム: one ー
    kept of two or more) and before a small kana, where no ー stands (「きーょうー」 is きょう)."""
    marks = text.count("ー")
    if marks >= 3 and marks * 3 >= sum(_is_kana(c) for c in text):
        return _HELD_RUN.sub(_held_run, text)
    return text


def _latin(text: str, free: bool = False) -> str:
    """Dotted or spaced acronyms joined ("o.d" → "od"); digits inside romaji read as letters
    (``free``, free text: also across the hyphens romaji holds a vowel with, "k13t4-1" →
    "kieta-i", and a word dotted apart after its first letters, "j1s.a.t.s.u")."""
    if _ASCII_ALNUM.search(text) is None:
        return text  # no Latin letter or digit: nothing to join or read
    if "." in text or "・" in text:
        # one letter, a dot with spaces around it, one letter ("o . d", "O ・D"): the dot
        # joins them as it does without the spaces
        text = _SPACED_DOT.sub(_spaced_dot, text)
    if free and "." in text:
        text = _DOTTED_CHAIN.sub(_dotted_chain, text)
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        # a single letter, a dot or space, a single letter...: one word.  A digit that stands
        # for a letter counts as one ("s.h.1.n.e", "0.d"), as long as a letter is among them
        # ("1.5" and "3 4" stay numbers).
        if _dotted_char(ch) and (i == 0 or not text[i - 1].isascii() or not text[i - 1].isalnum()):
            j = i
            letters = [ch]
            while j + 2 < len(text) and text[j + 1] in ". ・·_-" and _dotted_char(text[j + 2]):
                if j + 3 < len(text) and text[j + 3].isascii() and text[j + 3].isalnum():
                    break
                letters.append(text[j + 2])
                j += 2
            if len(letters) > 1 and any(c.isalpha() for c in letters):
                out.append("".join(letters))
                i = j + 1
                continue
        out.append(ch)
        i += 1
    text = "".join(out)

    def leet(m: re.Match[str]) -> str:
        run = m.group(0)
        if len(run) >= 2 and any(c.isalpha() for c in run) and any(c.isdigit() for c in run):
            if run[-1] == "4" and m.string[m.end() : m.end() + 1] in _SHI_FOLLOWERS:
                # a 4 against ね/に/ぬ/の/ん is 死's stand-in, not an a ("imakara4ぬ")
                return run[:-1].translate(_LEET) + "4"
            return run.translate(_LEET)
        return run

    return (_LATIN_RUN_HELD if free else _LATIN_RUN).sub(leet, text)


# Letters dotted apart after a word's first letters ("j1s.a.t.s.u", "s.h1n1t.a.i"): a word with
# dots slipped in wherever two letters met, not a domain ("yuu.jp"), whose parts are words.
_DOTTED_CHAIN = re.compile(r"[a-z0-9]+(?:\.[a-z0-9]+)+")


def _dotted_chain(m: re.Match[str]) -> str:
    parts = m[0].split(".")
    if sum(len(p) == 1 for p in parts) >= 2 and any(c.isalpha() for c in m[0]):
        return "".join(parts)
    return m[0]


def _dotted_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalpha() or ch in _LEET_DIGITS)


_SPACED_DOT = re.compile(
    r"(?<![a-z0-9][a-z0-9])(?<=[a-z0-9])(?:\s+([.・·])\s*|\s*([.・·])\s+)(?=[a-z0-9](?![a-z0-9]))"
)
_LEET_DIGITS = frozenset("013457")


def _spaced_dot(m: re.Match[str]) -> str:
    return m[1] or m[2]


_SHI_FOLLOWERS = frozenset("ねにぬのんネニヌノン")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")


_NASAL_BEFORE_Y = re.compile(r"(?<=[aiueo])n(?=y[aueo])")
_NASAL_BEFORE_N = re.compile(r"(?<=[aiueo])n(?=n[aiueo])")


def _romaji(text: str, free: bool = False, nasal: bool = False) -> str:
    """Latin words of four letters or more that read entirely as kana become kana ("shinitai"
    → しにたい).  ``free`` (free text, not a name): in a line whose Latin words all read as kana
    the short ones are kana too ("ude k1tta" → うで きった, "umi mite" → うみ みて: a line typed
    in romaji, not English words: "od", "ok" stay Latin, and so does every word of a line that
    has one), and a hyphen holds a vowel ("ho-mu" → ホーム).  ``nasal`` (the second reading):
    an "n" between a vowel and "ya/yu/yo" is ん ("konya" → こんや, not こにゃ), and Hepburn's
    "nn" before a vowel is ん + n ("minna" → みんな)."""
    if not free:
        return _LATIN_WORD.sub(_romaji_word, text)
    if _LATIN_WORD.search(text) is None:
        return text  # no Latin letter: no romaji to read
    return "\n".join(_romaji_line(line, nasal) for line in text.split("\n"))


_VOWEL = re.compile("[aiueo]")
_ROMAJI_SHAPE = re.compile(r"(?:[bcdfghjkmnprstvwyz]{0,3}[aiueo]-*|n-*)+")


def _as_kana(run: str, nasal: bool = False) -> str | None:
    if run != "n" and _VOWEL.search(run) is None:
        return None  # no vowel, no romaji: a unit ("m", "km") or an abbreviation, not ん
    if nasal:
        # "minna", "onna": Hepburn writes ん before n + vowel with one n, not "nnn" as typed
        run = _NASAL_BEFORE_N.sub("n'", _NASAL_BEFORE_Y.sub("n'", run))
    kana = romaji_kana(run)
    if not all(_is_kana(c) for c in kana) or not _well_formed(kana):
        return None
    # a hyphen is how romaji types ー, which a word in katakana holds ("katta-" カッター, not
    # かった; "ho-mu" ホーム): in hiragana the ー would be dropped as a held vowel
    return jaconv.hira2kata(kana) if "-" in run else kana


def _romaji_word(m: re.Match[str]) -> str:
    run = m.group(0)
    return (_as_kana(run) or run) if len(run) >= 4 else run


def _romaji_line(line: str, nasal: bool) -> str:
    words = _LATIN_WORD_HELD.findall(line)
    if not words:
        return line
    # every word shaped like romaji syllables (a cheap test first: English words mostly fail
    # it, and jaconv's reading is costly), then every word read as kana
    whole = all(_ROMAJI_SHAPE.fullmatch(w) is not None for w in words)
    kana = {w: _as_kana(w, nasal) if whole or len(w) >= 4 else None for w in words}
    whole = whole and None not in kana.values()

    def conv(m: re.Match[str]) -> str:
        run = m.group(0)
        read = kana[run]
        return read if read is not None and (whole or len(run) >= 4) else run

    return _LATIN_WORD_HELD.sub(conv, line)


def _well_formed(kana: str) -> bool:
    """No small っ where romaji cannot double a consonant: jaconv writes a っ for a consonant
    it cannot place ("telling" → てっりんっ, "hello" → へっろ), and such a っ, read as slipped in,
    would take the real ones out of the rest of the text (「いっしょに」 → 遺書に)."""
    return all(
        i + 1 < len(kana) and kana[i + 1] not in _NO_GEMINATE for i, ch in enumerate(kana) if ch in _SMALL_TSU
    )


# One kana typed in romaji, digits for letters undone ("k1", "sh1", "t4", "n"): a letter of a
# word spaced out ("k1 3 t4 1" is き え た い).
_ROMAJI_SYLLABLE = re.compile(r"[bcdfghjkmnprstwyz]{0,3}[aiueo]|n")


def _syllable(part: str) -> bool:
    return _ROMAJI_SYLLABLE.fullmatch(part.translate(_LEET)) is not None


def _one_letter(part: str) -> bool:
    """A letter spaced out, perhaps held (「び」, 「びー」, 「び〜」)."""
    return len(part) == 1 or len(part.rstrip("ー〜~")) == 1


def _spaces(line: str, free: bool = False) -> str:
    parts = line.split()
    if len(parts) >= 3:
        single = sum(map(_one_letter, parts))
        if free and single < 0.7 * len(parts) and _ASCII_ALNUM.search(line) is not None:
            single = sum(_one_letter(p) or _syllable(p) for p in parts)
        if single >= 0.7 * len(parts):
            return "".join(parts)  # 「し に た い」: spaced out to hide a word
    return " ".join(parts)


def _collapse(text: str) -> str:
    if "ー" not in text and not any(map(operator.eq, text, text[1:])):
        return text  # no letter doubled and no ー: nothing to collapse
    out: list[str] = []
    run = 0
    for ch in text:
        if out and out[-1] == ch:
            run += 1
            if run >= 2 and not ch.isdigit():
                continue
        else:
            run = 0
        out.append(ch)
    # a doubled letter that is a stretched vowel ("しにたーい" → "しにたい")
    kept: list[str] = []
    for ch in out:
        if (
            ch == "ー"
            and kept
            and (_is_hira(kept[-1]) or (kept[-1] == "ー" and len(kept) > 1 and _is_hira(kept[-2])))
        ):
            continue
        kept.append(ch)
    return "".join(kept)


# Kana spellings Sudachi misreads when a child writes them without kanji (「しね」 as
# し+ね, 「しんだら」 as 知れる): written back in kanji where a word can begin (after a
# non-hiragana character or a particle), so the analyser sees the word.
_START = r"(?:(?<![\u3041-\u3096])|(?<=[はがをにもとでのへやかねよしてらうっ]))"
_RESCUE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(_START + pattern), kanji)
    for pattern, kanji in (
        (r"しに(?=た|そう|ます|たく|て[えぇ])", "死に"),
        (r"しん(?=だ(?![いん])|で(?![んれ])|じゃ)", "死ん"),
        (r"しね(?=[ばるなよや]|たら|$|[^\u3041-\u3096])", "死ね"),
        (r"しの(?=う|っ)", "死の"),
        (r"しぬ", "死ぬ"),
        (r"じさつ", "自殺"),
        (r"じんせい", "人生"),  # 「じんせい おりたい」: else じん + せい
        # risk round x: 「ながいき したい」, else 長い + 着せる; 「いきて いたい」「いきてる」, else
        # 行く (whose て form is いって)
        (r"ながいき(?=し|す|で|を|が|は|と|って)", "長生き"),
        (r"いきて(?=い[たるなこ]|る|た)", "生きて"),
        (r"このよ(?=から|に|を|で|と|の|じゃ)", "この世"),  # else この + よ (a particle)
        (r"たいじょう", "退場"),  # else た + いじょう (以上)
        (r"なんこ", "何個"),
        (r"なんじょう", "何錠"),
        (r"なんつぶ", "何粒"),
        (r"なんがい", "何階"),
        (r"なんめーとる", "何メートル"),
        (r"ふみきり", "踏切"),
        (r"じっこう", "実行"),
        (r"ほどうきょう", "歩道橋"),
        (r"ひじょうかいだん", "非常階段"),  # else 非常 + 階段
        # 「たかいとこから したみてる」: else 湑む
        (r"(?:(?<=から)|(?<=から ))した(?=み[てたる]|をみ)", "下"),
        # 「まどのふち」: else ま + どの (only where the writer is on it: 「まどの そと みてる」 is a view)
        (r"まど(?=\s?の\s?ふち|\s?の\s?へり|わく|\s?に\s?(?:すわ|こし|たっ|たち|のぼ|あし))", "窓"),
        (r"さいじょうかい", "最上階"),
        # risk round u of 2026-12-07: 「もう いっかい やる」 is one more try; else もう + いっ (良い)
        # + か, read as 「もう いい」 after a death in a game (「しんだ笑 もういっかい やる」)
        (r"(?:(?<=もう)|(?<=もう ))いっかい", "一回"),
        # round of 2026-12-05 (c): also 「なんかい くらいから」 and the reading なんがい
        (r"なん[かが]い(?=\s?(?:くらい|ぐらい)?\s?(?:から|なら|まで))", "何階"),
        (r"ちんつうざい", "鎮痛剤"),
        (r"すいみんやく", "睡眠薬"),
        (r"そくし", "即死"),
        (r"おち(?=たら|る|て|れ)", "落ち"),
        # round of 2026-12-05 (g): baby talk's ち for し (「ちにたい」「もう ちぬ」); not 「うちに たいして」
        # (a house's に: only もう's う may stand before), not 「たいせつ」「たいこ」 after it
        (r"(?<!(?<!も)う)ちに(?=た(?:い(?![しすせこ])|く(?!さん)|かっ))", "死に"),
        (r"ちぬ(?![\u3041-\u3096])", "死ぬ"),
        (r"すわっ(?=て|た)", "座っ"),
        (r"あえ(?=な)", "会え"),
        (r"たかすぎ", "高すぎ"),
        (r"おくじょう", "屋上"),
        (r"せんろ", "線路"),
        (r"いしょ(?!う)", "遺書"),
        (r"てがみ", "手紙"),
        (r"たかさ", "高さ"),
        (r"くすり", "薬"),
        (r"まま(?=[にがはのも]|から)", "ママ"),
        (r"ぱぱ(?=[にがはのも]|から)", "パパ"),
        (r"おや(?=[にがはの]|から)", "親"),
        (r"めいわく", "迷惑"),
        (r"つかれ(?=た|て|る|すぎ|ちゃ|ま|やす)", "疲れ"),
        (r"てんごく", "天国"),
        (r"せいせい", "清々"),
        (r"はし(?=の\s?(?:うえ|上)|から)", "橋"),
        (r"れんたん", "練炭"),
        (r"ゆいごん", "遺言"),
        (r"らんかん", "欄干"),
        (r"ころさ(?=れ)", "殺さ"),
        (r"ころし(?=て|たい)", "殺し"),
        (r"りすか(?!わい)", "リスカ"),  # not りす + かわいい
        (r"らくだ(?=[よねしなっ]|から|けど|$|[^\u3041-\u3096])", "楽だ"),
        (r"らくに(?=な)", "楽に"),
        (r"くび(?=って|を|が|に|は|つ|しめ)", "首"),
        (r"ちちおや", "父親"),
        (r"ははおや", "母親"),
        (r"おいて(?=き|る|あ|お)", "置いて"),
        (r"てすり", "手すり"),
        # not after も: 「もうできない」「もうできた」 are もう + できる (round a of 2026-12-05)
        (r"(?<!も)うで(?=\s?(?:き|切))", "腕"),
        (r"てくび", "手首"),
        (r"かえって(?=こ|き|く)", "帰って"),
        (r"(?<=[上じょう] )はいれ(?=た|る)", "入れ"),
        (r"やね(?=の|に|から|で)", "屋根"),
        (r"かく(?=す|し[てた]|さ)", "隠"),
        (r"しはんやく", "市販薬"),
        (r"おわかれ", "お別れ"),
        (r"ばいばい", "バイバイ"),
        (r"(?<=に)\s?で(?=た|て)", "出"),
        (r"(?:おもい|思い)のこ(?=す|さ|し)", "思い残"),
        (r"おわれ(?=る|た|ない|ん)", "終われ"),
        (r"きえられ(?=る|た|ない|ん)", "消えられ"),
        (r"(?<=屋上 )はいれ(?=る|た)", "入れ"),
        (r"かまへん|かまわん", "構わない"),
        (r"おらん(?=[くほのかでけやよ]|$|[^\u3041-\u3096])", "居らん"),
        # round of 2026-12-03 (k): kana 「じゃま」 at a word's start is cut じゃ+ま (「じゃまもの」
        # 「じゃま なんだって」); not 「じゃ また」, not 「おじゃまします」 (お before it)
        (r"じゃま(?=もの|な|だ|で|し|って|に|$|[^\u3041-\u3096])", "邪魔"),
        (r"なんかい(?=\s?(?:だて|建て))", "何階"),
    )
)


def prepare(text: str, *, hard: bool = False, respelled: bool = False) -> str:
    """The text as the rules read it: disguises undone, spaces between words kept
    (``hard``: see ``unmask``).

    ``respelled``: a second reading for disguised free text (safety/normalize.py): letters
    spaced out one by one joined into their words first, then a line written (nearly) all in
    katakana read in hiragana, small and held vowels read as meant. It is a reading beside
    the plain one, not instead of it: in katakana a loanword (ホーム) stays a word."""
    if respelled:
        # romaji "n" before "ya/yu/yo" read as ん too ("konya" 今夜, "honya"): only in this
        # second reading, since "gyuunyuu" has a real にゅ
        unmasked = read_kana_text(_unmask(undisguise_text(text), hard, respelled=True, free=True))
        if has_kata(unmasked):
            unmasked = _unknown_katakana_read(unmasked)
    else:
        unmasked = _unmask(text, hard, free=True)
    if hard:
        unmasked = _slipped_among_words(unmasked)
    return _rescue(unmasked)


_AFTER_REAL_TSU = frozenset("たてちつだでぢづ")


def _slipped_among_words(text: str) -> str:
    """Small っ that the words show were slipped in, though a っ may stand before the kana
    after them (「じっさつ」, 「りっすか」, 「とっびおりる」), dropped: read as words, such a っ
    starts a word that is no particle (り+っす, not the quoting って) or ends one that no
    た/て follows (じっ+さつ).  A real っ sits inside its word (いっしょ, ちょっと) or ends a
    verb before た/て (かえっ+た); those stay, so 「って言ってた」 keeps its grammar.  Only the
    hard reading asks this, and a text without any っ never reaches the analyser here."""
    if "っ" not in text and "ッ" not in text:
        return text
    words = tokens(text)
    drop: list[int] = []
    for k, w in enumerate(words):
        s = w.surface
        nxt = words[k + 1].surface if k + 1 < len(words) else ""
        if s[0] in _SMALL_TSU and k and _is_kana(words[k - 1].surface[-1]) and w.pos[0] != "助詞":
            drop.append(w.start)
        elif (
            len(s) >= 2 and s[-1] in _SMALL_TSU and nxt and _is_kana(nxt[0]) and nxt[0] not in _AFTER_REAL_TSU
        ):
            drop.append(w.end - 1)
    if not drop:
        return text
    chars = list(text)
    for at in reversed(drop):
        if chars[at] in _SMALL_TSU:  # offsets hold: tokens are of this very text
            del chars[at]
    return "".join(chars)


def _unknown_katakana_read(text: str) -> str:
    """Katakana words Sudachi does not know read in hiragana (「コロシテほしい」 is ころして
    ほしい: a verb typed in katakana is no word of its dictionary), every word it knows kept
    (「トランポリン」, 「ダイエット」: loanwords fall apart in hiragana). Same length."""
    out: list[str] | None = None
    for t in tokens(text):
        if t.oov and all(_is_kata(ch) for ch in t.surface):
            if out is None:
                out = list(text)
            out[t.start : t.end] = jaconv.kata2hira(t.surface)
    return text if out is None else "".join(out)


def kana_reread(text: str) -> str:
    """``text`` with its katakana read in hiragana, for the second reading of the
    constructions (「シニタイ」 is no word Sudachi knows; 「しにたい」 is), except the
    loanwords Sudachi knows that hold a long vowel (ボール, ロープ, ホーム): in hiragana
    they fall apart (「ぼーる」 → ぼー + る, 「ぼる」 a verb), and the sentence around them
    with them (the subject of 「ボールが 屋上まで 飛んだ」 lost). A kept word still matches
    its word class, whose keys are read in hiragana (``words._keys``). Same length as
    ``text``, so offsets hold."""
    hira = jaconv.kata2hira(text)
    if "ー" not in text or hira == text:
        return hira
    out = list(hira)
    for t in tokens(text):
        s = t.surface
        if "ー" in s and not t.oov and t.pos[0] == "名詞" and all(_is_kata(ch) for ch in s):
            out[t.start : t.end] = s
    return "".join(out)


LOANWORD_AT_LEAST = 3
"""Letters of a katakana loanword whose pieces the hiragana rereading may not read as words."""


def loanwords(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a loanword Sudachi knows, written in katakana and without a long vowel
    (クイズ, テスト, メモ): in hiragana it falls apart into pieces that read as other words
    (「くいず」 → 悔い + ず, nothing left to regret), so a construction the rereading finds starting
    inside one is no reading of the text (2026-12-06m).  Spellings Sudachi does not know
    (「シニタイ」, 「キエタイ」) and short ones (「シネ」) are not loanwords here; with a long vowel
    (ロープ) ``kana_reread`` keeps them whole already."""
    if not _KATA.search(text):
        return []
    return [
        (t.start, t.end)
        for t in tokens(text)
        if len(t.surface) >= LOANWORD_AT_LEAST
        and "ー" not in t.surface
        and not t.oov
        and t.pos[:2] == ("名詞", "普通名詞")
        and all(_is_kata(ch) for ch in t.surface)
    ]


def unmask(text: str, *, hard: bool = False) -> str:
    """Disguises undone, nothing else (no kana written back in kanji): for names.

    ``hard``: when small っ were slipped in, all of them go (a second reading: it also
    takes the real ones out of 「ツイッター」)."""
    return _unmask(text, hard)


# Kana words that are misread after any kana, not only where a word can begin (「らくな
# ほうほう」 as a adverb ほうほう, 「いたくない やりかた」): no other word holds them.
_RESCUE_ANYWHERE = (
    (re.compile(r"ほうほう"), "方法"),
    (re.compile(r"やりかた"), "やり方"),
    # 「いまたかいとこいる」: else と + こいる; not あたたかい
    (re.compile(r"(?<!た)たかいとこ(?!ろ)"), "高い所"),
)


# 4 for し between two hiragana letters (「わた4が」「おやに 4ばかれる」), read for risk only (names
# keep their digits: unmask does not come here); a 4 before a counter stays a number
# (「あと4ふんで」 is a time).
# (one string split in two for the line length)
_COUNTERS = "ふん|ぷん|じ|かい|こ|ほん|ぼん|ばん|びょう|にち|さい|まい|つ|ひき|" + (
    "びき|ど|がつ|ねん|めーとる|きろ|ぺーじ|ぶ|にん"
)
_FOUR_AMID_KANA = re.compile(f"(?<=[\u3041-\u3096])4(?=[\u3041-\u3096])(?!{_COUNTERS})")
# and シ between katakana (「コロ4テ」 is コロシテ, a word the katakana readings then read), the
# counters in katakana excepted; free text only, in the unmasking
_FOUR_AMID_KATA = re.compile(f"(?<=[\u30a1-\u30fa])4(?=[\u30a1-\u30fa])(?!{jaconv.hira2kata(_COUNTERS)})")


def _zero_width(items: list[tuple[object, object]]) -> bool:
    """Do these parsed regex items match no character (look-arounds, anchors, alternatives
    of them: the word-start guard ``_START``)?"""
    for op, av in items:
        if op in (_re_constants.ASSERT, _re_constants.ASSERT_NOT, _re_constants.AT):
            continue
        if op == _re_constants.BRANCH and all(_zero_width(list(b)) for b in av[1]):  # type: ignore[index]
            continue
        return False
    return True


def _needs(pattern: re.Pattern[str]) -> str | None:
    """Letters every match of ``pattern`` holds (its longest run of plain letters in sequence
    at the top level: each top-level item must match, in order), or None when it has none: a
    rescue whose letters are not in the text cannot change it, so it is not run (the same text,
    a fraction of the searches). 「(?<=に)\\s?で」 needs で, 「(?:おもい|思い)のこ」 のこ."""
    runs: list[str] = [""]
    for op, av in _re_parser.parse(pattern.pattern).data:
        if op == _re_constants.LITERAL:
            runs[-1] += chr(av)  # type: ignore[arg-type]
        elif runs[-1]:
            runs.append("")
    return max(runs, key=len) or None


# (pattern, kanji, letters it needs) for every rescue, computed once
_RESCUE_NEEDS = tuple((pattern, kanji, _needs(pattern)) for pattern, kanji in _RESCUE)


@functools.lru_cache(maxsize=64)
def _rescue(text: str) -> str:
    # Cached like _unmask: one assessment prepares up to four readings of a text, often the
    # same string, and the constructions rescue it once more.
    text = _own_page_read_as_a_room(text)
    if "4" in text:
        text = _FOUR_AMID_KANA.sub("し", text)
    for pattern, kanji, needs in _RESCUE_NEEDS:
        if needs is None or needs in text:
            text = pattern.sub(kanji, text)
    if "ほうほう" in text or "やりかた" in text or "たかいとこ" in text:
        for pattern, kanji in _RESCUE_ANYWHERE:
            text = pattern.sub(kanji, text)
    return text


# Kakurega's own hotline page, そうだんのまど, named by a child (「そうだんのまど みてる」) or by the
# robot (「そうだんのまどに はなして みてね」): no window, a place with a drop. Its まど is read as a
# room, a word of the same length, so that spans still point at the text. Every reader of a text
# (safety.assess, the robot's screen through it, the single readings in signs) goes through here.
_OWN_PAGE = re.compile(r"(そうだん|相談)( ?の ?)(まど|窓)")
_OWN_PAGE_ROOM = {"まど": "へや", "窓": "室"}


def _own_page_read_as_a_room(text: str) -> str:
    if "まど" not in text and "窓" not in text:
        return text
    return _OWN_PAGE.sub(lambda m: m[1] + m[2] + _OWN_PAGE_ROOM[m[3]], text)


# The fixed patterns of the unmasking, compiled once (not looked up in re's cache each call).
_TAHI = re.compile(r"タヒ(?!チ)")
_TAHI_KANA = re.compile(r"(?<![\u3041-\u3096])たひ(?=[りねにぬのっ])")
_SHIRU = re.compile(r"死る")
_SHIRI = re.compile(r"死り(?=た[いくかっ])")
_SLIPPED_SEPARATOR = re.compile(r"(?<=[\u3041-\u30ff])[・.·*_\-/\\|~〜～](?=[\u3041-\u30ff])")
_LATIN_WORD = re.compile(r"[a-z]+")
_LATIN_WORD_HELD = re.compile(r"[a-z]+(?:-+[a-z]+)*-*")
_NOT_PLAIN = re.compile(f"[^{PLAIN_CHARS}]")


@functools.lru_cache(maxsize=64)
def _unmask(text: str, hard: bool = False, respelled: bool = False, free: bool = False) -> str:
    # The steps before the small kana are the same with or without ``hard`` (cached once for
    # both), and when dropping every small っ changes nothing the rest is the same too.
    before = _unmask_before_small_kana(text, respelled, free)
    small = _small_kana(before, hard, free)
    if hard and small == _small_kana(before):
        return _unmask(text, False, respelled, free)
    return _unmask_after_small_kana(small)


@functools.lru_cache(maxsize=64)
def _unmask_before_small_kana(text: str, respelled: bool = False, free: bool = False) -> str:
    # (a sound mark spaced or zero-width apart from its kana joined back first: ｼ ﾞ is ジ)
    text = unicodedata.normalize("NFKC", _spaced_marks_joined(text[:MAX_CHARS]))[:MAX_CHARS].lower()
    if _NOT_PLAIN.search(text) is not None:  # else nothing for the filter to take out
        text = "".join(
            ch
            for ch in text
            if unicodedata.category(ch) not in ("Cf", "Co", "Cs", "Cn", "Mn", "Me") or ch in "\u3099\u309a"
        )
    if free and _PICTURE.search(text) is not None:
        text = _PICTURE_CHAIN.sub(_pictures_out, text)
    if free and _DRAWN_WORD.search(text) is not None:
        # round of 2026-12-05 (g): a headstone, a coffin or blood drawn (「🪦 ←ここ入りたい」
        # 「🔪🩸 またやっちゃった」) read as the word, one letter for one
        text = _DRAWN_WORD.sub(lambda m: _DRAWN_WORDS[m[0]], text)
    if free and "ノヽ" in text:
        text = _NO_HA.sub(_ha, text)
    text = "\n".join(_spaces(line, free) for line in text.splitlines())
    text = _lookalikes(text, free)
    text = _latin(text, free)
    text = _romaji(text, free, nasal=respelled)
    # タヒる's other forms first, each the same length as 死ぬ's: 「タヒれる」「タヒれば」 (死ね-),
    # 「タヒらない」 (死な-), 「タヒろう」 (死の-), 「タヒった」「タヒって」 (死ん-); only after タヒ, so
    # 「必死って」 stays
    if "ヒ" in text or "ひ" in text:
        text = _TAHI_FORMS.sub(lambda m: "死" + _TAHI_ENDING[m[1]], text)
        # round of 2026-12-05 (g): 「タヒたい」「ﾀﾋたかった」 drop 死に's に as the slang does
        text = _TAHI_WISHED.sub("死に", text)
    text = _TAHI.sub("死", text)
    text = _TAHI_KANA.sub("死", text)
    # 「タヒる」「タヒりたい」: the slang verb conjugates like 「やる」; read as 死ぬ, 死に (same length)
    text = _SHIRU.sub("死ぬ", text)
    text = _SHIRI.sub("死に", text)
    if free and "4" in text:
        text = _FOUR_AMID_KATA.sub("シ", text)
    return _STANDIN.sub("し", text)  # 「氏ね」「4ネ」 read as しね, then written back as 死ね


_DRAWN_WORDS = {"\U0001faa6": "墓", "\u26b0": "棺", "\U0001fa78": "血"}
_DRAWN_WORD = re.compile("[" + "".join(_DRAWN_WORDS) + "]")


# Round of 2026-12-05 (c): ハ drawn as ノ + ヽ, with its sound mark (°, ゜ or ﾟ after NFKC, a space
# and a combining mark) for パ or バ: 「ノヽ°ノヽ」 is パパ. Free text only: a name may hold two
# kaomoji side by side (「ヽ(・∀・)ノヽ(・∀・)ノ」).
_NO_HA = re.compile("ノヽ(?: ?([°\u309a\u3099]))?")


def _ha(m: re.Match[str]) -> str:
    return {"°": "パ", "\u309a": "パ", "\u3099": "バ"}.get(m[1] or "", "ハ")


# Pictures slipped between single letters (perhaps held: 「いー⭐しー⭐ょ」), again and again
# (「き😇え🖤た🥺い」, 「い⭐し⭐ょ」):
# one word cut apart, not pictures between words (「ねむい🌙おやすみ」 keeps its one picture).
_PICTURES = "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_ONE_LETTER = "\u3041-\u30ff\u3400-\u9fffa-z0-9"
_PICTURE = re.compile(f"[{_PICTURES}]")
_PICTURE_CHAIN = re.compile(f"[{_ONE_LETTER}][ー〜~]*(?:[{_PICTURES}]+[{_ONE_LETTER}][ー〜~]*){{2,}}")


def _pictures_out(m: re.Match[str]) -> str:
    return _PICTURE.sub("", m[0])


def _unmask_after_small_kana(text: str) -> str:
    text = _stretched(text)
    # Separators slipped between letters ("し.ね", "し・ね") go; sentence ends stay.
    text = _SLIPPED_SEPARATOR.sub("", text)
    return _collapse(text)
