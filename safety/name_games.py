"""An online game proposed to be played together (names round u): a game's name as children
shorten it, then a word of playing with someone in it (「マイクラやろ」, 「フォトナでフレンド」,
「えぺいっしょに」, 「モンストマルチしよ」, 「すぷらふれ」, 「ろぶろのさば」).

Such a name asks the reader to meet in the game, where its chat, voice and friend list are a
way to the child that the site does not see, as an app's name with an id is
(「APEXやろ」 was refused by the lists already; the games children name most are kana
abbreviations no list held).  The game alone, liked or one's own passes (「マイクラ」,
「すぷらすき」, 「ぽけもんだいすき」, 「まいくらのいえ」), and so does a word that only shares the
letters (「えぺ」 ends no other word here: the game is read only at a word's start, a particle
or the name's start before it).
"""

from __future__ import annotations

import re

# games played online with others, as children write them (shortened first), in hiragana
GAMES = (
    "まいくら",
    "まいんくらふと",
    "ふぉとな",
    "ふぉーとないと",
    "えぺ",
    "えーぺっくす",
    "すぷら",
    "すぷらとぅーん",
    "ぷりこね",
    "もんすと",
    "ぱずどら",
    "ぶろすた",
    "ろぶろ",
    "ろぶろっくす",
    "あもあす",
    "あまんぐあす",
    "ばろらんと",
    "ゔぁろらんと",
    "ぱぶじー",
    "ぷぶじー",
    "げんしん",
    "あつもり",
    "すまぶら",
    "ぷろせか",
    "ぽけごー",
    "ぽけもんごー",
    "minecraft",
    "fortnite",
    "valorant",
    "roblox",
    "splatoon",
)
# playing with someone: proposed (やろ, しよ, あそぼ), a friend or a party asked for (ふれんど,
# ふれ ending the name, まるち, ぱーてぃ, くらん), a server or a voice call in it (さば, ぼいちゃ,
# つうわ), or coming into it (きて, おいで); 「いっしょに」 before any of them or ending the name
_TOGETHER = (
    "(?:で|の|を|も|は|いっしょに|で?いっしょに|ふたりで|とか)?"
    "(?:やろ|やりましょ|やらない|やらん[?？]|やれるひと|やるひと|しよ|しない[?？]|あそぼ|あそばない"
    "|ふれんど|ふれ$|ふれになろ|ふれぼ|まるち|ぱーてぃ|くらん|さば|ぼいちゃ|つうわ|きて|おいで|いっしょ(?:に)?$)"
)
_GAME_WORDS = "|".join(sorted(GAMES, key=len, reverse=True))
# the game at the name's start or after a particle or a space: 「ゆいのすぷら」 is not 「ゆいのす|ぷら」
_PLAYED_TOGETHER = re.compile(f"(?:^|(?<=[のとでもは ]))(?:{_GAME_WORDS}){_TOGETHER}", re.IGNORECASE)


def plays_together(key: str) -> bool:
    """Whether ``key`` (a name read as hiragana) proposes playing an online game together."""
    return _PLAYED_TOGETHER.search(key) is not None
