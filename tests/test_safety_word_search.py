"""``safety.word_search``: the tree of letters finds a word wherever the plain alternation does.

The name checks use it only as found or not found (docs/performance.md, "Round of 2026-12-06,
fifth (arrivals)"), so that is what is checked here, on the very word lists they use.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safety import name_insults, name_reading, name_wants, word_search
from safety.word_search import _regrouped, any_pattern, any_word, any_word_pattern

_LETTERS = "あいかきしのもなばほー死.*?()|[]\\"


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(_LETTERS, min_size=1, max_size=4), min_size=1, max_size=12),
    st.lists(st.text(_LETTERS, max_size=10), min_size=1, max_size=20),
)
def test_found_wherever_the_alternation_finds_it(words: list[str], texts: list[str]) -> None:
    tree = any_word(words)
    plain = _alternation(words)
    for text in texts:
        assert (tree.search(text) is None) == (plain.search(text) is None), (words, text)
        assert (tree.fullmatch(text) is None) == (plain.fullmatch(text) is None), (words, text)


def test_a_word_inside_another_and_the_shorter_one_alone() -> None:
    tree = any_word(["しね", "しねま", "し"])
    assert tree.fullmatch("し") and tree.fullmatch("しね") and tree.fullmatch("しねま")
    assert tree.fullmatch("しねまー") is None and tree.search("ほしの")
    # written into a larger pattern it is one group: what follows applies to every word
    after = re.compile(any_word_pattern(["ばか", "あほ"]) + r"\Z")
    assert after.search("ゆいあほ") and after.search("ゆいばか") and after.search("ばかゆい") is None


def test_regular_expression_letters_are_letters() -> None:
    assert any_word(["a.b"]).search("axb") is None
    assert any_word(["(", "*"]).search("x*")


def test_no_word_finds_nothing_and_an_empty_word_is_refused() -> None:
    assert any_word([]).search("") is None
    with pytest.raises(ValueError):
        any_word(["あ", ""])


def _texts() -> list[str]:
    from loadtest.visitor import distinct_name

    texts = [distinct_name(i) for i in range(0, 11_700, 7)]
    said = [
        "しにたい",
        "ほしのそら",
        "ころすぞ",
        "ゆいばか",
        "あいにきて",
        "ねむりたい",
        "ヤらせて",
        "ケンタノアホ",
    ]
    return texts + [t[i:j] for t in said for i in range(len(t)) for j in range(i + 1, len(t) + 1)]


def test_the_name_checks_word_lists_find_what_they_did() -> None:
    """Two of the lists as the name checks use them, against their plain alternation, over the
    swarm's names and every piece of a few names holding the lists' words."""
    stems = _alternation(sorted(name_wants.STEMS))
    insult_at_the_end = re.compile(f"(?:{_alternation(list(name_insults._NAME_INSULTS)).pattern})\\Z")
    for text in _texts():
        for tree, plain in (
            (name_wants._STEM_RE, stems),
            (name_insults._ENDS_IN_AN_INSULT, insult_at_the_end),
        ):
            assert (tree.search(text) is None) == (plain.search(text) is None), text


def test_has_fragment_is_the_scan() -> None:
    """``has_fragment``'s one search says what ``_fragment_in`` says of the listed words."""
    texts = [name_reading.kata2hira(t) for t in _texts()] + ["しずくそら", "くそ", "ゆいくそばか", "あ", ""]
    for text in texts:
        assert name_reading.has_fragment(text) == name_reading._fragment_in(text, name_reading.FRAGMENTS), (
            text
        )


def test_patterns_joined_find_what_each_finds() -> None:
    patterns = [re.compile("^(?:ちに|ちね)"), re.compile("(?:なぐ|ころ).*(?:ぞ|ぜ)"), re.compile("(a)b")]
    joined = any_pattern(patterns)
    for text in ("ちにたい", "ゆちに", "ころすぞ", "ぞころ", "ab", "ba", ""):
        assert (joined.search(text) is None) == all(p.search(text) is None for p in patterns), text
    # the first may refer back to its own group (its number is kept); no other may, nor any
    # pattern with flags of its own
    doubled = any_pattern([r"(?s:(.)\1)", "(x)y"])
    assert doubled.search("もも") and doubled.search("xy") and doubled.search("もか") is None
    with pytest.raises(ValueError):
        any_pattern(["a", r"(.)\1"])
    with pytest.raises(ValueError):
        any_pattern([re.compile("a", re.IGNORECASE)])
    assert any_pattern([]).search("") is None


_SHAPES = (
    "{0}|{1}|{2}",
    "(?:{0}|{1}){2}",
    "(?:(?:{0}|{1})|{2})(?:{1}|{0})",
    "{0}(?:{1}|{2})?|{1}",
    "({0}|{1}){2}|{2}",  # a group that captures: what follows it is not written out twice
    "(?:{0}|{1})({2}|{0})",
    "(?s:(.)\\1)|(?:{0}|{1}){2}",
    "^(?:{0}|{1})|{2}$",
    "\\A(?:{0}|{1})\\Z|{2}",
    "(?<=[あか])(?:{0}|{1})|{2}",
    "(?:{0}|{1}).*(?:{2}|ぞ)",
    "(?:{0}|{1})[かき]{{1,2}}|{2}(?!{0})",
    "{0}|{0}{1}|{0}{2}",
)


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(_SHAPES),
    st.lists(st.text("あいかきしの", min_size=1, max_size=3), min_size=3, max_size=3),
    st.lists(st.text("あいかきしのぞ", max_size=9), min_size=1, max_size=20),
)
def test_regrouped_finds_what_the_pattern_finds(shape: str, words: list[str], texts: list[str]) -> None:
    """The alternation regrouped by first letter finds something wherever the pattern as
    written does, and nothing elsewhere (found or not is all it keeps)."""
    written = shape.format(*map(re.escape, words))
    plain, regrouped = re.compile(written), _regrouped(written)
    for text in texts:
        assert (regrouped.search(text) is None) == (plain.search(text) is None), (written, text)


def test_regrouped_alternatives_start_with_their_letter() -> None:
    """What the regrouping is for: the alternation's alternatives each start with a letter of
    their own (passed over at once where the text has another), but for those that cannot: a
    group referred back to, an anchor.  As joined, each was a group entered at every letter."""
    from re import _parser

    from safety import names
    from safety.word_search import _alternatives, _grouped

    joined = "|".join(f"(?:{p})" for p in (r"(.)\1", "ab|ac", "(?:bb|cc)d", "^x"))
    tree = _parser.parse(joined)
    assert [str(op) for op, _ in tree.data] == ["BRANCH"]  # as joined: four groups
    grouped = _grouped(_alternatives(list(tree.data)), tree.state)
    assert [str(items[0][0]) for items in grouped] == ["LITERAL", "LITERAL", "LITERAL", "SUBPATTERN", "AT"]
    code = _regrouped(joined)
    assert code.search("zacz") and code.search("zccd") and code.search("xz") and code.search("zz")
    assert code.search("zax") is None
    gate = names._FAST_PATH_GATE
    assert gate.search("そら") is None and gate.search("もも") and gate.search("しずくそら")


def test_the_fast_path_gate_finds_what_its_checks_found() -> None:
    """``names._FAST_PATH_GATE`` against the checks it stands for, each asked on its own as the
    fast path asked them before (round of 2026-12-06, fifth)."""
    from safety import name_leaving, name_views, names

    stems = _alternation(list(names._STEMS))
    long_way_keys = _alternation(list(names._LONG_WAY_KEYS))

    def each_on_its_own(key: str) -> bool:
        return bool(
            "たひ" in key
            or name_views._doubled(key)
            or long_way_keys.search(key)
            or name_insults._INSULT_PERSON.search(key)
            or name_reading._fragment_in(key, name_reading.FRAGMENTS)
            or any(app in key for app in names._FOOD_APPS)
            or names._NOT_THERE.search(key)
            or names._BABY.search(key)
            or names._MEANS_KANA.search(key)
            or key in names.WHOLE_ANY
            or stems.search(key)
            or names._THREAT_RE.search(key)
            or names.UNWANTED_KANA.search(key)
            or names._LIFE_REFUSED.search(key)
            or name_leaving.pictured_in_kana(key)
            or names._ROUND_M_KANA.search(key)
        )

    keys = [name_reading.kata2hira(t) for t in _texts()]
    keys += [*sorted(names.WHOLE_ANY), "もも", "たひね", "いのちいらない", "ころすぞ", "ちにたい", "かかお"]
    for key in keys:
        assert (names._FAST_PATH_GATE.search(key) is not None) == each_on_its_own(key), key


def test_a_listed_word_folded_to_one_kana_stops_the_start(tmp_path: Path) -> None:
    """「しー」 passes names.toml's own check (two letters written) but is read as し, which the
    one search for every listed word would find in most names and the readings' scan never:
    importing safety (what the server does at start) fails and names it."""
    shipped = Path(name_reading.__file__).parent
    shutil.copytree(shipped, tmp_path / "safety", ignore=shutil.ignore_patterns("__pycache__"))
    toml = tmp_path / "safety" / "lexicon" / "names.toml"
    toml.write_text(toml.read_text("utf-8").replace('"しね", ', '"しね", "しー", ', 1), "utf-8")
    run = subprocess.run(
        [sys.executable, "-c", "import safety"], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert run.returncode != 0
    assert "listed kana words of one letter: ['し']" in run.stderr


def test_the_names_gate_is_regrouped_on_this_python() -> None:
    # the plain alternation is only the fallback for another Python's engine: here the gate is
    # the regrouped one (compiled from the parsed form, so it has no source text)
    from safety import names

    assert names._FAST_PATH_GATE.pattern is None
    assert word_search._regrouped_by_parser("(?:ab|ac)d").pattern is None
