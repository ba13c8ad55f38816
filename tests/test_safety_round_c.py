"""Round of 2026-12-03 (c): burden, place-now and vague method questions read from grammar.

Every sentence here is written fresh for the test (not copied from a tuning file), so a rule
that only learned a tuning text's words fails it.  Each positive case was below its level on
main 077a8bf, each negative one must stay below it.
"""

from __future__ import annotations

import pytest

import safety


def _found(text: str) -> dict[str, str]:
    """construction (and ``construction:note``) → the highest level the rules gave it."""
    out: dict[str, str] = {}
    for span in safety.assess(text, learned_layer=False).spans:
        if span.construction:
            for name in [span.construction] + ([f"{span.construction}:{span.note}"] if span.note else []):
                out[name] = max(out.get(name, "none"), span.level, key=safety.LEVELS.index)
    return out


FOUND = [
    # burden: vanishing declared as done for the others (who benefits named by a purpose)
    ("burden:for_others", "high", "かぞくの ために ぼくは きえるよ"),
    ("burden:for_others", "high", "ママが なかなくて いいように いなくなるね"),
    # burden: the others able to do more, or spared, once the writer is gone
    ("burden:others_gain", "high", "ぼくが いなくなれば パパは しごとに 集中できる"),
    ("burden:others_gain", "high", "あたしが しんだら 家族の おかねが ふえる"),
    # burden: living, or what is spent on the writer, as a waste
    ("burden:waste", "high", "ぼくが いきてる こと じたい むだ"),
    ("burden:waste", "high", "おれに かける おかね もったいない"),
    # burden: a burden, then vanishing as its consequence; vanishing judged the right thing
    ("burden:so_i_go", "high", "ぼく みんなの おにもつ だよね。だから きえるよ"),
    ("burden:right_thing", "high", "わたしが きえるのが 親孝行"),
    # burden: not needed here; spared with no one named; a misparsed apology; the writer's being
    ("burden:needless", "high", "おれなんか いなくても みんな へいきだよね"),
    ("burden:others_gain", "high", "ぼくが いなかったら けんか しなくて すむのに"),
    ("burden", "high", "いきてるのが もうしわけない"),
    ("burden:waste", "high", "ぼくの ために ママが おかね つかうの もったいない"),
    ("burden", "high", "存在が めいわく"),
    # place-now from tense and aspect: goal/path/start particle + a done or ongoing verb
    ("place_now", "imminent", "鉄橋を わたってる。したは かわ"),
    ("place_now", "imminent", "ベランダから からだ のりだしてる"),
    ("place_now", "imminent", "よるの せんろに おりた"),
    ("place_now", "imminent", "ふみきり しのびこんだ"),
    # where the writer is, said as a sentence of its own (like なう), with a sign after it
    ("place_now", "imminent", "鉄橋。もう むり"),
    ("place_now", "imminent", "ホームです。くつ ぬいだ"),
    # the writer there said in the next or the previous sentence
    ("place_now", "imminent", "おくじょうの とびら あいてた。いま ここ"),
    ("place_now", "imminent", "ついたよ。たかい とこ。"),
    # an everyday word elsewhere does not outweigh not going back or not boarding
    ("place_now", "imminent", "ママと おべんとう たべた。屋上に いる、もう かえらない"),
    ("place_now", "imminent", "えきの ホームで でんしゃ まってる。のる ためじゃない"),
    # vague method questions: out or at once, ending asked after, painless, taken then no waking
    ("method_question:vague", "high", "なんじょうで アウト？"),
    ("method_question:vague", "high", "何メートルからなら 即？"),
    ("method_question:vague", "high", "いっしゅんで おわるやつ ある？"),
    ("method_question:vague", "high", "何時間 もぐってたら おわるの"),
    ("method_question:vague", "high", "どっちが いたくない？"),
    ("method_question:vague", "high", "ねる まえに のめば そのまま めが さめないの？"),
]


@pytest.mark.parametrize(("construction", "level", "text"), FOUND, ids=[c[2] for c in FOUND])
def test_each_reading_is_found(construction: str, level: str, text: str) -> None:
    found = _found(text)
    assert safety.LEVELS.index(found.get(construction, "none")) >= safety.LEVELS.index(level), found


# Out of the way of an occasion, not out of the world: neither the rules nor the layer flag it.
SITUATIONAL = [
    "せんせいと ママの めんだん、わたしは いない ほうが いいから さきに かえる",
    "ともだち 二人で はなしてるから、わたし いない ほうが いいかな、トイレ いってくる",
    "いとこの サプライズ、ぼく いない ほうが ばれないから へやに こもっとく",
]


@pytest.mark.parametrize("text", SITUATIONAL)
def test_an_absence_bounded_by_an_occasion_is_no_burden(text: str) -> None:
    result = safety.assess(text)
    assert result.level == "none", result.spans
    assert any(s.note == "situational" for s in result.spans)


@pytest.mark.parametrize(
    "text",
    [
        "わたしは いない ほうが いい。もう きえたい",  # vanishing named: never situational
        "みんなの パーティー、わたし いない ほうが いいよね。いなくなりたい",
    ],
)
def test_an_absence_with_a_wish_to_vanish_stays_serious(text: str) -> None:
    assert safety.assess(text).at_least("high")


NOT_FOUND = [
    ("burden", "みんなの ために きょうは はやく かえるね"),  # a purpose, no vanishing
    ("burden", "せんせいが いなくなったら みんな じゆうに できる"),  # someone else absent
    ("burden", "ごはん のこすの もったいない"),  # food, not the writer
    ("burden", "あいつの 存在が じゃま"),  # someone else's being: anger
    ("burden", "かぜで みんなに めいわく かけた。だから きょうは やすむね"),  # no vanishing
    ("burden", "みんなの じゃまに ならないように、はやく かえるね"),
    ("place_now", "はしを わたって がっこう いった"),  # a way to school, told
    ("place_now", "あした おくじょうに のぼる"),  # a plan for tomorrow
    ("place_now", "おくじょうで おべんとう たべてる"),  # lunch on the roof
    ("place_now", "ベランダで ミニトマト そだててる"),  # a scene (で) with no sign of the end
    ("place_now", "ねこが やねから とびおりた"),  # someone else the subject
    ("place_now", "がけの うえの じんじゃまで あるいた"),  # the cliff names where the shrine is
    ("place_now", "マイクラで せんろに おりた"),  # a game
    ("place_now", "きのうは うみ。たのしかった"),  # yesterday: no report of now
    ("method_question", "じゅぎょう あと なんぷんで おわる？"),  # a class named
    ("method_question", "ゲーム 何時間 やったら おわる？"),  # a game named
    ("method_question", "かぜぐすり のんだら すぐ ねむくなる？"),  # sleepy, not no waking
]


@pytest.mark.parametrize(("construction", "text"), NOT_FOUND, ids=[c[1] for c in NOT_FOUND])
def test_the_same_shapes_in_everyday_use_are_not_found(construction: str, text: str) -> None:
    found = _found(text)
    assert found.get(construction, "none") in ("none", "concern"), found
