"""Names round h (third round of 2026-12-07): a meeting proposed at a place that is not a
station, and a phone number read in Chinese or Korean number words or after a phone word
(docs/history/safety-rounds.md, "Names h"; ``safety.name_outings_and_numbers``).

Each must-refuse name passed before this round; each ordinary name shares its surface and passes
on both trees.  None is taken from the round's tuning file (names_tuning_2026-12-07j.tsv)."""

from __future__ import annotations

import pytest

from loadtest.name_ways import long_way
from safety import check_name
from safety.disguise import variants

MEETING = [
    # a place that is not a station, then going, playing or waiting proposed
    "ショッピングモールいこ",
    "すいぞくかんいこうよ",
    "ゆうえんちいこっか",
    "としょしついこ",
    "ぷーるいこうよ",
    "神社いこう",
    "河川敷いこうよ",
    "じゅくのまえでまつよ",
    # a day trip, sneaking out, being taken away, going out together
    "日帰りでいこう",
    "ひがえりいこ",
    "いっしょにぬけだそう",
    "そとにぬけだそ",
    "つれさってあげる",
    "つれだしたげよか",
]

NUMBER = [
    # Chinese number words as kana
    "ヤオサンスーウー",
    "リンヤオアルサン",
    "りんばーりんさん",
    "ヤオリンバーチー",
    # Korean
    "コンイルイーサム",
    "ゴンパルゴンサム",
    "ごんいるごんくく",
    # after a phone word
    "けいたいれいきゅう",
    "スマホぜろはち",
    "携帯いちにさん",
]

# refused on main already (by the meeting verbs, the proposals or the number words) and still:
# the round's constructions read them too
REFUSED_ON_BOTH = [
    "カラオケいかない？",
    "まつりいっしょにいこ",
    "プリクラいこっか",
    "でーとしよー",
    "デートいこうよ",
    "でーとしない？",
    "ふたりでかえろ",
    "いっしょにかえろっ",
    "一緒に帰らない？",
    "ふたりで出かけよう",
    "TELれいはちれい",
]

ORDINARY = [
    # a place liked, told of or described; a negation said
    "モールがすき",
    "カフェオレすき",
    "としょかんのねこ",
    "こうえんでおさんぽ",
    "うみのいろ",
    "じゅくいかない",
    "デートしない",
    "いっしょにかえらない",
    "ぬけださない",
    "ゆうえんちすき",
    "じんじゃのまつり",
    "えいがのひと",
    # going home alone, frogs, a maze, a name with いこ in it
    "おうちかえろ",
    "かえるのこ",
    "めいろをぬけだした",
    "ゆいこ",
    "まいこちゃん",
    "うみのいこ",
    # number words that are no number: said twice, foods, animals, characters
    "パルパルちゃん",
    "りんりんりんりん",
    "すーぱーすーぱー",
    "あるあるさんさん",
    "イルカイルカ",
    "サムギョプサルすき",
    "チルチルミチル",
    "くるくるりん",
    "けいたいゲーム",
    "スマホすき",
]


@pytest.mark.parametrize("name", MEETING + NUMBER)
def test_a_meeting_or_a_number_is_refused(name: str) -> None:
    assert check_name(name).reason == "contact", check_name(name)
    assert long_way(name).reason == "contact"


@pytest.mark.parametrize("name", REFUSED_ON_BOTH)
def test_a_meeting_refused_before_stays_refused(name: str) -> None:
    assert check_name(name).reason == "contact", check_name(name)


@pytest.mark.parametrize("name", ORDINARY)
def test_an_ordinary_name_sharing_the_surface_passes(name: str) -> None:
    assert check_name(name).ok, check_name(name)
    assert long_way(name).ok


@pytest.mark.parametrize(
    "name", ["すいぞくかんいこうよ", "つれさってあげる", "ヤオサンスーウー", "コンイルイーサム"]
)
def test_their_disguised_variants_are_refused(name: str) -> None:
    passed = [v for _, v in variants(name) if check_name(v).ok]
    assert not passed, passed


# -- the round's read-only review (probes of its own, main against the round) ----------------

# harmless names the round refused and main passes, narrowed after the review: a place word
# inside another word, いこうかな said of oneself, a maze or a shell escaped, number words doubled
# or cold (さむいー), the particle に or a word spelled after a phone word
REVIEWED_ORDINARY = [
    "うみいこうかな?",
    "うみいこうかな",
    "えいがいこうかな",
    "ぷーるいこうかな",
    "こうえんいこうかな",
    "めいろぬけだそう",
    "からをぬけだそう",
    "らいおんであそぼ",
    "ゆうみいこ",
    "すーぱーりんりん",
    "すーぱーあるある",
    "すーぱーまるまる",
    "まるまるりんさん",
    "こんこんさむいー",
    "ごんごんさむいー",
    "おーおーさむいー",
    "まるまるさむいー",
    "ちるちるさむいー",
    "いるいるさむいー",
    "ちーちーさんりん",
    "スマホにいちご",
    "けいたいにいちご",
    "スマホにさんきゅー",
    "スマホしくしく",
    "スマホまるごと",
    "スマホまるくん",
    "けいたいれいくん",
]

# harmful names main passes that the round refuses, after the narrowing too
REVIEWED_REFUSED = [
    "あしたうみいこ",
    "うみいこ。",
    "うみいこ…",
    "うみいこw",
    "うみいこ✨",
    "うみいこ🌊",
    "うみいこ❤",
    "ネカフェいこ",
    "ほてるいこ",
    "イーアルサンスーウー",
    "ヤオ、サン、パー、リン",
    "やお・さん・ぱー・りん",
    "やお さん  ぱー りん",
    "やお/さん/ぱー/りん",
    "コンイルコンイー",
    "こんいるこんいーさむ",
    "ゴンイルゴンパルグ",
    "ケータイ、ぜろきゅー",
    "携帯→ぜろはち",
    "やおさんぱーいーりん",
    "りんやおじゅうさん",
]

# a self-harm wording with one of the round's proposals: the child gets the help card
REVIEWED_SELF_HARM = [
    "ゆいごんかいてうみいこ",
    "じぶんなんかいらないぬけだそ",
    "きえにうみいこう",
    "とびこみにうみいこ",
]


@pytest.mark.parametrize("name", REVIEWED_ORDINARY)
def test_a_reviewed_ordinary_name_passes(name: str) -> None:
    assert check_name(name).ok, check_name(name)
    assert long_way(name).ok


@pytest.mark.parametrize("name", REVIEWED_REFUSED)
def test_a_reviewed_harmful_name_is_refused(name: str) -> None:
    assert not check_name(name).ok, check_name(name)
    assert not long_way(name).ok


@pytest.mark.parametrize("name", REVIEWED_SELF_HARM)
def test_self_harm_with_a_proposal_is_self_harm(name: str) -> None:
    assert check_name(name).reason == "self_harm", check_name(name)
    assert long_way(name).reason == "self_harm"


# Going out in order to sink, die, vanish or drown, nothing else before the outing: self-harm
# (``goes_out_to_die``; the review's 「しずみにうみいこ」 was `contact` on the round), while an
# outing to play, swim or shop, or a name ending in きえ (「ときえにうみいこ」), stays a meeting.
GOING_OUT_TO_DIE = [
    "しずみにうみいこ",
    "おぼれにうみいこ",
    "沈みに海行こ",
    "もうしずみにうみいこ",
    "シズミニウミイコ",
    "しずみに海いこ",
]
GOING_OUT_TO_PLAY = ["あそびにうみいこ", "およぎにうみいこ", "ときえにうみいこ", "かいものにモールいこ"]


@pytest.mark.parametrize("name", GOING_OUT_TO_DIE)
def test_going_out_to_die_is_self_harm(name: str) -> None:
    assert check_name(name).reason == "self_harm", check_name(name)
    assert long_way(name).reason == "self_harm"


@pytest.mark.parametrize("name", GOING_OUT_TO_PLAY)
def test_going_out_to_play_stays_a_meeting(name: str) -> None:
    assert check_name(name).reason == "contact", check_name(name)
    assert long_way(name).reason == "contact"
