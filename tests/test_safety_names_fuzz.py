"""Hostile and random names: a clear verdict, never an exception; and a mark or digit put
between the letters of a refused kana name hides nothing."""

from __future__ import annotations

import random

import pytest

import safety
from safety.messages import REASONS
from safety.name_ornaments import without_ornaments
from safety.names import _ALLOWED, MAX_NAME_CHARS, _allowed_characters, _without_accents
from tests.support.tuning_data import data_text

_POOLS = (
    [chr(c) for c in range(0x3041, 0x3097)],  # hiragana
    [chr(c) for c in range(0x30A1, 0x30FF)] + [chr(c) for c in range(0xFF66, 0xFF9F)],  # katakana
    [chr(c) for c in range(0x4E00, 0x9FFF, 97)] + list("死殺会待来泊集森管理運営"),
    list("abcdefghijklmnopqrstuvwxyzABCXYZéüñ!.@_-"),
    list("0123456789０１２３①②⑴一二三〇零十百千"),
    [chr(c) for c in range(0x1F300, 0x1FAFF, 11)] + list("☆★♪♡🔪💊☠📞✉🍑🍆") + ["1\ufe0f\u20e3", "🇯🇵"],
    [chr(c) for c in range(0x300, 0x370, 3)] + ["\u3099", "\u309a", "\u20e3"],  # combining marks
    list("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"),  # direction marks
    [chr(c) for c in range(0xFE00, 0xFE10)] + ["\U000e0100", "\U000e0001"],  # variation selectors, tags
    list("\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u3164"),  # invisible
    ["\x00", "\x01", "\x7f", "\n", "\r", "\t", "\u2028", "\x1b", " ", "\u3000"],
    ["\ud800", "\udfff", "\udc80"],  # lone surrogates
    list("가나абвαβγاب中אก") + list("・ー～〜()*^+=。、'ω`&;†∞【】「」≧∇´｀…々〆ゝゞ"),
    list("㍿㌔﷽ﬃ℡™㈱⑳⒇"),  # one character NFKC makes many
)


def _random_names(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    names = []
    for _ in range(n):
        pools = rng.sample(_POOLS, rng.randint(1, 4))
        length = rng.choice((0, 13, 64, 65, 2000)) if rng.random() < 0.05 else rng.randint(1, 16)
        names.append("".join(rng.choice(rng.choice(pools)) for _ in range(length)))
    return names


def test_random_names_from_mixed_scripts_get_a_clear_verdict() -> None:
    reasons = {*REASONS, "empty", "too_long", "chars"}
    for name in _random_names(3000, seed=20261202):
        verdict = safety.check_name(name)
        if verdict.ok:
            assert 1 <= len(verdict.name) <= MAX_NAME_CHARS, verdict
            # (or, since round u, allowed once a face's letters and the ornaments are out)
            bare = without_ornaments(verdict.name)
            assert _ALLOWED.fullmatch(_without_accents(verdict.name)) or (
                bare is not None and _allowed_characters(bare)
            ), verdict
        else:
            assert verdict.reason in reasons, verdict
        verdict.name.encode("utf-8")  # no lone surrogate reaches the page


@pytest.mark.parametrize("name", ["\x00" * 100_000, "あ" * 100_000, "\u0301" * 100_000, "﷽" * 64, "\ud800"])
def test_huge_and_broken_input_is_refused_plainly(name: str) -> None:
    verdict = safety.check_name(name)
    assert not verdict.ok and verdict.reason in ("empty", "too_long", "chars")


_MARKS = ("!", "?", "・", "※", ";", "-", "=", "^", "*", "`", "【", "→", "∀", "ω", "々", "〆", "〇", "ゝ")
_MARKS += ("1", "7")


def _refused_kana_names() -> list[str]:
    names = []
    for line in data_text("classed/names_2026-12-02c.tsv").splitlines():
        expected, _cls, name = [*line.split("\t"), "", ""][:3]
        kana = all("\u3041" <= ch <= "\u30fa" for ch in name)
        if expected not in ("ok", "# expected") and kana and 2 <= len(name) <= 6:
            names.append(name)
    return names


def test_a_mark_or_digit_between_the_letters_of_a_refused_kana_name_hides_nothing() -> None:
    let_through = []
    for name in _refused_kana_names():
        if safety.check_name(name).ok:
            continue
        for i in range(1, len(name)):
            for mark in _MARKS:
                variant = name[:i] + mark + name[i:]
                if safety.check_name(variant).ok:
                    let_through.append(variant)
    assert let_through == []
