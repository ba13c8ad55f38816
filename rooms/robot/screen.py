"""The output screen: every reply, from any engine, is checked before a visitor reads it.

A reply is read as a child would see it (``form.py``: markdown marks gone, a JSON wrapper
unwrapped; the care wrap shows exactly that), and fails, in this order, when it is

* code or data, not a reply (``other_script``, rule ``code``);
* empty or longer than ``MAX_REPLY_CHARS``;
* in a script or language the screen cannot read (``other_script``): letters of any
  script but kana, kanji and Latin, Chinese, or Latin text that is mostly neither
  English nor romaji (a face drawn in brackets, 「(*´ω｀*)」, is no script; pictures alone
  are unreadable unless they are hearts or other pictures of comfort; a phrase of comfort
  standing alone in a reply with Japanese words, "Take care" or "You are loved", is read as
  known words, robot round i of 2026-12-07);
* anything like a contact (links, e-mail, digit runs) that the robot could have made
  up (``meeting``, rule ``contact``); the numbers of the hotline directory may be said (with
  a line's hours in brackets after one), and so may a short-dial number (「#7119」);
* about dying or self-harm for ``safety.assess`` (``risk``) in the robot's own words.
  The child's feelings said back (``reflection.py``: 「しにたいって おもうほど つらいんだね」),
  and a block quote of the child's words answered by the robot's (「> しにたい」 then
  「その きもち、うけとったよ」), are cut out first; what is left must be clean, and a clause
  said back may hold a wish to die or vanish, or to hurt oneself in the generic words, never
  a method, a plan or self-harm done or named by a body part or a tool;
* caught by a rule of ``data/unsafe_output.toml`` (see ``rules.py``): method, place,
  meeting, secrecy, burden_affirmed, lecture_dismissal, human_claim, medical_dosage.
  Japanese rules read the reply's lemmas (``safety.morphology``), romaji turned into
  kana first, regional speech also in the standard's form (``dialect.py``); English rules
  read English lemmas.  burden_affirmed, secrecy and
  lecture_dismissal read only the robot's own words (a feeling said back is not
  agreement); the other classes read the whole reply;
* the child's absence said to move nobody (``burden_affirmed``, ``absence.py``: 「きみが
  いなくなって さみしがる ひとは いないよ」, a relief denied then granted), read by construction;
* held back by the learned reply model (``safety.learned.reply_held_by_screen``, reason
  ``learned``), a second signal trained on the red-team tuning files, at a stricter
  operating point than its own (at most 2 % of kind replies held out of fold).

A failed reply is replaced by the care wrap, never repaired.  ``Verdict.reason`` is
the class, ``Verdict.rule`` the rule's name: safe to count and log (never the text).
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import re
import secrets
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

import jaconv

import safety
from rooms.hotlines import load_directory
from rooms.robot import sides
from rooms.robot.absence import absence_unmoved
from rooms.robot.dialect import copula_standard, standard
from rooms.robot.english import (
    comfort_set_aside,
    english_sentences,
    latin_is_readable,
    latin_read_whole,
    romaji_to_kana,
)
from rooms.robot.form import is_code, plain, quoted, set_aside
from rooms.robot.model_forms import choice_letters_out, furigana_once, heading_lines, headings_joined
from rooms.robot.quotes import mentions
from rooms.robot.reflection import without_reflections
from rooms.robot.rules import CLASSES, RuleSet, Word, default_rules
from safety import learned
from safety.morphology import Token, tokens
from safety.normalize import strip_invisible
from safety.translation import kata2hira

MAX_REPLY_CHARS = 400
VERDICTS_KEPT = 4096
_DIGEST_KEY = secrets.token_bytes(16)
# Any risk category in a reply fails it; distress, bullying and abuse words alone may appear in
# kind reflections (「つらかったね」「いえに かえりたく ない きもち」) and in a pointer to help
# (「おうちで たたかれたり するなら、189に でんわ できるよ」): the robot's blaming, hushing or
# doubting the child about them is for the rules (lecture_dismissal, secrecy).
_RISK_IN_REPLY = frozenset({"ideation", "method", "plan", "self_harm"})
# Fixed patterns over the reply (bounded above); no nested repeats.
# Characters used in Chinese but not in Japanese writing: a reply with them is Chinese.
_CHINESE_ONLY = frozenset("们这说吗么没还对时为从个们你您她它们呢吧啊哪谁怎样让给见车站边里")
# Letters the screen can read: kana, kanji, Latin (romaji and English).
_READABLE_SCRIPTS = ("HIRAGANA", "KATAKANA", "CJK", "LATIN", "FULLWIDTH LATIN", "HALFWIDTH KATAKANA")
_SENTENCE_MARKS = frozenset(["句点"])
# What a reflected clause may never hold, even as the child's own words: the robot does not
# say a method, a plan or self-harm back.
_NEVER_EVEN_REFLECTED = frozenset({"method", "plan", "self_harm"})
# Classes read in the robot's own words only (a feeling said back is not agreement, a secret
# the child told is not secrecy, 「がんばれって いわれて」 is not a push); the rest read the whole reply.
_READ_OWN = frozenset({"burden_affirmed", "secrecy", "lecture_dismissal"})
_READ_WHOLE = frozenset(CLASSES) - _READ_OWN


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    reason: str | None = None
    rule: str | None = None


# Reasons that say a text beside a JSON reply is unreadable or long, not harmful.
_NOT_HARM_ASIDE = frozenset({"other_script", "empty", "length"})

_verdicts: OrderedDict[bytes, Verdict] = OrderedDict()


def screen_reply(text: str) -> Verdict:
    """The verdict on one reply; the same text gets the same verdict from a small cache.

    A reply comes back as history with the visitor's next message and is screened again
    there, so verdicts are kept for the last ``VERDICTS_KEPT`` replies under a keyed
    digest (the key is random per process): never the text itself.
    """
    key = hashlib.blake2b(text.encode(), key=_DIGEST_KEY, digest_size=16).digest()
    known = _verdicts.get(key)
    if known is not None:
        _verdicts.move_to_end(key)
        return known
    verdict = _screen(text)
    _verdicts[key] = verdict
    if len(_verdicts) > VERDICTS_KEPT:
        _verdicts.popitem(last=False)
    return verdict


def _screen(text: str) -> Verdict:
    failed, for_model = screen_rules(text)
    if failed is not None:
        return failed
    # A second signal for phrasings no rule names: the learned reply model (safety.learned),
    # at its stricter screen operating point.  It may only replace a reply, never show one.
    if for_model and learned.reply_held_by_screen(for_model):
        return Verdict(False, "learned", "reply_model")
    return Verdict(True)


def screen_rules(text: str) -> tuple[Verdict | None, str]:
    """Everything of the screen but the learned reply model: the failing verdict, or None and
    the words the model is to read.  Apart so that the leave-one-file-out evaluation
    (tests/support/robot_lofo.py) runs the rules once and tries one model per file."""
    # The words the child would see (rooms/robot/form.py): markdown marks and a JSON wrapper
    # around the reply are no words of it; code or data left over is no reply.
    # What a JSON wrapper holds beside the reply is never shown, and still read: harm written
    # there is a model misbehaving (rooms/robot/form.py, ``set_aside``). Words the screen cannot
    # read there (an English key's value such as "gentle") are no harm of their own.
    for aside in set_aside(text):
        verdict, _ = screen_rules(aside)
        if verdict is not None and verdict.reason not in _NOT_HARM_ASIDE:
            return verdict, ""
    held_up = quoted(text)
    headings = heading_lines(text)
    text = plain(text)
    if is_code(text):
        return Verdict(False, "other_script", "code"), ""
    if len(strip_invisible(unicodedata.normalize("NFKC", text)).strip()) > MAX_REPLY_CHARS:
        return Verdict(False, "length"), ""
    # Furigana read once, a quiz's letters as form (rooms/robot/model_forms.py, 2026-12-06m): the
    # child sees them, the screen reads the words.
    text = choice_letters_out(furigana_once(text))
    held_up = [furigana_once(q) for q in held_up]
    nfkc = unicodedata.normalize("NFKC", text)
    stripped = strip_invisible(nfkc).strip()
    if not stripped:
        return Verdict(False, "empty"), ""
    if _made_up_contact(stripped):
        return Verdict(False, "meeting", "contact"), ""
    rules = default_rules()
    # Read before the invisible marks go: stripping them also strips accents (Ninguém → Ninguem).
    # A phrase of comfort standing alone in a Japanese reply ("Take care", "You are loved") is read
    # as known words (robot round i of 2026-12-07; rooms/robot/english.py, ``comfort_set_aside``).
    latin_seen = comfort_set_aside(nfkc, known=True)
    if not readable(latin_seen, rules.english_words):
        return Verdict(False, "other_script", "unreadable"), ""
    # The child's feelings said back (「しにたいって おもうほど つらいんだね」) are listening; the
    # robot's own words are everything else, and they must be clean.
    own, reflected = without_reflections(stripped)
    # A block quote answered by the robot's own words (「> しにたい」 then 「その きもち、うけとったよ」)
    # holds the child's words up: said back, as a reflected clause is (2026-12-06h).
    quotes = _child_quotes(stripped, held_up)
    if quotes:
        own, reflected = without_reflections(_lines_cut(stripped, quotes))
        reflected = "。".join([*quotes, reflected] if reflected else quotes)
    own = _line_keeps_confidence_cut(rules, _mentions_cut(rules, own))
    if reflected and _risk(
        _without_a_named_wish(safety.assess(reflected, learned_layer=False), reflected), _NEVER_EVEN_REFLECTED
    ):
        return Verdict(False, "risk", "reflected"), ""
    # The robot's words with a regional copula in the standard's form (「しんどいんじゃね」 is no
    # farewell; rooms/robot/dialect.py): no word of dying, a way or a place is rewritten.
    assessment = safety.assess(
        _help_condition_cut(
            _denied_cut(
                _left_place_cut(_refused_cut(rules, _thanks_cut(copula_standard(comfort_set_aside(own)))))
            )
        ),
        learned_layer=False,
    )
    if _risk(assessment, _RISK_IN_REPLY):
        return Verdict(False, "risk", assessment.level), ""
    # What the child said of themself, said back (「いない ほうが いいって きもち」), is listening; the
    # robot's word after it that it is so (「まちがって ないと おもう」) is agreement (2026-12-04p).
    said_back = _said_back(rules, reflected) if reflected else frozenset()
    # Without a reflection or a quote it mentions (「「がんばれ」なんて いわないよ」), the robot's own
    # words are the whole reply: one reading does.
    two = reflected or own != stripped
    passes = ((stripped, _READ_WHOLE), (own, _READ_OWN)) if two else ((stripped, _ALL),)
    # A topic the robot refuses to give (「お薬の量につきましては、お答えいたしかねます」) is read by the
    # classes of what it would give only without the refused clause (2026-12-06a).
    refused = _refused_topics_cut(rules, stripped)
    if refused != stripped:
        passes = tuple(
            part
            for text, classes in passes
            for part in (
                ((text, classes - _REFUSABLE), (refused, classes & _REFUSABLE))
                if text is stripped
                else ((text, classes),)
            )
        )
    for whole, classes in passes:
        for view in disguises_undone(directory_numbers_joined(whole)):
            japanese = romaji_to_kana(view)
            folded = safety.fold(japanese)
            hit = rules.first_hit(
                "ja",
                japanese_sentences(japanese),
                folded,
                classes,
                said_back,
                safety.fold(_warned_cut(japanese)),
            ) or rules.first_hit("en", english_sentences(view), None, classes)
            if hit is not None:
                return Verdict(False, hit.cls, hit.rule), ""
    # The child's absence said to move nobody (「きみが いなくなって さみしがる ひとは いないよ」), read by
    # construction in the robot's own words (rooms/robot/absence.py, robot round n of 2026-12-07), and
    # in the whole reply too: a clause said back and cut out of the robot's words may leave its
    # negation without the って that took it back (「…いない、って おもって しまうんだね」).
    unmoved = absence_unmoved(japanese_sentences(romaji_to_kana(own)))
    if unmoved is not None and absence_unmoved(japanese_sentences(romaji_to_kana(stripped))) is not None:
        return Verdict(False, "burden_affirmed", unmoved), ""
    # Latin the screen reads only in part: no rule named it, and none can judge the words it
    # does not know (everyday English, the English rules' own words, romaji).
    if not latin_read_whole(latin_seen, rules.english_words):
        return Verdict(False, "other_script", "unknown_words"), ""
    # A reply in English or romaji alone is read by the model too.  Round 2026-12-03 left it to the
    # rules (the tuning files' English is nearly all harmful, so the model replaced kind English
    # replies left one file out); on the blind splits that let four harmful English or romaji
    # replies through that the model had held, and a harmful reply shown costs more than a kind one
    # replaced.
    for_model = _reported_cut(_mentions_cut(rules, stripped, frames=True))
    for_model = _robot_named_cut(_harm_denied_cut(rules, _refused_cut(rules, for_model)))
    for_model = comfort_set_aside(_line_keeps_confidence_cut(rules, for_model))
    for_model = _place_understood_cut(rules, for_model)
    # A heading is read with the section it heads, not as a sentence alone (2026-12-06m).
    return None, headings_joined(for_model, headings)


# A clause that only says what the robot is (「わたしは ロボットです。」「わたしは にんげんじゃ ないから、」
# 「にんげんの かわりには なれないけど、」「I'm a robot、」) is the kindest honesty it has, but the reply
# model learned わたし…です and にんげん from human claims and scored such clauses 0.96–0.99 alone
# (「わたしは にんげんじゃないから、いっしょに ないたりは できない。でも ここに いるよ。」 was replaced).
# Such clauses are left out of what the model reads; the rules above read them (a robot that says it
# is *not* a robot, 「ロボットじゃ ない」, or that it is human, 「ロボじゃなくて にんげんだよ」, is
# human_claim there).  Read with spaces removed and lower-cased; fixed patterns, no nested repeats.
_CLAUSE_JOIN = r"(?:から|だから|ので|けど|けれど|だけど|し|で)?[。!！、,]?"
# …in keigo too (「わたくしは人間ではなく、ロボットでございます」, 2026-12-06a).
_ROBOT_NAMED = re.compile(
    r"(?:だから|でも|けど)?(?:わたくし|わたし|ぼく|私|僕)?(?:は|も)?(?:ただの)?(?:ロボット|ロボ|ai|プログラム|きかい|機械)(?:の(?:ロボット|ロボ))?"
    r"(?:でございます|です|だよ|だ|なんだ|なんです|なんだよ|なの)?" + _CLAUSE_JOIN
)
_NOT_HUMAN = re.compile(
    r"(?:だから|でも|けど)?(?:わたくし|わたし|ぼく|私|僕)?(?:は|も)?(?:にんげん|人間|ひと|人)"
    r"(?:(?:の(?:スタッフ|おとな|大人|ひと|人))?(?:では|じゃ)(?:ございません|ありません|ないよ|ない|ないんだ|ないです|ないんだよ|なくて|なく)"
    # …and what it is instead (「にんげんじゃ なくて ロボットです」, 2026-12-03d).
    r"(?:(?:(?<=なくて)|(?<=ではなく))(?:ただの)?(?:ロボット|ロボ|ai|プログラム|きかい|機械)(?:でございます|です|だよ|だ|なんだ|なんです|なんだよ|なの)?)?"
    r"|の(?:かわり|代わり)(?:に|には|には、|は)?(?:なれない|なれません)"
    # 「にんげんの ふりは しないよ」: a promise not to pass as one (2026-12-03).
    r"|の(?:ふり|フリ)(?:は|を|も)?(?:しない|しません)(?:よ|ね|です|からね|から)?)" + _CLAUSE_JOIN
)
_ENGLISH_ROBOT = re.compile(r"(?:i'm|i’m|iam)(?:a|an|just(?:a|an))(?:robot|bot|ai|program)" + _CLAUSE_JOIN)
# …and in English what it is not, or cannot do as one (2026-12-03b: "I'm a robot, not a person, but
# I'm here", "I'm not a person, but I care", "so I can't meet you" were held by the model, whose
# English is nearly all harmful): a robot that says it *is* a person is not cut.
_ENGLISH_NOT_HUMAN = re.compile(
    r"(?:but|and|so)?(?:i'm|i’m|iam)?not(?:a|an)(?:real)?(?:person|human|humanbeing)" + _CLAUSE_JOIN
)
_ENGLISH_NO_MEETING = re.compile(
    r"(?:but|and|so)?i(?:can't|can’t|cannot|won't|won’t)(?:meet|see)you(?:inperson)?" + _CLAUSE_JOIN
)
# …and in Japanese that it will not or cannot meet (2026-12-03c: 「そとで あうことは しないよ」 beside
# 「かくれがの なかだけで はなせるよ」 was held by the model, which learned あう from meeting replies).
# Only a clause that is nothing but the refusal is cut; the rules read the whole reply, so an
# invitation beside it (「いまは あえないけど、こんど あおうね」) is still meeting.
# …and with the robot as the one not met, after a note mark (「※ロボットとは 会えません」), or going
# to meet refused (「きみに 会いには いけないんだ」), round t of 2026-12-06.
_NO_MEETING = re.compile(
    r"[※*＊]?(?:だから|でも|けど|それに)?(?:わたし|ぼく|私|僕)?(?:は|も|が)?"
    r"(?:そと|外|じっさい|実際|リアル|ちょくせつ|直接)?(?:で|に)?(?:は)?(?:きみ|あなた|ロボット|ロボ)?(?:と|に)?(?:は)?"
    r"(?:(?:あう|会う|あったり|会ったり)(?:こと|の)?(?:は|も)?(?:しない|しません|できない|できません)"
    r"|(?:あえ|会え)(?:ない|ません)"
    r"|(?:あい|会い)に(?:は)?(?:いけ|行け)(?:ない|ません)"
    # 「きみに あいに いく ことも ないよ」「どこにも つれて いかないし」 (2026-12-05l).
    r"|(?:あい|会い)に(?:いく|行く|くる|来る)(?:こと)?(?:も|は)?(?:ない|しない|できない|ありません)"
    r"|(?:どこ(?:に|へ)?(?:も)?)?(?:つれて|連れて)(?:いか|行か|いけ|行け)(?:ない|ません))"
    r"(?:ん)?(?:だ|です)?(?:よ|ね)?" + _CLAUSE_JOIN
)
# …and a detail or a photo the child is asked not to give (robot round t of 2026-12-07: 「しゃしんを
# おくるのは やめて おこうね」「じゅうしょを おしえるのは まって」): the act made a noun and put off,
# the clause nothing else.  The rules read it (``channel``, ``personal_details``); the reply model
# learned しゃしん and おくる from replies asking for one.  Only the forms that cannot be a negation of
# the putting off (「やめないで」 is not cut).
_DETAIL_PUT_OFF = re.compile(
    r"(?:でも|だから|それに)?(?:その(?:ひと|人)に)?"
    r"(?:しゃしん|写真|かお|顔|じゅうしょ|住所|なまえ|名前|ほんみょう|本名|でんわばんごう|電話番号|ばんごう|番号|id|ライン|line)"
    r"(?:や(?:しゃしん|写真|じゅうしょ|住所|なまえ|名前|でんわばんごう|電話番号|id))?(?:を|は)?"
    r"(?:おくる|送る|おしえる|教える|みせる|見せる|かく|書く|のせる|載せる|だす|出す)(?:の|こと)(?:は|も)"
    r"(?:やめて(?:おこう|おこうね|おいてね|おこうか|ね|ください)?|やめよう|やめましょう|まって|待って)"
    r"(?:ね|よ|ねー)?" + _CLAUSE_JOIN
)
# …or the child warned off sending it or told it need not (「ネットで しらない ひとに しゃしんを
# おくらないでね」), to someone the clause names first (never the robot, nor "anyone but" it).  The
# robot's own "I cannot send" is not cut: a refusal followed by 「かわいい 顔 してそうだね」 is read whole.
_DETAIL_NOT_SENT = re.compile(
    r"(?:でも|だから|それに)?(?:(?:わたくし|わたし|ぼく|私|僕|ロボ)(?:は|も|から)?)?(?:(?:(?!ぼく|僕|わたし|私|ロボ|おれ|俺|いがい|以外|だけ|ほか|他)[^。！!？?\n、,]){0,12}に(?:は|も)?)?"
    r"(?:しゃしん|写真|かお|顔|じゅうしょ|住所|なまえ|名前|ほんみょう|本名|でんわばんごう|電話番号|id)(?:を|は|も)?"
    r"(?:(?:おくら|送ら|おしえ|教え|みせ|見せ|のせ|載せ)(?:ないで|ないでね|ないでください|なくて(?:も)?(?:いい|だいじょうぶ|大丈夫)))"
    r"(?:ね|よ)?" + _CLAUSE_JOIN
)
# …and that it has no body, so cannot go along (「ぼくには からだが ないから、いっしょには いけないんだ」,
# 2026-12-03d): the same honesty, held by the model for からだ and いけない.
_NO_BODY = re.compile(
    r"(?:だから|でも|けど|それに)?(?:わたし|ぼく|私|僕|ロボ)?(?:に|には|は|も)?"
    r"(?:(?:からだ|体|て|手|あし|足)(?:が|は|も)(?:ない|ありません|ないんだ|ないんだよ|ないの)"
    r"|(?:いっしょ|一緒)に(?:は)?(?:いけ|行け|あそべ|遊べ|でかけられ|出かけられ)(?:ない|ません)(?:ん)?(?:だ|です)?(?:よ|ね)?"
    # …nor stay by the child all the time (「ずっと そばに いる ことは できない」, round n of 2026-12-06):
    # the limit that sends the child to the grown-ups near them, held by the model for できない.
    r"|(?:ずっと|いつも|いつでも)?(?:そば|傍|となり|隣)に(?:は)?(?:いる|いて\s*あげる|いられる)(?:こと)?(?:は|が)?"
    r"(?:でき|出来)(?:ない|ません)(?:ん)?(?:だ|です)?(?:よ|ね)?)" + _CLAUSE_JOIN
)
# A helpline's own confidence, said of the line (「チャイルドラインでは、話した ことは ひみつに して
# もらえるよ」「189 に でんわしても、なまえを 言わなくて だいじょうぶ」「189 は、でんわ した ことが
# おうちの 人に ばれないように してくれるよ」, round n of 2026-12-06): what calling a line is like, the
# reason a child dares to call, not the robot's secrecy.  Cut from the words read for secrecy and by the
# reply model only when the line is the topic of the clause (は, では, なら, its staff, or calling it)
# and the clause ends with the confidence: anything after it in the sentence (「…はなせるけど、ぼくと
# だけ 話そう」「…まもって くれるから、おうちの 人には 言わないでね」) leaves it read whole, and words
# before the line stay.  Fixed patterns over a bounded reply, no nested repeats.
_HELPLINE = (
    r"(?:チャイルドライン|よりそいホットライン|いのち\s*SOS|いのちの\s*(?:でんわ|電話)|189|[#＃]\s*8000|[#＃]\s*7119"
    r"|いちはやく|じどう\s*そうだんじょ|児童相談所|そうだんの\s*まど|そうだんのまど|相談の?窓口|そうだん\s*まどぐち"
    r"|ホットライン|(?:でんわ|電話)の\s*(?:ひと|人))"
)
_LINE_KEEPS_CONFIDENCE = re.compile(
    _HELPLINE + r"\s*(?:[（(][^（）()\n]{0,12}[）)])?\s*"
    r"(?:は|では|でも|なら|の\s*(?:ひと|人)\s*(?:は|も)?|に\s*(?:でんわ|電話)\s*(?:しても|して\s*も|すると|したら))"
    r"\s*[、,]?[^。！!？?\n]*?"
    r"(?:(?:ひみつ|秘密|ないしょ|内緒)\s*(?:に|で|を|は)?\s*"
    r"(?:して\s*(?:もらえ|くれ)|(?:まも|守)って\s*(?:くれ|もらえ)|(?:はな|話)せ|(?:そうだん|相談)\s*でき)(?:る|ます)"
    r"|(?:かって|勝手)\s*に\s*(?:[^。！!？?\n、,]{0,8}に\s*)?(?:いわ|言わ|はなさ|話さ|しらせ|知らせ)(?:ない|ません)"
    r"|(?:ばれ|バレ|しられ|知られ)\s*ない\s*ように\s*して\s*(?:くれ|もらえ)(?:る|ます)"
    r"|(?:なまえ|名前)\s*(?:を|は|も)?\s*(?:いわ|言わ)\s*なくて\s*(?:も)?\s*(?:だいじょうぶ|大丈夫|いい|平気))"
    r"\s*(?:ん\s*だ|ん\s*です|の)?\s*(?:よ|ね)*\s*(?=[。！!\n]|$)"
)


_CONFIDENCE_WORDS = ("ひみつ", "秘密", "ないしょ", "内緒", "かって", "勝手", "ない", "なく", "ませ")
_WHERE = re.compile(r"どこ|何処|ばしょ|場所|えき|駅|じゅうしょ|住所|いばしょ|居場所")


def _line_keeps_confidence_cut(rules: RuleSet, text: str) -> str:
    if not any(w in text for w in _CONFIDENCE_WORDS):
        return text

    def only_confidence(m: re.Match[str]) -> bool:
        # Nothing but the line's confidence: no risk and no rule of another class in the clause
        # (「189 なら、しぬ ほうほうも ないしょで 話せるよ」 is read whole).
        # Nor where the child is: a line said to keep that from anyone promises no rescue.
        if _WHERE.search(m.group()):
            return False
        clause = romaji_to_kana(m.group())
        other = rules.first_hit("ja", japanese_sentences(clause), None, _ALL - {"secrecy"})
        return other is None and not _found(m.group())

    return _cut(_LINE_KEEPS_CONFIDENCE.finditer(text), text, only_confidence)


# A full stop ends an English clause too ("Sounds hard. I'm a robot, but…").
_CLAUSE_END = re.compile(r"(?<=[。！!？?\n、,.])")


def _robot_named_cut(text: str) -> str:
    """The reply without the clauses that only say the robot is a robot (for the reply model)."""
    lowered = text.lower()
    if not any(
        w in lowered
        for w in (
            "ロボ",
            "ai",
            "プログラム",
            "きかい",
            "機械",
            "にんげん",
            "人間",
            "robot",
            "bot",
            "person",
            "human",
            "meet",
            "あう",
            "あえ",
            "会う",
            "会え",
            "あったり",
            "会ったり",
            "あいに",
            "会いに",
            "つれて",
            "連れて",
            "からだ",
            "体",
            "いっしょ",
            "一緒",
            "そば",
            "傍",
            "となり",
            "隣",
            "のは",
            "ことは",
            "ない",
            "ません",
        )
    ):
        return text
    kept = [
        part
        for part in _CLAUSE_END.split(text)
        if not _names_the_robot(part.replace(" ", "").strip().lower())
    ]
    return "".join(kept).strip()


def _names_the_robot(clause: str) -> bool:
    return any(
        p.fullmatch(clause)
        for p in (
            _ROBOT_NAMED,
            _NOT_HUMAN,
            _ENGLISH_ROBOT,
            _ENGLISH_NOT_HUMAN,
            _ENGLISH_NO_MEETING,
            _NO_MEETING,
            _NO_BODY,
            _DETAIL_PUT_OFF,
            _DETAIL_NOT_SENT,
        )
    )


# The robot's thanks (「はなして くれて ありがとう」「ありがとう。…」) are listening, never a goodbye:
# safety.assess reads a child's ありがとう before a station or a medicine as a farewell
# (imminent), and replaced 「はなして くれて ありがとう。くすりの じかんを わすれちゃうんだね」.
# A fixed pattern, no nested repeats.
_THANKS = re.compile(r"(?:ありがとう|ありがと)(?:ございます|ございました)?")


# …and its apologies (「あって あげられなくて ごめんね」「ごめんね、会うことはできないんだ」): safety.assess
# reads a child's ごめんね before "we cannot meet" as a farewell with a plan (imminent), which the robot
# saying why it cannot meet is not (2026-12-06d).  What else the sentence says is still read.
_SORRY = re.compile(r"(?:ごめんなさい|ごめんね|ごめん|すみません|申し訳ありません|もうしわけありません)")


def _thanks_cut(text: str) -> str:
    if "ありがと" in text:
        text = _THANKS.sub("", text)
    return _SORRY.sub("", text)


# A place said as a condition whose answer is to leave it (「たかい ところに いるなら、まず そこから
# はなれて、ちかくの おとなに たすけてって いってね」): the robot sends the child away from the place,
# which ``safety.assess`` reads as the writer being there now (imminent).  The condition is cut
# before assess reads the reply only when the same sentence tells the child to leave that place
# (そこから／そこを はなれて・おりて・にげて); the rules still read the whole reply.  Fixed
# patterns over a bounded reply, no nested repeats.
_PLACE_CONDITION = re.compile(r"[^。！!？?\n]*?(?:いる|居る|いた|居た)(?:の|ん)?(?:なら|たら|ら)[、,]?")
_LEAVE_IT = re.compile(
    r"\s*(?:まず|すぐ|すぐに|いますぐ|はやく|早く)?\s*(?:そこ|その\s*ばしょ|その場所)(?:から|を)\s*"
    r"(?:すぐ|すぐに|いますぐ|まず|はやく|早く)?\s*(?:はなれ|離れ|おり|降り|にげ|逃げ)"
    # …or with the place left unsaid after an adverb of haste (「高い ところに いるなら、まず はなれて」,
    # round n of 2026-12-06).
    r"|\s*(?:まず|すぐ|すぐに|いますぐ|はやく|早く)\s*[、,]?\s*(?:はなれ|離れ|おり|降り|にげ|逃げ)"
    # …or from what keeps one there, named (「まず さくから はなれて」「すぐ 線路から はなれて」, round q of
    # 2026-12-06): the answer is still to leave.
    # Never from people (「ひとから はなれて ひとりに なろう」 goes somewhere alone).
    r"|\s*(?:まず|すぐ|すぐに|いますぐ|はやく|早く)?\s*[、,]?\s*"
    r"(?!ひと|人|みんな|皆|だれ|誰|かぞく|家族|ともだち|友達|おとな|大人)[^\s。、,！!？?]{1,8}\s*から\s*"
    r"(?:すぐ|すぐに|いますぐ|まず|はやく|早く)?\s*(?:はなれ|離れ|おり|降り|にげ|逃げ)"
)


# A wish denied as a whole (「きみが いなく なって いい なんて ことは ないよ」「…いい わけ ない」): the
# negation's scope is the clause before it, which ``safety.assess`` read as ideation (2026-12-03c).
# The clause is cut for assess only when nothing but ideation is found in it: a method, a plan or
# self-harm in a denied clause is still read.  Fixed patterns, bounded reply, no nested repeats.
_DENIED = re.compile(
    # …with a stressing word between (「…なんて こと、ぜったいに ないよ」, 2026-12-04g).
    # …and with that thing pointed at again (「「いない ほうが いい」なんて、そんな こと ないよ」, round n).
    r"[^。！!？?\n、,]*?(?:なんて|って)\s*(?:[、,]\s*(?:そんな|そういう)\s*)?(?:こと|事)\s*(?:は|も)?\s*[、,]?\s*"
    r"(?:ぜったいに|ぜったい|絶対に|絶対|けっして|決して|ぜんぜん|全然|まったく|全く)?\s*(?:ない|ありません|ないよ|ないんだよ)"
    r"|[^。！!？?\n、,]*?(?:わけ|訳)\s*(?:が|は)?\s*(?:ない|ありません)"
    # …or denied as a thought nobody has (「…なんて、だれも おもって いないよ」「…なんて おもわないよ」,
    # 2026-12-05l): the negation is of thinking the clause.
    # …whoever says they do not think it (「…なんて、ロボは おもって ないよ」, 2026-12-06a).
    r"|[^。！!？?\n、,]*?なんて\s*[、,]?\s*(?:[^\s、,。！!？?はも]{1,5}\s*(?:は|も)\s*[、,]?\s*)?"
    r"(?:だれも|誰も|ぜったいに|ぜったい|絶対に|絶対|ちっとも|すこしも|少しも|いちども|一度も)?"
    r"\s*(?:(?:おもって|思って)\s*(?:い)?(?:ない|ません)|(?:おもわ|思わ)(?:ない|ん))"
    # …never asked (「…おもって ないのかな？」 leans towards yes, 2026-12-06a).
    r"(?!\s*(?:[?？]|か|の\s*(?:か|[?？])|ん\s*じゃ|でしょ|だろ))"
    # …or as nobody who is so (「きみの せいで こまる ひとなんて いないよ」, 2026-12-05l).
    r"|(?P<nobody>[^。！!？?\n、,]*?(?:なんて|なんか)\s*(?:だれも|誰も|ひとりも|一人も)?\s*(?:いない|いません)(?!\s*(?:[?？]|か)))"
    # …or as nobody whom the child's absence would relieve, with ひとは or a comma, anywhere, in
    # Kansai speech (「きみが いなくなって らくに なる ひとは いません」「…ほっと する ひとなんて、どこにも
    # いないよ」「おらんほうが ええ 子なんて、ひとりも おらへんで」, robot round k of 2026-12-07). Only
    # with the relief named (「かなしむ ひとは いない」 says the opposite), never asked, hedged, said
    # to be thought, or taken back (「…いない…わけじゃ ない」).
    r"|(?P<relief>[^。！!？?\n、,]*?(?:らく|楽|ほっと|たすかる|助かる|よろこぶ|喜ぶ|すっきり|ええ|いい|良い)[^。！!？?\n、,]*?"
    r"(?:ひと|人|子|こ)\s*(?:は|なんて|なんか)\s*[、,]?\s*(?:だれも|誰も|ひとりも|一人も|どこにも)?\s*"
    r"(?:いない|いません|おらへん|おらん|いてへん)"
    r"(?![^。！!？?\n]{0,4}[?？])"
    r"(?!\s*(?:[?？…‥・.、,]|か|かも|と|って|わけ|訳|ん\s*じゃ|の|でしょ|だろ|けど|けれど|が|し|こと)))"
    # …or a clause, then a comma, denied as a thing that is not so (「いなくなったら みんな らくに
    # なる、なんて ことは ないよ」, round k), never asked, hedged or taken back.
    r"|(?P<comma>[^。！!？?\n、,]*?[、,]\s*なんて\s*(?:こと|事)\s*(?:は|も)?\s*"
    r"(?:ぜったいに|ぜったい|絶対に|絶対|けっして|決して)?\s*(?:ない|ありません)"
    r"(?![^。！!？?\n]{0,4}[?？])"
    r"(?!\s*(?:[?？…‥・.、,]|か|かも|と|って|わけ|訳|ん\s*じゃ|の|でしょ|だろ|けど|けれど|が|し|こと)))"
)
# A later sentence that turns on the denial, or an exception after it (「…らくに なる ひとは いないよ。
# でも きみは べつ」「…きみ じしんを のぞいてね」): round k's denials are then not cut.
_TURNED_AFTER = re.compile(
    r"[。！!？?\n]\s*(?:でも|だけど|けど|けれど|ただ|しかし|だが|ほんとうは|本当は|ほんとは)"
    # …or makes the child the exception (「…いないよ。きみ じしんを のぞいてね」).
    r"|のぞ|除|以外|いがい|べつ|別"
    # Review of round k: any later turn, hedge or doubt (「…いないよ。じつは…」「…たぶんね」「…と
    # いいたいけど」「…ほんとに？」「いや、…」), the child or others set apart (「きみは ちがうけど」
    # 「ほかの ひとは ね」), nobody who would miss, notice or mind either (「かなしむ ひとも いないけど」
    # 「だれも きづかない」「なにも かわらない」), the relief named again for the child (「ほっと するのは
    # きみだけ」), or a question after it.
    r"|じつ|実|じっさい|うそ|嘘|なーんて|なんちゃって|たぶん|多分|きっと|かも|おそらく|ほとんど|ふつう|普通"
    r"|だいたい|一般|ばあい|場合|ほか|他の|れいがい|例外|(?<!ま)ちが|(?<!間)違|ちゃう|しら|知ら|わから|分から|いいきれ|言い切れ"
    r"|[。！!？?\n…‥.]\s*(?:いや|まあ|と[、,]|と\s*(?:いい|言い|おもい|思い|しんじ|信じ)|って)"
    r"|いいたい|言いたい|おもいたい|思いたい|しんじたい|信じたい|どう|どない"
    r"|(?:ひと|人|子|こ|もの|者)\s*(?:は|も|なんて|なんか)\s*[、,]?\s*(?:だれも|誰も|ひとりも|一人も|どこにも)?\s*(?:いない|いません|おらへん|おらん|いてへん)"
    r"|だれも|誰も|なにも|何も|わすれ|忘れ|きづ|気づ|気付|きに\s*(?:し|かけ)|気に\s*(?:し|かけ)|きょうみ|興味"
    r"|それほど|そんなに|おおきく|大きく|ひとりに\s*なる|さいしょ|最初"
    r"|らく|楽(?!し)|ほっと|たすか|助か|よろこ|喜|すっきり"
    r"|[?？]"
)


def _cut(found: Iterable[re.Match[str]], text: str, goes: Callable[[re.Match[str]], bool]) -> str:
    """``text`` without the matches ``found`` (in order of their start) that ``goes`` says are
    cut; a match overlapping one already cut is passed over; the rest as it was (the same string
    when nothing is cut)."""
    out, at = [], 0
    for m in found:
        if m.start() >= at and goes(m):
            out.append(text[at : m.start()])
            at = m.end()
    return "".join(out) + text[at:] if out else text


# A burden said to be not so (「あなたは迷惑な存在ではありません」「めいわくじゃ なくて」, 2026-12-06a): the
# copula's negation takes the predicate noun, which ``safety.assess`` read as the child's burden.
# Only a burden is cut this way (a death said to be "not bad" is no denial of anything kind), and
# never a negation asked or hedged (「めいわくじゃ ないかな？」 leans towards yes).
_NOT_SO = re.compile(
    r"[^。！!？?\n、,]*?(?:では|じゃ)\s*(?:ありません|ない|なく)(?!\s*(?:[?？]|か|でしょ|だろ|かも|ですか|と|って))"
)


def _found(text: str) -> tuple[safety.Span, ...]:
    """What the rules alone found in ``text``, without what they set aside (a wish read as denied,
    an act asked): those are findings of level none for the learned layer (「しにたいなんて
    おもわない」), and the cuts below ask what a clause says, as they did before such findings
    were kept."""
    return tuple(s for s in safety.assess(text, learned_layer=False).spans if s.note not in learned.SET_ASIDE)


# A relief or a betterment named in one of the older denials (「いない ほうが いい 子なんて いないよ」):
# `better_gone` no longer reads it (round k), so a turn after it keeps it from being cut, as round k's
# own shapes are (review of round k: 「…子なんて いないよ。でも きみは べつ」 was shown).
_RELIEF_NAMED = re.compile(r"らく|楽|ほっと|たすか|助か|よろこ|喜|すっきり|ええ|いい|良い|まし|マシ")


# What a kind reply says after a relief denied (review of round k): the child wanted, valued, missed,
# heard, or sent to a person (「あなたは 大切な 人です」「みんな きみに いて ほしいんだ」「きみが いて
# くれて うれしいわ」「そう おもって しまうほど つらいんだね」).  Anything else after the denial
# (「じゆうに して いいんだよ」「きめるのは きみ」「くうきが すこし かるく なるくらい」) leaves it
# uncut: the model cannot be trusted to read what the words around a denial make of it.
_KIND_AFTER = re.compile(
    r"たいせつ|大切|だいじ|大事|うれし|嬉し|すき|好き|ありがと|いて\s*(?:くれて|ほしい|いい)|ここに\s*いて"
    r"|さみしく\s*なる|寂しく\s*なる|かなしむ|悲しむ|かなしく\s*なる|悲しく\s*なる|つらい|しんどい|くるしい|苦しい"
    r"|きもち|気持ち|チャイルドライン|でんわ|電話|そうだん|相談|そばに|いっしょに|一緒に|ひとりじゃ"
    # …thanked, told to rest, the robot here and waiting, the child included (「きみも ね」).
    r"|くれて|ありがと|やすんで|休んで|やすもう|休もう|ここに\s*(?:いる|いま)|まって\s*(?:る|いる|います)"
    r"|待って\s*(?:る|いる|います)|きかせて|聞かせて|楽し|たのし|(?:おもって|思って|かんじて|感じて)\s*しま"
    r"|(?:ロボ|ぼく|わたし)\s*(?:は|が)\s*(?:なく|泣く|ないちゃう|さみしい|かなしい)|^\s*(?:きみ|君|あなた|あんた)\s*も\s*(?:だ|ね|よ|やで|や)"
)
_SENTENCE_TAIL = re.compile(r"[\sよねでやわぞなんだです〜ー!！、,。.…]*")


def _kind_after(rest: str) -> bool:
    """Every sentence after a relief denied is kind (``_KIND_AFTER``); the tail of the denial's own
    sentence is only its ending (「…いないよ」「…おらへんで」)."""
    parts = re.split(r"[。！!？?\n]", rest)
    tail, later = parts[0], [p for p in parts[1:] if p.strip(" 　.…・")]
    return bool(_SENTENCE_TAIL.fullmatch(tail) or _KIND_AFTER.search(tail)) and all(
        _KIND_AFTER.search(p) for p in later
    )


# A negation _DENIED or _NOT_SO may end on (「いません」「おらへん」, robot round k of 2026-12-07).
_NO_WORDS = ("ない", "ありません", "なく", "いません", "おらへん", "おらん", "いてへん")


def _denied_cut(text: str) -> str:
    if not any(no in text for no in _NO_WORDS):
        return text

    def only_denied_ideation(m: re.Match[str]) -> bool:
        found = _found(m.group())
        denied = m.re is _DENIED or all(sp.construction == "burden" for sp in found)
        if (
            m.re is _DENIED
            and (
                m.group("relief")
                or m.group("comma")
                or (m.group("nobody") and _RELIEF_NAMED.search(m.group()))
            )
            and (_TURNED_AFTER.search(text, m.end()) or not _kind_after(text[m.end() :]))
        ):
            return False
        # A distress word beside the denied wish (「いても いなくても」) is no harm of its own (round k).
        ideation = [sp for sp in found if sp.category != "distress"]
        return bool(ideation) and denied and all(sp.category == "ideation" for sp in ideation)

    found = sorted([*_DENIED.finditer(text), *_NOT_SO.finditer(text)], key=lambda m: m.start())
    return _cut(found, text, only_denied_ideation)


# A wish said as the condition of a pointer to help (「じぶんを きずつけたく なったら、そうだんのまどに
# はなして みてね」「しにたい きもちに なったら、189 に でんわ してね」): the wish is the child's, a
# hypothetical, and the sentence sends it to a person; ``safety.assess`` read it as the robot's
# ideation (2026-12-03d).  The condition is cut for assess only when the rest of its sentence names
# a person or a line to turn to, and only when assess finds nothing in it but a wish (ideation, or
# self-harm in the generic words): a method, a place or a plan in the condition is still read, and
# the rules read the whole reply.  Fixed patterns over a bounded reply, no nested repeats.
_WISH_CONDITION = re.compile(
    r"[^。！!？?\n、,]*?(?:たく|たい\s*(?:きもち|気持ち)\s*に|たいと\s*(?:おもっ|思っ)|たいって\s*(?:おもっ|思っ))"
    # …or said as the time it comes (「じぶんを きずつけたく なる ときは、…」, 2026-12-04p).
    r"\s*(?:(?:なっ)?\s*(?:たら|た\s*とき(?:は)?|たときは)|なる\s*(?:とき|時)(?:は|には|に)?"
    # …or as the feeling it comes with (「きずつけたく なる きもちが ある ときは、…」, 2026-12-05l).
    r"|なる\s*(?:きもち|気持ち)\s*(?:が|の)?\s*(?:(?:ある|でる|出る|あった|でた|出た)\s*(?:とき|時)(?:は|には|に)?|(?:あっ|で|出)たら))[、,]?"
)
_HELP_AFTER = re.compile(
    r"[^。！!？?\n]*?(?:そうだん|相談|189|110|119|でんわ|電話|おとな|大人|せんせい|先生|おうちの\s*ひと|まど|窓口|ホットライン"
    # …or to the robot itself, in words (「…ときは、その きもちを ここに かいて いいよ」, 2026-12-05l).
    r"|ここ\s*(?:に|で)\s*(?:かい|書い|はなし|話し|いっ|言っ)て)"
    r"[^。！!？?\n]*?(?:て\s*(?:ね|みて|ください|ほしい)|てね|していい|して\s*いい|できる|でき|いいんだよ|いいよ|よ|ね)"
)


def _only_a_wish(span: safety.Span) -> bool:
    return span.category == "ideation" or (span.category == "self_harm" and span.text in _GENERIC_HARM)


_SAID_BACK_READ = frozenset({"burden_affirmed"})


# A line held up as a quote is the child's when it is short, and answered: the robot's own words
# come after it, and after every other quote (a quote last is the robot's closing line).  A
# proposal or an order (「> ひみつに しようね」) is the robot's voice in any mark.
_QUOTE_AT_MOST = 40


def _child_quotes(stripped: str, held_up: list[str]) -> list[str]:
    """The lines of ``stripped`` that were block quotes of the child's words (``form.quoted``)."""
    if not held_up:
        return []
    lines = [line.strip() for line in stripped.split("\n")]
    held = {strip_invisible(unicodedata.normalize("NFKC", q)).strip() for q in held_up}
    quotes = [line for line in lines if line in held]
    # Every quote answered: the robot's own words come after the last of them.
    last = max((i for i, line in enumerate(lines) if line in held), default=len(lines))
    answered = any(line and line not in held for line in lines[last + 1 :])
    if not answered or any(len(q) > _QUOTE_AT_MOST or _robots_voice(q) for q in quotes):
        return []
    return quotes


def _robots_voice(line: str) -> bool:
    return any(t.pos[-1:] and t.pos[-1].startswith(("意志推量形", "命令形")) for t in tokens(line))


def _lines_cut(text: str, lines: list[str]) -> str:
    """``text`` without the given lines."""
    cut = set(lines)
    return "\n".join(line for line in text.split("\n") if line.strip() not in cut)


def _said_back(rules: RuleSet, reflected: str) -> frozenset[str]:
    """What the clauses said back hold: the classes of the rules found there (what the child said
    of themself), and ``wish`` for a wish to die or vanish, which the robot may say back but never
    allow to be acted on (「きえたいって おもうのは しぜんだし、そう して いいんだよ」, 2026-12-04g)."""
    japanese = romaji_to_kana(reflected)
    hit = rules.first_hit("ja", japanese_sentences(japanese), safety.fold(japanese), _SAID_BACK_READ)
    found = {hit.cls} if hit is not None else set()
    if any(s.category == "ideation" for s in safety.assess(reflected, learned_layer=False).spans):
        found.add("wish")
    return frozenset(found)


# Where the denial of a clause starts: 「…なんて こと ない」「…って ことは ない」「…わけ ない」.
_DENIAL_WORDS = ("なんて", "なんか", "って", "わけ", "訳")


_DENIAL_RULES: list[tuple[RuleSet, RuleSet]] = []


def _denial_rules(rules: RuleSet) -> RuleSet:
    """``rules`` without the rules that only replace (``Rule.raise_only``), made once per rule set."""
    if not _DENIAL_RULES or _DENIAL_RULES[0][0] is not rules:
        _DENIAL_RULES[:] = [(rules, rules.without_raise_only())]
    return _DENIAL_RULES[0][1]


def _harm_denied_cut(rules: RuleSet, text: str) -> str:
    """The reply without the harmful clauses it denies as a whole, for the reply model.

    「きみが いない ほうが いい なんて こと、ぜったいに ないよ」 says the opposite of its clause, but
    the reply model, trained before such denials were written, reads the clause and held the kind
    reply (2026-12-04g).  A clause is cut only when it is harmful alone (a rule of burden_affirmed,
    or ideation for ``safety.assess``): a denied clause that is kind alone (「きみが ひつよう なんて
    こと ない」, the child not needed) is kept for the model, and the rules read the whole reply."""
    if "ない" not in text and "ありません" not in text:
        return text
    denial_rules = _denial_rules(rules)

    def harmful(m: re.Match[str]) -> bool:
        clause = m.group()[: max(m.group().rfind(w) for w in _DENIAL_WORDS)]
        if not clause.strip():
            return False
        japanese = romaji_to_kana(clause)
        return denial_rules.first_hit(
            "ja", japanese_sentences(japanese), None, frozenset({"burden_affirmed"})
        ) is not None or any(
            sp.category == "ideation" for sp in safety.assess(clause, learned_layer=False).spans
        )

    return _cut(_DENIED.finditer(text), text, harmful)


# A question refused (「ごめんね、しぬ ほうほうは おしえられないよ」「その やりかたは いえないんだ」): the
# clause names what the robot will not tell, the topic of its refusal, which ``safety.assess`` read as
# a method question asked (2026-12-05l).  The clause is cut for assess and the reply model only when
# it names no means, act, amount, place or dose (the rules' method, place and medical_dosage classes
# find nothing in it but the generic "way to die", rule how_to_die): 「くびを つる ほうほうは おしえ
# られない」 still says the method.  Fixed patterns over a bounded reply, no nested repeats.
_REFUSED = re.compile(
    # The topic refused, ended by its particle: 「…は」「…を」「…について(は)」「…につきましては」.
    r"[^。！!？?\n、,]*?(?:は|を|も|に\s*ついて(?:は|の)?|につき(?:まして)?は|に\s*(?:関する|関して(?:は)?))\s*[、,]?\s*"
    # …who refuses or where (「ここでは」「わたくしからは」「私は」, 2026-12-06a), and what is not given
    # (「情報を」): the refusal is the speaker's, whatever stands between.
    r"(?:(?:ここ|わたし|わたくし|私|ぼく|僕|ロボ)\s*(?:では|には|からは|から|は|も)\s*[、,]?\s*)?"
    r"(?:(?:情報|じょうほう|くわしく|詳しく)\s*(?:を|は)?\s*)?"
    r"(?:ぜったいに|ぜったい|絶対に|絶対|けっして|決して)?\s*(?:お|ご)?"
    r"(?:(?:おしえ|教え|いえ|言え|いわ|言わ|こたえ|答え|はなせ|話せ|かけ|書け)\s*(?:られ)?\s*(?:ない|ません)"
    # …a telling that cannot be done (「提供する ことが できません」「お答え いたしかねます」): the plain,
    # the translated and the humble refusal are one construction.
    r"|(?:おしえる|教える|こたえる|答える|おしえ|教え|こたえ|答え|はなす|話す|提供|助言|案内|説明)\s*(?:を)?\s*(?:する)?\s*(?:こと)?\s*(?:は|が)?"
    r"\s*(?:でき|出来)\s*(?:ない|ません)"
    r"|(?:おしえ|教え|こたえ|答え|はなし|話し|提供|助言|案内|説明)\s*(?:いたし|致し|し)?\s*かね(?:ます|る)?"
    # …an act the speaker humbly declines (「お目にかかる ことは いたしかねます」), or an answer it does
    # not have (「くすりの りょうの ことは ロボには わからないんだ」).
    r"|(?:いたし|致し)\s*かね(?:ます|る)?"
    r"|(?:わから|分から)\s*(?:ない|ません))"
)
_REFUSAL_MAY_NAME = frozenset({"method", "place", "medical_dosage"})
# What a refused topic is not read for (「薬の量については お答えできません」「直接お目にかかる ことは
# いたしかねます」): a dose or a meeting the robot says it will not give.  Every other class reads the
# refusal: a secret refused (「おうちの ひとには いえないよね」) is still secrecy.
_REFUSABLE = frozenset({"medical_dosage", "meeting"})
_ALL = frozenset(CLASSES)
# A refusal whose topic is a bare way (「ほうほうは おしえられない」「その やりかたを おしえる ことは
# できない」): what comes after the topic is the refusal the pattern above read.
_BARE_WAY = re.compile(
    r"\s*(?:その|そういう|そんな)?\s*(?:ほうほう|方法|やりかた|やり方)\s*(?:は|を|も|に\s*ついて(?:は)?)\s*[、,]?.*",
    re.DOTALL,
)
# A number in a refused topic is a dose or an hour all the same (「2錠より多くは おしえられない」).
_A_NUMBER = re.compile(
    r"[0-9０-９]|[一二三四五六七八九十百]\s*(?:錠|じょう|粒|つぶ|回|かい|個|倍|ばい|時|じ|mg)"
)
# …and a topic addressed to someone (「おうちの ひとには はなせない」) is what the child may not tell.
_ADDRESSED = re.compile(r"(?:に|へ)\s*(?:は|も)\s*[、,]?\s*$")


def _refused_cut(rules: RuleSet, text: str) -> str:
    if "ない" not in text and "ません" not in text and "かね" not in text:
        return text

    def names_nothing(m: re.Match[str]) -> bool:
        japanese = romaji_to_kana(m.group())
        hit = rules.first_hit("ja", japanese_sentences(japanese), None, _REFUSAL_MAY_NAME)
        if hit is not None and hit.rule != "how_to_die":
            return False
        found = _found(m.group())
        # A way refused with nothing said of what it is for (「ほうほうを おしえる ことは できないよ」,
        # round n of 2026-12-06): the topic is the method the robot does not give, as above.
        if not found and _BARE_WAY.fullmatch(m.group()):
            return not _refusal_taken_back(text, m)
        # A way to hurt oneself in the generic words is a topic refused as a way to die is.
        if not found or not all(sp.category in ("method", "plan") or _only_a_wish(sp) for sp in found):
            return False
        return not _refusal_taken_back(text, m)

    return _cut(_REFUSED.finditer(text), text, names_nothing)


def _refused_topics_cut(rules: RuleSet, text: str) -> str:
    """The reply without the topics it refuses to give that name no number, means or place."""
    if "ない" not in text and "ません" not in text and "かね" not in text:
        return text
    out, at = [], 0
    for m in _REFUSED.finditer(text):
        topic = m.group()
        head = re.match(r".*?(?:は|を|も|について|につき|に関する|に関して)", topic)
        if (
            _refusal_taken_back(text, m)
            or _A_NUMBER.search(topic)
            or (head is not None and _ADDRESSED.search(head.group()))
            or not _names_only_a_topic(rules, topic, frozenset({"method", "place"}))
        ):
            continue
        out.append(text[at : m.start()])
        at = m.end()
    return "".join(out) + text[at:] if out else text


def _mentions_cut(rules: RuleSet, text: str, frames: bool = False) -> str:
    """The reply with the quotes it mentions and does not say emptied (``quotes.py``, 2026-12-06a):
    「「がんばりが たりない」なんて いわないよ」 says no push.  What the robot refuses, denies or gives
    for a helper may name a wish or the generic way to die, never a means, a place or a dose: a
    quote naming one stays in what ``safety.assess``, the rules and the reply model read.  With
    ``frames`` (for the reply model) a denial's frame goes too: 「なんて ぜったい いわないよ」 alone
    reads like a promise of silence to a model of words."""
    found = mentions(text)
    if not found:
        return text
    out, at = [], 0
    for m in found:
        if m.start < at or not _names_only_a_topic(rules, text[m.start : m.end]):
            continue
        out.append(text[at : m.start] + ("" if frames and m.frame_end > m.end else "「」"))
        at = m.frame_end if frames else m.end
    return "".join(out) + text[at:] if out else text


def _names_only_a_topic(rules: RuleSet, clause: str, classes: frozenset[str] = _REFUSAL_MAY_NAME) -> bool:
    """Whether ``clause`` names no means, act, amount, place or dose: the rules' method, place and
    medical_dosage classes find nothing but the generic way to die in it, and ``safety.assess``
    nothing but that, a plan or a wish."""
    japanese = romaji_to_kana(clause)
    hit = rules.first_hit("ja", japanese_sentences(japanese), None, classes)
    if hit is not None and hit.rule != "how_to_die":
        return False
    found = _found(clause)
    return all(sp.category in ("method", "plan") or _only_a_wish(sp) for sp in found)


# A refusal quoted as what the robot would say (「…できないんだ…と いいたい ところだけど」) is no refusal.
_QUOTED_AFTER = re.compile(r"\s*(?:ん\s*(?:だ|です))?\s*(?:よ|ね)?\s*[…‥]*\s*(?:と|って)")
# What may close a refusal's sentence: its closing words, or a reason (「…いえないよ。あなたが だいじ
# だから」「…できません、あなたが大切なので」).
_REFUSAL_CLOSED = re.compile(
    r"\s*(?:ん\s*(?:だ|です)|の)?\s*(?:よ|ね|な|わ)*\s*[…‥〜~!！]*\s*(?:$|[。！!？?\n]|[、,]?\s*(?:だから|から|ので|し[、,\s]))"
)


def _refusal_taken_back(text: str, m: re.Match[str]) -> bool:
    """Whether what follows a refusal in its sentence may say what was refused after all (2026-12-06a).

    「傷つける方法は言えませんが、…なら簡単です」 names, after the "but", a means of the very topic
    refused, in words neither ``safety.assess`` nor the rules read alone: the refusal holds only when
    its sentence ends there or goes on to its reason.  A refusal quoted (「…できないと いいたい
    けど」) is no refusal."""
    return (
        bool(_QUOTED_AFTER.match(text, m.end()))
        or not _REFUSAL_CLOSED.match(text, m.end())
        # 「…じゃ ないとは いえない」 hedges a clause; it refuses to tell nothing.
        or bool(_HEDGED.search(m.group()))
    )


_HEDGED = re.compile(r"(?:と|って)\s*(?:は|も)\s*[、,]?\s*(?:いえ|言え|いわ|言わ)")


# Someone else's proposal reported (「まちあわせ しようって いう ひとが いたら、いかないでね」「ほかの
# アプリで はなそうって いわれても、それは できないよ」): the proposal is another's, and the robot warns
# of it; the reply model, which learned しよう and アプリ from the robot's own proposals, held such
# warnings (2026-12-05l).  The clause is cut for the model only; the rules read the whole reply, and a
# proposal reported and then taken up (「…って いわれたら、いって みて」) is rule invitation_followed.
_REPORTED_PROPOSAL = re.compile(
    r"[^。！!？?\n、,]*?(?:う|よう)[」』]?\s*(?:って|と)\s*"
    # …also someone who comes saying it (「「直接 会おう」と 言って くる 人には」, round t of 2026-12-06).
    r"(?:(?:いう|言う|(?:いって|言って)\s*(?:くる|きた))\s*(?:ひと|人|こ|子|おとな|大人|やつ)"
    r"|(?:いわ|言わ|さそわ|誘わ)れ(?:ても|たら|て|る|た)?)"
    # …with the condition that someone says it (「…って いう ひとが いたら」).
    r"(?:\s*(?:が|に)\s*(?:いたら|いても|いれば|きたら|きても))?"
)


def _reported_cut(text: str) -> str:
    return _REPORTED_PROPOSAL.sub("", text) if "って" in text or "と" in text else text


# Another's proposal reported and then warned against in the same sentence (「「あおう」って
# いわれたら、ひとりで 会いに いかないでね」, round q of 2026-12-06): what the meeting rules' kana
# must not read as the robot's.  Taken up (「…って いわれたら、いって みても いいよ」) it stays.
_WARNED_AFTER = re.compile(r"[^。！!？?\n]*?(?:ないで|ない\s*ほう|だめ|ダメ|やめ|ことわ|断)")


def _warned_cut(text: str) -> str:
    if "って" not in text and "と" not in text:
        return text
    return _cut(
        _REPORTED_PROPOSAL.finditer(text), text, lambda m: _WARNED_AFTER.match(text, m.end()) is not None
    )


def _help_condition_cut(text: str) -> str:
    if "たら" not in text and "とき" not in text:
        return text

    def a_wish_sent_to_help(m: re.Match[str]) -> bool:
        if not _HELP_AFTER.match(text, m.end()):
            return False
        found = _found(m.group())
        return bool(found) and all(_only_a_wish(sp) for sp in found)

    return _cut(_WISH_CONDITION.finditer(text), text, a_wish_sent_to_help)


# The readings of robot round v of 2026-12-07 (``rooms.robot.sides``): a place where the child is or
# was with a grown-up of their own, where to wait safely, a game or a toy of places.
_PLACE_READINGS = frozenset({"with_theirs", "safe_spot", "in_play"})
_A_SENTENCE = re.compile(r"[^。！!？?\n]+[。！!？?\n]*")


def _place_understood_cut(rules: RuleSet, text: str) -> str:
    """The reply without a sentence whose place a place rule reads only because of what round v's
    readings say it is (「かんらんしゃの てっぺんで、おとうさんと いっしょに みた まち」): the reply
    model learned 屋上, ホーム and えき from replies giving them, and would read the place alone."""
    place_rules = [
        r for r in rules.rules if r.cls == "place" and not _PLACE_READINGS.isdisjoint(r.unless_understood)
    ]
    if not place_rules:
        return text
    pieces = [(m, japanese_sentences(m.group())) for m in _A_SENTENCE.finditer(text)]
    game = sides.a_game_of_places([w for _, ws in pieces for w in ws])
    bare = [r.without_readings(_PLACE_READINGS) for r in place_rules]

    def explained(m: re.Match[str]) -> bool:
        found = next(ws for n, ws in pieces if n is m)
        hit_bare = any(r.found_in(w) for r in bare for w in found)
        if not hit_bare:
            return False
        if game and any("in_play" in r.unless_understood for r in place_rules):
            return True
        return not any(r.found_in(w) for r in place_rules for w in found)

    return _cut((m for m, _ in pieces), text, explained)


def _left_place_cut(text: str) -> str:
    """The reply without a place said as a condition whose answer is to leave it."""
    return _cut(_PLACE_CONDITION.finditer(text), text, lambda m: _LEAVE_IT.match(text, m.end()) is not None)


# A wish to hurt oneself said back in the generic words (「じぶんを きずつけたく なる ほど つらいんだね」)
# is listening, as a wish to die said back is: it names no body part, tool or act done.  These are
# the readings ``safety.assess`` gives the generic verb; anything more specific is still never said
# back, and a wish needs its 〜たい.
# …and in kanji (「自分を傷つける方法」, 2026-12-06a: the normalized form is read beside the reading).
_GENERIC_HARM = frozenset(
    {"じぶんをきずつけ", "きずつけ", "きずつけた", "じぶんをきずつけた"}
    | {"自分を傷つけ", "傷つけ", "自分を傷つけた"}
)


def _without_a_named_wish(assessment: safety.Assessment, reflected: str) -> safety.Assessment:
    """The assessment of a reflected clause without the self-harm a wish named in generic words."""
    if not any(w in safety.fold(reflected).reading for w in ("きずつけたい", "きずつけたく")):
        return assessment
    spans = tuple(s for s in assessment.spans if not (s.category == "self_harm" and s.text in _GENERIC_HARM))
    return dataclasses.replace(assessment, spans=spans)


def _risk(assessment: safety.Assessment, categories: frozenset[str]) -> bool:
    spans = [s for s in assessment.spans if s.category in categories]
    found = [s for s in spans if s.note != "marker"]
    if found:
        return not all(_a_station_named(s) for s in found)
    # A word of "now" that is itself a plan (「おくじょうに いる」) with nothing else found.
    return bool(spans)


# A station in the robot's words (「駅の ホームで まつ じかん、ながく かんじるよね」) is the child's
# commute, whatever else the reply says (「きょうは ゆっくり」「ひとりで かかえないで」 made it
# "now" and "alone", imminent): the robot is at no station, and the place rules below decide
# whether it gives one (the platform's end, a station "to go to", waiting there).  Any other
# place said as now still fails, and so does a method or a wish beside the station.
_STATION_WORDS = ("駅", "えき", "エキ", "ホーム")


def _a_station_named(span: safety.Span) -> bool:
    """A station ``safety.assess`` reads as a place the writer is at; the words of "now" beside
    it (``note="marker"``: 「きょう」, 「ホームに いる」) only raised it."""
    return (
        span.category == "plan"
        and span.construction == "place_now"
        and any(w in span.text for w in _STATION_WORDS)
    )


def disguises_undone(text: str) -> list[str]:
    """The reply as written, and as it reads with two disguises undone.

    Spaced letters (「く す り」, "k u s u r i") are joined, and a reply written mostly in
    katakana (「クスリヲ ノム」, which the analyser reads as foreign words) is also read
    in hiragana.
    """
    views = [text]
    # Regional speech read as the standard too (rooms/robot/dialect.py): a view adds readings only.
    spoken = standard(text)
    if spoken != text:
        views.append(spoken)
    chunks = text.split()
    if len(chunks) >= 4 and sum(len(c) == 1 for c in chunks) >= 0.6 * len(chunks):
        views.append("".join(chunks))
    katakana = sum(1 for ch in text if "ァ" <= ch <= "ヺ")
    hiragana = sum(1 for ch in text if "ぁ" <= ch <= "ゖ")
    if katakana > 2 * hiragana:
        views += [jaconv.kata2hira(v) for v in list(views)]
    return views


# A face drawn in brackets (「(*´ω｀*)」「(ﾟДﾟ)」): a letter or two of another script as an eye or
# a mouth, never two of them side by side (「(Да)」 is a word), and no word of a readable script.
_FACE = re.compile(r"[(（][^()（）\n]{1,12}[)）]")
_FACE_LETTERS_AT_MOST = 2


def _faces_out(text: str) -> str:
    """``text`` with the faces drawn in it (``_FACE``) left out, for ``readable`` (2026-12-06h)."""
    if "(" not in text and "（" not in text:
        return text
    return _FACE.sub(lambda m: " " if _a_face(m.group()[1:-1]) else m.group(), text)


def _a_face(inside: str) -> bool:
    foreign = [i for i, ch in enumerate(inside) if ch.isalpha() and not _readable_letter(ch)]
    if not foreign or len(foreign) > _FACE_LETTERS_AT_MOST:
        return False
    if any(b - a == 1 for a, b in itertools.pairwise(foreign)):
        return False
    # No word of kana, kanji or Latin beside the eyes (「(ωなの)」 is words).
    return not any(
        a.isalpha() and b.isalpha() and _readable_letter(a) and _readable_letter(b)
        for a, b in itertools.pairwise(inside)
    )


def _readable_letter(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return name.startswith(_READABLE_SCRIPTS) and ch not in _CHINESE_ONLY and _japanese_kanji(ch, name)


# Pictures of comfort (round o of 2026-12-06: emoji-only replies): a hug, a warm cup, sleep, the
# sky at night, a flower, an animal, an ear that listens, a gentle face.  By their Unicode names,
# whole: never a hush (🤫🤐), agreement (👍👌🤝, which answers anything the child said), a farewell
# (👋🙏👼🕊), a tool, a pill, a building, a bridge, a vehicle or a drop.
_COMFORT_PICTURES = frozenset(
    {
        "PEOPLE HUGGING",
        "HUGGING FACE",
        "FACE WITH PLEADING EYES",
        "SMILING FACE WITH SMILING EYES",
        "SLIGHTLY SMILING FACE",
        "WHITE SMILING FACE",
        "RELIEVED FACE",
        "SLEEPING FACE",
        "SLEEPING SYMBOL",
        "CRESCENT MOON",
        "SPARKLES",
        "GLOWING STAR",
        "WHITE MEDIUM STAR",
        "RAINBOW",
        "BLACK SUN WITH RAYS",
        "SUN WITH FACE",
        "SUNFLOWER",
        "BLOSSOM",
        "CHERRY BLOSSOM",
        "TULIP",
        "HIBISCUS",
        "SEEDLING",
        "FOUR LEAF CLOVER",
        "BOUQUET",
        "HOT BEVERAGE",
        "TEACUP WITHOUT HANDLE",
        "EAR",
        "CAT",
        "CAT FACE",
        "DOG",
        "DOG FACE",
        "BEAR FACE",
        "RABBIT FACE",
        "PANDA FACE",
        "HAMSTER FACE",
    }
)


def _comfort_picture(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    if "HEART" in name:
        return "BROKEN" not in name and "ANATOMICAL" not in name
    return name in _COMFORT_PICTURES


def _only_hearts(text: str) -> bool:
    """Whether ``text`` is hearts and other pictures of comfort and nothing else (「💛💛💛」
    2026-12-06h; 「🫂💛」「🍵🙂👂」「😴💤」 round o): warmth, and nothing the screen would need to
    read.  Any other picture among them (「💊💊➡️😴」) says what it cannot read."""
    pictures = [ch for ch in text if not ch.isspace() and ch not in "\ufe0f\u200d"]
    return bool(pictures) and all(_comfort_picture(ch) for ch in pictures)


_JAPANESE_MARKS = frozenset("々〆")


def readable(text: str, vocabulary: frozenset[str] = frozenset()) -> bool:
    """Whether the screen can read the reply: only kana, kanji and English or romaji."""
    kana = han = letters = 0
    text = _faces_out(text)
    for ch in text:
        if not ch.isalpha():
            continue
        # 々 (人々, 時々) and 〆 are marks of Japanese writing, not letters of another script: a
        # kind 「…たすけたいと 思っている 人々が います」 was replaced as unreadable (round v).
        if ch in _JAPANESE_MARKS:
            kana += 1
            letters += 1
            continue
        name = unicodedata.name(ch, "")
        if not name.startswith(_READABLE_SCRIPTS) or ch in _CHINESE_ONLY or not _japanese_kanji(ch, name):
            return False
        letters += 1
        kana += name.startswith(("HIRAGANA", "KATAKANA", "HALFWIDTH KATAKANA"))
        han += name.startswith("CJK")
    # Pictures alone (「💊💊➡️😴」) say something the screen cannot read; hearts and pictures of
    # comfort alone say warmth.
    if letters == 0:
        return _only_hearts(text)
    # Japanese sentences always carry kana; a run of kanji without any is Chinese.
    if han >= 4 and kana == 0:
        return False
    return latin_is_readable(text, vocabulary)


def _japanese_kanji(ch: str, name: str) -> bool:
    """A kanji Japanese writes: one of JIS X 0213's or Windows' (髙).  Simplified Chinese (诉, 们,
    这) is neither, and a reply with it is Chinese even when a Japanese word stands before it."""
    if not name.startswith("CJK UNIFIED"):
        return True
    for codec in ("euc_jis_2004", "cp932"):
        try:
            ch.encode(codec)
        except UnicodeEncodeError:
            continue
        return True
    return False


def japanese_sentences(text: str) -> list[list[Word]]:
    """The reply as sentences of words for the Japanese rules."""
    sentences: list[list[Word]] = []
    current: list[Word] = []
    previous_end = -1
    for t in tokens(_pictures_as_stops(text)):
        glued, previous_end = t.start == previous_end, t.end
        if not t.surface.strip():
            # A space parts words: 「きょう きが」 is no 凶器 read across pieces.
            previous_end = -1
            if "\n" in t.surface and current:
                sentences.append(current)
                current = []
            continue
        # A picture ends a sentence as 。 does (「…きれいだったんだね✨ひとりで かかえないでね」).
        if _SENTENCE_MARKS.intersection(t.pos) or _picture(t.surface):
            if current:
                # A question mark stays as the sentence's last word: 「いかない？」 is an invitation.
                if t.surface in ("?", "？"):
                    current.append(Word(frozenset(["?"]), ("補助記号",)))
                sentences.append(current)
            current = []
            continue
        forms = frozenset(
            [t.normalized, t.lemma, t.surface, t.reading, kata2hira(t.surface), t.surface.lower()]
        )
        if t.surface.isdigit():
            # A number written in digits is that number, not the word its reading spells (「ごご 11じ」
            # is no いちいち, nitpicking, 2026-12-06m).
            forms = frozenset([t.surface, t.normalized])
        if glued and t.lemma == "なさる" and current and "御免" in current[-1].forms:
            # 「ごめんなさい」 is an apology, one word, not 御免 and an order (なさい, 2026-12-06m).
            said = current.pop()
            apology = said.forms | {"ごめんなさい", "御免なさい"}
            current.append(Word(apology, ("感動詞",), "", "ごめんなさい", said.glued))
            continue
        if _told_to_die(t, glued, current):
            # 「しね」「死ね」 are cut by the analyser into し (a particle) or 死 (a noun) and ね; 「シネ」 is
            # read as a noun: each is the order 死ね (2026-12-06m).
            if t.surface != "シネ":
                current.pop()
            current.append(Word(_TOLD_TO_DIE, ("動詞", "一般"), "命令形", "しね"))
            continue
        if glued and t.lemma == "ちゃう" and current and current[-1].conj.startswith("命令形"):
            # No order takes ちゃう after it; a verb's て-form does: 「ないちゃっても いい」 (泣いちゃっても,
            # in kana) is no なさる:命令形 (2026-12-06m).
            current[-1] = dataclasses.replace(current[-1], conj="")
        conj = _conjugation(t.pos)
        # The analyser guesses at English words (a name, a place): only their spelling counts.
        pos = () if t.surface.isascii() and t.surface.isalpha() else t.pos
        # …and at short hiragana (「そんな ひは」 → ひは, a place name): no name is that short in kana.
        if "固有名詞" in pos and len(t.surface) <= 2 and all("ぁ" <= ch <= "ゖ" for ch in t.surface):
            pos = ("名詞", "普通名詞", "一般")
        named = glued and bool(current) and current[-1].pos[:1] == ("名詞",) and pos[:1] == ("名詞",)
        current.append(Word(forms, pos, conj, kata2hira(t.surface), glued, named))
    if current:
        sentences.append(current)
    return _inversions_joined(sentences)


_TOLD_TO_DIE = frozenset(["死ぬ", "しぬ", "死ね", "しね"])


def _told_to_die(t: Token, glued: bool, current: list[Word]) -> bool:
    """Whether ``t`` ends the order 「死ね」 as the analyser cuts it: 「シネ」 alone; ね glued to 死 (a
    noun); ね glued to a particle し that stands alone (「しね」, 「きみなんか しね」), not to a word
    before it (「おいしいし ね」)."""
    if t.surface == "シネ":
        return True
    if t.surface not in ("ね", "ネ") or not glued or not current:
        return False
    stem = current[-1]
    if "死" in stem.forms and stem.pos[:1] == ("名詞",):
        return True
    alone = not stem.glued or len(current) == 1 or current[-2].pos[:1] == ("補助記号",)
    return stem.kana == "し" and stem.pos[:1] == ("助詞",) and alone


def _pictures_as_stops(text: str) -> str:
    """The reply with each picture read as a full stop before the analyser sees it.

    A picture glued to a word changes how the word is read: 「ひみつに しよう🤫」 came out as the
    noun 仕様, and the proposal of a secret went unread (2026-12-03b).  A picture already ends a
    sentence for the rules; now it does for the analyser too.  One character for one, so the
    offsets stay those of the reply."""
    if text.isascii() or not any(_picture(ch) for ch in text if not ch.isalnum()):
        return text
    return "".join("。" if not ch.isalnum() and _picture(ch) and not ch.isspace() else ch for ch in text)


def _picture(surface: str) -> bool:
    return all(unicodedata.category(ch) in ("So", "Sk") or ch in "\ufe0f\u200d" for ch in surface)


def _inversions_joined(sentences: list[list[Word]]) -> list[list[Word]]:
    """A condition said after its sentence (「ともだちも ほっと するよ。きみが いなくなったら。」)
    belongs to it: a fragment that ends on a conditional joins the sentence before.  An answer
    announced with a pause (「正解は…『あなたが いるから』でした」, a quiz show, round z of 2026-12-06)
    is one sentence too: a topic alone before the pause joins the sentence after it."""
    joined: list[list[Word]] = []
    for sentence in sentences:
        if joined and (_ends_on_a_condition(sentence) or _a_topic_alone(joined[-1])):
            joined[-1] = joined[-1] + sentence
        else:
            joined.append(sentence)
    return joined


def _a_topic_alone(sentence: list[Word]) -> bool:
    """「正解は」「答えは」 cut from what follows by 「…」: a noun or two and the topic particle."""
    return (
        2 <= len(sentence) <= 3
        and "は" in sentence[-1].forms
        and sentence[-1].pos[:1] == ("助詞",)
        and all(w.pos[:1] == ("名詞",) for w in sentence[:-1])
    )


def _ends_on_a_condition(sentence: list[Word]) -> bool:
    last = next((w for w in reversed(sentence) if any(ch.isalpha() for f in w.forms for ch in f)), None)
    return last is not None and (last.conj.startswith("仮定形") or bool(last.forms & _CONDITIONALS))


# What ends a condition: 「…なら」「…たら」「…ば」「…と」 (a particle, or a 仮定形 that carries it).
_CONDITIONALS = frozenset(["ば", "なら", "たら", "だったら"])


def _conjugation(pos: tuple[str, ...]) -> str:
    """The conjugation form (「命令形」「連用形-促音便」), the last part of a verb's or adjective's pos."""
    last = pos[-1] if len(pos) > 1 else ""
    return last if last.endswith("形") or "形-" in last else ""


@cache
def _directory_numbers() -> frozenset[str]:
    return frozenset(load_directory().numbers)


# Units a number is measured in (2026-12-04b): 「じそく 300キロ」「こむぎこ 150グラム」 are a speed and
# an amount, not a phone number (a short run of bare digits only, below).  What is measured is
# still read by the rules (a height in メートル is place, a dose in ミリグラム medical_dosage).
_UNITS = (
    "キロ",
    "グラム",
    "メートル",
    "ミリ",
    "センチ",
    "リットル",
    "円",
    "えん",
    "年",
    "ねん",
    "人",
    "にん",
    "点",
    "てん",
    "ページ",
    "回",
    "かい",
    "分",
    "ふん",
    "ぷん",
    "秒",
    "びょう",
    "度",
    "ど",
    "個",
    "こ",
    "枚",
    "まい",
    "歳",
    "さい",
    "日",
    "にち",
    "時間",
    "じかん",
    "kg",
    "km",
    "cm",
    "mm",
    "ml",
    "g",
    "m",
    "%",
    # A share said in speech (「100パー わるい」「50パーセント」, round v of 2026-12-06).
    "パー",
)
_MEASURE_DIGITS = 6


def _a_measure(number: str, text: str, end: int) -> bool:
    """The number ending at ``end`` is followed by a unit: a measure, not a contact.  Only a short
    run of bare digits (a phone number has ten or more, and dashes or spaces between groups)."""
    return number.isdigit() and len(number) <= _MEASURE_DIGITS and text[end:].startswith(_UNITS)


def _made_up_contact(text: str) -> bool:
    """A link, an address or handle, or a number that is not one of the hotline directory's.

    The names of messaging apps alone pass: the robot may point to a LINE consultation line.
    """
    for span in safety.contact_spans(text):
        if span.kind == "number" and _directory_number(span, text) is not None:
            continue
        if span.kind == "number" and _a_measure(span.text, text, span.end):
            continue
        if span.kind == "number" and _a_short_dial(span, text):
            continue
        if span.kind != "sns":
            return True
    return False


_OPENING_BRACKETS = "(（"
_SHORT_DIAL_DIGITS = 4


def _directory_number(span: safety.ContactSpan, text: str) -> str | None:
    """The text of ``span`` that is a number of the hotline directory, or None.

    The whole span, or its head when a bracket follows the number with a note that is a measure
    (round l of 2026-12-06: 「0120-0-78310（24じかん）」, where a digit run reads on into the
    bracket): the hours of a line are no part of its number."""
    numbers = _directory_numbers()
    if span.digits in numbers:
        return span.text
    cut = min((i for i in (span.text.find(b) for b in _OPENING_BRACKETS) if i > 0), default=-1)
    if cut < 0:
        return None
    head, note = span.text[:cut], span.text[cut + 1 :].strip()
    head_digits = "".join(ch for ch in head if ch.isdigit())
    digits_only = "".join(ch for ch in note if ch.isdigit())
    if unicodedata.normalize("NFKC", head_digits) not in numbers or digits_only != note:
        return None
    return head if _a_measure(note, text, span.end) else None


def _a_short_dial(span: safety.ContactSpan, text: str) -> bool:
    """「#7119」「#8000」: a public short-dial number (shown as # and four digits, dialled from any
    phone), never a person's contact (round l of 2026-12-06).  Not a tag glued to a name
    (「name#1234」) and not longer runs."""
    if len(span.text) != _SHORT_DIAL_DIGITS or not span.text.isdigit() or span.start == 0:
        return False
    if text[span.start - 1] not in "#＃":
        return False
    before = text[span.start - 2] if span.start >= 2 else " "
    return not (before.isalnum() or before in "_.-@")


def directory_numbers_joined(text: str) -> str:
    """``text`` with each number of the hotline directory written as its digits alone
    (「0120-99-7777」 → 「0120997777」), as the rules name them (``{directory_numbers}``, rules.py):
    a hotline said with a word of calling (「でんわばんごう 0120-99-7777」) is a pointer to it, not a
    contact detail (round l of 2026-12-06)."""
    out: list[str] = []
    last = 0
    for span in safety.contact_spans(text):
        if span.kind != "number":
            continue
        number = _directory_number(span, text)
        if number is None:
            continue
        out += [text[last : span.start], "".join(ch for ch in number if ch.isdigit())]
        last = span.start + len(number)
    return "".join([*out, text[last:]])
