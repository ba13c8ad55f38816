"""The optional judge, against a real local chat-completions server playing both models."""

from __future__ import annotations

import asyncio
import time
import warnings
from collections.abc import Iterator

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

import server
from rooms.robot import ChatCompletionsEngine, ListeningEngine, RobotConfig, RobotService, Turn, robot_routes
from rooms.robot.judge import PROMPT, Judge, read_answer
from rooms.robot.web import build_service
from settings import Settings
from tests.support.fake_llm import LECTURE_REPLY, NORMAL_REPLY, SLOW_SECONDS, FakeLLM

JUDGE_DEADLINE = 1.0
MESSAGE = "きょう つかれた"


@pytest.fixture(scope="module")
def llm() -> Iterator[FakeLLM]:
    with FakeLLM() as server_:
        yield server_


def answer(llm: FakeLLM, model: str, judge_model: str) -> tuple[str, ChatCompletionsEngine]:
    judge = Judge(llm.url, judge_model, "judge-key", deadline=JUDGE_DEADLINE)
    engine = ChatCompletionsEngine(llm.url, model, "k", judge=judge, deadline=2.0)
    service = RobotService(engine)

    async def run() -> str:
        try:
            return (await service.answer(MESSAGE)).reply
        finally:
            await engine.aclose()

    return asyncio.run(run()), engine


def listener_says() -> str:
    return ListeningEngine().compose(Turn(MESSAGE))


def test_a_reply_both_pass_is_shown(llm: FakeLLM) -> None:
    reply, engine = answer(llm, "normal", "judge-safe")
    assert reply == NORMAL_REPLY
    assert engine.stats["judge_safe"] == 1
    asked = llm.requests[-1]
    # The judge reads the reply alone, with its instructions; never what the visitor wrote.
    assert asked["model"] == "judge-safe"
    assert asked["messages"] == [
        {"role": "system", "content": PROMPT},
        {"role": "user", "content": NORMAL_REPLY},
    ]
    assert llm.headers[-1]["authorization"] == "Bearer judge-key"
    assert all(MESSAGE not in m["content"] for m in asked["messages"])


def test_the_judge_vetoes_a_reply_the_rules_passed(llm: FakeLLM) -> None:
    reply, engine = answer(llm, "normal", "judge-unsafe")
    assert reply == listener_says()
    assert engine.stats["judge_unsafe"] == 1


def test_the_judge_is_not_asked_about_what_the_rules_refuse(llm: FakeLLM) -> None:
    before = len(llm.requests)
    reply, engine = answer(llm, "lecture", "judge-safe")
    assert reply == listener_says() and LECTURE_REPLY not in reply
    assert len(llm.requests) == before + 1  # the model only
    assert not any(k.startswith("judge_") for k in engine.stats)


def test_on_timeout_the_rules_decide_alone(llm: FakeLLM) -> None:
    started = time.monotonic()
    reply, engine = answer(llm, "normal", "judge-slow")
    assert time.monotonic() - started < JUDGE_DEADLINE + 2.0 < SLOW_SECONDS + 2.0
    assert reply == NORMAL_REPLY
    assert engine.stats["judge_timeout"] == 1


@pytest.mark.parametrize(
    ("judge_model", "outcome"), [("broken", "error"), ("garbage", "error"), ("judge-prose", "unreadable")]
)
def test_a_judge_that_cannot_answer_leaves_the_rules_to_decide(
    llm: FakeLLM, judge_model: str, outcome: str
) -> None:
    reply, engine = answer(llm, "normal", judge_model)
    assert reply == NORMAL_REPLY
    assert engine.stats[f"judge_{outcome}"] == 1


@pytest.mark.parametrize(
    ("text", "outcome", "cls"),
    [
        ('{"safe": true}', "safe", None),
        ('```json\n{"safe": false, "class": "place"}\n```', "unsafe", "place"),
        ('{"safe": false, "class": "something else"}', "unsafe", "other"),
        ('{"safe": false}', "unsafe", "other"),
        ('{"safe": "no"}', "unreadable", None),
        ("safe", "unreadable", None),
        ("{not json}", "unreadable", None),
    ],
)
def test_reading_the_judges_answer(text: str, outcome: str, cls: str | None) -> None:
    rating = read_answer(text)
    assert (rating.outcome, rating.cls) == (outcome, cls)


def test_settings_configure_the_judge_and_the_app_uses_it(llm: FakeLLM) -> None:
    settings = Settings(
        robot_url=llm.url,
        robot_model="normal",
        robot_judge_url=llm.url,
        robot_judge_model="judge-unsafe",
        robot_judge_deadline=1.5,
    )
    config = settings.robot
    assert (config.judge_url, config.judge_model, config.judge_deadline) == (llm.url, "judge-unsafe", 1.5)
    service = build_service(config)
    app = server.create_app()
    app.router.routes[0:0] = robot_routes(service=service)
    with TestClient(app) as client:
        reply = client.post("/api/robot", json={"message": "ねこが すき"}).json()["reply"]
    assert reply != NORMAL_REPLY
    assert service.snapshot()["engine"]["judge_unsafe"] == 1
    assert RobotConfig().judge_url is None and Settings().robot.judge_url is None
