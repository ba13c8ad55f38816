"""The name fast path asks ``proposes_meeting`` where it asked ``meets_in_person``: in a plain kana
name its gate lets through, both give the same answer (docs/performance.md, "Round of 2026-12-07:
the arrival")."""

from __future__ import annotations

import random

import pytest

from loadtest.visitor import DISTINCT_NAMES, distinct_name
from safety import lexicon
from safety import names as names_module
from safety.name_meeting import ASKS_WHERE, meets_in_person, proposes_meeting
from safety.normalize import display_clean
from safety.translation import kata2hira

_KANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
    "がぎぐげござじずぜぞだでどばびぶべぼぱぴぷぺぽゃゅょー"
)
# what ``meets_in_person``'s three readings look for, to be glued into names
_PIECES = (
    *(kata2hira(word) for word in lexicon.MEETING_IN_PERSON),
    *("どこ", "なん", "なに", "もより", "けん", "えき", "がっこう", "おなじ", "すんでる", "おしえて"),
    *("あお", "あおー", "あえ", "あわ", "あう", "あいに", "おあいし", "にかか", "とめ", "むかえにいっ"),
    *("で", "に", "も", "ご", "から", "ひと", "みんな", "たる", "たろ", "ない", "へん", "か", "ね"),
)


def _plain_keys_through_the_gate(keys: set[str]) -> list[str]:
    return sorted(
        key
        for key in keys
        if len(key) <= names_module.MAX_NAME_CHARS
        and names_module._PLAIN.fullmatch(key)
        and names_module._FAST_PATH_GATE.search(key) is None
    )


def test_the_gate_holds_where_someone_lives_asked() -> None:
    gate = names_module._FAST_PATH_GATE
    for key in ("どこすんでる", "なにえき", "なんがっこう", "もよりえき", "けんどこ", "おなじまち"):
        assert ASKS_WHERE.search(key) is not None
        assert gate.search(key) is not None, key


@pytest.mark.parametrize("seed", [1, 2])
def test_proposes_meeting_is_meets_in_person_on_what_the_gate_lets_through(seed: int) -> None:
    rng = random.Random(seed)
    keys = {kata2hira(display_clean(distinct_name(i))) for i in range(0, DISTINCT_NAMES, 7)}
    for _ in range(20_000):
        keys.add(
            "".join(
                rng.choice(_PIECES) if rng.random() < 0.5 else rng.choice(_KANA)
                for _ in range(rng.randint(1, 5))
            )
        )
    through = _plain_keys_through_the_gate(keys)
    assert len(through) > 2_000
    assert any(meets_in_person(key) for key in through)  # (the proposals the gate lets through)
    assert [key for key in through if meets_in_person(key) != proposes_meeting(key)] == []
