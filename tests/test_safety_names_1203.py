"""The names round of 2026-12-03: the policy on short numbers, a name's dot, ``@`` before a
status and カカオ (a food's name alone is no contact; contact details still do not pass), and
the spellings of file names_2026-12-03.tsv the rules did not read (docs/safety.md, "Names
round of 2026-12-03")."""

from __future__ import annotations

import pytest

import safety
from tests.support.names import reason

# --- policy: what is no contact detail -------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "kanon123",  # a name and three digits: no phone number, no id without its app
        "こう123",
        "sora777",
        "yuna.yuna",  # one dot between two words: no domain's
        "mii.chan",
        "aoi.0815",
        "yui.2011",
        "ゆい@受験生",  # a name and what one is busy with: nothing after @ an app could take
        "みお@低浮上",
        "12月3日うまれ",  # a birthday with 月 and 日
        "カカオ",  # a food's name alone
        "かかお",
        "ハイカカオ",
        "カカオ70%",
        "カカオマス",
        "カカオ好き",
        "カカオです",
    ],
)
def test_short_numbers_a_names_dot_a_status_and_a_food_are_no_contact(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("ゆう090", "contact"),  # three digits from 0: a phone number's start
        ("yui1234", "contact"),  # four digits that are no year or birthday
        ("yu1ka23", "contact"),  # two runs of digits
        ("ゆう1234567", "contact"),
        ("yuu.com", "contact"),  # a dot before a top-level domain
        ("rin.me", "contact"),
        ("ゆい.jp", "contact"),
        ("y.u.u", "chars"),  # dotted letters spell an address out
        ("a.b.c", "chars"),
        ("ren.ren.ren", "chars"),  # a second dot
        ("ゆう@ig", "contact"),  # letters after @: a handle
        ("@yui", "contact"),
        ("ゆい@", "contact"),  # a handle to be finished elsewhere
        ("ゆい@いんすた", "contact"),  # an app after @ is refused by its own word
        ("2011年12月3日", "contact"),  # a date and a year: more than one number
        ("ゆい%", "chars"),  # % only after a number
        ("kakao", "contact"),  # the app's own Latin name
        ("カカオやってる", "contact"),  # the app used, asked for or given an id
        ("カカオで待つ", "contact"),
        ("かかおしよ", "contact"),
        ("カカオある？", "contact"),
        ("カカオ12", "contact"),
        ("カカオyu", "contact"),
        ("カカオヤロ", "contact"),  # a verb in katakana after it
        ("カカオシヨ", "contact"),
        ("ｶｶｵやろ", "contact"),
        ("カ力オやろ", "contact"),
        ("カカオトーク", "contact"),
        ("力カオ", "contact"),  # a food's name disguised is the app's: nobody disguises a food
        ("かかぁお", "contact"),
        ("カ カ オ", "contact"),
        ("ゆいかかおやろ", "contact"),  # かかお in hiragana where a word starts
        ("あえるか？", "contact"),  # guards beside the Kansai and ね forms read since this round
        ("むかえにいったろか", "contact"),
    ],
)
def test_contact_details_still_do_not_pass(name: str, why: str) -> None:
    assert reason(name) == why


# --- spellings no rule read ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("オーハチオー", "contact"),  # おー (O) said for zero, held with ー
        ("おらんくなりたい", "self_harm"),  # いなくなりたい in Kansai and the west
        ("おらんようになりたい", "self_harm"),
        ("おらへんようになりたい", "self_harm"),
        ("えいえんにねむる", "self_harm"),  # sleep for ever
        ("永遠の眠りにつきたい", "self_harm"),
        ("とわにねむる", "self_harm"),
        ("成仏したい", "self_harm"),
        ("じしょうちゅう", "self_harm"),  # harm said to be going on now, in kana
        ("しょうめつなう", "self_harm"),
        ("しにとうて", "self_harm"),  # たい said とう in the west
        ("かすやんけ", "insult"),  # a whole-word insult with a copula
        ("くずじゃん", "insult"),
        ("あんぽんたん", "insult"),
        ("あたまわるい", "insult"),
        ("ぱんつうってる", "sexual"),  # underwear sold, in kana
        ("あわへんか", "contact"),  # asked with か, no question mark
        ("来世に期待", "self_harm"),  # the next life hoped for
        ("らいせでがんばる", "self_harm"),
        ("kms", "self_harm"),
        ("ぶっころ", "self_harm"),
        ("いてこますぞ", "insult"),
        ("ちね", "self_harm"),  # baby talk for しね
        ("ちねよ", "self_harm"),
        ("あわんね？", "contact"),  # 会わん asked with ね
        ("とめたるで", "contact"),  # a roof offered in Kansai たる
        ("うちにとめたる", "contact"),
        ("ヵス", "insult"),  # a small ヵ first is the letter
        ("ヵッス", "insult"),
        ("うっぜぇ", "insult"),  # a held small vowel behind a slipped-in っ or held ー
        ("うーぜーぇー", "insult"),
        ("おっらんっくなっりたっい", "self_harm"),
        ("リアルデアソボ", "contact"),  # 遊ぶ after a word of meeting in person
        ("f*ck", "sexual"),  # a vowel hidden by a star
        ("b*tch", "insult"),
        ("k*ll", "self_harm"),
    ],
)
def test_unseen_spellings_are_read(name: str, why: str) -> None:
    assert reason(name) == why


@pytest.mark.parametrize(
    "name",
    [
        "りずむ",  # a loanword of three kana read in katakana (リズム: no ずーむ)
        "♪りずむ♪",
        "背番号7",  # a player's number, not a phone's
        "来世紀",
        "らいせんす",
        "ねむりたい",  # sleepy, not for ever
        "ずっとねむい",
        "せかいがねむるよる",
        "ちねん",  # a family name
        "おらんくなった",  # told, not wanted
        "ためたる",
        "ヵスタード",
        "じしょうてんさい",  # 自称: self-styled
        "しにとうない",  # not wanted
        "かすみやん",
        "かすが",
        "むねうつ",
        "あわへん",
        "なかかおる",  # なか + かおる, a family and a given name
        "さかかおる",
        "ねぇねぇ",
        "カフェー",
        "りある",
        "ゆい(*^^*)",  # stars in a face
        "ki*ra",
    ],
)
def test_ordinary_names_near_those_spellings_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("デ2011ィスコ", "contact"),  # a year between letters hides no word
        ("イン2011スタ", "contact"),
        ("L I2011 N E", "contact"),
        ("スナチ12ャ", "contact"),  # nor two digits
        ("47ね", "self_harm"),  # nor a digit beside one standing for a letter
        ("shine777", "self_harm"),  # a number after a word judged apart from it
        ("aho2011", "insult"),
        ("k_i_l_l777", "self_harm"),
        ("もり(本物123)", "staff"),
        ("k1123ll", "contact"),  # digits between Latin letters are no birthday
        ("デ123ィスコ", "contact"),  # three digits only after the name
        ("123ゆう", "contact"),
        ("k1.ll", "chars"),  # a name's dot is between words, not leet
        ("st.4ff", "chars"),
    ],
)
def test_the_digits_and_dots_a_name_may_hold_hide_no_word(name: str, why: str) -> None:
    assert reason(name) == why


@pytest.mark.parametrize("name", ["ゆい2011ちゃん", "2011年生まれ", "3年2組のはな", "sora_777", "ゆう123🌸"])
def test_names_with_their_numbers_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)
