"""An online game's own ways to the player asked for (names round u): a game's name as children
shorten it, then a friend, a match played together, a server, a party, a voice call or coming
into it (「フォトナでフレンド」, 「モンストマルチしよ」, 「すぷらふれ」, 「ろぶろのさば」,
「あつもりきて」, 「えぺでぼいちゃ」).

The game's friend list, chat and voice are a way to the child that the site does not see, as an
app's name with an id is; the games children name most are kana abbreviations no list held.
Playing it proposed, no more, passes (「マイクラであそぼ」, 「マイクラやろ」: a game is no place,
as the meeting rules' review decided), and so do the game alone, liked or one's own
(「マイクラ」, 「すぷらすき」, 「まいくらのいえ」) and a word that only shares the letters (the
game is read only at the name's start or after a particle: 「ゆいのすぷら」, 「すぷらっしゅ」).
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
# a friend or a party asked for (ふれんど, ふれ ending the name, まるち, ぱーてぃ, くらん), a
# server or a voice call in it (さば, ぼいちゃ, つうわ), or coming into it (きて, おいで)
_TOGETHER = (
    "(?:で|の|を|も|は|いっしょに|で?いっしょに|ふたりで|とか)?"
    "(?:ふれんど|ふれ$|ふれになろ|ふれぼ|まるち|ぱーてぃ|くらん|さば|ぼいちゃ|つうわ|きて|おいで)"
)
_GAME_WORDS = "|".join(sorted(GAMES, key=len, reverse=True))
# the game at the name's start or after a particle or a space: 「ゆいのすぷら」 is not 「ゆいのす|ぷら」
_PLAYED_TOGETHER = re.compile(f"(?:^|(?<=[のとでもは ]))(?:{_GAME_WORDS}){_TOGETHER}", re.IGNORECASE)


def plays_together(key: str) -> bool:
    """Whether ``key`` (a name read as hiragana) asks for an online game's friend, match, server,
    party, voice call or coming into it."""
    return _PLAYED_TOGETHER.search(key) is not None
