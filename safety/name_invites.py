"""A display name that asks to meet, to talk elsewhere or to get close, by what it names.

``safety.name_meeting`` and ``safety.name_wants`` read the verbs of meeting; this part reads
the other half of an invitation, what it is made around (each a small rule over Sudachi's
words of a name with its disguises undone; its words in ``[invites]`` of ``names.toml``):

* ``place_invitation``: a place — a place's proper name (地名), a place to meet (駅, 公園,
  近く) or somewhere else than here (外, ほか, 別, アプリ) — with で/に/まで, and a verb of
  playing, talking or meeting proposed, wanted or asked for, before or after it
  (「渋谷であそぼ」, 「外で話そ」, 「あそぼーよ東京で」), also only there or only the two
  (「ふたりきりではなそ」) and talking proposed as a noun (「ないしょでおはなし」).  A place
  alone (「大阪のおばちゃん」) or a verb alone (「あそぶのすき」) is no invitation.
* ``offline_at``: オフ (an offline meeting) next to a place's proper name
  (「名古屋でオフ」, 「オフ@大阪」); オフ alone is a day off (「オフのひ」).
* ``elsewhere_medium``: another app, site or place named as where to go on
  (「べつのアプリで」, 「ほかのとこで」), or the usual one, a place two people already share
  (「いつものばしょで」, 「いつもの公園に」); 「いつものカフェラテ」 names no place.
* ``becoming_close``: becoming friends or a couple proposed or asked for (「リア友なろ」,
  「ともだちになって」), or going out (「つきあお」); said to be so already passes
  (「つきあってる」).
* ``area_people_asked``: the people of a place, an age or a school year asked for or called
  (「福岡の人おる？」, 「中2の子いない？」, 「14さいの人あつまれ」, 「大阪の人だけ」); the
  people alone are no call (「大阪のおばちゃん」).
* ``recruited``: 募 (recruiting) after a word (「友募」, 「急募」; 「応募」 and 「募金」 are not),
  or a relation and ぼ as the whole name, as children shorten 募集 (「ともぼ」, 「こいぼ」).

The reason given is ``contact``, as for every other meeting.
"""

from __future__ import annotations

import re

from safety import lexicon
from safety.morphology import Token, tokens
from safety.name_wants import _wanted
from safety.translation import kata2hira
from safety.word_search import any_pattern

_TABLE = lexicon.NAME_INVITES


def _words(key: str) -> frozenset[str]:
    """The entries of a list of ``[invites]`` as written, and each as Sudachi normalises it
    when it is one word of the dictionary (とこ is 所), since a name's words are compared so."""
    out = set()
    for w in _TABLE.get(key, ()):
        out.add(w)
        found = tokens(w)
        if len(found) == 1 and not found[0].oov:
            out.add(found[0].normalized)
    return frozenset(out)


PLACES = _words("places")
"""Places to meet and places other than here, as Sudachi normalises them."""
VERBS = _words("verbs")
"""Playing, talking and meeting, as Sudachi normalises them."""
MEDIA = _words("media")
"""Apps, sites and spots: where talk may go on."""
ELSEWHERE = _words("elsewhere")
RELATIONS = _words("relations")
"""Friends and couples one may be asked to become."""
PEOPLE = _words("people")
AREA = _words("area")
"""Words that pick people out by where they live or how old they are (近く, 同い年)."""
NEAR = _words("near")
"""``AREA`` words of being near: people picked out by one are sought (同じ市の人)."""
UNITS = _words("units")
"""Kinds of area between an ``AREA`` word and the people (同じ区の人)."""
CALLS = _words("calls")
"""Words after people that call for them (募集, 限定, だけ)."""
STRANGERS = _words("strangers")
"""People a child has no reason to want to talk with by kind alone (女の子, JK, 年上)."""
TALK_NOUNS = _words("talk_nouns")
"""Talking as a noun (お話, お喋り, 通話), proposed by ending a name after a place."""
WHEN = frozenset(lexicon.NAME_WANTS.get("when", ()))
GIFTS = _words("gifts")
"""Money and presents a stranger may offer."""
"""Words after people that call for them (募集, 限定, だけ)."""

# What must be in a name (read as hiragana, kanji kept) before it is worth analysing.  Cheap;
# the fast path of ``safety.names`` asks it too.
# (only whether one is there is asked: its alternatives regrouped by first letter, one compare a
# letter instead of ~60 tries, ``safety.word_search.any_pattern``; every plain name asks)
_STEM_WORDS = (
    "あそぼ|あそば|あそび|はなそ|はなさ|はなし|とーく|通話|つうわ|雑談|ざつだん|こえ|声|ひま|暇|べつの|ほかの|よその|しゃべ|つなが|からも|からま|でかけ|出かけ|出掛け|遊|話|喋"
    "|おふ|あぷり|さいと|なろ|なっ|なり|なれ|なら|成|つきあ|付き合|付合"
    "|いる|おる|いな|おら|いま|あげ|上げ|おご|奢|いで|あつま|集|おいで|だけ|のみ|げんてい|限定|ぼしゅう|募|ぼ$"
    "|同じ|おなじ|近く|ちかく|近所|きんじょ|近場|ちかば|同県|同郷|同中|いつもの"
)
STEMS = any_pattern((_STEM_WORDS,))
_QUESTION = re.compile("[?？]|か$|かな$|け$")
_SCHOOL_YEAR = re.compile("^[中高小][一二三四五六１-６1-6]$|^[jJ][kKcCsS]$")
_RECRUITED_KANA = re.compile(
    "^(?:" + "|".join(map(re.escape, _TABLE.get("recruited_kana", ()))) + ")ぼ(?:しゅう)?(?:ちゅう|中|です)?$"
)
_FRIENDSHIP_WISHED = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted({kata2hira(w) for w in _TABLE.get("wished", ())}, key=len)[::-1]))
    + ")になりたい(?:な|なあ|なぁ|よ|よな|です|の)?[!！。〜~…・]*"
)
_RECRUITED_KANJI = re.compile("(?<=.)募(?!金)|^募(?!金)")
_NOT_RECRUITED = re.compile("応募|公募")
# somewhere else in kana, which Sudachi cuts wrongly (「べつのあぷりで」 is べつ + の + あ + ぷり)
_ELSEWHERE_KANA = re.compile(
    "(?:べつ|ほか|よそ|いつも)の?(?:あぷり|さいと|ちゃっと|さーばー|ぐるーぷ|ばしょ)(?:で|に|へ)"
)
# becoming close in kana, which Sudachi cuts wrongly (「りあともなろ」 is り + あと + も + なろ):
# a relation read as hiragana, then 成る proposed or asked, ending the name
_CLOSE_KANA = re.compile(
    "(?:"
    + "|".join(sorted({kata2hira(tokens(w)[0].reading) for w in RELATIONS} - {"とも"}, key=len)[::-1])
    + ")(?:に|と)?(?:なろう?|なって(?:よ|ね|ほしい|ください|くれ|くれる|くれない)?"
    + "|なりたい|なりませんか|なれる)[よねかなー〜!！?？]*$"
)


def invites(text: str) -> bool:
    """Whether ``text`` (a name with its disguises undone) invites by a place, a relation or an
    area's people (see the module's rules)."""
    key = kata2hira(text)
    if not STEMS.search(key):
        return False
    if recruited(text, key):
        return True
    asked = _QUESTION.search(text) is not None
    if not asked and _FRIENDSHIP_WISHED.fullmatch(key.replace("ー", "")):
        return False  # 「ともだちになりたい」: a wish, as 「ともだちほしい」 is (``wished``)
    plain = key.replace("ー", "")
    if _CLOSE_KANA.search(plain) or _ELSEWHERE_KANA.search(plain) or GIFT_OFFERED_KANA.search(plain):
        return True
    # a name in katakana is read again in hiragana (「シブヤデアソボ」): Sudachi reads a sentence
    # in katakana as one unknown word
    for written in dict.fromkeys((text, key)):
        words = [t for t in tokens(written) if t.pos and t.pos[0] not in ("補助記号", "空白")]
        if words and (
            place_invitation(words, key, asked=asked)
            or offline_at(words)
            or elsewhere_medium(words)
            or becoming_close(words, asked=asked)
            or area_people_asked(words, asked=asked)
            or people_with(words, asked=asked)
            or voice_asked(words, asked=asked)
            or free_asked(words, asked=asked)
            or going_to_play(words, asked=asked)
            or gift_offered(words)
        ):
            return True
    return False


def _a_place_name(t: Token) -> bool:
    return t.pos[:3] == ("名詞", "固有名詞", "地名")


def _a_place(t: Token) -> bool:
    return _a_place_name(t) or t.normalized in PLACES or t.normalized in MEDIA


def _particle(t: Token) -> bool:
    return t.surface in ("で", "に", "まで", "へ")


# Sudachi cuts a proposal in kana poorly when a word is held with ー (「あそぼーよ」 is あ +
# そう + ぼー): the kana of the proposed verbs, looked for in the key as well
_PROPOSED_KANA = re.compile("あそぼ|はなそ|しゃべろ|つながろ|からも(?:う|$)|でかけよ")


def _where(words: list[Token], i: int) -> bool:
    """A place at ``i`` with a particle of where after it, or 「だけ」/「きり」 and then one
    (「ふたりきりで」, 「うちだけで」: only there, only the two)."""
    if not _a_place(words[i]):
        return False
    j = i + 1
    if j < len(words) and words[j].normalized in _ONLY:
        j += 1
    return j < len(words) and _particle(words[j])


_ONLY = frozenset({"きり", "だけ", "っきり"})


def _talk_proposed(words: list[Token], i: int, *, asked: bool) -> bool:
    """A noun of talking (``talk_nouns``) right after で, お before it or not, ending the name
    (only a sentence-final particle after: proposed as a noun, as children do,
    「ないしょでおはなし」) or done with する proposed, wanted or asked (「外でおしゃべりしよ」);
    「ひみつのおはなし」 is a story's title."""
    if words[i].normalized not in TALK_NOUNS or i == 0:
        return False
    before = words[i - 1]
    if before.normalized == "御" and i >= 2:
        before = words[i - 2]
    if before.surface != "で":
        return False
    rest = words[i + 1 :]
    if all(u.pos[:2] == ("助詞", "終助詞") for u in rest):
        return True
    return rest[0].normalized == "為る" and _wanted(words, i + 1, "contact", asked=asked)


def place_invitation(words: list[Token], key: str, *, asked: bool) -> bool:
    """A place with a particle of where, and a verb of ``VERBS`` proposed, wanted or asked,
    or a noun of talking proposed."""
    if not any(
        _where(words, i) or (_a_place_name(t) and 0 < i == len(words) - 1)  # 「遊ぼうよ東京」
        for i, t in enumerate(words)
    ):
        return False
    for i, t in enumerate(words):
        if _talk_proposed(words, i, asked=asked):
            return True
        if t.pos[0] == "動詞" and t.normalized in VERBS and _wanted(words, i, "contact", asked=asked):
            return True
        if (
            t.pos[0] == "動詞"
            and t.normalized in VERBS
            and t.pos[-1].startswith("連体形")
            and i + 1 < len(words)
            and words[i + 1].normalized in PEOPLE
            and any(_a_place_name(w) for w in words[:i])
        ):
            return True  # who does it in a named place (「東京で遊ぶ人」; 「外で遊ぶ子」 passes)
        if (
            t.normalized == "出る"
            and i > 0
            and words[i - 1].surface == "お"
            and t.pos[-1].startswith("命令形")
        ):
            return True  # 「うちにおいでよ」: come over
        if t.normalized == "通話" and i + 1 < len(words) and _wanted(words, i + 1, "contact", asked=asked):
            return True
    return _PROPOSED_KANA.search(key.replace("ー", "")) is not None


def offline_at(words: list[Token]) -> bool:
    """オフ or オフ会 within two words of a place's proper name, either side."""
    for i, t in enumerate(words):
        if t.normalized in ("オフ", "オフ会") or kata2hira(t.surface) in ("おふ", "おふかい"):
            near = words[max(0, i - 2) : i] + words[i + 1 : i + 3]
            if any(_a_place_name(w) for w in near):
                return True
    return False


def elsewhere_medium(words: list[Token]) -> bool:
    """Somewhere else (別, 他, 外) then an app, site or spot, with a particle of where after it
    or a verb: 「べつのアプリで」, 「ほかのとこで話そ」; or the usual (いつも + の) then such a
    spot or a place to meet: 「いつもの場所で」, 「いつもの駅に」 is a meeting only two know of."""
    for i, t in enumerate(words):
        usual = _the_usual(words, i)
        if t.normalized not in ELSEWHERE and not usual:
            continue
        j = i + 1
        if j < len(words) and words[j].surface == "の":
            j += 1
        if j < len(words) and (words[j].normalized in MEDIA or (usual and _a_place(words[j]))):
            rest = words[j + 1 :]
            if rest and (rest[0].surface in ("で", "に", "へ") or rest[0].pos[0] == "動詞"):
                return True
    return False


def _the_usual(words: list[Token], i: int) -> bool:
    """いつも with の after it: the usual one (「いつものとこ」)."""
    return words[i].normalized == "いつも" and i + 1 < len(words) and words[i + 1].surface == "の"


def becoming_close(words: list[Token], *, asked: bool) -> bool:
    """成る after a relation (に between or not) or 付き合う, proposed, wanted or asked."""
    for i, t in enumerate(words):
        if t.pos[0] != "動詞":
            continue
        if t.normalized == "成る":
            j = i - 1
            if j > 0 and words[j].surface in ("に", "と"):
                j -= 1
            if j < 0 or not _a_relation(words[j]):
                continue
        elif t.normalized != "付き合う":
            continue
        if _wanted(words, i, "contact", asked=asked):
            return True
    return False


def _a_relation(t: Token) -> bool:
    return t.normalized in RELATIONS or kata2hira(t.surface) in RELATIONS


def area_people_asked(words: list[Token], *, asked: bool) -> bool:
    """People (``PEOPLE``) picked out by a place, an age, a school year or ``AREA``, then
    asked for (居る asked, or said at the end), called (集まる, 来る in an order) or
    recruited (``CALLS``)."""
    for i, t in enumerate(words):
        rest = words[i + 1 :]
        if not rest:
            if (t.normalized in PEOPLE or kata2hira(t.surface) in PEOPLE) and _picked_out(
                words, i, near=True
            ):
                return True  # people near the writer, named: sought (「同じ市の人」, 「近所の子」)
            continue
        first = rest[0]
        # the call ends the name, or only endings and a call to come follow it (「大阪の人だけ
        # おいで」; 「女子だけの秘密」 is a thing, not a call)
        called = (first.normalized in CALLS or kata2hira(first.surface) in CALLS) and all(
            u.pos[0] in ("助詞", "助動詞", "感動詞") or u.normalized in _COME or u.normalized in CALLS
            for u in rest[1:]
        )
        if called and (t.normalized in STRANGERS or kata2hira(t.surface) in STRANGERS):
            return True  # strangers called need no place (「女子限定」, 「高校生だけ」)
        if t.normalized not in PEOPLE and kata2hira(t.surface) not in PEOPLE:
            continue
        if not _picked_out(words, i):
            continue
        if called:
            return True
        if (
            first.pos[0] == "動詞"
            and first.normalized in VERBS
            and _wanted(words, i + 1, "contact", asked=asked)
        ):
            return True  # the people, then playing or talking proposed (「東京の人遊ぼ」)
        if all(u.pos[0] in ("助詞", "助動詞") for u in rest) and _picked_out(words, i, near=True):
            return True  # people near the writer, named: sought (「同じ市の人」, 「近所の子」)
        if first.normalized in ("集まる", "来る") and first.pos[-1].startswith("命令形"):
            return True
        if first.normalized == "居る":
            tail = rest[1:]
            if asked or not tail or all(u.pos[:2] == ("助詞", "終助詞") for u in tail):
                return True
    return False


def people_with(words: list[Token], *, asked: bool) -> bool:
    """People picked out by a place, an age or a school year, or ``STRANGERS`` (女の子, JK,
    年上の人), then と and a verb of ``VERBS`` wanted or proposed: 「関西の人と話したい」,
    「女の子とあそびたい」 (「ねことあそびたい」, 「ともだちと話したい」 pass)."""
    for i, t in enumerate(words):
        if t.pos[0] != "動詞" or t.normalized not in VERBS or i < 2 or words[i - 1].surface != "と":
            continue
        j = i - 2
        person = words[j]
        stranger = person.normalized in STRANGERS or kata2hira(person.surface) in STRANGERS
        picked = person.normalized in PEOPLE and (_picked_out(words, j) or _older_or_younger(words, j))
        if (stranger or picked) and _wanted(words, i, "contact", asked=asked):
            return True
    return False


def _older_or_younger(words: list[Token], j: int) -> bool:
    return j >= 2 and words[j - 1].surface == "の" and words[j - 2].normalized in STRANGERS


def voice_asked(words: list[Token], *, asked: bool) -> bool:
    """声 (を) then 聞く or 聞かせる wanted or asked for: a call (「声きかせて」, 「こえききたい」)."""
    for i, t in enumerate(words):
        if t.pos[0] != "動詞" or (t.normalized not in _HEAR and t.lemma not in _HEAR):
            continue
        j = i - 1
        if j > 0 and words[j].surface == "を":
            j -= 1
        if j >= 0 and words[j].normalized == "声" and _wanted(words, i, "contact", asked=asked):
            return True
    return False


def going_to_play(words: list[Token], *, asked: bool) -> bool:
    """A verb of ``VERBS`` in its stem right before 行く or 来る proposed or asked, with no に
    between (「遊びいこ」, 「あそびきて」)."""
    for i, t in enumerate(words[:-1]):
        nxt = words[i + 1]
        if (
            t.pos[0] == "動詞"
            and t.normalized in VERBS
            and t.pos[-1].startswith("連用形")
            and nxt.normalized in ("行く", "来る")
            and _wanted(words, i + 1, "contact", asked=asked)
        ):
            return True
    return False


def gift_offered(words: list[Token]) -> bool:
    """Money or a present offered (``GIFTS`` then あげる or やる, said as what one will do or
    proposed), or treating offered (おごる said as what one will do): how a stranger draws a
    child out (「お小遣いあげる」, 「プレゼントあげるから」, 「おごるよ」); said not to happen or
    asked for it passes (「プレゼントほしい」)."""
    for i, t in enumerate(words):
        if t.pos[0] != "動詞":
            continue
        rest = words[i + 1 :]
        offered = (
            t.pos[-1].startswith(("終止形", "意志推量形")) and all(u.pos[0] == "助詞" for u in rest)
        ) or any(u.normalized == "ます" for u in rest[:1])
        if not offered:
            continue
        if t.normalized in _GIVE and i > 0 and words[i - 1].normalized in GIFTS:
            return True
        if t.normalized in _TREAT and rest:
            return True
    return False


def _kana_of(word: str) -> str:
    return kata2hira("".join(t.reading for t in tokens(word))).replace("ー", "")


# Round q: a gift offered in kana, which the analyser cuts into other words (「お|かね」 is no お金
# to it, 「ぎ|ふと」 no ギフト, 「あ|ま|ぎ|ふ」 no アマギフ): the gifts' readings of three kana or
# more (金 alone, きん or かね, is in too many names), を or not, then あげる said as what one will
# do or proposed, ending the name (「おかねあげる」, 「ぎふとあげるよ」, 「あまぎふあげます」)
_GIFT_KANA = sorted({k for g in GIFTS if len(k := _kana_of(g)) >= 3}, key=len, reverse=True)
GIFT_OFFERED_KANA = re.compile(
    f"(?:{'|'.join(map(re.escape, _GIFT_KANA))})を?あげ(?:る|よう|よっか|ます|ちゃう)(?:よ|ね|から|[!！♪☆])*$"
)


_COME = frozenset({"来る", "集まる", "出る", "御出で", "おいで"})
_GIVE = frozenset({"上げる", "遣る", "差し上げる"})
_TREAT = frozenset({"奢る", "驕る"})
_HEAR = frozenset({"聞く", "聴く", "きく"})


def free_asked(words: list[Token], *, asked: bool) -> bool:
    """A time to meet then 暇 asked (「今夜ひま？」, 「放課後ひまなひと」): who is free then."""
    for i, t in enumerate(words[1:], 1):
        if t.normalized == "暇" and words[i - 1].normalized in WHEN:
            rest = words[i + 1 :]
            if asked or (rest and rest[-1].normalized in PEOPLE):
                return True
    return False


def _picked_out(words: list[Token], i: int, *, near: bool = False) -> bool:
    """A place, an age (a number and 歳), a school year (中2, JK) or an ``AREA`` word among the
    three words before the people, with only の, な, a counter or a unit of area (``UNITS``)
    between.  ``near``: only a word of ``NEAR`` picks them out, with の before the people
    (「同じ人」 is the same person)."""
    if near and (i == 0 or words[i - 1].surface != "の"):
        return False
    for w in reversed(words[max(0, i - 5) : i]):
        if near:
            if w.normalized in NEAR:
                return True
        elif _a_place_name(w) or w.normalized in AREA or _SCHOOL_YEAR.match(w.normalized):
            return True
        if w.pos[0] == "接尾辞" and w.normalized in ("歳", "年"):
            return True
        if w.surface not in ("の", "な") and w.pos[0] != "接尾辞" and w.normalized not in UNITS:
            return False
    return False


def recruited(text: str, key: str) -> bool:
    """募 after a word or alone before one (not 応募, 公募, 募金), or a relation and ぼ as the
    whole name."""
    if "募" in text and not _NOT_RECRUITED.search(text) and _RECRUITED_KANJI.search(text):
        return True
    return _RECRUITED_KANA.match(key.replace("ー", "")) is not None
