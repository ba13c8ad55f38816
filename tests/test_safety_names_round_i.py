"""Names round i (fourth round of 2026-12-07, lowering): ordinary names refused for a piece
inside a longer word (docs/history/safety-rounds.md, "Names i"; ``safety.name_pieces_in_words``
and the allow-list, ``safety/lexicon/ordinary_names.toml``).

Each ordinary name was refused before this round and passes; each harmful name shares the surface
of one of them and is refused on both trees.  None is taken from the round's tuning file
(names_tuning_2026-12-07n.tsv)."""

from __future__ import annotations

import pytest

from safety import check_name
from safety.name_pieces_in_words import app_read_as_chan

ORDINARY = [
    # a given name whose letters end as an app's name begins (みく of ミクチャ), with ちゃん
    "みくちゃんです",
    "ミクちゃん♪",
    "はつねミクちゃん",
    "ゆいのみくちゃん",
    "みくちゃんすき",
    "みくちゃんだいすき☆",
    # dishes and things the allow-list now holds
    "ぶたかつていしょく",
    "やきぶたおにぎり",
    "ぶたしゃぶサラダ",
    "豚キムチ炒め",
    "かすづけのさかな",
    "くずまんじゅうやさん",
    "くずりゅうこ",
    "ぶたひきにくいため",
    "かがいじゅぎょうたのしい",
    "しこしこうどんすき",
    "しすてむてちょうかいたい",
    "ぶたのかくにどん",
    "ドット絵かき",
    "maousamaだよ",
    # found after the round's file was written: aiming in a shooting game, the naked mole-rat
    "エイミング",
    "えいみんぐがうまい",
    "はだかでばねずみ",
]

# the same fragments doing harm: refused before the round and still
HARMFUL = [
    # the app named, used or proposed, ちゃん or not; an app's letters that are no given name
    # (names round u's withdrawal: group chat and ん)
    "ぽこちゃんだよ",
    "ぐるちゃんだいすき☆",
    "すなちゃん",
    "ぼいちゃん",
    "ミクチャン",
    "みくちゃでまってる",
    "みくちゃんであそぼ",
    "みくちゃんでおはなししよ",
    "ぽこちゃんいこ",
    "ぐるちゃんでまってる",
    "みくちゃんID",
    "みくちゃん0801",
    "ミクちゃん0801",
    "みくちゃんであおうよ",
    "ぽこちゃんではいしん",
    "すなちゃんこうかん",
    "みくちゃんライン",
    "おぷちゃんきて",
    "みく ちゃん",
    "みくちゃ ん",
    "ﾐｸちゃん",
    "ミ ク ち ゃ ん",
    "みくちゃんしね",
    # an allow-listed word beside the harm it holds, or another
    "ぶたかつぶた",
    "ぶたかつしね",
    "くずまんじゅうくず",
    "かすづけかす",
    "うんこうんこう",
    "うんこううんこ",
    "しこしこうどんしこって",
    "こうしきせんうんえい",
    "システム手帳スタッフ",
    "ドット絵どっとこむ",
    "ドットえcom",
    "maou_aitai",
    "くずりゅうしね",
    "課外授業ガイジ",
    "ごみしゅうしゅうごみやろう",
    # a listed word ending inside an allow-listed word (``name_reading._underrun``)
    "でぶたかつ",
    "ちんかすづけ",
    "ていのうんこう",
    "ごみくずまんじゅう",
    "しんじゃえいみんぐ",
    "なかだしこしこうどん",
    "めあどっとえ",
    # a harm before the app's letters and ちゃん (``name_pieces_in_words.before_the_app``)
    "ばかぽこちゃん",
    "しねぼいちゃん",
    "くずぼいちゃん",
    "せっくすぐるちゃん",
    "はだかぽこちゃん",
    "ろりみくちゃん",
]

# passing before the round: an older allow-listed word taken out from under the end of a listed
# word that starts before it (「ちん|かす|てら」: ちんかす, then かすてら)
UNDERRUN = ["ちんかすてら", "でぶたまん", "ごみくずもち"]


@pytest.mark.parametrize("name", ORDINARY)
def test_ordinary_name_holding_a_fragment_passes(name: str) -> None:
    verdict = check_name(name)
    assert verdict.ok, verdict


@pytest.mark.parametrize("name", HARMFUL)
def test_the_fragment_doing_harm_is_still_refused(name: str) -> None:
    assert not check_name(name).ok


@pytest.mark.parametrize("name", UNDERRUN)
def test_a_listed_word_ending_inside_an_allowed_word_is_refused(name: str) -> None:
    assert not check_name(name).ok


def test_app_read_as_chan_reads_only_a_suffix_of_address() -> None:
    assert app_read_as_chan("みくちゃん") == "みくくん"
    assert app_read_as_chan("ミクちゃん♪") == "ミクくん♪"
    # not ちゃん in katakana, nor an app's name with no ちゃん, nor a channel (ちゃんねる)
    assert app_read_as_chan("ミクチャン") is None
    assert app_read_as_chan("みくちゃやってる") is None
    assert app_read_as_chan("みくちゃんねる") is None
    # nor with a place, a proposal or digits after it
    assert app_read_as_chan("みくちゃんであそぼ") is None
    assert app_read_as_chan("みくちゃん0801") is None
