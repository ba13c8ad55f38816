"""rooms/robot/probe.py, the operator's check before turning a model on, against a real local server."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from rooms.robot import probe
from tests.support.fake_llm import UNSAFE_REPLY, FakeLLM

MESSAGES = ["きょう つかれた", "ねこが すき", "がっこう いきたくない"]


@pytest.fixture(scope="module")
def llm() -> Iterator[FakeLLM]:
    with FakeLLM() as server:
        yield server


def run(llm: FakeLLM, tmp_path: Path, model: str, *extra: str) -> str:
    messages = tmp_path / "messages.txt"
    messages.write_text("\n".join(MESSAGES) + "\n\n", encoding="utf-8")
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        probe.main([llm.url, "--model", model, "--deadline", "2", "--messages", str(messages), *extra])
    return buffer.getvalue()


def test_a_model_whose_replies_the_screen_would_replace(llm: FakeLLM, tmp_path: Path) -> None:
    out = run(llm, tmp_path, "unsafe", "--show")
    assert "asked 3, no usable answer 0, shown 0, replaced 3" in out
    assert "replaced as" in out and UNSAFE_REPLY in out  # the operator reads what it tried to say


def test_a_kind_model_and_a_broken_one(llm: FakeLLM, tmp_path: Path) -> None:
    assert "asked 3, no usable answer 0, shown 3, replaced 0" in run(llm, tmp_path, "normal")
    assert "asked 3, no usable answer 3, shown 0, replaced 0" in run(llm, tmp_path, "broken")
    # Only what each request sent: the robot's system prompt and the one message.
    assert [m["role"] for m in llm.requests[-1]["messages"]] == ["system", "user"]


def test_the_default_messages_are_the_conversation_suites() -> None:
    messages = probe.suite_messages()
    assert len(messages) > 200 and "こんにちは" in messages
