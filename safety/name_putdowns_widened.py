"""Put-downs widened (names round m, raising): and sexual words that reviews of rounds i and j found
passing — a smell said with a sentence ending or in reversed order (「くさいぞおまえ」), きみ,
あなた or おまえら as the one spoken to, の or が between the person and the body part that
smells (「おまえのあしくさい」, 「くちがくさいやつ」), an animal said to someone (「あんたトド」),
ブサ with a word for a person, net slurs (ナマポ, 子供部屋おばさん), testicles slang, sex workers
and sex shops named alone, stroking offered, a taste for children, flat chests and shaving,
びんびん, はめる, フェラ, a breast or bottom squeezed, 「きもちよくして」 and Latin net
abbreviations (tnp, opi, prpr).

As in ``safety.name_putdowns``, each construction is one ``fullmatch`` of one hiragana reading
of the name, anchored at both ends, so the letters inside an ordinary word pass (「かめはめは」,
「フェラーリ」, 「ぶさかわねこ」, 「かたもみもみ」, 「ラブほっぺ」), and a name that starts with
none of the constructions' first two letters is not further read."""

from __future__ import annotations

import re
import unicodedata

from safety.name_putdowns import (
    _ADDRESS_NOT_THIS,
    _ALONE,
    _BARE_ENDINGS,
    _ENDING,
    _FRAMED_BY_ANY,
    _PERSON,
    _alternation,
    _starts,
)

# the one spoken to, besides round j's (きみ, あなた, and the plural ones)
_YOU = (
    "きみ|きみたち|きみら|あなた|あなたたち|おまえら|おまいら|あんたら|てめえら|てめら|きさまら|"
    "こいつら|あいつら|おめえら|おめら"
)
_ADDRESSED = f"{_ADDRESS_NOT_THIS}|{_YOU}"
_PARTICLE = "(?:は|って|も|が|の)?"
_INTENSE = "(?:まじ|まぢ|まじで|ほんと|ほんとに|めっちゃ|ちょう|まじくそ|くそ)?"
_SMELL = "くさい|くさすぎ|くさすぎる|くさすぎだろ|くっさ|くせえ|くっせ|くさいし"
# a sentence ending after the smell (「おまえくさいぞ」, 「きみってくさいね」)
_FINAL = (
    "(?:ぞ|な|ね|よ|わ|って|ってば|っての|よね|よな|わね|のね|んだよ|んだけど|じゃん|だろ|かよ|w|ww|www|草)?"
)
# a body part that smells (「おまえのあしくさい」, 「いきがくさいおとこ」)
_SMELLY_PART = "くち|いき|あし|わき|からだ|くつした|おなら|へそ|みみ|おしり|しり|けつ|あせ|つめ"

# Smell said to someone, with an ending (「てめえくさいぞ」) or reversed (「くさいなあんた」), of
# their body part (「あんたのわきくさい」), or of a body part and a person after it
# (「くちがくさいやつ」; 「あしがくさい」 alone may be said of oneself after sport, and passes).
_SMELL_SAID = re.compile(
    f"(?:{_ADDRESSED}){_PARTICLE}(?:(?:{_SMELLY_PART})(?:が|は|も)?)?{_INTENSE}(?:{_SMELL}){_FINAL}"
    f"|(?:{_SMELL})(?:ぞ|な|ね|よ|わ|よね|よな|だろ|だな|なあ|ぞお)?(?:{_ADDRESSED})(?:め)?"
    f"|(?:{_SMELLY_PART})(?:が|の)?{_INTENSE}(?:{_SMELL})(?:{_PERSON}){_FINAL}"
)
# Round j's put-downs and an animal said to きみ, あなた or おまえら (「あなたこどおば」), and an
# animal said to anyone spoken to (「てめえゴリラ」, 「きみトドだね」; 「ゴリラがすき」 passes).
_ANIMALS = "とど|ごりら|かば|ぶた|せいうち|めすごりら|ぶたごりら|ぶためす"
# さる is also 去る, "leave": 「きみがさる」, 「君が去る」 (and a role in Momotaro), so not after が
_SARU = "さる"
_PUT_DOWNS = _alternation([*_ALONE, *_FRAMED_BY_ANY])
_SAID_TO = re.compile(
    f"(?:{_YOU})(?:は|って|も|が)?(?:{_PUT_DOWNS}){_ENDING}(?:{_PERSON})?{_ENDING}"
    f"|(?:{_ADDRESSED})(?:(?:は|って|も|が)?(?:{_ANIMALS})|(?:は|って|も)?{_SARU}){_ENDING}"
)
# ブサ with a word for a person (「ぶさおとこ」, 「ブサがき」; 「ぶさかわねこ」, 「ぶさねこ」 pass),
# and net slurs for the poor, the plain and the ones living at their parents' (「ナマポ」,
# 「チー牛」, 「子供部屋おばさん」).
_NICK = "ぽこ|ぽん|ぽよ|ぷう|りん|ぴょん|ぴ|っち|まる|たろう|たろ|ぞう|きち|べえ|ぼう|ちゃま"
_SLUR = re.compile(
    f"(?:ぶさ|ぶす)(?:{_PERSON}){_ENDING}"
    f"|なまぽ{_ENDING}(?:{_PERSON}|みん|せたい|かぞく)?{_ENDING}"
    f"|ちぎゅう{_ENDING}(?:{_PERSON})?{_ENDING}"
    f"|こどもべや(?:おばさん|おじさん|おば|おじ|おばはん|おっさん|じじい|ばばあ){_ENDING}"
    f"|めすがき{_ENDING}"
    # an insult glued to a nickname's piece (「ばかぽこくん」, 「あほりんちゃん」; only those pieces:
    # 「あほげちゃん」 an ahoge, 「ぶすじまくん」 Busujima, a pet 「ぶさかわちゃん」 pass)
    f"|(?:ばか|あほ|ぶす|ぶさ|まぬけ|のろま)(?:{_NICK})(?:くん|ちゃん|たん)"
)
# gloating after another word (「ゆうとざまぁみろ」, 「おまえらざまみろ」)
_GLOATING = re.compile("[ぁ-ゖa-z]{1,10}(?:ざまあみろ|ざまぁみろ|ざまみろ)(?:w|ww|www|草|っ)?")

# Testicles slang (「タマキンぶらぶら」; 「たまきちゃん」, 「たまきんぐ」 pass).
_SEX_AFTER = (
    "(?:でかい|でか|ぶらぶら|ぶらんぶらん|みせて|みして|みせろ|さわって|なめて|すき|だいすき|"
    "して|したい|しよ|しよう|しよっか|させて|させろ|してあげる|してあげよっか|あげる|ちお|だよ)?"
)
_TESTICLES = re.compile(f"(?:たまきん|きんたま|たまたま(?=みせ|さわ|なめ)){_SEX_AFTER}{_ENDING}")
# Sex workers and sex shops named (「ヘルス嬢」, 「ふうぞくじょう」, 「らぶほてる」, 「ピンサロ」);
# read with ー dropped (ソープ reads そぷ), so only the ones no other word reads as.
_SHOP = (
    "そぷ|ふうぞく|ふぞく|へるす|ぴんさろ|でりへる|ほてへる|いめくら|おっぱぶ|そぷらんど|らぶほ|らぶほてる"
)
_SEX_SHOP = re.compile(
    f"(?:{_SHOP})(?:の)?(?:じょう|じょ|じょお|おんな|おねえさん|おねえちゃん|おねいさん|おねさん|おねちゃん)(?:{_BARE_ENDINGS}|さん|ちゃん)?"
    f"|(?:ぴんさろ|そぷらんど|らぶほ|らぶほてる|いめくら|おっぱぶ|ほてへる|ふうぞくてん)(?:{_BARE_ENDINGS})?"
)
# Stroking offered (「ぬいたげる」, 「ぬきぬきしよ」; 「ぬきあしさしあし」 passes).
_STROKE = re.compile(
    f"(?:ぬいたげ(?:る|よ|よっか|ようか)|ぬいてあげ(?:よっか|ようか|ますよ|たい|るよ|るね|るから|よか)"
    f"|ぬきぬき(?:して|しよ|しよう|しよっか|したい|してあげる|してあげよっか|させて|しない)?){_ENDING}"
)
# Flat chests, shaving, an erection, fitting in, oral sex (「ぺちゃぱいおんな」, 「ぱいぱんちゃん」,
# 「あさからびんびん」, 「はめさせて」, 「ふぇらしてあげる」; 「ぺちゃくちゃ」, 「かめはめは」,
# 「フェラーリ」, 「ビンゴ」 pass).
_BODY_SLANG = re.compile(
    f"(?:ぺちゃぱい|ぺちゃπ|ぱいぱん|ぱいぱんまん)(?:くん|ちゃん|さん|w|{_PERSON})?"
    f"|(?:あさから|あさだち|いつも|もう|ずっと|あそこ|ちんこ|ちんちん)?びんびん(?:{_PERSON}|おじさん|おじ|だよ|です|なの)?{_ENDING}"
    f"|(?:はめたい|はめさせて|はめさせろ|はめよっか|はめはめ(?:しよ|しよう|したい|しよっか|して)?|はめどり|はめまくり|なまはめ){_ENDING}"
    f"|ふぇら{_SEX_AFTER}{_ENDING}"
    # えっち shortened to えち, done with する (「えちしよ」, 「えちしたい」; 「えちご」 is a province)
    f"|えち(?:して|したい|しよ|しよう|しよっか|しましょ|させて|する|してあげる){_ENDING}"
)
# A breast or a bottom squeezed or touched (「ちちもませろ」, 「しりもみもみ」; 「かたもみもみ」,
# 「もみのき」 pass).
_PART = "ちち|しり|おしり|むね|おむね|おっぱい|ぱい|けつ"
_SQUEEZE = (
    "もませろ|もませて|もみもみ|もみもみしたい|もみもみさせて|もみたい|もむ|もんで|もんであげる|"
    "さわらせろ|さわらせて|なめさせろ|みせろ"
)
_SQUEEZED = re.compile(f"(?:{_PART})(?:を|も)?(?:{_SQUEEZE}){_ENDING}")
# 「きもちよくして」 and 「きもちいいことしよ」 (round i's review: the allow-listed きもち hid
# them; 「きもちいいかぜ」, 「きもちをこめて」 pass).
_FEEL_GOOD = re.compile(
    "(?:きもちよく(?:して|させて|させてあげる|してあげる|してあげよっか|してほしい|しよ|なろ|なろう|なりたい|なろっか)"
    "|きもちいいこと(?:しよ|しよう|したい|して|しよっか|しない|おしえて|してあげる))"
    f"(?:{_BARE_ENDINGS}|ね|よ|な)?"
)
# A taste for children (「ショタだいすき」, 「しょうがくせいだいすき」, 「ロリprpr」).  ショタ and
# ロリ only as written, ー held (the readings drop it, and 「ショータすき」 is a fan of a boy named
# Shota, 「ローリーすき」 of a Laurie).
# (a school year with さいこう is a child's pride in it, 「ちゅうがくせいさいこう」, so not with it)
_SCHOOL = "しょうがくせい|ちゅうがくせい|ようちえんじ"
_CHILD_READ = f"ようじょ|じょしょうがくせい|じょちゅうがくせい|じぇいえす|js|jc|jk|{_SCHOOL}"
_CHILD = f"しょた|ろり|じぇーえす|{_CHILD_READ}"
_LIKE = (
    "すき|だいすき|ぺろぺろ|はぁはぁ|はあはあ|くんくん|さいこう|ほしい|かいたい|たべたい|ちゅっちゅ|prpr|ぺろ"
)
_TASTE_TAIL = f"(?:が|の|ちゃん|くん)?(?:{_LIKE})(?:{_BARE_ENDINGS}|ね|よ|な|です)?"
_NOT_PRIDE = f"(?!(?:{_SCHOOL})(?:が|の|ちゃん|くん)?さいこう)"
_CHILD_TASTE = re.compile(f"{_NOT_PRIDE}(?:{_CHILD}){_TASTE_TAIL}")
_CHILD_TASTE_READ = re.compile(f"{_NOT_PRIDE}(?:{_CHILD_READ}){_TASTE_TAIL}")
# Latin net abbreviations (「tnpでかい」, 「opisuki」, 「prpr」), a word of their own or with a
# Latin word of liking after them (「topics」, 「opera」 pass).
_LATIN_SLANG = re.compile(
    r"(?<![a-z])(?:tnp|tnpn|tnpk|opi|oppi|opai|prpr)(?:suki|daisuki|dekai|deka|prpr|mite|misete|momu)+(?![a-z])"
    r"|(?<![a-z])prpr(?![a-z])"
)
# alone, tnp and opi only as written in small letters: 「OPI」 is a nail polish, 「Opi」 a
# grandfather in German, 「TNP」 initials
_LATIN_SLANG_SMALL = re.compile(r"(?<![A-Za-z])(?:tnp|tnpn|tnpk|opi|oppi|opai)(?![A-Za-z])")
_LATIN = re.compile("[A-Za-z]")

_INSULTS = (_SMELL_SAID, _SAID_TO, _SLUR)
# a listed word glued to following letters Sudachi reads as another word (「れいぷうん」)
# (not 「ちんこんか」, a requiem, 「ちんころ」 a puppy, nor 「まんこう」)
_GLUED = re.compile("(?:れいぷ|せっくす|おなにい|おなに|ちんこ(?!ん|ろ)|まんこ(?!う))[ぁ-ゖ]{1,3}")
_SEXUAL = (_GLUED, _TESTICLES, _SEX_SHOP, _STROKE, _BODY_SLANG, _SQUEEZED, _FEEL_GOOD)
_INSULT_STARTS = _starts(
    _ADDRESSED, _SMELL, _SMELLY_PART, "ぶさ|ぶす|なまぽ|ちぎゅう|こどもべや|めすがき|ばか|あほ|まぬけ|のろま"
)
_SEXUAL_STARTS = _starts(
    "たまきん|きんたま|たまたま",
    _SHOP,
    "ふうぞくてん|ぬいたげ|ぬいてあげ|ぬきぬき|ぺちゃぱい|ぺちゃπ|ぱいぱん|あさから|あさだち|いつも|もう|ずっと|あそこ|ちんこ|ちんちん|びんびん",
    "はめ|なまはめ|ふぇら|えち|きもち|れいぷ|せっくす|おなに|まんこ",
    _PART,
)
_CHILD_STARTS = _starts(_CHILD, held=True)


def insult_said_widened(key: str) -> bool:
    """One hiragana reading of the name is a put-down of this round (module doc)."""
    plain = key.replace("ー", "")
    return (plain[:2] in _INSULT_STARTS and any(p.fullmatch(plain) for p in _INSULTS)) or (
        "ざま" in plain and _GLOATING.fullmatch(plain) is not None
    )


def sexual_said_widened(key: str, *, written: bool = True) -> bool:
    """One hiragana reading of the name is sexual in a way of this round (module doc);
    ``written`` when ``key`` is the name as written (ー held), not a reading of it."""
    plain = key.replace("ー", "")
    if plain[:2] in _SEXUAL_STARTS and any(p.fullmatch(plain) for p in _SEXUAL):
        return True
    low = key.lower()
    if low[:2] in _CHILD_STARTS and (_CHILD_TASTE if written else _CHILD_TASTE_READ).fullmatch(low):
        return True

    return _LATIN.search(key) is not None and _LATIN_SLANG.search(low) is not None


def latin_slang_as_written(text: str) -> bool:
    """tnp or opi alone in small letters in the name as written (case held: the keys are
    lowered, and 「OPI」, 「Opi」, 「TNP」 are a nail polish, a grandfather and initials)."""
    # (spaces and zero-width marks out, as the views take them out: 「t n pでかい」)
    bare = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "ZC")
    return _LATIN_SLANG_SMALL.search(bare) is not None


_ANY_START = _INSULT_STARTS | _SEXUAL_STARTS | _CHILD_STARTS


def plain_said_widened(key: str) -> bool:
    """``insult_said_widened`` or ``sexual_said_widened`` of a plain name read as hiragana (the
    fast path's: no ー, no Latin letter), in one set look-up for most names."""
    return (key[:2] in _ANY_START and (insult_said_widened(key) or sexual_said_widened(key))) or (
        "ざま" in key and _GLOATING.fullmatch(key) is not None
    )
