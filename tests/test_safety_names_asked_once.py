"""The name checks' searches joined or asked once (docs/performance.md, "Round of 2026-12-07
(eighth): the name check") find what the separate ones found, on many keys and names."""

from __future__ import annotations

import random

from safety import name_english_slang as slang
from safety import name_invites
from safety.name_contact import _asks_to_meet, _stretch_undone
from safety.name_meeting import invites_meeting, meets_in_person
from safety.name_views import _views
from safety.translation import kata2hira

_SELF_HARM_PARTS = (
    slang._END,
    slang._END_ME,
    slang._LIFE_REFUSED,
    slang._KMS,
    slang._OD_ROMAJI,
    slang._UNALIVE,
    slang._DEAD_INSIDE,
    slang._HURT_SELF,
)
_PIECES = [
    "i",
    "im",
    "ill",
    "gonna",
    "wanna",
    "letme",
    "lets",
    "timeto",
    "end",
    "ending",
    "my",
    "life",
    "self",
    "it",
    "all",
    "now",
    "me",
    "pls",
    "just",
    "hang",
    "stab",
    "hate",
    "tired",
    "of",
    "sick",
    "this",
    "sucks",
    "is",
    "pain",
    "no",
    "will",
    "to",
    "live",
    "dont",
    "not",
    "want",
    "wan",
    "na",
    "be",
    "alive",
    "wish",
    "was",
    "dead",
    "gone",
    "never",
    "born",
    "better",
    "off",
    "death",
    "kms",
    "rn",
    "lol",
    "od",
    "shitai",
    "unalive",
    "dead",
    "in",
    "side",
    "hurt",
    "harm",
    "your",
    "ur",
    "you",
    "u",
    "r",
    "so",
    "a",
    "an",
    "trash",
    "gross",
    "shit",
    "butt",
    "head",
    "face",
    "bag",
    "brain",
    "x",
    "1",
    "2",
    "-",
]


def _keys(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 5))) for _ in range(count)]


def test_the_joined_english_searches_find_what_each_found() -> None:
    keys = _keys(20261207, 40_000)
    found = 0
    for key in keys:
        alone = any(p.search(key) for p in _SELF_HARM_PARTS)
        assert (slang._SELF_HARM.search(key) is not None) == alone, key
        insult = slang._TO_YOU.search(key) or slang._VULGAR_PERSON.search(key)
        assert (slang._INSULT.search(key) is not None) == bool(insult), key
        found += alone
    assert found > 1_000  # (the keys do hold the phrases)


def test_the_invitation_stems_regrouped_find_what_the_alternation_found() -> None:
    import re

    plain = re.compile(name_invites._STEM_WORDS)
    rng = random.Random(7)
    letters = (
        "あそぼばびはなさしとーくこえひまべつのほかよゃっがらもでけおふぷりいれろ"
        "成つきみげんてじょう近同遊話集募$"
    )
    for _ in range(40_000):
        key = "".join(rng.choice(letters) for _ in range(rng.randint(1, 10)))
        assert (name_invites.STEMS.search(key) is None) == (plain.search(key) is None), key


def _asks_as_before(name: str) -> bool:
    """``_asks_to_meet`` as it was written before each spelling was asked once."""
    views = _views(name)
    from safety.name_contact import gathers, invites, sets_when_where

    return bool(
        any(meets_in_person(r.key) for r in views.readings)
        or meets_in_person(written := kata2hira(views.undisguised))
        or ("っ" in written and meets_in_person(written.replace("っ", "")))
        or ("ー" in written and meets_in_person(_stretch_undone(written)))
        or any(meets_in_person(kata2hira(t)) for t in views.texts)
        or any(invites_meeting(t) for t in views.texts)
        or any(invites(t) for t in views.texts)
        or any(gathers(t) for t in views.texts)
        or sets_when_where(views.undisguised)
    )


def test_asking_each_spelling_once_asks_the_same() -> None:
    rng = random.Random(11)
    pieces = [
        "あお",
        "ー",
        "っ",
        "ね",
        "あえ",
        "ない",
        "？",
        "おうち",
        "き",
        "て",
        "アオ",
        "ッ",
        "や",
        "そら",
        "ゆい",
        "1",
    ]
    names = ["あおーね", "あっおーッや", "あーおーーねー", "おうちき1て", "アオ一", "あえない？"]
    names += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(1_500)]
    asked = 0
    for name in names:
        before = _asks_as_before(name)
        assert _asks_to_meet(_views(name)) == before, name
        asked += before
    assert asked > 20  # (the names do ask, some of them)


def test_the_readings_of_a_digit_need_one() -> None:
    from safety import name_views

    rng = random.Random(3)
    letters = "4４０1２9あしねカタ死神希念人年組ー一口 a"
    found = 0
    for _ in range(30_000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(1, 8)))
        any_reading = (
            name_views._SHI_FOUR.search(text)
            or name_views._DEATH_FOUR.search(text)
            or name_views._FOUR_BEFORE_KANJI.search(text)
            or name_views._DIGITS_AMONG_KANA.search(text)
        )
        if any_reading:
            found += 1
            assert name_views._DIGIT_OR_FOUR.search(text), text
    assert found > 1_000


def test_the_dying_stems_searched_at_once_find_what_each_found() -> None:
    from safety import name_self_harm

    rng = random.Random(5)
    letters = "しにねんのぬきえいなくころじさつおわむやめざまあかそら"
    found = 0
    for _ in range(30_000):
        piece = "".join(rng.choice(letters) for _ in range(rng.randint(1, 8)))
        each = any(stem in piece for stem in name_self_harm._DYING_STEMS)
        assert (name_self_harm._DYING_STEM.search(piece) is not None) == each, piece
        found += each
    assert found > 1_000


def test_the_spellings_said_otherwise_are_found_in_one_search() -> None:
    from safety import name_views

    rng = random.Random(9)
    pieces = ["しに", "きえ", "いなくなり", "しね", "おわり", "とう", "たみ", "な", "やん", "けじゃ", "ね"]
    pieces += ["やで", "ー", "!", "おら", "ん", "へん", "ひん", "く", "ように", "よう", "あ", "そら"]
    found = 0
    for _ in range(30_000):
        hira = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        each = bool(
            name_views._WEST_TAI.search(hira)
            or name_views.TAMI.search(hira)
            or name_views._INSULT_ENDING.sub("", hira) != hira
            or name_views._NOT_THERE.search(hira)
        )
        assert (name_views._SAID_OTHERWISE.search(hira) is not None) == each, hira
        found += each
    assert found > 1_000
