"""Insults and sexual words said in ways no list holds (names round j, fourth round of
2026-12-07) — a person put down by smell, looks, weight, scores, poverty or standing, school and net
slang, and sexual slang, abbreviations and body words in a sexual sense.

Each construction is read on the whole of one hiragana reading of the name (``ー`` dropped, as
the readings drop it), anchored at both ends: a frame before (a word for the one spoken to, for
oneself, どうせ) and endings or a word for a person after are all the name may hold besides the
word.  So a word's letters inside an ordinary word or phrase pass (「はくさい」, 「ちんげんさい」,
「まんげきょう」, 「ビーチクリーン」, 「おまたせ」, 「ガリガリくん」, 「100てんまんてん」); Sudachi is
not asked, because in kana it cuts this slang anywhere (ちん|げ, まん|げ, こ|ど|おじ, ちっ|ぱい).
Every pattern is one ``fullmatch`` from the name's first letter, so a name that starts with
none of the frames or words costs one failed try (the fast path asks each plain name)."""

from __future__ import annotations

import re

# a word for the one spoken to or for oneself, with a particle or not (「おまえワキガ」,
# 「ぼくはみにくい」, 「どうせおれはまけぐみ」)
_ADDRESS = "おまえ|おまい|おめえ|おめ|てめえ|てめ|あんた|きさま|こいつ|あいつ|この"
_SELF = "おれ|ぼく|わたし|あたし|わたくし|うち|じぶん|わい|おら"
_FRAME = f"(?:どうせ)?(?:(?:{_ADDRESS}|{_SELF})(?:は|って|も|が)?)?"
# (この before a word that is an ordinary word too is "this": 「このていへん」 a triangle's base,
# 「このぶよぶよ」, 「このあかてん」 a red dot; so not a frame for the framed-only words below)
_ADDRESS_NOT_THIS = _ADDRESS.replace("|この", "")
# a word for a person after the put-down (「トドおんな」, 「あかてんやろう」, 「こじきのこ」)
_PERSON = "おんな|おとこ|やろう|やろ|やつ|じじい|じじ|ばばあ|ばば|がき|にんげん|ども|むすめ|むすこ|おやじ"
# endings after it (「ぶさおやん」, 「こどおじw」)
_BARE_ENDINGS = (
    "だ|だね|だな|だよ|だろ|や|やな|やん|やろ|やんけ|じゃん|じゃ|か|かよ|め|が|すぎ|すぎる|"
    "すぎん|すぎだろ|おつ|乙|w|ww|www|草|わろた|です"
)
_ENDING = f"(?:{_BARE_ENDINGS}|くん|ちゃん|さん)?"
# (a head said empty, with くん or ちゃん after it, is a joke at one's own expense: round c's
# review keeps 「のうみそすかすかくん」 and 「あたまおはなばたけちゃん」 ordinary)
_SOFT_ENDING = f"(?:{_BARE_ENDINGS})?"

# Insults that are one alone (each is a put-down of a person: looks, smell, standing, school
# and net slang), said alone or framed (「ぶさお」, 「おまえこどおじ」, 「ひきニートやろう」).
_INSULT_WORDS = (
    # looks
    "ぶさお",
    "ぶさこ",
    "ぶさめん",
    "ぶおとこ",
    "ぶすこ",
    "ちんちくりん",
    "しゃくれ",
    "しゃくれあご",
    "たらこくちびる",
    "かおでか",
    "かおでかすぎ",
    "でっぱ",
    # smell
    "わきが",
    "わきがくさい",
    "かれいしゅう",
    "くちくさ",
    "くちくさい",
    "わきくさ",
    "わきくさい",
    "あしくさ",
    "あしくさい",
    "どぶくさ",
    "どぶくさい",
    # weight and body
    "ぶよぶよ",
    "ぴざでぶ",
    "ほねかわすじえもん",
    "がりがりやせ",
    # scores and school
    "びりっけつ",
    "のうたりん",
    "のたりん",
    "ていがくれき",
    "ふらん",
    "あかてん",
    "れいてん",
    "ぜろてん",
    "0てん",
    "fらん",
    # standing and poverty
    "びんぼうにん",
    "びんぼにん",
    "びんぼうくさい",
    "びんぼくさい",
    "まけぐみ",
    "じんせいのまけぐみ",
    "こどおじ",
    "こどおば",
    "よわおじ",
    "じゃくしゃだんせい",
    "かとうせいぶつ",
    "かとうにんげん",
    "ひきにと",
    "ていへん",
    "ていへんにんげん",
    "しゃかいのていへん",
    "にんげんのていへん",
    "こじき",
    # school and net slang
    "こみゅしょう",
    "こみゅしょ",
    "あすぺ",
    "きょろじゅう",
    "いんきゃくさい",
    "おたくくさい",
    "いんきゃくさ",
    "めすぶた",
    "こどもべやおじさん",
)
# an empty head (「のうみそスカスカ」, 「あたまパー」), with no word of address after it
_EMPTY_HEAD = ("のうみそすかすか", "のうみそからっぽ", "あたまぱ", "あたまぱっぱらぱ")
# (「パッパラパー」 alone is a silly sound children sing: an empty head only framed or with a word
# for a person after it, 「おまえぱっぱらぱー」, 「ぱっぱらぱーやろう」)
_EMPTY_HEAD_FRAMED = ("ぱっぱらぱ",)
# (ニート is read without its ー, にと: framed, it is 「ぼくにと」, to me; only with a word for a
# person after it, 「ニートやろう」)
# of those, the ones an ordinary word or name is too (こじき 古事記, ふらん フラン, ていへん
# a triangle's base, あかてん, れいてん, ぶよぶよ, しゃくれ, でっぱ, あすぺ(ん)): a put-down only
# framed or with a word for a person after it
_FRAMED_ONLY = frozenset(
    (
        "こじき",
        "ふらん",
        "fらん",
        "ていへん",
        "あかてん",
        "れいてん",
        "ぜろてん",
        "0てん",
        "ぶよぶよ",
        "しゃくれ",
        "でっぱ",
        "かおでか",
        "わきくさ",
        "あしくさ",
    )
)
_ALONE = [w for w in _INSULT_WORDS if w not in _FRAMED_ONLY]
_SPOKEN_TO_ONLY = frozenset(("ふらん",))
_FRAMED_BY_ANY = tuple(_FRAMED_ONLY - _SPOKEN_TO_ONLY)


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    # (ー dropped, as the name's readings drop it)
    return "|".join(sorted({w.replace("ー", "") for w in words}, key=len, reverse=True))


# A smell said of a person (「くさいやつ」, 「おまえくさすぎ」, 「わたしはくさい」, 「いんきゃくさい」):
# くさい (or くっさ, くせえ) after a frame, or before a word for a person.
_SMELLY = "くさい|くっさ|くせえ|くっせ|くさ"
# A looks, weight or standing label that is a put-down said of a person (「トドおんな」,
# 「ゴリラおんな」, 「ガリガリおんな」): only with the person after it (「トドのあかちゃん」,
# 「ゴリラのぬいぐるみ」, 「ガリガリくん」 pass).
_LABELS = (
    "とど",
    "ごりら",
    "ぶよぶよ",
    "がりがり",
    "ぶさいく",
    "びんぼう",
    "びんぼ",
    "こじき",
    "にと",
    "ていへん",
    "あかてん",
    "れいてん",
    "ぜろてん",
    "0てん",
    "ふらん",
    "fらん",
    "こみゅしょう",
    "あすぺ",
    "わきが",
    "はげ",
    "くちくさ",
    "どぶくさ",
    "わきくさ",
    "あしくさ",
    "しゃくれ",
    "でっぱ",
    "めすごりら",
    "おにばば",
    "こうしゅう",  # 口臭 (「口臭おとこ」; 公衆 alone, or before anything but a person, passes)
)
# who is said to smell (not この, 「このくさ」 is this grass)
_SMELL_FRAME = f"{_ADDRESS.replace('|この', '')}|{_SELF}|いんきゃ|おたく|きもおた"
# Your mother put down, the playground's oldest (「おまえのかあちゃんでべそ」).
_MOTHER = "(?:かあちゃん|かちゃん|かあさん|かさん|おかん|おかあさん|ははおや|まま)"

_INSULT = re.compile(
    f"(?:{_FRAME}(?:{_alternation(_ALONE)}){_ENDING}(?:{_PERSON})?{_ENDING}"
    f"|{_FRAME}(?:{_alternation(_EMPTY_HEAD)}){_SOFT_ENDING}(?:{_PERSON})?{_SOFT_ENDING}"
    # a framed-only word with its frame, or a person after it
    f"|(?:{_ADDRESS_NOT_THIS}|{_SELF}|どうせ)(?:は|って|も|が)?(?:{_alternation(_FRAMED_BY_ANY)}){_ENDING}"
    # (フラン is Touhou's Flandre and a dessert: 「わたしはフラン」 is a child playing her; a put-down
    # only said to someone, 「おまえフラン」; Fラン keeps every frame)
    f"|(?:{_ADDRESS_NOT_THIS})(?:は|って|も|が)?(?:{_alternation(tuple(_SPOKEN_TO_ONLY))}){_ENDING}"
    f"|(?:{_ADDRESS_NOT_THIS}|{_SELF}|どうせ)(?:は|って|も|が)?(?:{_alternation(_EMPTY_HEAD_FRAMED)}){_SOFT_ENDING}(?:{_PERSON})?{_SOFT_ENDING}"
    f"|(?:{_alternation(_EMPTY_HEAD_FRAMED)})(?:{_PERSON}){_SOFT_ENDING}"
    f"|(?:{_alternation(_LABELS)})(?:{_PERSON}){_ENDING}"
    # a beggar's or a pauper's child; a score's man (「こじきのこ」, 「0てんまん」)
    f"|(?:こじき|びんぼう|びんぼ|びんぼうにん)のこ{_ENDING}|(?:あかてん|れいてん|ぜろてん|0てん)まん{_ENDING}"
    # smell
    # (くさ bare after a frame is "lol" too, 「おれくさ」: only くさい, くさすぎ, くっさ, くせえ)
    f"|(?:{_SMELL_FRAME})(?:は|って|も|が)?(?:まじ|まぢ|まじで|ほんと|ほんとに|めっちゃ|ちょう)?(?:くさい|くさすぎ|くさすぎる|くさすぎだろ|くっさ|くせえ|くっせ)"
    f"{_ENDING}"
    f"|(?:{_SMELLY})(?:い)?(?:{_PERSON}){_ENDING}"
    # ugly said of oneself (「ぼくはみにくい」, 「みにくいあたし」; the ugly duckling passes)
    f"|(?:{_SELF})(?:は|って|も|が)?みにくい{_ENDING}|みにくい(?:{_SELF}){_ENDING}"
    f"|(?:{_ADDRESS_NOT_THIS})の{_MOTHER}(?:でべそ|ぶす|でぶ|ぶさいく|びんぼう)(?:ー)?{_ENDING})"
)

# Sexual slang, abbreviations and body words in a sexual sense, said alone or with a verb or
# an adjective after them (「きんたま」, 「キンタマでかい」, 「びーちくみせて」).
_SEXUAL_WORDS = (
    "きんたま",
    "ちんげ",
    "まんげ",
    "ぱいおつ",
    "ちっぱい",
    "ちぱい",
    "でかぱい",
    "でかπ",
    "ぱいずり",
    "びちく",
    "びいちく",
    "でかまら",
    "でかちん",
    "けつあな",
    "あなる",
    "せくろす",
    "せっくる",
    "でりへる",
    "ぽこちん",
    "ひんぬ",
    "ひんぬう",
    "きょぬ",
    "きょぬう",
    "ばくぬ",
    "あへがお",
    "あへかお",
    "てまん",
    "くぱぁ",
    "くぱあ",
    "ぱいもみ",
    "ちちもみ",
    "ちんちんでかい",
    "おなる",
    "おなって",
    "おなりたい",
    "おなろ",
    "おなろう",
    "おなってる",
    "おなった",
)
_SEXUAL_AFTER = (
    "(?:でかい|でか|ぼうぼう|ぼぼ|はえた|はえてる|たってる|びんびん|して|させて|みせて|みして|みせろ|さわって|さわらせて|なめて|なめたい|もませて|もみたい|すき|だいすき|"
    "ほしい|ちょうだい|しよ|しよう|したい|しようよ|ぺろぺろ|くんくん)?"
)
# Sex work named with going or calling (「ソープいこ」, 「ふーぞくいきたい」); stroking or
# emptying "for you" (「ぬいてあげる」); a taste for little girls, older women or other
# men's wives (「ようじょすき」); a body part with a verb of touching, licking, squeezing,
# showing (「むねもませて」, 「こかんさわって」).
# (read on the name as written, ー kept: 「ふーぞく」 and 「ふうぞく」 are sex work, 「ふぞく」 a
# school's 附属; ソープ only held, 「そぷ」 is a reading that dropped its ー)
_SEX_WORK = (
    "そーぷ|そぷ|ふーぞく|ふうぞく|でりへる|でりへーる|らぶほ|らぶほてる|ぴんさろ|いめくら|おっぱぶ|ほてへる"
)
_GO = "いこ|いこー|いこう|いこうよ|いきたい|いく|いかない|よぼ|よぼう|よびたい|よぶ|よんで|いってくる"
# (not じぇし: 「ジェシーすき」 is a fan of SixTONES' Jesse or Toy Story's Jessie, and JC's
# readings, jc and じぇーしー, are refused before this round)
_TASTE = "ようじょ|じゅくじょ|しょうじょ|ひとづま|じぇいけい|じぇけ|じぇいしい|ろりっこ"
_LIKES = "すき|だいすき|ぺろぺろ|はぁはぁ|はあはあ|くんくん|さいこう|ほしい|かいたい"
_BODY = "むね|おむね|おっぱ|ちくび|こかん|おまた|おしり|けつ|ぱんつ|ぱんてぃ"
_TOUCH = (
    "さわって|さわらせて|さわりたい|なめて|なめさせて|なめたい|もませて|もんで|もみたい|みせて|みして|"
    "みせろ|みせあお|ぺろぺろ|くんくん|すりすり|ちょうだい"
)
_SEXUAL = re.compile(
    f"(?:{_FRAME}(?:{_alternation(_SEXUAL_WORDS)}){_SEXUAL_AFTER}{_ENDING}"
    f"|ぬいて(?:あげる|あげよ|あげよう|やる|ほしい|くれ|ちょうだい|あげるね){_ENDING}"
    f"|(?:{_TASTE})(?:が|の)?(?:{_LIKES}){_ENDING}"
    f"|(?:{_BODY})(?:を|も)?(?:{_TOUCH}){_ENDING}"
    # (あそこ is also "over there": only licked, stroked or sniffed, 「あそこみせて」 passes)
    f"|あそこ(?:を)?(?:さわって|さわらせて|なめて|なめさせて|なめたい|ぺろぺろ|くんくん){_ENDING})"
)
_SEX_WORK_GO = re.compile(f"(?:{_SEX_WORK})(?:に|へ)?(?:{_GO}){_ENDING}")
# Latin abbreviations of net slang (「tntn」, 「tnk」 for ちんこ, 「mnk」), a word of their own
_LATIN_SEXUAL = re.compile(
    r"(?<![a-z])(?:tntn|tnk|tnkt|tnko|mnk|mnko|mnkt|oppai|kintama|chinge|manko)(?![a-z])"
)


def _starts(*alternations: str | tuple[str, ...] | list[str], held: bool = False) -> frozenset[str]:
    """The first two letters of every word of ``alternations`` (ー dropped unless ``held``): a
    name starting otherwise matches no construction above, each of which starts with one of
    them, and is no further read (the fast path asks every plain name)."""
    words = [w for a in alternations for w in (a.split("|") if isinstance(a, str) else a)]
    words = words if held else [w.replace("ー", "") for w in words]
    assert all(len(w) >= 2 for w in words), words
    return frozenset(w[:2] for w in words)


_FRAME_WORDS = (_ADDRESS, _SELF, "どうせ")
_INSULT_STARTS = _starts(
    *_FRAME_WORDS, _ALONE, _EMPTY_HEAD, _EMPTY_HEAD_FRAMED, _LABELS, _SMELL_FRAME, _SMELLY, "みにくい"
)
_SEXUAL_STARTS = _starts(*_FRAME_WORDS, _SEXUAL_WORDS, "ぬいて", _TASTE, _BODY, "あそこ")
_SEX_WORK_STARTS = _starts(_SEX_WORK, held=True)
_LATIN = re.compile("[A-Za-z]")


def insult_said_otherwise(key: str) -> bool:
    """One hiragana reading of the name is a put-down of this round (module doc)."""
    plain = key.replace("ー", "")
    return plain[:2] in _INSULT_STARTS and _INSULT.fullmatch(plain) is not None


def sexual_said_otherwise(key: str) -> bool:
    """One hiragana reading of the name is sexual slang of this round (module doc)."""
    plain = key.replace("ー", "")
    return (
        (plain[:2] in _SEXUAL_STARTS and _SEXUAL.fullmatch(plain) is not None)
        or (key[:2] in _SEX_WORK_STARTS and _SEX_WORK_GO.fullmatch(key) is not None)
        or (_LATIN.search(plain) is not None and _LATIN_SEXUAL.search(plain.lower()) is not None)
    )


_ANY_START = _INSULT_STARTS | _SEXUAL_STARTS | _SEX_WORK_STARTS


def plain_said_otherwise(key: str) -> bool:
    """``insult_said_otherwise`` or ``sexual_said_otherwise`` of a plain name read as hiragana
    (the fast path's: no ー, no Latin letter), in one set look-up for most names."""
    return key[:2] in _ANY_START and (insult_said_otherwise(key) or sexual_said_otherwise(key))
