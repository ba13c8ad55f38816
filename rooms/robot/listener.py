"""The embedded robot: a listener over the bank, no network, no model weights.

It reflects the feeling it heard, says back a topic or a word the visitor used,
and then either asks a gentle open question or offers another room.  The few
recent lines the browser sends give it a little memory: the topic of the talk,
what it already said (so it does not say it again) and whether it already
suggested a room.  Choices are random but seeded by the conversation, so the
same talk gets the same replies (tests can rely on that) while different talks
get different ones.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from rooms.japan_time import hello
from rooms.robot.bank import Bank, default_bank
from rooms.robot.types import Line, Turn
from rooms.robot.words import Heard, Lexicon, lexicon
from safety.levels import CRISIS

# When several feelings are heard, the heaviest is answered first.
_FEELING_ORDER = (
    "hurt",
    "sad",
    "lonely",
    "anxious",
    "angry",
    "empty",
    "sleepless",
    "tired",
    "bored",
    "happy",
)
# A room is suggested at most once in this many recent robot lines.
_SUGGEST_GAP = 3


class ListeningEngine:
    name = "listener"

    def __init__(
        self,
        bank: Bank | None = None,
        words: Lexicon | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.bank = bank or default_bank()
        self.words = words or lexicon()
        self.clock = clock

    async def reply(self, turn: Turn) -> str:
        return self.compose(turn)

    def compose(self, turn: Turn) -> str:
        talk = Talk(self.bank, turn)
        heard = self.words.hear(turn.message)
        earlier = [self.words.hear(line.text) for line in reversed(turn.history) if line.speaker == "you"]
        topic = _first(heard.topics) or _first(t for h in earlier[:2] for t in h.topics)
        feeling = _main_feeling(heard, turn.level)
        if turn.level in CRISIS:
            key = "crisis.abuse" if "abuse" in turn.categories else "crisis.reflect"
            return talk.say(key)
        if turn.care and "deny" in heard.meta:
            return talk.say("care.deny")
        if "person" in heard.meta:
            return talk.say("person")
        if "robot" in heard.meta:
            return talk.say("robot")
        if feeling:
            return self._feeling(talk, feeling, heard, topic)
        if "greeting" in heard.meta and not heard.topics:
            if talk.spoke_before:
                return talk.say("greeting.again")
            return f"{hello(self.clock())} {talk.say('greeting.first')}"
        if "thanks" in heard.meta:
            return talk.say("thanks")
        if "bye" in heard.meta:
            return talk.say("bye")
        if "going" in heard.meta:
            return talk.say("going")
        if heard.topics:
            return talk.join(talk.say(f"topic.{heard.topics[0]}.reflect"), self._follow(talk, None, topic))
        if turn.level == "concern":
            return talk.join(talk.say("concern"), talk.say("concern.follow"))
        if "yes" in heard.meta or "no" in heard.meta:
            key = "yes" if "yes" in heard.meta else "no"
            past = _first(f for h in earlier[:2] if (f := _main_feeling(h, "none")))
            return talk.join(talk.say(key), self._follow(talk, past, topic))
        if "dontknow" in heard.meta:
            return talk.say("dontknow")
        past = _first(f for h in earlier[:2] if (f := _main_feeling(h, "none")))
        if heard.echo:
            echo = talk.say("echo").replace("{echo}", heard.echo)
            return talk.join(echo, self._follow(talk, past, topic))
        if past or topic:
            # Mid-talk, "I did not understand" would break the thread: keep listening.
            return talk.join(talk.say("continue"), self._follow(talk, past, topic))
        return talk.say("unknown")

    def _feeling(self, talk: Talk, feeling: str, heard: Heard, topic: str | None) -> str:
        here = _first(heard.topics)
        if here and talk.rng.random() < 0.7:
            noun = self.words.nouns[here]
            opening = talk.say(f"feeling.{feeling}.reflect_topic").replace("{noun}", noun)
        else:
            opening = talk.say(f"feeling.{feeling}.reflect")
        return talk.join(opening, self._follow(talk, feeling, topic))

    def _follow(self, talk: Talk, feeling: str | None, topic: str | None) -> str:
        """A question or, now and then, another room to try."""
        if feeling and not talk.suggested_lately(self.bank) and talk.rng.random() < 0.45:
            return talk.say(f"feeling.{feeling}.suggest")
        keys = [f"feeling.{feeling}.ask"] if feeling else []
        if topic:
            keys.append(f"topic.{topic}.ask")
        # Mostly a question about what was said; sometimes a plain "tell me more", and
        # always when every question about it was already asked.
        if not keys or talk.rng.random() < 0.2 or not talk.has_fresh(keys):
            keys.append("ask")
        return talk.say_any(keys)


class Talk:
    """One reply being written: the seeded choice and what was already said."""

    def __init__(self, bank: Bank, turn: Turn) -> None:
        self.bank = bank
        self.said = [line.text for line in turn.history if line.speaker == "robo"]
        self.spoke_before = bool(self.said)
        self.rng = random.Random(_seed(turn.message, turn.history))

    def say(self, key: str) -> str:
        return self.say_any([key])

    def say_any(self, keys: Sequence[str]) -> str:
        lines = [line for key in keys for line in self.bank.lines(key)]
        if not lines:
            lines = list(self.bank.lines("ask"))
        fresh = [line for line in lines if self._fresh(line)]
        return self.rng.choice(fresh or lines)

    def has_fresh(self, keys: Sequence[str]) -> bool:
        return any(self._fresh(line) for key in keys for line in self.bank.lines(key))

    def _fresh(self, line: str) -> bool:
        return not any(_core(line) in old for old in self.said)

    def suggested_lately(self, bank: Bank) -> bool:
        recent = self.said[-_SUGGEST_GAP:]
        suggestions = [line for key, line in bank if key.endswith(".suggest")]
        return any(s in old for s in suggestions for old in recent)

    @staticmethod
    def join(*parts: str) -> str:
        return "".join(p for p in parts if p)


def _core(line: str) -> str:
    # A template's fixed part, so 「{noun}の ことで…」 counts as said whatever the noun was.
    return max(line.split("{"), key=len) if "{" in line else line


def _main_feeling(heard: Heard, level: str) -> str | None:
    for name in _FEELING_ORDER:
        if name in heard.feelings:
            # 「よかった」 inside a worried sentence is not joy.
            if name == "happy" and (level != "none" or len(heard.feelings) > 1):
                continue
            return name
    return None


def _first(items: object) -> str | None:
    return next(iter(items), None)  # type: ignore[call-overload]


def _seed(message: str, history: Sequence[Line]) -> int:
    digest = hashlib.blake2b(digest_size=8)
    for line in (*history, Line("you", message)):
        digest.update(line.speaker.encode() + b"\0" + line.text.encode() + b"\0")
    return int.from_bytes(digest.digest(), "big")


__all__ = ["ListeningEngine", "Talk"]
