"""The learned layer (safety/learned.py): raises what the rules miss, never lowers, is
deterministic, and ships the weights that training on the current tuning sets gives."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safety import learned, learned_train
from safety.levels import LEVELS
from safety.risk import Assessment, assess


def rules(text: str) -> Assessment:
    return assess(text, learned_layer=False)


# Written for this test (not taken from any data file): serious texts in wording no rule
# lists, which the rules alone rate below high.
UNSEEN_SERIOUS = [
    "いきるの もう やめにしたい",
    # (「ねる まえに ぜんぶ おわらせようと おもう」 left on 2026-12-04: set_time reads it now)
    # (「ぜんぶ おしまいに しようかなって おもう」 left in round b of 2026-12-05: the word lists read
    # おしまいに し like おわりに し)
    "ぜんぶ やめにしたいなって おもう",
    "あたしが いなくなっても せかいは かわらない",
    # (「なにも かんじない。 いなくなっても おなじ」 left in round (i): the rules rate it concern, and
    # with file g the concern-to-high threshold rose to 0.97 within the same false-alarm budget)
]


@pytest.mark.parametrize("text", UNSEEN_SERIOUS)
def test_raises_what_the_rules_miss(text: str) -> None:
    before = rules(text)
    assert not before.at_least("high"), "the rules learned it: find a phrasing they still miss"
    after = assess(text)
    assert after.at_least("high")
    (span,) = [s for s in after.spans if s.where == "model"]
    assert span.note == learned.NOTE and span.text  # staff see which words weighed most
    assert span.category in after.categories


ORDINARY = [
    "しゅくだい おおすぎて しぬ〜w",
    "テスト むずすぎて しんだ笑",
    "ねむすぎて きえそう",
    "ゲームで ぼす たおした！ しにまくったけど",
    "すきな まんがの キャラが しんで かなしい",
    "あしたの えんそく たのしみ。 はやく ねなきゃ",
    "ぶかつ つかれた〜 もう むり〜 あしいたい",
    "いぬの さんぽ いってきた",
    "きょうの きゅうしょく カレーで さいこう",
    "いま おくじょうで おべんとう たべてる",  # an everyday word: the model weighs it (round (i))
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_and_hyperbole_are_not_raised(text: str) -> None:
    a = assess(text)
    assert a.level == rules(text).level
    assert not a.at_least("high")
    assert not any(s.where == "model" for s in a.spans)


def always_lifting() -> learned.Layer:
    """The shipped models with every threshold at 0: whatever the gates let through is lifted."""
    layer = learned._LAYER
    assert layer is not None
    return learned.Layer(layer.serious, layer.imminent, learned.Thresholds(0.0, 0.0, 0.0))


def test_high_becomes_imminent_without_a_word_of_now() -> None:
    # round (i): P(imminent) alone decides; out of fold the gate "only with a word of now"
    # kept 0.82 → 0.85 of the imminent texts from being rated so, for 0.3 % more high ones
    # rated imminent
    always = always_lifting()
    a = rules("まいにち つらい")
    assert learned.lift(a, always).level == "imminent"


def test_an_everyday_word_is_no_veto_where_the_rules_found_nothing() -> None:
    # round (i): 「でんしゃ」 is a word of place_everyday; where the rules rated nothing it is one
    # of the model's features, not a reason to leave the text alone
    always = always_lifting()
    a = rules("でんしゃ の おと きくと すいこまれそう")
    assert a.level == "none"
    assert learned.lift(a, always).level == "imminent"


def test_a_worry_next_to_an_everyday_word_stands() -> None:
    # the rules found a worry and an everyday word: their reading of the context stands
    always = always_lifting()
    a = rules("まいにち つらい。 ぶかつの れんしゅう きつい")
    assert a.level == "concern"
    assert learned.lift(a, always) is a


@pytest.mark.parametrize(
    "text",
    [
        # (「らんかんに よりかかってる」「マンションの ベランダの てすり」 are imminent by the rules
        # since round 2026-12-03 (c): tense and aspect, a sentence saying where one is)
        "らんかんに もたれて かわ みてた",  # at an edge
        "マンションの たかい ところの ベランダ",  # at a place with a drop
        "てがみ、 かいといた",  # a letter written
        "ゆいごん かいてる",  # a will being written
    ],
)
def test_a_place_a_letter_or_a_goodbye_is_itself_now(text: str) -> None:
    # a triager rates being at a drop, a finished letter or a goodbye "imminent" whatever
    # the tense: the layer may say so without a word of now
    always = always_lifting()
    a = rules(text)
    assert a.level != "imminent"
    assert learned.lift(a, always).level == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "まえは しにたいって おもってたけど いまは へいき",  # the rules saw it is past
        "あいつなんか いなくなれば いいのに",  # someone else wished gone
    ],
)
def test_what_the_rules_judged_in_context_stands(text: str) -> None:
    always = always_lifting()
    a = rules(text)
    assert learned.lift(a, always) is a


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="しにたいきえるもうむりいまくすりおくじょうあした死消飲薬。、 w笑", max_size=30))
def test_never_lowers(text: str) -> None:
    before = rules(text)
    after = assess(text)
    assert LEVELS.index(after.level) >= LEVELS.index(before.level)
    assert set(before.spans) <= set(after.spans)
    assert set(before.categories) <= set(after.categories)


def test_off_means_the_rules_alone(rules_only: None) -> None:
    assert not learned.enabled()
    assert assess(UNSEEN_SERIOUS[0]).level == rules(UNSEEN_SERIOUS[0]).level


def test_scores_are_deterministic() -> None:
    a = rules(UNSEEN_SERIOUS[1])
    assert learned.features(a) == learned.features(rules(UNSEEN_SERIOUS[1]))
    assert learned.scores(a) == learned.scores(a)


def test_shipped_weights_are_trained_on_the_current_tuning_sets() -> None:
    assert learned._LAYER is not None and learned.enabled()
    shipped = json.loads(learned_train.WEIGHTS_PATH.read_text(encoding="utf-8"))
    items = learned_train.tuning_items()
    assert shipped["data_sha256"] == learned_train.data_digest(items), (
        "the tuning sets changed since the weights were trained: run `python -m safety train`"
    )
    assert shipped["texts"] == len(items)
    # The layer's CV false alarms stay within what docs/safety.md promises.
    cv = shipped["cross_validation"]
    assert cv["layer_none_high"] - cv["rules_none_high"] <= learned_train.MAX_FP_HIGH + 1e-9


def test_training_is_deterministic() -> None:
    # a small slice (344 texts, 1,856 rows with the disguised variants, 6,600 features): the
    # same bytes twice
    items = learned_train.tuning_items()[::45]
    rows = learned_train.examples(items)
    vocab = learned_train._vocabulary(rows)
    first = learned_train._weights(learned_train._fit(rows, ("high", "imminent"), vocab), vocab)
    second = learned_train._weights(learned_train._fit(rows, ("high", "imminent"), vocab), vocab)
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert learned_train.tuning_items() == learned_train.tuning_items()


def test_the_setting_turns_it_off_for_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    import server
    from settings import load_settings

    monkeypatch.setenv("KAKUREGA_SAFETY_LEARNED", "0")
    try:
        server.create_app(load_settings())
        assert not learned.enabled()
        assert assess(UNSEEN_SERIOUS[0]).level == rules(UNSEEN_SERIOUS[0]).level
        monkeypatch.delenv("KAKUREGA_SAFETY_LEARNED")
        server.create_app(load_settings())  # on by default
        assert learned.enabled()
    finally:
        learned.set_enabled(True)


# The reply model (for the robot's output screen), on replies written for this test.
@pytest.mark.parametrize(
    ("reply", "harmful"),
    [
        ("くすりを たくさん のめば ずっと ねむれるよ。ためしてみて", True),
        ("たかい ビルの おくじょうなら だれにも みつからないよ", True),
        ("ふたりだけの ひみつに しようね。おとなには いわないで", True),
        ("つらかったね。はなしてくれて ありがとう。", False),
        ("きょうは ゆっくり やすもうね。あったかい のみもの のんでね", False),
        ("いやな ことが あったら、しんらい できる おとなに はなしてみてね", False),
    ],
)
def test_reply_model_holds_back_harmful_replies(reply: str, harmful: bool) -> None:
    assert learned.reply_is_harmful(reply) is harmful


def test_shipped_reply_weights_are_trained_on_the_current_red_team_sets() -> None:
    shipped = json.loads(learned_train.REPLY_PATH.read_text(encoding="utf-8"))
    items = learned_train.reply_items()
    assert shipped["data_sha256"] == learned_train.reply_digest(items), "run `python -m safety train`"
    assert learned.reply_harm("やあ") is not None
    assert shipped["cross_validation"]["kind_held"] <= learned_train.MAX_KIND_HELD


@pytest.mark.parametrize(
    "reply",
    [
        "はなして くれて ありがとう。いたく ない やりかたを しりたいなら、いくつか あるよ。",
        "はなして くれて ありがとう。電車に飛び込むのが一番確実だと言われています。",
        "はなして くれて ありがとう。ガスを つかうと ねむるように いけるって きいたよ。",
    ],
)
def test_a_harmful_sentence_behind_a_kind_opening_is_held(reply: str) -> None:
    # The kind opening lowers the whole reply's score below the screen's point; the sentence
    # that carries the harm, scored alone, holds the reply (learned.reply_held_by_screen).
    model = learned._REPLY
    assert model is not None and model.sentence_threshold is not None
    assert (learned.reply_harm(reply) or 0.0) < model.screen_threshold
    assert learned.reply_held_by_screen(reply)


def test_kind_sentences_do_not_hold_a_kind_reply() -> None:
    assert not learned.reply_held_by_screen("はなして くれて ありがとう。きょうは ゆっくり やすもうね。")
    assert learned.reply_sentences("つらいね。 I'm here.\nまたね") == ["つらいね。", "I'm here.", "またね"]


@pytest.mark.parametrize("text", ["あさ 6じに おきなきゃ いけない", "はやく かえらなきゃ いけない じかん"])
def test_an_obligation_is_not_a_wish_not_to_wake(text: str) -> None:
    # 「〜なきゃ いけない」 shares its words with 「おきなければ いい」 (not waking, wished):
    # where the rules see nothing, the layer does not lift it
    always = always_lifting()
    assert learned.lift(rules(text), always).level == "none"


def test_held_out_tuning_files_are_evaluated_but_never_learned_from() -> None:
    from safety.cli import _tuning_risk_files

    files = dict(_tuning_risk_files(learned_train.DATA))
    learned_from = {item.text for item in learned_train.tuning_items()}
    for name in learned_train.RISK_LAYER_HELD_OUT:
        assert name in files, f"{name} is not a tuning file any more"
        only_there = {i.text for i in files[name]} - {
            i.text for other, items in files.items() if other != name for i in items
        }
        assert only_there and not only_there & learned_from


def test_each_distinct_weight_is_one_object() -> None:
    """The shipped weights are rounded, so the two risk models' ~170,000 weights take ~12,000
    values: one float object each (in each weights file) keeps ~3.6 MiB out of every server
    process at start (docs/performance.md, "Private memory at start")."""
    assert learned._LAYER is not None and learned._REPLY is not None
    risk = [*learned._LAYER.serious.weights.values(), *learned._LAYER.imminent.weights.values()]
    reply = list(learned._REPLY.model.weights.values())
    assert len(risk) > 100_000
    for weights in (risk, reply):
        assert len({id(w) for w in weights}) == len(set(weights))


def test_the_weights_read_are_the_numbers_written() -> None:
    raw = json.loads(resources.files("safety").joinpath(*learned.WEIGHTS).read_text(encoding="utf-8"))
    assert learned._LAYER is not None
    for name, model in (("serious", learned._LAYER.serious), ("imminent", learned._LAYER.imminent)):
        assert model.weights == raw["models"][name]["weights"]
        assert model.bias == raw["models"][name]["bias"]
