"""Insults and sexual words read as the words a name is made of (branch namesinsult, issue 11):
the vocabulary new writers used and no list held, grouped by kind, and the constructions that
make an ordinary word an insult when it is said of a person.

The words are matched as they are written (``spelled_keys``), in hiragana: katakana is
hiragana (「ブッサ」 is ぶっさ), a ー only where the word holds a vowel (``_spellings``:
「うるせー」 is うるせえ, but 「ショージョ」 is 少女, no 処女 しょじょ, and 「ドージン」 同人, no 土人),
kanji only as the words that frame one (``_KANJI_FRAMES``: 「お前ブッサ」, 「ホモ野郎」); any other
kanji word is matched by its kanji spellings (「黙れ」, 「出来損ない」) and Sudachi's normalized form
(``_KANJI_INSULTS`` / ``_KANJI_SEXUAL``: 「陰茎」, 「寝取られ」 is 寝取る + れる), never by its reading
(「御釜」 is a pot, 「草尾」 a surname, 「入林」, 「寝鳥」 no 乳輪 or 寝取り).  Romaji is read only for
the words of ``_ROMAJI_WORDS`` (「Okama」, 「h0m0」, 「bu55a」): Hepburn drops the long vowels and a
short word in it is as often another word or a name (「shojo」, 「dojin」, 「Kusao」, 「Dabo」,
「Manman」).  (The review of the branch, 1,027 probes, found these read by Sudachi's readings
and romaji turned into kana: 27 ordinary names refused, all passing since.)
Three readings, each anchored or on Sudachi's word edges, never a substring anywhere:

* a word of ``INSULT_WORDS`` / ``SEXUAL_WORDS`` as the whole name, alone or framed by a word
  for the one spoken to (「おまえ」, 「あいつ」, 「きみは」), a word for a person glued after it
  (〜やろう, 〜おんな, 〜おとこ, 〜づら), a kind ending (「ホモくん」, 「オナホちゃん」; not
  ``_KIND_ENDING_ORDINARY``: 「まんまんちゃん」 is the Buddha) and endings (「ぶっさおまえ」,
  「こじきやろう」, 「ちんげだよw」); the same letters inside an ordinary word pass
  (「ちんげんさい」, 「まんげきょう」, 「せいしゅん」, 「だぼだぼ」, 「でんまーく」), and so does a
  word said again and again before endings (「だぼだぼだ」, 「ちびちびね」);
* a word of those groups of three kana or more that Sudachi reads as a word of its own inside a
  longer name (「うみがデリヘル」), unless it lies in an allow-listed word (おかま after の is a
  pot: 「ごはんのおかま」);
* a word of ``AIMED_WORDS`` — animals, vermin, lowly standing, a handicap — only when said of a
  person: with a word for the one spoken to or a person glued to it (「さるやろう」,
  「カバおんな」, 「サル顔」, 「ゴキブリやろう」, 「きみはさる」, 「ていへんおんな」); alone they are
  animals and words (「ゴリラ」, 「さる」, 「ごきぶり」, 「ゆとり」, 「ゴリラすき」, 「おさるのジョージ」).

``FAST_PATH_GATE`` is the fast path's question (in ``names._FAST_PATH_GATE``): a plain name
holding any of these words (or a framing word with an aimed one) is sent the long way, so both
ways give one answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from safety.allow_list import ALLOW_LIST
from safety.morphology import Token, tokens
from safety.normalize import VOWEL_OF, romaji_kana
from safety.translation import kata2hira
from safety.word_search import any_word_pattern

# a vowel letter holding the vowel before it (「うるせえ」, 「のうたりん」, 「べろちゅう」), which may be
# written ー as well; the vowel said for a ー written in a listed word
_HOLDS = {"a": "あ", "i": "い", "u": "う", "e": "えい", "o": "うお"}
_VOWEL_FOR_BAR = {"a": "あ", "i": "い", "u": "う", "e": "え", "o": "う"}


def _spellings(word: str) -> tuple[str, ...]:
    """A listed word as it may be written: each held vowel as its letter or as ー
    (「うるせえ」, 「うるせー」; 「ちんぱんじー」, 「ちんぱんじい」).  A word is matched as it is said,
    so a ー where the word has no long vowel makes another word (「ショージョ」 is 少女, no
    処女 しょじょ; 「ドージン」 同人, no 土人); words in ``_VOWEL_AS_WRITTEN`` only with the letter."""
    out = [""]
    prev = ""
    for letter in word:
        vowel = VOWEL_OF.get(prev, "")
        if word not in _VOWEL_AS_WRITTEN and (letter in _HOLDS.get(vowel, "") or letter == "ー") and vowel:
            held = _VOWEL_FOR_BAR[vowel] if letter == "ー" else letter
            out = [o + c for o in out for c in (held, "ー")]
        else:
            out = [o + letter for o in out]
        if letter != "ー":
            prev = letter
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Vocabulary.  Hiragana as the word is said, a long vowel as its letter or ー (``_spellings``
# writes it both ways), and the kanji spellings children write (「黙れ」, 「足フェチ」).  Each group
# says why a name made of it is refused; none is a word an ordinary name is (``AIMED_WORDS``).

# fmt: off
INSULT_GROUPS: dict[str, tuple[str, ...]] = {
    # Calling someone stupid or brain-damaged: an attack on intelligence, the commonest put-down
    # among children, in words the lists lacked (脳足りん, 頭パー, 〜面 of a fool).
    "intelligence": (
        "のたりん", "のうたりん", "のうみそからっぽ", "のみそからっぽ", "あたまぱ", "あたまぱあ",
        "あたまぱー", "頭ぱー", "頭ぱあ", "ばかづら", "あほづら", "まぬけづら", "ちのうひくい",
        "ばかまるだし", "あほまるだし",
        "うすらばか", "うすらとんかち", "おおばかもの", "ばかもの", "ばかもん", "とんちき", "おたんちん",
        "すっとこ", "とうへんぼく",
    ),
    # Disability turned into a slur (ガイジ-type: 外+キチ, げえじ, アスペ, コミュ障): slurs on
    # disability hurt whoever has one, whatever the bearer means.
    "disability_slurs": (
        "がいきち", "げえじ", "げぇじ", "あすぺ", "こみゅしょう", "こみゅしょ", "びっこ",
        "しょうがいじかよ", "しょうがいしゃかよ",
    ),
    # Looks and body mocked (ugly, fat, skinny, bald, buck teeth): the put-downs children get
    # most often about their bodies.
    "looks": (
        "ぶっさ", "ぶっさいく", "ぶさお", "ぶすお", "ぶさこ", "でぶっちょ", "きもがお", "きもめん",
        "がんめんふじゆう", "がんめんへんさちひくい", "がんめんへんさちぜろ", "顔面不自由",
        "顔面偏差値ひくい", "顔面偏差値低い", "顔面偏差値ぜろ", "顔面偏差値0", "ひょろがり",
        "はげちゃびん", "ちびでぶ", "でぶちび", "ちんちくりん", "ぶたづら", "ぶたがお", "ぶさがお",
        "でぶがお", "さるがお", "さるづら", "ごりらがお", "かばがお",
    ),
    # Smell said of a person: a put-down that isolates a child (くさお: 臭い + 男の子の名).
    "smell": (
        "くさお", "くっさ", "くっさい", "くせえ", "くっせえ", "くっせ",
        "どぶくさい", "こうしゅうおんな", "こうしゅうやろう", "わきがやろう",
    ),
    # Poverty and lowly standing as an insult (情弱, 乞食 in kanji: こじき alone is also 古事記):
    # contempt for a person's standing.
    "standing": ("じょうじゃく", "ひきにと", "ひきにいと", "ひきにーと", "こどおば", "こじきやろう"),
    # A person called worthless, a failure or a defective product.
    "worthless": (
        "できそこない", "出来損ない", "出来そこない", "しっぱいさく", "失敗作", "ふりょうひん", "不良品",
        "むしけら", "いぬちくしょう", "ごみやろう",
        "だめにんげん", "くずにんげん", "かすにんげん", "ぽんこつやろう", "ざこやろう", "みじんこいか",
        "むしいか", "さるいか", "ごみいか", "あたまからっぽ", "きらわれもの", "きらわれもん",
        "みんなのきらわれもの", "よわよわざこ",
    ),
    # Dialect and old-fashioned abuse the lists lacked (神戸 だぼ, 北陸 だらすけ, ばかたれ).
    "dialect": ("だぼ", "だらすけ", "ばかたれ", "ばかたり", "あほちゃう", "あほちゃうか", "あほんだらけ"),
    # Orders to shut up or get lost and taunts: said as a name, they are aimed at whoever reads it.
    "orders_and_taunts": (
        "だまれ", "だまってろ", "だまっとけ", "だまれや", "うるせえ", "うるせ", "うるさいんだよ",
        "なめんな", "なめんなよ", "なめてんのか", "ざけんな", "ふざけんな", "ぶっとばす", "ぶっとばすぞ",
        "でてけ", "でていけ", "ちかよるな", "ちかよんな", "さわんな", "あっちいけ", "ぶっとばされたいか",
        "黙れ", "黙ってろ", "黙っとけ", "黙れや", "出てけ", "出ていけ", "近寄るな",
    ),
    # Slurs on origin, sexuality and gender (土人, ジャップ, オカマ, ホモ, レズ as attacks): a
    # name may not carry a slur against a group of people.
    "group_slurs": (
        "どじん", "じゃっぷ", "くろんぼ", "ちゃんころ", "しなじん", "おかま", "おかまやろう", "ほも",
        "ほもやろう", "れずかよ", "れずやろう", "ほもかよ", "おかまかよ", "黒んぼ",
    ),
}

SEXUAL_GROUPS: dict[str, tuple[str, ...]] = {
    # Genitals and pubic hair in slang and in medical words children use as jokes.
    "genitals": (
        "ちんげ", "ちん毛", "まんげ", "まん毛", "まんまん", "おめこ", "めこすじ", "たまきん", "いんけい",
        "いんのう", "くりとりす", "ばぎな", "きょこん", "そちん", "ずるむけ", "ふにゃちん", "でかちん",
        "てまん", "てまんこ",
    ),
    # Breasts and buttocks as sexual slang.
    "breasts_buttocks": (
        "ちっぱい", "びにゅう", "美乳", "ぷりけつ", "しりあな", "尻穴", "あなる", "にゅうりん", "でかぱい",
    ),
    # Sexual acts and their net slang.
    "acts": (
        "ぱこる", "ぱこりたい", "ずこばこ", "ぬきぬき", "しゃぶれ", "しゃぶれよ", "おなる", "おなにすと",
        "あくめ", "あへがお", "あえぎごえ", "よばい", "すまた", "あしこき", "足こき", "しっくすないん",
        "べろちゅ",
        "べろちゅう", "べろちゅー", "でぃぷきす", "でぃーぷきす", "がんしゃ", "せいしでる", "よるのおかず",
    ),
    # Sex toys, love hotels and the sex industry.
    "toys_and_shops": (
        "おなほ", "ばいぶ", "でぃるど", "おとなのおもちゃ", "うりせん", "ぴんさろ", "ほてへる",
        "ぎゃらのみ", "やりさ", "らぶほ", "らぶほてる", "らぶほいこ", "でりへる", "ふうぞくじょう",
        "えぶいじょゆう", "えいぶいじょゆう", "えーぶいじょゆう", "えろどうが", "電ま", "でんま", "ぢるど",
    ),
    # Fetishes and sexual labels (寝取られ, 種付け, ふたなり, ペド): sexual content a child's
    # name must not carry, and ペド names a danger to children.
    "fetishes": (
        "すかとろ", "ぺど", "ぺどやろう", "ぺどふぃりあ", "ふたなり", "ねとられ", "ねとり", "ねとらせ",
        "たねつけ", "はらませ", "はらませたい", "孕ませ", "孕ませたい", "寝取られ", "寝取らせ",
        "きんばく", "せいへき", "性へき", "のーぱん", "のーぶら",
        "まっぱだか", "しょじょ", "させこ", "ちじょ", "あしふぇち", "むねふぇち", "しりふぇち",
        "わきふぇち", "ふとももふぇち", "においふぇち", "足ふぇち", "胸ふぇち", "尻ふぇち",
        "脇ふぇち", "太ももふぇち", "匂いふぇち", "臭いふぇち",
    ),
}

# Words that are animals, vermin, a standing or a condition — ordinary alone (「ゴリラ」, 「さる」,
# 「ゆとり」), a put-down only said of a person (module doc): comparing a person to an animal or
# vermin, or calling their standing a fault, is the insult.
_AIMED_AS_LISTED: tuple[str, ...] = (
    "さる", "ごりら", "かば", "ぶた", "ごきぶり", "どぶねずみ", "ねずみ", "れず", "むし", "うじ",
    "うじむし", "みじんこ", "たこ", "だに", "がいちゅう", "ちんぱんじ", "ちんぱんじー", "おらうたん",
    "おらんうーたん", "ぶたごりら",
    "ていへん", "にと", "にいと", "にーと", "ゆとり", "こじき", "びんぼう", "ぼっち", "ねくら", "おたく",
    "めんへら", "ぽんこつ", "へなちょこ", "こうしゅう", "たいしゅう", "わきが", "でっぱ", "がりがり",
    "しょうがいしゃ", "しょうがい",
    # (in kanji: 「猿やろう」, 「障害者かよ」)
    "猿", "河馬", "豚", "鼠", "溝鼠", "虫", "蛆", "蛆虫", "微塵子", "蛸", "害虫", "底辺", "貧乏", "根暗",
    "障害者", "障害",
)
# Words whose long vowel is a letter only: 「ゲージ」 is a gauge, 「げえじ」 the slur
_VOWEL_AS_WRITTEN = frozenset({"げえじ"})
# Romaji is read for these words only: Hepburn drops the long vowels and a short word in it is
# as often another word or a name (「shojo」 is 少女, 「dojin」 同人, 「Kusao」 草尾, 「Dabo」 and
# 「Manman」 names), so a word is read from romaji only when listed here, as written in romaji
_ROMAJI_WORDS: tuple[str, ...] = (
    "notarin", "noutarin", "bakazura", "ahozura", "bakamono", "otanchin", "gaikichi", "geeji",
    "komyushou", "bussa", "bussaiku", "busao", "busuo", "busako", "debucchou", "kimogao",
    "kimomen", "hyorogari", "hagechabin", "chibidebu", "debuchibi", "chinchikurin", "butazura",
    "kussa", "kussee", "kusee", "dekisokonai", "furyouhin", "mushikera", "gomiyarou",
    "kuzuningen", "kasuningen", "bakatare", "damare", "damattero", "urusee", "zakenna",
    "fuzakenna", "buttobasu", "deteke", "deteike", "jappu", "kuronbo", "chankoro", "shinajin",
    "okama", "okamayarou", "homo", "homoyarou", "chinge", "omeko", "tamakin", "inkei",
    "kuritorisu", "bagina", "kyokon", "sochin", "zurumuke", "funyachin", "dekachin", "chippai",
    "joujaku", "binyuu", "purikets", "puriketsu",
    "shiriana", "nyuurin", "dekapai", "pakoru", "zukobako", "nukinuki",
    "shabure", "onaru", "onanisuto", "akume", "ahegao", "aegigoe", "yobai", "sumata", "ashikoki",
    "berochu", "berochuu", "gansha", "onaho", "baibu", "dirudo", "urisen", "pinsaro", "hoteheru", "deriheru",
    "rabuho", "rabuhoteru", "sukatoro", "pedo", "pedoyarou", "pedofiria", "futanari", "netorare",
    "netorase", "tanetsuke", "haramase", "kinbaku", "seiheki", "saseko", "chijo",
)
# fmt: on
AIMED_WORDS: tuple[str, ...] = tuple(dict.fromkeys(v for w in _AIMED_AS_LISTED for v in _spellings(w)))

# A word for the one spoken to, before the word (with a particle or none) or after it.
_ADDRESS = (
    "おまえ",
    "おめえ",
    "おまい",
    "てめえ",
    "てめ",
    "あんた",
    "きさま",
    "こいつ",
    "あいつ",
    "そいつ",
    "おまえら",
    "てめえら",
    "あんたら",
    "こいつら",
    "あいつら",
)
# きみ only with a particle (「きみはさる」): glued, it is a given name's start (「きみか」)
_ADDRESS_WITH_PARTICLE = ("きみ", "おまえ", "あんた", "あいつ", "こいつ", "そいつ", "てめえ")
_PARTICLE = ("は", "って", "が", "も", "まじ", "ほんと")
# A person glued after the word: 〜野郎, 〜女, 〜男, 〜面/〜顔, 〜以下, 〜め
_PERSON = ("やろう", "やろ", "おんな", "おとこ", "づら", "がお", "かお", "いか", "め", "やつ", "じょ")
# after an aimed word only the person itself (「いぬがお」 is a cute face, 「たこいか」 two
# animals, 「とどめ」 a finishing blow)
_AIMED_PERSON = ("やろう", "やろ", "おんな", "おとこ", "やつ")
# Endings: copulas, questions, dialect and laughter
_ENDINGS = (
    "だ",
    "だな",
    "だね",
    "だよ",
    "だろ",
    "だろう",
    "だわ",
    "だぞ",
    "かよ",
    "か",
    "じゃん",
    "じゃね",
    "じゃねえか",
    "やん",
    "やな",
    "やろ",
    "やんけ",
    "やで",
    "すぎ",
    "すぎる",
    "すぎw",
    "め",
    "が",
    "w",
    "ww",
    "www",
    "わら",
    "くさ",
    "よ",
    "ね",
    "な",
    "ぞ",
    "ぜ",
    "!",
    "!!",
    "?",
    "っ",
    "wwww",
    "ー",
    "〜",
)
# A kind ending after the word (「ホモくん」, 「オナホちゃん」): the word is still what the name
# calls its bearer
_HONORIFICS = ("ちゃん", "くん", "さん", "たん", "さま", "ちゃま")
# words that with a kind ending are someone or something dear: 「まんまんちゃん」 is the Buddha
# in Kansai children's words, 「くさおくん」 a boy named 草尾, 「だぼちゃん」 a pet's name
_KIND_ENDING_ORDINARY = frozenset({"まんまん", "くさお", "だぼ"})


def _alt(words: Iterable[str]) -> str:
    return any_word_pattern(words)


INSULT_WORDS: frozenset[str] = frozenset(
    v for ws in INSULT_GROUPS.values() for w in ws for v in _spellings(w)
)
SEXUAL_WORDS: frozenset[str] = frozenset(
    v for ws in SEXUAL_GROUPS.values() for w in ws for v in _spellings(w)
)

_ADDR = _alt(_ADDRESS)
_ADDR_P = f"(?:{_alt(_ADDRESS)}(?:{_alt(_PARTICLE)})?|{_alt(_ADDRESS_WITH_PARTICLE)}(?:{_alt(_PARTICLE)}))"
_END = f"(?:{_alt(_ENDINGS)})*"
# before an aimed word, no が: 「きみがさる」 is "you leave" (去る; the review of names round m)
_AIMED_ADDR_P = (
    f"(?:{_alt(_ADDRESS)}(?:{_alt(p for p in _PARTICLE if p != 'が')})?"
    f"|{_alt(_ADDRESS_WITH_PARTICLE)}(?:{_alt(p for p in _PARTICLE if p != 'が')}))"
)
_PERS = _alt(_PERSON)


def _said(words: Iterable[str]) -> re.Pattern[str]:
    """The word alone or framed: addressed before it, a person glued after it, a kind ending
    after it (「ホモくん」), endings, or the one spoken to after it (module doc)."""
    words = tuple(words)
    w = _alt(words)
    kind = _alt(word for word in words if word not in _KIND_ENDING_ORDINARY)
    return re.compile(
        f"(?:{_ADDR_P})?(?:{w})(?:{_PERS})?{_END}|(?:{kind})(?:{_alt(_HONORIFICS)}){_END}"
        f"|(?:{w}){_END}(?:{_ADDR}){_END}"
    )


def _aimed(words: Iterable[str]) -> re.Pattern[str]:
    """An aimed word said of a person: a person glued after it, or the one spoken to before or
    after it."""
    w = _alt(words)
    return re.compile(
        f"(?:{_AIMED_ADDR_P})?(?:{w})(?:{_alt(_AIMED_PERSON)}){_END}|(?:{_AIMED_ADDR_P})(?:{w}){_END}|(?:{w}){_END}(?:{_ADDR}){_END}"
    )


_INSULT_SAID = _said(INSULT_WORDS)
_FROM_ROMAJI = frozenset(v for w in _ROMAJI_WORDS for v in _spellings(romaji_kana(w)))
_INSULT_SAID_ROMAJI = _said(INSULT_WORDS & _FROM_ROMAJI)
# Two insults glued (「ばかかす」, 「あほかす」, 「ぶすでぶ」): the short listed ones, which alone
# the lists refuse as whole words only, are an insult whenever another insult is glued to them
_SHORT_INSULTS = (
    "ばか",
    "あほ",
    "ぶす",
    "でぶ",
    "ごみ",
    "くず",
    "かす",
    "ざこ",
    "はげ",
    "きも",
    "ぼけ",
    "ちび",
    "のろま",
    "まぬけ",
    "うざ",
)
_STACKED = re.compile(
    f"(?P<addressed>{_ADDR_P})?(?P<stack>(?:{_alt((*_SHORT_INSULTS, *INSULT_WORDS))}){{2,}})"
    f"(?P<person>{_PERS})?{_END}"
)
# a short insult and "though only …" (「ざこのくせに」, 「ばかのくせに」)
_THOUGH = re.compile(f"(?:{_ADDR_P})?(?:{_alt((*_SHORT_INSULTS, *INSULT_WORDS))})のくせ(?:に)?{_END}")
# a word said again and again is the lists' own reading (「かすかす」 is dry, 「ぼけぼけ」 its own)
_DOUBLED = re.compile(r"(.+?)\1+")
_SEXUAL_SAID = _said(SEXUAL_WORDS)
_SEXUAL_SAID_ROMAJI = _said(SEXUAL_WORDS & _FROM_ROMAJI)
_AIMED_SAID = _aimed(AIMED_WORDS)

# The words of three kana or more, looked for as Sudachi's words inside a longer name
_INSIDE_INSULT = frozenset(w for w in INSULT_WORDS if len(w) >= 3)
_INSIDE_SEXUAL = frozenset(w for w in SEXUAL_WORDS if len(w) >= 3)

# Kanji words by Sudachi's normalized form (and the ending that makes the verb sexual)
_KANJI_INSULTS = frozenset({"乞食", "土人", "出来損ない", "虫螻", "虫けら", "情弱", "池沼"})
_KANJI_SEXUAL = frozenset(
    {
        "陰茎",
        "睾丸",
        "包茎",
        "巨根",
        "膣",
        "陰嚢",
        "緊縛",
        "性癖",
        "種付け",
        "夜這い",
        "素股",
        "顔射",
        "電マ",
        "乳輪",
        "喘ぎ声",
    }
)
_KANJI_SEXUAL_VERBS = {
    "寝取る": frozenset({"れる", "られる", "せる", "ない"}),
    "孕む": frozenset({"せる", "させる"}),
}

# Latin words of the same groups no list held, as whole words of the name in lower case
_LATIN_SEXUAL = frozenset({"dildo", "blowjob", "handjob", "rimjob", "boner", "ahegao", "futanari", "paizuri"})
_LATIN_INSULTS = frozenset({"gaiji", "busu", "kimoi", "chink", "jap", "spastic", "spaz", "tranny"})
_LATIN_WORD = re.compile("[a-z]+")
# one kanji (CJK ideographs, compatibility ideographs, 々), as a class for the patterns below
_KANJI_RUN = "[\u3400-\u9fff\uf900-\ufaff々]"
_KANJI = re.compile(_KANJI_RUN)

# The fast path's question, one pattern for ``names._FAST_PATH_GATE``: every letter run a
# reading here needs — a word of the vocabulary or a short listed insult, or an aimed word with
# a framing word before or after it — so that a plain name holding one goes the long way
_AIMED_ANY = any_word_pattern(AIMED_WORDS)
_FRAME_ANY = any_word_pattern((*_ADDRESS, *_ADDRESS_WITH_PARTICLE, *_AIMED_PERSON))
FAST_PATH_GATE = (
    f"{any_word_pattern((*INSULT_WORDS, *SEXUAL_WORDS, *_SHORT_INSULTS))}"
    f"|{_AIMED_ANY}.*{_FRAME_ANY}|{_FRAME_ANY}.*{_AIMED_ANY}"
)
_GATE = re.compile(FAST_PATH_GATE)
# characters whose names are an aimed word and a person (ゲゲゲの鬼太郎's ねずみ男)
_CHARACTERS = frozenset({"ねずみおとこ"})


def said_reason(key: str, *, from_romaji: bool = False) -> str | None:
    """``insult`` when one hiragana spelling of the name (``spelled_keys``) is an insult of this
    vocabulary, alone or framed, or an aimed word said of a person; ``sexual`` when it is a
    sexual word of it, alone or framed; else None (module doc).  ``from_romaji``: the kana were
    read from romaji, and only the words of ``_ROMAJI_WORDS`` are read in them."""
    if _GATE.search(key) is None:
        return None
    stacked = _STACKED.fullmatch(key)
    if (
        (_INSULT_SAID_ROMAJI if from_romaji else _INSULT_SAID).fullmatch(key) is not None
        or (_AIMED_SAID.fullmatch(key) is not None and key not in _CHARACTERS)
        or _THOUGH.fullmatch(key) is not None
        or (stacked is not None and not _said_again(stacked))
    ):
        return "insult"
    return (
        "sexual"
        if (_SEXUAL_SAID_ROMAJI if from_romaji else _SEXUAL_SAID).fullmatch(key) is not None
        else None
    )


def _said_again(stacked: re.Match[str]) -> bool:
    """Whether the insults stacked are one word said again and again, with nothing but endings
    after it (「かすかすだ」, 「ぼけぼけw」, 「だぼだぼだ」 are dry, dazed, baggy): the endings are
    no person it is said of, while 「おまえかすかす」 and 「ざこざこやろう」 are."""
    return (
        stacked.group("addressed") is None
        and stacked.group("person") is None
        and _DOUBLED.fullmatch(stacked.group("stack")) is not None
    )


# Kanji read as the words that frame a vocabulary word (「お前ブッサ」, 「ホモ野郎」, 「ブス女」): any
# other kanji stay kanji, matched by the kanji lists only — a kanji word's reading is another
# word (御釜 is a pot and a crater lake, 草尾 a surname, 入林 and 寝鳥 no 乳輪 or 寝取り)
_KANJI_FRAMES = {
    "貴様": "きさま",
    "野郎": "やろう",
    "女": "おんな",
    "男": "おとこ",
    "顔": "がお",
    "面": "づら",
    "以下": "いか",
    "奴": "やつ",
}
_KANJI_RUN_RE = re.compile(f"{_KANJI_RUN}+")
_YOU = re.compile(f"お前(?!{_KANJI_RUN})")
# a frame glued after a kanji word of the vocabulary is read too (「猿野郎」, 「豚女」)
_KANJI_VOCABULARY = frozenset(
    w for w in (*INSULT_WORDS, *SEXUAL_WORDS, *AIMED_WORDS) if _KANJI.search(w) and _KANJI_RUN_RE.fullmatch(w)
)


def _framed_run(run: str) -> str:
    """A kanji run read as a framing word, or as a kanji word of the vocabulary with one
    glued after it (「猿野郎」 is 猿やろう); any other run as written (「少女」 holds no 女)."""
    if run in _KANJI_FRAMES:
        return _KANJI_FRAMES[run]
    for frame, said in _KANJI_FRAMES.items():
        if run.endswith(frame) and run[: -len(frame)] in _KANJI_VOCABULARY:
            return run[: -len(frame)] + said
    return run


_LATIN_LETTER = re.compile("[A-Za-z]")


def spelled(text: str) -> str:
    """``text`` in hiragana as written: kanji kept but the framing words (``_KANJI_FRAMES``),
    ー kept (``_spellings``)."""
    if _KANJI.search(text):
        text = _KANJI_RUN_RE.sub(lambda m: _framed_run(m.group(0)), _YOU.sub("おまえ", text))
    return kata2hira(_MARK.sub("", text).lower())


# marks and pictures around or among the letters are no part of a word (「ホモ_」, 「~きょこん★」,
# 「・はらませ」), nor is a lone Latin letter beside kana (「いぬちくしょうz」, 「らぶほてるB」)
_MARK = re.compile("[^ぁ-ゖァ-ヺー\u3400-\u9fff\uf900-\ufaff々A-Za-z0-9]")
# a name with a ー in two places or more is stretched speech, no long vowel (「ヒーョローガーリー」)
_STRETCHED = 2
_LONE_LATIN = re.compile("(?<![A-Za-z])[A-Za-z](?![A-Za-z])")


def spelled_keys(undisguised: str, texts: Iterable[str]) -> dict[str, bool]:
    """The name's spellings in hiragana (``spelled``): as written, and each other spelling the
    views read (disguises undone, romaji in kana) — each with whether its kana were read from
    romaji, where only the words of ``_ROMAJI_WORDS`` are read.  No Sudachi reading: the words are
    matched as they are written (module doc)."""
    keys = {spelled(undisguised): False}
    if undisguised.count("ー") >= _STRETCHED:
        keys.setdefault(spelled(undisguised.replace("ー", "")), False)
    if _LONE_LATIN.search(undisguised):
        keys.setdefault(spelled(_LONE_LATIN.sub("", undisguised)), False)
    from_romaji = _LATIN_LETTER.search(undisguised) is not None
    bare = undisguised.replace("ー", "")
    for text in texts:
        if "ー" in undisguised and text == bare:
            continue  # (the unmasking drops a held ー: 「しょーじょ」 is no しょじょ)
        keys.setdefault(spelled(text), from_romaji)
    return keys


def insult_words_reason(undisguised: str, unmasked: str, texts: Iterable[str]) -> str | None:
    """``insult`` or ``sexual`` when the name says a word of this vocabulary (``said_reason`` on
    each spelling, then ``words_inside`` as written and unmasked), else None."""
    keys = spelled_keys(undisguised, texts)
    said = next(filter(None, (said_reason(key, from_romaji=romaji) for key, romaji in keys.items())), None)
    if said is not None:
        return said
    inside = words_inside(undisguised)
    if inside is None and unmasked != undisguised:
        inside = words_inside(unmasked, from_romaji=_LATIN_LETTER.search(undisguised) is not None)
    return inside


def _allowed_span(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` of ``text`` lies inside an allow-listed word written there."""
    key = kata2hira(text)
    return any(
        s <= start and end <= s + len(word)
        for word in _ALLOWED
        if word in key
        for s in _occurrences(key, word)
    )


_ALLOWED = tuple(dict.fromkeys(kata2hira(w) for w in ALLOW_LIST.words))


def _occurrences(text: str, word: str) -> Iterable[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def words_inside(text: str, *, from_romaji: bool = False) -> str | None:
    """``insult`` or ``sexual`` when Sudachi reads a word of this vocabulary (three kana or more,
    as written in kana, or a kanji word by its normalized form) as a word of its own in
    ``text``, or None.  ``from_romaji``: only the words of ``_ROMAJI_WORDS`` are read."""
    latin_words = _LATIN_WORD.findall(text.lower())
    # (every word looked for is Latin, holds a kanji or is a run of the gate's letters)
    if not latin_words and _KANJI.search(text) is None and _GATE.search(kata2hira(text)) is None:
        return None
    for latin in latin_words:
        if latin in _LATIN_SEXUAL:
            return "sexual"
        if latin in _LATIN_INSULTS:
            return "insult"
    # (a kanji word Sudachi cuts in two: 「顔射」 is 顔 + 射)
    for run in _KANJI_WORDS_RUN.findall(text):
        if run in _KANJI_INSULTS:
            return "insult"
        if run in _KANJI_SEXUAL:
            return "sexual"
    words = tokens(text)
    for i, t in enumerate(words):
        if t.pos and t.pos[0] in _FUNCTION_POS:
            continue
        if _KANJI.search(t.surface):
            # (by the normalized form only as written in kanji: kana 「ちつ」 is normalized 膣 too)
            if t.normalized in _KANJI_INSULTS or t.surface in _KANJI_INSULTS:
                return "insult"
            if t.normalized in _KANJI_SEXUAL or t.surface in _KANJI_SEXUAL:
                return "sexual"
            after = _KANJI_SEXUAL_VERBS.get(t.lemma)
            if after is not None and i + 1 < len(words) and words[i + 1].lemma in after:
                return "sexual"
            continue  # (a kanji word is no kana word of the vocabulary: 御釜, 入林, 寝鳥)
        written = kata2hira(t.surface)
        if from_romaji and written not in _FROM_ROMAJI:
            continue
        if written in _INSIDE_INSULT or written in _INSIDE_SEXUAL:
            if (
                not _said_as_a_noun(words, i)
                or _allowed_span(text, t.start, t.end)
                or (written in _THINGS_AFTER_NO and i > 0 and words[i - 1].surface == "の")
            ):
                continue
            return "insult" if written in _INSIDE_INSULT else "sexual"
    return None


_KANJI_WORDS_RUN = re.compile(f"{_KANJI_RUN}{{2,}}")
# Words that after の are a thing someone has (「ごはんのおかま」, 「ざおうのおかま」: a pot, a
# crater lake); 「ゆうとはおかま」 says it of a person
_THINGS_AFTER_NO = frozenset({"おかま"})


_FUNCTION_POS = frozenset({"助詞", "助動詞", "補助記号", "空白"})


def _said_as_a_noun(words: tuple[Token, ...], found: int) -> bool:
    """Whether the word found is a noun said as one (after a particle, or ending the name but
    for endings: 「うみがデリヘル」, 「じぶんらしくラブホテル」) in a name whose rest is words
    (``_rest_reads_as_words``).  A verb is no noun (「だまれぬ」 cannot be silent), nor an adjectival
    noun (「やるきまんまん」 is 満々), nor a noun before more words (「でかぱいなっぷる」)."""
    if words[found].pos[:1] != ("名詞",) or not _rest_reads_as_words(words, found):
        return False
    after_particle = found > 0 and words[found - 1].pos[:1] == ("助詞",)
    return after_particle or all(t.pos[:1] and t.pos[0] in _FUNCTION_POS for t in words[found + 1 :])


def _rest_reads_as_words(words: tuple[Token, ...], found: int) -> bool:
    """Whether the rest of the name is words the dictionary knows (particles, endings, or
    content words of two letters or more): 「うみがデリヘル」 is said, while letters Sudachi
    could only cut into single kana around the word (「デカパイすとふ」, 「デリヘルじな」) are no
    sentence the word is said in."""
    return all(
        not t.oov and (len(t.surface) >= 2 or (t.pos[:1] and t.pos[0] in _FUNCTION_POS))
        for j, t in enumerate(words)
        if j != found
    )
