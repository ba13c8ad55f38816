"""An ordinary name refused for a piece inside a longer word (names round i, fourth round of
2026-12-07, lowering).

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
import unicodedata
from collections.abc import Callable, Iterator

from safety.lexicon import NAME_LISTS
from safety.morphology import Token, tokens
from safety.normalize import _LOOKALIKES, _unaccent, undisguise
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
_STAND_IN_WORDS = (
    "ぶたかつ", "豚カツ", "やきぶた", "焼豚", "ぶたしゃぶ", "豚しゃぶ", "ぶたきむち", "豚キムチ",
    "ぶたのかくに", "豚の角煮", "ぶたまんじゅう", "豚饅頭", "ぶたひきにく", "豚ひき肉", "かすづけ",
    "粕漬け", "くずまんじゅう", "葛饅頭", "くずりゅう", "九頭竜", "ごみしゅうしゅう", "ゴミ収集",
    "かがいじゅぎょう", "課外授業", "しこしこうどん", "しすてむてちょう", "システム手帳", "しぬそいど",
    "どっとえ", "ドット絵", "えいみんぐ", "エイミング", "はだかでばねずみ",
)  # fmt: skip
_BY_LENGTH = tuple(sorted({kata2hira(w) for w in _STAND_IN_WORDS}, key=len, reverse=True))
# every word ``_HEADS`` names is one of these
_ANY_STAND_IN_WORD = re.compile("|".join(map(re.escape, _BY_LENGTH)))
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


def _views(name: str) -> Iterator[str]:
    """``name`` as written, undisguised, with look-alike kanji read back, and small っ out."""
    plain = undisguise(name)
    views = [name, plain, plain.translate(_LOOKALIKES_BACK)]
    views.append(views[-1].replace("っ", "").replace("ッ", ""))
    return iter(dict.fromkeys(views))


def stand_in_reason(name: str, judge: Callable[[str], str | None]) -> str | None:
    """The reason ``judge`` gives ``name`` with the round's allowed words written as an ordinary
    word (as written, undisguised, look-alike kanji read back, small っ taken out); None."""
    if not could_hold_a_stand_in_word(name):
        # (issue 15: undisguising every passing name was 13 % of a swarm's name check; a name
        # without a source for every letter of some stand-in word has no view holding one)
        return None
    for view in _views(name):
        # (one search first: most names hold none of the words, and the two readings walk the name)
        if _ANY_STAND_IN_WORD.search(kata2hira(view)) is None:
            continue
        for stood in (_stood_in(view), _head_after_doing(view)):
            if stood is not None and (reason := judge(stood)) is not None:
                return reason
    return None


# Issue 15 (fifth round of 2026-12-07): the gate before the undisguising.  A view of ``_views``
# holds a stand-in word only if, for each letter of it, some letter of the name can become that
# letter there.  Each letter of ``undisguise``'s output comes from one letter of its NFKC,
# through maps that take one letter to one or more (``lower``, whose one letter read in context,
# Σ, becomes no kana either way; ``strip_invisible``'s unaccenting,
# ``_LOOKALIKES``, 三 → ミ, 厶 → ム, 丰 → キ, 一 → ー; everything else ``undisguise`` does only
# drops letters or turns ーー into ー), then ``_LOOKALIKES_BACK`` and ``kata2hira`` (one letter to
# one).  A letter NFKC writes is a letter of the input's NFKD, or a composition whose canonical
# decomposition starts with one (ふ + ゛ → ぶ: ぶ's is ふ ゛).  So a view holds the word's letter
# ``l`` only if the name holds ``l`` as written (the first view), or a letter whose NFKD holds the
# first letter of the NFD of some letter those maps take to ``l``.  ``letter_sources`` works that
# out over every code point; ``_SOURCES`` is what it gave (tests/test_safety_names_round_i_gate.py
# computes it again and holds the two equal).
_EXTRA_MAPS = {"三": "ミ", "厶": "ム", "丰": "キ", "一": "ー"}  # (``undisguise``'s replacements)


def _after_nfkc(ch: str) -> set[str]:
    """Every letter ``ch`` may become after NFKC in a view (kata2hira'd), each map applied or not,
    in any order: more than the views can hold, never less."""
    seen, todo = {ch}, [ch]
    while todo:
        y = todo.pop()
        outs = {
            *y.lower(),
            *_unaccent(y),
            *_LOOKALIKES(y),
            *_EXTRA_MAPS.get(y, ""),
            *y.translate(_LOOKALIKES_BACK),
        }
        for z in outs - seen:
            seen.add(z)
            todo.append(z)
    return {kata2hira(z) for z in seen}


def letter_sources() -> dict[str, str]:
    """For each letter of the round's words (hiragana and kanji), every code point a name may hold
    for a view to hold that letter (sorted), from the whole of Unicode (~3 s)."""
    letters = {c for w in _BY_LENGTH for c in w}
    code_points = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]
    # the first letters of the NFD of every letter the maps take to each word letter
    bases: dict[str, set[str]] = {}
    for c in code_points:
        unchanged = c.lower() == c == _unaccent(c) == _LOOKALIKES(c) == c.translate(_LOOKALIKES_BACK)
        # (no map changes most code points: only the view's kata2hira)
        after = {kata2hira(c)} if unchanged and c not in _EXTRA_MAPS else _after_nfkc(c)
        for letter in after & letters:
            bases.setdefault(unicodedata.normalize("NFD", c)[0], set()).add(letter)
    sources: dict[str, set[str]] = {letter: set() for letter in letters}
    for x in code_points:
        for letter in {kata2hira(x)} & letters:
            sources[letter].add(x)
        for base in set(unicodedata.normalize("NFKD", x)):
            for letter in bases.get(base, ()):
                sources[letter].add(x)
    return {letter: "".join(sorted(sources[letter])) for letter in sorted(letters)}


# fmt: off
_SOURCES = {
    "い": "いイ\u32d1\u3304\u3305\u330b\u331a\u331f\u332a\u333d\u3343\u3344\uff72",
    "う": "うゔウヴ\u32d2\u3306\uff73",
    "え": "\u2f2fえエ\u32d3\u3307\u3308工\uff74",
    "か": (
        "\u2f12かがカガ\u32d5\u3308\u330b\u330c\u330d\u330e\u330f\u3310\u334b\u334c力\uf98a\uff76"
        "\U0001f200"
    ),
    "が": "かがカガ\u32d5\u3308\u330b\u330c\u330d\u330e\u330f\u3310\u334b\u334c\uff76\U0001f200",
    "き": "きぎキギ\u32d6\u3310\u3311\u3312\u3313\u3314\u3315\u3316\u3317丰\uff77",
    "ぎ": "きぎキギ\u32d6\u3310\u3311\u3312\u3313\u3314\u3315\u3316\u3317\uff77",
    "く": (
        "くぐクグ\u32d7\u3304\u3307\u3315\u3318\u3319\u331a\u331b\u331f\u3321\u332f\u3336\u3343"
        "\u3346\u3348\uff78"
    ),
    "ぐ": (
        "くぐクグ\u32d7\u3304\u3307\u3315\u3318\u3319\u331a\u331b\u331f\u3321\u332f\u3336\u3343"
        "\u3346\u3348\uff78"
    ),
    "け": "けげケゲ\u32d8\u331c\u3356\uff79",
    "こ": "こごコゴ\u30ff\u32d9\u331d\u331e\u3330\uff7a\U0001f201",
    "ご": "こごコゴ\u30ff\u32d9\u331d\u331e\u3330\uff7a\U0001f201",
    "し": "しじシジ\u32db\u3321\u3325\u3334\u333b\u3347\uff7c",
    "じ": "しじシジ\u32db\u3321\u3325\u3334\u333b\u3347\uff7c",
    "す": "すずスズ\u32dc\u3307\u3309\u331c\u3324\u332e\u333a\uff7d",
    "ず": "すずスズ\u32dc\u3307\u3309\u331c\u3324\u332e\u333a\uff7d",
    "そ": "そぞソゾ\u32de\u3337\uff7f",
    "た": "\u2f23ただタダ\u32df\u3313\u3324\u3336\u333c夕\uff80",
    "だ": "ただタダ\u32df\u3313\u3324\u3336\u333c\uff80",
    "ち": "ちぢチヂ\u32e0\u3305\u3320\u3322千\uff81",
    "っ": "っッ\u330c\u3317\u3329\u3332\u3334\u3345\u3351\u3357\uff6f",
    "つ": "つづツヅ\u32e1\u332a\u332c\u3339\uff82",
    "づ": "つづツヅ\u32e1\u332a\u332c\u3339\uff82",
    "て": "てでテデ\u32e2\u3325\uff83\U0001f213",
    "で": "てでテデ\u32e2\u3325\uff83\U0001f213",
    "と": (
        "\u2f18とどトド\u30ff\u32e3\u3300\u3307\u330c\u3316\u3317\u3319\u3323\u3326\u3327\u3329"
        "\u332b\u332e\u3332\u3333\u333d\u333e\u3340\u334c\u334d\u334e\u3351\u3356\u3357卜"
        "\uff84"
    ),
    "ど": (
        "とどトド\u30ff\u32e3\u3300\u3307\u330c\u3316\u3317\u3319\u3323\u3326\u3327\u3329\u332b"
        "\u332e\u3332\u3333\u333d\u333e\u3340\u334c\u334d\u334e\u3351\u3356\u3357\uff84"
    ),
    "に": "\u2f06にニ\u3193\u3221\u3281\u32e5\u3304\u3311\u3338二\uff86\U0001f214\U0001f242",
    "ぬ": "ぬヌ\u32e6\uff87",
    "ね": "ねネ\u32e7\u331b\uff88",
    "の": "のノ\u32e8\u3328\u3329\uff89",
    "は": "\u2f0bはばぱハバパ\u3227\u3287\u32e9\u3300\u332a\u332b\u332c\u332d\u3345\u334a八\uff8a",
    "ば": "はばぱハバパ\u32e9\u3300\u332a\u332b\u332c\u332d\u3345\u334a\uff8a",
    "ひ": "ひびぴヒビピ\u32ea\u332e\u332f\u3330\u3331\u3338\u3353\uff8b",
    "ぶ": "ふぶぷフブプ\u32eb\u3301\u3332\u3333\u3334\u3335\u3354\uff8c",
    "ま": "まマ\u32ee\u330f\u3343\u3344\u3345\u3346\u3347\uff8f",
    "み": "みミ\u3194\u3222\u3282\u32ef\u3348\u3349\u334a三\uff90\U0001f22a\U0001f241",
    "む": "\u2f1bむム\u32f0\u330a\u3315\u3318\u3319\u3320\u3355厶\uff91",
    "ゃ": "ゃャ\uff6c",
    "や": "やヤ\u32f3\u334e\u334f\uff94",
    "ゅ": "ゅュ\u3312\uff6d",
    "ょ": "ょョ\u3347\uff6e",
    "り": "り\u309fリ\u32f7\u330b\u330d\u3312\u3321\u3349\u334a\u3351\u3352\uff98",
    "ん": (
        "んン\u3302\u3304\u3305\u3306\u3309\u330e\u330f\u3319\u3320\u3321\u3322\u3323\u3327"
        "\u332b\u3335\u333a\u333d\u333f\u3340\u3342\u3347\u3348\u334c\u3350\u3356\uff9d"
    ),
    "九": "\u3228\u3288九",
    "収": "収",
    "外": "外",
    "帳": "帳",
    "手": "\u2f3f手\U0001f210",
    "授": "授",
    "業": "業",
    "漬": "漬",
    "焼": "焼",
    "煮": "煮\ufa48\ufa9c",
    "竜": "竜",
    "粕": "粕",
    "絵": "絵",
    "肉": "\u2f81肉",
    "葛": "葛",
    "角": "\u2f93角",
    "課": "課",
    "豚": "豚",
    "集": "集",
    "頭": "頭",
    "饅": "饅",
}
# fmt: on
# (a KeyError here at import: a stand-in word with a letter ``_SOURCES`` lacks; run ``letter_sources``)
_BIT = {letter: 1 << i for i, letter in enumerate(_SOURCES)}
_BITS_OF: dict[str, int] = {}
for _letter, _chars in _SOURCES.items():
    for _ch in _chars:
        _BITS_OF[_ch] = _BITS_OF.get(_ch, 0) | _BIT[_letter]
_ANY_SOURCE = frozenset(_BITS_OF)
# Each word is looked at only through one of its letters that few names hold a source of (the
# first of these it holds; the order is rarest first over the swarm's and the tuning names): a
# name holding no source of it cannot hold the word, which a set's ``isdisjoint`` says at once.
_KEY_LETTERS = "帳授収漬焼煮竜絵肉豚饅ぬゅむやけねぶっえど"
_MASKS_BY_KEY: dict[str, list[int]] = {}
for _word in _BY_LENGTH:
    # (a StopIteration here at import: a stand-in word holding none of ``_KEY_LETTERS``; add one)
    _key = next(c for c in _KEY_LETTERS if c in _word)
    _MASKS_BY_KEY.setdefault(_key, []).append(sum(_BIT[c] for c in set(_word)))
_MASKS_OF_SOURCE: dict[str, tuple[int, ...]] = {}
for _key, _masks in _MASKS_BY_KEY.items():
    for _ch in _SOURCES[_key]:
        _MASKS_OF_SOURCE[_ch] = (*_MASKS_OF_SOURCE.get(_ch, ()), *_masks)
_KEY_SOURCES = frozenset(_MASKS_OF_SOURCE)


def could_hold_a_stand_in_word(name: str) -> bool:
    """Whether ``name`` holds a source (``_SOURCES``) of every letter of one of the round's
    words: necessary for any of ``_views(name)`` to hold the word."""
    if _KEY_SOURCES.isdisjoint(name):
        return False  # (most names: no source of any word's key letter)
    hit = 0
    for ch in _ANY_SOURCE.intersection(name):
        hit |= _BITS_OF[ch]
    return any(hit & mask == mask for ch in _KEY_SOURCES.intersection(name) for mask in _MASKS_OF_SOURCE[ch])
