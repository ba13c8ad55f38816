"""Names round t (ninth round of 2026-12-07): put-downs after a given name and は or って,
family names holding 森, coming over asked in dialect, 会おう held after a name, a last held
vowel written ー, and はよ before the rest
(docs/history/safety-rounds.md, "The ninth round of 2026-12-07: names").

Every case of the first groups was judged otherwise before the round; the hard negatives are
ordinary names sharing their surface, and must stay as they are."""

from __future__ import annotations

import pytest

import safety
from safety.name_insults import put_down_of_someone

# a put-down after a given name and は or って (「ゆうとはほも」): refused as an insult
NAMED_PUT_DOWNS = (
    "ゆうとはほも",
    "あおいはくず",
    "あおいはかす",
    "そうたはちび",
    "たけしはのろま",
    "ゆうとはこじき",
    "そうたはいんきゃ",
    "みおはごりら",
)
# a last held vowel written ー after hiragana, and はよ before the rest
HELD_AND_HURRIED = (
    ("まじうぜー", "insult"),
    ("ほんときめー", "insult"),
    ("はよばか", "insult"),
    ("はやくしにてー", "self_harm"),
    ("まじしにてー", "self_harm"),
    ("はよしね", "self_harm"),
    ("はよきえて", "self_harm"),
    ("はよしんで", "self_harm"),
    ("ハヨシネ", "self_harm"),
    ("はよーしね", "self_harm"),
)
# coming over asked in the forms of 来る of the regions, 会おう held after a given name
COMING_OVER = (
    "うちこーへん？",
    "おうちにきいひん",
    "いえきいや",
    "あそびにきぃ",
    "うちにこれる？",
    "うちにきたらええやん",
    "あそびにきーや",
    "あそびにこれへん？",
    "はるとあおーや",
    "そうたあおーぜ",
)
# ordinary names refused before the round: a family name holding 森
NOW_ORDINARY = (
    "大森さん",
    "藤森さん",
    "小森さん",
    "金森さん",
    "高森くん",
)
# hard negatives: refused before the round and after it
STAY_REFUSED = (
    "本森さん",
    "元森さん",
    "偽森さん",
    "二森さん",
    "神森さん",
    "もりさん",
    "森さん",
    "大森さんです",
    "ぶた",
    "ブタ",
    "のろまブタ",
    "のろまブタちゃん",
    "ぶたやろう",
    "おまえぶた",
    "ぶたおんな",
    "ゆいはぶた",
    "ゆうとはばか",
    "りこはぶす",
    "りんってごみくずやろう",
    "しにてーなー",
    "みなとあおうよ",
)
# hard negatives: ordinary before the round and after it
STAY_ORDINARY = (
    "ひよこはちび",
    "かめはのろま",
    "おにはでていけ",
    "ゆうとはボケ",
    "ひかりはかすか",
    "ゆいはねずみ",
    "なつはさる",
    "ゆいはぽんこつ",
    "ゆいはおたく",
    "ゆうとはやさしい",
    "りんはねこ",
    "はるかはかすが",
    "ゆいはかすみ",
    "りんのかすてら",
    "ゆうとってばかうけ",
    "おにはそと",
    "うちきな",
    "うちきなこ",
    "あそびにきたよ",
    "あそびにきました",
    "あおーい",
    "まっさおーね",
    "なつあおーい",
    "いえにいる",
    "うちのいぬ",
    "あおいちゃん",
    "そらあおー！",
    "ゆいあおー！",
    "くれーぷ",
    "ぐれーぷ",
    "グレープフルーツ",
    "クレープやさん",
    "こーかんにっき",
    "おとーさん",
    "けーき",
    "おばーちゃん",
    "じーじ",
    "ねーね",
    "はよう",
    "はようちゃん",
    "はよねろ",
    "はよかえろ",
    "はよなつやすみ",
    "ぶたにく",
    "こぶた",
    "ぶたさん",
    "ぶたぶたちゃん",
    "かすかすちゃん",
)


@pytest.mark.parametrize("name", NAMED_PUT_DOWNS)
def test_a_put_down_after_a_given_name_is_an_insult(name: str) -> None:
    assert safety.check_name(name).reason == "insult"
    assert put_down_of_someone(name)


@pytest.mark.parametrize(("name", "reason"), HELD_AND_HURRIED)
def test_a_held_vowel_and_hurrying_are_read(name: str, reason: str) -> None:
    assert safety.check_name(name).reason == reason


@pytest.mark.parametrize("name", COMING_OVER)
def test_coming_over_asked_in_dialect_is_a_meeting(name: str) -> None:
    assert safety.check_name(name).reason == "contact"


@pytest.mark.parametrize("name", NOW_ORDINARY)
def test_family_names_holding_森_pass(name: str) -> None:
    assert safety.check_name(name).ok


@pytest.mark.parametrize("name", STAY_REFUSED)
def test_hard_negatives_stay_refused(name: str) -> None:
    assert not safety.check_name(name).ok


@pytest.mark.parametrize("name", STAY_ORDINARY)
def test_hard_negatives_stay_ordinary(name: str) -> None:
    assert safety.check_name(name).ok


@pytest.mark.parametrize(
    "name", ("ひよこはちび", "かめはのろま", "おにはでていけ", "ゆうとはボケ", "ひかりはかすか")
)
def test_things_and_roles_after_は_are_no_one_put_down(name: str) -> None:
    assert not put_down_of_someone(name)
