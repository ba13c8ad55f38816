"""A display name that orders someone to die or vanish, or threatens to hurt (``threatens``),
judged by its words.

The lists (``names.toml``) hold the set words (しね, きえろ); this part reads an order no list
holds: a verb of dying or vanishing (``[orders] verbs`` in ``names.toml``, as Sudachi's
normalised dictionary form) in the imperative (「くたばれ」, 「きえうせろ」), or followed by
endings up to one in the imperative (「くたばりやがれ」, 「きえちまえ」, 「消えてくれ」).  The
same verb in any other form is no order (「きえないで」, 「きえる」: the wish to die has its
own check).

``unwanted_person`` reads a person called not needed (「いらん子」, 「要らないやつ」), an insult
in every dialect's negation; a thing not needed passes (「いらないもの」).
"""

from __future__ import annotations

import re
from itertools import pairwise

from safety import lexicon
from safety.morphology import NEGATIONS, Token, tokens
from safety.names_toml import dictionary_words
from safety.translation import kata2hira

ORDER_VERBS = dictionary_words(lexicon.ORDER_VERBS, "動詞", "[orders] verbs")


def _stems(verbs: tuple[str, ...]) -> tuple[str, ...]:
    """What must be in a name (hiragana, kanji kept) before it is worth analysing: each
    verb's kanji, and its reading without the last kana when two kana or more are left."""
    out: set[str] = set()
    for v in verbs:
        reading = tokens(v)[0].reading
        if len(reading) > 2:
            out.add(reading[:-1])
        out.update(ch for ch in v if "\u3400" <= ch <= "\u9fff")
    return tuple(sorted(out))


STEMS = _stems(lexicon.ORDER_VERBS)
_ENDINGS = frozenset({"助詞", "助動詞", "動詞"})


def orders_to_die(text: str) -> bool:
    """Whether ``text`` (a name with its disguises undone) orders someone to die or vanish."""
    key = kata2hira(text)
    if not any(stem in key for stem in STEMS):
        return False
    words = [t for t in tokens(key) if t.pos and t.pos[0] != "補助記号"]
    return any(
        t.pos[0] == "動詞" and t.normalized in ORDER_VERBS and _imperative_from(words[i:])
        for i, t in enumerate(words)
    )


def _imperative_from(words: list[Token]) -> bool:
    """The verb (the first word) or an ending after it, with only endings between, is an
    imperative (「やがれ」, 「ちまえ」, 「てくれ」)."""
    for i, t in enumerate(words):
        if i and t.pos[0] not in _ENDINGS:
            return False
        if t.pos[-1].startswith("命令形"):
            return True
    return False


# Verbs of hurting someone, as Sudachi normalises them: said as a threat (「なぐるぞ」,
# 「ぶっとばすぞ」, 「ぶんなぐってやる」, 「なぐったる」) a name is an insult, as 「ころすぞ」 is.
THREAT_VERBS = frozenset(
    {
        "殴る",
        "ぶん殴る",
        "打っ飛ばす",
        "ぶっ飛ばす",
        "ぼこる",
        "殺す",
        "ぶっ殺す",
        "潰す",
        "刺す",
        "蹴る",
        "呪う",
        "しばく",
        "ど突く",
        "苛める",
    }
)
THREAT_STEMS = (
    "なぐ",
    "とば",
    "ぼこ",
    "ころ",
    "つぶ",
    "さす",
    "さし",
    "ける",
    "けっ",
    "のろ",
    "殴",
    "飛",
    "殺",
    "潰",
    "刺",
    "蹴",
    "呪",
    "しば",
    "いても",
    "いてま",
    "どつ",
    "いじめ",
)
_THREAT_PARTICLES = frozenset({"ぞ", "ぜ", "ぞー", "からな"})


def threatens(text: str) -> bool:
    """Whether ``text`` (a name with its disguises undone) threatens to hurt someone: a verb of
    ``THREAT_VERBS`` in its plain form before ぞ or ぜ, before て + やる, or with 関西's たる
    (「なぐったる」).  The same verb wished, asked or denied is no threat (「なぐらないで」)."""
    key = kata2hira(text)
    if not any(stem in key for stem in THREAT_STEMS):
        return False
    if _THREAT_STEM_TARU.search(key):
        return True
    words = [t for t in tokens(key) if t.pos and t.pos[0] != "補助記号"]
    for i, t in enumerate(words):
        if t.pos[0] != "動詞" or not (t.normalized in THREAT_VERBS or _second_of_a_compound(words, i)):
            continue
        rest = words[i + 1 : i + 3]
        if not rest:
            continue
        first = rest[0]
        # (an ichidan verb before ぞ is 連体形 to the analyser, its 終止形 the same letters: 「いじめるぞ」)
        plain = t.pos[-1].startswith(("終止形", "連体形"))
        if plain and first.pos[0] == "助詞" and first.surface in _THREAT_PARTICLES:
            return True
        if first.surface == "て" and len(rest) > 1 and rest[1].normalized == "遣る":
            return True
        if t.pos[-1].endswith("音便") and first.surface in ("たる", "たろ", "たろか"):
            return True
    return any(_done_for_good(words, i) for i in range(len(words)))


def _second_of_a_compound(words: list[Token], i: int) -> bool:
    """The verb at ``i`` comes right after a verb of hurting in its 連用形, the two one verb
    (round q: 「しばき|まわす」, 「どつき|まわす」: hurting said again and again)."""
    before = words[i - 1] if i else None
    return (
        before is not None
        and before.pos[0] == "動詞"
        and before.normalized in THREAT_VERBS
        and before.pos[-1].startswith("連用形")
    )


def _stem_before_ta(verb: str) -> str:
    """The reading of a verb's stem before た: a godan verb's 音便 (なぐる → なぐっ, しばく →
    しばい, ころす → ころし, よぶ → よん), an ichidan verb without る (いじめる → いじめ)."""
    t = tokens(verb)[0]
    reading = kata2hira(t.reading)
    if len(t.pos) > 2 and not t.pos[2].startswith("五段"):
        return reading[:-1]
    return reading[:-1] + _ONBIN.get(reading[-1], reading[-1])


_ONBIN = dict(zip("くぐすつるうぬぶむ", "いいしっっっんんん", strict=True))
# Round q: a verb of hurting in its stem before た, then 関西's たる or たろ ending the name
# (「しばいたろか」, 「けったろか」, 「どついたるぞ」): the analyser reads some of them as other
# words (芝居 + だろ, けっ), the letters are the verb's.  たろう after it is a boy's name, and
# さしたる is 然したる (no great…), so 刺す is left to the analyser here.
_THREAT_STEM_TARU = re.compile(
    f"(?:{'|'.join(sorted({_stem_before_ta(v) for v in THREAT_VERBS} - {'さし'}, key=len, reverse=True))})"
    "(?:たる|たろ)か?[ー〜~!！?？]*(?:ぞ|ぜ|わ|で|ねん)?[ー〜~!！?？]*$"
)


# 関西's てしまう (もう, まう) and what makes it a threat after it: 「しばいてもうたろか」,
# 「けってまうぞ」; also いてまう (do someone in), where Sudachi reads い as 居る
_FOR_GOOD = frozenset({"もう", "まう"})
_THREAT_ENDS = ("たる", "たろ", "ぞ", "ぜ")


def _done_for_good(words: list[Token], i: int) -> bool:
    """A verb of hurting (or いて opening the name) with て and 関西's しまう after it, then a
    threat's ending: 「なぐってもうたる」, 「いてまうぞ」.  「たべてもうた」 is told as done."""
    t = words[i]
    hurts = t.pos[0] == "動詞" and (t.normalized in THREAT_VERBS or (i == 0 and t.surface == "い"))
    rest = words[i + 1 : i + 4]
    return (
        hurts
        and len(rest) == 3
        and rest[0].surface in ("て", "で")
        and rest[1].surface in _FOR_GOOD
        and rest[2].surface.startswith(_THREAT_ENDS)
    )


# people one may be called not needed; a thing (物, こと) is what a swap shelf lists
_PEOPLE = frozenset({"子", "こ", "奴", "人", "人間", "子供", "餓鬼", "者"})
_NEEDED = frozenset({"いる", "要る"})
# what must be in the name read as hiragana (kanji kept) before it is analysed: いら or 要ら
# then a negation (ん, ない, ねー, ぬ, へん)
UNWANTED_KANA = re.compile("(?:いら|要ら)(?:ん|な|ね|ぬ|へん)")


def unwanted_person(text: str) -> bool:
    """Whether ``text`` (a name with its disguises undone) calls a person not needed: 要る
    negated right before a person (「いらん子」, 「いらねーやつ」)."""
    key = kata2hira(text)
    if not UNWANTED_KANA.search(key):
        return False
    written = tokens(text)
    if any(t.pos[1:2] == ("固有名詞",) and u.surface == "人" for t, u in pairwise(written)):
        return False  # a people named by a country as written: 「イラン人」
    words = [t for t in tokens(key) if t.pos and t.pos[0] not in ("補助記号", "空白")]
    return any(
        t.pos[0] == "動詞"
        and t.normalized in _NEEDED
        and t.surface[0] in "いイ要"
        and words[i + 1].normalized in NEGATIONS
        and words[i + 2].normalized in _PEOPLE
        for i, t in enumerate(words[:-2])
    )
