"""A life told as a story, a game or a device that ends, and dying said by its grammar
(round of 2026-12-04 (j)).

* ``story_end`` (``wish``, ``high``): the writer's life (人生, 命, or the writer with nothing
  else named) given the end a story, a game or a device has — the credits, the ending, the last
  episode, game over, the curtain, the power or the battery — wished (〜たい), allowed
  (〜ても いい, 〜で いい) or its continuation said not needed (続き いらない):
  「うちの 人生 もう エンディングで いい」「今日で 人生 最終回に したい」「もう 電源 おとしたい、
  自分の」「じぶんで 幕 おろしたい」. The owner may come after the wish (倒置: 「…、じんせいの」).
  Anything else named in the sentence (a game, a drama, a phone: 「ドラマの 最終回 みたい」
  「スマホの 電源 おとしたい」) is what ends, and a laugh takes it back.
* ``dying_felt`` (``method_question``, ``high``): how dying feels asked — a verb of dying, then
  pain or suffering, in a question (「しぬ ときって いたいの？」「死ぬのって くるしいのかな」);
  not a death in the past (「おじいちゃん、死ぬとき 痛かったのかな」), not someone or something
  else's (a pet, a character), not exaggeration (「死ぬほど いたい」).
* ``dare_die`` (``wish``, ``high``): dying said as a threat or asked for — 死んで やる,
  死なせて; not with a laugh (「わらい 死なせて」), not negated.

Each rule starts from a word it cannot do without (one set look-up on texts without it)."""

from __future__ import annotations

from safety.constructions.grammar import _question
from safety.constructions.words import Hit, _Ctx, _has, _has_any

# The end of a story, a game or a device. Sudachi cuts kana エンドロール as エンド + ロール
# and reads kana つづき as the verb 続く.
_STORY_END = frozenset(
    {
        "エンドロール",
        "えんどろーる",
        "エンド",
        "えんど",
        "エンディング",
        "えんでぃんぐ",
        "最終回",
        "さいしゅうかい",
    }
    | {"ゲームオーバー", "げーむおーばー", "幕", "まく", "電源", "でんげん", "電池", "でんち", "完結"}
    | {"かんけつ", "打ち切り", "うちきり", "スタッフロール", "すたっふろーる", "ジエンド", "じえんど"}
    | {"スタッフ", "すたっふ"}
)
_GOES_ON = frozenset({"続き", "つづき", "続く", "つづく", "続編", "ぞくへん"})
_TOPIC = frozenset({"と", "か", "とか", "は", "も", "なんて", "なんか", "なんぞ", "って"})
_LIFE = frozenset({"人生", "じんせい", "命", "いのち", "この世", "このよ"})
# Nouns that name nothing else that could end: the writer, a time, a story's own parts.
_EMPTY = frozenset(
    {"私", "わたし", "あたし", "僕", "ぼく", "俺", "おれ", "うち", "自分", "じぶん", "わい", "ワイ"}
    | {"もう", "今日", "きょう", "今", "いま", "そろそろ", "頃", "ころ", "ここ", "此処", "これ", "此れ"}
    | {
        "ロール",
        "ろーる",
        "セーブ",
        "せーぶ",
        "コンティニュー",
        "こんてぃにゅー",
        "ほう",
        "方",
        "話",
        "はなし",
    }
    | {"事", "こと", "何", "なん", "なに", "本当", "ほんと", "まじ", "マジ", "ガチ", "がち", "辺", "へん"}
)
# The verbs an end is given by: 〜に する, 流れる, 落とす, 下ろす, 引く, 切れる, 迎える, なる.
_END_VERB = frozenset(
    {"する", "為る", "流れる", "ながれる", "落とす", "おとす", "下ろす", "降ろす", "おろす", "引く"}
    | {"ひく", "切れる", "きれる", "切る", "きる", "迎える", "むかえる", "成る", "なる", "来る", "くる"}
    | {"おとし", "おろし", "きれ", "流す", "ながす"}
)
_VOICE = frozenset({"せる", "させる", "ちゃう", "じゃう", "しまう", "さ", "し", "でき", "できる", "出来る"})
"""Auxiliaries between an end's verb and its wish (「完結 させて もいい」「おとしちゃいたい」)."""
_NEEDED = frozenset({"要る", "いる", "いら", "要ら"})
_NOT = frozenset({"ない", "無い", "ねえ", "ん", "へん", "ひん"})
_EASE = frozenset({"いい", "良い", "よい", "ええ", "いっか", "いいや"})


def _names_else(c: _Ctx, lo: int, hi: int, anchor: int) -> bool:
    """A noun in words ``lo``..``hi`` other than the end, the life and the empty ones."""
    for q in range(lo, hi):
        w = c.words[q]
        if q == anchor or w.pos not in ("名詞", "代名詞"):
            continue
        if w.keys & (_STORY_END | _GOES_ON | _LIFE | _EMPTY) or c.at("self", q):
            continue
        if any(k[:1].isdigit() for k in w.keys) or w.conj == "副詞可能":
            continue
        return True
    return False


def _wished_after(c: _Ctx, i: int, hi: int) -> int | None:
    """The word that wishes or allows the end at ``i``: 〜たい, 〜ても いい, 〜で いい."""
    words = c.words
    k = i + 1
    if _has_any(words, k, frozenset({"ロール", "ろーる"})):
        k += 1  # kana エンドロール, スタッフロール, cut in two
    if _has(words, k, "に") or _has(words, k, "を") or _has(words, k, "が"):
        k += 1
    if _has(words, k, "で") and _has_any(words, k + 1, _EASE):
        return k + 1  # 「エンディングで いい」
    verbs = 0
    while k < min(i + 7, hi) and words[k].keys & (_END_VERB | _VOICE):
        k += 1
        verbs += 1
    if not verbs:
        return None
    if c.at("desire", k) and not c.at("negation", k + 1):
        return k
    allowed = (_has(words, k, "て") or _has(words, k, "で")) and _has(words, k + 1, "も")
    if allowed and _has_any(words, k + 2, _EASE) and not c.at("negation", k + 3):
        return k + 2  # 「ながれても いい」
    return None


_STORY_ANY = _STORY_END | _GOES_ON


def _story_end(c: _Ctx) -> list[Hit]:
    if not c.holds(_STORY_ANY):
        return []
    if c.first("laugh") is not None or c.near("game") or c.near("media"):
        return []
    words = c.words
    for i in c.where_keys(_STORY_ANY):
        lo, hi = c.sentence(i)
        if words[i].keys & {"スタッフ", "すたっふ"} and not _has_any(
            words, i + 1, frozenset({"ロール", "ろーる"})
        ):
            continue  # staff, not the credits
        if words[i].keys & _GOES_ON:
            # 「つづき いらない」「つづきとか いらん」: the continuation said not needed
            k = i + 1
            while k < min(i + 4, hi) and words[k].keys & _TOPIC:
                k += 1
            end = k + 1 if _has_any(words, k, _NEEDED) and _has_any(words, k + 1, _NOT) else None
        else:
            end = _wished_after(c, i, hi)
        if end is None:
            continue
        owned = any(words[q].keys & _LIFE for q in range(lo, hi)) or (
            c.first("self", lo, hi) is not None and not words[i].keys & _GOES_ON
        )
        if not owned or _names_else(c, lo, hi, i):
            continue
        return [Hit("wish", "ideation", "high", words[lo].start, words[min(end, hi - 1)].end, "story_end")]
    return []


_PAIN = frozenset({"痛い", "いたい", "苦しい", "くるしい", "辛い", "つらい"})
_PAST = frozenset({"た", "だ"})
_I = frozenset({"い", "居る"})
_TAI = frozenset({"たい"})
_HYPERBOLE = frozenset({"ほど", "程", "くらい", "ぐらい"})


def _pain_at(c: _Ctx, q: int) -> int:
    """How many words at ``q`` say pain (0: none). Sudachi reads kana いたい as い + たい."""
    words = c.words
    if words[q].keys & _PAIN:
        return 1
    if words[q].keys & {"い", "居る"} and _has(words, q + 1, "たい"):
        return 2
    return 0


_ABOUT = frozenset(
    {"時", "とき", "こと", "事", "の", "瞬間", "しゅんかん", "最後", "さいご", "本当", "ほんと"}
)


def _names_in_clause(c: _Ctx, lo: int, i: int) -> bool:
    """A noun in the clause of the dying verb at ``i``, before it, other than the writer or a
    time: who or what dies (「ハムスターって 死ぬとき」)."""
    words = c.words
    for q in range(lo, i):
        w = words[q]
        if w.clause != words[i].clause or w.pos not in ("名詞", "代名詞"):
            continue
        if c.at("self", q) or w.keys & _ABOUT or w.conj == "副詞可能":
            continue
        return True
    return False


def _dying_felt(c: _Ctx) -> list[Hit]:
    # pain said, as a word or as kana いたい cut い + たい, before anything else is looked at
    if not (c.holds(_PAIN) or (c.holds(_I) and c.holds(_TAI))) or c.first("die") is None:
        return []
    if c.first("laugh") is not None or c.near("media"):
        return []
    words = c.words
    for i in c.where("die"):
        lo, hi = c.sentence(i)
        if not _question(c, lo, hi) and not (hi - 1 > i and words[hi - 1].keys & {"の", "か", "かな"}):
            continue
        if i + 1 < hi and (words[i + 1].keys & (_HYPERBOLE | _PAST) or c.at("desire", i + 1)):
            continue  # 「死ぬほど」「死んだ」「死にたい」 (the wish is read elsewhere)
        if c.first("others", 0, len(words)) is not None or _names_in_clause(c, lo, i):
            continue  # a pet's, a character's, someone else's death
        for q in range(i + 1, min(i + 6, hi)):
            n = _pain_at(c, q)
            if not n:
                continue
            after = q + n
            if after < hi and (words[after].keys & _PAST or c.at("negation", after)):
                break  # 「痛かった」: a death told; 「いたくない」: the painless way, read elsewhere
            return [Hit("method_question", "method", "high", words[i].start, words[hi - 1].end, "dying_felt")]
    return []


_DIE_VERB = frozenset({"死ぬ", "しぬ"})


def _dare_die(c: _Ctx) -> list[Hit]:
    """「死んで やる」「死なせて」: dying threatened or asked for."""
    if not c.holds(_DIE_VERB) or c.first("laugh") is not None or c.near("media"):
        return []
    words = c.words
    for i in c.where_keys(_DIE_VERB):
        threat = _has_any(words, i + 1, frozenset({"て", "で"})) and _has_any(
            words, i + 2, frozenset({"遣る", "やる"})
        )
        asked = _has_any(words, i + 1, frozenset({"せる", "させる"})) and _has_any(
            words, i + 2, frozenset({"て", "で"})
        )
        if not (threat or asked):
            continue
        nxt = i + 3
        if c.at("negation", nxt) or c.at("negation", i + 1) or _has_any(words, nxt, _HYPERBOLE):
            continue
        if threat and (c.at("desire", nxt) or _has(words, nxt, "た")):
            continue  # 「死んでやりたい」 is read by the wish; 「死んでやった」 is a game told
        return [
            Hit("wish", "ideation", "high", words[i].start, words[min(nxt, len(words)) - 1].end, "dare_die")
        ]
    return []


def story_end(c: _Ctx) -> list[Hit]:
    return [*_story_end(c), *_dying_felt(c), *_dare_die(c)]
