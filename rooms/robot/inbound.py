"""Reading what the browser sends: the JSON body, or the form of the page without JavaScript.

Both end in the same ``(message, history)``; anything wrong is a ``Refusal``
carrying the HTTP status, a code for programs and a kind sentence for people.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from rooms.posts.http import BadBody, decode_json
from rooms.robot.config import MAX_HISTORY_LINES, MAX_HISTORY_SENT, MAX_MESSAGE_CHARS
from rooms.robot.screen import screen_reply
from rooms.robot.types import Line

WORDS = {
    "too_fast": "ちょっと まってね。すこし したら、また はなしかけてね。",
    "too_long": f"ながすぎて、ロボには よみきれなかったよ。{MAX_MESSAGE_CHARS}もじ までに してね。",
    "empty": "なにか かいてから おくってね。",
    "bad_request": "うまく とどかなかった みたい。もういちど おくってみてね。",
    "unsupported": "うまく とどかなかった みたい。もういちど おくってみてね。",
    "cross_site": "この ページからは おくれないよ。かくれがの ロボのへやから はなしかけてね。",
}
# The no-JS form keeps history lines in hidden fields as "you:…" / "robo:…".
_PREFIXES = {"you:": "you", "robo:": "robo"}


@dataclass(frozen=True)
class Refusal(Exception):
    status: int
    code: str

    @property
    def words(self) -> str:
        return WORDS[self.code]

    def to_json(self) -> dict[str, str]:
        return {"error": self.code, "message": self.words}


def parse_json(body: bytes) -> tuple[str, tuple[Line, ...]]:
    try:
        data: Any = decode_json(body)
    except BadBody as exc:
        raise Refusal(400, "bad_request") from exc
    if not isinstance(data, dict):
        raise Refusal(400, "bad_request")
    raw_history = data.get("history", [])
    if not isinstance(raw_history, list):
        raise Refusal(400, "bad_request")
    if len(raw_history) > MAX_HISTORY_SENT:
        raise Refusal(413, "too_long")
    lines: list[Line] = []
    for item in raw_history:
        if not isinstance(item, dict):
            raise Refusal(400, "bad_request")
        speaker, text = item.get("from"), item.get("text")
        if speaker not in ("you", "robo") or not isinstance(text, str) or not _is_text(text):
            raise Refusal(400, "bad_request")
        lines.append(Line(speaker, text))
    return check_message(data.get("message")), trim_history(lines)


def parse_form(body: bytes) -> tuple[str, tuple[Line, ...]]:
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_HISTORY_SENT + 4)
    except (ValueError, UnicodeDecodeError) as exc:
        raise Refusal(400, "bad_request") from exc
    message = next((v for k, v in pairs if k == "message"), None)
    lines: list[Line] = []
    for key, value in pairs:
        if key != "h":
            continue
        for prefix, speaker in _PREFIXES.items():
            if value.startswith(prefix):
                lines.append(Line(speaker, value[len(prefix) :]))  # type: ignore[arg-type]
                break
    return check_message(message), trim_history(lines)


def check_message(message: object) -> str:
    if not isinstance(message, str) or not _is_text(message):
        raise Refusal(400, "bad_request")
    text = message.strip()
    if not text:
        raise Refusal(400, "empty")
    if len(text) > MAX_MESSAGE_CHARS:
        raise Refusal(413, "too_long")
    return text


def _is_text(value: str) -> bool:
    """False for a string no UTF-8 can carry: JSON's ``"\\ud800"`` is a lone surrogate, which
    the tokenizer could not encode (a 500, where the posts' API answers ``not_text``)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def trim_history(lines: Iterable[Line]) -> tuple[Line, ...]:
    """The last few lines, each cut to the message length (older talk is not read at all).

    A "robo" line the robot could not have said (it fails the output screen) is dropped:
    the page must never show unsafe words in the robot's voice, whoever sent them.
    """
    # Only the last lines are screened: a long forged history costs no more than a short one.
    recent = [line for line in lines if line.text.strip()][-MAX_HISTORY_LINES:]
    kept = [
        line
        for line in recent
        if line.speaker == "you" or screen_reply(line.text.strip()[:MAX_MESSAGE_CHARS]).ok
    ]
    return tuple(Line(line.speaker, line.text.strip()[:MAX_MESSAGE_CHARS]) for line in kept)


def form_history(history: Iterable[Line]) -> list[str]:
    """Hidden-field values for the no-JS page, the inverse of ``parse_form``."""
    return [f"{line.speaker}:{line.text}" for line in trim_history(history)]


__all__ = [
    "WORDS",
    "Refusal",
    "check_message",
    "form_history",
    "parse_form",
    "parse_json",
    "trim_history",
]
