"""The near times the constructions read a plan or an end by, as one set of words each.

A time set for an act (``set_time``), for being gone (``tonight``) or for a going
(``departure``) is read by the same words: today and tonight, the night and the morning after
it. Each construction adds the times its own shape takes (the day after tomorrow, 放課後,
「あと」 before a count), but what they share is spelled once, here.
"""

from __future__ import annotations

TODAY = frozenset({"今日", "きょう", "今夜", "こんや", "今晩", "こんばん"})
"""Today and tonight, in kanji and in kana."""
TOMORROW = frozenset({"明日", "あした", "あす"})
NOW = frozenset({"今", "いま", "今から", "いまから", "これから"})
"""Now, and from now on: a time set at the moment of writing."""
NEAR_TIME = TODAY | frozenset({"夜", "よる", "夜中", "よなか", "朝", "あさ"})
"""Today, tonight, the night and the morning: the times every reading of a set time takes."""

__all__ = ["NEAR_TIME", "NOW", "TODAY", "TOMORROW"]
