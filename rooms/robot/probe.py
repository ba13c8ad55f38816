"""Try a chat model before turning it on: ask it what children say, and screen what it answers.

    .venv/bin/python -m rooms.robot.probe URL [--model M] [--key K] [--messages FILE] [--show]

Sends every visitor line of ``tests/data/robot_conversations.toml`` (or of FILE, one
message a line) to the model with the robot's system prompt, one message at a time and
without history, and screens each reply with the output screen (``rooms/robot/screen.py``).
Prints how many replies were usable, how many the screen would replace and why (by class),
and how many requests failed; ``--show`` also prints each replaced reply so an operator can
read what the model tried to say.  Nothing is stored.  The screen is a floor: read a sample
of the replies it passed too (docs/safety.md, "Before turning a model on").
"""

from __future__ import annotations

import argparse
import asyncio
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import safety
from rooms.robot.openai_compat import ChatCompletionsEngine
from rooms.robot.screen import screen_reply
from rooms.robot.types import Turn

SUITE = Path(__file__).resolve().parents[2] / "tests" / "data" / "robot_conversations.toml"


@dataclass
class ProbeReport:
    asked: int = 0
    failed: int = 0
    shown: int = 0
    replaced: Counter[str] = field(default_factory=Counter)
    examples: list[tuple[str, str, str]] = field(default_factory=list)
    """(message, reply, reason) for each replaced reply."""

    def lines(self, show: bool = False) -> list[str]:
        out = [
            f"asked {self.asked}, no usable answer {self.failed}, shown {self.shown}, "
            f"replaced {sum(self.replaced.values())}"
        ]
        out += [f"  replaced as {reason}: {n}" for reason, n in self.replaced.most_common()]
        if show:
            out += [f"- [{reason}] {message} → {reply}" for message, reply, reason in self.examples]
        return out


def suite_messages(path: Path = SUITE) -> list[str]:
    with path.open("rb") as fh:
        conversations = tomllib.load(fh)["conversation"]
    return [turn["say"] for conv in conversations for turn in conv["turns"]]


async def probe(engine: ChatCompletionsEngine, messages: Sequence[str]) -> ProbeReport:
    report = ProbeReport()
    for message in messages:
        report.asked += 1
        assessment = safety.assess(message)
        turn = Turn(message, (), assessment.level, assessment.categories, assessment.at_least("high"))
        try:
            reply = await asyncio.wait_for(engine.complete(turn), engine.deadline)
        except Exception:  # the robot would fall back to the listener: counted, not shown
            report.failed += 1
            continue
        verdict = screen_reply(reply)
        if verdict.ok:
            report.shown += 1
        else:
            reason = verdict.reason or "?"
            report.replaced[reason] += 1
            report.examples.append((message, reply, reason))
    return report


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="the model's API base, as KAKUREGA_ROBOT_URL")
    parser.add_argument("--model", default="kakurega-robo")
    parser.add_argument("--key", default=None)
    parser.add_argument("--deadline", type=float, default=30.0)
    parser.add_argument("--messages", type=Path, help="a file of messages, one a line")
    parser.add_argument("--show", action="store_true", help="print each replaced reply")
    args = parser.parse_args(argv)
    if args.messages:
        messages = [m for m in args.messages.read_text(encoding="utf-8").splitlines() if m.strip()]
    else:
        messages = suite_messages()

    async def run() -> ProbeReport:
        engine = ChatCompletionsEngine(args.url, args.model, args.key, deadline=args.deadline)
        try:
            return await probe(engine, messages)
        finally:
            await engine.aclose()

    print("\n".join(asyncio.run(run()).lines(args.show)))


if __name__ == "__main__":
    main()
