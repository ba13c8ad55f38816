"""Names round i (fourth round of 2026-12-07, lowering): an ordinary name refused for a piece
inside a longer word.

``app_read_as_chan``: an app's name that ends in ちゃ (みくちゃ, ぽこちゃ, ぐるちゃ, すなちゃ,
ぼいちゃ, おぷちゃ — ``lexicon/names.toml``'s contact words) followed by ん, where Sudachi reads
that ちゃん as the suffix of address and the letters before it as one given name it knows
(「ミク|ちゃん」: 名詞-固有名詞-人名): a character's name and ちゃん, the app's name only runs
into the suffix.  Names round u allowed every such ちゃん and withdrew it at review
(「ぐるちゃん」 is group chat and ん: the shape cannot tell); the given name is what tells, so
「ぐるちゃん」, 「ぽこちゃん」, 「すなちゃん」 stay contact.  Only one such ちゃん, ending the name or
followed by です, だよ, すき or だいすき and marks (「ミクちゃん♪」, 「みくちゃんだよ」): after it a
place, a proposal or digits may name the app again (「みくちゃんでおはなししよ」, 「ぽこちゃんいこ」,
「みくちゃん0801」 stay refused).  ``safety.names.check_name`` then judges the name again with that
ちゃん written as くん, and what stands before the app's letters alone (``before_the_app``), so
what the rest says still counts (「みくちゃんしね」, 「ばかぽこちゃん」).  「ミクチャ」,
「みくちゃやってる」 and ちゃん in katakana (「ミクチャン」) are not read so.

The rest of the round is the allow-list (``lexicon/ordinary_names.toml``: dishes, a river, a
timetable, a lesson, a planner, pixel art) and ``name_reading._underrun`` (a listed word ending
inside an allow-listed word keeps it from being taken out).
"""

from __future__ import annotations

import re

from safety.lexicon import NAME_LISTS
from safety.morphology import Token, tokens
from safety.translation import kata2hira

# the contact list's kana words that end in ちゃ (an app, a group or voice chat), as hiragana
_APPS_ENDING_CHA = tuple(
    sorted(
        {
            kata2hira(w)
            for words in NAME_LISTS
            if words.reason == "contact"
            for w in words.anywhere.kana
            if kata2hira(w).endswith("ちゃ") and len(w) > 2 and all("ぁ" <= c <= "ゖ" for c in kata2hira(w))
        }
    )
)


# what may follow that ちゃん: nothing, or a plain ending, then marks only
_AFTER_CHAN = re.compile("(?:です|だよ|だお|すき|だいすき)?[ー〜~!！☆★♪♡♥。.・]*")


def app_read_as_chan(name: str) -> str | None:
    """``name`` with the ちゃん that ends an app's name (ちゃ + ん, Sudachi's suffix of address,
    written in hiragana, then only ``_AFTER_CHAN``) written as くん; None otherwise."""
    if "ちゃん" not in name:
        return None
    key = kata2hira(name)
    starts: set[int] = set()
    for app in _APPS_ENDING_CHA:
        at = key.find(app + "ん")
        while at != -1:
            starts.add(at + len(app) - 2)
            at = key.find(app + "ん", at + 1)
    # (as written: ちゃん in hiragana, Sudachi's suffix of address there)
    starts = {s for s in starts if name[s : s + 3] == "ちゃん"}
    if len(starts) != 1 or _AFTER_CHAN.fullmatch(name[min(starts) + 3 :]) is None:
        return None
    s = min(starts)
    app_start = next(
        s + 2 - len(app) for app in _APPS_ENDING_CHA if key.startswith(app + "ん", s + 2 - len(app))
    )
    words = tokens(name)
    if not any(t.start == s and t.surface == "ちゃん" and t.pos[0] == "接尾辞" for t in words):
        return None
    # the app's letters before ちゃ are one given name the dictionary knows (ミク), which is what
    # tells a character from the app (names round u's withdrawal: 「ぐるちゃん」 is group chat and
    # ん, ぐる no name; ぽこ, すな, ぼい, おぷ are none either)
    if not any(t.start == app_start and t.end == s and _given_name(t) for t in words):
        return None
    return name[:s] + "くん" + name[s + 3 :]


def _given_name(t: Token) -> bool:
    return not t.oov and t.pos[:3] == ("名詞", "固有名詞", "人名")


def before_the_app(name: str) -> str:
    """What ``name`` holds before the app's name that ``app_read_as_chan`` reads (「ばか」 of
    「ばかぽこちゃん」), to be judged alone as well: once ちゃん is くん, an insult glued to the
    nickname may be read as another word with it (「ばかぽこくん」 passes on its own)."""
    key = kata2hira(name)
    at = min((i for app in _APPS_ENDING_CHA if (i := key.find(app + "ん")) != -1), default=0)
    return name[:at]
