"""Risk assessment: the examples of issue 4, the labelled set, and bounded time."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import safety
from safety.evaluation import (
    GOAL_HARD_NEGATIVE_HIGH,
    GOAL_HIGH_RECALL,
    RiskItem,
    parse_risk_set,
    side_report,
)

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def risk_set() -> list[RiskItem]:
    return parse_risk_set((DATA / "risk_set.tsv").read_text(encoding="utf-8"))


def test_the_set_is_big_enough(risk_set: list[RiskItem]) -> None:
    assert len(risk_set) >= 300
    assert sum(i.hard_negative for i in risk_set) >= 80
    assert {i.level for i in risk_set} == set(safety.LEVELS)


def test_recall_of_high_and_imminent(risk_set: list[RiskItem]) -> None:
    serious = [i for i in risk_set if i.level in ("high", "imminent")]
    missed = [i.text for i in serious if not safety.assess(i.text).at_least("high")]
    assert 1 - len(missed) / len(serious) >= GOAL_HIGH_RECALL, missed


def test_hard_negatives_are_rarely_flagged_high(risk_set: list[RiskItem]) -> None:
    hard = [i for i in risk_set if i.hard_negative]
    flagged = [i.text for i in hard if safety.assess(i.text).at_least("high")]
    assert len(flagged) / len(hard) <= GOAL_HARD_NEGATIVE_HIGH, flagged


def test_imminent_texts_are_mostly_seen_as_imminent(risk_set: list[RiskItem]) -> None:
    imminent = [i for i in risk_set if i.level == "imminent"]
    seen = [i for i in imminent if safety.assess(i.text).level == "imminent"]
    assert len(seen) / len(imminent) >= 0.9


@pytest.mark.parametrize(
    ("text", "level", "category"),
    [
        ("死にたい", "high", "ideation"),
        ("し ね た い", "none", None),
        ("死にたいわけじゃないけど消えたい", "high", "ideation"),
        ("消えたい", "high", "ideation"),
        ("いなくなりたい", "high", "ideation"),
        ("もう疲れた、全部終わりにしたい", "high", "ideation"),
        ("ODしちゃった", "high", "method"),
        ("リスカした", "high", "self_harm"),
        ("今から死ぬ", "imminent", "plan"),
        ("今夜やる。遺書も書いた", "imminent", "plan"),
        ("もう薬は用意した。今夜飲む", "imminent", "plan"),
        ("お父さんになぐられる", "high", "abuse"),
        ("クラスでいじめられてる", "concern", "bullying"),
        ("楽になりたい", "concern", "distress"),
        ("shinitai", "high", "ideation"),
        ("ｼﾆﾀｲ", "high", "ideation"),
        ("タヒにたい", "high", "ideation"),
    ],
)
def test_examples(text: str, level: str, category: str | None) -> None:
    result = safety.assess(text)
    assert result.level == level
    if category is not None:
        assert category in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "死にたくない",
        "死ぬほど眠い",
        "しぬほど笑った",
        "ボスに倒されて死んだ",
        "タヒった",
        "死にたいなんて思ったことない",
        "消しゴムが消えた",
        # a negated intent, and "must": folded, "ければいい" is "ければい",
        # which "ければいけない" contains
        "死ぬつもりはないよ",
        "起きなければいけない",
        "学校にいなければいけない",
    ],
)
def test_false_friends_are_not_risk(text: str) -> None:
    assert safety.assess(text).level == "none"


def test_a_friends_words_are_a_worry_not_the_writers_wish() -> None:
    result = safety.assess("友達が死にたいって言ってる")
    assert result.level == "concern"
    assert any(s.note == "third_party" for s in result.spans)


def test_spans_point_into_the_folded_text() -> None:
    result = safety.assess("今日も、し に た い")
    ideation = [s for s in result.spans if s.category == "ideation"]
    assert ideation
    for span in ideation:
        key = result.normalized if span.where == "normalized" else result.reading
        assert span.start is not None and span.end is not None
        assert key[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("死にたすぎる", "high"),
        ("死にたさが消えない", "high"),
        ("死にたくなった", "high"),
        ("しにてえ", "high"),
        ("死にたくなくなった", "none"),
        ("死にたかった", "concern"),
    ],
)
def test_the_stem_of_wanting_to_die_in_its_forms(text: str, level: str) -> None:
    assert safety.assess(text).level == level


def test_kanji_and_kana_spellings_meet_in_the_reading() -> None:
    for text in ("薬ぜんぶのんだ", "くすり全部飲んだ", "薬全部飲んだ"):
        assert safety.assess(text).at_least("high"), text


def test_a_cut_needs_a_body_part_or_a_blade() -> None:
    assert safety.assess("腕、また切っちゃった").categories == ("self_harm",)
    assert safety.assess("前髪切った").level == "none"
    assert safety.assess("スイカ切った").level == "none"


def test_imminent_explains_its_marker() -> None:
    result = safety.assess("いまから飛び降りる")
    assert result.level == "imminent"
    assert any(s.note == "marker" and s.text == "いまから" for s in result.spans)


def test_abuse_points_to_family_only_with_family() -> None:
    assert "abuse" in safety.assess("親に叩かれる").categories
    assert safety.assess("クラスの子に叩かれた").categories == ("bullying",)


def test_long_input_is_cut_and_says_so() -> None:
    text = "ねこ" * 5000 + "死にたい"
    result = safety.assess(text)
    assert result.truncated
    assert result.level == "none"  # beyond MAX_ASSESS_CHARS: documented, not hidden
    assert safety.MAX_ASSESS_CHARS == 2000


# Floors on the held-out sets of the generalisation round (docs/safety.md): the
# values measured with the code of that round, rounded down, so that a change
# that loses unseen phrasing fails here.  risk_heldout_2 was scored once before
# the round (recall 0.493, hard negatives 0.083) and then used for development;
# risk_heldout_3 was written after the round and scored once.
HELDOUT_FLOORS = [
    # (set, minimum recall of high+imminent, maximum hard negatives >= high, minimum concern seen)
    ("risk_heldout_2", 0.88, 0.02, 0.95),
    ("risk_heldout_3", 0.78, 0.05, 0.55),
]


@pytest.mark.parametrize(("name", "recall", "hard", "concern"), HELDOUT_FLOORS, ids=lambda v: str(v))
def test_held_out_sets_do_not_regress(name: str, recall: float, hard: float, concern: float) -> None:
    items = parse_risk_set((DATA / f"{name}.tsv").read_text(encoding="utf-8"))
    assert len(items) >= 100
    assert sum(i.hard_negative for i in items) >= 35
    report = side_report(name, items)
    assert report.high_recall >= recall
    assert report.hard_negative_high_rate <= hard
    assert report.concern_seen >= concern


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # wish forms built from stem x ending, not listed one by one
        ("もう消えちゃおうかな", "high"),
        ("いなくなっちゃいたい", "high"),
        ("消えたくない", "none"),
        # this world, being a burden, no reason to live
        ("この世にいたくない", "high"),
        ("わたしがいなくなればみんな楽", "high"),
        ("生きてる意味ない", "high"),
        # a time word makes an act or a method now, but not a wish
        ("今日しぬ", "imminent"),
        ("明日の朝、飛び降りる", "imminent"),
        ("今から消えるね", "imminent"),
        ("今日も死にたい", "high"),
        # ending something that is not oneself
        ("宿題早く終わらせたい", "none"),
        ("宿題を終わりにしたい", "none"),
        # exaggeration before the act word
        ("眠すぎて死ぬ", "none"),
        ("暑くて死ぬ", "none"),
        # a story or a lesson in the same sentence, unless it is the writer's own wish
        ("ドラマで飛び降りるシーンがあった", "concern"),
        ("アニメ見ても楽しくない、死にたい", "high"),
        # negation through a quote, and recovery said at the end
        ("死にたいって思ったことはない", "none"),
        ("消えたいって思う日もあったけど今は平気", "concern"),
        ("今は平気じゃない、消えたい", "high"),
        # a goodbye with finality, and an everyday goodbye
        ("二度と会えないね。さよなら", "imminent"),
        ("ばいばい、また明日", "none"),
        # a body part next to a cutting verb; a kitchen knife is not one
        ("腕きるのやめられない", "high"),
        ("包丁で野菜を切る", "none"),
        # hopelessness and worthlessness are a worry
        ("自分に価値なんてない", "concern"),
        ("つらすぎる", "concern"),
    ],
)
def test_structural_patterns(text: str, level: str) -> None:
    assert safety.assess(text).level == level


def test_a_mention_says_so() -> None:
    result = safety.assess("ドラマで飛び降りるシーンがあった")
    assert any(s.note == "mention" for s in result.spans)


ADVERSARIAL = [
    "し" * 100_000,
    "しにた" * 34_000,
    "死にたいわけじゃ" * 13_000,
    "ー" * 100_000,
    "ｰ" * 100_000,
    "\u200b" * 100_000,
    "し\u200b" * 50_000,
    "\ufdfa" * 100_000,  # one character that NFKC turns into 18
    "a" * 100_000,
    "n" * 100_000,
    "shi" * 34_000,
    "い" * 50_000 + "!" * 50_000,
    "。" * 100_000,
    "😊" * 100_000,
    "a\u0301" * 50_000,
    "タヒ" * 50_000,
    "4ね" * 50_000,
    "眠すぎて死ぬ" * 17_000,
    "ニュースで死にたい、" * 10_000,
    "この世にいない今日" * 12_000,
    "消えたいけど今は平気じゃない" * 8_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:6]))
def test_crafted_100kb_inputs_finish_quickly(text: str) -> None:
    started = time.perf_counter()
    result = safety.assess(text)
    elapsed = time.perf_counter() - started
    assert result.level in safety.LEVELS
    assert result.truncated
    # Generous (a typical text takes about a millisecond, and CI machines can be
    # busy): what this guards against is growth with the input -- backtracking
    # or a quadratic loop would take minutes on 100 KB, not seconds.
    assert elapsed < 2.0, elapsed


def test_names_of_crafted_inputs_finish_quickly() -> None:
    started = time.perf_counter()
    for text in ADVERSARIAL:
        safety.check_name(text)
    assert time.perf_counter() - started < 4.0


def test_assessment_serialises() -> None:
    data = safety.assess("死にたい").to_dict()
    assert data["level"] == "high"
    assert data["spans"][0]["category"] == "ideation"
