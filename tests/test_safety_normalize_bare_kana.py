"""``undisguise`` gives bare kana back without reading it (``normalize._BARE_KANA``): the same
text the whole reading (``normalize._undisguised``) gives, for every such letter, every pair of
them and random runs (docs/performance.md, "Round of 2026-12-07 (eighth): the name check")."""

from __future__ import annotations

import random

from safety import normalize

_LETTERS = [chr(c) for c in range(0x3000, 0x3100) if normalize._BARE_KANA.fullmatch(chr(c))]


def test_the_class_is_kana_letters_without_small_tsu() -> None:
    assert len(_LETTERS) == 85 + 89  # ぁ…ゖ and ァ…ヺ, less っ and ッ
    assert "っ" not in _LETTERS and "ッ" not in _LETTERS and "ー" not in _LETTERS
    assert normalize.undisguise("っゃ") == normalize._undisguised("っゃ") == "ゃ"


def test_every_letter_and_pair_reads_as_itself() -> None:
    for a in _LETTERS:
        assert normalize._undisguised(a) == a
        for b in _LETTERS:
            assert normalize._undisguised(a + b) == a + b


def test_random_runs_read_the_same_both_ways() -> None:
    rng = random.Random(20261207)
    near = [*_LETTERS, "っ", "ッ", "ー", "ゝ", "々", "三", "一", "\u3099", " ", "☆"]
    for _ in range(20_000):
        text = "".join(rng.choice(near) for _ in range(rng.randint(1, 12)))
        assert normalize.undisguise(text) == normalize._undisguised(text)
