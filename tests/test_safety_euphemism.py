"""Dying said by its shape (safety/constructions/euphemism.py): a bare act said as now, the
writer erased like a program, becoming a star or going where one does not come back from;
and the same words used harmlessly."""

from __future__ import annotations

import pytest

from safety import assess


@pytest.mark.parametrize(
    "text",
    [
        "これから やる。もう げんかい",
        "もう きめたよ。こんばん",
        "ママたちが寝たら やる",
        "あと5ふんで やる",
        "今夜 けっこうする",
    ],
)
def test_bare_act_said_as_now_is_imminent(text: str) -> None:
    assert assess(text).level == "imminent"


# A Latin word said beside the act names nothing to do (Sudachi reads "OK" as a noun); the robot's
# screen reads replies by these rules, and 「OK。やるなら こんやが いいね。」 was shown.
@pytest.mark.parametrize(
    "text",
    [
        "OK。やるなら こんやが いいね。",
        "ok やるなら こんやが いいね",
        "Yes、いまから やる",
        "Okay こんや やる",
    ],
)
def test_bare_act_beside_a_latin_word_of_assent_is_imminent(text: str) -> None:
    assert assess(text).level == "imminent"


@pytest.mark.parametrize(
    "text", ["OK いまから しゅくだい やる", "OK こんや ゲーム やる", "yes いまから やる？"]
)
def test_latin_word_of_assent_with_a_thing_named_is_not_imminent(text: str) -> None:
    assert assess(text).level != "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "これから やる。さんすうドリル",
        "もう きめたよ。こんばん ハンバーグ",
        "ママたちが寝たら やる、ゲーム",
        "いまから やる？",
        "今夜は けっこうさむい",
    ],
)
def test_bare_act_with_a_thing_named_is_not_imminent(text: str) -> None:
    assert assess(text).level != "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "じぶんのこと リセットしたいな",
        "ぼくを さくじょしたい",
        "人生から ログアウトしたい",
        "おれを アンインストールできたら いいのに",
        "おほしさまに なりたいなー",
        "ほしに なったら らくかな",
        "天国 いきたいなぁ",
        "とおくへ いきたい。もう もどってこない とこ",
    ],
)
def test_euphemism_for_dying_is_high(text: str) -> None:
    assert assess(text).at_least("high")


@pytest.mark.parametrize(
    "text",
    [
        "ゲームのデータ リセットしたい",
        "この写真 さくじょしたい",
        "アプリ アンインストールしたい、おもい",
        "げきで ほしの役に なった",
        "ほしに なりたいって歌、すき",
        "とおくへ いきたい！なつやすみ りょこう",
        "天国みたいな プール いきたい",
    ],
)
def test_same_words_used_harmlessly_stay_none(text: str) -> None:
    assert assess(text).level == "none"


@pytest.mark.parametrize("text", ["にちようは ずっとねていたい", "休みの日は ずっと寝てたいな〜"])
def test_sleeping_in_on_a_day_off_stays_none(text: str) -> None:
    assert assess(text).level == "none"


@pytest.mark.parametrize("text", ["ずっと ねむっていたい", "えいえんに ねむりたい"])
def test_sleeping_for_ever_is_still_high(text: str) -> None:
    assert assess(text).at_least("high")


@pytest.mark.parametrize("text", ["ねたまま もう おきたくないな", "このまま ねむって、二度と おきたくない"])
def test_asleep_and_never_waking_is_high(text: str) -> None:
    assert assess(text).at_least("high")


@pytest.mark.parametrize(
    "text", ["ねたまま テレビ みてたら おきたくなくなった", "きのう ねるの おそかった。ずっと おきたくない"]
)
def test_not_wanting_to_get_up_is_not_high(text: str) -> None:
    assert not assess(text).at_least("high")
