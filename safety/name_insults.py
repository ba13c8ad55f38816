"""Insults in a name: an insult and a word for a person made one noun (「くそおやじ」,
「メンヘラ女」), or an insult after a given name."""

from __future__ import annotations

import functools
import re

from safety.morphology import tokens
from safety.name_listed import _TOKEN_WORDS
from safety.name_reading import ORDINARY
from safety.translation import hira2kata, kata2hira

# An insult's whole word and a word for a person made one noun (「はげおやじ」, 「くそおやじ」,
# which the dictionary knows as one word, so no whole-word entry is found in it)
_INSULT_WORDS = sorted({w for r, ws in _TOKEN_WORDS if r == "insult" for w in ws}, key=len, reverse=True)
# Words that are no insult alone (a child may call herself メンヘラ) but are one said of a
# man or a woman (「メンヘラ女」, 「地雷女」); 「地雷系女子」 is a fashion, 女子 no おんな.
_PERSON_LABELS = ("めんへら", "じらい")
_INSULT_OR_LABEL = "|".join((*_INSULT_WORDS, *_PERSON_LABELS))
_INSULT_PERSON = re.compile(
    f"(?:{_INSULT_OR_LABEL})(?:おやじ|おやぢ|じじい|ばばあ|がき|おんな|おとこ|やろう|やろー|むすこ|むすめ)"
)
# the whole-word insults an insult after a given name is looked for among: not the slurs that
# are also common syllables of names (しな, えた, にが, ちょん, ひにん)
_NAME_INSULTS = tuple(w for w in _INSULT_WORDS if w not in ("しな", "えた", "にが", "ちょん", "ひにん"))
_KANA_RUN = re.compile("[ァ-ヺー]{3,}|[ぁ-ゖー]{3,}")
_ENDS_IN_AN_INSULT = re.compile(f"(?:{'|'.join(map(re.escape, _NAME_INSULTS))})\\Z")


def _insult_after_a_name(text: str) -> bool:
    """A run of kana that is a Japanese given name or family name glued to an insult, which
    the dictionary reads as one unknown word (「ユイビッチ」, 「サキブス」, 「けんたばか」): the
    part before the insult, read alone, is one word the dictionary knows as a Japanese name —
    in katakana a given or family name (人名 名/姓), or, when the katakana is no foreign
    person's name (人名 一般: ジョコ in 「ジョコビッチ」, マルコ), the same in hiragana.
    A foreign name's letters pass (「ジョコビッチ」, 「ミロシェビッチ」)."""
    for run in _KANA_RUN.findall(text):
        plain = kata2hira(run).replace("ー", "")
        if plain in _ORDINARY_WORDS:
            continue  # an allow-listed word is no name glued to an insult (「ハルカス」)
        if _ENDS_IN_AN_INSULT.search(plain) is None:
            continue  # (one search instead of each insult's ending tried: most runs end in none)
        for word in _NAME_INSULTS:
            before = run[: len(run) - len(word)] if "ー" not in run else plain[: -len(word)]
            if before[-1:] in ("ノ", "の") and len(before) > 2:
                before = before[:-1]  # a name, の, the insult (「ケンタノアホ」)
            if plain.endswith(word) and len(plain) - len(word) >= 2 and _japanese_name(before):
                return True
            if plain.endswith(word) and _unknown_name_before(run.replace("ー", ""), hira2kata(before)):
                return True
    return False


_ORDINARY_WORDS = frozenset(ORDINARY)


# Katakana a Japanese given name is written in: no small vowel and no ヴ, which write
# foreign sounds (「ティ」, 「ヴァ」).
_NAME_KANA = re.compile("[アイウエオカ-ヂツ-モヤ-ロワンャュョッ]{2,4}")


@functools.lru_cache(maxsize=512)
def _unknown_name_before(run: str, before: str) -> bool:
    """A given name the dictionary does not know glued to an insult in katakana
    (「ユウトカス」, 「アヤネブス」): the whole run is no word the dictionary knows, and the part
    before the insult is two to four plain kana that are no word either, as written or in
    hiragana.  A word before the insult is no name (「トマトカス」 stays the dictionary's
    business), nor is a foreign word's start (「ダマスカス」 is a word)."""
    if not _NAME_KANA.fullmatch(before):
        return False
    whole = tokens(run)
    if len(whole) != 1 or not whole[0].oov:
        return False
    as_written = tokens(before)
    if len(as_written) != 1 or not as_written[0].oov:
        return False
    read = tokens(kata2hira(before))
    return not (len(read) == 1 and not read[0].oov)


@functools.lru_cache(maxsize=512)
def _japanese_name(prefix: str) -> bool:
    as_written = tokens(prefix)
    if len(as_written) == 1 and as_written[0].pos[2:3] == ("人名",):
        return as_written[0].pos[-1] in ("名", "姓")
    read = tokens(kata2hira(prefix))
    return len(read) == 1 and read[0].pos[2:3] == ("人名",) and read[0].pos[-1] in ("名", "姓")
