"""A display name that says leaving life by a picture of it, judged by its words.

``safety.name_wants`` reads a verb of dying wanted, proposed or asked for; children also name
themselves with the softer pictures Japanese uses for death, where no verb of dying is written
(each a small rule over Sudachi's words of a name with its disguises undone):

* ``_becomes_a_star``: becoming a star (「星になりたい」, 「おほしさまになる」); a star in the
  loanword is fame and passes (「スターになりたい」), as does a star one sees (「ほしぞらみたい」).
* ``_becomes_unseen``: becoming transparent, wanted or as what one will do (「とうめいになりたい」);
  a power one can have passes (「透明になれるマント」), as does 「透明人間」.
* ``_returns_above``: going back to the sky, heaven or the earth (「空にかえりたい」, 「天にかえる」);
  going home passes (「うちにかえりたい」).
* ``_the_other_world``: the other world gone to, also in kana, where Sudachi reads あのよ as
  あの + よ (「あのよにいきたい」).
* ``_life_left``: life or this world and a word of leaving a game or a group
  (「人生ログアウト」, 「この世からログアウト」, 「人生リタイア」); 「人生ゲーム」 is a board game.
* ``_not_needed``: tomorrow, the future or one's life not needed (「明日いらない」,
  「みらいいらん」); 「明日の宿題いらない」 is about homework and passes.
* ``_gone_tomorrow``: tomorrow, and the bearer not there (「明日いない人」, 「あしたにはもういない」);
  told as past it passes (「明日いなかった」).
* ``_better_gone``: better not being here, or dead (「いないほうがいい」, 「しんだほうがまし」).
* ``_sleeps_on``: staying asleep for good (「ねむったままでいい」, 「眠ったままでいたい」) and a
  goodnight for ever (「えいえんのおやすみ」); 「おやすみなさい」 and 「ねたままでいい」 (lying in bed)
  pass.
* ``_never_wakes``: waking not wanted any more or ever again (「もうおきたくない」,
  「二度と目覚めたくない」); not wanting to get up in the morning is tiredness and passes
  (「あさおきたくない」).
* ``_not_looked_for``: asking not to be looked for, nothing named to look for
  (「さがさないでね」, 「探さないでください」): what a note left before going says;
  「ねこさがさないで」 passes.
* ``_ends_it_all``: everything ended, or an end with nothing named to end, said as what one
  will do (「ぜんぶおわりにする」, 「もうおわりにする」; wanted it is ``safety.name_wants``'s;
  「しゅくだいおわりにする」 passes).
* ``_jumps_from_a_drop``: a track or a drop jumped into or from (「線路にとびこむ」); water one
  jumps into for fun passes (「うみにとびこむ」, 「プールにとびこむ」).
* ``_cuts_a_wrist``: the wrist or the arm cut, in kana too (「てくびきる子」; since round y also
  with きり read as the particle, 「てくびきりたい」, and うで Sudachi reads as う + で,
  ``_wrist_cut_in_kana``: 「うできりたい」; 「こうできる」 passes).
* ``_not_here`` (round y): here, anywhere or the world not wanted to be in (「ここにいたくない」,
  「どこにもいたくない」); 「がっこうにいたくない」 and 「ここにいたい」 pass.
* Kana Sudachi cuts wrongly: a goodbye said to life or the world (「このよにばいばい」,
  「ばいばいじんせい」).
* Latin: a wish to vanish or a goodbye to the world in English (「wanna vanish」, 「byebyeworld」).

Said not to happen, each passes (「星になりたくない」, 「空にかえらない」).  The reason is
``self_harm``; the refusal shows a warm word and the hotline, not a scolding.
"""

from __future__ import annotations

import re

from safety.morphology import Token, tokens
from safety.translation import hira2kata, kata2hira

# a name that holds none of these (kana or kanji, checked on the name read as hiragana) has
# none of the pictures below: most names are answered by this one search
_KEYS = re.compile(
    "星|ほし|透明|とうめい|このよ|空|そら|天|てん|土|つち|あのよ|あの世|人生|じんせい|世|せかい|明日|あした|あす|未来|みらい|"
    "命|いのち|将来|ほうがいい|方がいい|方が良い|ほうがまし|方がまし|眠|ねむ|おやすみ|お休み|"
    "おわり|終わり|終り|線路|せんろ|踏切|ふみきり|屋上|おくじょう|崖|がけ|ほーむ|ホーム|びる|ビル|"
    "手首|てくび|足首|あしくび|腕|うで|起き|おき|目覚|めざめ|目ざめ|探さ|さがさ|いたく|居たく|"
    "しにばしょ|しにぎわ|しにざま|しにどき|しにしょうぞく|そんざいしたく|存在したく"
)
_LATIN_KEYS = re.compile(
    r"(?:wanna|want(?:to|2)|iwant|gonna|letme)(?:vanish|disappear|dissapear|begone|fadeaway)"
    r"|(?:good)?bye(?:bye)?(?:the)?world|farewellworld"
)
# the pictures as plain kana names write them: a name of plain kana takes the fast path
# (``safety.names._plainly_ordinary``) unless this finds one
_KANA_PICTURES = re.compile(
    "(?:ほし(?:さま)?[にへ]|とうめいに)な[りるろっ]|(?:そら|てん|つち)[にへ](?:かえ|もど)|あのよ|"
    "(?:あした|あす|みらい|いのち)(?:は|も|とか|なんか)?いら[なんね]|あした(?:に)?[はも]?(?:もう)?いな[いく]|(?:ほう|方)が(?:いい|まし)|"
    "(?:このよ|せかい|じんせい)(?:に|へ|から|よ)?(?:ばいばい|さよなら)|(?:ばいばい|さよなら)(?:このよ|せかい|じんせい)|"
    "ねむったまま|(?:えいえん|とわ)[のに]?(?:おやすみ|ねむり)|おわりに[しす]|"
    "(?:せんろ|ふみきり|おくじょう|がけ|ほーむ|びる)(?:に|から|へ)とび|(?:てくび|あしくび|うで)を?き[るりろっ]|"
    "(?:もう|にどと|ずっと|えいえんに|いっしょう)(?:おき|めざめ)たく|さがさない|"
    # round y: here or anywhere not wanted to be (「ここにいたくない」)
    "(?:ここ|どこ|せかい|ちきゅう)に[もは]?(?:もう)?いたく|"
    # a noun made with 死に in kana (「しにばしょ」), existing not wanted (「そんざいしたくない」)
    "しに(?:ばしょ|ぎわ|ざま|どき|しょうぞく)|そんざいしたく"
)
# a goodbye said to life or the world, either way round, in the kana Sudachi cuts wrongly
# (「このよにばいばい」, 「ばいばいじんせい」); 「ばいばいまたね」 says it to a friend
_WORLD_KANA = "(?:この世|このよ|せかい|世界|じんせい|人生)"
_GOODBYE_WORD = "(?:ばいばい|さよなら|さようなら)"
_GOODBYE_KANA = re.compile(f"{_WORLD_KANA}(?:に|へ|から|よ)?{_GOODBYE_WORD}|{_GOODBYE_WORD}{_WORLD_KANA}")
_NOT = frozenset({"ない", "無い", "ぬ", "ず", "へん", "ひん", "ん"})
_STAR = frozenset({"星", "御星様", "星様"})
_ABOVE = frozenset({"空", "天", "土", "天国", "御空", "お空", "大空", "星", "そら", "おそら", "てんごく"})
_RETURN = frozenset({"帰る", "還る", "かえる", "戻る"})
_LIFE = frozenset({"人生", "此の世", "この世", "世界", "現世", "浮世"})
_LEAVE = frozenset({"ログアウト", "リタイア", "退場", "引退", "強制終了", "退会", "脱退", "卒業", "離脱"})
_NEEDED_NOT = frozenset({"明日", "未来", "命", "生命", "将来", "人生"})
_GONE = frozenset({"居る", "消える", "死ぬ", "居なくなる", "いなくなる"})
_FOREVER = frozenset({"永遠", "永久", "とわ", "永久に"})
_GOODNIGHT = frozenset({"おやすみ", "お休み", "御休み", "眠り"})
_EVERYTHING = frozenset({"全部", "全て", "何もかも", "何も彼も", "皆"})
_DROPS = frozenset({"線路", "踏切", "踏み切り", "ホーム", "屋上", "崖", "ビル", "電車", "高層"})
# as Sudachi may read them in kana (ふみきり as the verb 踏み切る)
_DROPS_KANA = frozenset({"ふみきり", "せんろ", "おくじょう", "がけ", "ほーむ", "びる"})
_JUMP = frozenset({"飛び込む", "飛び降りる", "飛ぶ"})
_WRIST = frozenset({"手首", "腕", "足首"})  # (足首 since round y: 「あしくびきりたい」)
# round y: a place one would not be in any more, said of being at all (「ここにいたくない」,
# 「どこにもいたくない」, 「せかいにいたくない」); 「がっこうにいたくない」 is about school and passes
_NEE = frozenset({"ねえ", "ねー", "ねぇ"})  # ない said roughly, read by Sudachi as ね (「いたくねえ」)
_HERE = frozenset({"此処", "何処", "どこ", "世界", "地球", "此の世", "この世"})


_A_TO_Z = re.compile("[a-z]")


def leaving_reason(text: str) -> str | None:
    """``self_harm`` when ``text`` (a name with its disguises undone) says leaving life by
    one of the module's pictures, else None."""
    lowered = text.lower()
    # (a name with no Latin letter has none to read: its letters are not taken out one by one for
    # nothing, ~8,000 instructions a name of kana, as in ``safety.name_gathering.gathers``)
    if _A_TO_Z.search(lowered) is not None and _LATIN_KEYS.search(re.sub(r"[^a-z]", "", lowered)):
        return "self_harm"
    key = kata2hira(text)
    if not _KEYS.search(key) and not _KEYS.search(text):
        return None
    if re.search("(?:じんせい|人生|このよ|この世|せかい|世界)(?:から|を)?(?:ろぐあうと|りたいあ)", key):
        return "self_harm"  # the loanword read in hiragana is no word Sudachi knows
    if re.search(r"あのよ[にへ]?(?:いき|いく|いこ|いけ|いっ|ゆき|ゆく|ゆこ)", key):
        return "self_harm"  # Sudachi reads あのよ as あの + よ
    if _GOODBYE_KANA.search(key.replace("ー", "")):
        return "self_harm"  # Sudachi reads ばいばい as ばい + ばい, このよ as この + よ
    # a name in katakana is read again in hiragana (「ゼンブオワリニスル」), and without the
    # small っ slipped into a word (「人生ロッグアッウト」)
    for written in dict.fromkeys((text, key, text.replace("ッ", "").replace("っ", ""))):
        if _pictured(written):
            return "self_harm"
    return None


def pictured_in_kana(key: str) -> bool:
    """Whether a name of plain kana read as hiragana may hold one of the pictures."""
    return _KANA_PICTURES.search(key) is not None


def _pictured(text: str) -> bool:
    words = [t for t in tokens(text) if t.pos and t.pos[0] not in ("補助記号", "空白")]
    rules = (
        _becomes_a_star,
        _becomes_unseen,
        _returns_above,
        _life_left,
        _not_needed,
        _gone_tomorrow,
        _better_gone,
        _sleeps_on,
        _never_wakes,
        _not_looked_for,
        _ends_it_all,
        _jumps_from_a_drop,
        _cuts_a_wrist,
        _not_here,
        _dying_noun,
        _not_existing,
    )
    return any(rule(words) for rule in rules) or _wrist_cut_in_kana(text)


def _negated(rest: list[Token]) -> bool:
    """An ending of ``rest`` says it does not happen (「なりたくない」, 「かえらん」)."""
    return any(u.pos[0] in ("助動詞", "形容詞") and (u.normalized in _NOT or u.surface in _NOT) for u in rest)


def _verb_after(words: list[Token], i: int, verbs: frozenset[str], particles: tuple[str, ...]) -> int | None:
    """Where a verb of ``verbs`` stands right after the word at ``i`` and one particle of
    ``particles``, else None."""
    j = i + 1
    if j < len(words) and words[j].surface in particles:
        j += 1
    else:
        return None
    if (
        j < len(words)
        and words[j].pos[0] == "動詞"
        and (words[j].normalized in verbs or words[j].lemma in verbs)
    ):
        return j
    return None


def _not_said_against(words: list[Token], j: int) -> bool:
    return not _negated(words[j + 1 :])


def _becomes_a_star(words: list[Token]) -> bool:
    for i, t in enumerate(words):
        star = t.normalized in _STAR and t.surface not in ("スター",)
        if star and i + 1 < len(words) and words[i + 1].normalized == "様":
            i += 1  # お + ほし + さま
        if star:
            j = _verb_after(words, i, frozenset({"成る"}), ("に",))
            if j is not None and _not_said_against(words, j):
                return True
    return False


def _becomes_unseen(words: list[Token]) -> bool:
    """Becoming transparent, wanted or as what one will do (「とうめいになりたい」, 「透明になる」);
    told as past (「透明になった」) or a power one can have (「透明になれるマント」) passes, and
    「透明人間」 is a character."""
    for i, t in enumerate(words):
        if t.normalized == "透明":
            j = _verb_after(words, i, frozenset({"成る"}), ("に",))
            if (
                j is not None
                and _not_said_against(words, j)
                and not any(u.normalized == "た" for u in words[j + 1 :])
            ):
                return True
    return False


def _returns_above(words: list[Token]) -> bool:
    for i, t in enumerate(words):
        if t.normalized in _ABOVE or t.surface in _ABOVE:
            j = _verb_after(words, i, _RETURN, ("に", "へ"))
            if j is not None and _not_said_against(words, j):
                return True
    return False


def _life_left(words: list[Token]) -> bool:
    for i, t in enumerate(words):
        if t.normalized not in _LIFE and t.surface not in _LIFE:
            continue
        rest = words[i + 1 :]
        if rest and rest[0].surface in ("から", "を", "の", "も", "は"):
            rest = rest[1:]
        if rest and rest[0].normalized in _LEAVE and not _negated(rest[1:]):
            return True
    return False


def _not_needed(words: list[Token]) -> bool:
    for i, t in enumerate(words):
        if t.normalized not in _NEEDED_NOT:
            continue
        j = i + 1
        if j < len(words) and words[j].surface in ("は", "も", "とか", "なんて", "なんか"):
            j += 1
        needed = j + 1 < len(words) and words[j].pos[0] == "動詞" and words[j].surface[:2] in ("いら", "要ら")
        if needed and (words[j + 1].normalized in _NOT or words[j + 1].surface in _NOT):
            return True
    return False


def _gone_tomorrow(words: list[Token]) -> bool:
    """Tomorrow, and the bearer not there any more: 居る said not to be (「明日いない人」,
    「あしたにはもういないよ」) or いなくなる, not told as past (「明日いなかった」)."""
    for i, t in enumerate(words):
        if t.normalized != "明日":
            continue
        j = i + 1
        while j < len(words) and (words[j].surface in ("に", "は", "も") or words[j].normalized == "もう"):
            j += 1
        if (
            j + 1 >= len(words)
            or words[j].normalized != "居る"
            or words[j + 1].normalized not in ("ない", "無い")
        ):
            continue
        rest = words[j + 2 :]
        if not any(u.normalized == "た" for u in rest):
            return True
    return False


def _better_gone(words: list[Token]) -> bool:
    for i, t in enumerate(words):
        if t.normalized != "方" or i == 0 or i + 2 >= len(words):
            continue
        before = words[:i]
        verb = next((k for k in range(len(before) - 1, -1, -1) if before[k].pos[0] == "動詞"), None)
        if verb is None or (before[verb].normalized not in _GONE and before[verb].lemma not in _GONE):
            continue
        endings = before[verb + 1 :]
        if not endings or not all(u.pos[0] == "助動詞" for u in endings):
            continue
        if words[i + 1].surface in ("が", "で") and (
            words[i + 2].normalized in ("良い", "増し", "まし") or words[i + 2].surface in ("まし", "マシ")
        ):
            # 「いないほうがいい」, 「しんだほうがまし」; 「いるほうがいい」 has no ending and passes
            if before[verb].normalized in ("居る",) and not any(u.normalized in _NOT for u in endings):
                continue
            return True
    return False


def _sleeps_on(words: list[Token]) -> bool:
    for i, t in enumerate(words):
        asleep = t.normalized == "眠る" and i + 2 < len(words) and words[i + 1].normalized == "た"
        if asleep and words[i + 2].normalized == "侭" and not _negated(words[i + 3 :]):
            return True
        if t.normalized in _FOREVER:
            j = i + 1
            if j < len(words) and words[j].surface in ("の", "に"):
                j += 1
            if j < len(words) and (words[j].normalized in _GOODNIGHT or words[j].surface in _GOODNIGHT):
                return True
    return False


# waking, read by its kana too: Sudachi reads おき in kana as 置く (「もうおきたくない」)
_WAKE = frozenset({"起きる", "目覚める"})
_WAKE_KANA = ("おき", "めざめ")
# no more, never again, for ever, read as hiragana (二度と in kana is cut as に + ど + と)
_NEVER_AGAIN = ("もう", "にどと", "二度と", "ずっと", "永遠に", "えいえんに", "一生", "いっしょう")


def _never_wakes(words: list[Token]) -> bool:
    for i, t in enumerate(words):
        waking = t.normalized in _WAKE or kata2hira(t.surface) in _WAKE_KANA
        if t.pos[0] != "動詞" or not waking or i == 0:
            continue
        before = kata2hira("".join(w.surface for w in words[:i]))
        rest = words[i + 1 :]
        wished = bool(rest) and rest[0].normalized == "たい"
        if wished and _negated(rest[1:]) and before.endswith(_NEVER_AGAIN):
            return True
    return False


# who may be named before 探さないで: nobody but the bearer (「わたしを」)
_ONESELF = frozenset({"私", "僕", "俺", "自分", "あたし", "うち"})


def _not_looked_for(words: list[Token]) -> bool:
    for i, t in enumerate(words):
        if t.pos[0] != "動詞" or t.normalized != "探す":
            continue
        rest = words[i + 1 :]
        asked_not = len(rest) >= 2 and rest[0].normalized == "ない" and rest[1].surface == "で"
        named = [w for w in words[:i] if w.pos[0] not in ("副詞", "助詞")]
        if asked_not and all(w.normalized in _ONESELF for w in named):
            return True
    return False


def _ends_it_all(words: list[Token]) -> bool:
    for i, t in enumerate(words):
        if t.normalized not in ("終わり", "終り") or not _nothing_named(words[:i]):
            continue
        if i + 2 < len(words) and words[i + 1].surface == "に" and words[i + 2].normalized == "為る":
            rest = words[i + 3 :]
            past = any(u.normalized == "た" for u in rest)
            # said as what one will do or wants, not told as done (「ぜんぶおわりにした」)
            if not past and not _negated(rest):
                return True
    return False


def _nothing_named(before: list[Token]) -> bool:
    """What stands before an ending names no thing to end: nothing, everything, or only
    adverbs of time and resolve (「おわりにする」, 「もうおわりにする」, 「ぜんぶおわりにする」);
    「しゅくだいおわりにする」 ends the homework."""
    return all(u.normalized in _EVERYTHING or u.pos[0] == "副詞" for u in before)


def _jumps_from_a_drop(words: list[Token]) -> bool:
    for i, t in enumerate(words):
        if t.normalized in _DROPS or hira2kata(t.surface) in _DROPS or t.surface in _DROPS_KANA:
            j = _verb_after(words, i, _JUMP, ("に", "から", "へ", "で"))
            if j is not None and _not_said_against(words, j):
                return True
    return False


def _cuts_a_wrist(words: list[Token]) -> bool:
    for i, t in enumerate(words):
        if t.normalized not in _WRIST:
            continue
        j = i + 1
        if j < len(words) and words[j].surface == "を":
            j += 1
        cut = j < len(words) and (
            (words[j].pos[0] == "動詞" and words[j].normalized == "切る")
            # round y: Sudachi reads きり after a noun as the particle (「てくびきりたい」)
            or (words[j].pos[0] == "助詞" and words[j].surface == "きり" and j + 1 < len(words))
        )
        if cut and not _negated(words[j + 1 :]):
            return True
    return False


# round y: the arm and the ankle in kana, which Sudachi cuts as う + で and あしく + び
# (「うできりたい」, 「あしくびきりたい」)
_ARM_KANA = re.compile("(うで|あしくび)(?=を?き[るりろっ])")
_ARM_KANJI = {"うで": "腕", "あしくび": "足首"}


def _wrist_cut_in_kana(text: str) -> bool:
    """The arm or ankle cut, written in kana where Sudachi reads neither: うで or あしくび
    starting a word of the name (a word of the name read as written starts there: 「こうできる」
    is こう + で + きる), and read as 腕 or 足首 the words after it are the wrist rule's
    (「うできりたい」, 「あしくびきりたい」; 「あしくびきりかえ」 is 切り替え, a noun)."""
    key = kata2hira(text)
    for m in _ARM_KANA.finditer(key):
        if m.start() and not any(t.start == m.start() for t in tokens(key)):
            continue
        read = _ARM_KANJI[m.group(1)] + key[m.end() :]
        words = [t for t in tokens(read) if t.pos and t.pos[0] not in ("補助記号", "空白")]
        if _cuts_a_wrist(words):
            return True
    return False


def _not_here(words: list[Token]) -> bool:
    """Being here, anywhere or in the world not wanted (「ここにいたくない」): a place of ``_HERE``,
    に (and も or は), maybe もう, then 居る wanted and said not to be."""
    for i, t in enumerate(words):
        if t.normalized not in _HERE or i + 1 >= len(words) or words[i + 1].surface != "に":
            continue
        j = i + 2
        while j < len(words) and words[j].surface in ("も", "は", "もう"):
            j += 1
        if (
            j + 1 < len(words)
            and words[j].pos[0] == "動詞"
            and words[j].normalized == "居る"
            and words[j + 1].normalized == "たい"
            and (_negated(words[j + 2 :]) or (j + 2 < len(words) and words[j + 2].surface in _NEE))
        ):
            return True
    return False


# round y: the nouns made with 死に (死に場所, 死に際, 死に様, 死に時, 死に装束), which Sudachi reads
# in kana as 死ぬ + the noun or as し + に + the noun
_DYING_NOUNS = frozenset({"場所", "際", "様", "時", "装束"})


def _dying_noun(words: list[Token]) -> bool:
    """A noun of dying in kana (「しにばしょ」, 「しにぎわ」): しに read as 死ぬ, or し standing as a
    word of its own and に, right before one of ``_DYING_NOUNS`` (「いしにばしょう」 is いし + に +
    芭蕉, 「むしにばしょ」 むし + に: no し of its own)."""
    for i, t in enumerate(words):
        if t.surface == "しに" and t.normalized == "死ぬ":
            j = i + 1
        elif t.surface == "し" and i + 1 < len(words) and words[i + 1].surface == "に":
            j = i + 2
        else:
            continue
        if j < len(words) and words[j].pos[0] == "名詞" and words[j].normalized in _DYING_NOUNS:
            return True
    return False


def _not_existing(words: list[Token]) -> bool:
    """Existing not wanted: 存在, する, たい said not to be (「そんざいしたくない」); 「そんざいしたい」
    passes."""
    for i, t in enumerate(words[:-2]):
        if (
            t.normalized == "存在"
            and words[i + 1].normalized == "為る"
            and words[i + 2].normalized == "たい"
            and _negated(words[i + 3 :])
        ):
            return True
    return False
