"""The reply's form: what a child sees of a model's markdown, code fence or JSON wrapper.

Chat models answer in markdown (bold, headings, bullet and numbered lists), sometimes inside a
code fence or a little JSON (``{"reply": "…"}``).  A child reads none of those marks: the care
wrap shows the words without them, and the screen reads exactly what is shown.  The marks are
not harmless to a screen that reads words: a list's 「2.」 reads as an amount, 「**」 and 「#」
as letters no Japanese sentence has, and a JSON key as English nobody wrote to the child.

* Markdown marks go, their words stay: ``**…**``, ``__…__``, inline code, a heading's ``#``,
  a bullet (``-``, ``*``, ``・``, ``●`` …), a number at the head of a line (「1.」「2)」) and
  circled numbers (①②); each line stays its own line (the screen's sentence ends there).
* A code fence or a JSON object that wraps the whole reply is unwrapped when what is inside is
  the reply: prose in the fence, or the one string under a reply key (``reply``, ``message``,
  ``text``, ``content``, ``response``, ``answer``), optionally after a short label
  (「返事:」).  A reply that is still code or JSON after that (a fence left, a bare object or
  list) is no reply: ``is_code`` says so and the screen replaces it.

Nothing is added and no word is changed: a reply without these marks comes back as it was.
Fixed patterns, line by line, without nested repeats.
"""

from __future__ import annotations

import json
import re

# Keys a chat model puts its answer under when it wraps it in JSON.
_REPLY_KEYS = ("reply", "message", "text", "content", "response", "answer", "返事", "へんじ")
# The whole reply in one fence: ```lang … ```.
_FENCED = re.compile(r"\A```[A-Za-z0-9_+-]{0,16}[ \t]*\n(.*?)\n?```\Z", re.DOTALL)
# A short label before a JSON object (「返事: {…}」, "reply: {…}").
_LABELLED = re.compile(r"\A[^\n{}]{0,12}[:：]\s*(?=\{)")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+")
_BULLET = re.compile(r"^[ \t]*(?:[-*+][ \t]+|[・•●○◦▪■□◆◇▶►][ \t]*)")
_NUMBERED = re.compile(r"^[ \t]*\d{1,2}[.)．）][ \t]+")
_CIRCLED = re.compile(r"[\u2460-\u2473\u24f5-\u24fe\u2776-\u277f]")
_QUOTE = re.compile(r"^[ \t]*>[ \t]?")
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$")
_STRONG = re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_INLINE_CODE = re.compile(r"`([^`\n]+)`")
# Wrappers and marks read off at most this deep; a reply nested deeper stays code (``is_code``).
_DEPTH = 4
# What prose never has and code always does.
_CODE_SIGNS = re.compile(r"[;{}=<>]|\b(?:def|return|import|function|const|var|print)\b")


def plain(text: str) -> str:
    """The words a child sees of ``text``: wrappers unwrapped, markdown marks gone.

    Read to a fixed point (a wrapper inside a wrapper, 「***…***」), so that the screen, which
    reads ``plain`` of what the care wrap shows, reads exactly what is shown."""
    for _ in range(_DEPTH):
        once = _plain_once(text)
        if once == text:
            break
        text = once
    return text


def _plain_once(text: str) -> str:
    text = _unwrapped(text.strip())
    lines = [_line(line) for line in text.split("\n")]
    kept: list[str] = []
    for line in lines:
        # A blank line between paragraphs or a horizontal rule is one line break.
        if line.strip() or (kept and kept[-1].strip()):
            kept.append(line)
    return "\n".join(kept).strip()


def is_code(text: str) -> bool:
    """Whether what is left after ``plain`` is code or data, not a reply to a child."""
    shown = text.strip()
    if "```" in shown:
        return True
    label = _LABELLED.match(shown)
    body = shown[label.end() :] if label else shown
    # A bracket that opens a reply (「[ロボ] おつかれさま」) is no data; an object or a list is.
    if not body.startswith(("{", "[")):
        return False
    try:
        return isinstance(json.loads(body), dict | list)
    except (ValueError, RecursionError):  # nested past the parser's depth: no reply either
        return False


def _unwrapped(text: str) -> str:
    fenced = _FENCED.match(text)
    if fenced is not None:
        inner = fenced.group(1).strip()
        unwrapped = _from_json(inner)
        if unwrapped is not None:
            return unwrapped
        if not _CODE_SIGNS.search(inner):
            return inner
        return text
    unwrapped = _from_json(text)
    return text if unwrapped is None else unwrapped


def set_aside(text: str) -> list[str]:
    """The words a JSON wrapper holds beside the reply (``plain`` drops them): every string of
    its other keys, at every depth ``plain`` unwraps.

    A child never sees them, and the screen reads them still: a model that writes a meeting
    place or a means under ``"note"`` beside a kind ``"reply"`` is misbehaving, and what it
    wrote is not shown at all."""
    aside: list[str] = []
    for _ in range(_DEPTH):
        wrapper = _wrapper(_fence_inside(text.strip()))
        if wrapper is None:
            break
        value, key = wrapper
        aside.extend(_strings({k: v for k, v in value.items() if k != key}))
        once = _plain_once(text)
        if once == text:
            break
        text = once
    return aside


def _strings(value: object) -> list[str]:
    """Every non-blank string in ``value``, read without recursion (a model's JSON may nest as
    deep as the parser allows)."""
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if item.strip():
                found.append(item)
        elif isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return found


def _fence_inside(text: str) -> str:
    fenced = _FENCED.match(text)
    return fenced.group(1).strip() if fenced is not None else text


def _from_json(text: str) -> str | None:
    """The reply inside a JSON object, when the object is a wrapper around one."""
    wrapper = _wrapper(text)
    return None if wrapper is None else str(wrapper[0][wrapper[1]]).strip()


def _wrapper(text: str) -> tuple[dict[str, object], str] | None:
    """A JSON object around a reply, and the key the reply is under."""
    label = _LABELLED.match(text)
    body = text[label.end() :] if label else text
    if not body.startswith("{"):
        return None
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):  # nested past the parser's depth: no wrapper
        return None
    if not isinstance(value, dict):
        return None
    for key in _REPLY_KEYS:
        found = value.get(key)
        if isinstance(found, str) and found.strip():
            return value, key
    return None


def _line(line: str) -> str:
    if _RULE.match(line):
        return ""
    line = _QUOTE.sub("", line)
    line = _HEADING.sub("", line)
    line = _BULLET.sub("", line)
    line = _NUMBERED.sub("", line)
    line = _CIRCLED.sub("", line)
    line = _STRONG.sub(r"\2", line)
    line = _EMPHASIS.sub(r"\1", line)
    return _INLINE_CODE.sub(r"\1", line).rstrip()
