"""Risk round v of 2026-12-07: a pet entrusted to someone from now on, a writer's prized things
all given away, and a carer named in one sentence striking as a habit in the next.

Each test holds texts the earlier rules misread and texts sharing their surface that must keep
their level; none is taken from the round's tuning file (risk_tuning_2026-12-07v.tsv)."""

from __future__ import annotations

import pytest

from safety import assess

# a pet left to someone "from now on" (これからは), named with に or by a verb of entrusting:
# the care passes to another for good, with no death word and no care word
ENTRUSTED = (
    "うさぎの こと これからは いもうとに まかせる",
    "金魚 これからは 弟に 託した",
    "ねこ、これからは となりの おばさんに たのんだ",
    "いぬ これからは おじいちゃんに まかせる",
)

# from now on, but the writer takes the care on, a new pet is greeted, or the writer is asked
ENTRUSTED_NOT = (
    "ねこの せわ これからは ぼくが する",
    "いぬの さんぽ これからは わたしが いく",
    "きょうから うちに ねこが きた これからは よろしくね",
    "ねこ これからは ままに たのまれた",
    "りょこう いくから ねこ これからは おばあちゃんに たのむ",
    "ねこ これからは ままに あずける！",
)

# the writer's prized things, every one of them, given away
PRIZED_ALL = (
    "ぼくの たからもの ぜんぶ あげた",
    "お気に入りの ものは みんな あげちゃった",
    "たいせつな カード ぜんぶ ゆずった",
)

# prized things swapped, outgrown, shown on a birthday, or sweets shared with a laugh
PRIZED_NOT = (
    "たからものの カード ぜんぶ こうかんした",
    "ちいさくなった だいじな ふく ぜんぶ いとこに あげた",
    "たんじょうびに たからもの ぜんぶ みせてあげた",
    "だいすきな おかし ぜんぶ おとうとに あげた わら",
    "おかしを みんなに ぜんぶ あげた",
)

# a carer named in the sentence before, the blow told as a habit with the subject dropped
CARER_BEFORE = ("おとうさん こわい。まいにち どなる なぐる",)

# a carer named before, but a ball kicked, a game, a hug or practice in the next sentence
CARER_BEFORE_NOT = (
    "おとうさん すき。いつも ボールを ける",
    "ママと あそんだ。いつも なぐりあい ごっこ する",
    "おかあさん やさしい。まいにち だきしめてくれる",
    "パパと サッカーした。いつも ける れんしゅう",
)


@pytest.mark.parametrize("text", ENTRUSTED + PRIZED_ALL)
def test_farewell_without_a_death_word_is_imminent(text: str) -> None:
    assert assess(text).level == "imminent"


@pytest.mark.parametrize("text", ENTRUSTED_NOT + PRIZED_NOT + CARER_BEFORE_NOT)
def test_same_surface_stays_none(text: str) -> None:
    assert assess(text).level == "none"


@pytest.mark.parametrize("text", CARER_BEFORE)
def test_carer_named_before_striking_as_a_habit_is_high(text: str) -> None:
    assessment = assess(text)
    assert assessment.level == "high"
    assert "abuse" in assessment.categories
