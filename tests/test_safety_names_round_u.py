"""Round (u) of 2026-12-06: ordinary names refused for their characters or read as contact.

Below it, names round u of 2026-12-07 (docs/history/safety-rounds.md, "The ninth round of
2026-12-07: names, round u"): self-harm as nothing or bones, as a child who does it, as vanishing
done with する, as the neck strangled or the head beaten; pictures of oneself sold; one's school,
home, real name or face asked for; talking in person and being alone together proposed; accounts
and messages in kana; online games proposed to be played together.  Every refused case passed
before that round; its hard negatives share their surface and must stay as they are.

The letters of a bracketed face, ornaments that spell nothing, one flag, a Greek letter alone, a
colon among marks (``safety.name_ornaments``) are allowed where they stand so, and the name
without them must pass every check; a kanji year with 年, one decimal number and a birthday
with 「たんじょうび」 before it are numbers, not contact (``safety.contact``).  Each ordinary name
failed before this round; each twin beside it is still refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import safety
from loadtest.name_ways import long_way
from safety import check_name
from safety.evaluation import parse_classed_names
from safety.name_games import plays_together

_FILE = Path(__file__).parent / "data" / "classed" / "names_tuning_2026-12-06u.tsv"


@pytest.mark.parametrize(
    ("ordinary", "twin"),
    [
        # a face's arms and cheeks: Arabic and Thai letters, ㅂ, Cyrillic, Σ, combining marks
        ("まりな٩(ˊᗜˋ)و", "٩(ˊᗜˋ)و٠٩٠"),
        ("٩(ˊᗜˋ*)وるな", "٩٩٩"),
        ("ゆい(๑•̀ㅂ•́)و✧", "(๑๐๙๐)"),
        ("ゆい(๑•̀ㅂ•́)و✧", "ゆいㅅㅂ"),
        ("(๑˃̵ᴗ˂̵)ゆな", "ゆい˃˂"),
        ("ひろ(ง •̀_•́)ง", "ง๐๙๐ง"),
        ("щ(ﾟДﾟщ)", "щщщ"),
        ("(ノдヽ)まい", "дине"),
        ("Σ(ﾟДﾟ)りく", "Σ(ﾟДﾟ)LINE"),
        # ornaments: what is left without them is read (a letter slipped in hides nothing)
        ("ꕤあみ", "ら𓂃いん"),
        ("𓈒𓏸みこ", "い𓏸ん𓏸す𓏸た"),
        ("ᕱ⑅ᕱうさ", "ᕱしねᕱ"),
        ("⌒☆ことね", "⌒☆らいん"),
        ("─みお─", "│ine"),
        ("ʚ♡ɞ りお", "ʚらいんɞ"),
        ("ෆ̈ゆの", "し̀ね"),
        ("ゆい(>_<)", "ゆい>_<"),
        ("ゆい(ㆁωㆁ)", "(ㆁ<LINE>ㆁ)"),
        ("ゆい⌘", "disc⌘rd"),
        ("ゆい꒦꒷", "L𓏸I𓏸N𓏸E"),
        ("ゆい♡⃛", "ハ˚ハ˚活"),  # (NFKC writes ˚ as a space and a ring: no mark on a space)
        ("ゆい·͜·", "☆̷̢̛̀ゆい"),
        ("ゆい⎯", "ら⎯いん"),
        # one flag; two spell letters
        ("🇯🇵さくら", "🇱🇮🇳🇪"),
        ("かいと🇧🇷", "🇮🇩ゆい"),  # (a flag is read as its letters: ID)
        ("かいと🇧🇷", "🇩🇲して"),
        # a colon among marks, not beside a letter or digit
        ("｡.:*☆ゆい", "dc:yui"),
        # numbers: a kanji year, one decimal number, a birthday said before its date
        ("二〇一一年うまれ", "れい二〇一一年"),
        ("二〇一一年うまれ", "〇九〇一二三四"),
        ("ぱい3.14", "ゆい0.90"),
        ("ゆいver2.0", "1.2.3.4"),
        ("ゆいver2.0", "k1.1l"),
        ("たんじょうび5/5", "ゆい5/5"),
    ],
)
def test_an_ordinary_name_passes_and_its_twin_does_not(ordinary: str, twin: str) -> None:
    assert check_name(ordinary).ok
    assert long_way(ordinary).ok  # (the fast path and the long way agree)
    assert not check_name(twin).ok


def test_a_domain_spelled_letter_by_letter_is_contact() -> None:
    assert check_name("y u i . m e").reason == "contact"
    assert check_name("y u i . c o m").reason == "contact"
    assert check_name("Ma. Cristina").ok  # (an initial's dot before a name stays a name's)


def test_a_face_letter_only_in_a_face() -> None:
    # ٩ is nine, ๑ one: only a face may hold them (and the contact check counts them)
    assert check_name("ゆい(๑)").ok
    assert check_name("ゆい٩(^^)").ok
    assert check_name("ゆい٩").reason == "chars"
    assert check_name("ゆい๑").reason == "chars"
    assert check_name("(๑๑๑)").reason == "contact"


def test_the_round_file_is_judged_as_labelled() -> None:
    names = parse_classed_names(_FILE.read_text(encoding="utf-8"))
    wrong = [(n.name, check_name(n.name).reason) for n in names if check_name(n.name).ok == n.refuse]
    # the file's ordinary names with a Greek letter stay refused (withdrawn after the blind check)
    assert all(reason == "chars" and _GREEK.search(name) for name, reason in wrong), wrong


_GREEK = re.compile("[\u0370-\u03ff]")


@pytest.mark.parametrize("name", ["おっπ", "ミクα", "そうたΩ", "αりさ", "ゆいλ"])
def test_a_greek_letter_beside_kana_stays_refused_for_its_characters(name: str) -> None:
    # Withdrawn from round u after the blind check (docs/history/safety-rounds.md, "Names u"): a Greek letter
    # can stand for its sound (「おっπ」, a well-known pun) or a Latin letter it looks like, and
    # reading a name without it let harmful names through
    assert check_name(name).reason == "chars"


@pytest.mark.parametrize("name", ["ゆいのいんすたん", "いんすたん", "ぐるちゃん", "ゆい ついったん"])
def test_an_app_met_across_a_name_and_its_honorific_stays_contact(name: str) -> None:
    # Withdrawn at review (docs/history/safety-rounds.md, "Names u"): an app's name that ends inside ちゃん or
    # たん (インスタ in いんすたん, グルチャ in ぐるちゃん) is the same shape for a character and for an
    # account pointed to, and only the second is meant.  (「ミクちゃん」 left this list in names
    # round i: ミク is a given name Sudachi knows, which tells the character;
    # ``safety.name_pieces_in_words``.)
    assert check_name(name).reason == "contact"


# names round u of 2026-12-07
SELF_HARM = (
    "むになりたい",
    "無になりたい",
    "ほねになりたい",
    "じしょうっこ",
    "じょうはつしたい",
    "しっそうしたい",
    "失踪したい",
    "みなげしたい",
    "くびしめたい",
    "じぶんのくびしめたい",
    "のどをしめたい",
    "くびしめて",
    "あたまぶつけたい",
    "しにとうなる",
    "きえとうなった",
)
SEXUAL = (
    "なまはめ",
    "えちしよ",
    "えちしたい",
    "しゃめうります",
    "がぞううる",
    "しゃしんうります",
)
CONTACT = (
    "なんちゅう？",
    "なんこう？",
    "いえおしえて",
    "家おしえて",
    "おうちどこ？",
    "きみのいえどこ",
    "ほんみょうおしえて",
    "かおみせて",
    "顔見せて",
    "すがおみせて",
    "かおしゃしんちょうだい",
    "リア顔見せて",
    "りあるでしゃべろ",
    "ふたりっきりになろ",
    "ふたりきりになりたい",
    "さぶあか",
    "でーえむ",
    "ぼいすちゃっと",
    "フォトナでフレンド",
    "スプラフレンド",
    "モンストマルチ",
    "もんすとまるちしよ",
    "ろぶろふれんど",
    "まいくらのさば",
    "げんしんまるち",
    "ぷりこねふれんど",
    "すぷらのくらん",
)
# ordinary names sharing the surface of the above: they pass, before the round and after it
HARD_NEGATIVES = (
    "ゆめになりたい",
    "しにとうない",
    "しにとうなかった",
    "むしになりたい",
    "ほねほね",
    "じしょう",
    "じしょうこ",
    "じょうはつ",
    "すいぶんがじょうはつ",
    "じょうはつする",
    "みずじょうはつする",
    "水が蒸発する",
    "しっそう",
    "くびしめ",
    "ねくたいしめたい",
    "あたまぶつけた",
    "あたまぶつけたいたい",
    "おでこぶつけたい",
    "くびかざり",
    "しめじ",
    "なまはむ",
    "えちご",
    "えちぜん",
    "しゃしん",
    "しゃしんうりば",
    "ねこのしゃしん",
    "なんちゅう",
    "なんちゅうか",
    "なんこう",
    "ねこのおうちおしえて",
    "おかおみせて",
    "ひとりきりになりたい",
    "りあるしゃべり",
    "マイクラ",
    "マイクラやろ",
    "マイクラであそぼ",
    "すぷらしよ",
    "まいくらすき",
    "すぷらだいすき",
    "ぽけもんだいすき",
    "まいくらのいえ",
    "ゆいのすぷら",
    "すぷらっしゅ",
    "すぷらいと",
    "えぺぺ",
    "げんしんすき",
    "あつもりのしま",
    "ぷりこねさいこう",
)


@pytest.mark.parametrize("name", SELF_HARM)
def test_self_harm_refused(name: str) -> None:
    verdict = safety.check_name(name)
    assert not verdict.ok and verdict.reason == "self_harm", verdict


@pytest.mark.parametrize("name", SEXUAL)
def test_sexual_refused(name: str) -> None:
    verdict = safety.check_name(name)
    assert not verdict.ok and verdict.reason == "sexual", verdict


@pytest.mark.parametrize("name", CONTACT)
def test_contact_refused(name: str) -> None:
    verdict = safety.check_name(name)
    assert not verdict.ok and verdict.reason == "contact", verdict


@pytest.mark.parametrize("name", HARD_NEGATIVES)
def test_ordinary_twins_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("まいくらまるち", True),
        ("ゆいとすぷらふれぼ", True),
        ("ろぶろのさば", True),
        ("まいくら", False),
        ("ゆいのすぷら", False),
        ("えぺぺ", False),
    ],
)
def test_plays_together_reads_the_game_at_a_word_start(key: str, expected: bool) -> None:
    assert plays_together(key) is expected
