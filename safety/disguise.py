"""Disguised variants of a text, the way people slip words past a filter.

Used by the evaluation (``python -m safety evaluate``) and the tests: every name that
must be refused and every high-risk text is rewritten with each disguise, and the
variants must get the same verdict.  Deterministic: no randomness, so a figure can be
reproduced.
"""

from __future__ import annotations

from collections.abc import Callable

import jaconv

# Katakana and the kanji (or symbols) that look like them.
_KATA_LOOKALIKE = str.maketrans(
    {
        "カ": "力",
        "ロ": "口",
        "ニ": "二",
        "タ": "夕",
        "チ": "千",
        "エ": "工",
        "ト": "卜",
        "ハ": "八",
        "ー": "一",
    }
)
_LEET = str.maketrans({"i": "1", "o": "0", "e": "3", "a": "4"})
_ZERO_WIDTH = "\u200b"


def _is_kana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u30ff"


def katakana(text: str) -> str:
    return jaconv.hira2kata(text)


def half_width(text: str) -> str:
    return jaconv.z2h(jaconv.hira2kata(text), kana=True, ascii=False, digit=False)


def kanji_lookalikes(text: str) -> str:
    """Katakana with カ→力, ロ→口, ニ→二… wherever one occurs."""
    return jaconv.hira2kata(text).translate(_KATA_LOOKALIKE)


def spaced(text: str) -> str:
    return " ".join(text)


def zero_width(text: str) -> str:
    return _ZERO_WIDTH.join(text)


def small_kana(text: str) -> str:
    """A small っ slipped in after every second kana (「しっねっ」)."""
    out: list[str] = []
    for i, ch in enumerate(text):
        out.append(ch)
        if _is_kana(ch) and i % 2 == 0 and i + 1 < len(text) and _is_kana(text[i + 1]):
            out.append("っ" if "\u3041" <= ch <= "\u309f" else "ッ")
    return "".join(out)


def stretched(text: str) -> str:
    """Every kana vowel held: 「しーねー」."""
    return "".join(ch + "ー" if _is_kana(ch) and ch not in "ーっッゃゅょャュョ" else ch for ch in text)


def romaji_leet(text: str) -> str:
    """Kana as romaji with digits for letters (「しね」 → "sh1n3")."""
    latin = jaconv.kana2alphabet(jaconv.kata2hira(text))
    return latin.translate(_LEET)


def shi_four(text: str) -> str:
    """死 written 4, before katakana (「死ね」 → 「4ネ」)."""
    if "死" not in text:
        return text
    head, _, tail = text.partition("死")
    return head + "4" + jaconv.hira2kata(tail)


def dotted(text: str) -> str:
    """Latin letters with dots between them ("od" → "O.D")."""
    out: list[str] = []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            if out and out[-1].isascii() and out[-1].isalpha():
                out.append(".")
            out.append(ch.upper())
        else:
            out.append(ch)
    return "".join(out)


def full_width(text: str) -> str:
    return jaconv.h2z(text, kana=False, ascii=True, digit=True)


DISGUISES: dict[str, Callable[[str], str]] = {
    "katakana": katakana,
    "half_width": half_width,
    "kanji_lookalikes": kanji_lookalikes,
    "spaced": spaced,
    "zero_width": zero_width,
    "small_kana": small_kana,
    "stretched": stretched,
    "romaji_leet": romaji_leet,
    "shi_four": shi_four,
    "dotted": dotted,
    "full_width": full_width,
}


def variants(text: str) -> list[tuple[str, str]]:
    """(disguise, variant) for every disguise that changes ``text``.

    A romaji variant is only made of text written in kana alone (romaji of kanji is not
    a disguise anyone uses).
    """
    out: list[tuple[str, str]] = []
    seen = {text}
    for name, disguise in DISGUISES.items():
        if name == "romaji_leet" and not all(_is_kana(ch) or ch.isspace() for ch in text):
            continue
        v = disguise(text)
        if v not in seen:
            seen.add(v)
            out.append((name, v))
    return out
