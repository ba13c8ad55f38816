"""``undisguise`` gives bare kana back without reading it, and ``fold`` folds it in three
steps (``normalize._BARE_KANA``): what the whole reading gives (``normalize._undisguised``,
``normalize._folded``), for every such letter, every pair of them and random runs
(docs/performance.md, "Round of 2026-12-07 (eighth): the name check")."""

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


def test_bare_kana_folds_as_the_whole_fold_does() -> None:
    rng = random.Random(7)
    texts = [*_LETTERS, *(a + b for a in _LETTERS for b in _LETTERS)]
    texts += ["タヒ", "タヒね", "しにたいいい", "ぁぃぅぇぉゎ", "ゆいゆい", "ヵヶ"]
    texts += ["".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 12))) for _ in range(3_000)]
    for text in texts:
        folded = normalize._folded(text, keep_breaks=False, read=False)
        assert normalize.fold(text, read=False) == folded, text
        # (``latin_keys`` and ``latin_tokens`` give bare kana what the whole fold does)
        assert normalize.latin_keys(text) == folded.latin, text
        assert normalize.latin_tokens(text) == folded.latin_tokens, text
    for text in texts[-300:]:
        for keep_breaks in (False, True):
            assert normalize.fold(text, keep_breaks=keep_breaks) == normalize._folded(
                text, keep_breaks=keep_breaks, read=True
            ), text
