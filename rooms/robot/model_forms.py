"""Readings of the forms some kinds of model write (round m of 2026-12-06).

What the child sees is ``rooms.robot.form.plain`` of a reply and stays so; these readings only
change what the screen reads of it:

* **Furigana is read once** (「相談（そうだん）」): a reading in brackets after kanji is the same
  word again, not a second word.  Only a bracket whose kana is the kanji's own reading (as the
  analyser reads the kanji, with the kana written after it) goes; any other bracket (「元気（しね）」)
  stays and is read as before.
* **A quiz's letters are form** (「A. ねる」「Q1. …」「(b) …」): a choice's or a question's letter at
  the head of a line marks the line as a list number does, and is no word of it.
* **A heading is form** (「## おわりに」「**まとめ**」「【回答1】」): for the reply model a heading line
  is read with the section it heads, not as a sentence of its own (「おわりに」 alone reads as an
  ending; 「おわりに その きもち、ちゃんと とどいたよ」 does not).
"""

from __future__ import annotations

import re

from rooms.robot.form import plain
from safety.morphology import tokens
from safety.translation import kata2hira

# Kanji (and the marks written among them), then a bracket of kana.  NFKC folds （ to (.
_FURIGANA = re.compile(
    r"([\u3005\u3006\u4e00-\u9fff\u30f6]{1,8})[(（]([ぁ-ゖァ-ヺー]{1,16})[)）]([ぁ-ゖ]{0,8})"
)


def _reading(text: str) -> str:
    return "".join(t.reading if t.reading else kata2hira(t.surface) for t in tokens(text))


def _is_reading(before: str, kanji: str, kana: str, after: str) -> bool:
    """Whether ``kana`` reads the end of ``kanji``: as the analyser reads the kanji with the kana
    written ``after`` it (and an honorific お or ご ``before`` it: 「お金（かね）」), or as the one
    word the kana is (with the kana after it), written in those kanji (「十分（じゅうぶん）」
    「深（ふか）い」)."""
    prefixes = ("", before) if before in ("お", "ご") else ("",)
    for start in range(len(kanji)):
        word = kanji[start:]
        for tail in range(len(after), -1, -1):
            for prefix in prefixes:
                if kata2hira(_reading(prefix + word + after[:tail])) == prefix + kana + after[:tail]:
                    return True
            alone = tokens(kana + after[:tail])
            if len(alone) == 1 and word + after[:tail] in (alone[0].normalized, alone[0].lemma):
                return True
    return False


def furigana_once(text: str) -> str:
    """``text`` with each furigana bracket that reads the kanji before it gone."""

    def once(m: re.Match[str]) -> str:
        kanji, kana, after = m.group(1), kata2hira(m.group(2)), m.group(3)
        before = text[m.start() - 1] if m.start() else ""
        if not _is_reading(before, kanji, kana, after):
            return m.group(0)
        return kanji + after

    return _FURIGANA.sub(once, text) if ("(" in text or "（" in text) else text


# A choice's or a question's letter at the head of a line: 「A. 」「B) 」「C：」「Q. 」「Q1. 」「(a) 」.
_CHOICE = re.compile(
    r"^[ \t]*(?:(?:Q\d{0,2}|[A-Ea-e])[.．)）:：][ \t]*|[(（][A-Ea-e][)）][ \t]*)(?=\S)",
    re.MULTILINE,
)


def choice_letters_out(text: str) -> str:
    """``text`` without the letters that head a quiz's lines."""
    return _CHOICE.sub("", text)


_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S")
_BOLD_LINE = re.compile(r"^[ \t]*(\*\*|__)[^\n]+\1[ \t]*[:：]?[ \t]*$")
_LABEL_LINE = re.compile(r"^[ \t]*【[^【】\n]{1,16}】[ \t]*$")


def heading_lines(text: str) -> frozenset[str]:
    """The lines of ``text`` that head a section (a markdown heading, a line wholly bold, a label
    in 【】 alone), as ``plain`` shows them."""
    found = set()
    for line in text.split("\n"):
        if _HEADING.match(line) or _BOLD_LINE.match(line) or _LABEL_LINE.match(line):
            shown = plain(line).strip()
            if shown:
                found.add(shown)
    return frozenset(found)


def headings_joined(text: str, headings: frozenset[str]) -> str:
    """``text`` with each heading line read with the line after it (one sentence for the reply
    model): 「おわりに\\nその きもち…」 → 「おわりに その きもち…」."""
    if not headings:
        return text
    out: list[str] = []
    pending = ""
    for line in text.split("\n"):
        if not line.strip():
            if not pending:
                out.append(line)
            continue
        if line.strip() in headings:
            pending = f"{pending} {line.strip()}".strip()
            continue
        out.append(f"{pending} {line}" if pending else line)
        pending = ""
    if pending:
        out.append(pending)
    return "\n".join(out)
