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
  (「返事:」).  A chat API's list of one content part (``[{"type": "text", "text": "…"}]``)
  and a few YAML-ish ``key: value`` lines with a reply key are the same wrapper.  A reply
  that is still code or JSON after that (a fence left, a bare object or list) is no reply:
  ``is_code`` says so and the screen replaces it.
* A fence among the reply's lines (a word held up, a breath counted, a phone number) opens
  when what it holds is prose: its lines stay, its marks go.  A fence that holds code, or
  JSON (whose other keys would go unread), stays, and the reply is code.
* A keycap number at the head of a line (「1️⃣」) is a list's number like 「1.」.
* ``quoted`` gives the lines that were block quotes (``>``): in a reply to a child, the
  child's own words held up before the robot answers them.

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
_NUMBERED = re.compile(r"^[ \t]*(?:\d{1,2}[.)．）][ \t]+|\d\ufe0f?\u20e3[ \t]*|\U0001f51f[ \t]*)")
_CIRCLED = re.compile(r"[\u2460-\u2473\u24f5-\u24fe\u2776-\u277f]")
_QUOTE = re.compile(r"^[ \t]*>[ \t]?")
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$")
_STRONG = re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_INLINE_CODE = re.compile(r"`([^`\n]+)`")
# A fence's lines among others: ```lang opens it, ``` alone closes it.
_FENCE_OPEN = re.compile(r"^[ \t]{0,3}```[A-Za-z0-9_+-]{0,16}[ \t]*$")
_FENCE_CLOSE = re.compile(r"^[ \t]{0,3}```[ \t]*$")
# YAML-ish lines of a wrapper: 「reply: "…"」「mood: gentle」 (a few, each a short key).
_KEY_LINE = re.compile(r"^([A-Za-z_]{1,16}|返事|へんじ)[ \t]*[:：][ \t]*(.*)$")
_KEY_LINES = 6
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
    lines = [_line(line) for line in _fences_opened(text.split("\n"))]
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


def quoted(text: str) -> list[str]:
    """The lines of what a child sees of ``text`` (``plain``) that were block quotes there
    (「> しにたい」): the words a reply holds up to answer them, as ``plain`` shows them."""
    shown: list[str] = []
    for _ in range(_DEPTH):
        text = _unwrapped(text.strip())
        lines = _fences_opened(text.split("\n"))
        if not any(_QUOTE.match(line) for line in lines):
            break
        shown = [line for line in lines if _QUOTE.match(line)]
        text = "\n".join(_QUOTE.sub("", line) for line in lines)
    return [q for line in shown if (q := plain(_QUOTE.sub("", line)))]


def _fences_opened(lines: list[str]) -> list[str]:
    """``lines`` with each fence among them that holds prose opened: its lines kept, its marks
    gone.  A fence that holds code or JSON, or is never closed, stays as it is."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _FENCE_OPEN.match(lines[i]):
            close = next((j for j in range(i + 1, len(lines)) if _FENCE_CLOSE.match(lines[j])), None)
            if close is None:
                # No fence closes after this line: the rest stays as written.
                out.extend(lines[i:])
                break
            inner = lines[i + 1 : close]
            if not _CODE_SIGNS.search("\n".join(inner)):
                out.extend(inner)
                i = close + 1
                continue
            out.extend(lines[i : close + 1])
            i = close + 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _unwrapped(text: str) -> str:
    fenced = _whole_fence(text)
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
    fenced = _whole_fence(text)
    return fenced.group(1).strip() if fenced is not None else text


def _whole_fence(text: str) -> re.Match[str] | None:
    """One fence around the whole reply; a reply that opens and ends with fences and has more
    between (「```…```\nことば\n```…```」) is fences among its lines."""
    fenced = _FENCED.match(text)
    return fenced if fenced is not None and "```" not in fenced.group(1) else None


def _from_json(text: str) -> str | None:
    """The reply inside a JSON object, when the object is a wrapper around one."""
    wrapper = _wrapper(text)
    return None if wrapper is None else str(wrapper[0][wrapper[1]]).strip()


def _wrapper(text: str) -> tuple[dict[str, object], str] | None:
    """A JSON object around a reply, and the key the reply is under."""
    label = _LABELLED.match(text)
    body = text[label.end() :] if label else text
    if not body.startswith(("{", "[")):
        return _key_lines(text)
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):  # nested past the parser's depth: no wrapper
        return None
    # A chat API's content, a list of one text part: [{"type": "text", "text": "…"}].  Any other
    # list (「[{"reply": "…"}]」) is data.
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict):
        if value[0].get("type") != "text":
            return None
        value = value[0]
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


def _key_lines(text: str) -> tuple[dict[str, object], str] | None:
    """A few YAML-ish ``key: value`` lines, one of them under a reply key (「reply: "…"」 beside
    「mood: gentle」), as the JSON object they stand for; every line must be such a line."""
    lines = text.split("\n")
    if not 2 <= len(lines) <= _KEY_LINES:
        return None
    value: dict[str, object] = {}
    for line in lines:
        m = _KEY_LINE.match(line.strip())
        if m is None or m.group(1) in value:
            return None
        said = m.group(2).strip()
        if len(said) >= 2 and said[0] == said[-1] and said[0] in "\"'":
            said = said[1:-1]
        value[m.group(1)] = said
    key = next((k for k in _REPLY_KEYS if isinstance(value.get(k), str) and str(value[k]).strip()), None)
    return None if key is None else (value, key)
