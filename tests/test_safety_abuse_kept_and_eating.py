"""Round 2026-12-04 (ac): harm at home told indirectly, and eating turned into fear.

* ``marks_kept`` (``safety/constructions/marks_kept.py``): a mark kept from sight or explained
  away by a fall quoted is ``abuse`` at ``high``; a sport, a laugh or a mark kept from a parent
  stay out;
* ``touched`` (``safety/constructions/handled.py``): the body the object, or coming in and
  touching straight away; not a thing touched or a condition;
* ``needs_unmet`` (``safety/constructions/home.py``): a meal denied to the writer alone, none for
  days, or thrown away by a carer;
* ``eating`` (``safety/constructions/eating.py``): food with fear or guilt, or eaten then thrown
  up, is ``concern``; a small fear, a past fright, a full stomach or an illness are not;
* a text at ``none``: the news about abuse with no writer in it, help received (たすけて もらった),
  a friend's house (ともだちんち), an order yelled (〜ろって どなられた) is no blow.

The phrasings here were written for the tests, not taken from a tuning file."""

from __future__ import annotations

import pytest

from safety import assess
from tests.support.constructions import notes_by_rules


def _notes(text: str) -> list[str]:
    return notes_by_rules(text)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("きずがみつからないように、プールはずっと見学してる", "marks_unseen"),
        ("うでのあざ、ばれへんようにしてる", "marks_unseen"),
        ("かおがはれてて、まえがみでかくしてがっこういった", "marks_unseen"),
        ("せんせいにきずのこときかれて、かいだんでこけたっていった", "marks_explained"),
        ("やけどのあと、ぶつけたってごまかした", "marks_explained"),
        ("おじさんがよるきてさわる、いやだ", "touched"),
        ("ままのかれし、あたしのむねにさわる", "touched"),
        ("夕ごはん、ぼくだけないのがいつものこと", "needs_unmet"),
        ("おとうさんにごはんすてられた", "needs_unmet"),
        ("いうこときかないとごはんなし。もう2日たべてない", "needs_unmet"),
    ],
)
def test_harm_told_indirectly_is_abuse(text: str, note: str) -> None:
    a = assess(text, learned_layer=False)
    assert note in _notes(text)
    assert a.at_least("high")
    assert "abuse" in a.categories


@pytest.mark.parametrize(
    "text",
    [
        "サッカーのあざ、みられないようにくつしたあげてる",  # a sport
        "ころんであざできた。いたい",  # a fall, not a story told
        "あざ、ころんだっていったらわらわれた笑",  # a laugh
        "やけどした、ママにみられないようにしないと",  # kept from a parent: a scolding feared
        "きょうははれてるからマスクなしでいく",  # the weather
        "ママがきてスマホさわってた",  # a thing touched
        "パパのからだにさわったらあつかった",  # a condition, the carer's own body
        "おかず、わたしだけないのずるい",  # a side dish between
        "ママ、ごはんぼくだけないの？",  # asked
        "きゅうしょく、あたしだけないってどういうこと",  # school
        "きょうはうちでごはんなし、そとでたべる",  # a night out
    ],
)
def test_everyday_versions_stay_out_of_abuse(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert "abuse" not in a.categories, a.spans
    assert not a.at_least("high")


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("ごはんみるとこわくなる", "eating_fear"),
        ("たべもののことかんがえるとふあん", "eating_fear"),
        ("おかしたべたあと、ざいあくかんやばい", "eating_fear"),
        ("たべてもぜんぶはいてしまう", "eating_purged"),
    ],
)
def test_eating_turned_into_fear_is_concern(text: str, note: str) -> None:
    a = assess(text, learned_layer=False)
    assert note in _notes(text)
    assert a.level == "concern"


@pytest.mark.parametrize(
    "text",
    [
        "たべすぎてはいた",  # a full stomach
        "かぜでたべてもはいちゃう",  # an illness
        "ちょっとこわいけどおかしたべてる",  # a small fear
        "ごはんのあとおばけやしきいってこわかった",  # a fright that passed
        "こわいえいがみながらごはんたべた",  # a film
        "ごはんたべるのこわい？",  # asked
    ],
)
def test_everyday_eating_stays_out(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert not any(n.startswith("eating") for n in _notes(text)), a.spans


def test_sleep_kept_going_by_the_next_sentence_is_concern() -> None:
    a = assess("ぜんぜんねむれん。ずっとかんがえてしまう", learned_layer=False)
    assert "cannot_cope" in _notes("ぜんぜんねむれん。ずっとかんがえてしまう")
    assert a.level == "concern"


@pytest.mark.parametrize(
    "text",
    [
        "テレビでぎゃくたいのニュースやってた。こわいね",  # the news, no writer
        "うみでおぼれそうになって、たすけてもらった",  # help received
        "ともだちんちでゲームした",  # a friend's house
        "おかあさんに「はやくおふろはいれ」ってどなられた",  # an order yelled: not a blow
    ],
)
def test_borrowed_words_are_not_high(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert not a.at_least("high"), a.spans
    assert "abuse" not in a.categories


@pytest.mark.parametrize(
    "text",
    [
        "テレビでぎゃくたいのニュースやってた。うちもおなじ",  # the writer's own, beside the news
        "たすけて",
        "だれかたすけてくれたらいいのに",  # a wish for help
    ],
)
def test_the_writer_beside_a_frame_and_pleas_are_kept(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.at_least("concern")


def test_abuse_beside_the_news_is_still_high_when_the_writer_is_in_it() -> None:
    assert assess("ニュースでぎゃくたいのはなし。わたしもされてる", learned_layer=False).at_least("high")


@pytest.mark.parametrize(
    "text",
    [
        "テレビでぎゃくたいのニュースやってた。こわいね",
        "うみでおぼれそうになって、たすけてもらった",
        "ともだちんちでゲームした",
    ],
)
def test_borrowed_words_are_none(text: str) -> None:
    assert assess(text, learned_layer=False).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "こんやも泣きながらねた",  # tonight too: it goes on
        "ひとりでないてたら、よけいつらくなった",  # crying alone, kana ないて
    ],
)
def test_crying_again_or_alone_is_concern(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert "crying" in _notes(text)
    assert a.level == "concern"


@pytest.mark.parametrize(
    "text",
    [
        "ねこがひとりでないてた",  # a cat
        "うれしくてひとりでないた！",  # joy
        "ひとりでアニメみてないた",  # a story
        "きょうもたのしかった",  # today too, and glad
    ],
)
def test_crying_of_others_or_for_joy_stays_out(text: str) -> None:
    assert "crying" not in _notes(text)
