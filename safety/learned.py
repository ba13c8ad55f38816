"""The learned layer: a small logistic model that can only raise what the rules found.

The rules (word lists and constructions, ``safety.risk``) recognise the phrasings their
writers thought of; another writer's phrasing of the same thing often shares words and
pieces of words with them without matching any rule.  This layer scores a text by
similarity instead of by list: two logistic regressions over

* the words of the text as Sudachi reads them (normalized forms, ``safety.morphology``):
  each word and each pair of neighbouring words, and
* character 3-grams of the folded hiragana reading (``safety.normalize``'s folding,
  applied by ``assess`` before anything is read, so disguises are undone first; 2-grams
  were tried and dropped: out of fold they bought more false alarms than recall),

one for "serious" (high or imminent) and one for "imminent".  It only ever raises a level
(fail toward showing help): ``none``/``concern`` becomes ``high`` when P(serious) reaches
the threshold chosen by cross-validation, and ``high`` becomes ``imminent`` when
P(imminent) reaches its own (since round (i) without asking for a word of now: out of fold
the gate cost more imminent texts than it saved high ones from being over-rated).  Its span
says ``where="model"``, ``note="learned"``, with the words that weighed most as ``text``.

The weights are ``safety/model/learned.json`` (plain JSON, no pickle), written by
``python -m safety train`` (``safety.learned_train``) from the tuning sets only; inference
here is plain Python: a dictionary look-up per feature.  See docs/safety.md.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from typing import TYPE_CHECKING, Any

from jaconv.conv_table import K2H_TABLE

from safety import constructions
from safety.constructions.words import ASKED, DENIED
from safety.levels import LEVELS
from safety.lexicon import terms
from safety.morphology import tokens
from safety.normalize import BREAK, Folded, fold

if TYPE_CHECKING:
    from safety.risk import Assessment

log = logging.getLogger(__name__)

WEIGHTS = ("model", "learned.json")
"""Where the shipped weights live, inside the ``safety`` package."""

SET_ASIDE = frozenset({DENIED, ASKED})
"""Notes of findings of level none that only keep the layer off a text (``judged``): no
feature of the models, so the fits read what they read before these guards."""

NOTE = "learned"
"""``Span.note`` of the layer's spans (the second opinion's is "second_opinion")."""

_SKIP_POS = frozenset({"補助記号", "空白"})
_MAX_CHARS = 600
"""Only the first characters are read: enough for any message, bounded cost for the rest."""


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    weights: dict[str, float]

    def probability(self, features: frozenset[str]) -> float:
        # the same sum in the same order, the look-ups in C (no generator frame a feature)
        z = self.bias + sum(map(self.weights.get, features, itertools.repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def strongest(self, features: frozenset[str], n: int = 3) -> list[str]:
        """The features that pushed the score up most (why the layer raised a text):
        words first, since staff read them more easily than pieces of words."""
        weighed = ((f, self.weights.get(f, 0.0)) for f in features)
        # a group's number says nothing to staff: the words themselves do
        found = sorted(
            (not f.startswith(("w:", "b:")), -w, f) for f, w in weighed if w > 0 and not f.startswith("g:")
        )
        return [f for _, _, f in found[:n]]


@dataclass(frozen=True, slots=True)
class Thresholds:
    high_from_none: float
    """P(serious) that lifts a text the rules call ``none`` to ``high``."""
    high_from_concern: float
    """... one they call ``concern`` (they saw something: it may take less)."""
    imminent: float
    """P(imminent) that lifts ``high`` to ``imminent``."""


@dataclass(frozen=True, slots=True)
class Layer:
    serious: Model
    imminent: Model
    thresholds: Thresholds


def decide(level: str, serious: float, imminent: float, t: Thresholds) -> str:
    """The level after the layer: ``level`` (the rules') or higher, never lower."""
    return decide_lazily(level, lambda: serious, lambda: imminent, t)


def decide_lazily(
    level: str, serious: Callable[[], float], imminent: Callable[[], float], t: Thresholds
) -> str:
    """``decide`` with each probability computed only when the level needs it: most texts are
    rated ``none`` and not lifted, and then P(imminent) is never asked (nor P(serious) of a
    ``high`` text)."""
    bar = t.high_from_none if level == "none" else t.high_from_concern if level == "concern" else None
    if bar is not None and serious() >= bar:
        level = "high"
    if level == "high" and imminent() >= t.imminent:
        level = "imminent"
    return level


def _class_index() -> dict[str, tuple[str, ...]]:
    """Word → the word classes of ``constructions.toml`` it belongs to ("k:die",
    "k:place_everyday"…): a word staff add to a class is known to the model at once, and
    the everyday classes (lunch on the roof) count against a lift."""
    index: dict[str, set[str]] = {}
    for name, cls in constructions.W.items():
        for word in cls.single:
            index.setdefault(word, set()).add("k:" + name)
    return {w: tuple(sorted(names)) for w, names in index.items()}


_CLASSES = _class_index()


def features(a: Assessment) -> frozenset[str]:
    """What the models read: the words of ``a.analysed`` (the text with its disguises
    undone), pieces of ``a.reading`` (folded, read as hiragana), and what the rules made
    of it (a rule that saw exaggeration or a past tense tells the model so)."""
    # Only the rules' notes, never their levels: a model that learns "the rules said none"
    # would miss exactly the texts the rules miss, which is what it is here for.
    # Nor the notes of what the rules set aside (``SET_ASIDE``): they only keep the layer off a
    # text (``judged``), so the models read what they read before those guards.
    notes = {"r:" + s.note for s in a.spans if s.note and s.note != "marker" and s.note not in SET_ASIDE}
    return text_features(a.analysed, a.reading) | notes


def text_features(
    analysed: str, reading: str, groups: Mapping[str, str] | None = None, pairs: bool = False
) -> frozenset[str]:
    """Words, word pairs, word classes and reading 3-grams of a text's two views; with
    ``groups`` (word → its ``g:`` feature, ``read_groups``; only ``safety.word_groups_measure``
    passes one: no table is shipped) the group of each word too, and with ``pairs`` the groups of
    each pair of neighbouring words (``g:<a>|<b>``)."""
    out: set[str] = set()
    words: list[str] = []
    for t in tokens(analysed[:_MAX_CHARS]):
        if not t.pos or t.pos[0] in _SKIP_POS or not t.normalized.strip():
            continue
        words.append(t.normalized)
        hira_surface, hira_lemma = (
            t.surface.translate(K2H_TABLE),
            t.lemma.translate(K2H_TABLE),
        )  # jaconv.kata2hira
        for key in (t.normalized, t.lemma, t.surface, hira_surface, hira_lemma):
            out.update(_CLASSES.get(key, ()))
    out.update("w:" + w for w in words)
    out.update(f"b:{first}|{second}" for first, second in itertools.pairwise(words))
    if groups:
        found = [groups.get(w) for w in words]
        out.update(g for g in found if g is not None)
        if pairs:
            out.update(
                f"{a}|{b[2:]}" for a, b in itertools.pairwise(found) if a is not None and b is not None
            )
    for part in reading[:_MAX_CHARS].split(BREAK):
        padded = f"^{part}$"
        out.update("c:" + padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(out)


def read_groups(text: str) -> dict[str, str]:
    """A word groups table (``word<TAB>group`` a line, ``safety.word_groups_build``; docs/safety.md,
    "Word groups": measured, not shipped) as word → its feature ``g:<group>``, one string object
    for each group."""
    names: dict[str, str] = {}
    out: dict[str, str] = {}
    for line in text.splitlines():
        word, _, group = line.partition("\t")
        feature = names.get(group)
        if feature is None:
            feature = names[group] = sys.intern("g:" + group)
        out[word] = feature
    return out


def _read_weights(path: tuple[str, str]) -> dict[str, Any]:
    """A weights file as parsed JSON, with one float object for each distinct number.

    The shipped weights are rounded (``safety.learned_train``): the two risk models' 170,000
    weights take ~12,000 values. Made once each as the text is parsed (not made and dropped
    after, which would leave the freed objects' memory scattered and kept), they keep ~3.6 MiB
    out of every server process's private memory at start (docs/performance.md). The keys are
    shared already: ``json`` makes one string for a key it has seen in the same document."""
    numbers: dict[str, float] = {}

    def shared(text: str) -> float:
        number = numbers.get(text)
        if number is None:
            number = numbers[text] = float(text)
        return number

    text = resources.files("safety").joinpath(*path).read_text(encoding="utf-8")
    return dict(json.loads(text, parse_float=shared))


def _load() -> Layer | None:
    try:
        raw = _read_weights(WEIGHTS)
        models = {
            k: Model(float(v["bias"]), {f: float(w) for f, w in v["weights"].items()})
            for k, v in raw["models"].items()
        }
        t = Thresholds(**{k: float(v) for k, v in raw["thresholds"].items()})
        return Layer(models["serious"], models["imminent"], t)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        # The rules alone, and loudly: a test fails on this (test_safety_learned.py).
        log.error("safety/%s unreadable (%s): the learned layer is off", "/".join(WEIGHTS), exc)
        return None


_LAYER = _load()
_enabled = True


def set_enabled(on: bool) -> None:
    """Turn the layer on or off for this process (on by default; the rules alone when off)."""
    global _enabled
    _enabled = on


def enabled() -> bool:
    return _enabled and _LAYER is not None


@dataclass(frozen=True, slots=True)
class Scores:
    serious: float
    imminent: float
    why: tuple[str, ...]
    judged: bool
    """The rules judged the context (``judged``): the layer leaves the level alone."""


def scores(a: Assessment, layer: Layer | None = None) -> Scores | None:
    """P(serious) and P(imminent) of the rules' assessment ``a``, with the features that
    weighed most; None when no weights are shipped."""
    layer = layer or _LAYER
    if layer is None:
        return None
    f = features(a)
    why = tuple(layer.serious.strongest(f))
    return Scores(layer.serious.probability(f), layer.imminent.probability(f), why, judged(a, f))


def lift(a: Assessment, layer: Layer | None = None) -> Assessment:
    """``a`` raised by the model where it is surer than the rules; never lowered."""
    layer = layer or _LAYER
    if layer is None or not _enabled or a.level == "imminent" or not a.analysed.strip():
        return a
    # The distress construction (round 2026-12-03 (a)) says how heavy a day is, not whether
    # a wish to die is hidden in it: the layer reads such a text as if the rules had found
    # nothing (the same bar, no everyday veto), so a distress rule never keeps a lift back.
    seen = layer_view(a)
    # What ``scores`` reads, with the words that weighed most (a sort of every feature) only
    # looked for when the level is raised, which is rare: the same result, for less.
    f = features(seen)
    if judged(seen, f):
        return a  # the rules saw the words and judged their context: that judgement stands
    level = decide_lazily(
        seen.level,
        lambda: layer.serious.probability(f),
        lambda: layer.imminent.probability(f),
        layer.thresholds,
    )
    if LEVELS.index(level) <= LEVELS.index(a.level):
        return a
    from safety.risk import Span  # safety.risk calls this module: import at use

    category = _category(a)
    why = " ".join(_readable(w) for w in layer.serious.strongest(f))
    span = Span(category, level, why, None, None, NOTE, "model")
    categories = tuple(sorted(set(a.categories) | {category}))
    return replace(a, level=level, categories=categories, spans=(*a.spans, span))


def layer_view(a: Assessment) -> Assessment:
    """The assessment as the layer reads it (in use and in training alike): a text whose only
    finding is the distress construction's ``concern`` is read as if the rules found nothing."""
    if not _distress_only(a):
        return a
    # what the rules set aside stays, so that it still keeps the layer off
    return replace(a, level="none", spans=tuple(s for s in a.spans if s.note in SET_ASIDE))


def _distress_only(a: Assessment) -> bool:
    """Is every span that counts a ``concern`` of the distress construction?"""
    counted = [sp for sp in a.spans if sp.level != "none"]
    return a.level == "concern" and bool(counted) and all(sp.construction == "distress" for sp in counted)


# -- the robot's replies ------------------------------------------------------------------
# The same kind of model for the robot's output screen (rooms/robot/screen.py may call it):
# P(harmful) of a reply, trained on tests/data/robot_red_team*.toml (harmful vs kind).

REPLY_WEIGHTS = ("model", "reply.json")


@dataclass(frozen=True, slots=True)
class ReplyModel:
    model: Model
    threshold: float
    screen_threshold: float
    """Stricter: the output screen replaces a reply on the model's word alone only above it."""
    sentence_threshold: float | None = None
    """…or when one sentence of a longer reply scores this alone (None: the whole reply only)."""


def _load_reply() -> ReplyModel | None:
    try:
        raw = _read_weights(REPLY_WEIGHTS)
        m = raw["model"]
        model = Model(float(m["bias"]), {f: float(w) for f, w in m["weights"].items()})
        threshold = float(raw["threshold"])
        sentence = raw.get("sentence_threshold")
        return ReplyModel(
            model,
            threshold,
            float(raw.get("screen_threshold", threshold)),
            None if sentence is None else float(sentence),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.error("safety/%s unreadable (%s): no learned reply score", "/".join(REPLY_WEIGHTS), exc)
        return None


_REPLY = _load_reply()


def reply_views(text: str) -> frozenset[str]:
    """A reply's features: the same folding and words as a visitor's text."""
    analysed = constructions.prepare(text[:_MAX_CHARS])
    return text_features(analysed, fold(analysed, keep_breaks=True).reading)


def reply_harm(text: str) -> float | None:
    """P(harmful) of a robot reply (method, place, meeting, secrecy, burden affirmed…), or
    None when no weights are shipped."""
    return None if _REPLY is None else _REPLY.model.probability(reply_views(text))


def reply_is_harmful(text: str) -> bool:
    """Would the learned reply model hold this reply back (P ≥ its CV threshold)?  Meant as
    one more reason for the screen to replace a reply, never as a reason to show one."""
    p = reply_harm(text)
    return p is not None and _REPLY is not None and p >= _REPLY.threshold


def reply_held_by_screen(text: str) -> bool:
    """Does the model alone make the robot's output screen replace this reply?  At
    ``screen_threshold`` (few kind replies held out of fold), as a second signal after the
    screen's rules: never a reason to show a reply.

    A model writes harm inside kindness (「はなして くれて ありがとう。…」), and the kind words
    lower the whole reply's score: one sentence of a longer reply that scores
    ``sentence_threshold`` on its own holds the reply too."""
    return _REPLY is not None and reply_held_by(_REPLY, text)


REPLY_MIN_KNOWN = 5
"""The reply model judges a reply (or one sentence of it) only when it knows at least this many of
its features.  Long kind replies carry many kind-leaning words, so the fitted bias is high (P ≈ 0.83
for a text of words the model never saw): a greeting it knows nothing of (「やあ」「こんにちは」
「Hi!」) scored its bias alone and crossed the screen's threshold when the model was retrained.
Such a score is the model's prior, not a reading of the reply; the screen's rules still read it.
No harmful tuning reply that reaches the model has fewer than 10 known features."""


def reply_known(model: Model, features: frozenset[str]) -> int:
    """How many of a reply's features the model has a weight for."""
    return sum(1 for f in features if f in model.weights)


def _reply_score(model: Model, features: frozenset[str]) -> float:
    """P(harmful), or 0.0 when the model knows too little of the reply to judge it."""
    return model.probability(features) if reply_known(model, features) >= REPLY_MIN_KNOWN else 0.0


def reply_held_by(model: ReplyModel, text: str, views: Callable[[str], frozenset[str]] = reply_views) -> bool:
    """``reply_held_by_screen`` for a given model (the leave-one-file-out evaluation fits one
    per red-team file and hands it here)."""
    if _reply_score(model.model, views(text)) >= model.screen_threshold:
        return True
    limit = model.sentence_threshold
    parts = reply_sentences(text) if limit is not None else []
    return len(parts) > 1 and any(_reply_score(model.model, views(p)) >= limit for p in parts)


# A sentence ends after 。！？!? or a line, or at a full stop before a space (English).
_SENTENCE_END = re.compile(r"(?<=[。！？!?\n])|(?<=\.)\s+")


def reply_sentences(text: str) -> list[str]:
    """The sentences of a reply, as the reply model reads them one by one."""
    return [part.strip() for part in _SENTENCE_END.split(text[:_MAX_CHARS]) if part.strip()]


_JUDGED = frozenset(
    {"hyperbole", "third_party", "past", "mention", "other", "outweighed", "everyday", "situational"}
)
"""Notes of a rule that found risky words and decided what they count for in context."""


def judged(a: Assessment, f: frozenset[str]) -> bool:
    """Did the rules decide what the words count for: a note that capped a match, or a worry
    they found next to an everyday word of ``constructions.toml`` (「いま おくじょうで
    おべんとう」: a place read as lunch, a club's last practice)?  Then the layer does not
    overrule them.  Where the rules found nothing, an everyday word (みんな, ママ, 電車, 部活)
    is one of the model's features, not a veto (round (i)): out of fold the veto there held
    back ~60 serious texts and kept down one none-labelled text.  It still stands for a place
    with a drop beside an everyday word of a place, which the place construction set aside."""
    if any(s.note in _JUDGED for s in a.spans):
        return True
    if _only_set_aside(a):
        # 「死にたいって思ったことはない」: the rules read the wish and its denial; 「いまから
        # やる？」: the act asked, not said
        return True
    if a.level == "concern":
        return any(k in f for k in _EVERYDAY)
    if a.level == "none" and "k:place_everyday" in f and any(k in f for k in _PLACES):
        return True  # 「いま 屋上に いるよ、お弁当 たべてる」: the place construction read lunch
    if a.level == "none" and "w:此処" in f and _only_here(a.analysed):
        return True  # 「きょうも ここに いるよ」: in a hiding place, "here" is the hiding place
    # 「おきなきゃ いけない」: what the writer must do, which shares its words with 「おきなければ
    # いい」 (not waking, wished); where the rules found nothing, the obligation stands
    return a.level == "none" and _OBLIGATION.found_in(Folded(a.normalized, a.reading, (), ()))


# The words of "(I am) here (today, always)": said with nothing else, of no place named.
# A place, a height, a goodbye, a time such as tonight or "already", or any other word leaves
# the text to the layer.  Without this the layer lifted 「きょうも ここに いるよ」 and 「わたし
# ここに いる」 to imminent (docs/history/safety-rounds.md, "From “Known gaps”", fifth round of
# 2026-12-06), likely because place-now texts say "here" of a roof, and hiragana いる also
# carries 要る's word classes.
_HERE = frozenset({"此処", "居る"})
# (Not いま or まだ: "here now", "still here" may be said at an edge; the layer reads them.)
_HERE_ONLY = _HERE | {"今日", "ずっと", "毎日", "又", "僕", "私", "俺", "自分", "人"}
_NOT_WORDS = frozenset({"助詞", "助動詞", "補助記号", "空白", "感動詞"})


def _only_here(analysed: str) -> bool:
    """Does the text say only that the writer (or someone) is here, with no place named?  (The
    words come from ``tokens``' cache: ``features`` read the same text.)"""
    words = {t.normalized for t in tokens(analysed[:_MAX_CHARS]) if t.pos and t.pos[0] not in _NOT_WORDS}
    return _HERE <= words <= _HERE_ONLY


def _only_set_aside(a: Assessment) -> bool:
    """Is every risky word the rules found in the text set aside: denied (「しにたい わけじゃ
    ない」) or asked (「いまから やる？」)?  A text with anything else found (a wish said again, a
    plan, a worry) is the layer's to read: the denial takes back the words it denies, not the
    rest.  (Distress alone the layer reads as nothing found, ``layer_view``, which keeps what was
    set aside.)"""
    return any(s.note in SET_ASIDE for s in a.spans) and all(
        s.level == "none" for s in a.spans if s.note != "marker"
    )


_OBLIGATION = terms(
    [
        "なきゃいけな", "なきゃならな", "なきゃだめ", "なければいけな", "なければならな",
        "なければだめ", "ないといけな", "ないとだめ", "なくちゃいけな", "なくちゃだめ",
    ]
)  # fmt: skip


_EVERYDAY = tuple(sorted("k:" + name for name in constructions.W if name.endswith("_everyday")))
_PLACES = ("k:place", "k:drop_place", "k:wild_place", "k:edge")

_CATEGORY_ORDER = ("abuse", "method", "plan", "self_harm", "ideation")


def _category(a: Assessment) -> str:
    """The rules' own most telling category when they found one, else ideation."""
    found = {s.category for s in a.spans if s.note != "marker"}
    return next((c for c in _CATEGORY_ORDER if c in found), "ideation")


def _readable(feature: str) -> str:
    kind, _, value = feature.partition(":")
    return value.replace("|", "").strip("^$") if kind in ("w", "b", "c") else value


__all__ = [
    "NOTE",
    "Layer",
    "Model",
    "ReplyModel",
    "Scores",
    "Thresholds",
    "decide",
    "enabled",
    "features",
    "layer_view",
    "lift",
    "reply_harm",
    "reply_held_by",
    "reply_held_by_screen",
    "reply_is_harmful",
    "reply_known",
    "reply_sentences",
    "scores",
    "set_enabled",
]
