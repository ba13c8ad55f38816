"""A display name that says when and where to meet, judged by its shape.

A name is shown to everyone in the nook, so a name made of a day or an hour and a place where
people meet is a meeting set up between children (「きょう えきまえ」, 「あした3じ」,
「放課後 校門」, 「ekimae 3ji」) even with no verb in it, which ``safety.name_meeting`` and
``safety.name_gathering`` need.  The name, read as hiragana with Latin letters and digits
kept and everything else out, must be *nothing but* such a setting-up:

* a day or an hour and a place where people meet, either way round (「土曜 駅前」,
  「東口 5時」, 「kyou konbini」);
* a day and an hour (「あした3じ」, 「明日15時」);
* a day, an hour or a place with a word of meeting or waiting (「放課後あおう」,
  「3じしゅうごう」, 「改札で待つ」);
* a numbered exit with a particle or a station (「2番出口で」, 「駅の3番出口」).

Any particles and endings may follow (で, に, ね, よ); nothing else may stand before or after,
so a word that only holds one of these pieces passes (「とうきょうえき」, 「あさひ」, 「3時のおやつ」,
「北口さん」, 「8番出口」, a game's name), and so does a place with no when (「公園のハト」).
A bare day before の and a place is a picture, not a time (「よるのこうえん」).
"""

from __future__ import annotations

import functools
import re

from safety.translation import kata2hira

_DAY = (
    "きょう|今日|kyou|kyoo|kyo|あした|あす|明日|ashita|asu|あさって|明後日|asatte|こんや|今夜|konya|"
    "こんばん|今晩|konban|いまから|今から|imakara|ほうかご|放課後|houkago|hokago|しゅうまつ|週末|"
    "shuumatsu|shumatsu|どにち|土日|donichi|ゆうがた|夕方|yuugata|yugata|あさ|朝|asa|よる|夜|yoru|"
    "ひる|昼|hiru|らいしゅう|来週|raishuu|raishu|こんど|今度|kondo|ごご|午後|gogo|ごぜん|午前|gozen|"
    "(?:げつ|か|すい|もく|きん|ど|にち)よう(?:び)?|[月火水木金土日]曜(?:日)?|"
    "(?:getsu|ka|sui|moku|kin|do|nichi)you(?:bi)?"
)
_DIGITS = "[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
_HOUR = (
    f"(?:{_DIGITS})(?:じ|時|ji)(?:はん|半|han|[0-9]{{1,2}}(?:ふん|ぷん|分|fun|pun))?"
    # a clock time, its colon kept or taken out by the undisguising (「17:00」, 「1530」)
    "|(?:[01]?[0-9]|2[0-3]):?[0-5][0-9]"
)
_PARTICLE = "の|に|は|から|まで|ごろ|頃|で|へ|de|ni|no|wa|e|made|kara"
# A day or an hour, one after another (「あした3じ」, 「土曜の夜」); の joins times only, so a day
# before の and a place is a picture, not a time (「よるのこうえん」).
_UNIT = f"(?:{_DAY}|{_HOUR})"
_JOIN = "に|は|から|ごろ|頃|ni|wa|kara|goro"
_WHEN = f"{_UNIT}(?:(?:{_JOIN}|の|no)?{_UNIT})*(?:{_JOIN})?"
_NUMBERED_EXIT = "[a-z]?[0-9]{1,2}(?:番|ばん|ban)?(?:出口|でぐち|deguchi|口|ぐち)"
_SPOT = (
    "駅前|えきまえ|ekimae|駅|えき|eki|公園|こうえん|kouen|koen|校門|こうもん|koumon|正門|せいもん|"
    "seimon|改札|かいさつ|kaisatsu|出口|でぐち|deguchi|"
    "(?:東|西|南|北|中央)口|(?:ひがし|にし|みなみ|きた|ちゅうおう)ぐち|(?:higashi|nishi|minami|kita|chuuou)guchi|"
    "こんびに|konbini|conveni|combini|ろーそん|lawson|せぶん(?:いれぶん)?|seven|ふぁみま|famima|"
    "広場|ひろば|hiroba|図書館|としょかん|toshokan|児童館|じどうかん|もーる|いおん|aeon|げーせん|"
    "ばすてい|ばす停|basutei|(?:学校|がっこう|gakkou|gakko)の?(?:門|もん|mon|前|まえ|mae)|"
    "[一-龥]{1,3}(?:駅|公園|口)"
)
_PLACE = (
    f"(?:(?:{_SPOT})(?:の|no)?(?:前|まえ|mae)?(?:の|no)?(?:{_NUMBERED_EXIT})?|{_NUMBERED_EXIT})"
    f"(?:{_PARTICLE})?"
)
_MEET = (
    "集合|しゅうごう|shuugou|shugou|shugo|待ち合わせ|まちあわせ|machiawase|"
    "まって(?:る|ます|て|ね)?|待って(?:る|ます|て|ね)?|まつ|待つ|matsu|matteru|"
    "あお[うー]?|会お[うー]?|aou|ao|あえる|会える|aeru|あいたい|会いたい|aitai|"
    "あそぼ[うー]?|遊ぼ[うー]?|asobo|asobou|きて|来て|kite|おいで|oide"
)
_PEOPLE = "ひと|人|hito|こ|子|ko"
_ENDING = f"(?:{_PARTICLE}|ね|よ|な|ぜ|か|かな|ne|yo|na|ka|{_PEOPLE})*"
# ー and small っ are read out of the name and the words alike: a name stretches and slips them
# in anywhere (「ローーソーンー前」, 「あっさっって」).
_SETS_UP = re.compile(
    (
        f"(?:{_WHEN})(?:{_PLACE})(?:{_MEET})?{_ENDING}"
        f"|(?:{_PLACE})(?:{_MEET})?(?:{_WHEN}){_ENDING}"
        f"|(?:{_DAY})(?:に|は|ni|wa|の|no)?(?:{_HOUR}){_ENDING}"
        f"|(?:{_WHEN}|{_PLACE})(?:{_MEET}){_ENDING}"
        f"|(?:{_MEET})(?:{_PARTICLE})?(?:{_WHEN}|{_PLACE}){_ENDING}"
        # a numbered exit at a station or with a particle: alone it is a game's name (「8番出口」)
        f"|(?:{_SPOT})(?:の|no)?(?:{_NUMBERED_EXIT}){_ENDING}"
        f"|(?:{_NUMBERED_EXIT})(?:で|に|de|ni){_ENDING}"
    )
    .replace("ー", "")
    .replace("っ", "")
)
# Everything but letters, digits, kana and kanji goes: spaces, decorations, marks, ー and っ
# (the colon of a clock time stays).
_NOT_READ = re.compile(r"[^0-9a-z:ぁ-ゕゖ一-龥々]|っ")


def _first_two(*lists: str) -> frozenset[str]:
    """The first two letters of every word the shapes can start with, as the key is read (no ー,
    no っ): the literal words of the lists, and the words their groups start with."""
    out = set()
    for words in lists:
        for word in words.replace("ー", "").replace("っ", "").split("|"):
            word = word.lstrip("(?:")
            if len(word) >= 2 and not re.search(r"[\\\[\](){}?*+]", word[:2]):
                out.add(word[:2])
    return frozenset(out)


# A name is matched only when it starts with a digit or a kanji (「3じ」, a place's own name
# before 駅), a Latin letter and a digit (an exit, 「b2」), or the first two letters of a word
# of the lists: most names are not matched at all (the match tries every word of every shape).
_FIRST_TWO = _first_two(
    _DAY,
    _SPOT,
    _MEET,
    "げつ|かよ|すい|もく|きん|どよ|にち|getsu|kayou|sui|moku|kin|doyou|nichi",
    "ひがし|にし|みなみ|きた|ちゅうおう|higashi|nishi|minami|kita|chuuou|がこう|gakkou|gakko",
)
_STARTS = re.compile("[0-9一-龥]|[a-z][0-9]")


# (cached: one name's check asks it of the same spelling more than once — the undisguised
# name is usually also the first of its readings)
@functools.lru_cache(maxsize=1024)
def sets_when_where(text: str) -> bool:
    """Whether ``text`` (a name, disguises undone or as typed) is nothing but a day, an hour
    or a place where people meet, two of them together or one with a word of meeting."""
    key = _NOT_READ.sub("", kata2hira(text.lower()))
    if len(key) < 3 or (key[:2] not in _FIRST_TWO and not _STARTS.match(key)):
        return False
    return _SETS_UP.fullmatch(key) is not None
