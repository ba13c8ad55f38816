"""The embedded listening engine and its words: kind, varied, on topic, honest, never unsafe."""

from __future__ import annotations

import re

import pytest

from rooms.robot import Line, ListeningEngine, Turn, read_message
from rooms.robot.bank import default_bank, parse_bank
from rooms.robot.screen import screen_reply
from rooms.robot.words import echo_word, lexicon

ENGINE = ListeningEngine()
KANJI = re.compile(r"[\u4e00-\u9fff]")


def say(message: str, *history: tuple[str, str], **turn: object) -> str:
    lines = tuple(Line(who, text) for who, text in history)  # type: ignore[arg-type]
    return ENGINE.compose(Turn(message, lines, **turn))  # type: ignore[arg-type]


# Words a visitor might write that the listener says back ({echo}).
ECHOES = ("ポケモン", "マイクラ", "宿題", "部活", "給食", "サッカー", "ピアノ", "修学旅行")


def test_every_bank_line_passes_the_output_screen() -> None:
    # With every topic noun and a range of echoed words: the screen must never
    # have to replace the listener's own words (tests/test_robot_screen.py).
    nouns = sorted(set(lexicon().nouns.values()))
    for key, line in default_bank():
        for noun in nouns if "{noun}" in line else ["-"]:
            for echo in ECHOES if "{echo}" in line else ["-"]:
                text = line.replace("{noun}", noun).replace("{echo}", echo)
                assert screen_reply(text).ok, (key, text, screen_reply(text))


def test_the_listeners_replies_in_the_conversation_suite_pass_the_screen() -> None:
    import tomllib
    from pathlib import Path

    suite = Path(__file__).resolve().parent / "data" / "robot_conversations.toml"
    with suite.open("rb") as fh:
        conversations = tomllib.load(fh)["conversation"]
    for conv in conversations:
        history: list[Line] = []
        for turn in conv["turns"]:
            level = read_message(turn["say"]).level
            reply = ENGINE.compose(Turn(turn["say"], tuple(history[-6:]), level))
            assert screen_reply(reply).ok, (conv["id"], turn["say"], reply, screen_reply(reply))
            history += [Line("you", turn["say"]), Line("robo", reply)]


def test_bank_lines_are_easy_to_read() -> None:
    # A tired ten-year-old reads these: almost no kanji, short lines.
    for key, line in default_bank():
        assert len(KANJI.findall(line)) == 0, (key, line)
        assert len(line) <= 120, (key, line)
        for banned in ("がんばって", "まえむき", "いのちを たいせつ"):
            assert banned not in line


def test_a_broken_bank_file_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_bank('[thanks]\nlines = ["", "ok"]\n')


def test_it_reflects_the_feeling_and_the_topic() -> None:
    reply = say("がっこうで ともだちに むしされて つらい")
    assert any(word in reply for word in ("がっこう", "ともだち", "いやな", "きずつ", "つらかった", "かなし"))


def test_kanji_and_kana_are_heard_the_same() -> None:
    assert lexicon().hear("学校").topics == lexicon().hear("がっこう").topics == ("school",)


def test_a_short_answer_follows_the_topic_of_the_last_lines() -> None:
    history = (("you", "せんせいに おこられた"), ("robo", "いやな ことを されたんだね。"))
    bank = default_bank()
    follow_ups = [*bank.lines("feeling.hurt.ask"), *bank.lines("topic.school.ask"), *bank.lines("ask")]
    follow_ups += bank.lines("feeling.hurt.suggest")
    for i in range(8):
        reply = say("うん" + "！" * i, *history)
        assert any(line in reply for line in follow_ups), reply


def test_it_does_not_repeat_what_it_just_said() -> None:
    history: list[tuple[str, str]] = []
    said: list[str] = []
    for message in ["つかれた", "つかれた", "つかれた", "つかれた"]:
        reply = say(message, *history)
        said.append(reply)
        history += [("you", message), ("robo", reply)]
    assert len(set(said)) == len(said)


def test_replies_vary_between_conversations() -> None:
    replies = {say("きょうは ほんとうに つかれた" + "。" * i) for i in range(12)}
    assert len(replies) >= 4


def test_same_conversation_same_reply() -> None:
    assert say("ねむれない") == say("ねむれない")


def test_it_is_honest_that_it_is_a_robot() -> None:
    reply = say("きみって にんげん？")
    assert ("ロボ" in reply and "にんげん" in reply) or "きかい" in reply


def test_it_says_when_it_does_not_understand() -> None:
    reply = say("ふにゃらぽん")
    assert any(w in reply for w in ("わからなかった", "むずかしかった", "きかせて"))


def test_an_unknown_katakana_word_is_said_back() -> None:
    assert echo_word("きのう スプラトゥーン やった") == "スプラトゥーン"
    assert "スプラトゥーン" in say("きのう スプラトゥーン みた")


def test_never_echoes_a_place_word() -> None:
    assert echo_word("駅のホームに いる") is None
    assert echo_word("屋上") is None


def test_crisis_turn_gets_no_question_about_details() -> None:
    reply = say("もう しにたい", level="high", care=True, categories=("ideation",))
    assert "？" not in reply
    assert screen_reply(reply).ok


def test_abuse_turn_says_it_is_not_their_fault() -> None:
    reply = say("おとうさんに たたかれた", level="high", care=True, categories=("abuse",))
    assert "わるく ない" in reply or "せいじゃ ない" in reply


def test_a_denial_during_care_is_met_kindly() -> None:
    reply = say("それは ちがう", ("you", "しにたい"), ("robo", "…"), care=True)
    assert "ごめん" in reply or "ありがとう" in reply


def test_greeting_first_time_introduces_the_robot() -> None:
    assert "ロボ" in say("こんにちは")


def test_rooms_are_suggested_sometimes_not_always() -> None:
    replies = [say("つかれた" + "…" * i) for i in range(30)]
    suggested = [r for r in replies if "へや" in r]
    assert 0 < len(suggested) < len(replies)
