"""A display name read every way a disguise could hide a word in it (``NameViews``).

NFKC and look-alike letters, small and held kana, digits and romaji standing for kana, letters
spelled out, baby talk and dialect endings: ``_views`` undoes each and keeps every reading, and
each check of ``safety.names`` reads those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import jaconv
from jaconv.conv_table import K2H_TABLE

from safety.allow_list import ALLOW_LIST
from safety.constructions import unmask
from safety.constructions.folding import KATA_LOOKALIKE
from safety.lexicon import NAME_LISTS
from safety.morphology import tokens
from safety.name_reading import LISTS, ORDINARY_WORDS, WHOLE, Reading, analyse, has_kanji, letters_of, read
from safety.name_wants import MEETING_NOUNS, SEXUAL_NOUNS
from safety.normalize import (
    VOWEL_OF,
    Folded,
    fold,
    latin_keys,
    mixed_romaji,
    romaji_kana,
    undisguise,
    vowel_kana,
)
from safety.normalize import latin_tokens as latin_tokens_of
from safety.translation import hira2kata, kata2hira
from safety.word_search import any_pattern


@dataclass(frozen=True, slots=True)
class NameViews:
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
    words that have ん before a vowel themselves (``name_listed._N_VOWEL_WORDS``): anywhere else the
    reading is made up (「kimono」 is no きもんお)."""


def _without_ordinary_latin(name: str) -> str:
    """Allow-listed Latin words out (「carolineしね」 is 「しね」); ! between Latin letters is
    an i (「sh!ne」, 「d!scord」)."""
    if not _LATIN_RUN.search(name):
        return name
    return _LATIN_RUN.sub(_unless_ordinary, _BANG_I.sub("i", name))


def _views(name: str) -> NameViews:
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
    return NameViews(
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


def _slipped_word(views: NameViews, index: int) -> bool:
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
    if _BABY.search(unmasked) or _BABY_KILLING.search(unmasked):
        # baby talk: ち for し, ちゃ for た (「ちにたい」, 「しにちゃい」 are しにたい)
        said = _BABY.sub(lambda m: _BABY_SAYS[m.group(0)], unmasked)
        texts.append(_BABY_KILLING.sub(lambda m: _BABY_SAYS[m.group(0)], said))
        readings.append(read(texts[-1]))
    if "口" in undisguised:
        # 口 is read as ロ beside katakana; written for コ, it hides a word too (「ディス口ード」)
        texts.append(_unmask(undisguised.replace("口", "コ")))
        readings.append(read(texts[-1]))
    if _LONE_LOOKALIKE.search(undisguised) and (as_kana := _lone_lookalikes_as_kana(undisguised)):
        texts.append(as_kana)
        readings.append(read(texts[-1]))
    # (each asked once: what follows asks whether the unmasked name holds katakana three times,
    # and four readings need a digit, which most names have none of)
    katakana = _KATAKANA.search(unmasked) is not None
    digits = _DIGIT_OR_FOUR.search(unmasked) is not None
    if katakana and any(ch in KATA_LOOKALIKE for ch in unmasked):
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
    if digits and _SHI_FOUR.search(unmasked):
        # 4 read as し among kana (「ころ4て」, 「4こ4こ」), beyond the stand-in before ね, に…
        texts.append(_unmask(_SHI_FOUR.sub("し", unmasked)))
        readings.append(read(texts[-1]))
    if digits and _DEATH_FOUR.search(unmasked):
        # 4 read as 死 between kanji (「希4念慮」, 「自4願望」): a word of death, with 4 for its
        # first sound; not before a counter, where it is a number (「3年4組」, 「第4話」)
        texts.append(_DEATH_FOUR.sub("死", unmasked))
        readings.append(read(texts[-1]))
    if digits and (death := _death_word_first(unmasked)) is not None:
        # 4 read as 死 before a kanji where the two make one word of death (「4神」 is 死神);
        # 「4姉妹」, 「4人」 are numbers
        texts.append(death)
        readings.append(read(death))
    if digits and _DIGITS_AMONG_KANA.search(unmasked):
        # digits between kana split a word as a picture does (「し1ね」, 「きえ12ろ」)
        texts.append(_unmask(_DIGITS_AMONG_KANA.sub("", undisguised)))
        readings.append(read(texts[-1]))
    if (
        katakana
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
    if katakana and has_kanji(unmasked) and _unknown_katakana(unmasked):
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
        if _SAID_OTHERWISE.search(hira) is None:
            continue  # (most spellings: none of the four below finds anything, in one search)
        if _WEST_TAI.search(hira):
            # たい said とう in the west after a verb of dying (「しにとうて」, 「きえとう」), and
            # たく before なる (「しにとうなる」, 「きえとうなった」: come to want it);
            # 「しにとうない」 says it is not wanted and is read as it is
            texts.append(_WEST_TAI.sub(_west_tai_said, hira))
            readings.append(read(texts[-1]))
        if TAMI.search(hira):
            # たい said たみ after a verb of dying or vanishing, as net slang softens it
            # (「いなくなりたみ」, 「おわりたみ」 are いなくなりたい, おわりたい; 「あたみ」 is 熱海)
            texts.append(TAMI.sub(r"\1たい", hira))
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


def _latin_as_loanwords(text: str) -> str:
    """Each Latin word of three letters or more the dictionary knows, in katakana."""
    out = []
    for t in tokens(text):
        if len(t.surface) >= 3 and t.surface.isascii() and t.surface.isalpha() and not t.oov:
            out.append(hira2kata(t.reading) if _HIRAGANA_NAME.fullmatch(t.reading) else t.surface)
        else:
            out.append(t.surface)
    return "".join(out)


_LATIN_WORD3 = re.compile("[a-z]{3,}")
_JAPANESE_LETTER = re.compile(r"[ぁ-ヺ一-鿿々]")


# two kana or more in a row, each held (a look-alike kanji among them need not be), the run
# standing alone (no kana just before or after)
_LOOKS = "".join(KATA_LOOKALIKE)
_STRETCHED_RUN = re.compile(
    f"(?<![ぁ-ヺー{_LOOKS}])(?:[{_LOOKS}]ー*)*(?:[ぁ-ヺ]ー+(?:[{_LOOKS}]ー*)*){{2,}}(?![ぁ-ヺ])"
)
_WHOLE_INSULTS = frozenset(
    w for index, (words, _kana, _token) in enumerate(LISTS) if words.reason == "insult" for w in WHOLE[index]
)
_LATIN_RUN = re.compile(r"[A-Za-z]+")


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
# every digit the four readings of a digit look for (``_SHI_FOUR``, ``_DEATH_FOUR``,
# ``_FOUR_BEFORE_KANJI``, ``_DIGITS_AMONG_KANA``): none of them finds anything without one
_DIGIT_OR_FOUR = re.compile("[0-9４]")
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
    "ころちゅ": "ころす",
    "コロチュ": "コロス",
    "ころちて": "ころして",
    "コロチテ": "コロシテ",
}
# — only where a dying verb starts the name (「おばあちゃんちに行く」 is a grandmother's house)
# or たい follows a verb's stem in に or え (「しにちゃい」, 「きえちゃい」; 「ちゃいろ」 is brown)
_BABY = re.compile(
    r"^(?:ちに|チニ|ちんで|ちんじゃ)|(?<=[にえニエ])(?:ちゃい|チャイ)"
    # 死ね said as a baby says it, the whole name or with an ending (「ちね」, 「ちねよ」; not
    # 「ちねん」, a family name)
    r"|^(?:ちね|チネ)(?=[よやばー〜!！]*$)"
)
# ころす and ころして so said (round q: 「ころちゅぞ」, 「ころちてやる」; not 「ころちゃん」, a pet,
# nor ころちゅ alone, a nickname's); the fast path looks for ころち among its words (``BABY_KILLING_KANA``)
_BABY_KILLING = re.compile(r"^(?:ころちゅ|コロチュ)(?=[ぞぜよゾゼヨー〜!！]+$)|^(?:ころちて|コロチテ)")
BABY_KILLING_KANA = "ころち"
_HIRAGANA = re.compile(r"[ぁ-ゖ]")
_WEST_TAI = re.compile("(しに|きえ|いなくなり|しね|おわり)とう(?:(?=な[るっりれ])()|(?!な))")
TAMI = re.compile("(しに|きえ|いなくなり|しね|おわり)たみ")


def _west_tai_said(m: re.Match[str]) -> str:
    """The verb of a western たい said とう, with たく before なる (its empty group) and たい else."""
    return m.group(1) + ("たく" if m.group(2) is not None else "たい")


_INSULT_ENDING = re.compile("(?:やんけ|やん|じゃん|じゃね|やで|やな)[ー〜~!！]*$")
_NOT_THERE = re.compile(r"おら(?:ん|へん|ひん)(?:く|ように|よう)な")
# found wherever one of the four is (the insult's ending changes a spelling only where found)
_SAID_OTHERWISE = any_pattern((_WEST_TAI, TAMI, _INSULT_ENDING, _NOT_THERE))
_SMALL_KA = {"ヵ": "カ", "ゕ": "か", "ヶ": "ケ", "ゖ": "け"}
# A small っ that is not a kanji's ending (after a kanji, before a letter of the か, さ, た or
# ぱ rows, as in 会って, 待って, 行っか): one slipped in to split a word
_SLIPPED_TSU = re.compile(
    r"(?<![一-鿿々])[っッ]|[っッ](?![かきくけこさしすせそたちつてとぱぴぷぺぽカキクケコサシスセソタチツテトパピプペポ])"
)
_HIRAGANA_NAME = re.compile(r"[ぁ-ゖー]+")
_DIGIT_INSIDE_LATIN = re.compile(r"[a-z][0-9]+[a-z]")
_ROMAJI_ONLY = re.compile(r"[a-z0-9\-_'・ー]+")
_DOUBLED_LETTER = re.compile(r"([a-z0-9])\1")
_N_BEFORE_VOWEL = re.compile(r"(?<!n)n(?=[aiueo])")
_BANG_I = re.compile(r"(?<=[a-zA-Z])[!！](?=[a-zA-Z])")


def _unless_ordinary(m: re.Match[str]) -> str:
    """An allow-listed Latin word taken out of the name (``latin`` in ordinary_names.toml), and
    a Latin word that is an allow-listed word's romaji, whole (round q: 「Bakari」 is ばかり, as
    「bakauke」 is ばかうけ): the word is read as the word it spells."""
    word = m.group(0).lower()
    return "" if word in ALLOW_LIST.latin or _spells_an_allowed_word(word) else m.group(0)


def _spells_an_allowed_word(word: str) -> bool:
    """Whether the Latin ``word`` read as romaji is, all of it, one allow-listed word (four
    letters or more: shorter romaji spells too many words by chance)."""
    if len(word) < 4:
        return False
    kana = romaji_kana(word)
    return _ASCII.search(kana) is None and kana in ORDINARY_WORDS


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
# Kana with no small kana and no ー at all, which ``_PLAIN`` matches whole too: most plain names.
# Asked first (``_BIG_RUN.fullmatch(t) or _PLAIN.fullmatch(t)``, the same answer as ``_PLAIN``'s):
# one run of one class is read in a loop of its own, where ``_PLAIN`` tries its alternatives and
# looks behind at every letter (~9,000 instructions a name of seven, ~1,400 so).
_BIG_RUN = re.compile(f"[{_BIG}]+")


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
    if (
        (_BIG_RUN.fullmatch(text) or _PLAIN.fullmatch(text))
        and "たひ" not in text
        and "タヒ" not in text
        and not _doubled(text)
    ):
        return text
    return mixed_romaji(vowel_kana(unmask(text)))


def _doubled(text: str) -> bool:
    """A letter said twice in a row, katakana read as hiragana (jaconv.kata2hira's table)."""
    # one search rather than a generator over the pairs: every plain name asks (the fast path)
    return _SAME_TWICE.search(text.translate(K2H_TABLE)) is not None


_SAME_TWICE = re.compile(r"(.)\1", re.DOTALL)


_ASCII = re.compile(r"[a-z]")


# Long vowel marks written for the vowel they hold, as number words are said:
# 「れーきゅー」 is 「れいきゅう」.
_LONG_AFTER = {"a": "あ", "i": "い", "u": "う", "e": "い", "o": "う"}


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
