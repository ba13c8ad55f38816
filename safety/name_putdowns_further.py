"""Put-downs and a dying verb further (names round s, the reviews' leftovers, raising; fifth
round of 2026-12-07): the kinds earlier reviews found passing on both trees and left —

* a smell of something the one spoken to owns, said with の (「おまえのくつくさい」,
  「あんたのかみくさいぞ」, 「おまえんちくさい」);
* an animal put before the one spoken to, with an ending or not (「ゴリラおまえ」,
  「トドかよあんた」), and a she-animal said as a slur alone (「めすごりら」);
* ブス / ブサ glued to a nickname's piece without くん or ちゃん (「ぶすまる」, 「ぶさぽこ」);
* a sex shop a dictionary word holds, named alone (「イメクラ」: round r passes a listed word
  inside a dictionary word, and Sudachi knows this one), パイズリ glued to a nickname
  (「ぱいずりまる」), はめる wished or asked for with an ending (「はめたいよ」, 「はめてほしい」);
* dying said after a name, with で or not (「さくらでしぬ」, 「かなこしんじゃう」).

As in ``safety.name_putdowns_widened``, each construction is one ``fullmatch`` of one hiragana reading of
the name (ー dropped), anchored at both ends, so the letters inside an ordinary word or phrase
pass (「おまえのなまえ」, 「ゴリラすき」, 「めすねこ」, 「ぶすじま」, 「ぶちまる」, 「ぱいづくり」,
「ゆびわはめたい」, 「さくらでしゅ」, 「きみのはくさい」); a name that starts with none of the
constructions' first two letters and ends with none of the dying verbs is not further read.
"""

from __future__ import annotations

import re

from safety.name_putdowns import _ENDING, _starts
from safety.name_putdowns_widened import _ADDRESSED, _ANIMALS, _FINAL, _INTENSE, _NICK, _SEX_SHOP, _SMELL

# something the one spoken to owns (two to four letters: 「きみのはくさい」 is a cabbage), or
# their home (んち), then its smell
# (not an adjective made with -くさい that is no smell, after what is owned or not:
# 「おまえのめんどくさい」 (面倒臭い), 「きみのまえてれくさい」 (照れ臭い), 「うそくさい」, 「しばいくさい」;
# review of round s)
_NOT_A_SMELL = (
    f"(?![ぁ-ゖ]{{0,3}}(?:めんどう?|てれ|うそ|しばい|えんぎ|せりふ)(?:が|は|も)?{_INTENSE}(?:{_SMELL}))"
)
_THING_SMELLS = re.compile(
    f"(?:{_ADDRESSED})(?:の{_NOT_A_SMELL}[ぁ-ゖ]{{2,4}}?|んち|んちの{_NOT_A_SMELL}[ぁ-ゖ]{{2,4}}?)(?:が|は|も)?"
    f"{_INTENSE}(?:{_SMELL}){_FINAL}"
)
# an animal before the one spoken to (「ゴリラおまえ」, 「かばだなおまえ」; 「ゴリラすき」 passes)
_ANIMAL_FIRST = re.compile(
    f"(?:{_ANIMALS})(?:だな|だね|だろ|だよ|かよ|じゃん|やな|やん|め|か)?(?:{_ADDRESSED})(?:め)?{_FINAL}"
)
# a she-animal as a slur alone (「めすごりら」, 「メスブタ」; 「めすねこ」, 「めすのいぬ」 pass)
_SHE_ANIMAL = re.compile(f"めす(?:ごりら|ぶた|とど|かば|ざる|ぶたごりら){_ENDING}")
# ブス or ブサ glued to a nickname's piece (round m reads it with くん or ちゃん after)
_UGLY_NICK = re.compile(f"(?:ぶす|ぶさ)(?:{_NICK}){_ENDING}")
_INSULTS = (_THING_SMELLS, _ANIMAL_FIRST, _SHE_ANIMAL, _UGLY_NICK)
_INSULT_STARTS = _starts(_ADDRESSED, _ANIMALS, "めす|ぶす|ぶさ")

# パイズリ glued to what follows (alone, the lists refuse it already)
_GLUED = re.compile("ぱいずり[ぁ-ゖ]{1,3}")
# はめる wished or asked for, with an ending (round m reads はめたい alone)
_FIT = re.compile(
    "(?:はめたい|はめてほしい|はめさせてほしい|はめよう|はめよ)(?:よ|な|ね|わ|ぞ|の|なあ|っ|w|ww)?"
)
_SEXUAL = (_GLUED, _FIT)
_SEXUAL_STARTS = _starts("ぱいずり|はめ")

# dying said after a name of two to six letters, with で or not (「さくらでしぬ」, 「ゆうとしんじゃう」;
# 「さくらでしゅ」, 「しぬまさん」 do not end in a dying verb)
_DYING = "しぬ|しにます|しんじゃう|しんじゃお|しんじゃいたい|しにたい|しのう|しんでやる"
_DIES_AFTER_NAME = re.compile(f"[ぁ-ゖ]{{2,6}}?(?:で)?(?:{_DYING})(?:わ|よ|ね|ぞ|っ|w|ww)?")
_DYING_TAILS = tuple(
    f"{d}{e}" for d in _DYING.split("|") for e in ("", "わ", "よ", "ね", "ぞ", "っ", "w", "ww")
)


def insult_said_further(key: str) -> bool:
    """One hiragana reading of the name is a put-down of this round (module doc)."""
    plain = key.replace("ー", "")
    return plain[:2] in _INSULT_STARTS and any(p.fullmatch(plain) for p in _INSULTS)


def sexual_said_further(key: str) -> bool:
    """One hiragana reading of the name is sexual in a way of this round (module doc)."""
    plain = key.replace("ー", "")
    return plain[:2] in _SEXUAL_STARTS and any(p.fullmatch(plain) for p in _SEXUAL)


def dies_after_a_name(key: str) -> bool:
    """One hiragana reading of the name is a name, then dying (module doc)."""
    plain = key.replace("ー", "")
    return plain.endswith(_DYING_TAILS) and _DIES_AFTER_NAME.fullmatch(plain) is not None


def sex_shop_named(key: str) -> bool:
    """The name as a hiragana key is a sex shop named alone (「いめくら」), which round r's
    dictionary words would otherwise pass as a listed word inside an ordinary noun."""
    return _SEX_SHOP.fullmatch(key.replace("ー", "")) is not None


_ANY_START = _INSULT_STARTS | _SEXUAL_STARTS


def plain_said_further(key: str) -> bool:
    """``insult_said_further`` or ``sexual_said_further`` of a plain name read as hiragana (the
    fast path's), in one set look-up for most names.  Dying after a name is not asked here: every
    dying verb of ``_DYING`` already sends a plain name the long way (the fast path's gate holds
    しぬ, しに, しん and しの; ``loadtest.name_ways`` reads both ways the same)."""
    return key[:2] in _ANY_START and (insult_said_further(key) or sexual_said_further(key))
