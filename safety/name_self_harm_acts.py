"""Self-harm said in the words it is done with (names round d, second round of 2026-12-07), each
kind one small construction read on the name's hiragana reading (kanji read by Sudachi, katakana
as hiragana), anchored where the kind needs the writer as the one it is done to.

* hurting oneself: じぶん (with を, の or のこと, or の and a part of the body) and a verb of
  hitting, kicking or tormenting wished at once (「じぶんをなぐりたい」, 「自分を痛めつけたい」);
  not comforting, praising, liking, changing or pushing oneself (「じぶんをなぐさめたい」,
  「じぶんをたたえたい」, 「じぶんをいじめたい」 of training: round c's ordinary name), nor a
  drum or a ball (no じぶん), nor a wish denied (たくない);
* the neck strangled or the head beaten against a wall, wished or asked for, the name opening
  with it or the writer's (「くびしめたい」, 「じぶんのくびしめて」, 「かべにあたまぶつけたい」);
  not a tie or a belt (「ねくたいしめたい」), a bump told as past (「あたまぶつけた」), nor a wish
  denied;
* vanishing or throwing oneself away wished (蒸発, 失踪, 身投げ), the name opening with it, with
  soon or at last before it, or the writer's (「じょうはつしたい」, 「もうしっそうしたい」,
  「ぼくはみなげしたい」); not water evaporating nor any of them told (「みずじょうはつする」,
  「じょうはつする」: the review of round y);
* sinking: water (sea, river, lake, pond, their bottom) and しずむ wished (「うみにしずみたい」,
  「うみにしずめてほしい」); not a futon or a sofa, a sunset (「うみにしずむゆうひ」), a negation;
* run over: a vehicle and ひかれ or はねられ wished, also in dialect (「バイクにはねられたい」,
  「バスにひかれてえ」); not drawn to one (「バイクにひかれて」, no wish), not riding;
* better gone in dialect, said of oneself at the name's start (「いないほうがええ」,
  「ぼくおらんほうがまし」); not of ghosts, bugs or homework (something named before it);
* eyes never to open again: never, no more or for ever before eyes not opened, for ever before
  eyes closed
  (「にどとめをあけたくない」, 「もうめざめたくない」, 「えいえんにめをとじたい」), waking wished
  away (「めがさめなければいい」, 「めがさめませんように」); not sleepy eyes (「めがあかない」,
  「まだめをあけたくない」, 「ずっとめをあけたくない」, 「もうめをとじたい」, 「ゆめさめたくない」);
* needed by no one: nobody's need or want of the writer (「だれにもひつようない」,
  「だれもひつようとしない」), the writer not needed or an unwanted child, said at the name's start
  (「ぼくはひつようない」, 「わたしはいらないこ」); not 「だれにもまけない」, 「いらないこはいない」,
  「わしはいらんのじゃ」 (nothing after いらん);
* the writer's own death day: I, me or oneself and の before めいにち at the start, or today or
  tomorrow said to be it (「わたしのめいにち」, 「あしたがめいにち」, 「めいにちはあした」); not a
  grandparent's (「おじいちゃんのめいにち」), not Mei's Sunday (「めいのにちようび」)."""

from __future__ import annotations

import re

from safety.word_search import any_word

# the writer: I, me, oneself (as children write them)
_I = "(?:ぼく|わたし|わたくし|うち|おれ|あたし|じぶん|わし|おいら|あたい)"
# たい wishing, not the first kana of a noun of two kana or more after the verb (たいやき,
# たいせつ, たいよう: 「ばすにひかれたいやき」, 「うみにしずみたいせつ」) nor a past said of a dog
# ending the name (「…ひかれたいぬ」); 〜たいこ stays a wish (the child who wants to)
_WISH_ENDINGS = "たい(?!く|やき|せつ|よう|いく|ふう|かい|へん|そう|けつ|ぬ$|わん|りょく)|てえ|てぇ|てー|たか"
_WISHED = "(?:" + _WISH_ENDINGS + ")"

_HURT_ONESELF = (
    "じぶん(?:を|のこと(?:を)?)?(?:ぶん|おもいっきり|おもいきり)?"
    "(?:なぐり|たたき|いためつけ|けり|けとばし|ぶち|かきむしり)"
    # (not つねり: pinched to be sure a dream is real, review 2026-12-07)
    "(?:" + _WISH_ENDINGS + "|てやりたい|てほしい)"
    # a part of the body only with hitting hard or torturing (a face slapped awake, hands clapped
    # and shoulders tapped are not: 「じぶんのかおをたたきたい」, 「じぶんのてをたたきたい」)
    "|じぶんの(?:かお|あたま|からだ|うで)(?:を)?(?:ぶん)?(?:なぐり|いためつけ)(?:" + _WISH_ENDINGS + ")"
)
# the neck or the throat strangled, the head beaten against a wall, wished or asked for (round u)
_STRANGLED = (
    "(?:^|" + _I + "の)(?:くび|のど)(?:を)?(?:しめ|しめつけ|しめあげ)"
    "(?:" + _WISH_ENDINGS + "|てほしい|てください|てくれ|て(?:よ|や|ー|〜)*$|ちゃいたい)"
    "|(?:^|" + _I + "の)(?:かべに)?あたま(?:を)?(?:かべに)?(?:ぶつけ|うちつけ)"
    # (not a bump told and its pain run together: 「あたまぶつけたいたい」 is ぶつけた + いたい)
    "(?:" + _WISH_ENDINGS + "|まくりたい)(?!たい)"
)
# vanishing wished (round u); only the wish: water evaporates (「みずじょうはつする」)
_VANISHED = (
    "(?:^(?:もう|はやく|いますぐ|いっそ)?|^" + _I + "(?:は|も|が)?)(?:じょうはつ|しっそう|みなげ)"
    "し(?:" + _WISH_ENDINGS + "|たがり|ちゃいたい|てしまいたい)"
)
# water at the name's start, or after the writer (review, 2026-12-07: 「ねこのうみにしずみたい」,
# 「推しの沼に沈みたい」, 「ゆうひがうみにしずみたい」 are a sea of cats, a fandom and the sun)
_WATER = "^(?:" + _I + "(?:は|が|も)?)?(?:ふかい)?(?:うみ|かわ|みずうみ|いけ|ぬま|たき)(?:のそこ)?に"
_SINK = (
    _WATER + "(?:しずみ" + _WISHED + "|しずんで(?:いたい|しまいたい|たい)|しずめて(?:ほしい|ください|くれ))"
)
_VEHICLE = (
    "(?:くるま|でんしゃ|とらっく|ばす|きしゃ|しんかんせん|ばいく|おーとばい|たくしー|だんぷ|じてんしゃ"
    "|とれーらー|れっしゃ|じどうしゃ|くるまさん)"
)
_RUN_OVER = (
    _VEHICLE + "に(?:ひかれ|はねられ)(?:" + _WISH_ENDINGS + "|てしまいたい|ちゃいたい|たらいい|たらええ)"
)
_GONE_BETTER = (
    "^(?:" + _I + "(?:は|が|なんか|なんて|って)?)?"
    "(?:いない|おらん|おらへん|いーひん|いいひん|おらない|いなくなった|おらんくなった)ほうが"
    "(?:ええ|えぇ|いい|よか|よかばい|ましや?|いいんや|ええんや|いいねん|ええねん)"
)
_EYES_NEVER = (
    "(?:にどと|もう|えいえんに)め(?:を|が)?"
    "(?:あけたくない|あけたく(?:ねえ|ねぇ)|さめたくない|ざめたくない|さめんで"
    "|さめなくていい|ざめなくていい|さめませんように|ざめませんように)"
    # closed for ever (not 「もうめをとじたい」: sleepy at bedtime)
    "|(?:にどと|えいえんに|ずっと)め(?:を)?(?:とじたい|とじていたい|とじてたい)"
    # waking wished away, the eyes the name's first word or after no more, never, for ever (review
    # 2026-12-07: a dream, ゆめ, or a princess, ひめ, not waking is a wish to dream on)
    "|(?:^|もう|にどと|えいえんに)めが?さめ(?:なければ|なきゃ|なけりゃ|んければ)(?:いい|ええ|よか)"
    "|(?:^|もう|にどと|えいえんに)めが?さめませんように|(?:もう|にどと)めざめ(?:ませんように|なくていい)"
)
_NEEDED_BY_NONE = (
    "^(?:だれにも|だれからも)"
    "(?:ひつようと(?:されない|されてない|されん|しない|してない)|ひつようない|ひつようじゃない|いらない|いらん)"
    "(?:[こ子よねの]|にんげん|やつ|そんざい)?$"
    # (not 「だれもいらない」: needing no one)
    "|^(?:だれも|だーれも)(?:ひつようと(?:しない|してない|してくれない))(?:[こ子よねの]|にんげん|やつ|そんざい)?$"
    "|^" + _I + "(?:は|って|なんか|なんて)?"
    "(?:(?:ひつようない|ひつようじゃない)[よねのー]*$|いらない(?:こ(?!と)|子|にんげん|やつ|そんざい)|いらん(?:こ(?!と|しい)|子|にんげん|やつ))"
    # (not いらんこしい: a busybody in Kansai speech, review 2026-12-07)
    "|^ひつようない(?:にんげん|こ|子|そんざい)$"
)
# (not うち: 「うちのめいにち」 is the family's memorial day; not today or tomorrow with は, a
# grandparent's memorial day told, 「きょうはめいにち」 — review 2026-12-07)
_I_NOT_HOME = "(?:ぼく|わたし|わたくし|おれ|あたし|じぶん|わし|おいら|あたい)"
_DEATH_DAY = (
    "^" + _I_NOT_HOME + "の(?:めいにち(?![ゃゅょ]|よう)|命日)"
    "|^(?:あした|あす|きょう|こんど|らいしゅう)が(?:" + _I + "の)?めいにち(?![ゃゅょ]|よう)"
    "|^(?:あした|あす|きょう|こんど|らいしゅう)は" + _I_NOT_HOME + "のめいにち(?![ゃゅょ]|よう)"
    "|^めいにち(?:は|が)(?:あした|あす|きょう)"
)

ROUND_D = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            _HURT_ONESELF,
            _STRANGLED,
            _VANISHED,
            _SINK,
            _RUN_OVER,
            _GONE_BETTER,
            _EYES_NEVER,
            _NEEDED_BY_NONE,
            _DEATH_DAY,
        )
    )
)
"""Every construction of the round, searched in a hiragana reading of the name."""

# Words each construction holds, one at least (a superset of ``ROUND_D``, for plain kana): the
# names' fast path looks for them with its other words in one search, and a reading is searched
# with ``ROUND_D`` only when one is there (a few words cost less than the alternation).
KEYS = (
    "じぶん",  # hurting oneself
    "くびしめ",  # strangled
    "くびをしめ",
    "のどしめ",
    "のどをしめ",
    "ぶつけ",  # the head beaten
    "うちつけ",
    "じょうはつし",  # vanishing wished
    "しっそうし",
    "みなげし",
    "しずみ",  # sinking
    "しずん",
    "しずめ",
    "ひかれ",  # run over
    "はねられ",
    "ほうがええ",  # better gone
    "ほうがえぇ",
    "ほうがいい",
    "ほうがよか",
    "ほうがまし",
    "あけたく",  # eyes never opened
    "さめたく",
    "ざめたく",
    "さめんで",
    "さめなく",
    "ざめなく",
    "さめませ",
    "ざめませ",
    "さめなけ",
    "さめなき",
    "さめんけ",
    "とじたい",
    "とじてい",
    "とじてた",
    "ひつよう",  # needed by no one
    "いらな",
    "いらん",
    "めいにち",  # one's death day
    "命日",
)
_KEYS = any_word(KEYS)


def harms_oneself_said(key: str) -> bool:
    """Whether the hiragana reading ``key`` says one of the round's kinds of self-harm."""
    return _KEYS.search(key) is not None and ROUND_D.search(key) is not None
