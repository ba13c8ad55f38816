"""Round 2026-12-03 (d): loanwords kept in the katakana reading, farewells that settle a pet or
go nowhere any more, a goodbye that says "see you again", and heavy distress read by its shape.
Every phrasing was written for these tests; each test failed before the round."""

from __future__ import annotations

import pytest

from safety import assess


def test_the_katakana_reading_keeps_loanwords_whole() -> None:
    from safety.constructions.folding import kana_reread

    # a loanword with a long vowel stays katakana (in hiragana ぼーる falls apart into ぼー + る)
    assert kana_reread("ボールが屋上まで飛んだ") == "ボールが屋上まで飛んだ"
    assert kana_reread("ロープカッタ") == "ロープかった"
    # katakana that is no word is still read in hiragana, the same length
    assert kana_reread("シニタイ") == "しにたい"
    assert kana_reread("オクジョーニイル") == "おくじょーにいる"


@pytest.mark.parametrize(
    "text",
    [
        "ボールが屋上まで飛んだ",
        "おかあさんがケーキやいてくれた",
    ],
)
def test_a_thing_flying_onto_a_roof_is_everyday(text: str) -> None:
    assert assess(text).level == "none"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("ｲﾏ ｵｸｼﾞｮｳ ﾆ ｲﾙ", "imminent"),  # the disguise is still read
        ("シニタイ", "high"),
    ],
)
def test_katakana_disguises_are_still_read(text: str, level: str) -> None:
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        # the pet left with someone, and the writer going, said flat
        "うさぎのこと、となりの人にたのんだ。ぼくいなくなるし",
        # the one who takes the pet named in the same long sentence, the writer no longer able
        "インコ、むかいのおばちゃんにあずけてきた　もうむかえにいけないし",
        # going nowhere any more, with thanks
        "あしたからもうどこにもいかない。ありがと",
    ],
)
def test_farewell_settled_or_going_nowhere_is_imminent(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "imminent"
    assert any(s.construction == "farewell" for s in a.spans)


@pytest.mark.parametrize(
    "text",
    [
        "今日でこのチームおわり、みんなばいばーい　また春ね",  # see you again
        "ひっこすからねこをいとこにあずけた、わたしいなくなるし",  # a move
        "犬をいとこにあずけた。ママもういなくなるし",  # someone else going
        "もうどこにもいかない、家でごろごろする",  # no goodbye
    ],
)
def test_everyday_partings_stay_below_imminent(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert not any(s.construction == "farewell" for s in a.spans)
    assert a.level != "imminent"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("クラスがえしてから誰もさそってくれない", "nobody_for_me"),
        ("どうせぼくなんてって思っちゃう", "resigned"),
        ("もうなんにも考えたくない", "wants_nothing"),
        ("ここからにげだしたい、まいにち", "escape"),
    ],
)
def test_heavy_distress_is_concern(text: str, note: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "concern"
    assert any(s.construction == "distress" and s.note == note for s in a.spans)


@pytest.mark.parametrize(
    "text",
    [
        "誰もきてくれないの？",  # asked
        "おばけやしきからにげたい笑",  # play
        "きょうはつかれたからなにもしたくない、ねる",  # a tired evening, no もう
        "どうせなら全部たべちゃお",  # どうせ without the writer
    ],
)
def test_everyday_shapes_are_not_distress(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert not any(s.construction == "distress" for s in a.spans)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        # things borrowed given back, all of them, or with an end said
        ("かりてたCDぜんぶかえしてきた", "returned"),
        ("まえにかりてたペン、ともだちにかえした。これでいい", "returned"),
        # something passed on, and never again an occasion for it
        ("ネックレス、いもうとにあげた。もうつけることないし", "no_occasion"),
    ],
)
def test_affairs_settled_are_imminent(text: str, note: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "imminent"
    assert any(s.construction == "farewell" and s.note == note for s in a.spans)


@pytest.mark.parametrize(
    "text",
    [
        "としょかんでかりてた本かえした",  # nothing said of an end
        "かりてたお金かえした！すっきり",  # cheerful
        "友だちにかりてたマンガぜんぶかえした、こんどつづきかしてもらう",  # a next time
        "おさがりの服、いとこにあげた。もうすることないし",  # nothing to do
    ],
)
def test_everyday_returns_and_gifts_are_not_farewells(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert not any(s.construction == "farewell" for s in a.spans)


@pytest.mark.parametrize(
    "text",
    [
        "もしぼくがいなくなったら、インコのことおねがいできる？",
        "わたしがきえたら、このノートよんでね",
    ],
)
def test_life_arranged_for_after_the_writer_is_high(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "high"
    assert any(s.construction == "farewell" and s.note == "after_me" for s in a.spans)


@pytest.mark.parametrize(
    "text",
    [
        "わたしが転校していなくなったら、さみしい？",  # a move
        "ママがいなくなったらどうしよう",  # someone else
        "わたしが消えたらマジック大成功w",  # a trick
    ],
)
def test_absence_in_everyday_talk_is_not_after_me(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert not any(s.note == "after_me" for s in a.spans)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("クラスでずっときもちわるいって言われてる", "mocked"),
        ("ハムスターがしんじゃってから、ずっとなける", "crying"),
    ],
)
def test_mockery_and_crying_in_other_spellings_are_concern(text: str, note: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "concern"
    assert any(s.construction == "distress" and s.note == note for s in a.spans)


def test_crying_at_a_film_is_not_distress() -> None:
    assert not any(
        s.construction == "distress" for s in assess("この映画ずっとなける", learned_layer=False).spans
    )


def test_belongings_of_every_kind_given_to_someone_are_imminent() -> None:
    a = assess("まんがとかぬいぐるみとか、ぜんぶいとこにあげた", learned_layer=False)
    assert a.level == "imminent"
    assert any(s.construction == "farewell" and s.note == "given" for s in a.spans)


@pytest.mark.parametrize(
    "text",
    [
        "おかしとかジュースとか全部みんなにくばった",  # no belongings
        "服とか本とか全部メルカリで売った",  # sold on an app
        "服とかゲームとか全部いとこにあげた！",  # cheerful
        "スマホのデータとか写真とかぜんぶけした",  # deleted, given to nobody
    ],
)
def test_everyday_handing_out_is_not_a_farewell(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert not any(s.construction == "farewell" and s.note == "given" for s in a.spans)
