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
from collections.abc import Callable

from safety.lexicon import NAME_LISTS
from safety.morphology import Token, tokens
from safety.normalize import undisguise
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


# Review of names round i: a name before the app's letters is a person's name the dictionary
# knows with の or と after it (「ゆいの」, 「ゆうなと」) or the character's own family name
# (初音): anything else (「やってる」, 「はいしん」, 「うらの」, digits, 「ぷろふ」) may point at the
# app ("streaming on MixChannel", "my alt account's MixChannel") and stays contact.
_FAMILY_NAMES = frozenset({"はつね", "ハツネ", "初音"})


def a_name_before(before: str) -> bool:
    """Whether ``before`` (what stands before the app's letters) is nothing, 初音, or given
    names the dictionary knows followed by の or と."""
    if not before or before in _FAMILY_NAMES:
        return True
    words = tokens(before)
    if len(words) < 2 or words[-1].surface not in ("の", "と") or words[-1].pos[0] != "助詞":
        return False
    return all(_given_name(t) for t in words[:-1])


# The allow-listed words of this round (``lexicon/ordinary_names.toml``).  Sudachi knows few of
# them as one word, so the letters beside them are read across them (「し|ぬの|やき|ぶた」 hides
# しぬ, 「あ|ほのか|がい|じゅぎょう」 あほ, 「ぶた|かつ|であい|たい」 あいたい): a name holding one is
# judged again with it written as an ordinary word of its script (さくら, サクラ, 桜).
_ROUND_WORDS = (
    "ぶたかつ", "豚カツ", "やきぶた", "焼豚", "ぶたしゃぶ", "豚しゃぶ", "ぶたきむち", "豚キムチ",
    "ぶたのかくに", "豚の角煮", "ぶたまんじゅう", "豚饅頭", "ぶたひきにく", "豚ひき肉", "かすづけ",
    "粕漬け", "くずまんじゅう", "葛饅頭", "くずりゅう", "九頭竜", "ごみしゅうしゅう", "ゴミ収集",
    "かがいじゅぎょう", "課外授業", "しこしこうどん", "しすてむてちょう", "システム手帳", "しぬそいど",
    "どっとえ", "ドット絵", "えいみんぐ", "エイミング", "はだかでばねずみ",
)  # fmt: skip
_BY_LENGTH = tuple(sorted({kata2hira(w) for w in _ROUND_WORDS}, key=len, reverse=True))
# every word ``_HEADS`` names is one of these
_ANY_ROUND_WORD = re.compile("|".join(map(re.escape, _BY_LENGTH)))
# katakana written with the kanji that look like them (``safety.disguise``), read back
_LOOKALIKES_BACK = str.maketrans("力口二夕千工卜八", "カロニタチエトハ")
_KATAKANA = re.compile("[ァ-ヺー]+")
_KANJI = re.compile("[\u3400-\u9fff]")


def _stood_in(text: str) -> str | None:
    """``text`` with each of the round's words written as さくら, サクラ or 桜; None if none."""
    key = kata2hira(text)
    if len(key) != len(text):
        return None
    out, at, changed = [], 0, False
    while at < len(key):
        word = next((w for w in _BY_LENGTH if key.startswith(w, at)), None)
        if word is None:
            out.append(text[at])
            at += 1
            continue
        written = text[at : at + len(word)]
        out.append("桜" if _KANJI.search(written) else "サクラ" if _KATAKANA.fullmatch(written) else "さくら")
        at += len(word)
        changed = True
    return "".join(out) if changed else None


# the listed word an allowed word starts with, and what may follow the allowed word to make it
# a doing or a person after all (「ごみしゅうしゅうされろ」, 「しこしこうどんしよ」, 「ぶたかつ野郎」,
# 「しぬそいどでしぬ」): then the name is judged again with the allowed word written as that word.
# After a dish only a word for a person counts (「ぶたかつにしよう」 is lunch).
_PERSON = "(?:や[ろら]う?$|野郎|め$|ども|に(?:して)?やる)"
_DOING = "(?:で|を|と)?(?:し(?![ゃゅょ])|さ[れせ]|す[るれ])|" + _PERSON
_HEADS = (
    ("ごみしゅうしゅう", "ごみ", _DOING), ("しこしこうどん", "しこしこ", _DOING),
    ("しぬそいど", "しぬ", _DOING), ("くずまんじゅう", "くず", _PERSON), ("くずりゅう", "くず", _PERSON),
    ("かすづけ", "かす", _PERSON), ("ぶたかつ", "ぶた", _PERSON), ("やきぶた", "ぶた", _PERSON),
    ("ぶたしゃぶ", "ぶた", _PERSON), ("ぶたきむち", "ぶた", _PERSON), ("ぶたのかくに", "ぶた", _PERSON),
    ("ぶたまんじゅう", "ぶた", _PERSON), ("ぶたひきにく", "ぶた", _PERSON),
    # an address's dot (「ゆいどっとえーこむ」): pixel art is not followed by a domain's letters
    ("どっとえ", "どっと", "(?:ー|こむ|じぇ|ねっと|む$)"),
)  # fmt: skip
# the word said to someone (「おまえぶたかつ」, 「てめーはごみしゅうしゅう」)
_ADDRESSED = re.compile("(?:おまえ|おめー?|てめ[えー]?|あんた|きさま)(?:は|って|が)?$")


def _head_after_doing(text: str) -> str | None:
    """``text`` with a round's word followed by a doing or a person written as its head."""
    key = kata2hira(text)
    if len(key) != len(text):
        return None
    for word, head, after in _HEADS:
        at = key.find(word)
        if at != -1 and (re.match(after, key[at + len(word) :]) or _ADDRESSED.search(key[:at])):
            return text[:at] + head + text[at + len(word) :]
    return None


def stand_in_reason(name: str, judge: Callable[[str], str | None]) -> str | None:
    """The reason ``judge`` gives ``name`` with the round's allowed words written as an ordinary
    word (as written, undisguised, look-alike kanji read back, small っ taken out); None."""
    plain = undisguise(name)
    views = [name, plain, plain.translate(_LOOKALIKES_BACK)]
    views.append(views[-1].replace("っ", "").replace("ッ", ""))
    for view in dict.fromkeys(views):
        # (one search first: most names hold none of the words, and the two readings walk the name)
        if _ANY_ROUND_WORD.search(kata2hira(view)) is None:
            continue
        for stood in (_stood_in(view), _head_after_doing(view)):
            if stood is not None and (reason := judge(stood)) is not None:
                return reason
    return None
