"""Risk round w of 2026-12-06: ordinary texts that use heavy words of a thing, a lesson, a
bout or a passing state (docs/safety.md, "Risk round w"), each beside a serious text of the
same shape that must stay. The phrasings here were written for the tests, not taken
from a tuning file or a blind split."""

from __future__ import annotations

import pytest

from safety import assess


@pytest.mark.parametrize(
    ("ordinary", "serious", "level"),
    [
        # a why asked, not a way (method.py, _why_asked)
        ("ロープで首のストレッチしたら先生にほめられた なんで？w", "なんで死ねないの", "high"),
        # a named thing's height is no drop (method.py, _height_of_a_thing)
        ("紙ひこうきの高さって 何階までなら いける？", "ビルの高さって何階までならいける？", "high"),
        # a passing state named as the cause of しぬ (risk.py, _passing_cause)
        ("試験前で緊張で死ぬ あしたなのに", "今夜 死ぬ", "imminent"),
        # a past verb read into the next word is no wish noun (risk.py, _noun_after_past)
        ("部活のあと 雨で 花火が消えた 最悪", "消えたさが つよい", "high"),
        ("ろうそく消えた さいあく", "きえたさ しかない", "high"),
        # a hand after a near fall rescues (handled.py, _near_miss)
        ("川で すべりそうになって お父さんに腕つかまれた", "パパに腕つかまれて なぐられた", "high"),
        # a nick while a blade does its job (risk.py, _blade_in_use)
        ("ひげ そってたら カミソリで ちょっと切った", "カッター使ってたら 腕切った", "high"),
        ("ひげ そってたら カミソリで ちょっと切った", "カミソリつかってたら また 切っちゃった", "high"),
        # 辛 beside food is a taste (risk.py, _spicy)
        ("激辛カレー 辛すぎて 汗とまらん", "毎日つらすぎて もう死にたい", "high"),
        # a phone replaced is an occasion; おつかれさま is a greeting, no weariness
        (
            "機種変した ふるいタブレット 今までありがとう おつかれさま",
            "機種変した 今までありがとう もうつかれた もう死にたい",
            "high",
        ),
        # a lone w laughs at a threat (abuse.py, _lone_w)
        ("ゲームのデータけした ママにころされる～w", "親に殺される まじで", "high"),
        # a blow in a bout is practice (risk.py, _bout)
        (
            "ボクシングでスパーして おなか なぐられた でも楽しい",
            "剣道の竹刀で お父さんにたたかれる 家で",
            "high",
        ),
    ],
)
def test_ordinary_heavy_words_beside_the_same_shape_serious(ordinary: str, serious: str, level: str) -> None:
    assert assess(ordinary).level == "none"
    assert assess(serious).at_least(level)


@pytest.mark.parametrize(
    ("ordinary", "lasting"),
    [
        # 「つらすぎて」 names a pain that lasts: the act stays a worry
        ("暑すぎて とける しぬ", "つらすぎて もう 死ぬ"),
        # a lasting hardship that keeps one from eating is not a taste
        ("激辛カレー 辛すぎて 汗とまらん", "毎日辛すぎて ごはんも食べれない"),
        # a sport named with a lasting blow from a senior stays bullying
        ("ボクシングでスパーして おなか なぐられた でも楽しい", "空手部の先輩に毎日なぐられる"),
    ],
)
def test_a_trivial_cause_does_not_reach_a_lasting_pain(ordinary: str, lasting: str) -> None:
    assert assess(ordinary, learned_layer=False).level == "none"
    assert assess(lasting, learned_layer=False).at_least("concern")


@pytest.mark.parametrize(
    "serious",
    [
        # Two of round w's three withdrawn readings (docs/safety.md, "Risk round w") judged texts
        # like these everyday (``none``): a wait at a platform's edge told with 〜たら and the
        # past, a letter to oneself with a farewell's thanks. They are read as before the round.
        "ホームの端で まってたら 電車 きた 足が うごかなかった",
        "自分への てがみ かいた みんな いままで ありがとう",
    ],
)
def test_a_place_or_a_farewell_told_so_stays_imminent(serious: str) -> None:
    found = assess(serious, learned_layer=False)
    assert found.level == "imminent", found
    assert not any(s.note == "everyday" for s in found.spans), found
