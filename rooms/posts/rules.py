"""What a post may be: its rooms, length, characters, the shelf's categories, the reasons to reject.

Visitor words are never changed before staff see them (a post is published as written or
not at all), so text that cannot be shown safely is refused with a reason, not repaired.
The only change is line endings (``\\r\\n`` → ``\\n``), which nobody can see.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

POST_ROOMS = ("kabe", "tana")
MAX_POST_CHARS = 400
MAX_POST_LINES = 20
# A run of combining marks longer than this is "zalgo" text that spills over its neighbours.
MAX_COMBINING_RUN = 3

# The shelf's kinds of recommendation: key → what a child reads on the form.
TANA_CATEGORIES: dict[str, str] = {
    "book": "ほん・まんが",
    "game": "ゲーム",
    "music": "おんがく",
    "anime": "アニメ・えいが",
    "night": "つらい よるの すごしかた",
    "other": "そのほか",
}

# Why staff may leave a post unpublished: key → what staff read.
REJECT_REASONS: dict[str, str] = {
    "method": "方法や場所の具体的な記述",
    "personal": "個人情報・連絡先",
    "slander": "誹謗中傷",
    "age": "年齢層にふさわしくない",
    "other": "その他",
}

# Invisible characters that reorder or hide text: they can make a note read differently
# on screen than in the queue, so a post carrying them is refused.
_BIDI_AND_HIDDEN = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u200b\u2060\u2061\u2062\u2063\u2064\u180e\u115f\u1160\u3164\uffa0"
)
# Joiners and selectors that real emoji and kanji variants need.
_ALLOWED_FORMAT = frozenset("\u200c\u200d\ufe0e\ufe0f")


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a post cannot be taken, as a code (for the API) that ``REFUSAL_TEXT`` explains."""

    code: str


REFUSAL_TEXT: dict[str, str] = {
    "empty": "なにも かいてないみたい。かきたい ことを かいてね。",
    "too_long": f"ながすぎるみたい。{MAX_POST_CHARS}もじ までに してね。",
    "too_many_lines": f"ぎょうが おおすぎるみたい。{MAX_POST_LINES}ぎょう までに してね。",
    "chars": "つかえない もじが はいってるみたい。ふつうの もじで かいてね。",
    "room": "この へやには かけないよ。",
    "category": "どんな おすすめか えらんでね。",
    "not_text": "うまく よめなかったよ。もういちど ためしてね。",
    "too_fast": "たくさん おくってくれて ありがとう。すこし まってから また おくってね。",
    "busy": "いま ちょっと こんでるよ。すこし まってから また おくってね。",
}


def check_body(raw: object) -> str | Refusal:
    """The post's text as it will be stored, or why it cannot be taken."""
    if not isinstance(raw, str):
        return Refusal("not_text")
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Refusal("empty")
    if len(text) > MAX_POST_CHARS:
        return Refusal("too_long")
    if text.count("\n") >= MAX_POST_LINES:
        return Refusal("too_many_lines")
    if not _all_showable(text):
        return Refusal("chars")
    return text


def check_room(room: object) -> str | Refusal:
    return room if isinstance(room, str) and room in POST_ROOMS else Refusal("room")


def check_category(room: str, category: object) -> str | Refusal | None:
    """The shelf needs one of ``TANA_CATEGORIES``; the wall takes none."""
    if room != "tana":
        return None
    if isinstance(category, str) and category in TANA_CATEGORIES:
        return category
    return Refusal("category")


def _all_showable(text: str) -> bool:
    run = 0
    for ch in text:
        if ch == "\n":
            run = 0
            continue
        kind = unicodedata.category(ch)
        if kind in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp") or ch in _BIDI_AND_HIDDEN:
            return False
        if kind == "Cf" and ch not in _ALLOWED_FORMAT:
            return False
        if kind.startswith("M"):
            run += 1
            if run > MAX_COMBINING_RUN:
                return False
        else:
            run = 0
    return True
