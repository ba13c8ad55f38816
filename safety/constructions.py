"""Constructions: small named rules over the words of a text, not over its letters.

``safety.risk.assess`` looks for listed words in the folded text; this module reads the
same text as words (``safety.morphology``) and finds the shapes a child's sentence takes
whatever words fill them:

* ``wish``      — a verb of dying or vanishing + a wish (たい), relief (〜ばいい, 〜たら楽),
                  permission (〜てもいい), or intent (死のう); negation right after it and
                  exaggeration (ほど, くらい) take it back; ``〜わけじゃないけど`` only softens.
* ``burden``    — the writer absent + others better off (「わたしが いない ほうが みんな
                  らく」, 「しんだら せいせいする」), or being a burden said outright.
* ``method_question`` — a question about amounts, heights or ways with a method or its result.
* ``place_now`` — being at a place with a drop or a track, said now, with anything else in
                  the text that is not an everyday visit.
* ``farewell``  — a goodbye with finality, things given away, a finished letter, preparations
                  done.
* ``abuse_home``— home, going home or a parent, and a violence verb done to the writer.

Word classes live in ``lexicon/constructions.toml``; each listed word is analysed once at
import, so a class matches any spelling Sudachi maps to the same word.  Each rule looks at
a fixed number of words around its anchor: time is linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import jaconv

from safety.levels import CRISIS
from safety.morphology import Token, reading, tokens
from safety.normalize import read_kana_text, undisguise_text

MAX_CHARS = 2000
_BREAKS = frozenset("。.!?！？\n")
_CLAUSE = frozenset("、,")


# ---------------------------------------------------------------------------
# Preparing the text: disguises undone, words kept apart.

# Kanji that look like katakana, read as katakana when they stand next to katakana.
_KATA_LOOKALIKE = {
    "力": "カ", "口": "ロ", "二": "ニ", "夕": "タ", "千": "チ", "工": "エ", "卜": "ト", "八": "ハ",
    "一": "ー", "才": "オ", "匕": "ヒ", "又": "ヌ", "乙": "Z", "了": "ア", "之": "ス",
}  # fmt: skip
_SMALL_TSU = "っッ"
_SMALL_YA = "ゃゅょャュョ"
_I_COLUMN = set("きしちにひみりぎじぢびぴキシチニヒミリギジヂビピてでテデふフゔヴ")
_NO_GEMINATE = set(
    "あいうえおなにぬねのまみむめもやゆよらりるれろわをんアイウエオナニヌネノマミムメモヤユヨラリルレロワヲンーっッ"
    "ぁぃぅぇぉゃゅょァィゥェォャュョ"
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
_LATIN_RUN = re.compile(r"[a-z0-9]+")
_STANDIN = re.compile(r"[4氏市]\s*(?=[ねにぬのんネニヌノン])")


def _is_kata(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch == "ー"


def _is_hira(ch: str) -> bool:
    return "\u3041" <= ch <= "\u3096"


def _is_kana(ch: str) -> bool:
    return _is_hira(ch) or _is_kata(ch)


_NUMERALS = frozenset("一二八千")


def _lookalikes(text: str) -> str:
    chars = list(text)
    for _ in range(2):  # a run of two look-alikes between katakana
        for i, ch in enumerate(chars):
            if ch in _KATA_LOOKALIKE:
                left = chars[i - 1] if i else ""
                right = chars[i + 1] if i + 1 < len(chars) else ""
                if (left and _is_kata(left)) or (right and _is_kata(right)):
                    chars[i] = _KATA_LOOKALIKE[ch]
    # a run of look-alikes standing alone (「工口」), unless it is a number (「一二」)
    out: list[str] = []
    i = 0
    while i < len(chars):
        j = i
        while j < len(chars) and chars[j] in _KATA_LOOKALIKE:
            j += 1
        run = chars[i:j]
        if len(run) >= 2 and not all(c in _NUMERALS for c in run):
            out.extend(_KATA_LOOKALIKE[c] for c in run)
            i = j
        elif run:
            out.extend(run)
            i = j
        else:
            out.append(chars[i])
            i += 1
    return "".join(out)


def _small_kana(text: str, hard: bool = False) -> str:
    """Drop small kana that cannot stand where they are (slipped in to break a word).

    With ``hard``, one small っ that cannot stand is taken as a sign that they were slipped
    in, and every small っ goes (「しっにったい」 → 「しにたい」)."""
    out: list[str] = []
    slipped = False
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        prev = out[-1] if out else ""
        if ch in _SMALL_TSU and (not nxt or nxt in _NO_GEMINATE or not _is_kana(nxt)) and nxt:
            slipped = slipped or _is_kana(nxt)
            continue
        if ch in _SMALL_YA and prev not in _I_COLUMN:
            continue
        if ch in "ヵゕヶ" and not (prev.isdigit() or prev in "一二三四五六七八九十何"):
            continue
        out.append(ch)
    if slipped and hard:
        out = [ch for ch in out if ch not in _SMALL_TSU]
    return "".join(out)


def _stretched(text: str) -> str:
    """Every letter held (「ターヒーりーたーいー」): when most kana carry a ー, drop them all."""
    marks = text.count("ー")
    if marks >= 3 and marks * 3 >= sum(_is_kana(c) for c in text):
        return text.replace("ー", "")
    return text


def _latin(text: str) -> str:
    """Dotted or spaced acronyms joined ("o.d" → "od"); digits inside romaji read as letters."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        # a single letter, a dot or space, a single letter...: one word
        if (
            ch.isascii()
            and ch.isalpha()
            and (i == 0 or not text[i - 1].isascii() or not text[i - 1].isalnum())
        ):
            j = i
            letters = [ch]
            while (
                j + 2 < len(text)
                and text[j + 1] in ". ・·_-"
                and text[j + 2].isascii()
                and text[j + 2].isalpha()
            ):
                if j + 3 < len(text) and text[j + 3].isascii() and text[j + 3].isalnum():
                    break
                letters.append(text[j + 2])
                j += 2
            if len(letters) > 1:
                out.append("".join(letters))
                i = j + 1
                continue
        out.append(ch)
        i += 1
    text = "".join(out)

    def leet(m: re.Match[str]) -> str:
        run = m.group(0)
        if len(run) >= 2 and any(c.isalpha() for c in run) and any(c.isdigit() for c in run):
            return run.translate(_LEET)
        return run

    return _LATIN_RUN.sub(leet, text)


def _romaji(text: str) -> str:
    """Latin words that read entirely as kana become kana ("shinitai" → しにたい)."""

    def conv(m: re.Match[str]) -> str:
        run = m.group(0)
        if len(run) < 4:
            return run
        kana = jaconv.alphabet2kana(run)
        return kana if all(_is_kana(c) for c in kana) else run

    return re.sub(r"[a-z]+", conv, text)


def _spaces(line: str) -> str:
    parts = line.split()
    if len(parts) >= 3 and sum(len(p) == 1 for p in parts) >= 0.7 * len(parts):
        return "".join(parts)  # 「し に た い」: spaced out to hide a word
    return " ".join(parts)


def _collapse(text: str) -> str:
    out: list[str] = []
    run = 0
    for ch in text:
        if out and out[-1] == ch:
            run += 1
            if run >= 2 and not ch.isdigit():
                continue
        else:
            run = 0
        out.append(ch)
    # a doubled letter that is a stretched vowel ("しにたーい" → "しにたい")
    kept: list[str] = []
    for ch in out:
        if (
            ch == "ー"
            and kept
            and (_is_hira(kept[-1]) or (kept[-1] == "ー" and len(kept) > 1 and _is_hira(kept[-2])))
        ):
            continue
        kept.append(ch)
    return "".join(kept)


# Kana spellings Sudachi misreads when a child writes them without kanji (「しね」 as
# し+ね, 「しんだら」 as 知れる): written back in kanji where a word can begin (after a
# non-hiragana character or a particle), so the analyser sees the word.
_START = r"(?:(?<![\u3041-\u3096])|(?<=[はがをにもとでのへやかねよしてらうっ]))"
_RESCUE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(_START + pattern), kanji)
    for pattern, kanji in (
        (r"しに(?=た|そう|ます|たく|て[えぇ])", "死に"),
        (r"しん(?=だ(?![いん])|で(?![んれ])|じゃ)", "死ん"),
        (r"しね(?=[ばるなよや]|たら|$|[^\u3041-\u3096])", "死ね"),
        (r"しの(?=う|っ)", "死の"),
        (r"しぬ", "死ぬ"),
        (r"じさつ", "自殺"),
        (r"なんこ", "何個"),
        (r"なんじょう", "何錠"),
        (r"なんつぶ", "何粒"),
        (r"なんがい", "何階"),
        (r"なんめーとる", "何メートル"),
        (r"ふみきり", "踏切"),
        (r"ほどうきょう", "歩道橋"),
        (r"さいじょうかい", "最上階"),
        (r"なんかい(?=\s?(?:から|なら|まで))", "何階"),
        (r"ちんつうざい", "鎮痛剤"),
        (r"すいみんやく", "睡眠薬"),
        (r"そくし", "即死"),
        (r"おち(?=たら|る|て|れ)", "落ち"),
        (r"すわっ(?=て|た)", "座っ"),
        (r"あえ(?=な)", "会え"),
        (r"たかすぎ", "高すぎ"),
        (r"おくじょう", "屋上"),
        (r"せんろ", "線路"),
        (r"いしょ(?!う)", "遺書"),
        (r"てがみ", "手紙"),
        (r"たかさ", "高さ"),
        (r"ほうほう", "方法"),
        (r"やりかた", "やり方"),
        (r"くすり", "薬"),
        (r"まま(?=[にがはのも]|から)", "ママ"),
        (r"ぱぱ(?=[にがはのも]|から)", "パパ"),
        (r"おや(?=[にがはの]|から)", "親"),
        (r"めいわく", "迷惑"),
        (r"せいせい", "清々"),
        (r"はし(?=の\s?(?:うえ|上)|から)", "橋"),
        (r"れんたん", "練炭"),
        (r"ゆいごん", "遺言"),
        (r"らんかん", "欄干"),
        (r"ころさ(?=れ)", "殺さ"),
        (r"ころし(?=て|たい)", "殺し"),
        (r"りすか", "リスカ"),
        (r"らくだ(?=[よねしなっ]|から|けど|$|[^\u3041-\u3096])", "楽だ"),
        (r"らくに(?=な)", "楽に"),
        (r"くび(?=って|を|が|に|は|つ|しめ)", "首"),
        (r"ちちおや", "父親"),
        (r"ははおや", "母親"),
        (r"おいて(?=き|る|あ|お)", "置いて"),
        (r"てすり", "手すり"),
        (r"うで(?=\s?(?:き|切))", "腕"),
        (r"てくび", "手首"),
        (r"かえって(?=こ|き|く)", "帰って"),
        (r"(?<=[上じょう] )はいれ(?=た|る)", "入れ"),
        (r"やね(?=の|に|から|で)", "屋根"),
        (r"かく(?=す|し[てた]|さ)", "隠"),
        (r"しはんやく", "市販薬"),
        (r"おわかれ", "お別れ"),
        (r"ばいばい", "バイバイ"),
        (r"(?<=に)\s?で(?=た|て)", "出"),
        (r"(?:おもい|思い)のこ(?=す|さ|し)", "思い残"),
        (r"おわれ(?=る|た|ない|ん)", "終われ"),
        (r"きえられ(?=る|た|ない|ん)", "消えられ"),
        (r"(?<=屋上 )はいれ(?=る|た)", "入れ"),
        (r"かまへん|かまわん", "構わない"),
        (r"おらん(?=[くほのかでけやよ]|$|[^\u3041-\u3096])", "居らん"),
    )
)


def prepare(text: str, *, hard: bool = False, respelled: bool = False) -> str:
    """The text as the rules read it: disguises undone, spaces between words kept
    (``hard``: see ``unmask``).

    ``respelled``: a second reading for disguised free text (safety/normalize.py): letters
    spaced out one by one joined into their words first, then a line written (nearly) all in
    katakana read in hiragana, small and held vowels read as meant. It is a reading beside
    the plain one, not instead of it: in katakana a loanword (ホーム) stays a word."""
    if respelled:
        return _rescue(read_kana_text(_unmask(undisguise_text(text), hard)))
    return _rescue(_unmask(text, hard))


def unmask(text: str, *, hard: bool = False) -> str:
    """Disguises undone, nothing else (no kana written back in kanji): for names.

    ``hard``: when small っ were slipped in, all of them go (a second reading: it also
    takes the real ones out of 「ツイッター」)."""
    return _unmask(text, hard)


def _rescue(text: str) -> str:
    for pattern, kanji in _RESCUE:
        text = pattern.sub(kanji, text)
    return text


@functools.lru_cache(maxsize=64)
def _unmask(text: str, hard: bool = False) -> str:
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS])[:MAX_CHARS].lower()
    text = "".join(
        ch
        for ch in text
        if unicodedata.category(ch) not in ("Cf", "Co", "Cs", "Cn", "Mn", "Me") or ch in "\u3099\u309a"
    )
    text = "\n".join(_spaces(line) for line in text.splitlines())
    text = _lookalikes(text)
    text = _latin(text)
    text = _romaji(text)
    text = re.sub(r"タヒ(?!チ)", "死", text)
    text = re.sub(r"(?<![\u3041-\u3096])たひ(?=[りねにぬのっ])", "死", text)
    text = _STANDIN.sub("し", text)  # 「氏ね」「4ネ」 read as しね, then written back as 死ね
    text = _small_kana(text, hard)
    text = _stretched(text)
    # Separators slipped between letters ("し.ね", "し・ね") go; sentence ends stay.
    text = re.sub(r"(?<=[\u3041-\u30ff])[・.·*_\-/\\|~〜～](?=[\u3041-\u30ff])", "", text)
    return _collapse(text)


# ---------------------------------------------------------------------------
# Words and word classes.


@dataclass(frozen=True, slots=True)
class Word:
    keys: frozenset[str]
    pos: str
    conj: str
    start: int
    end: int
    sentence: int
    clause: int


def _keys(t: Token) -> frozenset[str]:
    hira = jaconv.kata2hira
    if t.normalized == "の" and t.surface == "ん":
        return frozenset({"の"})  # 「ええんやろ」: ん for の, no negation
    if t.normalized == "侭":
        # 「このまま」: kana まま that the rescue did not take for ママ is "as it is"
        return frozenset({"侭"})
    return frozenset({t.normalized, t.lemma, hira(t.lemma), hira(t.surface), t.surface, hira(t.normalized)})


def words_of(text: str) -> list[Word]:
    out: list[Word] = []
    sentence = clause = 0
    for t in tokens(text):
        if t.pos and t.pos[0] == "空白":
            continue
        if t.surface in ("?", "？"):
            out.append(Word(frozenset({"?"}), "補助記号", "", t.start, t.end, sentence, clause))
        if t.surface in _BREAKS or (t.pos and t.pos[-1] == "句点"):
            sentence += 1
            clause += 1
            continue
        if t.surface in _CLAUSE or (t.pos and t.pos[-1] == "読点"):
            clause += 1
            continue
        if t.pos and t.pos[0] == "補助記号":
            continue
        out.append(
            Word(
                _keys(t),
                t.pos[0] if t.pos else "",
                t.pos[-1] if t.pos else "",
                t.start,
                t.end,
                sentence,
                clause,
            )
        )
    return out


class WordClass:
    """A set of words, each matched in any spelling Sudachi gives the same word for."""

    def __init__(self, words: Iterable[str]) -> None:
        single: set[str] = set()
        seqs: set[tuple[str, ...]] = set()
        for w in words:
            single.add(w)
            single.add(jaconv.kata2hira(w))
            toks = [t for t in tokens(w) if t.pos and t.pos[0] != "空白"]
            if len(toks) == 1 and len(w) > 2:  # 「くん」 alone reads as 呉れる
                single.update({toks[0].normalized, toks[0].lemma})
                if len(toks[0].reading) >= 3:  # 「ぶかつ」 for 部活; short readings collide
                    single.add(toks[0].reading)
            elif toks:
                seqs.add(tuple(t.normalized for t in toks))
        self.single = frozenset(single)
        self.seqs = tuple(sorted(seqs, key=len, reverse=True))
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for seq in self.seqs:
            self.by_first.setdefault(seq[0], []).append(seq)
        self.firsts = frozenset(self.by_first)
        # two-kana readings are inside too many other words (「このまま」 has ママ, 「ひとり」 has 鳥)
        self.readings = tuple(dict.fromkeys(r for w in words if len(r := jaconv.kata2hira(reading(w))) >= 3))

    def in_reading(self, text_reading: str) -> bool:
        """Is one of the words in the text read as kana (for context that must not be missed
        when Sudachi cuts a kana word wrongly: 「ぶかつ」 as ぶか+つ)?"""
        return any(r in text_reading for r in self.readings)

    def at(self, words: list[Word], i: int) -> int:
        """How many words from ``i`` on make one of the class (0: none)."""
        if i >= len(words):
            return 0
        keys = words[i].keys
        best = 0
        for key in keys & self.firsts:
            for seq in self.by_first[key]:
                if (
                    len(seq) > best
                    and i + len(seq) <= len(words)
                    and all(seq[k] in words[i + k].keys for k in range(1, len(seq)))
                ):
                    best = len(seq)
        if best:
            return best
        return 1 if keys & self.single else 0

    def any_in(self, words: list[Word], lo: int = 0, hi: int | None = None) -> int | None:
        hi = len(words) if hi is None else min(hi, len(words))
        for i in range(max(lo, 0), hi):
            if self.at(words, i):
                return i
        return None


def _load() -> dict[str, WordClass]:
    with resources.files("safety").joinpath("lexicon", "constructions.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return {name: WordClass(ws) for name, ws in data["words"].items()}


W = _load()


def _index(
    classes: dict[str, WordClass],
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, tuple[str, ...]], ...]]]:
    """Every key → the classes it is a word of, and → the classes whose multi-word entries
    start with it: a text's words are looked up once for all classes, not once per class."""
    single: dict[str, list[str]] = {}
    first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for name, wc in classes.items():
        for key in wc.single:
            single.setdefault(key, []).append(name)
        for head, seqs in wc.by_first.items():
            first.setdefault(head, []).extend((name, seq) for seq in seqs)
    return {k: tuple(v) for k, v in single.items()}, {k: tuple(v) for k, v in first.items()}


_SINGLE, _FIRST = _index(W)


@dataclass(frozen=True, slots=True)
class Hit:
    construction: str
    category: str
    level: str
    start: int
    """Offsets into ``prepare(text)``."""
    end: int
    note: str | None = None


class _Ctx:
    """One text's words with every class looked up once, so each rule's questions
    ("is there a place word in this sentence?") cost O(1) and a text costs O(n)."""

    def __init__(self, words: list[Word], kana: str) -> None:
        self.words = words
        self.kana = kana
        self._next: dict[str, list[int]] = {}
        self._read: dict[str, bool] = {}
        n = len(words)
        # word i → {class: how many words from i make a word of it} (WordClass.at for all classes)
        self._cls: list[dict[str, int]] = []
        for i, w in enumerate(words):
            d: dict[str, int] = {}
            for key in w.keys:
                for name in _SINGLE.get(key, ()):
                    if name not in d:
                        d[name] = 1
                for name, seq in _FIRST.get(key, ()):
                    size = len(seq)
                    if (
                        size > d.get(name, 0)
                        and i + size <= n
                        and all(seq[k] in words[i + k].keys for k in range(1, size))
                    ):
                        d[name] = size
            self._cls.append(d)
        self.lo = [0] * n
        self.hi = [0] * n
        for i in range(n):
            self.lo[i] = i if i == 0 or words[i - 1].sentence != words[i].sentence else self.lo[i - 1]
        for i in range(n - 1, -1, -1):
            self.hi[i] = i + 1 if i == n - 1 or words[i + 1].sentence != words[i].sentence else self.hi[i + 1]

    def at(self, cls: str, i: int) -> int:
        return self._cls[i].get(cls, 0) if 0 <= i < len(self._cls) else 0

    def first(self, cls: str, lo: int = 0, hi: int | None = None) -> int | None:
        n = len(self.words)
        hi = n if hi is None else min(hi, n)
        lo = max(lo, 0)
        if lo >= hi:
            return None
        nxt = self._next.get(cls)
        if nxt is None:
            nxt = [n] * (n + 1)
            for k in range(n - 1, -1, -1):
                nxt[k] = k if cls in self._cls[k] else nxt[k + 1]
            self._next[cls] = nxt
        j = nxt[lo]
        return j if j < hi else None

    def first_key(self, keys: tuple[str, ...], lo: int, hi: int) -> int | None:
        for k in range(max(lo, 0), min(hi, len(self.words))):
            if any(key in self.words[k].keys for key in keys):
                return k
        return None

    def read(self, cls: str) -> bool:
        if cls not in self._read:
            self._read[cls] = W[cls].in_reading(self.kana)
        return self._read[cls]

    def near_any(self, classes: tuple[str, ...]) -> bool:
        """Is a word of any of ``classes`` anywhere in the text?"""
        return any(self.first(cls) is not None for cls in classes)

    def near(self, cls: str) -> bool:
        return self.first(cls) is not None or self.read(cls)

    def sentence(self, i: int) -> tuple[int, int]:
        return self.lo[i], self.hi[i]


def _has(words: list[Word], i: int, key: str) -> bool:
    return 0 <= i < len(words) and key in words[i].keys


def _same_sentence(words: list[Word], i: int, j: int) -> bool:
    return 0 <= j < len(words) and words[i].sentence == words[j].sentence


def _names_other(c: _Ctx, i: int) -> bool:
    """Is the subject just before word ``i`` someone other than the writer?"""
    words = c.words
    for j in range(i - 1, max(i - 5, -1), -1):
        if not _same_sentence(words, i, j):
            return False
        if c.at("self", j):
            return False
        if c.at("others", j):
            return True
    return False


# ---------------------------------------------------------------------------
# The constructions.

_AUX_SKIP = frozenset(
    {"ちゃう", "じゃう", "てしまう", "しまう", "仕舞う", "ちまう", "為る", "する", "てる", "無くなる"}
)
_TE = frozenset({"て", "で"})


def _wish(c: _Ctx) -> list[Hit]:
    words = c.words
    hits: list[Hit] = []
    for i, w in enumerate(words):
        n = c.at("die", i)
        if not n and c.at("die_passive", i) and words[i + 1 : i + 2] and words[i + 1].keys & _PASSIVE:
            n = 2  # 「くるまに ひかれたら いいのに」: a death that happens to the writer, wished
        if not n and c.at("wake", i) and c.first("forever", max(0, i - 4), i) is not None:
            # 「ずっと ねたまま おきなくても いい」: not waking up, wished for
            n = c.at("wake", i)
            if not c.at("negation", i + n):
                continue
            n += 1
            if c.at("desire", i + n) or c.at("negation", i + n):
                continue
        elif not n:
            continue
        if c.at("die_needs_object", i) and not (
            i >= 2 and _has(words, i - 1, "を") and (c.at("self", i - 2))
        ):
            continue
        if _names_other(c, i):
            continue
        j = i + n
        # 死な+ない: the verb itself negated
        if c.at("negation", j) and "未然形" in words[j - 1].conj:
            continue
        # auxiliaries between: 消え+ちゃ+おう, 死ん+で+しまい+たい
        k = j
        while k < len(words) and k < j + 5 and not c.at("desire", k):
            if words[k].keys & _AUX_SKIP or (
                words[k].keys & _TE and k + 1 < len(words) and words[k + 1].keys & _AUX_SKIP
            ):
                k += 1
            elif _has(words, k - 1, "て") and _has(words, k, "ない") and _has(words, k + 1, "成る"):
                k += 2  # 消えて+なく+なっ+て+しまいたい
            else:
                break
        intent = any("意志推量形" in words[m].conj for m in range(i, min(k + 1, len(words))))
        if not _same_sentence(words, i, k) and not intent:
            continue
        after = words[k : k + 6]
        if any(c.at("hyperbole", m) for m in range(k, min(k + 3, len(words)))):
            continue
        level, note = None, None
        if c.at("desire", k) and "しねる" in words[i].keys:
            continue  # 「しねたい」: Sudachi's potential 死ねる, not a wish anyone writes
        if c.at("desire", k):
            m = k + 1
            if c.at("negation", m):
                if c.first("lie", m + 1, min(m + 7, c.hi[m] if m < len(words) else m)) is not None:
                    hits.append(Hit("wish", "ideation", "high", w.start, words[m].end, "denial_untrue"))
                continue  # 死にたくない (「…って いったら うそになる」: the denial is untrue)
            if _denied(c, m):
                continue  # 死にたいなんて思わない, 死にたいと思ったことはない
            if (words[m].pos == "名詞" if m < len(words) else False) and not c.at("feeling", m):
                continue  # 「きえたい色のペン」: a wish that describes a thing
            if _has(words, m, "た") or _has(words, m, "かった") or _thought_then(c, i, m):
                level, note = "concern", "past"
            elif _has(words, m, "訳") or _has(words, m, "わけ"):
                level, note = "concern", "softened"
            else:
                level = "high"
            if level == "high" and any(c.at("media", p) for p in range(m, min(m + 4, len(words)))):
                level, note = "concern", "mention"
            reported = any(c.at("reported", p) for p in range(m, min(m + 4, len(words))))
            quoted = any(
                _has(words, p, "って") or _has(words, p, "と") for p in range(m, min(m + 3, len(words)))
            )
            if level == "high" and reported and quoted:
                level, note = "concern", "third_party"
        elif intent:
            if _denied(c, k):
                continue  # 死のうとは思わない
            level, note = "high", "intent"
        elif after and (_has(words, k, "て") or _has(words, k, "で")) and _has(words, k + 1, "も"):
            if c.at("relief", k + 2) and not c.near("joy"):
                level = "high"  # 「きえても いいかな」; not 「推しに会えて死んでもいい」
        elif after and (
            _has(words, k, "ば")
            or _has(words, k, "た")
            or _has(words, k, "たら")
            or _conditional(words, k - 1)
        ):
            start = k if _conditional(words, k - 1) else k + 1
            for p in range(start, min(k + 6, len(words))):
                if not _same_sentence(words, k, p):
                    break
                if c.at("relief", p) and not c.at("negation", p + 1):
                    level = "high"
                    break
        if level is None:
            continue
        end = words[min(k + 1, len(words) - 1)].end
        hits.append(Hit("wish", "ideation", level, w.start, end, note))
    return hits


_PASSIVE = frozenset({"れる", "られる"})


def _conditional(words: list[Word], i: int) -> bool:
    """Does word ``i`` end a condition (「なけれ+ば」 is two words, 「なきゃ」 one: 仮定形)?"""
    return 0 <= i < len(words) and words[i].conj.startswith("仮定形")


def _thought_then(c: _Ctx, i: int, m: int) -> bool:
    """「まえは きえたいって おもってた けど いまは…」: a wish quoted as thought in the past,
    with a time gone by before it or "now" set against it after."""
    words = c.words
    t = c.first("think", m, min(m + 3, len(words)))
    if t is None or not any(_has(words, q, "た") for q in range(t + 1, min(t + 4, len(words)))):
        return False
    if c.first("past_time", c.lo[i], i) is not None:
        return True
    now = c.first("now", t + 1, min(t + 10, len(words)))
    return now is not None and _has(words, now + 1, "は")


_DENIERS = ("思う", "考える", "事", "こと", "なんて", "とは", "気持ち", "つもり", "積もり", "気")


def _denied(c: _Ctx, m: int) -> bool:
    words = c.words
    """A negation further on that takes a wish back (「〜なんて思わない」「〜ことはない」)."""
    seen_denier = False
    for p in range(m, min(m + 8, len(words))):
        if not _same_sentence(words, m, p):
            return False
        if any(d in words[p].keys for d in _DENIERS):
            seen_denier = True
        elif seen_denier and c.at("negation", p):
            return True
    return False


def _not_live(c: _Ctx) -> list[Hit]:
    """「いきてたくもない」「生きていたくない」: not wanting to live, in its forms."""
    words = c.words
    hits: list[Hit] = []
    for i, w in enumerate(words):
        # kana 「いきて」 is 生きて (行く's te-form is 「いって」)
        if not (c.at("live", i) or ("いき" in w.keys and _has(words, i + 1, "て"))):
            continue
        k = i + 1
        while k < min(i + 4, len(words)) and (words[k].keys & {"て", "で", "居る", "いる", "てる"}):
            k += 1
        if not c.at("desire", k):
            continue
        m = k + 1
        if _has(words, m, "も") or _has(words, m, "は"):
            m += 1
        if c.at("negation", m) and not c.first("media", m, m + 4):
            hits.append(Hit("wish", "ideation", "high", w.start, words[m].end))
    for i, w in enumerate(words):
        # 「生きてても意味がない」: living said to mean nothing
        if c.at("live", i) or ("いき" in w.keys and _has(words, i + 1, "て")):
            meaning = c.first("meaning", i + 1, min(i + 6, len(words)))
            if meaning is not None and words[meaning].sentence == w.sentence:
                neg = c.first("negation", meaning + 1, meaning + 3)
                if neg is not None:
                    hits.append(Hit("wish", "ideation", "high", w.start, words[neg].end))
            # 「なんで いきてなきゃ いけないの」: living as an obligation, questioned
            must = next((q for q in range(i + 1, min(i + 4, len(words))) if _must_not(c, q)), None)
            if must is not None and _question(c, must, c.hi[i]):
                hits.append(Hit("wish", "ideation", "high", w.start, words[must].end, "why_live"))
        # 「いっそ うまれなかったことに なれば いいのに」: not having been born, wished
        if c.at("born", i) and c.first("negation", i + 1, min(i + 4, len(words))) is not None:
            lo, hi = i + 2, min(i + 9, c.hi[i])
            cond = next((q for q in range(lo, hi) if _conditional(words, q) or _has(words, q, "ば")), None)
            rel = c.first("relief", cond, min(cond + 3, hi)) if cond is not None else None
            quoted = rel is not None and any(
                words[q].keys & {"なんて", "って", "とか"} for q in range(rel + 1, min(rel + 4, len(words)))
            )
            if rel is not None and not quoted and not _denied(c, rel + 1):
                hits.append(Hit("wish", "ideation", "high", w.start, words[rel].end, "unborn"))
        # 「人生やめたい」「もう終わりにしたい」: ending one's life or everything
        if c.at("end_verb", i):
            k = i + c.at("end_verb", i)
            while k < min(i + 4, len(words)) and words[k].keys & (_AUX_SKIP | _TE | {"に"}):
                k += 1
            if not c.at("desire", k) or c.at("negation", k + 1):
                continue
            obj = c.first("end_object", max(c.lo[i], i - 3), i) is not None
            # 「おわりにしたい」「おわらせたい」 with no object: ending it all
            bare = _ends_it(c, i) and not any(
                words[p].pos in ("名詞", "代名詞") and not c.at("self", p) for p in range(c.lo[i], i)
            )
            if obj or bare or c.near("distress_word"):
                hits.append(Hit("wish", "ideation", "high", w.start, words[k].end))
        # 「ずっと ねむりたい」「えいえんに ねむりたい」: sleeping for ever, wished for
        if c.at("sleep", i) and c.first("forever_strong", max(c.lo[i], i - 4), i) is not None:
            k = i + c.at("sleep", i)
            while k < min(i + 4, len(words)) and words[k].keys & (_AUX_SKIP | _TE | {"居る"}):
                k += 1
            if (
                c.at("desire", k)
                and not c.at("negation", k + 1)
                and not _denied(c, k + 1)
                and c.first("hyperbole", k + 1, k + 4) is None  # 「ずっと ねたいくらい ねむい」
            ):
                hits.append(Hit("wish", "ideation", "high", w.start, words[k].end))
        # 「もう目をさましたくない」: not wanting to wake
        if c.at("wake_eyes", i):
            k = i + c.at("wake_eyes", i)
            if c.at("desire", k) and c.at("negation", k + 1):
                hits.append(Hit("wish", "ideation", "high", w.start, words[k + 1].end))
    return hits


def _must_not(c: _Ctx, q: int) -> bool:
    """「なきゃ いけない」「なければ ならない」「ないと だめ」: an obligation at ``q``."""
    words = c.words
    if not (
        c.at("negation", q)
        and (_conditional(words, q) or _has(words, q + 1, "と") or _has(words, q + 1, "ば"))
    ):
        return False
    nxt = q + (2 if _has(words, q + 1, "ば") or _has(words, q + 1, "と") else 1)
    return bool(
        words[nxt : nxt + 1]
        and words[nxt].keys & {"いける", "行く", "なる", "成る", "だめ", "駄目", "ダメ"}
        and (c.at("negation", nxt + 1) or words[nxt].keys & {"だめ", "駄目", "ダメ"})
    )


def _ends_it(c: _Ctx, i: int) -> bool:
    """終わり+に (する) or 終わらせる: ending something, not something ending."""
    keys = c.words[i].keys
    if keys & {"終わり", "おわり"}:
        return _has(c.words, i + 1, "に")
    return bool(keys & {"終わらせる", "おわらせる"}) or (
        bool(keys & {"終わる", "おわる"}) and _has(c.words, i + 1, "せる")
    )


def _unmourned(c: _Ctx, j: int) -> bool:
    """After "if I died / were gone" at ``j``: nobody grieving or noticing, or wondering
    whether anyone would (「かなしむ ひと いない」「だれか きづくかな」)."""
    words = c.words
    _lo, hi = c.sentence(j - 1)
    if not any(
        words[q].keys & {"たら", "だら", "ば"} or (words[q].keys & _TE and _has(words, q + 1, "も"))
        for q in range(j, min(j + 3, hi))
    ):
        return False
    p = c.first("notice", j, min(j + 6, hi))
    if p is None:
        return False
    if c.first("negation", p + 1, min(p + 5, hi)) is not None:
        return True
    return c.first("someone", j, p) is not None and _question(c, p, hi)


def _burden(c: _Ctx) -> list[Hit]:
    words = c.words
    hits: list[Hit] = []
    for i, w in enumerate(words):
        absent = False
        if _has(words, i, "居る") and c.at("negation", i + 1):
            absent = True
            j = i + 2
        elif n := c.at("die", i):
            absent = True
            j = i + n
        if absent:
            if _names_other(c, i):
                continue
            # 「わたしさえ いなければ」: the writer alone named as the trouble
            if (
                _has(words, i - 1, "さえ")
                and c.at("self", i - 2)
                and any(
                    _conditional(words, q) or _has(words, q, "ば") for q in range(j, min(j + 2, len(words)))
                )
            ):
                hits.append(
                    Hit("burden", "ideation", "high", words[i - 2].start, words[j - 1].end, "only_me")
                )
                continue
            # 「いなくても おなじ」「しんでも だれも こまらない」: absence makes no difference
            if _has(words, j, "て") and _has(words, j + 1, "も"):
                d = c.first("no_difference", j + 2, min(j + 5, len(words)))
                if d is not None and (c.at("negation", d + 1) or not _has(words, d, "変わる")):
                    hits.append(Hit("burden", "ideation", "high", w.start, words[d].end, "no_difference"))
                    continue
            if j < len(words) and _unmourned(c, j):
                hits.append(Hit("burden", "ideation", "high", w.start, words[j].end))
                continue
            for p in range(j, min(j + 9, len(words))):
                if not _same_sentence(words, i, p):
                    break
                if c.at("beneficiaries", p) and any(
                    _has(words, q, "ば") or _has(words, q, "方") or _has(words, q, "たら")
                    for q in range(j, p)
                ):
                    hits.append(Hit("burden", "ideation", "high", w.start, words[p].end))
                    break
                if (c.at("relief", p) or c.at("beneficiaries", p)) and not c.at("negation", p + 1):
                    # "いない ほうが いい", "しんだら みんな せいせい"
                    between = range(j, p + 1)
                    compared = any(_has(words, q, "方") or _has(words, q, "ほう") for q in between)
                    others = any(c.at("beneficiaries", q) for q in between)
                    if (compared or others) and c.first("relief", j, p + 4) is not None:
                        hits.append(Hit("burden", "ideation", "high", w.start, words[p].end))
                        break
            continue
        # 「自分なんか この世に いらない」「生まれてきて ごめんなさい」
        unwanted = (_has(words, i, "要る") or _has(words, i, "いる")) and c.at("negation", i + 1)
        if unwanted and c.first("self", max(c.lo[i], i - 5), i) is not None:
            hits.append(Hit("burden", "ideation", "high", w.start, words[i + 1].end))
            continue
        if c.at("born", i) and c.first("first_time", i + 1, i + 3) is None:
            sorry = c.first("sorry", i + 1, min(i + 5, len(words)))
            if sorry is not None:
                hits.append(Hit("burden", "ideation", "high", w.start, words[sorry].end))
                continue
        if c.at("burden", i):
            near = range(max(i - 3, 0), min(i + 4, len(words)))
            if any(c.at("burden_amount", p) for p in near) or any(c.at("self", p) for p in near):
                hits.append(Hit("burden", "ideation", "high", w.start, w.end))
    return hits


def _question(c: _Ctx, lo: int, hi: int) -> bool:
    return c.first("question", lo, hi) is not None


def _dose_question(c: _Ctx, lo: int, hi: int) -> bool:
    """「なんじょう のめば いいの」: the right amount asked, with no grave result in it."""
    words = c.words
    if c.first("grave_outcome", lo, hi) is not None or c.first("die", lo, hi) is not None:
        return False
    return any(
        (_conditional(words, q) or _has(words, q, "ば")) and c.first("relief", q + 1, q + 3) is not None
        for q in range(lo, hi)
    )


def _asks(c: _Ctx, lo: int, hi: int) -> bool:
    """Is the sentence a question put outright (「？」, a final か or の, 教えて, 検索)?"""
    if c.first("ask_end", lo, hi) is not None:
        return True
    last = c.words[hi - 1]
    return last.conj == "終助詞" and bool(last.keys & {"の", "ん", "かい"})


_CAN_DIE = frozenset({"死ねる", "しねる", "終われる", "おわれる", "逝ける", "消えれる"})


def _can_die(words: list[Word], q: int) -> bool:
    """「しねる」「おわれる」「きえられる」: a potential form of ending (Sudachi keeps 死ねる as
    its own word; 消え+られる are two)."""
    return bool(words[q].keys & _CAN_DIE) or (
        bool(words[q].keys & {"消える", "きえる"}) and _has(words, q + 1, "られる")
    )


def _counted(c: _Ctx, lo: int, hi: int) -> bool:
    """A count asked (「なんじょう」「なんぷんで」「どれくらい」): a question without a question mark."""
    words = c.words
    if c.first("count_question", lo, hi) is not None:
        return True
    for q in range(lo, hi - 1):
        if words[q].keys & {"何", "なん"} and words[q + 1].pos not in ("助詞", "助動詞"):
            return True
        if words[q].keys & {"どれ", "どの", "どん"} and words[q + 1].keys & {"くらい", "ぐらい"}:
            return True
    return False


def _exaggerated(c: _Ctx, lo: int, hi: int) -> bool:
    """「しぬほど」「しぬかと」: exaggeration; 「どれくらい」 is a count, not one."""
    words = c.words
    return any(
        c.at("hyperbole", q) and not (q and words[q - 1].keys & {"どれ", "どの", "どん", "これ", "それ"})
        for q in range(lo, hi)
    )


def _means_question(c: _Ctx, signals: bool) -> list[Hit]:
    """A question about a means, in any words: whether something can kill (「しねる？」「一回で
    おわれるのかな」), what happens if it is done (「おちたら しぬ？」「くび しめたら なんぷんで
    おちる」), where (「どこの ビルなら 屋上 はいれる？」), or how, once decided."""
    words = c.words
    hits: list[Hit] = []
    seen: set[int] = set()
    for i in range(len(words)):
        lo, hi = c.sentence(i)
        if lo in seen or i != lo:
            continue
        asked = _asks(c, lo, hi)
        counted = _counted(c, lo, hi)
        everyday = c.first("method_everyday", lo, hi) is not None or _exaggerated(c, lo, hi)
        cond = any(_conditional(words, q) or _has(words, q, "ば") for q in range(lo, hi))
        if everyday or not (asked or counted or cond):
            continue
        found = False
        # 「しねるやつ ある？」「おわれる方法」: can it end a life
        if asked and any(_can_die(words, q) for q in range(lo, hi)):
            found = True
        # 「〜たら しぬ？」: a grave result after a condition, about a means or death itself
        for q in range(lo, hi):
            if found:
                break
            if not (_conditional(words, q) or _has(words, q, "ば") or _has(words, q, "たら")):
                continue
            g = c.first("grave_outcome", q + 1, min(q + 5, hi))
            if g is not None and (c.at("die", g) or c.first("means_cue", lo, hi) is not None):
                found = True
        # 「どこの ビルなら 屋上 はいれる？」「ロープって どこに かければ いい」「どの はしが
        # たかい」: where, for a drop or a tool
        if not found and (asked or cond) and c.first("where", lo, hi) is not None:
            # a drop only under a condition (「どこの ビルなら」): 「いま どこに いるの？ せんろの
            # ちかく？」 is someone asking after the writer
            tool = c.first("tool", lo, hi) is not None and c.first("tool_everyday") is None
            found = (cond and c.first("drop_place", lo, hi) is not None) or tool
        if not found and c.first("where", lo, hi) is not None and c.first("height_place", lo, hi) is not None:
            found = c.first("high_word", lo, hi) is not None
        # 「なんかいからが かくじつ？」: a count with a quality only a method has
        if not found and counted and (asked or cond):
            found = c.first("way_quality", lo, hi) is not None and c.first("means_cue", lo, hi) is not None
        # 「もう よういした あと なんじょう いる？」「きめたから やりかた おしえて」: once decided
        if not found and c.first("resolve") is not None:
            if c.first("way", lo, hi) is not None:
                found = asked or c.first("ask", lo, hi) is not None
            elif c.first("pill_count", lo, hi) is not None or c.first("height_place", lo, hi) is not None:
                found = asked or counted
        if not found:
            continue
        seen.add(lo)
        level = "high"
        if c.first("soon_word") is not None or (signals and c.first("resolve") is not None):
            level = "imminent"  # 「きょう つかいたい」「こんや やる」: a means asked for now
        hits.append(Hit("method_question", "method", level, words[lo].start, words[hi - 1].end))
    return hits


def _method_question(c: _Ctx, signals: bool = False) -> list[Hit]:
    words = c.words
    hits: list[Hit] = []
    seen: set[int] = set()
    for i, _w in enumerate(words):
        if not (c.at("amount", i) or c.at("how", i)):
            continue
        lo, hi = c.sentence(i)
        # a count asked for is a question by itself, even without ？ or か
        if lo in seen or not (_question(c, lo, hi) or c.first("count_question", lo, hi) is not None):
            continue
        adult = c.first("ask_adult", lo, hi)
        if adult is not None and c.first("ask", adult + 1, min(adult + 4, hi)) is not None:
            continue  # 「せんせいに きいた」: asked of someone who knows
        subject = c.first("method_subject", lo, hi)
        intake = c.first("intake", lo, hi)
        outcome = c.first("method_outcome", lo, hi)
        everyday = c.first("method_everyday", lo, hi) is not None or c.read("method_everyday")
        strong_amount = c.at("amount", i) and (
            not (_has(words, i, "何") or _has(words, i, "どの"))
            or words[min(i + 1, len(words) - 1)].pos == "接尾辞"
            or c.at("counter", i + 1)
        )
        drinks = c.first("drink", lo, hi) is not None
        if drinks and _dose_question(c, lo, hi) and not (signals or c.first("soon_word") is not None):
            continue  # 「かぜぐすり なんじょう のめば いいの？」: the dose, asked
        # a way that only a method has (painless, certain, in an instant): 「いたくない やりかた」
        quality_way = (
            c.first("way", lo, hi) is not None
            and c.first("way_quality", lo, hi) is not None
            and _question(c, lo, hi)
        )
        if (
            subject is not None
            or quality_way
            or (drinks and strong_amount)
            or (intake is not None and outcome is not None and strong_amount)
        ):
            if everyday and subject is None:
                continue
            if (
                everyday
                and subject is not None
                and c.at("method_subject", subject)
                and not (c.first("die", lo, hi) is not None or outcome is not None)
            ):
                continue
            seen.add(lo)
            hits.append(Hit("method_question", "method", "high", words[lo].start, words[hi - 1].end))
    return hits


def _overdose(c: _Ctx) -> list[Hit]:
    """Medicine, then drinking it too much, done: 「くすりを のみすぎた」."""
    words = c.words
    hits: list[Hit] = []
    for i, w in enumerate(words):
        if not c.at("medicine", i):
            continue
        _lo, hi = c.sentence(i)
        # kana 「のみすぎ」 reads as the particle のみ
        d = c.first_key(("飲む", "のむ", "呑む", "のみ"), i + 1, min(i + 5, hi))
        if d is None or not c.at("too_much", d + 1):
            continue
        done = c.first_key(("た", "ちゃう", "しまう", "てる"), d + 2, min(d + 5, hi))
        if done is not None and not c.at("negation", d + 2):
            hits.append(Hit("overdose", "method", "imminent", w.start, words[done].end))
    return hits


def _presence(c: _Ctx, i: int, hi: int) -> int | None:
    """The verb that puts the writer at place ``i``: close after it, or close after the spot
    named on it (「ほどうきょうの うえで ずっと くるま みてる」「ホームの きいろい せんの そとに
    たってる」: place の … spot に/で verb)."""
    p = c.first("presence", i + 1, min(i + 6, hi))
    if p is not None:
        return p
    spots = [q for q in range(i + 1, min(i + 7, hi)) if c.at("position", q) or c.at("outside", q)]
    if spots:
        return c.first("presence", spots[-1] + 1, min(spots[-1] + 5, hi))
    return None


_HIGH_FLOOR = 5


def _high_floor(words: list[Word], i: int) -> bool:
    """「11かい」「8階」: a floor high enough to fall from (a number, then 階)."""
    if not (_has(words, i, "階") and i and words[i - 1].pos == "名詞"):
        return False
    number = next((k for k in words[i - 1].keys if k.isdigit()), None)
    return number is not None and int(number) >= _HIGH_FLOOR


def _at_hand(c: _Ctx) -> list[Hit]:
    """A means in hand or already taken, now: 「ロープ てに もってる」「カミソリ もってきた」,
    「くすり ぜんぶ てのひらに だした」, 「もう のんじゃった。30こ」, 「のんだ くすりで ふらふら」."""
    words = c.words
    hits: list[Hit] = []
    everyday = c.first("tool_everyday") is not None
    for i, w in enumerate(words):
        if c.at("tool", i) and not everyday:
            h = c.first("hold", i + 1, min(i + 5, c.hi[i]))
            conditional = h is not None and any(
                _conditional(words, q) or words[q].keys & {"なら", "ば"}
                for q in range(h + 1, min(h + 5, len(words)))
            )
            if (
                h is not None
                and not conditional
                and not _asks(c, h, c.hi[h])
                and any(
                    words[q].keys & {"て", "てる", "た", "ている", "とく"}
                    for q in range(h + 1, min(h + 3, len(words)))
                )
            ):
                hits.append(Hit("at_hand", "method", "imminent", w.start, words[h].end))
                continue
        if c.at("medicine", i):
            _lo, hi = c.sentence(i)
            laid = c.first("laid_out", i + 1, min(i + 6, hi))
            if (
                laid is not None
                and c.first("big_amount", i, laid) is not None
                and _has(words, laid + 1, "た")
            ):
                hits.append(Hit("at_hand", "method", "imminent", w.start, words[laid + 1].end))
                continue
        if c.at("drink", i) and _done(c, i + 1):
            # taken already, and much of it or feeling it
            medicine = c.first("medicine", max(0, i - 4), min(len(words), i + 4)) is not None
            many = c.first("big_amount", max(0, i - 4), min(len(words), i + 8)) is not None or _many_counted(
                words, i
            )
            feeling = c.first("effect", i + 1, min(len(words), i + 8)) is not None
            already = c.first_key(("もう",), c.lo[i], i) is not None
            if (medicine and feeling) or (many and (medicine or already)):
                hits.append(Hit("at_hand", "method", "imminent", w.start, w.end))
    return hits


_MANY = 10


def _many_counted(words: list[Word], i: int) -> bool:
    """A count of ten or more near word ``i`` (「30こ」「100じょう」)."""
    for q in range(max(0, i - 4), min(len(words) - 1, i + 8)):
        number = next((k for k in words[q].keys if k.isdigit()), None)
        if number is None or int(number) < _MANY:
            continue
        unit = words[q + 1]
        if unit.pos != "名詞" or unit.keys & {"錠", "個", "粒", "こ", "じょう"}:
            return True
    return False


def _done(c: _Ctx, q: int) -> bool:
    """A completed form right after a verb: た, ちゃう/じゃう, しまう (not a question about it)."""
    words = c.words
    for k in range(q, min(q + 3, len(words))):
        if words[k].keys & {"ちゃう", "じゃう", "しまう", "てしまう"}:
            return True
        if _has(words, k, "た"):
            if _conditional(words, k) or _conditional(words, k + 1):
                return False  # 「のんだら」「のんだなら」: if taken, not taken
            return not (k + 1 < len(words) and words[k + 1].keys & {"?", "か"})
    return False


def _place_now(c: _Ctx, signals: bool) -> list[Hit]:
    words = c.words
    hits: list[Hit] = []
    for i, w in enumerate(words):
        high_floor = _high_floor(words, i)
        if not (c.at("place", i) or high_floor):
            continue
        lo, hi = c.sentence(i)
        if c.first("exist_thing", i + 1, min(i + 6, hi)) is not None:
            continue  # 「がけの うえに あって」: a thing is there, not the writer
        p = _presence(c, i, hi)
        if p is None and hi < len(words) and c.first("now", hi, min(hi + 2, c.hi[hi])) is not None:
            # 「おくじょうの かぎ あいてた。いま いる」: the next sentence says the writer is there
            p = c.first("presence", hi, min(hi + 3, c.hi[hi]))
        if p is None and (
            c.first("now", max(lo, i - 3), i) is not None or (i + 1 < hi and _has(words, i + 1, "なう"))
        ):
            p = i  # 「いま おくじょう」「おくじょう なう」
        by_verb = p is not None
        if p is None:
            # 「いま 線路の よこ。」「屋上の 柵の 外側」: where one is, said without a verb
            spot = c.first("position", i + 1, min(i + 5, hi))
            if spot is not None and c.first("verb_any", spot + 1, hi) is None:
                p = spot
        if p is None:
            continue
        # standing on a roof, a track or a bridge's edge is itself the danger
        out = c.first("outside", i + 1, min(i + 7, hi))
        past_barrier = out is not None and c.first("barrier", max(i, out - 3), out) is not None
        crossing = (
            past_barrier
            or c.first("crossing", i + 1, min(i + 6, hi)) is not None
            or c.at("edge", i)
            or c.at("wild_place", i)
            or (by_verb and (c.at("drop_place", i) or high_floor))
        )
        # present or done: "いる", "きた", "たってる"; not "あした いく"
        if c.first("later", lo, hi) is not None:
            continue
        everyday = c.first("place_everyday") is not None or c.read("place_everyday")
        signal = (
            signals
            or c.first("place_signal", 0, i) is not None
            or c.first("place_signal", p + 1) is not None
            or any(c.at("place_signal", q) and not c.at("presence", q) for q in range(i + 1, p))
        )
        past_edge = past_barrier or c.first("crossing", i + 1, min(i + 6, hi)) is not None or c.at("edge", i)
        alone_at_edge = past_edge and c.first("companion") is None
        if everyday and not signals and not c.at("wild_place", i) and not alone_at_edge:
            continue
        level = "imminent" if signal or crossing else "concern"
        hits.append(Hit("place_now", "plan", level, w.start, words[p].end))
    return hits


def _me_forgotten(c: _Ctx, i: int) -> bool:
    """「わたしの ことは わすれてね」「わすれてね ぼくのこと」: the writer is what is to be
    forgotten (not 「いやな ことは わすれて、じぶんを だいじに」)."""
    words = c.words
    for q in range(max(c.lo[i], i - 4), min(c.hi[i], i + 5)):
        if c.at("self", q) and _has(words, q + 1, "の") and _has(words, q + 2, "こと"):
            return True
    return False


def _see_you(words: list[Word], i: int) -> bool:
    """「じゃあね」「じゃね」 (Sudachi gives じゃ as で: the class cannot hold it)."""
    return (
        bool(words[i].keys & {"じゃあ", "じゃ"})
        and _has(words, i + 1, "ね")
        and (i + 2 >= len(words) or words[i + 2].sentence != words[i].sentence)
    )


_LEAVE = frozenset({"置く", "おく", "残す", "のこす"})
"""A letter left somewhere to be found (「つくえの うえに おいとく」)."""


def _finals(c: _Ctx) -> tuple[list[int], bool]:
    """Where the text says it is the end, in grammar rather than set phrases, and whether one
    of them is final by itself.

    * again + coming, meeting or going back + negation: 「もう ここには こない」「もう あえない」
    * going, announced: 「もう いくね」「あと10ぷんしたら いく」「あとは いくだけ」
    * the next life: 「つぎ うまれたら」 (final by itself)
    * nothing left to regret: 「もう おもいのこすこと ない」 (final by itself)
    * forget me: 「わすれてね わたしのこと」 (final by itself)
    * a last message: 「さいごの かきこみ」 (final by itself)
    * looking back: a past appraisal, 「たのしかった」「やさしかった」, with another of them

    The finality words of the lexicon (「いままで」「さいご」) are not here: next to a goodbye
    they count only close to it (``_farewell``), as in every thank-you they are near.
    """
    words = c.words
    found: list[int] = []
    alone = False
    kinds: set[str] = set()
    for i, w in enumerate(words):
        hi = c.hi[i]
        if c.at("again", i):
            v = c.first("come_back", i + 1, min(i + 5, hi))
            # 「もう あわなくて いいよ」 is a permission, not an end
            allowed = words[v + 2 : v + 3] and words[v + 2].keys & _TE if v is not None else False
            if v is not None and c.at("negation", v + 1) and not allowed:
                found.append(v)
                kinds.add("never_again")
        announced = "終止形" in w.conj or _has(words, i + 1, "ます") or _has(words, i + 1, "だけ")
        negated = c.at("negation", i + 1) and c.words[i + 1].conj != "終助詞"  # 「いくね」: ね ends it
        # 「もう いくね」, or going to a place with a drop (「うみに いく。さよなら」)
        soon = c.first("go_now", max(c.lo[i], i - 5), i) is not None or (
            c.first("place", max(c.lo[i], i - 3), i) is not None
            and c.first("later", c.lo[i], c.hi[i]) is None
        )
        if c.at("go", i) and announced and not negated and soon and not _asks(c, i, hi):
            found.append(i)
            kinds.add("going")
        if (
            c.at("born", i)
            and _conditional(words, i + 1)
            and c.first("next_time", max(0, i - 3), i) is not None
        ):
            found.append(i)
            alone = True
        if _has(words, i, "思い残す") and c.first("negation", i + 1, min(i + 6, len(words))) is not None:
            found.append(i)
            alone = True
        if _has(words, i, "忘れる") and _has(words, i + 1, "て") and _me_forgotten(c, i):
            found.append(i)
            alone = True
        if (
            c.at("message", i)
            and _has(words, i - 1, "の")
            and (_has(words, i - 2, "最後") or _has(words, i - 2, "さいご"))
        ):
            found.append(i)
            alone = True
        if w.pos == "形容詞" and w.conj.endswith("促音便") and _has(words, i + 1, "た"):
            # only with another kind: 「つらかったね、ありがとう」 is a thank-you, not an end
            kinds.add("looking_back")
    # 「もう あえないけど、たのしかったよ」: two kinds of ending together say it without a goodbye
    return found, alone or len(kinds) >= 2


def _farewell(c: _Ctx, signals: bool) -> list[Hit]:
    words = c.words
    hits: list[Hit] = []
    everyday = c.first("farewell_everyday") is not None or c.read("farewell_everyday")
    finals, final_alone = ([], False) if everyday else _finals(c)
    if final_alone:
        first, last = (finals[0], finals[-1]) if finals else (0, len(words) - 1)
        hits.append(Hit("farewell", "plan", "imminent", words[first].start, words[last].end))
        return hits
    for i, w in enumerate(words):
        if (c.at("goodbye", i) or _see_you(words, i)) and any(f != i for f in finals):
            # a goodbye, and the text says elsewhere that it is the end
            hits.append(Hit("farewell", "plan", "imminent", w.start, w.end))
            continue
        if c.at("final_goodbye", i) and not everyday:
            hits.append(Hit("farewell", "plan", "imminent", w.start, w.end))
            continue
        if c.at("parting", i) and not everyday:
            lo, hi = c.sentence(i)
            if c.first("addressee", max(lo, i - 3), min(hi, i + 4)) is not None:
                hits.append(Hit("farewell", "plan", "imminent", w.start, w.end))
                continue
        if c.at("goodbye", i):
            fin = c.first("finality", max(0, i - 6), i)
            if fin is None:
                fin = c.first("finality", i + 1, min(len(words), i + 7))
            if fin is not None and not everyday:
                hits.append(Hit("farewell", "plan", "imminent", w.start, words[max(fin, i)].end))
            continue
        if c.at("letter", i):
            _lo, hi = c.sentence(i)
            done = c.first("write", i + 1, min(i + 6, hi))
            if done is None:
                continue
            past = any(
                _has(words, q, "た") or _has(words, q, "てある") or _has(words, q, "終わる")
                for q in range(done, min(done + 4, len(words)))
            )
            left = any(words[q].keys & _LEAVE for q in range(done, len(words)))
            # 「てがみ かいて ベッドに おいた」: leaving it done completes the writing too
            left_done = any(
                words[q].keys & _LEAVE and _has(words, q + 1, "た") for q in range(done + 1, len(words))
            )
            if not past and not left_done:
                continue
            to_all = c.first("addressee", max(0, i - 3), i) is not None
            if (
                _has(words, i, "遺書")
                or _has(words, i, "遺言")
                or (
                    (signals or finals or left or to_all or c.near_any(("goodbye", "finality")))
                    and not everyday
                )
            ):
                hits.append(Hit("farewell", "plan", "imminent", w.start, words[done].end))
            continue
        if c.at("give", i):
            near = range(max(0, i - 8), min(len(words), i + 1))
            if not any(c.at("treasure", q) for q in near):
                continue
            parting = (
                finals
                or c.near_any(("goodbye", "finality"))
                or any(_see_you(words, q) for q in range(len(words)))
            )
            if (signals or parting or c.first("not_needed", i + 1) is not None) and not everyday:
                past = any(_has(words, q, "た") for q in range(i, min(i + 3, len(words))))
                unneeded = _has_unneeded(c, i)
                if (past or unneeded) and (signals or parting or unneeded):
                    # the things given are no frame (「ゲームも まんがも あげた」): note "given"
                    hits.append(
                        Hit("farewell", "plan", "imminent", words[max(0, i - 1)].start, w.end, "given")
                    )
            continue
        if c.at("prepared", i):
            _lo, hi = c.sentence(i)
            done = c.first("prepared_done", i + 1, min(i + 4, hi))
            if done is None:
                continue
            past = any(
                _has(words, q, "た") or _has(words, q, "てる") or _has(words, q, "てある")
                for q in range(done, min(done + 3, len(words)))
            )
            if past and (signals or c.first("goodbye") is not None) and not everyday:
                hits.append(Hit("farewell", "plan", "imminent", w.start, words[done].end))
    return hits


def _has_unneeded(c: _Ctx, i: int) -> bool:
    words = c.words
    for q in range(i + 1, min(i + 12, len(words))):
        if (
            _has(words, q, "要る")
            or _has(words, q, "いる")
            or _has(words, q, "必要")
            or _has(words, q, "使う")
        ) and c.at("negation", q + 1):
            return True
    return False


def _abuse_home(c: _Ctx) -> list[Hit]:
    words = c.words
    hits: list[Hit] = _marks_hidden(c)
    if not c.near("home"):
        return hits
    hits.extend(_home_harm(c))
    everyday = c.first("violence_everyday") is not None or c.read("violence_everyday")
    for i, w in enumerate(words):
        if not c.at("violence", i):
            continue
        passive = any(
            _has(words, q, "れる")
            or _has(words, q, "られる")
            or _has(words, q, "てくる")
            or _has(words, q, "来る")
            for q in range(i + 1, min(i + 4, len(words)))
        )
        by_family = c.first("home", max(0, i - 6), i) is not None
        mark = c.at("violence", i) and (
            _has(words, i, "痣") or _has(words, i, "あざ") or _has(words, i, "傷") or _has(words, i, "火傷")
        )
        if everyday and not (passive and by_family):
            continue
        if c.first("violence_everyday", i + 1, i + 4) is not None:
            continue  # 「たたかれた布団」: the thing was hit
        if passive or (by_family and mark):
            hits.append(Hit("abuse_home", "abuse", "high", w.start, w.end))
    return hits


def _marks_hidden(c: _Ctx) -> list[Hit]:
    """「あざ かくすために ながそで」: marks on the body, hidden."""
    words = c.words
    hits: list[Hit] = []
    for i, w in enumerate(words):
        if not words[i].keys & {"痣", "あざ", "傷", "きず", "火傷", "やけど"}:
            continue
        hidden = c.first("hide", i + 1, min(i + 8, c.hi[i]))
        if hidden is not None:
            hits.append(Hit("abuse_home", "abuse", "high", w.start, words[hidden].end, "hidden"))
    return hits


def _home_harm(c: _Ctx) -> list[Hit]:
    """Harm at home beyond a blow: words that wish the child gone said by a carer
    (「おやに しねって いわれる」), a carer hitting the other (「パパが ママを なぐってて」), a
    carer not coming home (「おやが いえに かえってこない」)."""
    words = c.words
    hits: list[Hit] = []
    for i, w in enumerate(words):
        if c.at("say", i) and words[i + 1 : i + 2] and words[i + 1].keys & _PASSIVE:
            quoted = c.first("cruel_word", max(c.lo[i], i - 5), i)
            if quoted is not None and c.first("carer", max(c.lo[i], quoted - 4), quoted) is not None:
                hits.append(Hit("abuse_home", "abuse", "high", words[quoted].start, words[i + 1].end))
                continue
        other_carer = c.at("carer", i - 2) and c.first("carer", max(c.lo[i], i - 5), i - 2) is not None
        if c.at("violence", i) and _has(words, i - 1, "を") and other_carer:
            hits.append(Hit("abuse_home", "abuse", "high", words[i - 2].start, w.end, "witnessed"))
            continue
        if _has(words, i, "帰る") and c.first("carer", max(c.lo[i], i - 5), i) is not None:
            back = c.first_key(("来る", "くる"), i + 1, i + 4)
            if back is not None and c.at("negation", back + 1):
                hits.append(Hit("abuse_home", "abuse", "high", w.start, words[back + 1].end, "neglect"))
    return hits


def find(text: str, *, signals: bool = False, prepared: str | None = None) -> tuple[str, list[Hit]]:
    """The prepared text and every construction found in it.

    ``signals``: the word lists already found something worrying in the text, which
    makes a place or a finished letter count as "now".
    """
    unmasked = _unmask(text)
    if prepared is None:
        prepared = _rescue(unmasked)
    hits = _find(words_of(prepared), signals, reading(prepared))
    hard = _unmask(text, True)
    if any(_is_kata(ch) for ch in unmasked) or hard != unmasked:
        # Katakana spellings of verbs (「シニタイ」) are words Sudachi does not know, and
        # slipped-in small っ may hide one: read the text once more in hiragana with them
        # gone (offsets hold only when nothing was dropped; else the span is the whole text).
        kana = _rescue(jaconv.kata2hira(hard))
        if len(kana) == len(prepared):
            strong = signals or any(h.level in CRISIS for h in hits)
            hits.extend(_find(words_of(kana), strong, kana))
    return prepared, hits


def _find(words: list[Word], signals: bool, kana: str) -> list[Hit]:
    c = _Ctx(words, kana)
    hits: list[Hit] = []
    hits.extend(_wish(c))
    hits.extend(_not_live(c))
    hits.extend(_burden(c))
    hits.extend(_method_question(c, signals))
    hits.extend(_means_question(c, signals))
    hits.extend(_overdose(c))
    hits.extend(_at_hand(c))
    strong = signals or any(h.level in CRISIS for h in hits)
    hits.extend(_place_now(c, strong))
    hits.extend(_farewell(c, strong))
    hits.extend(_abuse_home(c))
    return hits


def wants_person(text: str) -> bool:
    """Does the writer wish for a person (「だれかと はなしたい」「ひとに きいてほしい」
    「そうだん したい」)?  The robot shows the card for it (``rooms/robot/care.py``)."""
    words = words_of(prepare(text[:MAX_CHARS]))
    c = _Ctx(words, "")
    for i in range(len(words)):
        if not c.at("talk", i):
            continue
        # the wish right after: 話し+たい, 聞い+て+ほしい, 相談+し+たい, 聞い+て+もらい+たい
        wish = c.first("wish_for", i + 1, i + 5)
        if wish is None or words[wish].sentence != words[i].sentence:
            continue
        if c.first("negation", i + 1, wish + 2) is not None:
            continue  # 「はなしたくない」
        if "相談" in words[i].keys or c.first("person", max(0, i - 5), i) is not None:
            return True
        if _has(words, i - 2, "話") or _has(words, i - 2, "はなし"):
            return True  # 「はなしを きいてほしい」
    return False


def says_farewell(text: str) -> bool:
    """A goodbye with a word of finality (「いままで ありがとう」「さよなら、もう こない」), even
    where the risk rules see an everyday one: to the robot, the card costs nothing."""
    words = words_of(prepare(text[:MAX_CHARS]))
    c = _Ctx(words, "")
    for i in range(len(words)):
        if c.at("final_goodbye", i):
            return True
        if c.at("goodbye", i) and (
            c.first("finality", max(0, i - 6), i) is not None or c.first("finality", i + 1, i + 7) is not None
        ):
            return True
    return False


def wishes_to_die(text: str) -> bool:
    """Is there a wish to die or vanish in ``text`` (the ``wish`` construction alone, for
    names: 「しにたがり」, 「きえたがり」)?"""
    words = words_of(prepare(text[:MAX_CHARS]))
    c = _Ctx(words, "")
    return any(h.level == "high" for h in (*_wish(c), *_not_live(c)))
