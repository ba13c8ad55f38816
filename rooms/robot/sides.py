"""Who is on the other side of a meeting, and whether the meeting is said to happen at all.

Round t of 2026-12-06 read kind replies in personas and formats (a samurai, a radio DJ, a
dictionary entry, leaked reasoning) that the meeting rules replaced.  Three things the sentence
does with the meeting were not read:

* **the person met named inside the match**: a rule that begins at a time (「明日 … 会う」) starts
  before the person (「明日、保健室の 先生に 会いに いく」); who is met is read at the meeting word
  itself, as ``proposal.met_is_someone_of_theirs`` reads it at the start;
* **a meeting said not to happen** (「お会いする ことは かなわぬ」「ロボットとは 会えません」): the
  meeting word, then only auxiliaries (ます, れる) and a negation, or the meeting made a noun
  (こと, の) and said impossible (できない, かなわない); never asked (「会えない？」 invites), never
  a negation that sets a condition (「会わないと いけない」) or is taken back (「会えない わけじゃ
  ない」), never a wish (「会いたく ない？」);
* **the child's wish reported** (「(考え中: 子どもは ロボットに 会いたいと 言っている)」): a
  meeting quoted with と / って and a verb of saying, whose topic is the child or another person,
  never the robot (「ぼくは 会いたいと 思う」 stays held).

Patterns are the rules' own (``rooms.robot.rules``), read over the words of one sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from rooms.robot.rules import Pattern, Word, match_at, patterns
from safety.morphology import NEGATIONS

# How far after a rule's match its meeting word may come (「直接 お会い する」: the rule names 直接).
MEETING_WORD_REACH = 3


@cache
def _meeting_word() -> tuple[Pattern, ...]:
    return patterns("会う|あう|会える|あえる|逢う|お会い|おあい")


def _meeting_words(words: Sequence[Word], start: int, end: int) -> list[int]:
    """Where the meeting words of the match at ``words[start:end]`` are (and just after it)."""
    hi = min(end + MEETING_WORD_REACH, len(words))
    return [k for k in range(start, hi) if any(match_at(p, words, k) is not None for p in _meeting_word())]


def met_in_match(words: Sequence[Word], start: int, end: int) -> bool:
    """The one met is someone of the child's own life, named before the match or before a
    meeting word inside it (「明日、保健室の 先生に 会いに いく」), or the meeting word says which of
    them (「会いたい 友だちが いるなら」, round u of 2026-12-06)."""
    from rooms.robot import proposal

    found = _meeting_words(words, start, end)
    where = [start, *found]
    return any(proposal.met_is_someone_of_theirs(words, k) for k in where) or any(
        _names_someone_of_theirs(words, k) for k in found
    )


# What may come between a meeting word and the person it describes: a wish, the past, the potential
# (「会いたい 友だち」「会った 先生」「会える 家族」).
_DESCRIBING = frozenset({"たい", "た", "だ", "れる", "られる", "える"})


def _names_someone_of_theirs(words: Sequence[Word], k: int) -> bool:
    """The meeting word at ``k`` describes the person right after it, someone of the child's own life
    (「会いたい 友だちが いるなら、…会うと いいね」): the meeting word says which person, the child's,
    not a meeting the robot proposes.  Nobody the robot names as its own before it (「ぼくが 会いたい
    友だち」 is the robot's wish)."""
    from rooms.robot import proposal

    j = k + 1
    while j < len(words) and words[j].forms & _DESCRIBING and "助動詞" in words[j].pos:
        j += 1
    if j >= len(words) or words[j].conj or "名詞" not in words[j].pos[:1]:
        return False
    return proposal.someone_of_theirs_at(words, j)


# Words between the meeting and its negation that keep it the meeting's: politeness, the
# potential and the passive, the honorific する of 「お会い する」.
_AUXILIARY = frozenset({"ます", "れる", "られる", "する", "為る", "できる", "出来る"})
# A negation is an auxiliary (ない, the ん of ません normalised to ず) or the adjective 無い, read
# by its normalised form: the explanatory ん of 「会えるんだよ」 (の, a particle) is none.
_NEGATING_POS = frozenset({"助動詞", "形容詞"})
# What after a negation makes it a condition or a duty (「会わないと」「会わなければ」).
_CONDITION_AFTER = frozenset({"と", "ば", "なきゃ", "なくちゃ", "ければ", "なければ", "ては"})
# A negation that is itself a duty (「会わなきゃ」「会わなくちゃ」: ない in its spoken forms).
_DUTY = frozenset({"なきゃ", "なくちゃ", "なけりゃ", "なければ", "ねば", "なくては"})
_NOMINAL = frozenset({"こと", "事", "の"})
_TOPIC = frozenset({"は", "も", "が"})
_POSSIBLE = frozenset({"できる", "出来る", "かなう", "叶う", "適う", "ある", "有る"})
_QUESTION = frozenset({"?", "？", "か", "かな", "かしら"})


# How far after a negation another one takes it back (「会えない わけじゃ ない」「会えない ことも ない」).
DOUBLE_NEGATION_REACH = 5


def _is_negation(word: Word) -> bool:
    return bool(word.forms & NEGATIONS) and not _NEGATING_POS.isdisjoint(word.pos)


def _negation_at(words: Sequence[Word], k: int) -> bool:
    if k >= len(words) or not _is_negation(words[k]) or words[k].forms & _DUTY:
        return False
    after = words[k + 1] if k + 1 < len(words) else None
    if after is not None and after.forms & _CONDITION_AFTER:
        return False
    return not any(_is_negation(w) for w in words[k + 1 : k + 1 + DOUBLE_NEGATION_REACH])


def _asked(words: Sequence[Word], k: int) -> bool:
    for w in words[k:]:
        if w.forms & {"、", ","}:
            return False
        if w.forms & _QUESTION:
            return True
    return False


def meeting_denied(words: Sequence[Word], start: int, end: int) -> bool:
    """Every meeting word of the match is said not to happen: negated right after (「会えません」),
    or made a noun and said impossible (「お会いする ことは かなわぬ」), and not asked."""
    found = _meeting_words(words, start, end)
    return bool(found) and all(_denied_at(words, k) for k in found)


def _denied_at(words: Sequence[Word], k: int) -> bool:
    j = k + 1
    while j < len(words) and words[j].forms & _AUXILIARY:
        j += 1
    if _negation_at(words, j):
        return not _asked(words, j)
    # 「会う ことは できない」「お会い する ことは かなわぬ」.
    if j + 2 < len(words) and words[j].forms & _NOMINAL and words[j + 1].forms & _TOPIC:
        p = j + 2
        if words[p].forms & _POSSIBLE and _negation_at(words, p + 1):
            return not _asked(words, p + 1)
    return False


# How far after the verb of saying a condition may follow (「言って くれたら」「思って くれるなら」).
CONDITION_REACH = 4
_CONDITIONAL = frozenset({"なら", "ならば", "たら", "だら", "ば", "れば"})


def _conditional(words: Sequence[Word], end: int) -> bool:
    """The saying that ends at ``end`` sets a condition, not a report (「きみが 会いたいって いうなら、
    いつでも 会えるよ」「会いたいと 言えば」): a conditional form of its verb, or なら, たら, ば
    after it, before the clause ends."""
    for w in words[max(end - 1, 0) : end + CONDITION_REACH]:
        if w.forms & {"、", ",", "。"}:
            return False
        if w.forms & _CONDITIONAL or w.conj.startswith("仮定形"):
            return True
    return False


@cache
def _saying() -> tuple[Pattern, ...]:
    return patterns("と|って ~1 言う|いう|書く|かく|話す|はなす|伝える|つたえる|思う|おもう")


@cache
def _another() -> tuple[Pattern, ...]:
    # The child, or another person, as the one whose words are reported.
    return patterns(
        "子ども|子供|こども|子|こ|ユーザー|利用者|相談者|君|きみ|あなた|彼|彼女|友達|ともだち|相手|あいて|人|ひと"
    )


@cache
def _the_robot() -> tuple[Pattern, ...]:
    return patterns("僕|ぼく|私|わたし|俺|おれ|ロボ|ロボット|拙者|我")


def wish_reported(words: Sequence[Word], start: int, end: int) -> bool:
    """The meeting at ``words[start:end]`` is another's words reported (「子どもは ロボットに 会いたいと
    言っている」): quoted with と / って and a verb of saying right after it, and the topic of the
    sentence before it the child or someone else, never the robot."""
    said = [
        e
        for p in _saying()
        for j in range(end, min(end + 2, len(words)))
        if (e := match_at(p, words, j)) is not None
    ]
    if not said or any(_conditional(words, e) for e in said):
        return False
    for t in range(start - 1, 0, -1):
        if words[t].forms & {"は", "が"} and "助詞" in words[t].pos:
            speaker = words[t - 1]
            one = [speaker]
            if any(match_at(p, one, 0) is not None for p in _the_robot()):
                return False
            return any(match_at(p, one, 0) is not None for p in _another())
    return False


__all__ = ["meeting_denied", "met_in_match", "wish_reported"]
