"""The optional second opinion, against a real local server that speaks the chat-completions API."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

import safety
from safety.second_opinion import SecondOpinion, read_answer
from tests.support.fake_llm import SLOW_SECONDS, FakeLLM

SCRIPTED = {
    "rate-high": '{"level": "high", "category": "ideation"}',
    "rate-imminent": 'sure: {"level": "imminent", "category": "plan"}',
    "rate-abuse": '{"level": "high", "category": "abuse"}',
    "rate-none": '{"level": "none", "category": "none"}',
    "rate-odd": '{"level": "very high"}',
}
# Ordinary words the rules rate `none`.
PLAIN = "きょうは くもり"


@pytest.fixture(scope="module")
def llm() -> Iterator[FakeLLM]:
    with FakeLLM(SCRIPTED) as server:
        yield server


def run(llm: FakeLLM, model: str, text: str, **options: float) -> safety.Assessment:
    async def go() -> safety.Assessment:
        second = SecondOpinion(llm.url, model, deadline=options.get("deadline", 2.0))
        try:
            return await second.assess(text)
        finally:
            await second.aclose()

    return asyncio.run(go())


def test_the_model_can_raise_a_level(llm: FakeLLM) -> None:
    assert safety.assess(PLAIN).level == "none"
    result = run(llm, "rate-high", PLAIN)
    assert result.level == "high"
    assert "ideation" in result.categories
    assert any(s.note == "second_opinion" for s in result.spans)


def test_its_category_reaches_the_card(llm: FakeLLM) -> None:
    assert "abuse" in run(llm, "rate-abuse", PLAIN).categories
    assert run(llm, "rate-imminent", PLAIN).level == "imminent"


def test_the_model_never_lowers_a_level(llm: FakeLLM) -> None:
    text = "もう つかれた"
    rules = safety.assess(text)
    assert rules.level == "concern"
    assert run(llm, "rate-none", text).level == "concern"


def test_high_texts_are_not_sent_at_all(llm: FakeLLM) -> None:
    before = len(llm.requests)
    assert run(llm, "rate-none", "しにたい").level == "high"
    assert len(llm.requests) == before


def test_the_rules_instructions_and_the_text_are_sent(llm: FakeLLM) -> None:
    run(llm, "rate-high", PLAIN)
    body = llm.requests[-1]
    assert body["messages"][0]["role"] == "system"
    assert body["messages"][1]["content"] == PLAIN


@pytest.mark.parametrize("model", ["broken", "garbage", "empty", "rate-odd", "normal"])
def test_errors_and_odd_answers_keep_the_rule_level(llm: FakeLLM, model: str) -> None:
    assert run(llm, model, PLAIN).level == "none"
    assert run(llm, model, "もう つかれた").level == "concern"


@pytest.mark.parametrize("model", ["slow", "trickle"])
def test_a_slow_model_is_given_up_on_at_the_deadline(llm: FakeLLM, model: str) -> None:
    started = time.monotonic()
    assert run(llm, model, PLAIN, deadline=0.5).level == "none"
    assert time.monotonic() - started < SLOW_SECONDS


def test_an_unreachable_model_keeps_the_rule_level() -> None:
    async def go() -> safety.Assessment:
        second = SecondOpinion("http://127.0.0.1:9/v1", "x", deadline=0.5)
        try:
            return await second.assess("もう つかれた")
        finally:
            await second.aclose()

    assert asyncio.run(go()).level == "concern"


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        ('{"level": "high", "category": "ideation"}', ("high", "ideation")),
        ('{"level": "concern", "category": "weird"}', ("concern", None)),
        ('{"level": "maybe"}', None),
        ("high", None),
        ("{" + "x" * 500 + "}", None),
    ],
)
def test_answers_are_read_strictly(answer: str, read: tuple[str, str | None] | None) -> None:
    assert read_answer(answer) == read


def test_the_post_screen_asks_it_too(llm: FakeLLM) -> None:
    from rooms.posts.screening import screen_with

    async def go() -> bool:
        second = SecondOpinion(llm.url, "rate-abuse", deadline=2.0)
        try:
            screening = await screen_with(PLAIN, second)
        finally:
            await second.aclose()
        return screening.urgent and "abuse" in screening.categories

    assert asyncio.run(go())
