"""A display name that sets when or with whom to meet, judged by its shape.

``safety.name_meeting``, ``safety.name_wants`` and ``safety.name_invites`` read the verbs of
meeting and the places an invitation is made around.  This part reads three shapes they miss
(a name with its disguises undone; the reason is ``contact``, as for every other meeting):

* ``_place_and_hour``: a place to gather and a clock hour side by side, nothing after but
  particles, 集合 or waiting (「公園に3時」, 「3じにこうえん」, 「駅前5時集合」); an hour of
  something else passes (「3時のおやつ」, 「公園で3時のおやつ」).
* ``_with_me``: the name's bearer as the one to play or talk with, proposed, wanted or asked
  (「ぼくとあそぼ」, 「わたしとはなそ」); a bare proposal names nobody and passes as written
  (「あそぼ」, round (q)), as does playing with a pet (「ねことあそぼ」).
* ``_when_asked``: a day or a time then whether one can play, meet or talk then, asked or
  looked for in people (「あしたあそべる？」, 「ほうかごあえる人」); said of oneself it passes
  (「あしたあそべる」).
* Latin: coming over, being picked up, meeting (「come over」, 「pickmeup」, 「meet me」).
* ``safety.name_when_where``: a name that is nothing but a day, an hour or a place to meet,
  two together or one with a word of meeting (「きょう えきまえ」, 「あした3じ」).
"""

from __future__ import annotations

import re

from safety.morphology import Token, tokens
from safety.name_wants import _wanted
from safety.name_when_where import sets_when_where
from safety.translation import kata2hira

_PLACE = (
    "公園|こうえん|駅前|えきまえ|駅|えき|校門|こうもん|正門|広場|ひろば|公民館|児童館|じどうかん|図書館|としょかん|"
    "こんびに|コンビニ|げーせん|ゲーセン|もーる|モール|いおん|イオン|どんき|ドンキ|ふぁみれす|ファミレス|"
    "うち|家|いえ|[ぁ-ゖ一-龥ァ-ヺ]{1,4}(?:駅|えき|公園|こうえん)"
)
_HOUR = (
    "(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|なん|何)(?:じ|時)"
    "(?:はん|半|[0-9０-９]{2}ふん|[0-9０-９]{2}分)?"
)
_AFTER = (
    "(?:に|で|へ|ね|よ|な|集合|しゅうごう|あつまり|集まり|まってる|待ってる|まちあわせ|待ち合わせ|ごろ|頃)*"
    "[!！?？〜ー~♪☆★]*"
)
_PLACE_AND_HOUR = re.compile(
    f"(?:(?:{_PLACE})(?:に|で|へ|の|前|まえ)?{_HOUR}|{_HOUR}(?:に|で|へ)(?:{_PLACE})){_AFTER}$"
)
_WHEN = (
    "あした|あす|きょう|こんど|ほうかご|どようび?|にちようび?|しゅうまつ|こんや|こんばん|よる|やすみ|なつやすみ|"
    "明日|今日|今度|放課後|土曜日?|日曜日?|週末|今夜|今晩|夜|休み|夏休み|[0-9０-９]{1,2}(?:じ|時)"
)
_CAN = "あそべ|遊べ|あえ|会え|逢え|はなせ|話せ|しゃべれ|喋れ|こられ|これ|来れ|来られ|でかけられ|出かけられ"
_WHEN_ASKED = re.compile(
    f"(?:{_WHEN})(?:は|に|の|とか|も)?(?:{_CAN})(?:る|ない|ん|へん|ひん)?"
    "(?:(?:か|かな|の)?[?？]+|(?:ひと|人|子|こ|やつ|奴)(?:いる|いない|おる|おらん|いますか)?[?？]*)[!！〜ー]*$"
)
_ME = frozenset(
    {"私", "僕", "俺", "我", "儂", "自分", "あたし", "わたし", "ぼく", "おれ", "うち", "わい", "あたい"}
)
_WITH_VERBS = frozenset({"遊ぶ", "話す", "喋る", "会う", "逢う", "はなす", "あそぶ", "お話", "話"})
_NOT_LATIN = re.compile("[^a-z]")
_A_TO_Z = re.compile("[a-z]")
_ME_KANA = re.compile("(?:わたし|あたし|ぼく|おれ|うち|わい|あたい|私|僕|俺)と")
_LATIN = re.compile(
    r"comeover|cometomy|pickmeup|pickupme|meetme|meetirl|irlmeet|comeseeme|visitme|playwithme|"
    r"talkwithme|hangoutwithme|meetup(?:pls|please|plz)"
)


def gathers(text: str) -> bool:
    """Whether ``text`` (a name with its disguises undone) sets when or with whom to meet."""
    lowered = text.lower()
    # (a name with no Latin letter has none to read: the letters left out one by one, which cost
    # a name of kana ~8,000 instructions for nothing, are not; docs/performance.md, "Round of
    # 2026-12-07 (fourth): the arrival")
    if _A_TO_Z.search(lowered) is not None and _LATIN.search(_NOT_LATIN.sub("", lowered)):
        return True
    key = kata2hira(text).replace(" ", "").replace("\u3000", "")
    # (an hour is said with じ or 時: without either the search can find nothing, and it is the
    # slowest of these on every name the fast path reads)
    if (
        (("じ" in key or "時" in key) and _PLACE_AND_HOUR.search(key))
        or _WHEN_ASKED.search(key)
        or sets_when_where(text)
    ):
        return True
    if _ME_KANA.search(key):
        asked = re.search("[?？]", text) is not None
        for written in dict.fromkeys((text, key)):
            if _with_me(
                [t for t in tokens(written) if t.pos and t.pos[0] not in ("補助記号", "空白")], asked=asked
            ):
                return True
    return False


def _with_me(words: list[Token], *, asked: bool) -> bool:
    for i, t in enumerate(words[2:], 2):
        if words[i - 1].surface != "と":
            continue
        me = words[i - 2]
        if me.normalized not in _ME and me.surface not in _ME:
            continue
        verb = t.pos[0] == "動詞" and (t.normalized in _WITH_VERBS or t.lemma in _WITH_VERBS)
        if verb and _wanted(words, i, "contact", asked=asked):
            return True
    return False
