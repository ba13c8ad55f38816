"""Names round b of 2026-12-07: a name is judged by the words it is made of, also when the word
holding a listed fragment stands beside marks, digits or Latin letters (each run of letters read
alone, in a name written plainly).  The round also let it stand beside any word of the dictionary
(「タヒボがすき」, not only a suffix or の); the blind non-regression gate found two katakana
disguises of insults passing by it, and it was withdrawn.  Each ordinary name was refused before
this round; each twin beside it — the same word with harm glued to it, a harmful word whose letter
the noun took, a phrase Sudachi cuts into a name by chance, the word written in kana — is still
refused.  A kanji person's or place's name
read as its kanji (「阿保」 as a surname) was tried and withdrawn after review: the insults written
with it passed (``REVIEWED_REFUSE``)."""

from __future__ import annotations

import pytest

from loadtest.name_ways import long_way
from safety import check_name
from safety.name_words import holding_words


@pytest.mark.parametrize(
    ("ordinary", "twin"),
    [
        # the holding word beside marks, Latin letters and faces (each run of letters read alone)
        ("タヒボ☆ちゃん", "タヒボ☆しね"),
        ("タヒボw", "タヒボwしね"),
        ("タヒボちゃんw", "タヒボちゃんきえろ"),
        ("タヒボ🌸", "タヒボ💀"),
        ("ぶたん🐷", "ぶたんがきもい"),
    ],
)
def test_a_word_holding_a_fragment_passes_and_its_harmful_twin_does_not(ordinary: str, twin: str) -> None:
    assert check_name(ordinary).ok, ordinary
    assert long_way(ordinary).ok  # (the fast path and the long way agree)
    assert not check_name(twin).ok, twin


@pytest.mark.parametrize(
    "name",
    [
        # the twins of the names the withdrawn reading let through (the holding word beside any
        # word of the dictionary: 「タヒボがすき」, 「カスベ大好き」 are refused again)
        "タヒボがしね",
        "タヒボでしにたい",
        "タヒボころす",
        "タヒボとしね",
        "タヒボしんで",
        "タヒボでころしてやる",
        "カスベきもい",
        # a noun that took a letter of the harmful word beside it (ね|ぶた, こ|ぶた, も|くず)
        "4ぃねぶたん",
        "ちぃんこぶたん",
        "き.もくずもち",
        # a harmful word split by a mark or a space, its end glued to a noun
        "ば かぶたん",
        "ば🍭かぶたん",
        "b4かぶたん",
        # a phrase Sudachi reads as a family name in kana and letters (かすや|ん|け)
        "かすやんけ",
        # the other word left beside the particle it was glued to (サクラがば か reads ばか)
        "タヒボがば か",
        "カスベがばぁか",
        # a kanji name holding a listed kanji, or a single kanji that is the word itself
        "死根",
        "豚",
        "阿保しね",
        "阿保ちゃんきもい",
    ],
)
def test_names_still_refused(name: str) -> None:
    assert not check_name(name).ok, name


def test_a_name_the_cleaning_changed_is_read_as_round_r_read_it() -> None:
    # a space is no letter of a word, and a name written with a width or space trick is not
    # read run by run
    assert holding_words("タ ヒボ", plain=True) is None
    assert holding_words("タヒボ☆ちゃん") is None  # (not written plainly: one run only)
    assert holding_words("タヒボ☆ちゃん", plain=True) == ((0, 3),)


# The round's review (2026-12-07): names and disguised variants the round let through, each
# refused before it, while 阿保 and 円光 were read as a surname and a place's name in kanji
# (withdrawn).  Each must be refused.
REVIEWED_REFUSE = (
    "この阿保",
    "コノ阿保",
    "こーのー阿保",
    "阿保が",
    "阿保ｶﾞ",
    "阿保面",
    "阿 保 面",
    "阿保め",
    "阿保メ",
    "阿保か",
    "阿保力",
    "おまえ阿保",
    "オマ工阿保",
    "おまえは阿保",
    "ど阿保",
    "ﾄﾞ阿保",
    "ただの阿保",
    "阿保w",
    "阿保ｗｗ",
    "円光ちゃん",
    "円光☆さん",
    "円光☆さーんー",
    "円光さん☆えき",
    # (read as 粕谷|ろっ|う: a filler beside the surname, no name's cut)
    "粕谷ろっう",
)


@pytest.mark.parametrize("name", REVIEWED_REFUSE)
def test_the_reviews_insults_and_sexual_names_are_refused(name: str) -> None:
    assert not check_name(name).ok, name
