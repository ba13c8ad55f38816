"""A meeting proposed at a place that is not a station (names round h, third round of
2026-12-07), and a phone number read in Chinese or Korean numerals or after a phone word.

Read on a name as hiragana (kanji read, katakana as hiragana), by construction over words, not
as a list of whole names; the reason is ``contact``, as for every other meeting or number:

* ``proposes_outing``: a place children go (a mall, a library, a café, a park, a beach, a bus
  stop, a cram school, the school gate, a riverbank, under a bridge, a shrine, a cinema, a car
  park, a hotel…) with a proposal to go, play, talk or wait there ending the name
  (「モールいこうよ」, 「公園いこ」, 「カフェでおはなししよ」, 「こうえんでまつね」); a date
  proposed (「デートしよっか」, 「でーといこ」); walking home together (「いっしょにかえろ」); a
  day trip (「ひがえりでいこ」); sneaking out (「ぬけだそうよ」); being taken away
  (「つれだしてあげる」); going out, the two of us (「ふたりででかけよ」).  A place liked, told of
  or described passes (「としょかんがすき」, 「うみでおよぐ」, 「こうえんであそんだ」), as does
  going home alone (「おうちにかえろう」) and a maze escaped (「めいろをぬけだす」).
* ``foreign_number``: four or more number words in a row of Chinese read as kana (やお, りん,
  ある, さん, すー, うー, りう, ちー, ばー, じう) or of Korean (いる, いー, さむ, さー, おー,
  ゆく, ちる, ぱる, く, こん/ごん), zeros of either (れい, まる, ぜろ, おー) among them, at least
  three different and three of two letters or more, starting with a zero or やお or five words
  or more (「ヤオアルサンスー」, 「コンパルコンイル」); a word said twice (「パルパル」, 「りんりん」,
  「まるまるりんさん」), a supermarket (「すーぱーりんりん」), the cold (「こんこんさむいー」) or a
  food (「サムギョプサル」) is no number.  And a phone word (携帯, けいたい, スマホ, TEL; に after
  it a particle) with number words ending the name, three or two from a zero to a longer word
  (「けいたいれいはち」; 「スマホまるごと」, 「スマホしくしく」 pass).
"""

from __future__ import annotations

import re

from safety.contact import _ZERO_WORDS
from safety.word_search import any_word

# -- meetings -------------------------------------------------------------------------------

# places children meet at that are not a station (as hiragana, kanji as written too)
_PLACES = (
    "しょっぴんぐもーる|ふーどこーと|としょかん|としょしつ|図書館|図書室|カフェ|"
    "こうえん|公園|海|はまべ|浜辺|すなはま|ばすてい|ばす停|バス停|塾|こうもん|校門|"
    "かせんじき|河川敷|はしのした|橋の下|じんじゃ|神社|えいがかん|映画館|映画|"
    "ちゅうしゃじょう|駐車場|げーせん|カラオケ|からおけ|ぷりくら|ゆうえんち|遊園地|"
    "どうぶつえん|動物園|すいぞくかん|水族館|ふぁみれす|おまつり|祭り|はなびたいかい|花火大会"
)
# places of three letters or fewer in kana, only where a word may start: at the name's start,
# after a mark or a letter that is no hiragana, or after a particle or a word's last letter
# (「あしたうみいこ」, 「しにたいうみいこ」); inside a word they are its letters (「らいおん」 holds
# いおん, 「ゆうみ」 うみ)
_SHORT_PLACES = (
    "もーる|かふぇ|うみ|びーち|じゅく|かわら|おてら|えいが|ほてる|いおん|ぱるこ|まっく|すたば|まつり|ぷーる"
)
_START = "(?:(?<![ぁ-ゖ])|(?<=[にでへとのもはをよねがやたい]))"
# a proposal ending the name: to go, play, talk, go out, wait
_ENDS = "[ーよねかなぜさっ〜~!！?？♪☆★♡]*$"
# a negation proposes only asked (「ゲーセンいかない？」, 「いかないか」): said, it is a refusal
# (「じゅくいかない」, 「デートしない」)
_ASKED = "(?:か|(?:かな|の)?[?？])"
_GO = (
    f"い(?:こ[うーっ]?(?![うーっ]*かー*な)(?:か|っか)?|きましょ|っちゃお|(?:かない|かへん|かん|きません){_ASKED})"
    f"|あそぼ[うー]?|あそばない{_ASKED}|でかけ(?:よ[うー]?|(?:ない|ません){_ASKED})"
    f"|おはなし(?:しよ|しない{_ASKED})|はなそ[うー]?"
)
_WAIT = "まって(?:る|て|ます)?|まつ(?=[ねよぞから])|まちあわせ(?:しよ|しない)?"
_OUTING = re.compile(
    # a place, a particle at most, (together), then going or waiting proposed
    f"(?P<place>{_PLACES}|{_START}(?:{_SHORT_PLACES}))(?:の(?:まえ|前|ちかく|近く))?(?:で|に|へ|まで)?(?:いっしょに|一緒に|ふたりで|二人で)?"
    f"(?:{_GO}|(?<=で)(?:{_WAIT})){_ENDS}"
    # a date proposed
    "|(?:でーと|デート|^でと)(?:を)?"
    f"(?:しよ[うーっ]?|しましょ|いこ[うーっ]?|(?:しない|しません|いかない|する){_ASKED}){_ENDS}"
    # walking home together
    "|(?:いっしょに|一緒に|ふたりで|二人で)(?:かえ|帰)"
    f"(?:ろ[うーっ]?|りましょ|(?:らない|らへん|りません){_ASKED}){_ENDS}"
    # a day trip proposed
    f"|(?:ひがえり|日帰り)(?:で|の)?(?:りょこう|旅行|どらいぶ)?(?:いこ[うーっ]?|しよ[うーっ]?|(?:いかない|しない){_ASKED}){_ENDS}"
    # sneaking out proposed
    # (「めいろぬけだそう」, 「からをぬけだそう」 are a maze and a shell: with よ or ね, together,
    # or out of the house or the night only)
    f"|(?:いっしょに|一緒に|ふたりで|二人で|^(?:いえ|家|うち|そと|外|よる|夜)(?:を|から|に)?)"
    f"(?:ぬけだ|抜け出)(?:そ[うーっ]?|しちゃお|そっか|さない{_ASKED}){_ENDS}"
    f"|(?:ぬけだ|抜け出)(?:そ[うーっ]?|しちゃお)[よね][ー〜~!！?？♪☆★♡]*$"
    # being taken away offered
    "|(?:つれ|連れ)(?:だし|出し|さっ|去っ)(?:て|た)(?:あげ|げ|や)(?:る|よ|ま)"
    # going out, the two of us or together
    f"|(?:ふたりで|二人で|いっしょに|一緒に)(?:でかけ|出かけ)(?:よ[うーっ]?|(?:ない|ません){_ASKED}){_ENDS}"
    f"|(?:でかけ|出かけ)よ[うー]?(?:よ|ね)?(?:ふたりで|二人で|いっしょに|一緒に){_ENDS}"
)
# what must be in a name (as hiragana) before the construction is searched (one of them holds
# every construction's verb): most names hold none
_OUTING_WORDS = (
    "いこ", "いかな", "いかへ", "いかん", "いきま", "いっちゃ", "あそぼ", "あそば", "でかけ", "出かけ",
    "おはなし", "はなそ", "まって", "まつ", "まちあ", "でーと", "デート", "でと", "ひがえり", "日帰り",
    "かえろ", "かえら", "かえりま", "帰", "ぬけだ", "抜け出", "つれ", "連れ",
)  # fmt: skip
_OUTING_KEYS = any_word(_OUTING_WORDS)


# Going out in order to die, the name's only other words (「しずみにうみいこ」, 「死にに海行こう」):
# the errand, not the outing, is what the name says; 「あそびにうみいこ」 is an outing.
_DYING_ERRAND = re.compile(
    "^(?:もう|はやく|早く)?"
    "(?:しに|死に|しずみ|沈み|きえ|消え|とびこみ|飛び込み|とびおり|飛び降り|おぼれ|溺れ)に$"
)


def goes_out_to_die(key: str) -> bool:
    """Whether ``key`` proposes going out somewhere (``proposes_outing``) in order to die, sink,
    vanish, jump or drown, with nothing else before the outing: self-harm, not a meeting, so that
    the child gets the help card."""
    return _OUTING_KEYS.search(key) is not None and any(
        _DYING_ERRAND.search(key[: m.start()]) for m in _OUTING.finditer(key)
    )


def proposes_outing(key: str) -> bool:
    """Whether ``key`` (a name as hiragana, kanji read or as written) proposes to go out
    somewhere with someone, have a date, walk home together, sneak out or be taken away."""
    return _OUTING_KEYS.search(key) is not None and _OUTING.search(key) is not None


def outing_rests(key: str) -> list[str]:
    """``key`` with each proposal's place taken out, and with each whole proposal taken out
    (「きえにうみいこう」: 「きえにいこう」 and 「きえに」): what the name says besides going out."""
    rests = []
    for m in _OUTING.finditer(key):
        if m.group("place") is not None:
            rests.append(key[: m.start("place")] + key[m.end("place") :])
        rests.append(key[: m.start()] + key[m.end() :])
    return rests


# -- numbers --------------------------------------------------------------------------------

_ZEROS = (*_ZERO_WORDS, "零")  # ``safety.contact``'s zeros, and the kanji
# Chinese number words as a child writes them in kana (yāo, líng, èr, liǎng, sān, sì, wǔ, liù,
# qī, bā, jiǔ)
_CHINESE = ("やお", "いー", "りん", "ある", "りゃん", "さん", "すー", "うー", "りう", "りゅう", "りゅー",
            "ちー", "ぱー", "ばー", "じう", "ちう", "じゅう", "じゅー", *_ZEROS)  # fmt: skip
# Korean (il, i, sam, sa, o, yuk, chil, pal, gu, gong)
_KOREAN = ("いる", "いー", "さむ", "さー", "おー", "ゆく", "ちる", "ぱる", "く", "ぐ", "こん", "ごん",
           *_ZEROS)  # fmt: skip


def _run_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    word = "|".join(sorted(set(words), key=len, reverse=True))
    return re.compile(f"(?:{word})(?:[・\\-･ ]?(?:{word})){{3,}}")


_RUNS = ((_run_pattern(_CHINESE), _CHINESE), (_run_pattern(_KOREAN), _KOREAN))


def _words(run: str, words: tuple[str, ...]) -> list[str]:
    return re.findall("|".join(sorted(set(words), key=len, reverse=True)), run)


# how a phone number read out starts: a zero (Japan's and Korea's numbers), or yāo, the 1 a
# Chinese mobile number starts with, a word said only when reading digits out
_NUMBER_STARTS = frozenset((*_ZEROS, "こん", "ごん", "りん", "やお"))


def _a_number(found: list[str], run: str) -> bool:
    """Four words or more, three different, three of two letters or more; starting as a phone
    number does (not with a zero said twice: 「まるまる」, 「こんこん」; やお is no word but a
    digit's) or five words or more
    (as ``safety.contact`` reads Japanese number words); no すーぱー (a supermarket, 「すーぱー
    りんりん」), nor ending in さむいー (it is cold: 「こんこんさむいー」)."""
    return (
        len(found) >= 4
        and len(set(found)) >= 3
        and sum(len(w) > 1 for w in found) >= 3
        and ((found[0] in _NUMBER_STARTS and (found[1] != found[0] or found[0] == "やお")) or len(found) >= 5)
        and "すーぱー" not in run
        and not run.endswith("さむいー")
    )


# Japanese kana number words, digits and kanji digits (``safety.contact``'s), for after a phone word
_JAPANESE = (
    "ぜろ", "れい", "まる", "おー", "いち", "に", "さん", "よん", "し", "ご", "ろく", "なな", "しち", "はち",
    "きゅう", "きゅー", "きゅ", "く", "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九",
    *"0123456789",
)  # fmt: skip
_ANY_NUMBER_WORD = "|".join(sorted(set(_JAPANESE) | set(_CHINESE) | set(_KOREAN), key=len, reverse=True))
_PHONE_WORD = re.compile(
    "(?:けいたい|携帯|けーたい|すまほ|スマホ|(?<![a-z])tel)(?:ばんごう|番号)?(?:は|の|に|[:：・ ])?"
    f"((?:{_ANY_NUMBER_WORD})(?:[・\\-･ ]?(?:{_ANY_NUMBER_WORD}))+)[ー!！?？♪☆★♡~〜]*$"
)
_NUMBER_WORDS = (
    "やお", "りん", "ある", "りゃん", "すー", "うー", "りう", "りゅ", "ちー", "ぱー", "ばー", "じう", "ちう",
    "じゅー", "いる", "いー", "さむ", "さー", "おー", "ゆく", "ちる", "ぱる", "こん", "ごん", "けいたい",
    "携帯", "けーたい", "すまほ", "スマホ", "tel",
)  # fmt: skip
_NUMBER_KEYS = any_word(_NUMBER_WORDS)
# either's words, in one search (the name fast path asks ``proposes_contact`` of every plain name)
_ANY_KEY = any_word((*_OUTING_WORDS, *_NUMBER_WORDS))


def foreign_number(key: str) -> bool:
    """Whether ``key`` (a name as hiragana, Latin lowered) reads out a phone number in Chinese
    or Korean number words, or gives number words after a phone word."""
    return _NUMBER_KEYS.search(key) is not None and _number_read(key)


def _number_read(key: str) -> bool:
    for pattern, words in _RUNS:
        for m in pattern.finditer(key):
            if _a_number(_words(m.group(0), words), m.group(0)):
                return True
    for m in _PHONE_WORD.finditer(key):
        # (the number words end the name: 「スマホまるごと」, 「けいたいれいくん」 spell a word; three
        # of them with one longer than a letter or a digit, 「スマホしくしく」 is crying; two only
        # from a zero to a longer word: 「ぜろきゅー」, not 「まるく」)
        found = re.findall(_ANY_NUMBER_WORD, m.group(1))
        longer = [w for w in found if len(w) > 1 or w.isdigit()]
        if (len(found) >= 3 and longer) or (
            len(found) == 2 and found[0] in (*_ZEROS, "0") and (len(found[1]) > 1 or found[1].isdigit())
        ):
            return True
    return False


def proposes_contact(key: str) -> bool:
    """``proposes_outing`` or ``foreign_number``, their words looked for in one search first."""
    return _ANY_KEY.search(key) is not None and (_OUTING.search(key) is not None or _number_read(key))
