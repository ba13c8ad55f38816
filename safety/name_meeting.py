"""A display name that asks someone to come, wait or meet, judged by its words.

Kakurega has no way for two visitors to meet, so a name may not ask for one.  The lexicon
(``names.toml``) lists the set phrases (あおうよ, オフ会, まちあわせ); this part reads what
no list can hold, by construction: a verb of coming, waiting, meeting, picking up or putting
up (``[meeting] verbs`` in ``names.toml``, as Sudachi's normalised dictionary form) with an
ending after it (「駅で待ってる」, 「おうちきて」, 「泊めてくれる人」, 「迎えにいくよ」), or a
noun of gathering (``[meeting] nouns``: 「渋谷集合」).  A verb standing alone with no ending
is a word, not a request (「まつ」, 「あつまれ」 pass).
"""

from __future__ import annotations

import re

from safety import lexicon
from safety.morphology import Token, tokens
from safety.names_toml import dictionary_words
from safety.translation import kata2hira

MEETING_VERBS = dictionary_words(lexicon.MEETING_VERBS, "動詞", "[meeting] verbs")
MEETING_NOUNS = dictionary_words(lexicon.MEETING_NOUNS, "名詞", "[meeting] nouns")


def _kana_forms(verbs: tuple[str, ...]) -> frozenset[str]:
    """The verbs as a name writes them in kana (Sudachi normalises 「とめて」 to 止める and
    「あわない」 to 合う, not to 泊める and 会う): each dictionary form's reading, and for a
    五段 verb its potential form too (あう → あえる, とまる → とまれる)."""
    out = set()
    for v in verbs:
        t = tokens(v)[0]
        out.add(t.reading)
        if len(t.pos) > 2 and t.pos[2].startswith("五段") and t.reading[-1] in _E_ROW:
            out.add(t.reading[:-1] + _E_ROW[t.reading[-1]] + "る")
    return frozenset(out)


_E_ROW = dict(zip("うくぐすつぬぶむる", "えけげせてねべめれ", strict=True))
KANA_VERBS = _kana_forms(lexicon.MEETING_VERBS)
# 「直接あお」, 「リアルであおう」, 「オフであえる」: a word of meeting in person, then 会う in kana
# (or 遊ぶ: 「リアルデアソボ」, 「じかにあそびたい」; or 喋る: 「りあるでしゃべろ」)
# (alone, 「あお」 is blue and 「あい」 love: only after one of these is it a meeting)
_IN_PERSON = re.compile(
    "(?:"
    + "|".join(map(re.escape, lexicon.MEETING_IN_PERSON))
    + ")(?:で|に|も)?(?:あ[おいえわうっ]|はな[さしせそ]|あそ[ばびぼ]|しゃべ(?:ら|ろ|れる|りたい|っ))"
)
# Asking where someone lives or goes to school (「どこすんでる?」, 「どこ駅?」, 「なんけん?」,
# 「もよりえきどこ」): a word asking where, then a place or 住む, read as hiragana.  「なんちゅう」
# (なんちゅうか) and 「なにして」 ask nothing of the kind; 「どこでもドア」 no place.
_ASKS_WHERE = re.compile(
    "どこ(?:の|に|で)?(?:すん|すみ|すま|けん|えき|ちゅう|がっこう|しゅっしん|じもと|もより|まち)"
    "|(?:なん|なに)(?:けん|えき|がっこう)"
    "|もより(?:えき|どこ)"
    # the place first, then where or tell me (「県どこ？」, 「学校おしえて」, 「最寄りおしえて」)
    "|(?:けん|えき|がっこう|ちゅうがく|こうこう|じもと|もより(?:えき)?|しゅっしん|じゅうしょ|すんでるとこ)"
    "(?:は|って|わ)?(?:どこ|おしえて|おしえろ|おせーて|しりたい)"
    # living or going to school near: 「同じ駅の人」, 「おなじけん」
    "|おなじ(?:えき|けん|しの|まち|ちいき|ちゅうがく|こうこう|しょうがっこう|がっこう)"
    # which school, asked (「なんちゅう？」, 「何小？」, 「なにこう?」): only with the question
    # mark, since 「なんちゅう」 alone is also なんちゅうか and 「なんこう」 軟膏
    "|(?:なん|なに)(?:ちゅう|こう)[？?]|なんしょう[？?]"
    # one's home, one's real name or one's face asked for (「いえおしえて」, 「ほんみょうおしえて」,
    # 「かおみせて」, 「すがおちょうだい」): what finds the child outside the site; the name opens
    # with it or it is the reader's (「ねこのおうちおしえて」 asks of a cat)
    "|(?:^|(?:きみ|あなた|おまえ|そっち|そちら|君|貴方)の)(?:(?:いえ|おうち|ほんみょう|じつめい)"
    "(?:は|って|わ)?(?:どこ|なに|おしえて|おしえろ|おせーて|しりたい)"
    "|(?:かお|すがお|かおしゃしん|りあがお|りあかお|りあるのかお)(?:を|も)?"
    "(?:みせて|みして|みせろ|さらして|おくって|ちょうだい|ください|はって|ほしい))"
    # being alone together proposed (「ふたりきりになろ」, 「ふたりっきりになりたい」)
    "|ふたりっ?きりに(?:なろ|なりたい|なれる|なって)"
)

# What must be in a name (read as hiragana, kanji kept) before it is worth analysing: the
# stems of the verbs and nouns above.  Cheap; most names have none.
STEMS = (
    "きて", "きな", "こい", "こよ", "くる", "こな", "来", "まっ", "待", "むかえ", "迎", "とめて",
    "とまら", "とまり", "とまれ", "とまっ", "泊", "あつま", "集", "しゅうごう", "会", "逢", "あわ",
    "あえ", "すんで", "住", "落ち合", "おちあ",
)  # fmt: skip
# Stems that take a plain kana name off the fast path (「き」 alone is in too many names:
# a plain kana name is asked only when it has a verb ending after one of these).
FAST_PATH_STEMS = (
    "きて",
    "きな",
    "まって",
    "むかえ",
    "とめて",
    "とまら",
    "とまり",
    "とまれ",
    "あつま",
    "しゅうごう",
    "こない",
    "あわな",
    "あえま",
    "あえな",
    "すんで",
    "どこ",
    "なんけん",
    "なにけん",
    "なんえき",
    "もより",
    "おちあ",
    "とめた",
    "えにいっ",
    *lexicon.MEETING_IN_PERSON,
)


# 会おう written in kana with the う held or dropped and an ending, as the whole name or after
# a place or a time (「あおー」, 「あおーや」, 「ちかくであおっ」, 「ほうかごあおー」): alone
# 「あお」 is blue, and 「あおーい」, 「あおーん」 are no proposal.
_LETS_MEET = re.compile(
    r"(?:^|(?<=で)|(?<=ご)|(?<=から))あお(?:[ー〜~]+|う|っ|お)[ーうっよねかやぜな〜~!！?？]*$"
    # or after the people asked (round q: 「ちかくの人あおー」, 「みんなあおー」)
    r"|(?<=人|皆)あお(?:[ー〜~]+|う|っ|お)[ーうっよねかやぜな〜~!！?？]*$"
    r"|(?:(?<=ひと)|(?<=みんな)|(?<=みな))あお(?:[ー〜~]+|う|っ|お)[ーうっよねかやぜな〜~!！?？]*$"
    # after a place or a time the う may be gone too (「ちかくであお」, 「ほうかごあお」)
    r"|(?<=[でご])あお[よねかやぜな〜~!！?？]*$"
    # after a given name, the う held and a spoken ending (「ゆいあおーね」, 「りくあおうよ」):
    # 「あおーい」, 「まっさおー」 end in none, and 「そらあおー！」 is the sky's blue
    r"|(?<=[ぁ-ゖ一-鿿])あお(?:[ー〜~]+|う)[ーうよねかやぜな〜~]*[よねかやぜな][ー〜~!！?？]*$"
    # 会える? and 会いに行く/来る in kana (「あえない？」, 「あいにいきたい」)
    r"|^あえ(?:る|ない|へん|ひん|ます|ませんか|そう)[ねかのなけ]?[ー〜~]*[?？]"
    r"|^あわ(?:ない|へん|ひん|ん)[ねかのなけ]?[ー〜~]*[?？]"
    # asked with か and no question mark (「あわへんか」, 「あえへんかな」)
    r"|^あ[わえ](?:ない|へん|ひん|ん)(?:か|かな|け)[ー〜~!！?？]*$"
    # a roof or a ride offered in Kansai たる (てやる: 「とめたるで」, 「むかえにいったろか」)
    r"|(?:^|(?<=[でにを]))(?:とめ|むかえにいっ|むかえにき|あいにいっ|あいにき|つれてっ)た[るろ]"
    r"|^あいに(?:い[きくこっ]|き[てた]|く[るれ]|こ[いよ])"
    # 会いたい in kana before a person, which Sudachi cuts as 相 + 堆肥 (「あいたいひと」)
    r"|^あいたい(?:ひと|こ$|こぼしゅう)"
    # 会う asked in kana, alone or after when or where (「あう？」, 「いつあう？」, 「どこであう?」)
    r"|^(?:いつ|どこで|こんど)?あう[ねかのなけ]?[ー〜~]*[?？]"
    # the humble お会いする and お目にかかる in kana (「おあいしましょう」, 「おあいしたいです」,
    # 「おめにかかりたい」); 「おあいそ」 is the bill
    r"|おあい(?:し[まただよ]|でき)"
    r"|お[め目]にかか(?:りたい|りませんか|りましょう|れませんか|れますか|ろう)"
)


# Coming over asked in the forms of 来る the lists' endings miss, Kansai, Hakata, Hiroshima
# and the plain conditional among them (「うちきいひん？」, 「あそびにこーへん？」, 「うちにきんしゃい」,
# 「いえにこん？」, 「あそびにくれば」): one's home or playing, then 来る so, and nothing but
# endings after it.  Without a particle only forms no other word starts with (「うちきな」 is
# also 内気な, shy; 「あそびにきたよ」 says one came, and passes).
_COME = (
    "(?:き(?:て|な|ぃ|い(?:や|ひん|へん)|たら|ちゃい|ちゃえ|ます|ませ|んしゃい|ーや)"
    "|こ(?:ん|ない|へん|ーへん|れる|れへん|れん|ーい|い)|くれば|くる|けえ|けー)"
)
_COME_UNGLUED = (
    "(?:き(?:い(?:や|ひん|へん)|たら|ちゃい|ちゃえ|ます|ませ|んしゃい|ーや)|こ(?:ーへん|へん|れる|れへん))"
)
_HOME = "(?:お?うち|いえ|家|うちんち)"
_COME_OVER = re.compile(
    f"^(?:{_HOME}(?:に|へ|まで)(?:あそびに)?{_COME}|{_HOME}{_COME_UNGLUED}|あそびに{_COME})"
    "(?:ええ|いい|よ|ね|な|や|か|の|ん|わ|で)*[ー〜~!！?？]*$"
)


def meets_in_person(key: str) -> bool:
    """Whether ``key`` (a name read as hiragana, kanji read) asks to meet or talk in person,
    proposes to meet in kana, or asks where someone lives.  What a bracket or a quote holds is
    read as a name of its own too: a proposal anchored at a name's start or end (「あおーね」) is
    the same inside 「(あおーね)」 or after a name, 「ゆい『あおーね』」."""
    return any(_meets_in(piece) for piece in _bracketed(key))


_CLOSERS = ")）」』】〕>＞》〉"
_BRACKETED = re.compile(f"[(（「『【〔<＜《〈]([^{_CLOSERS}]+)[{_CLOSERS}]?")


def _bracketed(key: str) -> list[str]:
    """``key``, what each bracket or quote in it holds (an unclosed one: to the end), and ``key``
    without the closing marks at its end (a reading may keep a closing mark and drop its
    opening one)."""
    if _BRACKETED.search(key) is None and not key.endswith(tuple(_CLOSERS)):
        return [key]
    return [key, key.rstrip(_CLOSERS), *_BRACKETED.findall(key)]


def _meets_in(key: str) -> bool:
    return _IN_PERSON.search(key) is not None or _ASKS_WHERE.search(key) is not None or proposes_meeting(key)


def proposes_meeting(key: str) -> bool:
    """Whether ``key`` (read as hiragana) proposes to meet in kana (``_LETS_MEET``: 「あおー」,
    「あえない？」, 「とめたるで」).

    It is all ``meets_in_person`` reads in a plain kana name that the name fast path's gate lets
    through (``safety.names._FAST_PATH_GATE``): such a name has no bracket, every word of
    ``_IN_PERSON``'s start is one of ``FAST_PATH_STEMS`` and ``_ASKS_WHERE`` is in the gate, so
    the fast path asks only this (one call and a few look-ups instead of three searches)."""
    return (
        (
            "あお" in key
            or "あえ" in key
            or "あわ" in key
            or "あいに" in key
            or "あいた" in key
            or "たる" in key
            or "たろ" in key
            or "あう" in key
            or "おあい" in key
            or "にかか" in key
        )
        and _LETS_MEET.search(key) is not None
    ) or (
        ("うち" in key or "いえ" in key or "家" in key or "あそびに" in key)
        and _COME_OVER.search(key) is not None
    )


# what the name fast path's gate looks for of ``meets_in_person`` (``proposes_meeting``)
ASKS_WHERE = _ASKS_WHERE


def invites_meeting(text: str) -> bool:
    """Whether ``text`` (a name with its disguises undone) asks to meet."""
    key = kata2hira(text)
    if not any(stem in key for stem in STEMS):
        return False
    # Sudachi reads a verb written in katakana poorly (「オウチキテ」): read the kana as
    # hiragana, kanji kept — unless every katakana word is a noun of three letters or more
    # the dictionary knows (「ヤクルト」 is a drink, not や + くる + と; it gives two-letter
    # nouns for anything: 「泊メテ」 is no 泊 + メテ)
    as_written = tokens(text) if key != text else []
    if not as_written or any(_KATAKANA.search(t.surface) and not _known_noun(t) for t in as_written):
        as_written = tokens(key)
    words = [t for t in as_written if t.pos and t.pos[0] != "補助記号"]
    for i, t in enumerate(words):
        if t.pos[0] == "名詞" and t.normalized in MEETING_NOUNS and _an_ending(words[i + 1 :], first=False):
            # the noun is what the name comes to (「渋谷集合」), not a word before another
            # noun (「集合写真」)
            return True
        if t.pos[0] != "動詞":
            continue
        in_kana = t.normalized not in MEETING_VERBS
        if in_kana and not (_KANA.fullmatch(t.surface) and t.lemma in KANA_VERBS):
            continue
        if not _coming(words, i, key):
            continue  # 来る where no one writes it so (「こよ」, 「こなら」): see COMING_FORMS
        if i + 1 == len(words):
            # a verb that ends the name asks when it is a question after other words
            # (「うちくる?」, 「あえる?」), an order after other words (「泊まりにこい」, 「うちこい」)
            # or says where after a place and a particle (「駅前で待つ」); alone it is a word
            # (「まつ」)
            if i > 0 and _QUESTION.search(key[t.end :]) and (not in_kana or t.lemma != t.reading):
                return True
            if not in_kana and t.normalized == "会う" and _QUESTION.search(key[t.end :]):
                return True  # 会う asked, even alone (「会う？」): 「来る？」, 「待つ？」 alone are words
            if i > 0 and not in_kana and (_ordered_after_words(words, i) or _after_a_place(words, i)):
                return True
            if not in_kana and t.pos[-1].startswith("意志推量形") and t.normalized != "待つ":
                return True  # 「落ち合おう」: proposed (「待とう」 is patience as often)
            continue
        if key[t.end :].startswith("てぃ"):  # 「きてぃ」 is Kitty
            continue
        rest = words[i + 1 :]
        if t.pos[-1].startswith("連体形") and rest[0].pos[0] in _WORD_POS and _a_noun(rest[0].surface):
            # the verb says what a person or place is for (「泊まれるとこ」, 「まつひと」; a single
            # kana after it is no word: 「くるち」 is a name)
            return True
        if t.pos[-1].startswith("終止形") and rest and rest[0].normalized == "ない":
            # no one negates a verb's plain form (it is 「こない」, not 「くるない」): Okinawan
            # 「なんくるないさ」 is "it will be all right", no word about coming
            continue
        negation = _said_not_to_happen(rest)
        if (
            negation is not None
            and (i == 0 or negation.surface in _NEVER_ASKING)
            and not _QUESTION.search(key[rest[-1].end :])
        ):
            # a verb alone, said not to happen, asks nothing (「こない」, Kansai 「あわへん」, polite
            # 「あいません」, classical 「あわじ」 — also the island's name, 「あわじしま」); after a
            # place, as a question or with か it invites (「うちこない」, 「うちこん」, 「あわない?」,
            # 「あわへんか」), except in a written or classical negation no one asks with
            # (「ゆいのあわじしま」, 「あわずにいる」)
            continue
        if _an_ending(rest):
            return True
    return False


# Sudachi's normalised negations: ない, Kansai へん and ひん, ず (ん, ぬ), classical じ and
# まい, and 無い after たい (「会いたくない」)
_NEGATIONS = frozenset({"ない", "へん", "ひん", "ず", "じ", "まい", "無い"})
# what may stand between the verb and its negation (「あいません」, 「会いたくない」)
_BEFORE_NEGATION = frozenset({"ます", "たい"})
# what may follow the negation and still say it will not happen: the past (「あわへんかった」),
# a but (「会えないけど」) and the endings that only say it (よ, ね, わ…); not か (a question:
# 「あわへんか」), nor と, ば or なきゃ (it must happen: 「あわないと」, 「会わなきゃ」)
_AFTER_NEGATION = frozenset({"た", "けれど", "し", "が", "よ", "ね", "わ", "な", "ぞ", "さ"})


# negations no invitation is made with, even after a place (「うちこない」, 「うちこん」 ask)
_NEVER_ASKING = frozenset({"じ", "ず", "ぬ", "まい"})


# 来る as people write it in kana, read from where Sudachi's 来る starts (the name as hiragana):
# only a token whose surface and what follows make one of these forms is coming.  Sudachi calls
# 来る much that no one means so (「こよ」 and 「さくらこよ」 a "volitional" こよ with no う,
# 「こなら」 an oak read こ + なら, 「コナンダラ」 こ + なんだら, 「こよっち」 a nickname), and every
# such reading is not coming, whatever the rules after it would make of it.  A 来 written in
# kanji is the verb whatever follows (「家に来や」, 「うち来よ」).
COMING_FORMS = (
    "こい",  # ordered: 「うちこい」, 「こいよ」
    "くる|くん",  # the plain form, asked, with なら or said short: 「うちくる？」, 「くんの？」
    "くれば",  # if you come: 「あそびにくれば」
    "こ(?:な[いかくけき]|ん|へん|ひん|ず|ぬ)",  # not, asked: 「うちこない？」, 「こへん？」
    "け[えー]?へん",  # not, in Kansai: 「けえへん？」
    "こ(?:ら)?れる?",  # can come: 「これる？」, 「こられる？」
    "こよ(?:[うお]|[ー〜~]|っか)",  # proposed: 「こよう」, 「こよー」, 「こよっか」
    "き(?:て|な|た|ま[すせし]|ちゃ)",  # 「きて」, 「きなよ」, 「きたら」, 「きませんか」, 「きちゃいな」
    "き(?:[いぃーやよん]|ひん|へん)",  # in Kansai, Chugoku, Kyushu: 「きいや」, 「きーひん」, 「きんさい」
    "き(?![ぁ-ゖ一-鿿])",  # cut short at the end: 「おとまりにき」
)  # fmt: skip
_COMING = re.compile("|".join(COMING_FORMS))


def _coming(words: list[Token], i: int, key: str) -> bool:
    """Whether ``words[i]``, a verb, is not 来る, is 来 written in kanji, or is 来る in one of
    ``COMING_FORMS`` (``key`` is the name as hiragana the tokens' offsets count in).  A
    "volitional" こよ with no う proposes only right after a place and a particle, the う dropped
    as in 「いこよ」 (「うちにこよ」, 「えきでこよね」); alone or after a name it is a name
    (「こよ」, 「さくらこよ」, 「ゆにこよ」)."""
    t = words[i]
    if t.normalized != "来る" or "来" in t.surface:
        return True
    form = _COMING.match(key, t.start)
    if form is not None and form.end() >= t.end:
        return True
    return key[t.start : t.end] in ("こよ", "こよっ") and _after_a_place(words, i)


def _said_not_to_happen(rest: list[Token]) -> Token | None:
    """The negation, when the verb's ending says it will not happen: a negation, with ます or
    たい before it at most, and after it nothing but ``_AFTER_NEGATION`` and ずに + いる
    (「あわずにいる」) up to a noun or the end: the negated verb tells of the noun (「あわじしま」,
    「あえないひと」), whose own words are read on their own."""
    j = 0
    while j < len(rest) and rest[j].normalized in _BEFORE_NEGATION:
        j += 1
    if j == len(rest) or rest[j].normalized not in _NEGATIONS or rest[j].pos[-1].startswith("仮定形"):
        return None
    after = rest[j + 1 :]
    if rest[j].normalized == "ず" and [u.normalized for u in after[:2]] == ["に", "居る"]:
        after = after[2:]
    for u in after:
        if u.pos[0] in _WORD_POS:
            break
        if u.normalized not in _AFTER_NEGATION:
            return None
    return rest[j]


_KANA = re.compile(r"[ぁ-ゖー]+")
_KATAKANA = re.compile(r"[ァ-ヺ]")


def _known_noun(t: Token) -> bool:
    return not t.oov and t.pos[0] == "名詞" and len(t.surface) >= 3


def _ordered_after_words(words: list[Token], i: int) -> bool:
    """The verb at ``i`` is an order after a noun or two letters or more (「家こい」, 「うちこい」,
    「泊まりにこい」); one kana before it that is no noun is no word the order is about
    (「はこい」, 「にこい」, 「テコイ」 read て + こい)."""
    return words[i].pos[-1].startswith("命令形") and (
        words[i].start - words[0].start >= 2 or any(w.pos[0] in _WORD_POS for w in words[:i])
    )


def _after_a_place(words: list[Token], i: int) -> bool:
    """The verb at ``i`` comes right after a noun and で, に, まで or へ (「駅前で待つ」)."""
    return (
        i >= 2
        and words[i - 1].pos[0] == "助詞"
        and words[i - 1].surface in ("で", "に", "まで", "へ")
        and words[i - 2].pos[0] in _WORD_POS
    )


def _a_noun(surface: str) -> bool:
    return len(surface) >= 2 or not _KANA.fullmatch(surface)


_QUESTION = re.compile(r"^[ー〜~]*[?？]")


_ENDING_POS = frozenset({"助詞", "助動詞", "動詞", "形容詞"})  # 形容詞: 「泊めてほしい」
_WORD_POS = frozenset({"名詞", "代名詞"})


def _an_ending(rest: list[Token], *, first: bool = True) -> bool:
    """What follows is an ending (particles, auxiliaries, a helping verb) up to the next noun
    or the end: 「まってる」, 「きてね」, 「泊めてくれる人」; not 「マッテオ」 (まっ + て + お),
    nor 「あつまれどうぶつ」 (a noun right after the verb: the verb is part of a title).
    ``first=False``: only endings up to the end (after a noun of gathering)."""
    for i, t in enumerate(rest):
        if t.pos[0] in _WORD_POS and first and i > 0:
            return True
        if t.pos[0] not in _ENDING_POS:
            return False
    return True
