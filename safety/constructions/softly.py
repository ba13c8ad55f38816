"""Wishes said softly or sideways (round b of 2026-12-05): the end is not named, only what
would stop, what would not have been, or what others would be spared. A child asking gently
often takes the verb of dying out and leaves its frame (「生まれてこなかったら よかった」,
「ねむった まま おわりたい」, 「いなければ お金 かからないのに」).

* ``unborn_said`` (``wish``, ``high``): not being born said as what would have been good, in any
  conditional (なかったら/なければ/なきゃ/ずに + よかった/いい), also as a thought asked about
  (「〜って おもうのって へん？」, which the older ``unborn`` reading leaves as quoted), or going
  back to before birth wished (「うまれる まえに もどりたい」); not a thought denied after it;
  not someone else's birth (「弟が 生まれて こなかったら」),
  not a song, a line or a lesson quoted.
* ``undone``: the writer's being undone wished — having never been there made so
  (「さいしょから いなかった ことに なれば いい」), existing given up (「存在するの やめたい」), or
  existence named in the text and then made to have not happened (「なかった ことに したい」);
  not a blunder made to have not happened (no existence named).
* ``asleep_end``: an end while asleep, wished — sleep kept (ねむった まま, ねてる あいだに) and,
  right after it, an end, dying or vanishing in a wish or relief (「ねむった まま おわりたい」,
  「ねてる あいだに おわってたら いいな」); a thing named between (「ねてる あいだに 宿題
  おわってたら」) is the thing that ends.
* ``unmissed``: the writer gone and then forgotten or not noticed (「きえても すぐ わすれられる」,
  「しんでも だれも きづかない」); not a thing or someone else that vanishes.
* ``cost_saved`` (``burden``): the writer absent as a condition, and money, time or trouble
  then spared (「いなければ お金 かからないのに」); not someone else absent.
* ``sorry_gone`` (``burden``, note ``intent``): trouble the writer causes, apologised for or
  said not to be caused any more, and then vanishing or an end said as what the writer will do
  (「てま かけて ごめん。もう きえるよ」「これ以上 めいわく かけたくないので おわりに します」);
  `imminent` with a time word (``safety.risk``).
* ``never_waking``: waking never again said fine (「ずっと おきなくて いい」); not a lie-in
  (a day off, tomorrow, まで).
* ``wished_today``: a wish to die or vanish said in the past through a part of today (「かえりの
  でんしゃで ずっと しにたかった」): the past is the afternoon, not long ago; not with 昔, ころ, 前は.
* ``sorry_to_be`` (``burden``): the writer's being apologised for (「わたしなんかが いて ごめん」).
* ``happier_without`` (``burden``): the writer absent and others happier (「うちが いない ほうが
  たのしそう」), as the older ``burden`` reads it with らく.
* ``self_gone``: the writer or everything wished to be no more, said with なくなる
  (「じぶんごと なくなって ほしい」).
* ``urge_to_cut`` (``self_harm``, ``high``): an urge to cut with nothing named to cut
  (「きりたい しょうどう」「きりたくて たまらない」); 「かみ きりたい」 names the hair.

A laugh, a song, a story or a lesson in the text keeps each out. Each rule starts from a kana
fragment it cannot do without: texts without it cost a substring test."""

from __future__ import annotations

import re

from safety.constructions.words import Hit, _Ctx, _names_other

# lessons and songs the word class ``media`` does not hold, as kana (the class has 歌詞, 曲, セリフ)
_QUOTED_WORK = re.compile(r"じゅぎょう|こくご|きょうかしょ|せりふ|ぼかろ|かしで|かしに")


def _plain(c: _Ctx) -> str:
    return c.kana.replace(" ", "").replace("　", "")


def _kept_out(c: _Ctx) -> bool:
    """A laugh, or a song or a story anywhere in the text: a line about them."""
    return c.first("laugh") is not None or c.near("media")


def _whole(c: _Ctx, note: str, construction: str = "wish", category: str = "ideation") -> list[Hit]:
    return [Hit(construction, category, "high", c.words[0].start, c.words[-1].end, note)]


def _other_at(c: _Ctx, keys: frozenset[str]) -> bool:
    """Someone or something other than the writer before the first word with ``keys`` in its
    clause (「兄ちゃんが いなかったら」「けしゴムで 消えても」): they, not the writer, are gone."""
    words = c.words
    for i in [i for i in c.where_keys(keys) if words[i].pos == "動詞"][:1]:
        if _names_other(c, i):
            return True
        for q in range(c.lo[i], i):
            w = words[q]
            if w.pos not in ("名詞", "代名詞") or w.conj == "副詞可能" or c.at("self", q):
                continue
            if q + 1 < i and words[q + 1].keys & _SUBJECT_OR_MEANS:
                return True  # 「兄ちゃんが」「けしゴムで」; not 「さいしょから」
    return False


_SUBJECT_OR_MEANS = frozenset({"が", "は", "も", "で", "って", "とか"})


_UNBORN = re.compile(
    r"うまれ(?:て)?(?:こ|き(?:て)?)?(?:なかったら|なければ|なきゃ|なけりゃ|んかったら|へんかったら|ずに)"
    r"(?:[^。]{0,3})(?:よかった|いい|ましだった|すんだ)"
    r"|うまれる(?:まえ|前)(?:に|へ|で|の)?(?:もどり|もどれ|かえり|かえれ|とまり|とまって)"
    r"(?:たい|たかった|たら|ればいい)"
)
_BORN = frozenset({"生まれる", "うまれる", "産まれる"})


# the thought denied after it (「〜なんて おもわない」「〜なんて、そんな こと ない」): no wish
_DENIED_AFTER = re.compile(
    r"^[^。]{0,8}(?:おもわない|おもってない|おもったことない|おもったことはない|じゃない|いわないで|ことない|ことはない)"
)


def _unborn(c: _Ctx, kana: str) -> list[Hit]:
    m = _UNBORN.search(kana) if "うまれ" in kana else None
    if m is None or _DENIED_AFTER.search(kana[m.end() :]) or _other_at(c, _BORN):
        return []
    if _QUOTED_WORK.search(kana):
        return []  # a line of a lesson or a song: 「国語で『うまれなければ…』っていう せりふ」
    return _whole(c, "unborn_said")


_UNDONE = re.compile(
    r"(?:いなかった|うまれなかった|そんざいしなかった|いなかったって)こと(?:に|へ)"
    r"(?:なれ|なって|なら|なる|し|でき)[^。]{0,4}(?:ばいい|たらいい|たい|てほしい|ないかな|いいのに)"
    r"|そんざい(?:する|してる|しているの|してるの|するの)?(?:の|こと)?(?:を|が)?(?:もう)?"
    r"(?:やめ|おわり|おえ)(?:たい|たら|られ|ちゃい)"
)
_UNDONE_EXISTENCE = re.compile(
    r"(?:そんざい|うまれてきたこと|うまれたこと)[^。]{0,16}。?[^。]{0,6}なかったことに(?:し|なれ|なって)(?:たい|ちゃい|てほしい)"
)


def _undone(c: _Ctx, kana: str) -> list[Hit]:
    if "こと" not in kana and "そんざい" not in kana:
        return []
    if not (_UNDONE.search(kana) or _UNDONE_EXISTENCE.search(kana)):
        return []
    if _other_at(c, frozenset({"居る", "いる", "存在", "そんざい"})):
        return []
    return _whole(c, "undone")


_ASLEEP_END = re.compile(
    r"(?:ねむった|ねた|ねてる|ねむってる|ねている|ねむっている)(?:まま|あいだに|うちに)(?:もう|ずっと|そのまま|しずかに)?"
    r"(?:おわり|おわって|おわれ|おわっ|しに|しね|しんで|しんじゃ|きえ|いなくな|とまって|とまっ)"
    r"(?:たい|たら|ても|ればいい|てたらいい|てたら|ちゃいたい|ちゃえ|ていたい|ったら|れたら|ちゃ)"
)


def _asleep_end(c: _Ctx, kana: str) -> list[Hit]:
    if "ね" not in kana or not _ASLEEP_END.search(kana):
        return []
    return _whole(c, "asleep_end")


_UNMISSED = re.compile(
    r"(?:きえ|しん|いなくなっ|いなくなって)(?:ても|でも|てても|たって|だって|たとしても|だとしても)[^。]{0,14}"
    r"(?:わすれられ|わすれさられ|きづかれない|きづかれへん|だれもきづかない|だれもきにしない|だれもこまらない"
    r"|だれもなかない|(?:なにも|なんも)かわ(?:らない|らん|んない|らへん))"
)
_GONE = frozenset({"消える", "きえる", "死ぬ", "しぬ", "居る", "いる", "なる"})


def _unmissed(c: _Ctx, kana: str) -> list[Hit]:
    if "ても" not in kana and "でも" not in kana and "たって" not in kana and "だって" not in kana:
        return []
    if not _UNMISSED.search(kana) or _other_at(c, _GONE):
        return []
    return _whole(c, "unmissed")


_COST_SAVED = re.compile(
    r"(?:いなければ|いなかったら|いなきゃ|いなけりゃ|いなくなれば|いなくなったら|しねば|しんだら|きえたら|きえれば)"
    r"[^。]{0,10}(?:かからない|かからなかった|かからん|かからへん|かかんない|うく|すむ|すんだ|へる|らくになる|たすかる)"
)
_SPENT = re.compile(
    r"おかね|かね|てま|じかん|しょくひ|がくひ|じゅくだい|びょういんだい|ひよう|めいわく|くろう"
)
_ABSENT = frozenset({"居る", "いる", "死ぬ", "しぬ", "消える", "きえる"})


def _cost_saved(c: _Ctx, kana: str) -> list[Hit]:
    m = _COST_SAVED.search(kana) if "ば" in kana or "たら" in kana or "きゃ" in kana else None
    if m is None or not _SPENT.search(m.group()) or _other_at(c, _ABSENT):
        return []
    return _whole(c, "cost_saved", "burden")


_TROUBLE = re.compile(
    r"(?:めいわく|てま|じゃま|しんぱい|めんどう|ふたん|おかね)(?:を|ばっかり|ばかり|ばっか)?"
    r"(?:かけ|かけさせ)(?:て|させて)?(?:ばっか|ばかり|ばっかり)?(?:で)?(?:ごめん|すみません|もうしわけ)"
    r"|(?:めいわく|てま|ふたん|しんぱい)(?:を)?(?:かけ|かけさせ)(?:たくない|ないように|ないため)"
)
_GO_NOW = re.compile(
    r"(?:もう|これで|そろそろ|きょうで|こんやで|いまから)?"
    r"(?:きえる|きえます|いなくなる|いなくなります|しぬ|しにます|おわりにする|おわりにします|おしまいにする"
    r"|おしまいにします)(?:よ|ね|から|わ|ので)?(?:。|$|、)"
)


def _sorry_gone(c: _Ctx, kana: str) -> list[Hit]:
    if "かけ" not in kana:
        return []
    m = _TROUBLE.search(kana)
    if m is None or c.first("laugh") is not None or "?" in kana:
        return []
    if not _GO_NOW.search(kana, m.end()):
        return []
    return _whole(c, "intent", "burden")


_URGE_TO_CUT = re.compile(
    r"きりたい(?:しょうどう|きもち|よっきゅう|よく)|きりたくて(?:たまらない|しかたない|しょうがない)"
)
_CUT = frozenset({"切る", "きる", "斬る"})
# the writer's own skin named is no thing cut (「てくび きりたくて たまらない」); hair and nails are
_CUT_BODY = frozenset({"手首", "てくび", "腕", "うで", "太もも", "ふともも", "肌", "はだ", "体", "からだ"})
_CUT_BODY_KANA = ("てくび", "うで", "ふともも", "はだ", "からだ")


def _urge_to_cut(c: _Ctx, kana: str) -> list[Hit]:
    m = _URGE_TO_CUT.search(kana) if "きりたい" in kana or "きりたくて" in kana else None
    if m is None:
        return []
    words = c.words
    cuts = c.where_keys(_CUT)
    if not cuts:
        # 「てくびきり」 is read as 手首 + きり (only): what comes before it in the kana says
        before = kana[: m.start()].removesuffix("を").removesuffix("また").removesuffix("もう")
        bare = not before or before[-1] in "、。?! "
        if bare or before.endswith(_CUT_BODY_KANA):
            return _whole(c, "urge_to_cut", "self_harm", "self_harm")
        return []
    for i in cuts:
        named = any(
            words[q].pos in ("名詞", "代名詞")
            and not c.at("self", q)
            and not words[q].keys & (_CUT_BODY | {"衝動"})
            for q in range(c.lo[i], i)
        )
        if not named:
            return _whole(c, "urge_to_cut", "self_harm", "self_harm")
    return []


_NEVER_WAKING = re.compile(
    r"(?:ずっと|にどと|えいえんに)(?:おき|めざめ|めがさめ)"
    r"(?:なくていい|なくてもいい|なければいい|なかったらいい|ないのがいい|ないほうがいい|ないってのがいい)"
    r"|(?:にどと|えいえんに)(?:おき|めざめ|めがさめ)(?:たくない|たくねえ|たくねー)"
)
_LIE_IN = re.compile(r"あした|あす|まで|やすみ|にちよう|どよう|しゅうまつ|れんきゅう|ひるね|ねぼう")


def _never_waking(c: _Ctx, kana: str) -> list[Hit]:
    if "おき" not in kana and "めざめ" not in kana and "めがさめ" not in kana:
        return []
    if not _NEVER_WAKING.search(kana) or _LIE_IN.search(kana):
        return []
    return _whole(c, "never_waking")


_WISHED_THROUGH = re.compile(r"ずっと(?:しに|きえ|いなくなり|きえてしまい|しんでしまい)たかった")
_TODAY = re.compile(r"きょう|さっき|かえり|ほうかご|けさ|いちにちじゅう|じゅぎょうちゅう")
_LONG_AGO = re.compile(r"むかし|まえは|ころ|ねんまえ|しょうがく|ちいさいとき|あのとき|ときは")


def _wished_today(c: _Ctx, kana: str) -> list[Hit]:
    if "たかった" not in kana or not _WISHED_THROUGH.search(kana):
        return []
    if not _TODAY.search(kana) or _LONG_AGO.search(kana):
        return []
    return _whole(c, "wished_today")


_SELF = r"(?:わたし|あたし|ぼく|おれ|うち|じぶん|わい)"
_SORRY_TO_BE = re.compile(
    _SELF + r"(?:なんか|なんて|みたいなの)?(?:が|も)?(?:いて|いきてて|いきてきて|うまれてきて|そんざいして)"
    r"(?:ごめん|すみません|すいません|もうしわけ)"
    r"|(?:ごめん|すみません|すいません)(?:ね|な|なさい)?、?"
    + _SELF
    + r"(?:なんか|なんて|みたいなの)?(?:が|も)?(?:いて|いきてて|うまれてきて|そんざいして)(?:$|。|、|て)"
)


def _sorry_to_be(c: _Ctx, kana: str) -> list[Hit]:
    if (
        "ごめん" not in kana
        and "すみません" not in kana
        and "すいません" not in kana
        and "もうしわけ" not in kana
    ):
        return []
    if not _SORRY_TO_BE.search(kana):
        return []
    return _whole(c, "sorry_to_be", "burden")


_HAPPIER_WITHOUT = re.compile(
    _SELF + r"(?:が|は)?(?:いない|いなくなった|きえた|しんだ)(?:ほう|かた)が[^。]{0,8}"
    r"(?:たのし|しあわせ|へいわ|うまくいく|なかよく|えがお|もりあが)"
)


def _happier_without(c: _Ctx, kana: str) -> list[Hit]:
    if "いない" not in kana and "いなくな" not in kana and "きえた" not in kana and "しんだ" not in kana:
        return []
    if not _HAPPIER_WITHOUT.search(kana):
        return []
    return _whole(c, "happier_without", "burden")


_SELF_GONE = re.compile(
    r"(?:" + _SELF + r"(?:なんて|なんか)?(?:ごと|まで|も|が|は|って|のそんざい)?|なにも|なんも)"
    r"(?:なくなり|なくなって|なくなれ|なくなっちゃい|なくなっちゃえ)(?:たい|ほしい|ばいい|たらいい|たらな|ちゃいたい)"
)


def _self_gone(c: _Ctx, kana: str) -> list[Hit]:
    if "なくな" not in kana or not _SELF_GONE.search(kana):
        return []
    return _whole(c, "self_gone")


def softly(c: _Ctx) -> list[Hit]:
    if not c.words:
        return []
    kana = _plain(c)
    if _kept_out(c):
        return []
    return [
        *_unborn(c, kana),
        *_undone(c, kana),
        *_asleep_end(c, kana),
        *_unmissed(c, kana),
        *_cost_saved(c, kana),
        *_sorry_gone(c, kana),
        *_urge_to_cut(c, kana),
        *_never_waking(c, kana),
        *_wished_today(c, kana),
        *_sorry_to_be(c, kana),
        *_happier_without(c, kana),
        *_self_gone(c, kana),
    ]
