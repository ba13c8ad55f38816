"""The review of ``safety.name_insult_words`` (1,027 probes, /work/notes/review_namesinsult.tsv):
ordinary names the module newly refused pass again, and the twins of each fix stay on their side.

* romaji and katakana with ー read as another word: 「shojo」 and 「ショージョ」 are 少女, not 処女;
  「dojin」 and 「ドージン」 同人, not 土人;
* a kanji word read by its reading: 「御釜」, 「草尾」, 「入林」, 「寝鳥」 are no vocabulary word in
  kana; 「ごはんのおかま」 is a pot;
* a word said again and again, then an ending: 「だぼだぼだ」, 「ちびちびね」.
"""

from __future__ import annotations

import pytest

import safety

# every ordinary probe the module newly refused (expected ok, main ok), but the four earlier
# rounds classed refuse (あたまからっぽ, 頭カラッポ, あたまカラッポ♪, きらわれもの)
ORDINARY_NEWLY_REFUSED = [
    "お釜",
    "ごはんのおかま",
    "shojo",
    "Shojo☆",
    "dojin",
    "Dojin☆",
    "ドージン",
    "ショージョ",
    "ショージョ☆",
    "御釜",
    "蔵王の御釜",
    "ざおうのおかま",
    "草尾",
    "Manman",
    "Dabo",
    "Kusao",
    "寝鳥",
    "だぼだぼだ",
    "かすかすだ",
    "ちびちびね",
    "ぼけぼけw",
    "だぼだぼw",
    "陀羅助",
    "入林",
    "shojo2012",
    "Dabo☆",
    "Dojin",
]

# ordinary twins of the fixes: a long vowel, a kanji word, a word doubled
ORDINARY_TWINS = [
    "しょうじょ",
    "ショウジョ",
    "少女",
    "どうじん",
    "同人",
    "Doujin",
    "しょーじょ",
    "どーじん",
    "おかまいなく",
    "ぶたまん",
    "ゲージMAX",
    "でんまーく",
    "ちんげんさい",
    "だぼだぼ",
    "ゴリラ",
    "ゴリラちゃん",
    "さるくん",
    "まんまんちゃん",
]

# the harmful names of each fix, still refused: the word written as listed, framed, in romaji
# where the romaji is no other word, a kanji word by the kanji lists
HARMFUL = [
    "しょじょ",
    "処女",
    "どじん",
    "土人",
    "ドジン",
    "だぼ",
    "くさお",
    "おかま",
    "オカマ",
    "ゆうとはおかま",
    "オカマ野郎",
    "ホモ野郎",
    "お前ブッサ",
    "Okama",
    "0kama",
    "Homo",
    "h0m0",
    "Damare",
    "bu55a",
    "Pedo",
    "Akume",
    "Sumata",
    "Yobai",
    "ぶっさー",
    "だまれー",
    "うるせー",
    "チンパンジー女",
    "ディープキス",
    "ノーパン",
    "陰茎",
    "おまえかすかす",
    "ばかかすだ",
    "ざこざこやろう",
    # (the disguised variants of tuning names the readings caught)
    "孕マセタイ",
    "寝取ラレ",
    "足フーェーチー",
    "ヒーョローガーリー",
    "b3r0chu-",
    "j0uj4ku",
]


@pytest.mark.parametrize("name", ORDINARY_NEWLY_REFUSED + ORDINARY_TWINS)
def test_ordinary_names_pass(name: str) -> None:
    assert safety.check_name(name).ok, name


@pytest.mark.parametrize("name", HARMFUL)
def test_harmful_names_stay_refused(name: str) -> None:
    verdict = safety.check_name(name)
    assert not verdict.ok and verdict.reason in {"insult", "sexual"}, (name, verdict.reason)


# a word of the vocabulary with a kind ending is still what the name calls its bearer; the
# aimed words (animals) and the words that with one are someone dear pass
KIND_ENDING_REFUSED = [
    "ホモくん",
    "オカマちゃん",
    "おかまさん",
    "ぺどくん",
    "ジャップくん",
    "ふたなりちゃん",
    "おなほちゃん",
    "ぶっさちゃん",
    "でぶっちょくん",
    "ちんげたん",
]
KIND_ENDING_ORDINARY = [
    "ゴリラちゃん",
    "さるくん",
    "ぶたさん",
    "まんまんちゃん",
    "くさおくん",
    "こぶたちゃん",
]


@pytest.mark.parametrize("name", KIND_ENDING_REFUSED)
def test_vocabulary_word_with_a_kind_ending_is_refused(name: str) -> None:
    verdict = safety.check_name(name)
    assert not verdict.ok and verdict.reason in {"insult", "sexual"}, (name, verdict.reason)


@pytest.mark.parametrize("name", KIND_ENDING_ORDINARY)
def test_animal_or_dear_word_with_a_kind_ending_passes(name: str) -> None:
    assert safety.check_name(name).ok, name


# read as written, marks and a lone Latin letter around the word are still no part of it
MARKED_REFUSED = [
    "ホモ_",
    "~きょこん★",
    "・はらませ",
    "いぬちくしょうz",
    "らぶほてるB♪🌸",
    "?どぶねずみやろう",
]


@pytest.mark.parametrize("name", MARKED_REFUSED)
def test_vocabulary_word_among_marks_is_refused(name: str) -> None:
    verdict = safety.check_name(name)
    assert not verdict.ok and verdict.reason in {"insult", "sexual"}, (name, verdict.reason)
