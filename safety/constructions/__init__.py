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
* ``departure`` and ``goodbye_said`` (farewell) — going with a return denied, being looked for
                  declined, vanishing set at a point; a goodbye beside an apology or set at a time.
* ``relayed`` (farewell) and ``shoes`` (place_now) — last words passed on, a life wished to
                  those left, a last wish to be heard; shoes lined up or left, told with no place.
* ``story_end``, ``bare`` (wish) and ``asked`` (method_question) — a life given a story's or a
                  device's end, an end said bare with nothing named, sleep kept for good; how
                  dying feels, the painless one or going asleep asked with the method left out.
* ``tonight`` (farewell, self_harm) — gone by a point set, today the last, a bare going after
                  a condition only the night brings, cutting done again with nothing named.
* ``low_said`` (distress, concern) — being fine denied, worn out by everything, unable to go
                  on, no merit, a time dreaded, nothing wanted in 〜たない.
* ``declared`` (wish) — 自殺 + する said outright, going somewhere in order to die, dying
                  named the best or the relief (「いなくなるのが いちばん」).
* ``struck_self`` (self_harm) — the writer's own head or arms struck, as a compulsion or a
                  relief (「かべに あたまを ぶつけるのが やめられない」).
* ``afterwards`` (wish, farewell; risk round x) — waking refused past tomorrow, the writer's
                  death asked as allowed or its grief imagined, an end made with thanks, fun
                  said in the past at a goodbye, every tie cut, keepsakes handed out.
* ``last_done`` (farewell, wish; risk round l, read with ``afterwards``) — a goodbye letter
                  set to go later, a next birthday or spring not to be reached, a last thing
                  wished and then an end, nothing left but dying or going once all is settled.
* ``softly`` (wish, burden) — wishes with the verb of dying left out: not being born, being
                  undone, an end while asleep, forgotten once gone, costs spared, sorry to be.

One module per construction (``wish``, ``burden``, ``method``, ``place``, ``at_hand``,
``farewell``, ``abuse``), with the text's preparation in ``folding``, words and word
classes in ``words``, shared readings of grammar in ``grammar`` and the robot's and names'
single readings in ``signs``.  Word classes live in ``lexicon/constructions.toml``; each
listed word is analysed once at import, so a class matches any spelling Sudachi maps to the
same word.  Each rule looks at a fixed number of words around its anchor: time is linear in
the length of the text.
"""

from __future__ import annotations

from safety.constructions.abuse import _abuse_home
from safety.constructions.afterwards import afterwards
from safety.constructions.asked import asked
from safety.constructions.at_hand import _at_hand
from safety.constructions.bare import bare
from safety.constructions.burden import _burden
from safety.constructions.cord import weight_held
from safety.constructions.declared import declared
from safety.constructions.departure import _departure
from safety.constructions.distress import _distress
from safety.constructions.eating import eating
from safety.constructions.euphemism import euphemisms
from safety.constructions.farewell import _farewell, _to_a_thing
from safety.constructions.folding import (
    MAX_CHARS,
    _rescue,
    _unmask,
    has_kata,
    kana_reread,
    loanwords,
    prepare,
    unmask,
)
from safety.constructions.goodbye_said import _goodbye_said
from safety.constructions.heavy import _heavy
from safety.constructions.hidden import hidden_wishes
from safety.constructions.low_said import low_said
from safety.constructions.method import _means_question, _method_question, _overdose
from safety.constructions.place import DRAWN, _place_now
from safety.constructions.rather import rather_than
from safety.constructions.relayed import relayed
from safety.constructions.set_time import _set_time
from safety.constructions.shoes import shoes_left
from safety.constructions.signs import says_farewell, wants_person, wishes_to_die
from safety.constructions.softly import softly
from safety.constructions.story_end import story_end
from safety.constructions.struck import struck_self
from safety.constructions.tonight import tonight
from safety.constructions.vague import _vague_method_question
from safety.constructions.veiled import veiled
from safety.constructions.weighed import _means_weighed
from safety.constructions.wish import _not_live, _wish
from safety.constructions.words import Hit, W, Word, WordClass, _Ctx, words_of
from safety.levels import CRISIS
from safety.morphology import reading


def find(text: str, *, signals: bool = False, prepared: str | None = None) -> tuple[str, list[Hit]]:
    """The prepared text and every construction found in it.

    ``signals``: the word lists already found something worrying in the text, which
    makes a place or a finished letter count as "now".
    """
    # as ``prepare`` unmasks free text (the same cached call when ``text`` is already prepared)
    unmasked = _unmask(text, False, free=True)
    if prepared is None:
        prepared = _rescue(unmasked)
    hits = _find(words_of(prepared), signals, reading(prepared))
    hard = _unmask(text, True, free=True)
    if has_kata(unmasked) or hard != unmasked:
        # Katakana spellings of verbs (「シニタイ」) are words Sudachi does not know, and
        # slipped-in small っ may hide one: read the text once more in hiragana with them
        # gone (offsets hold only when nothing was dropped; else the span is the whole text).
        kana = _rescue(kana_reread(hard))
        if len(kana) == len(prepared):
            strong = signals or any(h.level in CRISIS and h.note != DRAWN for h in hits)
            # …but not what starts inside a loanword Sudachi knows (クイズ → 悔い + ず, 2026-12-06m).
            known = loanwords(prepared)
            again = [
                h
                for h in _find(words_of(kana), strong, kana, reread=True)
                if not any(lo <= h.start < hi for lo, hi in known)
            ]
            if any(h.construction == "farewell" for h in again) and _to_a_thing(
                _Ctx(words_of(prepared), reading(prepared))
            ):
                # the thing a goodbye is said to (スマホ) falls apart in hiragana: what the text
                # as written says of it holds for the rereading (risk round u of 2026-12-07)
                again = [h for h in again if h.construction != "farewell"]
            hits.extend(again)
    return prepared, hits


def _find(words: list[Word], signals: bool, kana: str, *, reread: bool = False) -> list[Hit]:
    """``reread``: the katakana read once more in hiragana, where loanwords (ジュース) fall
    apart; the vague method question, which asks that no thing be named, reads only the text
    as written."""
    c = _Ctx(words, kana)
    hits: list[Hit] = []
    hits.extend(_wish(c))
    hits.extend(_not_live(c))
    hits.extend(hidden_wishes(c))
    hits.extend(rather_than(c))
    hits.extend(declared(c))
    hits.extend(euphemisms(c, reread=reread))
    if not reread:
        # read as written: the katakana reread cuts a named thing (テスト, スマホ) into letters
        hits.extend(story_end(c))
        hits.extend(bare(c))
        hits.extend(softly(c))  # read as written: its guards name songs and lessons in kana
    hits.extend(_burden(c))
    if not reread:
        hits.extend(veiled(c))  # read as written: its everyday words are often katakana
    hits.extend(_method_question(c, signals))
    hits.extend(_means_question(c, signals))
    hits.extend(_means_weighed(c, signals))
    if not reread:
        hits.extend(_vague_method_question(c, signals))
        hits.extend(asked(c))
        hits.extend(weight_held(c))
    hits.extend(_overdose(c))
    hits.extend(_at_hand(c))
    strong = signals or any(h.level in CRISIS for h in hits)
    hits.extend(_place_now(c, strong))
    hits.extend(_farewell(c, strong))
    hits.extend(_set_time(c))
    hits.extend(_departure(c))
    hits.extend(_goodbye_said(c))
    hits.extend(relayed(c))
    hits.extend(afterwards(c))
    hits.extend(shoes_left(c))
    if not reread:
        hits.extend(tonight(c))  # read as written: the katakana reread cuts a named バイト apart
    hits.extend(_abuse_home(c))
    hits.extend(struck_self(c))
    if not reread:
        hits.extend(_distress(c))
        hits.extend(eating(c))
        hits.extend(_heavy(c))
        hits.extend(low_said(c))
    return hits


__all__ = [
    "MAX_CHARS",
    "Hit",
    "W",
    "Word",
    "WordClass",
    "find",
    "prepare",
    "says_farewell",
    "unmask",
    "wants_person",
    "wishes_to_die",
    "words_of",
]
