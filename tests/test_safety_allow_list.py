"""The allow-list staff edit (safety/lexicon/ordinary_names.toml): a wrong entry stops the
start with an error that says which, rather than passing silently."""

from __future__ import annotations

import pytest

from safety.allow_list import ALLOW_LIST, AllowListError, parse
from safety.name_reading import allows_a_listed_word


def test_the_shipped_allow_list_reads_and_lets_no_listed_word_through() -> None:
    assert "しねらりあ" in ALLOW_LIST.words
    assert "caroline" in ALLOW_LIST.latin
    assert allows_a_listed_word(ALLOW_LIST.words, ALLOW_LIST.latin) is None


def test_entries_are_read_as_written_and_latin_in_lower_case() -> None:
    allow = parse('words = ["しねらりあ", "不死鳥"]\nlatin = ["Caroline"]\n')
    assert allow.words == ("しねらりあ", "不死鳥")
    assert allow.latin == frozenset({"caroline"})


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('words = ["しねらりあ", 12]', "words: 12 is not a word in quotes"),
        ('words = [""]', "words: '' is not a word in quotes"),
        ('words = [" ごみばこ"]', "has spaces around it"),
        ('words = "ごみばこ"', "words must be a list in [ ]"),
        ('words = ["ごみばこ"', "not TOML"),
        ('word = ["ごみばこ"]', "unknown list 'word'"),
        ('latin = ["new york"]', "latin: 'new york' is not one word of the letters a-z"),
        ('latin = ["キャロライン"]', "is not one word of the letters a-z"),
    ],
)
def test_a_wrong_entry_is_an_error_that_names_the_file_and_the_entry(text: str, says: str) -> None:
    with pytest.raises(AllowListError) as error:
        parse(text)
    assert "safety/lexicon/ordinary_names.toml: " in str(error.value) and says in str(error.value)


@pytest.mark.parametrize(
    ("words", "latin", "says"),
    [
        (("しね",), (), "words: 'しね' is itself a word of the self_harm list"),
        (("シネ",), (), "self_harm list"),  # any spelling of it
        (("死",), (), "self_harm list"),
        (("もりさん",), (), "staff list"),
        (("☆",), (), "words: '☆' has no letters"),
        ((), ("line",), "latin: 'line' is itself a word of the contact list"),
    ],
)
def test_an_entry_that_is_itself_a_listed_word_is_refused(
    words: tuple[str, ...], latin: tuple[str, ...], says: str
) -> None:
    # taken out of every name first, it would let the listed word through everywhere
    wrong = allows_a_listed_word(words, frozenset(latin))
    assert wrong is not None and says in wrong


def test_a_word_with_a_listed_word_inside_is_what_the_list_is_for() -> None:
    assert allows_a_listed_word(("しねらりあ", "不死鳥"), frozenset({"caroline"})) is None
