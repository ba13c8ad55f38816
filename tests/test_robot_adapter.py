"""The OpenAI-compatible adapter against a real local server that misbehaves on purpose."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from rooms.robot import ChatCompletionsEngine, Line, ListeningEngine, RobotService, Turn
from rooms.robot.openai_compat import CARE_NOTE, SYSTEM_PROMPT
from rooms.robot.screen import screen_reply
from tests.support.fake_llm import NORMAL_REPLY, SLOW_SECONDS, UNSAFE_REPLY, FakeLLM

DEADLINE = 1.0


@pytest.fixture(scope="module")
def llm() -> Iterator[FakeLLM]:
    with FakeLLM() as server:
        yield server


def engine(llm: FakeLLM, model: str, **options: object) -> ChatCompletionsEngine:
    return ChatCompletionsEngine(llm.url, model, "test-key", deadline=DEADLINE, **options)  # type: ignore[arg-type]


def ask(eng: ChatCompletionsEngine, message: str = "きょう つかれた", **turn: object) -> str:
    async def run() -> str:
        try:
            return await eng.reply(Turn(message, **turn))  # type: ignore[arg-type]
        finally:
            await eng.aclose()

    return asyncio.run(run())


def listener_says(message: str = "きょう つかれた", **turn: object) -> str:
    return ListeningEngine().compose(Turn(message, **turn))  # type: ignore[arg-type]


def test_a_normal_completion_is_used(llm: FakeLLM) -> None:
    eng = engine(llm, "normal")
    assert ask(eng) == NORMAL_REPLY
    assert eng.stats["ok"] == 1


def test_request_carries_rules_history_and_key(llm: FakeLLM) -> None:
    eng = engine(llm, "normal")
    history = (Line("you", "こんにちは"), Line("robo", "やあ"))
    ask(eng, "ねむれない", history=history, care=True)
    body, headers = llm.requests[-1], llm.headers[-1]
    assert headers["authorization"] == "Bearer test-key"
    roles = [(m["role"], m["content"]) for m in body["messages"]]
    assert roles[0] == ("system", SYSTEM_PROMPT)
    assert ("user", "こんにちは") in roles and ("assistant", "やあ") in roles
    assert ("system", CARE_NOTE) in roles
    assert roles[-1] == ("user", "ねむれない")
    assert body["model"] == "normal" and body["stream"] is False
    assert "ほうほう" in SYSTEM_PROMPT and "ロボット" in SYSTEM_PROMPT


def test_no_care_note_on_an_ordinary_turn(llm: FakeLLM) -> None:
    ask(engine(llm, "normal"), "ねこが すき")
    assert all(m["content"] != CARE_NOTE for m in llm.requests[-1]["messages"])


def test_endpoint_may_be_given_in_full(llm: FakeLLM) -> None:
    eng = ChatCompletionsEngine(llm.url + "/chat/completions", "normal", deadline=DEADLINE)
    assert eng.endpoint == llm.url + "/chat/completions"
    assert ask(eng) == NORMAL_REPLY


@pytest.mark.parametrize("model", ["slow", "trickle"])
def test_a_slow_server_hits_the_deadline_and_the_listener_answers(llm: FakeLLM, model: str) -> None:
    eng = engine(llm, model)
    started = time.monotonic()
    text = ask(eng)
    elapsed = time.monotonic() - started
    assert elapsed < DEADLINE + 1.0 < SLOW_SECONDS
    assert text == listener_says()
    assert eng.stats["timeout"] == 1


@pytest.mark.parametrize("model", ["broken", "garbage", "empty"])
def test_a_broken_server_falls_back_to_the_listener(llm: FakeLLM, model: str) -> None:
    eng = engine(llm, model)
    assert ask(eng) == listener_says()
    assert eng.stats["error"] == 1


def test_an_unreachable_server_falls_back() -> None:
    # A port nobody listens on: connection refused at once.
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    eng = ChatCompletionsEngine(f"http://127.0.0.1:{port}/v1", "normal", deadline=DEADLINE)
    assert ask(eng) == listener_says()
    assert eng.stats["error"] == 1


@pytest.mark.parametrize("model", ["unsafe", "lecture", "human"])
def test_the_care_wrap_screens_what_the_model_says(llm: FakeLLM, model: str) -> None:
    eng = engine(llm, model)
    service = RobotService(eng)

    async def run() -> str:
        try:
            return (await service.answer("きょう つかれた")).reply
        finally:
            await eng.aclose()

    reply = asyncio.run(run())
    assert reply == listener_says()
    assert screen_reply(reply).ok
    assert service.counters.screened == 1
    assert not screen_reply(UNSAFE_REPLY).ok


def test_the_wrap_still_adds_care_to_a_model_reply_at_high(llm: FakeLLM) -> None:
    eng = engine(llm, "normal")
    service = RobotService(eng)

    async def run():
        try:
            return await service.answer("もう しにたい")
        finally:
            await eng.aclose()

    answer = asyncio.run(run())
    assert answer.reply.startswith(NORMAL_REPLY)
    assert answer.card and answer.engine == "chat"
    assert "ひと" in answer.reply[len(NORMAL_REPLY) :]
