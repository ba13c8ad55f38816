"""A wish for death said as somewhere or something else (names round g, third round of
2026-12-07), each kind one small construction read on the name's hiragana reading (kanji read by
Sudachi, katakana as hiragana), as ``safety.name_self_harm_acts`` reads its kinds.

* heaven, the other world, the next life wished gone to (「はやくてんごくいきたい」,
  「はやくあのよへ」, 「らいせにいきたい」), the next life hoped for (「らいせにきたい」); not a taste
  like heaven, a game of heaven and hell, a bus bound for heaven (「てんごくいきのバス」),
  「あのよるのこと」, 「らいせんせい」;
* reborn wished (「てんせいしたい」, 「転生したいな」: Sudachi reads 転生 as てんしょう); not an
  isekai title (「てんせいしたらスライム」, 「いせかいてんせいしたい」);
* the Sanzu river, anywhere in the name (「さんずのかわわたりたい」, 「三途の川」);
* becoming foam, a star, a ghost, ash, dust or smoke wished, the wish ending the name, or
  vanishing as one of them or as wind; the thing the name's first word or after the writer, soon,
  burnt or the sea's or the night sky's (「うみのあわになりたい」, 「ゆうれいになりたい」,
  「ちりになってきえたい」); not an actor (「はいゆうになりたい」), a star of the stage
  (「スターになりたい」), 「かぜになりたい」 (a song; round c's ordinary name), running like the wind
  (「かぜになってはしる」);
* a life's expiry date: the writer's, life's or one's own (「いのちのしょうみきげん」,
  「ぼくはしょうみきげんぎれ」); not food's, not a mood (「わたしのきげん」, 「ごきげんよう」);
* a last night: the name's whole (「さいごのよる」, 「きょうがさいごのよる」, 「こんやがさいご」); not
  the last night of the holidays or of a camp, nor a last night with more said of it
  (「さいごのよるはカレー」);
* a will: the writer's, or one written, left or got ready (「わたしのいしょ」, 「いしょかきおわった」,
  「ゆいごんかいた」, 「みんなへのいしょ」); not costumes (いしょう), food and shelter (いしょく),
  a game of wills (「ゆいごんごっこ」);
* a grave entered, slept in, or the writer's own (「おはかにはいりたい」, 「わたしのおはか」); not a
  pet's, not visiting graves, not a professor or a scale (「わたしのはかせ」, 「ぼくのはかり」);
* oneself or one's life uninstalled, deleted, erased or reset (「じぶんをさくじょしたい」,
  「じんせいアンインストール」); not an app, a game's data, homework or an eraser (「じぶんのけしごむ」),
  not 「うちけしたい」 (打ち消したい);
* melting away, the writer the one melting (「とけてなくなりたい」, 「とけてしまいたい」); not ice
  or snow melting, a riddle solved (「なぞがとけたい」);
* the last episode or last page of one's life or oneself (「じんせいさいしゅうかい」,
  「わたしのさいごのページ」); not an anime's or a manga's;
* an invitation to die or vanish together (「いっしょにきえよう」, 「いっしょにあのよへ」,
  「いっしょにしんでくれる」), しんじゅう proposed; not doing one's best, laughing or singing
  together."""

from __future__ import annotations

import re

from safety.name_self_harm_acts import _I, _WISHED
from safety.word_search import any_word

# soon, at last, already, rather: said before a wish for death
_SOON = "(?:はやく|はよ|もう|いっそ|いっそのこと|しんで|しねば)"
# the writer at the name's start (not うち inside おうち: anchored)
_WRITER = "^(?:" + _SOON + ")?" + _I + "(?:は|も|が|って)?"

_HEAVEN_PLACE = "(?:てんごく|あのよ|あのせかい|らいせ)"
_HEAVEN = (
    f"(?:^(?:{_SOON})?|^{_I}(?:は|も|が)?(?:{_SOON})?|いっしょに){_HEAVEN_PLACE}(?:に|へ|で|には|では)?"
    f"(?:(?:いき|ゆき|かえり|ねむり|やりなおし){_WISHED}"
    "|いけ(?:たら|れば|ますように|るかな|るといい)|いく(?:ね|よ|から|の|ー)*$|いこ(?:う|か|よ|ー)*$"
    "|いきます|いっていい|つれてって|つれていって|むかえにきて)"
    # the next life hoped for, or done better in (「らいせにきたい」, 「らいせでがんばる」)
    "|らいせ(?:に|で|では|には)?(?:がんば|きたい|かけ|やりなお|しあわせに)"
    # the place said last, gone to (「はやくあのよへ」, 「てんごくにいきます」)
    f"|^(?:{_SOON})?{_HEAVEN_PLACE}(?:へ|に)[ー〜!！。]*$"
)
# (Sudachi reads 転生 as てんしょう; the name as written is searched too)
# only the writer's own rebirth, with nothing before it but "soon" or the writer: 「ねこにてんせい
# したい」 and 「いせかいにてんせいしたい」 are an anime's wish (the review of 2026-12-07)
_REBORN = f"^(?:{_SOON})?(?:{_I}(?:は|も|が)?)?(?:てんせい|てんしょう|転生)し(?:たい|てえ|てぇ|てー|たか)"
_SANZU = "さんずのかわ(?!い)|さんずがわ(?:$|を|に|へ|で|わた)"

# foam, a star, a ghost, ash, dust, smoke, nothing, bones; wind only vanished as (round c keeps
# 「かぜになりたい」, a song, as ordinary).  Nothing (無, む) and bones are what is left of no one
# (「むになりたい」, 「ほねになりたい」); the name opens with them, so 「ゆめになりたい」 holds no む.
_THING = "(?:あわ|ほし|おほしさま|ゆうれい|はい|ちり|ほこり|けむり|む|ほね)"
_THING_VANISHED = "(?:あわ|ほし|おほしさま|ゆうれい|はい|かぜ|ちり|ほこり|けむり)"
# (the wish ends the name: 「ほしになりたいアイドル」, 「あわになりたいせっけん」 are more)
_END = "(?:な|なあ|なぁ|なー|よ|ね|の|です|[ー〜!！。…・]|\\.)*$"
_BECOME = (
    f"(?:^(?:{_SOON})?|{_WRITER}|^(?:うみ|よぞら|そら)の|^(?:もえて|やかれて|もやされて))"
    f"(?:{_THING}に(?:なり{_WISHED}|なれたら|なれますように|なっちゃいたい|なってしまいたい){_END}"
    f"|{_THING_VANISHED}になって(?:きえ(?:たい|ちゃいたい|てしまいたい|てえ|てぇ|たか|よう|ます|る(?:ね|よ|の|[ー〜!！。…])*$)|しまいたい|なくなりたい|ちりたい))"
)
_EXPIRY = (
    f"(?:{_WRITER}|いのち|じんせい)(?:の|は|も|が)?(?:しょうみきげん|しょうひきげん|ゆうこうきげん)(?:きれ|ぎれ|がきた|がきれた|がすぎた)?(?:た)?{_END}"
    "|(?:いのち|じんせい)の?きげん(?:きれ|ぎれ|が)"
)
_NIGHT_END = "(?:です|だ|かも|にする|にします|[よねなー〜!！。…]*)$"
_LAST_NIGHT = (
    f"^(?:(?:きょう|こんや|こよい)(?:が|は|で)|{_I}の)?さいごのよる{_NIGHT_END}"
    f"|^(?:こんや|こよい)(?:が|で)さいご{_NIGHT_END}"
)
_WILL_WORD = "(?:いしょ(?![うくゅ])|ゆいごん)"
_WILL = (
    f"^{_I}の{_WILL_WORD}"
    f"|(?:みんな|かぞく|おかあさん|おとうさん|まま|ぱぱ|ともだち|せかい)への{_WILL_WORD}"
    # (at the name's start or after the writer: 「ゆいしょ」 is a lineage)
    f"|(?:^|{_WRITER}){_WILL_WORD}"
    "(?:を|は|も)?(?:かい|かき|かく|かけ|のこし|のこす|かんせい|できた|じゅんび|ようい)"
)
# a grave named first (after "soon" or the writer at most), or anywhere with a wish to be in it;
# not 「うちのおはか」, the family's grave (the review of 2026-12-07)
_GRAVE_FIRST = f"(?:^(?:{_SOON})?(?:お)?はか|^{_I}(?:は|も|が)?(?:お)?はか)(?:に|へ|で)"
_GRAVE = (
    f"{_GRAVE_FIRST}(?:はいり|うまり|ねむり){_WISHED}"
    f"|{_GRAVE_FIRST}(?:うめて|はいれたら|ねむれたら)"
    f"|(?:おはか|^はか|のはか)(?:に|へ|で)(?:はいり|うまり|ねむり){_WISHED}"
    f"|^(?!うち){_I}の(?:お)?はか(?:[よねだー〜!！。]*$|です|に|へ|を)"
)
_DELETED = (
    # oneself named first (after "soon" at most): 「ゲームのじぶんをさくじょ」 is a game's save
    f"(?:{_WRITER}|^(?:{_SOON})?(?:じぶん|じんせい|いのち|そんざい))"
    "(?:(?:を|の|ごと|のこと|のことを)?(?:(?:あんいんすと(?:ー)?る|さくじょ|でりー?と|りせっと|しょうきょ)"
    f"(?:し(?:たい|てえ|たか|て(?:ほしい|くれ|くださ)?)|されたい|する|します)?{_END}"
    "|(?:あんいんすと|さくじょ|でりー?と)し(?:たい|てほしい|てくれ))"
    # erased only with を or ごと (「うちけしたい」 is 打ち消したい)
    "|(?:を|ごと|のことを)けし(?:たい|ちゃいたい|てほしい|てくれ|てください|さりたい|さって|とばしたい))"
)
# melting only with a wish to vanish (「とけてきえるゆきだるま」 is snow)
_MELT = (
    f"^(?:{_SOON})?(?:{_I}(?:は|も|が)?)?とけて"
    "(?:きえ(?:たい|ちゃいたい|てしまいたい|てえ|てぇ|たか|ちゃえ)"
    "|なくなりたい|なくなれたら|なくなりてえ|しまいたい|しまいてえ|しまいてぇ|しまえたら|しまえ$)"
)
_LAST_PAGE = (
    f"(?:じんせい|いのち|^{_I})の?"
    "(?:さいしゅうかい|さいしゅうわ|さいしゅうしょう|さいごのぺー?じ|えんどろー?る|ふぃなー?れ|らすとしー?ん)"
    f"{_END}"
)
_TOGETHER = (
    "いっしょに(?:"
    "(?:しのう|しのー|しのお|しの|しのっか|しのか|しにましょ|しにませ|きえよう|きえよ|きえない|きえませ|きえましょ"
    "|おわろう|おわろ|おわりにしよ|とびおりよ|とびこもう|とびこも|いなくなろ|いなくならない)(?:か|よ|ね|[ー〜!！?？。…])*$"
    "|しんで(?:くれ|ほしい|ください|くださ|よ|$)|しにたい|しにいこ|しにいかない|きえて(?:くれ|ほしい|$)|きえたい"
    "|(?:てんごく|あのよ(?![るぞう])|らいせ(?!ん)|さんず)|(?:ほし|あわ|ゆうれい)にな)"
    "|しんじゅう(?:しよ|しない|しませ|したい|あいて|ぼしゅう)"
)

ROUND_G = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            _HEAVEN,
            _REBORN,
            _SANZU,
            _BECOME,
            _EXPIRY,
            _LAST_NIGHT,
            _WILL,
            _GRAVE,
            _DELETED,
            _MELT,
            _LAST_PAGE,
            _TOGETHER,
        )
    )
)
"""Every construction of the round, searched in a hiragana reading of the name."""

# Words each construction holds, one at least (a superset of ``ROUND_G``): the names' fast path
# looks for them with its other words in one search (``safety.names._FAST_PATH_GATE``), and a
# reading is searched with ``ROUND_G`` only when one is there.
KEYS = (
    "てんごく",  # heaven, the other world, the next life
    "あのよ",
    "あのせかい",
    "らいせ",
    "てんせいし",  # reborn
    "てんしょうし",
    "転生",
    "さんず",  # the Sanzu river
    "あわに",  # becoming foam, a star, a ghost, ash, wind, dust, smoke
    "ほしに",
    "さまに",
    "ゆうれいに",
    "はいに",
    "かぜに",
    "ちりに",
    "ほこりに",
    "けむりに",
    "むに",
    "ほねに",
    "きげん",  # expiry
    "さいごのよる",  # a last night
    "こんやが",
    "こんやで",
    "こよいが",
    "こよいで",
    "いしょ",  # a will
    "ゆいごん",
    "はか",  # a grave
    "あんいん",  # deleted
    "さくじょ",
    "でりーと",
    "でりと",
    "りせっと",
    "しょうきょ",
    "けし",
    "とけて",  # melting
    "さいしゅう",  # the last page
    "さいごのぺ",
    "えんどろ",
    "ふぃなーれ",
    "ふぃなれ",
    "らすとしーん",
    "らすとしん",
    "いっしょに",  # together
    "しんじゅう",
)
_KEYS = any_word(KEYS)


def death_said_otherwise(key: str) -> bool:
    """Whether the hiragana reading ``key`` says a wish for death as one of the round's places or
    things."""
    return _KEYS.search(key) is not None and ROUND_G.search(key) is not None
