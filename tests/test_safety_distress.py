"""The distress construction (round 2026-12-03 (a)): heavy distress with no wish to die,
found by its shape (a failing everyday function said as lasting, dread of the day, mockery in
the passive, the self as what is hated, nobody to be with, crying that lasts, school refused,
everything hateful, stress in the body) and never rated above ``concern`` by it. The
phrasings here were written for the tests, not taken from a tuning file."""

from __future__ import annotations

import pytest

from safety import assess, learned
from safety.risk import Assessment


def _distress(text: str) -> list[str]:
    a = assess(text, learned_layer=False)
    return [s.note or "" for s in a.spans if s.construction == "distress"]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("毎朝おきられない、もう1か月くらい", "cannot_cope"),
        ("ずっとごはんがたべれない", "cannot_cope"),
        ("教室にはいるのがこわい、みんなの目がこわい", "dread"),
        ("夜になるとふあんになる", "dread"),
        ("またパニックおこした", "dread"),
        ("かげでわらわれてる", "mocked"),
        ("上ばきかくされた", "mocked"),
        ("キモいっていわれた", "mocked"),
        ("じぶんがほんとにきらい", "self_hatred"),
        ("おれ、自分のことがだいっきらいだ", "self_hatred"),
        ("相談できる相手がいない", "alone"),
        ("毎晩なみだでる", "crying"),
        ("もう3日学校いってない、もう行けない", "school_refusal"),
        ("なにもかもむり", "everything"),
        ("ストレスではきそう", "stress_body"),
        # round 2026-12-03 (d): nobody for the writer, the writer written off, wanting nothing
        # any more, running away wished; mockery and crying in other spellings
        ("クラスがえしてから誰もさそってくれない", "nobody_for_me"),
        ("どうせぼくなんてって思っちゃう", "resigned"),
        ("もうなんにも考えたくない", "wants_nothing"),
        ("ここからにげだしたい、まいにち", "escape"),
        ("クラスでずっときもちわるいって言われてる", "mocked"),
        ("ハムスターがしんじゃってから、ずっとなける", "crying"),
    ],
)
def test_distress_found_at_concern(text: str, note: str) -> None:
    assert note in _distress(text)
    assert assess(text, learned_layer=False).level == "concern"


@pytest.mark.parametrize(
    "text",
    [
        "こわいのは雷だけ",  # a fright of the weather
        "あしたの発表こわい",  # nerves before a talk
        "ちょっとこわい",
        "映画で泣いた",  # moved by a film
        "ワンピース読んでて泣いた",
        "うれし泣きした",
        "自分の部屋きらいじゃない",
        "ピーマンきらい",  # a food, not the self
        "友達にわらわれたw",  # a laugh shared
        "かぜで学校やすむ",  # ill, not refusing
        "あしたはやくおきれないかも",  # a guess about tomorrow
        "ホラー映画みた、夜ねむれなさそう",
        "最近ねれなくて、夜中にラジオ聞いてる、けっこうおもしろい",
        "ともだちと遊んだ",
        "誰もきてくれないの？",  # asked
        "おばけやしきからにげたい笑",  # play
        "きょうはつかれたからなにもしたくない、ねる",  # a tired evening, no もう
        "どうせなら全部たべちゃお",  # どうせ without the writer
        "この映画ずっとなける",  # moved by a film
    ],
)
def test_everyday_is_not_distress(text: str) -> None:
    assert _distress(text) == []


def test_distress_never_above_concern() -> None:
    """Distress alone is not suicidality: every distress span is ``concern``."""
    for text in (
        "毎晩なみだでる。自分がきらい。学校もうむり。ずっとねれない",
        "なにもかもむり、ふあんでパニック",
    ):
        a = assess(text, learned_layer=False)
        spans = [s for s in a.spans if s.construction == "distress"]
        assert spans and all(s.level == "concern" for s in spans)


def test_layer_reads_distress_only_text_as_unjudged() -> None:
    """A concern found only by the distress construction neither raises the layer's bar nor
    vetoes it: the layer decides as if the rules had found nothing."""
    flat = learned.Layer(
        learned.Model(0.0, {}), learned.Model(-9.0, {}), learned.Thresholds(0.4, 0.9, 1.0)
    )  # P(serious) = 0.5 for every text: over the bar for none, under the one for concern
    a = assess("毎晩なみだでる", learned_layer=False)
    assert a.level == "concern"
    assert learned.lift(a, flat).level == "high"
    other = assess("つらい", learned_layer=False)  # a concern of the word lists
    assert other.level == "concern" and all(s.construction != "distress" for s in other.spans)
    assert learned.lift(other, flat).level == "concern"
    assert isinstance(a, Assessment)
