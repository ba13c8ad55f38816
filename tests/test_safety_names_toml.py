"""The name lists staff edit (safety/lexicon/names.toml): a wrong entry stops the start with
an error that says which, rather than being read as nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import safety
from safety import names_toml
from safety.name_meeting import MEETING_NOUNS, MEETING_VERBS
from safety.names_toml import NamesTomlError, dictionary_words, parse
from tests.support.names import MINIMAL_NAMES_TOML as _MINIMAL

SHIPPED = Path(safety.__file__).parent / "lexicon" / "names.toml"


def test_the_shipped_file_reads() -> None:
    table = parse(SHIPPED.read_text("utf-8"))
    assert "しね" in table["self_harm"]["kana_token"]
    # the meeting words as Sudachi normalises them, the way a name's words are compared
    assert "会う" in MEETING_VERBS and "御迎え" in MEETING_NOUNS


def test_a_minimal_file_reads() -> None:
    assert set(parse(_MINIMAL)) == set(names_toml.REASONS)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[contact\n", "not TOML"),
        ("[contacts]\n" + _MINIMAL, "unknown table [contacts]"),
        ("".join(f"[{r}]\n" for r in names_toml.REASONS[1:]), "the table [contact] is missing"),
        (
            _MINIMAL.replace("[insult]\n", '[insult]\nkana_tokens = ["ばか"]\n'),
            "[insult]: unknown list 'kana_tokens'",
        ),
        (_MINIMAL.replace("[insult]\n", '[insult]\nkana = "ばか"\n'), "[insult] kana must be a list in [ ]"),
        (
            _MINIMAL.replace("[insult]\n", "[insult]\nkana = [12]\n"),
            "[insult] kana: 12 is not a word in quotes",
        ),
        (
            _MINIMAL.replace("[insult]\n", '[insult]\nkana = [""]\n'),
            "[insult] kana: '' is not a word in quotes",
        ),
        (_MINIMAL.replace("[insult]\n", '[insult]\nkana = ["ばか "]\n'), "'ばか ' has spaces around it"),
        (_MINIMAL.replace("[insult]\n", '[insult]\nkana_token = ["ば"]\n'), "'ば' is one kana"),
        (_MINIMAL.replace("[insult]\n", '[insult]\nkana = ["☆☆"]\n'), "'☆☆' has no letters"),
        (
            _MINIMAL.replace("[insult]\n", '[insult]\nkana = ["にがー"]\n'),
            "'にがー' is under three kana besides ー",
        ),
        (_MINIMAL.replace("[insult]\n", '[insult]\nkana = ["baka"]\n'), "'baka' has Latin letters"),
        (_MINIMAL.replace("[insult]\n", '[insult]\nlatin = ["big idiot"]\n'), "'big idiot' is not one word"),
        (
            _MINIMAL.replace("[insult]\n", '[insult]\nlatin_token = ["ばか"]\n'),
            "is not one word of the letters a-z",
        ),
        (
            _MINIMAL.replace("[insult]\n", '[insult]\nemoji = ["x"]\n'),
            "[insult] emoji: 'x' is not one picture",
        ),
        (_MINIMAL.replace("[insult]\n", '[insult]\nemoji = ["🖕🖕"]\n'), "is not one picture"),
        (_MINIMAL + '[pictured_words]\n"もも" = ["peach"]\n', "pictured_words: 'もも' is not one picture"),
        (_MINIMAL + '[pictured_words]\n"🍑" = "もも"\n', "pictured_words 🍑 must be a list"),
        (_MINIMAL + '[meeting]\nverb = ["会う"]\n', "[meeting]: unknown list 'verb'"),
        (_MINIMAL + '[meeting]\nverbs = ["meet"]\n', "[meeting] verbs: 'meet' has Latin letters"),
        (_MINIMAL + '[meeting]\nin_person = ["直接"]\n', "[meeting] in_person: '直接' is not a word in kana"),
        (_MINIMAL + '[orders]\nverb = ["死ぬ"]\n', "[orders]: unknown list 'verb'"),
        (_MINIMAL + '[caretaker]\nname = ["もり"]\n', "[caretaker]: unknown list 'name'"),
        (_MINIMAL + '[caretaker]\nnames = ["mori"]\n', "[caretaker] names: 'mori' has Latin letters"),
        (_MINIMAL + '[orders]\nverbs = "死ぬ"\n', "[orders] verbs must be a list in [ ]"),
    ],
)
def test_a_wrong_entry_is_an_error_that_names_the_file_and_the_entry(text: str, says: str) -> None:
    with pytest.raises(NamesTomlError) as error:
        parse(text)
    assert "safety/lexicon/names.toml: " in str(error.value) and says in str(error.value)


def test_the_single_kanji_words_stay_allowed() -> None:
    # 死 and 殺 are looked for in the name as written, not from two kana
    assert parse(_MINIMAL.replace("[self_harm]\n", '[self_harm]\nkana = ["死", "殺"]\n'))


@pytest.mark.parametrize(
    ("words", "pos", "says"),
    [
        (("会う",), "名詞", "'会う' is not one 名詞 of the dictionary (会う (動詞))"),
        (("駅で待つ",), "動詞", "'駅で待つ' is not one 動詞"),
        (("ともだち",), "動詞", "is not one 動詞"),
    ],
)
def test_a_meeting_word_the_dictionary_does_not_know_so_is_an_error(
    words: tuple[str, ...], pos: str, says: str
) -> None:
    with pytest.raises(NamesTomlError) as error:
        dictionary_words(words, pos, "[meeting] verbs")
    assert says in str(error.value)


def test_meeting_words_are_read_as_the_dictionary_normalises_them() -> None:
    assert dictionary_words(("逢う", "会う"), "動詞", "[meeting] verbs") == frozenset({"会う"})


def test_a_word_is_also_taken_as_its_reading() -> None:
    # 迎え alone is read as the verb 迎える, むかえ as the noun 迎え: a name writes either
    assert dictionary_words(("迎え",), "名詞", "[meeting] nouns") == frozenset({"迎え"})


def test_a_wrong_entry_stops_the_start(tmp_path: Path) -> None:
    # the real package, its names.toml broken as a hurried edit would break it: importing
    # safety (what the server does at start) fails and says where
    shutil.copytree(SHIPPED.parent.parent, tmp_path / "safety", ignore=shutil.ignore_patterns("__pycache__"))
    broken = tmp_path / "safety" / "lexicon" / "names.toml"
    broken.write_text(broken.read_text("utf-8").replace('"しね", ', '"し", ', 1), "utf-8")
    run = subprocess.run(
        [sys.executable, "-c", "import safety"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert run.returncode != 0
    assert "NamesTomlError: safety/lexicon/names.toml: [self_harm] kana_token: 'し' is one kana" in run.stderr
