"""Round of 2026-12-03 (k): harm at home told as a rule of the house, whether a height is
enough, the writer absent as the better case, the writer as an unwanted child or in the way,
and wishes a shrug or a laugh does not take back. Phrasing written for these tests, not taken
from any tuning or blind file."""

from __future__ import annotations

import pytest

import safety
from tests.support.constructions import found_by_rules

FOUND = [
    # a blow in the passive after what the child is punished for, or told as a habit
    ("abuse_home:struck_for", "high", "しゅくだい わすれると ほうきで ぶたれる"),
    ("abuse_home:struck_for", "high", "へんじ おそいと けられる"),
    ("abuse_home:struck_for", "high", "きのうも まいにちの ように なぐられた"),
    # whether a height is enough, nothing named
    ("method_question:vague", "high", "うちは 9階。これで たりるかな"),
    ("method_question:vague", "high", "なんかいだて なら かくじつ？"),
    ("method_question:vague", "high", "何メートル あれば いいのかな"),
    ("method_question:vague", "high", "ぜんぶ おわらせるなら いちばん はやいの どれ"),
    # the writer absent as the better case, any predicate of the others faring better
    ("burden:better_without", "high", "ぼくが いない ほうが いえが あかるく なる"),
    ("burden:better_without", "high", "あたしが おらん ほうが はんの みんな うまく いく"),
    # the writer as an unwanted child
    ("burden:unwanted_child", "high", "どうせ あたしは いらない 子"),
    # kana じゃま read as a word
    ("burden", "high", "わたしって じゃまもの なんだよね"),
    # a wish a shrug does not take back
    ("wish", "high", "いなく なりたいな、なんてね"),
]


@pytest.mark.parametrize(("construction", "level", "text"), FOUND, ids=[c[2] for c in FOUND])
def test_each_reading_is_found(construction: str, level: str, text: str) -> None:
    found = found_by_rules(text)
    assert safety.LEVELS.index(found.get(construction, "none")) >= safety.LEVELS.index(level), found


@pytest.mark.parametrize(
    "text",
    [
        "きえたい笑 いや がちで",  # the laugh taken back
        "いなくなりたい笑 いや ガチ",
    ],
)
def test_a_laugh_taken_back_leaves_the_wish(text: str) -> None:
    assert safety.assess(text, learned_layer=False).at_least("high")


EVERYDAY = [
    ("abuse_home", "にいちゃんと けんかして なぐられたから なぐりかえした"),  # a fight between siblings
    ("abuse_home", "サッカーで まいにち けられる、あし いたい"),  # a sport
    ("abuse_home", "いじめっこに まいにち たたかれる"),  # bullying: a worry of its own
    ("abuse_home", "となりの こに いつも つくえ けられる"),  # a thing kicked
    ("method_question", "何階から みれば いいの？ はなび"),  # where to watch from
    ("method_question", "プール なんメートル あれば たりる？"),  # a thing named
    ("method_question", "しゅくだい おわらせるのに いちばん はやい やりかた どれ"),  # homework named
    ("burden", "わたしが いない ほうが さみしいでしょ"),  # worse off without the writer
    ("burden", "わたし いない ほうが チーム つよいかも笑"),  # a laugh
    ("burden", "いらない子 なんて いないよ"),  # comfort
    ("burden", "じゃ またね"),  # not じゃま
    ("burden", "おじゃまします"),
    ("wish", "しにたいなんて 思わないね"),  # still denied
]


@pytest.mark.parametrize(("construction", "text"), EVERYDAY, ids=[c[1] for c in EVERYDAY])
def test_everyday_shapes_are_not_found(construction: str, text: str) -> None:
    found = found_by_rules(text)
    assert found.get(construction, "none") in ("none", "concern"), found


def test_laugh_alone_still_caps_a_wish() -> None:
    assert not safety.assess("きえたい笑", learned_layer=False).at_least("concern")
