"""The gate before names round i's stand-in re-judgement (issue 15, docs/performance.md, "Round of
2026-12-07 (fifth): the arrival").

``stand_in_reason`` undisguises every name that passes to look for the round's allowed words; a
name that holds no source of every letter of one of them (``could_hold_a_stand_in_word``) has no view
holding one, and is not undisguised.  The gate is only worth having if it never skips a name the
re-judgement would refuse: these tests hold the table it reads to the whole of Unicode, the views
to the table letter by letter, and the gated re-judgement to the ungated one on names built to hold
the words in every disguise ``safety.disguise`` and ``safety.normalize`` know.
"""

from __future__ import annotations

import random
import unicodedata

import pytest

from loadtest.visitor import distinct_name
from safety import names
from safety.disguise import variants
from safety.name_pieces_in_words import (
    _ANY_STAND_IN_WORD,
    _BIT,
    _BITS_OF,
    _BY_LENGTH,
    _SOURCES,
    _STAND_IN_WORDS,
    _head_after_doing,
    _stood_in,
    _views,
    could_hold_a_stand_in_word,
    letter_sources,
    stand_in_reason,
)
from safety.translation import hira2kata, kata2hira


def _ungated(name: str) -> str | None:
    """``stand_in_reason`` as it was before the gate (every view read)."""
    judge = names._content_reason
    for view in _views(name):
        if _ANY_STAND_IN_WORD.search(kata2hira(view)) is None:
            continue
        for stood in (_stood_in(view), _head_after_doing(view)):
            if stood is not None and (reason := judge(stood, stood)) is not None:
                return reason
    return None


def _holds_a_word(name: str) -> bool:
    return any(_ANY_STAND_IN_WORD.search(kata2hira(view)) for view in _views(name))


def test_the_table_is_unicodes() -> None:
    """``_SOURCES`` is what ``letter_sources`` works out from this Python's Unicode today: a new
    Unicode (or a new stand-in word) must regenerate it."""
    assert letter_sources() == _SOURCES


def test_every_letter_a_view_holds_has_a_source() -> None:
    """The table against the views themselves, letter by letter: over every code point of the
    BMP and every other one NFKC changes, alone, between katakana, after a given name and with a
    sound mark written after it, each stand-in word's letter a view holds has a source in the name."""
    letters = {c for w in _BY_LENGTH for c in w}
    points = [
        chr(i)
        for i in range(0x110000)
        if not 0xD800 <= i < 0xE000 and (i < 0x10000 or unicodedata.normalize("NFKC", chr(i)) != chr(i))
    ]
    for x in points:
        for name in (x, f"ア{x}ア", f"ゆい{x}", f"{x}\u3099", f"{x}\uff9e"):
            seen = {c for view in _views(name) for c in kata2hira(view)} & letters
            if not seen:
                continue
            have = 0
            for ch in set(name):
                have |= _BITS_OF.get(ch, 0)
            missing = [c for c in seen if not have & _BIT[c]]
            assert not missing, (name, missing)


def _built_names() -> list[str]:
    """Each stand-in word as written, in katakana, half-width, with look-alike kanji, spaced, with
    marks and small っ slipped in, glued to listed words and names on either side, and every
    disguise ``safety.disguise.variants`` makes of each."""
    rng = random.Random(15)
    kana = sorted({kata2hira(w) for w in _STAND_IN_WORDS if not any("一" <= c <= "鿿" for c in w)})
    kanji = [w for w in _STAND_IN_WORDS if any("一" <= c <= "鿿" for c in w)]
    around = (
        "",
        "おまえ",
        "しね",
        "ゆい",
        "ばか",
        "あいたい",
        "の",
        "やろう",
        "め",
        "しよ",
        "されろ",
        "こむ",
        "です",
    )
    lookalike = str.maketrans("カロニタチエトハミ", "力口二夕千工卜八三")
    out: list[str] = []
    for word in (*kana, *kanji):
        forms = {word, hira2kata(word), unicodedata.normalize("NFKC", hira2kata(word))}
        forms.add(hira2kata(word).translate(lookalike))
        forms.add(unicodedata.normalize("NFKD", hira2kata(word)))  # sound marks written apart
        forms.add(" ".join(word))
        forms.add("☆".join(word))
        forms.add("っ".join(word))
        for form in sorted(forms):
            # (each form alone and with six of the neighbours drawn: every pair would be
            # minutes of judging)
            out.append(form)
            out += [rng.choice(around) + form + rng.choice(around) for _ in range(6)]
        # every disguise of the word with a neighbour that makes it a refusal
        out += [v for name in (word, "おまえ" + word, word + "やろう") for _, v in variants(name)]
    # and letters of the words strewn at random (the sources without the word)
    letters = "".join(sorted({c for w in _BY_LENGTH for c in w}))
    out += ["".join(rng.choice(letters) for _ in range(rng.randint(2, 12))) for _ in range(3000)]
    return list(dict.fromkeys(out))


_NAMES = _built_names()


def test_the_gate_never_skips_a_word() -> None:
    """Over the built names: every name a view of which holds a stand-in word is let through, and
    the sample holds over 1,500 of them (most disguised)."""
    holding = [n for n in _NAMES if _holds_a_word(n)]
    assert len(holding) > 1500
    assert all(could_hold_a_stand_in_word(n) for n in holding)


@pytest.mark.parametrize("part", range(4))
def test_the_gate_never_changes_a_stand_in_reason(part: int) -> None:
    """Over the built names (a quarter a test): the gated re-judgement gives the ungated one's
    reason, and hundreds of them are a refusal (the gate is tested where it matters)."""
    sample = _NAMES[part::4]
    refused = 0
    for name in sample:
        judged = stand_in_reason(name, lambda t: names._content_reason(t, t))
        assert judged == _ungated(name), name
        refused += judged is not None
    assert refused > 150


def test_the_gate_is_its_statement() -> None:
    """``could_hold_a_stand_in_word`` (bits, key letters) says what its docstring says, written
    plainly: the name holds a source of every letter of one of the words."""

    def plainly(name: str) -> bool:
        return any(all(set(_SOURCES[c]) & set(name) for c in word) for word in _BY_LENGTH)

    rng = random.Random(7)
    alphabet = "".join(_BITS_OF) + "あいうえおゆりな☆ 0"
    texts = [
        *_NAMES,
        *("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(20_000)),
    ]
    assert all(could_hold_a_stand_in_word(t) == plainly(t) for t in texts)


def test_most_names_skip_the_undisguising() -> None:
    """The gate's point: plain names (the swarm's) hold no source of a whole stand-in word."""
    assert not any(could_hold_a_stand_in_word(distinct_name(i)) for i in range(3000))
    assert could_hold_a_stand_in_word("ゆいのﾌﾞﾀカツ") and could_hold_a_stand_in_word("ごみ収集")
    assert not could_hold_a_stand_in_word("ぶたかわいい")
