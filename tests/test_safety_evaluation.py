"""The evaluation's parts: disguises, classed sets, the issue's measures per split."""

from __future__ import annotations

import pytest

from safety.disguise import DISGUISES, variants
from safety.evaluation import (
    GOALS,
    MEASURE_LABELS,
    ClassedName,
    ClassedRisk,
    format_splits,
    merge_splits,
    parse_classed_names,
    parse_classed_risk,
    score_split,
    throughput,
)


@pytest.mark.parametrize(
    ("disguise", "text", "variant"),
    [
        ("katakana", "しね", "シネ"),
        ("half_width", "しね", "ｼﾈ"),
        ("kanji_lookalikes", "りすか", "リス力"),
        ("spaced", "しね", "し ね"),
        ("small_kana", "しにたい", "しっにたっい"),
        ("romaji_leet", "しね", "sh1n3"),
        ("shi_four", "死ね", "4ネ"),
        ("dotted", "odした", "O.Dした"),
    ],
)
def test_each_disguise_does_what_it_says(disguise: str, text: str, variant: str) -> None:
    assert DISGUISES[disguise](text) == variant


def test_variants_skip_disguises_that_change_nothing_and_romaji_of_kanji() -> None:
    found = dict(variants("死にたい"))
    assert "romaji_leet" not in found
    assert "dotted" not in found  # no Latin letters
    assert all(v != "死にたい" for v in found.values())


def test_classed_sets_parse_with_their_classes() -> None:
    risk = parse_classed_risk("# c\nhigh\tburden\tわたしが いないほうが いい\n")
    assert risk == [ClassedRisk("high", "burden", "わたしが いないほうが いい")]
    names = parse_classed_names("refuse\tcontact\tかかお\nok\tfragment\tしねらりあ\nself_harm\tx\tしね\n")
    assert [n.refuse for n in names] == [True, False, True]
    with pytest.raises(ValueError, match="unknown levels"):
        parse_classed_risk("urgent\tx\tなにか\n")


def test_a_split_is_scored_per_measure_and_class() -> None:
    risk = [
        ClassedRisk("imminent", "place", "いまから しぬ"),
        ClassedRisk("high", "wish", "しにたい"),
        ClassedRisk("none", "ordinary", "きょうは はれ"),
    ]
    names = [ClassedName(True, "self_harm", "しね"), ClassedName(False, "ordinary", "ゆう")]
    split = score_split("t", risk, names)
    assert set(split.measures) == set(GOALS) == set(MEASURE_LABELS)
    assert split.measures["serious_high"].whole == 2
    assert split.measures["names_refused"].value == 1.0
    assert split.measures["ordinary_names_refused"].value == 0.0
    assert split.measures["disguised_names_refused"].whole > 5
    # しね is refused as written, so every variant of it counts among the folding's own measure too
    assert split.measures["disguised_names_kept"].whole == split.measures["disguised_names_refused"].whole
    assert split.classes["risk:place"].whole == 1
    assert "per class, t" in format_splits([split])


def test_the_foldings_own_measure_leaves_out_the_variants_of_items_missed_as_written() -> None:
    """An item the rules miss as written takes its variants down with ``disguised_*``; the
    ``*_kept`` measures count only the variants of items caught as written."""
    names = [ClassedName(True, "self_harm", "しね"), ClassedName(True, "insult", "ゆう")]  # ゆう passes
    risk = [ClassedRisk("high", "wish", "しにたい"), ClassedRisk("high", "wish", "きょうは はれ")]
    split = score_split("t", risk, names)
    from safety.disguise import variants

    assert split.measures["disguised_names_refused"].whole == len(variants("しね")) + len(variants("ゆう"))
    assert split.measures["disguised_names_kept"].whole == len(variants("しね"))
    assert split.measures["disguised_names_kept"].value > split.measures["disguised_names_refused"].value
    assert split.measures["disguised_high_kept"].whole == len(variants("しにたい"))


def test_sittings_merged_score_as_their_items_scored_together() -> None:
    # the evaluation adds the blind sittings' scores up instead of scoring every item again
    first = (
        [ClassedRisk("imminent", "place", "いまから しぬ"), ClassedRisk("none", "ordinary", "きょうは はれ")],
        [ClassedName(True, "self_harm", "しね")],
    )
    second = (
        [ClassedRisk("high", "wish", "しにたい"), ClassedRisk("concern", "tired", "もう つかれた")],
        [ClassedName(False, "ordinary", "ゆう"), ClassedName(True, "insult", "ばか")],
    )
    together = score_split("all", first[0] + second[0], first[1] + second[1])
    merged = merge_splits("all", [score_split("a", *first), score_split("b", *second)])
    assert merged == together
    assert list(merged.classes) == list(together.classes)
    assert format_splits([merged]) == format_splits([together])


def test_throughput_counts_calls() -> None:
    speed = throughput(["しにたい"], ["ゆう"], seconds=0.05)
    assert speed.assess_per_second > 0
    assert speed.names_per_second > 0


def test_throughput_makes_one_pass_even_when_its_time_is_gone() -> None:
    # A busy machine can use up a short --seconds before the first item; the rate must still
    # be measured, not reported as 0 a second.
    speed = throughput(["しにたい"], ["ゆう"], seconds=0.0)
    assert speed.assess_per_second > 0
    assert speed.names_per_second > 0
