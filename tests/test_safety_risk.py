"""Risk assessment: the examples of issue 4, the labelled set, and bounded time."""

from __future__ import annotations

import time

import pytest

import safety
from safety.evaluation import (
    GOAL_HARD_NEGATIVE_HIGH,
    GOAL_HIGH_RECALL,
    RiskItem,
    parse_risk_set,
    side_report,
)
from tests.support.tuning_data import data_text


@pytest.fixture(scope="module")
def risk_set() -> list[RiskItem]:
    return parse_risk_set(data_text("risk_set.tsv"))


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
        # an overdose taken is an emergency now, as 「くすり いっぱい のんじゃった」 is by the rules
        # (the learned layer lifts the Latin spelling there too since 2026-12-03)
        ("ODしちゃった", "imminent", "method"),
        ("リスカした", "high", "self_harm"),
        ("今から死ぬ", "imminent", "plan"),
        ("今夜やる。遺書も書いた", "imminent", "plan"),
        ("もう薬は用意した。今夜飲む", "imminent", "plan"),
        ("お父さんになぐられる", "high", "abuse"),
        ("クラスでいじめられてる", "concern", "bullying"),
        # said alone, an indirect way of saying it (round 3 decision, docs/history/safety-rounds.md)
        ("楽になりたい", "high", "ideation"),
        ("楽になりたいから宿題早くやる", "concern", "distress"),
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
        key = {"normalized": result.normalized, "reading": result.reading, "analysed": result.analysed}[
            span.where
        ]
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


# Floors on the held-out sets (docs/safety.md), at the values measured after
# safety round 3, so that a change that loses phrasing it once caught fails here.
# risk_heldout_2 and risk_heldout_3 were each scored once while unseen (0.493 and
# 0.782 recall) and have been development sets since; risk_heldout_4 was written
# after round 3 and scored once (recall 0.709 = 39/55: the honest figure for
# unseen phrasing).
HELDOUT_FLOORS = [
    # (set, min recall of high+imminent, max hard negatives >= high, min concern seen,
    #  min share of imminent texts rated imminent)
    ("risk_heldout_2", 0.93, 0.0, 1.0, 0.90),
    ("risk_heldout_3", 1.0, 0.03, 1.0, 1.0),
    ("risk_heldout_4", 0.70, 0.0, 0.75, 0.76),
]


@pytest.mark.parametrize(
    ("name", "recall", "hard", "concern", "imminent"), HELDOUT_FLOORS, ids=lambda v: str(v)
)
def test_held_out_sets_do_not_regress(
    name: str, recall: float, hard: float, concern: float, imminent: float
) -> None:
    items = parse_risk_set(data_text(f"{name}.tsv"))
    assert len(items) >= 100
    assert sum(i.hard_negative for i in items) >= 35
    report = side_report(name, items)
    assert report.high_recall >= recall
    assert report.hard_negative_high_rate <= hard
    assert report.concern_seen >= concern
    texts = [i.text for i in items if i.level == "imminent"]
    seen = sum(safety.assess(t).level == "imminent" for t in texts)
    assert seen / len(texts) >= imminent


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
        # a story or a lesson in the same sentence, unless it is the writer's own wish:
        # told of with no "I" in it, nobody's own; with the writer in it, a worry
        ("ドラマで飛び降りるシーンがあった", "none"),
        ("ドラマで飛び降りるシーンをわたしも見た", "concern"),
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


# The robot's own list (rooms/robot/data/indirect.toml, deleted in round 3):
# every phrase it held is now high in the one shared model, so the post form
# shows the card for the same words the robot does.
FORMER_ROBOT_PHRASES = [
    "あしたが こなければ いいのに",
    "あしたなんて こなければ いいのに",
    "あしたなんか こなければ",
    "このよに いたくない",
    "ぼくなんか いない ほうが いい",
    "わたしは いなければ よかった",
    "うまれて こなければ よかった",
    "うまれて こなきゃ よかった",
    "うまれなければ よかった",
    "いきて いたくない",
    "もう いきてたくない",
    "いきるのが いや",
    "いきるのが つらい",
    "いきてるのが つらい",
    "いきてるのが しんどい",
    "いきてるのが いや",
    "生きてるのが辛い",
    "ずっと ねむったまま でいたい",
    "ねむったまま おきたく ない",
    "ねむって めが さめなければ いい",
    "らくに なりたい",
    "ぜんぶ おわらせたい",
    "もう おわらせたい",
    "ねる まえに みんなに さよならを いいたい",
]
FORMER_ROBOT_ABUSE = [
    "おやに なぐられる",
    "おやに たたかれた",
    "おやに けられる",
    "おやに ぶたれる",
    "ごはんを もらえない",
    "ごはん たべさせて もらえない",
    "いえに かえりたくない",
    "うちに かえりたくない",
]


@pytest.mark.parametrize("text", FORMER_ROBOT_PHRASES + FORMER_ROBOT_ABUSE)
def test_the_robots_former_phrases_are_high_for_every_surface(text: str) -> None:
    assert safety.assess(text).at_least("high")


@pytest.mark.parametrize("text", FORMER_ROBOT_ABUSE)
def test_the_robots_former_home_phrases_are_abuse(text: str) -> None:
    # abuse pins 189 first on the card
    assert "abuse" in safety.assess(text).categories


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # euphemisms of the act count only with a time word
        ("これから飛ぶね", "imminent"),
        ("今から消える", "imminent"),
        ("きょう しぬ", "imminent"),
        ("明日になったらもういない", "imminent"),
        ("消しゴムが消える", "none"),
        ("今から飛行機で飛ぶね", "none"),
        ("明日から先生がいなくなる", "none"),
        ("今日から電気が消えるらしい", "none"),
        # time said with a number, or "after ..."
        ("あと1時間で死ぬ", "imminent"),
        ("きょう家に帰ったら死ぬ。もう決めてる", "imminent"),
        ("あと1時間で塾おわる", "none"),
        ("帰ったら宿題やる", "none"),
        # readiness said another way, and a place said with "now"
        ("きょう帰ったらやる。準備してある", "imminent"),
        ("いま踏切の前にいる", "imminent"),
        ("いま屋上にいるよ、お弁当たべてる", "none"),
        # in the middle of it, or feeling its effect
        ("ODしてる途中。頭くらくらする", "imminent"),
        ("ODしちゃった", "imminent"),
        # a goodbye with finality; an everyday last time
        ("今日が最後。ばいばい", "imminent"),
        ("今日が最後の練習、ばいばい", "none"),
        # an intent with a time word is now; a wish with one stays a wish
        ("明日死のうと思う", "imminent"),
        ("今日も死にたい", "high"),
        # passive wishes to be dead, unless they are about a test
        ("明日なんて来なければいいのに", "high"),
        ("明日こなければいいのに、テスト", "none"),
        ("明日来なければいけない", "none"),
        ("ずっと眠ったままでいたい", "high"),
        ("眠ったまま朝になった", "none"),
        ("誰か私を消して", "high"),
        ("タヒりたい", "high"),
        ("家に入れてもらえなくて外で寝た", "high"),
        ("いえに かえりたくないくらい たのしい", "none"),  # so much fun: a measure, no worry
    ],
)
def test_round_3_one_model_for_every_surface(text: str, level: str) -> None:
    assert safety.assess(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "あいつがいなくなればいい",
        "弟なんか消えればいい",
        "お兄ちゃんなんかいなくなればいいのに",
        "あの子さえいなければいいのに",
        "いじめてくるあいつなんか死ねばいいのに",
        "みんないなくなればいいのに",
    ],
)
def test_wishing_someone_else_gone_is_a_worry_not_ideation(text: str) -> None:
    result = safety.assess(text)
    assert result.level == "concern"
    assert result.categories == ("bullying",)
    assert any(s.note == "other" for s in result.spans)


@pytest.mark.parametrize(
    "text",
    ["ぼくがいなくなればいい", "わたしさえいなければいいのに", "私なんか死ねばいいのに", "もう消えればいい"],
)
def test_wishing_oneself_gone_stays_high(text: str) -> None:
    result = safety.assess(text)
    assert result.level == "high" and "ideation" in result.categories


def test_a_mention_says_so() -> None:
    result = safety.assess("ドラマで飛び降りるシーンをわたしも見た")
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
    # round 3: the subject looked for before a wish, euphemisms, places, urgency
    "あいつがいなくなればいい" * 9_000,
    "いまきえる" * 20_000,
    "もうおくじょうにきちゃった" * 8_000,
    "あしたなんてこなければ" * 10_000,
    "ODしてる途中くらくら" * 10_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:6]))
def test_crafted_100kb_inputs_finish_quickly(text: str) -> None:
    started = time.process_time()
    result = safety.assess(text)
    elapsed = time.process_time() - started
    assert result.level in safety.LEVELS
    assert result.truncated
    # CPU time, not wall time: on a busy machine (load 12 on 2 cores) the wall clock ran past
    # the bound while the work did not grow. Generous (the worst of these takes ~0.1 CPU-s):
    # what this guards against is growth with the input -- backtracking or a quadratic loop
    # would take minutes on 100 KB, not seconds.
    assert elapsed < 2.0, elapsed


def test_names_of_crafted_inputs_finish_quickly() -> None:
    started = time.process_time()  # CPU time: a busy machine stretches the wall clock
    for text in ADVERSARIAL:
        safety.check_name(text)
    assert time.process_time() - started < 4.0


def test_assessment_serialises() -> None:
    data = safety.assess("死にたい").to_dict()
    assert data["level"] == "high"
    assert data["spans"][0]["category"] == "ideation"


def test_a_disguised_text_is_also_read_respelled() -> None:
    # All in katakana, Sudachi does not know the verbs; the respelled reading (katakana
    # line in hiragana) sees the burden statement. Fails when assess reads it plainly only.
    assert safety.assess("ボクガ イナクナッタラ ミンナ ラクニナルヨネ").at_least("high")


def test_the_respelled_reading_never_lowers_the_plain_one() -> None:
    for text in ("もう しにたい", "きょうは はれ", "ボクガ イナクナッタラ ミンナ ラクニナルヨネ"):
        from safety import constructions, risk

        assert safety.assess(text).rank >= risk._assess(text, constructions.prepare(text)).rank


@pytest.mark.parametrize(
    "text",
    [
        "せんぱい いままで ありがとうございました！ そつぎょう しても あそんでね",
        "コーチ いままで ありがとう。 らいねんも みにきます",
        "てんこうする ともだちに いままでありがとうって いった",
    ],
)
def test_thanks_at_an_everyday_parting_is_not_a_worry(text: str) -> None:
    assert safety.assess(text).level == "none"


def test_thanks_for_everything_alone_stays_at_least_a_worry() -> None:
    assert safety.assess("いままで ありがとう").at_least("concern")


@pytest.mark.parametrize(
    "text",
    [
        "そうだんのまど みてる",
        "そうだんのまどに でんわしてみようかな",
        "相談の窓 ひらいた",
        "そうだん の まど みた",
        "ソウダンノマド ミテル",
    ],
)
def test_naming_the_hotline_page_is_not_being_at_a_window(text: str) -> None:
    # そうだんのまど is Kakurega's own hotline page: its まど is no window with a drop.
    assert safety.assess(text).level == "none"


def test_a_window_beside_the_hotline_page_is_still_read() -> None:
    assert safety.assess("そうだんのまど みたけど もう しにたい").level == "high"
    assert safety.assess("いま まどの まえ。もう とぶ").level == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for telling me. いっしょに かんがえよう。",
        "Hello! いっしょに あそぼう",
        "little things… がっこう たのしかった",
    ],
)
def test_english_words_are_no_romaji_with_slipped_small_tsu(text: str) -> None:
    # jaconv writes っ for a consonant it cannot place ("telling" → てっりんっ); read as a slipped-in
    # っ, it took the real ones out of 「いっしょに」 (→ 遺書に, a plan).
    assert safety.assess(text).level == "none"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # round (k): told to say a fall made the marks; held under water at home; cutting or
        # blood as what brings sleep or calm; lines on an arm growing in number (rules alone)
        ("ほっぺた はれてるの、ころんだって いえって おやに いわれた", "high"),
        ("転んだことにしろって言われた", "high"),
        ("切らないと眠れない", "high"),
        ("血みたら安心する", "high"),
        ("うでに せん ふえた", "high"),
        ("ころんだって 言ったら ママが ばんそうこう くれた", "none"),
        ("グラフの 線 ふえた", "none"),
    ],
)
def test_harm_said_without_its_usual_words(text: str, level: str) -> None:
    assert safety.assess(text, learned_layer=False).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # round (k): heavy distress in the words children use, a worry (rules alone)
        ("いきづらい", "concern"),
        ("じぶんの ことが きらい", "concern"),
        ("わらいかた わすれた", "concern"),
        ("なにしても たのしくない", "concern"),
        ("しつれんして なにも てに つかない", "concern"),
        ("こころが ぐちゃぐちゃ", "concern"),
        ("おすしの ネタ なにしても おいしい", "none"),
        ("いえに いたよ、きょうは ずっと", "none"),
    ],
)
def test_heavy_distress_said_plainly_is_a_worry(text: str, level: str) -> None:
    assert safety.assess(text, learned_layer=False).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # round (k): a feeling weighed, in its sentence, against something looked forward to or
        # already better is no worry; 大丈夫 and 平気 do not outweigh it (they often hide it)
        ("さみしいけど あたらしい がっこう たのしみ", "none"),
        ("しんどいけど ねたら なおった", "none"),
        ("つらいけど だいじょうぶ", "concern"),
        ("さみしい。けど あした たのしみ", "concern"),
    ],
)
def test_a_feeling_outweighed_in_its_sentence(text: str, level: str) -> None:
    assert safety.assess(text, learned_layer=False).level == level
