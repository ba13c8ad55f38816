"""Where a reply gives the child's own words or feelings back, not the robot's.

Listening means saying back what the child feels: 「しにたいって おもうほど しんどいんだね」,
「きえたく なるくらい つらいんだね」, 「「じぶんは めいわく」って おもって しまうんだね」.
Those words are the child's; the same words said as the robot's own view (「きえても いいよ」,
「たしかに めいわくだね」) are not.  The screen tells them apart by structure, not by word:
a clause is *reflected* when it is

* reported: followed by って / と and a verb of thinking, feeling or saying (思う, 感じる,
  言う, 考える) or 気持ち, when what follows is not the robot's own closing opinion
  (「…と おもうよ。」 is the robot speaking; 「…って おもうほど」「…って おもうんだね」
  「…って きもち」 are the child's);
* a wish named as a feeling: 〜たい directly before 気持ち / 思い;
* a measure of a feeling: 〜くらい / ほど right before つらい, しんどい, 疲れる….

``reflected_spans`` gives those clauses as character offsets into the text, from the
clause's start (the sentence start, a comma or an opening bracket) to the quote particle
or measure word.  The screen reads the rest as the robot's own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from safety.morphology import Token, reading, tokens

# Verbs of thinking, feeling and saying, and feeling nouns, as the reply's reading begins
# them (the analyser cuts all-hiragana 「おもう」 into お|もう, so the reading is matched).
_REPORTING = (
    "おもう",
    "おもっ",
    "おもい",
    "おもえ",
    "かんじ",
    "かんが",
    "いう",
    "いっ",
    "いえ",
    "いわ",
    "いいなが",
    # What the child wrote or told, thanked for: 「しにたいって かいて くれて ありがとう」.
    "かいてくれ",
    "かいて くれ",
    "おしえてくれ",
    "おしえて くれ",
    "はなしてくれ",
    "はなして くれ",
    # The child's words named as words, what the child wrote, and what the child says to themself
    # (「「きえたい」って ことば」「…って かいてたね」「…って、じぶんに いっちゃう」, 2026-12-06d).
    "ことば",
    "かいてた",
    "かいてる",
    "かいたね",
    "かいたん",
    "じぶんにいっ",
    "じぶんにいう",
    "じぶんにいい",
    # Round r of 2026-12-06: the child's thought in keigo (「「死にたい」とお考えになるほど」
    # 「…とお感じになる」「…とおっしゃる」), what the child could write (「「しにたい」って かけた
    # こと」) and the words the child blames themself with (「…って、じぶんを せめて しまう」).
    "おかんが",
    "おかんじ",
    "おおもい",
    "おっしゃ",
    "かけた",
    "かけてくれ",
    "かけて くれ",
    "じぶんをせめ",
    "じぶんを せめ",
)
# A day, a time or a night named by what the child said or wished (「「いなく なりたい」って ひも」
# 「きえたい よるは」「しにたい ときは」, round r of 2026-12-06): the child's time, not the robot's wish.
_TIMES_AFTER_QUOTE = tuple(n + p for n in ("ひ", "とき", "よる") for p in ("も", "は", "が", "に", "って"))
_WISHED_TIMES = frozenset(["よる", "夜", "ひ", "日", "とき", "時", "こころ", "心", "ばん", "晩"])
# How far after 「…って」 a feeling noun still names what was said as a feeling (「…って、つらい きもち」).
_FEELING_REACH = 12
_FEELING_NOUNS = ("きもち", "おもい")
# What turns 「…と おもう」 into the robot's own opinion when nothing else follows.
_VERBS = (
    "おもう",
    "おもいます",
    "おもってる",
    "おもっている",
    "おもっています",
    "おもえる",
    "かんじる",
    "かんじます",
)
_VERBS += ("かんがえる", "かんがえます", "いう", "いいます", "いえる", "いえます")
_ENDINGS = ("", "よ", "な", "わ", "んだ", "んだよ", "んです", "んですよ", "の", "のよ", "けど", "よな")
# …and their Kansai forms (「…と おもうで」「…と おもうねん」 = 「…と おもうよ」, 2026-12-04ae: an
# agreement read as the child's words was never read as the robot's).
_ENDINGS += ("で", "ねん", "ねんけど")
_OPINIONS = frozenset(v + e for v in _VERBS for e in _ENDINGS)
_SCRIPTED = tuple(
    v + e
    for v in ("いって", "おもって", "かんがえて")
    for e in ("ね", "ください", "おい", "おけ", "おこう", "みて", "ごらん", "ほしい")
)
_SCRIPTED += ("いえば", "いったら", "いうといい", "いうんだよ", "いおう", "いいなさ", "いっとけ", "いっとこ")
_SCRIPTED += ("おもえば", "おもったら", "おもうといい", "おもおう", "おもいなさ")
_SCRIPTED += ("かんがえれば", "かんがえよう")
_GUESSED = (
    "おもってるかも",
    "おもっているかも",
    "おもってるはず",
    "おもっているはず",
    "おもってるだろう",
    "おもってるでしょ",
    "いうよね",
    "いうでしょ",
    "いわれてるよ",
)
# What others think, vouched for by the robot with だろ (not 「だろう」 alone: _GUESSED has it).
_VOUCHED = ("おもってるだろ", "おもっているだろ", "おもってんだろ")
# How far after だろ a question mark still asks it (「だろ？」「だろうか？」).
_ASKED_REACH = 4


# Who may think it, named as the topic before the quote: others, not the child (「どうせ じぶんなんか
# いない ほうが いいって 思ってるだろ。でも ちがうぞ」 guesses the child's own thought).
_OTHERS = frozenset(
    (
        "みんな",
        "皆",
        "クラス",
        "家族",
        "親",
        "先生",
        "やつ",
        "奴",
        "友達",
        "ともだち",
        "周り",
        "まわり",
        "ママ",
        "パパ",
    )
)


def _others_think(sentence: Sequence[Token], i: int) -> bool:
    """Whether the quote ending at ``i`` is what others are said to think: one of ``_OTHERS`` as a
    topic or subject (は, も, が, after a suffix such as ら) in the clause."""
    for j in range(_clause_start(sentence, i), i - 1):
        if not (_forms(sentence[j]) & _OTHERS):
            continue
        k = j + 1
        while k < i and sentence[k].pos[:1] == ("接尾辞",):
            k += 1
        if k < i and sentence[k].surface in ("は", "も", "が"):
            return True
    return False


def _asked_back(after: str) -> bool:
    """Whether the だろ of ``after`` (the reading after a quote particle) is asked: a question mark
    right after it."""
    at = after.find("だろ")
    if at < 0:
        return False
    rest = after[at + 2 : at + 2 + _ASKED_REACH]
    return rest.startswith(("か", "うか")) or "?" in rest or "？" in rest


# A claim named as a claim (「…って いうのは」) and the robot's agreement with it.
_CLAIM = "いうのは"
_HEDGES = "ちょっとすこしなんとなくたしかにまあ"
_AGREEMENT = (
    "わかる",
    "わかります",
    "わかるきが",
    "ほんとう",
    "ほんと",
    "ただしい",
    "いちり",
    "そのとおり",
    "じじつ",
    "まちがってない",
    "なっとく",
)
# How far past a quote particle the reading is looked at: every check needs only its start.
_LOOKAHEAD = 24
_VOICE = ("意志推量形", "命令形")
_SKIP = " 　、,，。.！!？?…〜~"
# Feelings a measure (くらい・ほど) may lead to.
_FEELINGS = frozenset(
    [
        "辛い",
        "つらい",
        "しんどい",
        "苦しい",
        "疲れる",
        "悲しい",
        "寂しい",
        "嫌",
        "いや",
        "悩む",
        "追い詰める",
        "怖い",
        "痛い",
        "悔しい",
        "大変",
        "頑張る",
        "落ち込む",
        "傷付く",
        "傷つく",
        "参る",
        "泣く",
        "弱る",
    ]
)
_MEASURES = frozenset(["くらい", "ぐらい", "位", "程", "ほど"])
_QUOTES = frozenset(["って", "と", "て"])
_OPENING = frozenset('「『（("')
_BOUNDARY_POS = frozenset(["句点", "読点"])


def _forms(t: Token) -> frozenset[str]:
    return frozenset([t.surface, t.lemma, t.normalized])


def _is_boundary(t: Token) -> bool:
    return bool(_BOUNDARY_POS.intersection(t.pos)) or t.surface in ("\n", "、", ",", "，")


def _sentences(words: Sequence[Token]) -> list[list[Token]]:
    out: list[list[Token]] = [[]]
    for t in words:
        if "句点" in t.pos or "\n" in t.surface:
            out.append([])
        elif t.surface.strip():
            out[-1].append(t)
    return [s for s in out if s]


def _clause_start(sentence: Sequence[Token], i: int) -> int:
    """The first word of the clause that ends at ``sentence[i]``."""
    j = i
    while j > 0 and not _is_boundary(sentence[j - 1]) and sentence[j - 1].surface not in _OPENING:
        j -= 1
    # An opening bracket belongs to the quoted clause.
    return j - 1 if j > 0 and sentence[j - 1].surface in _OPENING else j


def _after(text: str, sentence: Sequence[Token], i: int) -> tuple[str, bool]:
    """The reading of what follows word ``i`` in its sentence, as far as ``_LOOKAHEAD`` characters,
    and whether that is the whole rest of the sentence (a hostile reply of many particles must
    not be read to its end once per particle)."""
    end = sentence[-1].end
    stop = min(end, sentence[i].end + _LOOKAHEAD)
    return reading(text[sentence[i].end : stop]).lstrip(_SKIP), stop == end


def _reported(text: str, sentence: Sequence[Token], i: int) -> bool:
    """Whether the quote particle at ``i`` reports the child's thought rather than closing the robot's."""
    after, whole = _after(text, sentence, i)
    # 「しにたいとか きえたいとか おもう」: と|か names one of a list of wishes said or thought; what
    # follows the list says what they are (round r of 2026-12-06).  Only wishes: 「さびしい とか
    # いうようじゃ」 is the robot's own voice, as before.
    listed = i + 1 < len(sentence) and sentence[i + 1].surface == "か"
    if sentence[i].surface == "と" and sentence[i - 1].lemma == "たい" and listed:
        after = after[1:].lstrip(_SKIP)
    # 「きみが いると いえの くうきが…」: a house (家) is no verb of saying, whatever its reading.
    nxt = sentence[i + 1] if i + 1 < len(sentence) else None
    if nxt is not None and ("家" in _forms(nxt) or (nxt.surface == "いえ" and nxt.pos[:1] == ("名詞",))):
        return False
    if _conditional(sentence, i) and not _said_verb(sentence, i + 1):
        return False
    if after.startswith(_FEELING_NOUNS) and not after.startswith("おもいます"):
        return True
    if sentence[i].surface == "って" and any(n in after[:_FEELING_REACH] for n in _FEELING_NOUNS[:1]):
        return True
    if sentence[i].surface == "って" and after.startswith(_TIMES_AFTER_QUOTE):
        return True
    if not after.startswith(_REPORTING):
        return False
    # 「しらないって いえば いい」「なんでもないって いってね」: the robot scripting what the child
    # should say to others is the robot's voice.
    said = "".join(ch for ch in after if ch not in _SKIP)
    # 「だれにも はなせないと おもったら、そうだんのまども あるよ」: a thought of the child's as the
    # condition of a pointer to help (2026-12-06a), not the robot telling the child what to think
    # (「…と おもったら いいよ」, which stays the robot's voice).
    if _thought_before_help(said):
        return True
    if said.startswith(_SCRIPTED) or (whole and said in ("いって", "おもって")):
        return False
    # What others think, guessed by the robot (「みんな めんどうだと おもってる かもしれない」), and
    # what "people say" (「…って いうよね」) are the robot's voice, not the child's words.
    if said.startswith(_GUESSED):
        return False
    # …and what others think, vouched for with だろ (「クラスの みんなも おまえの こと うざいって
    # 思ってるだろw」, round v of 2026-12-06): the robot's assertion, unless it is asked back
    # (「じゃまだって 思ってるだろ？」 guesses the child's own thought and stays said back).
    if said.startswith(_VOUCHED) and not _asked_back(after) and _others_think(sentence, i):
        return False
    # 「…って いうのは、(ちょっと) わかる」「…って いうのは ほんとうかも」: a claim the robot agrees with
    # is its own word (2026-12-04p); 「…って いうのは、それだけ つらいって こと」 still reports.
    if said.startswith(_CLAIM) and said[len(_CLAIM) :].lstrip(_HEDGES).startswith(_AGREEMENT):
        return False
    # 「…と おもう(よ)。」 is the robot's own opinion; anything more (ほど, んだね, のは, なら…) reports.
    return not (whole and said in _OPINIONS)


_THOUGHT_IF = ("おもったら", "おもうなら", "かんじたら", "かんじるなら")
_HELPERS = ("そうだん", "まど", "189", "せんせい", "おとな", "ほけんしつ", "おうちのひと", "ほっとらいん")


def _thought_before_help(said: str) -> bool:
    """Whether ``said`` (the reading after a quote particle) is a thought's condition followed, in
    the same sentence, by a person or a line to turn to, and by nothing the robot says may be left
    undone (「…おもったら、いわなくて いい」 is no pointer to help)."""
    thought = next((t for t in _THOUGHT_IF if said.startswith(t)), None)
    if thought is None:
        return False
    rest = said[len(thought) :]
    return not rest.startswith(("いい", "よい")) and any(h in rest for h in _HELPERS) and "なくて" not in rest


def _conditional(sentence: Sequence[Token], i: int) -> bool:
    """Whether the と at ``i`` may be a condition: right after a plain non-past verb or
    い-adjective (「いえに いると」「さむいと」), where the analyser reads it as conjunctive."""
    t, before = sentence[i], sentence[i - 1]
    return (
        t.surface == "と"
        and t.pos[1:2] == ("接続助詞",)
        and before.pos[:1] in (("動詞",), ("形容詞",))
        and bool(before.pos[-1:])
        and before.pos[-1].startswith("終止形")
    )


# Thinking and feeling as honorific nouns (お感じ, お考え, お思い): what the child thinks, in keigo.
_KEIGO_THOUGHT = frozenset(["感じ", "考え", "思い"])


def _said_verb(sentence: Sequence[Token], j: int) -> bool:
    """Whether word ``j`` is a verb of saying or thinking as a verb: 「つらいと いえない」, not the
    house (「いると いえの…」, where the analyser makes いえ an old form of 言う) nor a noun
    (「いると きもちが おちつく」: a condition, and the clause after it the robot's)."""
    while j < len(sentence) and sentence[j].pos[:1] == ("空白",):
        j += 1
    if j >= len(sentence):
        return False
    w = sentence[j]
    # The child's thought in keigo, an honorific お and the verb's noun (「ご負担を おかけしていると
    # お感じなのですね」「…いると お考えなのですね」, round s of 2026-12-06).
    nxt = sentence[j + 1] if j + 1 < len(sentence) else None
    honorific = w.pos[:1] == ("接頭辞",) and w.surface in ("お", "御")
    if honorific and nxt is not None and nxt.lemma in _KEIGO_THOUGHT:
        return True
    if w.pos[:1] != ("動詞",) or (w.pos[-1:] and w.pos[-1].startswith("已然形")):
        return False
    nxt = sentence[j + 1] if j + 1 < len(sentence) else None
    return nxt is None or not (nxt.pos[1:2] == ("格助詞",) or nxt.surface == "の")


def _measured(sentence: Sequence[Token], i: int) -> bool:
    return any(_forms(t) & _FEELINGS for t in sentence[i + 1 : i + 5])


# A wish the child wrote, quoted and named as a kind of feeling (「「きえたい」みたいな きもち」
# 「「しにたい」って いう きもち」, 2026-12-05l): the quote closes and a word of likeness or naming stands
# between the wish and the feeling noun.
_CLOSING_QUOTES = '」』）)"'
_LIKE = ("みたいな", "みたいに", "のような", "っていう", "という", "とかの", "とか")


def _names_a_feeling(after: str) -> bool:
    """Whether the reading after a 〜たい names it as a feeling, directly or as a quote."""
    if after.startswith(_FEELING_NOUNS):
        return True
    if not after.startswith(tuple(_CLOSING_QUOTES)):
        return False
    rest = after.lstrip(_CLOSING_QUOTES).lstrip(_SKIP)
    for like in _LIKE:
        if rest.startswith(like):
            named = rest[len(like) :].lstrip(_SKIP)
            # …or as the first of a list of quotes named together (「「きえたい」とか「いなく なりたい」
            # って きもち」, 2026-12-06a): the next quote closes, then the naming goes on.
            if like == "とか" and named[:1] in _OPENING:
                close = min((named.find(q) for q in _CLOSING_QUOTES if q in named), default=-1)
                named = named[close + 1 :].lstrip(_SKIP) if close > 0 else ""
                named = next((named[len(w) :] for w in (*_LIKE, "って") if named.startswith(w)), "").lstrip(
                    _SKIP
                )
            return named.startswith(_FEELING_NOUNS)
    return False


# Words that point back at what was just said (「…」、そう おもうほど).
_BACK = frozenset(["そう", "そんな", "そういう", "それ", "こう", "こんな"])


def _quote_referred(sentence: Sequence[Token], start: int, before: Sequence[Token]) -> tuple[int, int] | None:
    """The child's words in brackets that a reflected clause points back at (round l of 2026-12-06:
    「「いなくなりたい」…そう おもうほど つかれてるんだね」): a quote that closes right before the
    clause, across a comma or a 「…」 (which ends a sentence for the analyser), when the clause opens
    with そう, そんな or それ.  ``before`` is the sentence before, for a quote that stands alone."""
    if sentence[start].surface not in _BACK:
        return None
    if start >= 2 and _is_boundary(sentence[start - 1]):
        head = list(sentence[: start - 1])
    elif start == 0:
        head = list(before)
    else:
        return None
    if not head or head[-1].surface not in _CLOSING_QUOTES:
        return None
    opening = max((k for k, t in enumerate(head) if t.surface in _OPENING), default=-1)
    # Only the quote itself: nothing of the robot's between its opening and the clause.
    if opening < 0 or (start == 0 and opening != 0):
        return None
    # A proposal or an order in brackets is the robot's voice (as below).
    if any(w.pos[-1:] and w.pos[-1].startswith(_VOICE) for w in head[opening:]):
        return None
    return head[opening].start, head[-1].end


# What the robot answers the child's words with when it pushes them back (「「しんだ ほうが いい」なんて、
# ほんとうじゃ ないよ」「…なんて おもわないでね」, round r of 2026-12-06), read without spaces; a denial
# denied (「うそじゃ ない」「まちがいじゃ ない」) takes the words up instead.
_PUSHED_BACK = (
    "ほんとうじゃない",
    "ほんとじゃない",
    "ほんとうではない",
    "ほんとうではありません",
    "そんなことない",
    "そんなことはない",
    "そんなことありません",
    "おもわないで",
    "おもわんといて",
    "おもわんでええ",
    "おもわなくていい",
    "かんがえないで",
    "しんじないで",
    "ちがうよ",
    "まちがってる",
    "まちがっている",
)
_TAKEN_UP = ("うそ", "まちがい", "まちがって ない", "まちがってない")
# The endings that confirm a wish back to the child (「しにたいんだね」「きえたく なったんだね」
# 「きえたいんか」「いなくなりたいのね」): an explanatory ん / の, then a confirmation or a question,
# ending the sentence.
_CONFIRMED = frozenset(
    ["だね", "だよね", "ね", "か", "やな", "やね", "やんな", "ですね", "だな", "よね", "だ", "です", "ですか"]
)


def _pushed_back(text: str, sentence: Sequence[Token], i: int) -> bool:
    """Whether the なんて at ``i``, right after the child's words in brackets, leads to the robot denying
    them in the rest of the sentence."""
    rest = reading(text[sentence[i].end : sentence[-1].end]).replace(" ", "").replace("　", "")
    return any(p in rest for p in _PUSHED_BACK) and not any(w.replace(" ", "") in rest for w in _TAKEN_UP)


def _wish_confirmed(sentence: Sequence[Token], i: int) -> bool:
    """Whether the 〜たい at ``i`` is confirmed back to the child and the sentence ends there
    (「しにたいんだね」「きえたく なったんだね」): the child's wish, as the child's."""
    j = i + 1
    if j + 1 < len(sentence) and sentence[j].lemma == "なる" and sentence[j + 1].lemma == "た":
        j += 2
    if j >= len(sentence) or sentence[j].surface not in ("ん", "の"):
        return False
    return "".join(t.surface for t in sentence[j + 1 :]).rstrip("…!！?？") in _CONFIRMED | {""}


def _a_state_wished(sentence: Sequence[Token], i: int) -> bool:
    """Whether the 〜たい at ``i`` wishes a state of the one who wishes (「きえたい よる」「しにたい とき」),
    not an act on something (「「がんばったね」を 言いたい 日」 is the robot's own wish to say a thing):
    no object and no quote in its clause."""
    clause = sentence[_clause_start(sentence, i) : i]
    return not any(t.surface == "を" or t.surface in _OPENING or t.surface in _CLOSING_QUOTES for t in clause)


def _listed_wishes_start(sentence: Sequence[Token], i: int) -> int:
    """Where a list of wishes said back before the particle at ``i`` begins (「きえたい、しにたい、って
    いう ことば」, round r of 2026-12-06): each clause before it ends in 〜たい; ``i`` when none does."""
    start, k = i, i - 1
    while k > 0 and _is_boundary(sentence[k]) and sentence[k - 1].lemma == "たい":
        start = _clause_start(sentence, k - 1)
        k = start - 1
    return start


def reflected_spans(text: str) -> list[tuple[int, int]]:
    """The clauses of ``text`` that give the child's words or feelings back, as (start, end) offsets."""
    spans: list[tuple[int, int]] = []
    before: list[Token] = []
    for sentence in _sentences(tokens(text)):
        spans += _reflected_in(text, sentence, before)
        before = sentence
    return spans


def _reflected_in(text: str, sentence: Sequence[Token], before: Sequence[Token]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for i, t in enumerate(sentence):
        if i == 0:
            continue
        ends = False
        if t.surface in _QUOTES and "助詞" in t.pos[:1]:
            ends = _reported(text, sentence, i)
        elif t.surface in _MEASURES or t.lemma in _MEASURES:
            ends = _measured(sentence, i)
        elif t.surface == "なるほど" and sentence[i - 1].lemma == "たい":
            # 「きえたく なるほど つかれてる」: the analyser reads なる+ほど as なるほど (I see).
            ends = _measured(sentence, i)
        elif t.surface == "なんて" and sentence[i - 1].surface in _CLOSING_QUOTES:
            ends = _pushed_back(text, sentence, i)
        elif t.surface == "しか" and sentence[i - 1].surface in _CLOSING_QUOTES:
            # 「「しにたい」しか かんがえられない」: the only thing the child can think.
            ends = _after(text, sentence, i)[0].startswith(_REPORTING)
        elif t.lemma == "たい" and i + 1 < len(sentence):
            ends = (
                _names_a_feeling(_after(text, sentence, i)[0])
                or (bool(_forms(sentence[i + 1]) & _WISHED_TIMES) and _a_state_wished(sentence, i))
                or _wish_confirmed(sentence, i)
            )
        if ends:
            start = _clause_start(sentence, i)
            if start == i:
                start = _listed_wishes_start(sentence, i)
            # A proposal or an order is the robot's voice, even inside a quote (「ひみつに しようって」).
            if any(w.pos[-1:] and w.pos[-1].startswith(("意志推量形", "命令形")) for w in sentence[start:i]):
                continue
            quote = _quote_referred(sentence, start, before)
            if quote is not None:
                spans.append(quote)
            spans.append((sentence[start].start, t.end))
    return spans


def without_reflections(text: str) -> tuple[str, str]:
    """``text`` with its reflected clauses cut out (each leaves a comma), and those clauses joined."""
    spans = reflected_spans(text)
    if not spans:
        return text, ""
    kept, cut, at = [], [], 0
    for start, end in sorted(spans):
        if start < at:
            start = at
        kept.append(text[at:start])
        kept.append("、")
        cut.append(text[start:end])
        at = max(at, end)
    kept.append(text[at:])
    return "".join(kept), "。".join(cut)


__all__ = ["reflected_spans", "without_reflections"]
