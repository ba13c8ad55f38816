"""A verb of killing the dictionary reads as one word in kana (「やきころす」 is 焼き殺す): the
list's ころす counts only where a word begins and ends, and 殺 in kanji is refused anywhere."""

from __future__ import annotations

import pytest

from safety import check_name


@pytest.mark.parametrize(
    "name",
    [
        "やきころす",
        "さしころす",
        "うちころす",
        "やきころせ",
        "ゆいさしころす",
        "たこやきころす",
        "ヤキコロス",
    ],
)
def test_a_compound_verb_of_killing_is_refused_as_self_harm(name: str) -> None:
    verdict = check_name(name)
    assert not verdict.ok
    assert verdict.reason == "self_harm"


@pytest.mark.parametrize(
    "name",
    [
        "ころすけ",
        "ゆいころすけ",
        "コロ助",
        "こころすき",
        "ころしあむ",
        "ころせんせー",
        "ころっけ",
        "だるまさんがころんだ",
    ],
)
def test_words_holding_the_same_letters_pass(name: str) -> None:
    assert check_name(name).ok
