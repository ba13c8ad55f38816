"""Farewells and the last things done read by their grammar (risk round l, fourth round of
2026-12-07). Read with risk round x's readings (``afterwards``): they only raise.

* ``goodbye_scheduled`` (farewell, ``imminent``) — a goodbye message or letter (さよなら / お別れ /
  遺書 + の + メール, メッセージ, 手紙, LINE) set to go later, done: 予約 した / 予約送信 しといた
  (「お別れの メール、予約しといた。朝には 届くよ」);
* ``season_unreached`` (wish, ``high``) — the writer's next birthday, spring, summer or new year
  said not to be reached or seen, negated, as a belief (と 思う, 気が する) or beside thanks or a
  goodbye (「次の 誕生日は むかえないと 思う」「来年の 桜は 見られないと 思う」);
* ``last_then_end`` (farewell, ``high``) — a last thing wished
  (最後に / さいごに + a verb) and then an end with nothing named as what ends: それで / そしたら /
  これで + [もう] + 終わりに する / おしまい / もう いい (「さいごに ママの カレー 食べたい。それで
  おわりに する」);
* ``end_only_left`` (wish, ``imminent``) — nothing left but dying or vanishing: あと(は) + 死ぬ /
  消える / いなく なる / 逝く + だけ (「もう 何も 残ってない。あとは 消えるだけ」).

Every reading is left out by what keeps a farewell everyday (``goodbye_said._usual``: a next
time, bedtime, an event, a move, anything cheerful), a parting event or a dreaded day named, a
question, and someone other than the writer as its subject.
"""

from __future__ import annotations

from safety.constructions.goodbye_said import _EVERYDAY, _LATER, _LEAVE_KANA, _LEAVE_USUAL
from safety.constructions.grammar import _asks, _conditional
from safety.constructions.words import Hit, _cheerful_text, _Ctx, _has, _has_any, other_subject_before

_DONE = frozenset({"た", "とく", "とい", "てある"})
_THANKS = frozenset({"ありがとう", "有り難う", "ありがと", "感謝", "お世話", "世話"})
_BYE = frozenset({"さようなら", "さよなら", "さいなら", "ばいばい", "バイバイ", "さらば", "お別れ"})


def _done_within(c: _Ctx, q: int, reach: int = 4) -> int | None:
    """The word that marks the act at ``q`` done (a past, 〜とく, 〜てある) within ``reach``
    words of its sentence, not a condition (「予約したら」)."""
    words = c.words
    for k in range(q + 1, min(q + 1 + reach, c.hi[q])):
        if words[k].keys & _DONE:
            return None if _conditional(words, k) or _has_any(words, k, frozenset({"たら", "だら"})) else k
    return None


_WORK_THANKS = frozenset({"お疲れ", "おつかれ", "お疲れ様", "おつかれさま"})


def _usual_here(c: _Ctx, keys: frozenset[str] = frozenset(), *, laugh: bool = True) -> bool:
    """What keeps a farewell everyday (as ``afterwards._usual_besides``, and anything cheerful,
    work's thanks or a song or game named), but for the words in ``keys`` that the reading is
    itself made of: a next birthday is no next time, a letter to arrive tomorrow no
    see-you-tomorrow, a last meal no dinner call. ``laugh=False``: a laugh alone (笑, w) is not
    counted as cheer (round s: 「あとは死ぬだけ笑」 laughs at the writer's own end)."""
    words = c.words
    kana = c.kana.replace("しね", "")
    cheerful = _cheerful_text(c) if laugh else ("!" in c.kana or "！" in c.kana or c.first("joy") is not None)
    return (
        cheerful
        or not c.keys.isdisjoint(_WORK_THANKS)
        or c.near_any(("media", "game"))
        or any(k in kana for k in _LEAVE_KANA if k not in keys)
        or not c.keys.isdisjoint((_LATER | _LEAVE_USUAL) - keys)
        or any(not words[i].keys & keys for cls in _EVERYDAY if laugh or cls != "laugh" for i in c.where(cls))
        or c.near("dreaded_day")
        or c.first("parting_event") is not None
    )


# What may stand beside one of these readings without naming anything else: grammar, adverbs,
# the writer, the people a farewell is said to, thanks, apologies, goodbyes, finality and
# distress, a time of arrival. A text that names anything besides (a friend moving, a tree cut
# down, a stain, a cicada, a party) speaks of that, not of the writer's end (review of round l).
_RESIDUE_POS = (
    "助詞",
    "助動詞",
    "感動詞",
    "接続詞",
    "補助記号",
    "記号",
    "副詞",
    "接頭辞",
    "接尾辞",
    "連体詞",
)
_RESIDUE_CLASSES = (
    "self",
    "goodbye",
    "parting",
    "sorry",
    "addressee",
    "beneficiaries",
    "distress_word",
    "die",
    "forever",
    "finality",
    "now",
    "relief",
    "others",
)
_RESIDUE_KEYS = frozenset(
    {
        "今まで",
        "いままで",
        "本当",
        "ほんと",
        "ほんとう",
        "朝",
        "あさ",
        "夜",
        "よる",
        "明日",
        "あした",
        "今日",
        "きょう",
        "今夜",
        "こんや",
        "届く",
        "とどく",
        "うち",
        "今",
        "いま",
        "全部",
        "ぜんぶ",
        "何",
        "なに",
        "なん",
        "こと",
        "事",
        "もの",
        "物",
        "言う",
        "いう",
        "する",
        "為る",
        "居る",
        "いる",
        "なる",
        "成る",
        "ある",
        "有る",
        "残る",
        "のこる",
        "思う",
        "おもう",
        "気",
        "好き",
        "すき",
        "大好き",
        "だいすき",
        "人生",
        "学校",
        "がっこう",
        "いじめる",
        "虐める",
        "苛める",
        "来る",
        "くる",
        "最後",
        "さいご",
        "それ",
        "これ",
        "そう",
    }
    | _THANKS
    | _BYE
)


def _residue(c: _Ctx, k: int, more: frozenset[str] = frozenset()) -> bool:
    w = c.words[k]
    return (
        w.pos in _RESIDUE_POS
        or not w.keys.isdisjoint(_RESIDUE_KEYS | more)
        or any(c.at(cls, k) for cls in _RESIDUE_CLASSES)
    )


def _only_residue(c: _Ctx, lo: int, hi: int, more: frozenset[str] = frozenset()) -> bool:
    return all(_residue(c, k, more) for k in range(max(lo, 0), min(hi, len(c.words))))


def _else_named(c: _Ctx, lo: int, hi: int, more: frozenset[str] = frozenset()) -> bool:
    """Anything but residue in the text outside words ``lo``..``hi`` (the reading's own)."""
    return not (_only_residue(c, 0, lo, more) and _only_residue(c, hi, len(c.words), more))


# a goodbye letter is found and read: 「朝 起きたら 読んでね」 stays beside お別れ / 遺書, not
# beside a letter to a parent, which is as often read on a business trip
_FOUND = frozenset(
    {"読む", "よむ", "起きる", "おきる", "見る", "みる", "見つける", "みつける", "気付く", "気づく"}
)


# ---- goodbye_scheduled ----------------------------------------------------------------------

_PARTING_WORD = frozenset({"さようなら", "さよなら", "お別れ", "別れ", "遺書", "遺言"})
_MESSAGE = frozenset(
    {"メール", "めーる", "メッセージ", "めっせーじ", "手紙", "てがみ", "ライン", "LINE", "line", "DM", "投稿"}
)
_FAMILY = frozenset(
    {
        "お母さん",
        "おかあさん",
        "母",
        "ママ",
        "まま",
        "お父さん",
        "おとうさん",
        "父",
        "パパ",
        "ぱぱ",
        "家族",
        "かぞく",
    }
)
_OCCASION = frozenset(
    {
        "誕生日",
        "たんじょうび",
        "おめでとう",
        "母の日",
        "父の日",
        "記念日",
        "クリスマス",
        "年賀",
        "バレンタイン",
        "お礼",
        "旅行",
        "サプライズ",
        "プレゼント",
        "お祝い",
        "祝い",
        "から",
        "ので",
    }
)
_SCHEDULE = frozenset({"予約", "よやく", "予約送信", "予約投稿", "タイマー"})


def _goodbye_scheduled(c: _Ctx) -> list[Hit]:
    words = c.words
    if _usual_here(c, frozenset({"明日", "あした", "あす"})):
        return []
    for q in c.where_keys(_PARTING_WORD | _FAMILY):
        family = bool(words[q].keys & _FAMILY)
        if family:
            # a letter to a parent (「お母さんへの 手紙」), no occasion nor reason named for it
            if not (_has(words, q + 1, "へ") and _has(words, q + 2, "の")) or not c.keys.isdisjoint(
                _OCCASION
            ):
                continue
            q += 1
        if not (_has(words, q + 1, "の") and _has_any(words, q + 2, _MESSAGE)):
            continue
        lo, hi = c.sentence(q)
        for s in range(q + 3, min(q + 7, hi)):
            if not words[s].keys & _SCHEDULE:
                continue
            done = _done_within(c, s)
            # a friend moving, a teacher leaving, a server closing named beside it (review)
            if (
                done is not None
                and not _asks(c, lo, hi)
                and _only_residue(c, lo, q)
                and not _else_named(c, lo, done + 1, frozenset() if family else _FOUND)
            ):
                return [
                    Hit("farewell", "plan", "imminent", words[q].start, words[done].end, "goodbye_scheduled")
                ]
    return []


# ---- season_unreached -----------------------------------------------------------------------

_COMING = frozenset(
    {"来年", "らいねん", "次", "つぎ", "今度", "こんど", "来月", "らいげつ", "この先", "今年"}
)
_SEASON = frozenset(
    {
        "誕生日",
        "たんじょうび",
        "春",
        "はる",
        "夏",
        "なつ",
        "秋",
        "あき",
        "冬",
        "ふゆ",
        "桜",
        "さくら",
        "正月",
        "お正月",
        "しょうがつ",
        "クリスマス",
        "くりすます",
        "誕生",
    }
)
_REACH = frozenset({"迎える", "むかえる", "見る", "みる", "来る", "くる", "越す", "こす"})
# lasting (round s): only after まで (「誕生日まで もたない」)
_LAST_OUT = frozenset({"もつ", "持つ"})
_ADVERB = frozenset({"もう", "たぶん", "多分", "きっと", "絶対", "ぜったい", "、", ","})
_NEG = frozenset({"ない", "無い", "ん", "ぬ", "ず", "ねえ", "ねー"})
_BELIEF = frozenset({"思う", "おもう", "気", "かも", "だろう", "でしょう", "はず"})


_WEATHER = frozenset({"春", "はる", "夏", "なつ", "秋", "あき", "冬", "ふゆ"})
_VOCATIVE = ("self", "beneficiaries", "addressee", "sorry", "goodbye")


def _set_out(c: _Ctx, lo: int, hi: int) -> bool:
    """Words ``lo``..``hi`` end at a comma and are not the writer, a vocative or an adverb
    alone (「うちの サボテン、」 even as the katakana reread cuts it: 「うち の さ ぼて ん、」)."""
    words = c.words
    gap = any(words[k].end < words[k + 1].start for k in range(lo, min(hi, len(words) - 1)))
    return gap and any(
        words[k].pos not in ("助詞", "助動詞")
        and not words[k].keys & _ADVERB
        and not any(c.at(cls, k) for cls in _VOCATIVE)
        for k in range(lo, hi)
    )


def _season_unreached(c: _Ctx) -> list[Hit]:
    words = c.words
    if _usual_here(c, frozenset({"次", "つぎ", "今度", "こんど", "明日", "あした", "来年", "らいねん"})):
        return []
    for q in c.where_keys(_SEASON):
        lo, hi = c.sentence(q)
        coming = any(words[k].keys & _COMING for k in range(max(lo, q - 3), q))
        # (round s) lasting until it, negated: 「次の 誕生日まで もたない」, 「はるまで もたないや」 —
        # the writer's own endurance, so no belief is needed, nor a next (a season alone)
        q0 = q  # (the word the season starts at, for what stands before it)
        if words[q].keys & {"誕生", "たんじょう"} and _has_any(words, q + 1, frozenset({"び", "日"})):
            q += 1  # (「たんじょうび」 read as たんじょう + び)
        until = _has(words, q + 1, "まで")
        lasting = until and any(words[v].keys & _LAST_OUT for v in range(q + 2, min(q + 5, hi)))
        if not (coming or lasting) or not _has_any(words, q + 1, frozenset({"は", "を", "まで", "も"})):
            continue
        # the writer's own: no one else named as the subject before it (「ばあちゃんは…」)
        if other_subject_before(c, lo, q, _COMING | _SEASON):
            continue
        # (round s) 「わたしに 次の 夏は こない」: the writer named as whom it does not come to
        to_me = any(c.at("self", k) and _has(words, k + 1, "に") for k in range(lo, q))
        reach = (_REACH | _LAST_OUT) if until else _REACH
        for v in range(q + 2, min(q + 5, hi)):
            if not (words[v].keys & reach and words[v].pos == "動詞"):
                if words[v].keys & _ADVERB:
                    continue
                break  # something else named (「雪 見られない」「こたつで」): not the season itself
            neg = next((k for k in range(v + 1, min(v + 4, hi)) if words[k].keys & _NEG), None)
            if neg is None or (
                _has_any(words, neg + 1, frozenset({"と", "で"}))
                and _has_any(words, neg + 2, frozenset({"いけない", "だめ", "駄目"}))
            ):  # (「見ないと いけない」: an obligation, nothing missed)
                break
            belief = next((k for k in range(neg + 1, min(neg + 4, hi)) if words[k].keys & _BELIEF), None)
            if belief is not None and any(
                words[k].keys & {"た", "けど", "けれど", "のに"}
                for k in range(belief + 1, min(belief + 4, hi))
            ):
                break  # a belief now past (「迎えられないと 思ってたけど」): nothing is missed
            farewell = not c.keys.isdisjoint(_THANKS | _BYE)
            this_year = any(words[k].keys & {"今年", "ことし"} for k in range(max(lo, q - 3), q))
            if (
                this_year
                and words[v].keys & {"来る", "くる"}
                and words[q].keys & _WEATHER
                and not (farewell or c.near("self"))
            ):
                break  # (「今年の 夏は 来ない 気が する。ずっと 雨」: the weather)
            # a pet, a tree, a phone or a move named around it, before, after or in the same
            # sentence after a comma (「、この スマホで」「、この クラスの みんなとは」; review)
            # (with no next before it, up to たんじょう, not び: 「たんじょうびまで もたない」)
            first = next((k for k in range(max(lo, q0 - 3), q0) if words[k].keys & _COMING), q0)
            end = belief if belief is not None else neg
            tail = range(end + 1, hi)
            if (
                not _only_residue(c, lo, first)
                or _set_out(c, lo, first)
                or any(
                    words[k].pos not in ("助詞", "助動詞")
                    and not words[k].keys & ({"する", "為る"} | _ADVERB)  # (気が する、もう)
                    and not c.at("self", k)  # (「もう 来ないと 思う、わたしには」)
                    for k in tail
                )
                or _else_named(c, lo, hi)
            ):
                break
            lasts = bool(words[v].keys & _LAST_OUT)
            if lasts and belief is None and _has_any(words, neg + 1, frozenset({"って", "と"})):
                break  # (said by someone, of someone: 「ママ 誕生日まで もたないって」; review of round s)
            if (belief is not None or farewell or lasts or (to_me and coming)) and not _asks(c, lo, hi):
                return [Hit("wish", "ideation", "high", words[q].start, words[neg].end, "season_unreached")]
            break
    return []


# ---- last_then_end --------------------------------------------------------------------------

_LAST = frozenset({"最後", "さいご", "最期"})
_THAT = frozenset({"それ", "其れ", "これ", "此れ"})
_SO = frozenset({"そう", "そ"})
_END = frozenset({"終わり", "おわり", "終り", "おしまい", "お仕舞い", "お終い"})
_FILLER = frozenset({"もう", "全部", "ぜんぶ", "本当", "ほんと", "ほんとう", "、", ","})
_WISH = frozenset({"たい", "てえ"})


def _then_at(c: _Ctx, k: int) -> int | None:
    """A connector starting at word ``k`` (それで / これで / それなら / そしたら / そうしたら, read as
    two or three words): the index of the word after it."""
    words = c.words
    if words[k].keys & _THAT and _has_any(words, k + 1, frozenset({"で", "なら"})):
        return k + 2
    if (
        words[k].keys & _SO
        and _has_any(words, k + 1, frozenset({"する", "為る"}))
        and _has(words, k + 2, "たら")
    ):
        return k + 3
    return None


def _end_after(c: _Ctx, j: int) -> int | None:
    """From word ``j``: [もう] + 終わり / おしまい / もう いい, nothing named before it."""
    words = c.words
    saw_mou = False
    while j < len(words) and words[j].keys & _FILLER:
        saw_mou = saw_mou or "もう" in words[j].keys
        j += 1
    if j >= len(words):
        return None
    if words[j].keys & _END:
        return j
    if saw_mou and words[j].keys & {"いい", "良い", "よい"} and not _has_any(words, j + 1, _NEG):
        return j
    return None


def _last_then_end(c: _Ctx) -> list[Hit]:
    words = c.words
    if _usual_here(c, frozenset({"ご飯", "ごはん"})):
        return []
    for q in c.where_keys(_LAST):
        if not _has(words, q + 1, "に"):
            continue
        hi = c.hi[q]
        # the last thing: a verb of the sentence, wished (たい); a last thing done and then an end
        # is a bath, a dessert, a chore as often (「最後に お風呂 入った。これで おしまい」)
        wished = any(
            words[v].pos == "動詞" and any(words[k].keys & _WISH for k in range(v + 1, min(v + 3, hi)))
            for v in range(q + 2, hi)
        )
        if not wished:
            continue
        # then the end, in the same sentence after it or the next one
        nxt_hi = c.hi[hi] if hi < len(words) else hi
        for k in range(q + 2, nxt_hi):
            after = _then_at(c, k)
            end = None if after is None else _end_after(c, after)
            if end is None or _asks(c, c.lo[end], c.hi[end]):
                continue
            return [Hit("farewell", "plan", "high", words[q].start, words[end].end, "last_then_end")]
    return []


# ---- end_only_left --------------------------------------------------------------------------

_AFTER = frozenset({"あと", "後"})
_VANISH = frozenset({"死ぬ", "しぬ", "消える", "きえる", "居なくなる", "いなくなる", "逝く"})


_GO = frozenset({"行く", "いく", "逝く"})
_NIGHT = frozenset({"夜", "よる", "夜中", "よなか", "深夜", "しんや"})


def _settled(c: _Ctx) -> bool:
    """The writer's affairs said settled: a settling act done (片付けた, 捨てた, 配った) or a
    preparation said ready (用意は できてる, 準備 できた)."""
    words = c.words
    if any(_done_within(c, k, 3) is not None for k in c.where("settle_act")):
        return True
    return any(
        any(words[j].keys & {"できる", "出来る", "整う"} for j in range(k + 1, min(k + 4, c.hi[k])))
        for k in c.where_keys(frozenset({"準備", "用意", "ようい", "支度", "したく"}))
        if not _has(words, k - 1, "の")  # (「花火の 用意」: something named is made ready)
        and not _thing_at(c, k - 1)  # (「ケーキ 準備 できた」「望遠鏡、用意 できた」: likewise)
    )


_MEANS = ("instrument", "medicine", "treasure", "settle_act", "give")


def _thing_at(c: _Ctx, k: int) -> bool:
    """Word ``k`` names a thing of its own (a noun that is no residue nor a means or a
    treasure of the writer's), in the sentence of the word after it."""
    return (
        0 <= k < len(c.words) - 1
        and c.words[k].sentence == c.words[k + 1].sentence
        and c.words[k].pos == "名詞"
        and not _residue(c, k)
        and not any(c.at(cls, k) for cls in _MEANS)
    )


def _topic_named(c: _Ctx, upto: int) -> bool:
    """Before word ``upto``, a thing set out as a topic with a comma (「せみ、もう 鳴かない」
    「服の シミ、洗剤 つけた」「ニキビ、あとは」) in a sentence that settles nothing: what
    vanishes or dies is that thing (review of round l). Any word before the comma counts, not
    only a noun: the katakana reread cuts 「カブトムシ」 as かぶ と むし, 「ラスボス」 as ら す ぼ す."""
    words = c.words
    for k in range(min(upto, len(words) - 1)):
        if words[k].end < words[k + 1].start and words[k].sentence == words[k + 1].sentence:
            lo, hi = c.sentence(k)
            named = any(
                not _residue(c, j) and not any(c.at(cls, j) for cls in _MEANS) for j in range(lo, k + 1)
            )
            if named and not any(c.at("settle_act", j) or c.at("give", j) for j in range(lo, hi)):
                return True
    return False


# a remedy put on (a cream, a spray, a wash): a stain, a spot or a mark is what fades
_APPLIED = frozenset(
    {"塗る", "ぬる", "付ける", "つける", "貼る", "はる", "こする", "擦る", "洗う", "あらう", "スプレー", "剤"}
)
_BATTERY = frozenset({"バッテリー", "ばってりー", "充電", "電池", "残量"})


def _night_waited(c: _Ctx, v: int) -> int | None:
    """あとは + 夜 (を | に なる の) + 待つ + だけ from word ``v``: the index of だけ."""
    words = c.words
    if not (v < len(words) and words[v].keys & _NIGHT):
        return None
    k = v + 1
    if _has(words, k, "を"):
        k += 1
    elif (
        _has(words, k, "に")
        and _has_any(words, k + 1, frozenset({"なる", "成る"}))
        and _has(words, k + 2, "の")
    ):
        k += 3
    if _has_any(words, k, frozenset({"待つ", "まつ"})) and _has(words, k + 1, "だけ"):
        return k + 1
    return None


def _end_only_left(c: _Ctx) -> list[Hit]:
    words = c.words
    # (round s: a laugh alone after it does not make dying everyday, 「あとは死ぬだけ笑」; read
    # then as a wish, ``high``, and only of dying or vanishing itself, not of going or a night)
    laughed = _usual_here(c)
    if laughed and _usual_here(c, laugh=False):
        return []
    ready = _settled(c)
    occasion = not c.keys.isdisjoint(_OCCASION - {"から", "ので"})
    for q in c.where_keys(_AFTER):
        if not _has(words, q + 1, "は") or _has(words, q - 1, "が"):
            continue
        if _thing_at(c, q - 1) or _topic_named(c, q):
            continue  # (「ニキビ、あとは 消えるだけ」「せみ、もう 鳴かない。あとは 死ぬだけ」)
        hit = _end_left_at(c, q, ready and not occasion and not laughed)
        # nothing else named after it (「…あとは 夜を 待つだけ。友だちが おとまりに 来る」)
        # (a laugh is no thing named: 「あとは死ぬだけ笑」)
        if hit is not None and _only_laughs_left(c, c.hi[q], hit.end if laughed else None):
            if laughed:
                return [Hit("wish", "ideation", "high", hit.start, hit.end, "end_only_left_laughed")]
            return [hit]
    return []


_LAUGHS = frozenset({"笑", "笑い", "w", "ww", "www", "草", "笑笑"})


# (a laugh spelt わら reads as 藁, straw: 「あとは しぬだけ わら」)
_LAUGHS_READ = _LAUGHS | {"わら", "藁"}


def _only_laughs_left(c: _Ctx, lo: int, after: int | None) -> bool:
    """Residue only from word ``lo`` on, a laugh counted as residue when the reading was laughed
    (``after``: where the reading ends) — and then, in its own sentence after the reading, only
    residue or a laugh word of three letters at most: Sudachi reads 「笑（ニキビ）」 as one noun
    whose keys hold 笑, and in 「あとは きえるだけ笑 ニキビ」 or 「…だけ笑（ゲームオーバー）」 what
    vanishes or dies is the thing named (review of round s)."""
    if after is None:
        return _only_residue(c, lo, len(c.words))
    return all(
        _residue(c, k)
        or (not c.words[k].keys.isdisjoint(_LAUGHS_READ) and c.words[k].end - c.words[k].start <= 3)
        for k in range(len(c.words))
        if c.words[k].start >= after
    )


def _end_left_at(c: _Ctx, q: int, ready: bool) -> Hit | None:
    words = c.words
    v = q + 2
    if v < len(words) and words[v].keys & {"居る", "いる", "居"} and _has(words, v + 1, "なく"):
        v += 1  # いなく + なる read as two words
    if ready and v < len(words) and words[v].keys & _GO and _has(words, v + 1, "だけ"):
        # 「ぜんぶ かたづけた。あとは いくだけ」: going, after the writer's affairs are settled
        return Hit("wish", "plan", "imminent", words[q].start, words[v + 1].end, "end_only_left")
    night = _night_waited(c, v) if ready else None
    if night is not None:
        return Hit("wish", "plan", "imminent", words[q].start, words[night].end, "end_only_left")
    if not (v < len(words) and words[v].keys & (_VANISH | {"なる", "成る"})):
        return None
    if words[v].keys & {"なる", "成る"} and v == q + 2:
        return None
    if not c.keys.isdisjoint(_BATTERY) or (
        words[v].keys & {"消える", "きえる"} and not c.keys.isdisjoint(_APPLIED)
    ):
        return None  # (「バッテリー 3%。あとは 死ぬだけ」「薬 ぬった。あとは 消えるのを 待つだけ」)
    k = v + 1
    if _has_any(words, k, frozenset({"ちゃう", "じゃう"})):
        k += 1  # (round s: 「あとは しんじゃうだけ」, 「消えちゃうだけ」)
    if (
        _has(words, k, "の")
        and _has(words, k + 1, "を")
        and _has_any(words, k + 2, frozenset({"待つ", "まつ"}))
    ):
        k += 3
    if _has(words, k, "だけ") and not _asks(c, c.lo[q], c.hi[q]):
        return Hit("wish", "plan", "imminent", words[q].start, words[k].end, "end_only_left")
    return None


def last_done(c: _Ctx) -> list[Hit]:
    """See the module's docstring."""
    if not c.holds(_PARTING_WORD | _FAMILY | _SEASON | _LAST | _AFTER):
        return []
    return _goodbye_scheduled(c) + _season_unreached(c) + _last_then_end(c) + _end_only_left(c)
