"""Round of 2026-12-04 (e): heavy distress said quietly (sleep lost to a worry, breath that will
not come at school, school missed for months) at ``concern``, a number's counter kept through
the folding, and their everyday twins left alone. The phrasings were written for the tests,
not taken from a tuning file."""

from __future__ import annotations

import pytest

from safety import assess
from safety.constructions import prepare
from tests.support.constructions import notes_by_rules


def _notes(text: str) -> list[str]:
    return notes_by_rules(text, "distress")


@pytest.mark.parametrize(
    ("text", "prepared"),
    [
        ("一ヶ月", "一ヶ月"),
        ("二ヵ所", "二ヵ所"),
        ("二カ月", "二カ月"),
        ("シ二タイ", "シニタイ"),
        ("千力クノ人", "チカクノ人"),
    ],
)
def test_a_number_keeps_its_counter(text: str, prepared: str) -> None:
    # 「一ヶ月」 was read as 「ー月」 and 「二ヶ月」 as 「ニ月」 (February): the length was lost
    assert prepare(text) == prepared


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("ここ二ヶ月まともにねむれてない", "cannot_cope"),
        ("しんぱいで ねむれない", "cannot_cope"),
        ("高校いけるか ふあんで ねれん", "cannot_cope"),
        ("クラス はいると 息が できなくなる", "dread"),
        ("がっこうのこと かんがえると いきが つまる", "dread"),
        ("学校いけなくなって半年", "school_refusal"),
        ("がっこう いってない。もう 3しゅうかん", "school_refusal"),
        ("登校できてない、ずっと", "school_refusal"),
        ("月曜になると がっこう いけなくなる", "school_refusal"),
        ("あさに なると がっこう いけない", "school_refusal"),
    ],
)
def test_quiet_distress_found_at_concern(text: str, note: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "concern"
    assert note in _notes(text)


@pytest.mark.parametrize(
    "text",
    [
        "おばけの はなし きいて こわくて ねれない",
        "テスト前で寝れてない、でもあと1日！",
        "プールで もぐったら 息 できなかった",
        "マラソンで 息が できない",
        "かぜで 鼻つまって 息が できない",
        "学校のこと まだ ママに 言ってない",
        "きょうは 登校 しない日",
        "あしたに なると 学校 いけなくなると 思う",
    ],
)
def test_everyday_twins_stay_none(text: str) -> None:
    assert assess(text, learned_layer=False).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "もう じんせい おりたい",
        "このよから そつぎょう したいな",
        "この世界から たいじょう しても いいかな",
        "人生リタイアしよっかな",
        "人生から ぬけたい",
    ],
)
def test_life_left_like_a_stage_is_a_wish(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "high"
    assert any(s.note == "life_left" for s in a.spans)


@pytest.mark.parametrize(
    "text",
    [
        "はやく 中学 そつぎょう したい",
        "ゲームの 世界から 退場したい",
        "部活 いんたい したい",
        "人生で いちどは 富士山 のぼりたい",
        "人生 おりたくない",
        "この世界から 卒業したいｗ",
        "バス おりたい、よった",
    ],
)
def test_leaving_a_place_a_club_or_a_game_is_no_wish(text: str) -> None:
    assert assess(text, learned_layer=False).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "ろうかで こけた。はずかしくて きえたいｗ",
        "かんちがいして 手 あげた、いなくなりたい😂",
        "中1のときの ポエム でてきた、くろれきし、消えたい草",
    ],
)
def test_vanishing_out_of_embarrassment_with_a_laugh_is_none(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "none"
    assert any(s.note == "hyperbole" for s in a.spans)


@pytest.mark.parametrize(
    "text",
    [
        "はずかしくて きえたい",  # no laugh
        "はずかしくて きえたいｗ いや ほんきで",  # the laugh taken back
        "はずかしくて しにたいｗ",  # dying named
        "はずかしいｗ でも ずっと きえたいって おもってる",  # a wish that lasts
    ],
)
def test_embarrassment_does_not_take_back_a_real_wish(text: str) -> None:
    assert assess(text, learned_layer=False).level == "high"


@pytest.mark.parametrize(
    "text",
    ["ぼくは クラスの 足かせ", "あたしって この家の 足手まといなんよ", "わたしは ママの 負担に なってる"],
)
def test_the_writer_as_the_burden_said_of_them(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "high"
    assert any(s.construction == "burden" for s in a.spans)


@pytest.mark.parametrize(
    "text",
    [
        "わたしは 弟が じゃま",
        "おれは 家族の 荷物 もった",
        "わたしは 部活の 負担が おおい",
        "ぼくは 弟の せわが 負担",
    ],
)
def test_someone_or_something_else_as_the_burden_is_none(text: str) -> None:
    assert assess(text, learned_layer=False).level == "none"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("だれも わたしのこと 見てない", "nobody_for_me"),
        ("誰も うちの なまえ おぼえてへん", "nobody_for_me"),
        ("クラスで くうき あつかい", "unseen"),
        ("おれって 空気みたいな やつ", "unseen"),
    ],
)
def test_unseen_by_everyone_is_concern(text: str, note: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "concern"
    assert note in _notes(text)


@pytest.mark.parametrize(
    "text",
    [
        "誰も 見てないから おどった",
        "へやの 空気 わるい、まど あけよ",
        "空気 よめないって いわれた",
        "このダウン 空気みたいに かるい",
    ],
)
def test_nobody_looking_and_air_in_everyday_talk_are_none(text: str) -> None:
    assert assess(text, learned_layer=False).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "マラソン大会 なくなってほしい",
        "試合 なくなれば いいのに",
        "宿題なくなってほしい",
        "委員会なくなればいいのに",
    ],
)
def test_an_event_gone_is_not_the_writer_gone(text: str) -> None:
    # the reading of 大会/試合/宿題 ends in い, which made たいかい + なくなって read as いなくなって
    assert assess(text, learned_layer=False).level == "none"


@pytest.mark.parametrize("text", ["わたしなんか いなくなれば いい", "もう 居なくなりたい", "イナクナリタイ"])
def test_the_writer_gone_stays_a_wish(text: str) -> None:
    assert assess(text, learned_layer=False).level == "high"


@pytest.mark.parametrize("text", ["あたし そんざい してるのかな", "おれ、ほんまに 存在しとるんか"])
def test_the_writer_asking_whether_they_exist_is_concern(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "concern"
    assert "unseen" in _notes(text)


@pytest.mark.parametrize(
    "text", ["ゆうれいって 存在するのかな", "わたしの 推し、存在してるのかな", "宇宙人 存在すると 思う？"]
)
def test_whether_a_ghost_or_someone_else_exists_is_none(text: str) -> None:
    assert assess(text, learned_layer=False).level == "none"


@pytest.mark.parametrize("text", ["クラスがえで 居場所 なくなった", "ぶかつ やめてから 仲間 なくなった"])
def test_company_gone_is_concern(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "concern"
    assert "alone" in _notes(text)


@pytest.mark.parametrize(
    "text", ["居場所 なくなりそうで こわい？", "仲間 なくなったら どうする", "ゲームの 居場所 なくなった笑"]
)
def test_company_gone_as_a_guess_a_condition_or_a_joke_is_not_read(text: str) -> None:
    assert "alone" not in _notes(text)
