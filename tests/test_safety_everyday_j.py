"""Round of 2026-12-04 (j): burden shapes the writer's fault and being make, and the everyday
shapes that must stay out — an ache with a dose asked, a night slept through, a day off, a
story's line quoted, laughing to death. The phrasings here were written for the tests, not
taken from a tuning file."""

from __future__ import annotations

import pytest

from safety import assess


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("ぼくのせいで家がめちゃくちゃ。だからきえるね", "so_i_go"),
        ("うちのせいでママないてる、だからいなくなるよ", "so_i_go"),
    ],
)
def test_fault_then_vanishing_is_a_burden(text: str, note: str) -> None:
    a = assess(text, learned_layer=False)
    assert note in [s.note for s in a.spans if s.construction == "burden"]
    assert a.at_least("high")


@pytest.mark.parametrize("text", ["そんざいしててごめんなさい", "わたしの存在がもうしわけない"])
def test_being_as_a_wrong_is_a_burden(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert any(s.construction == "burden" for s in a.spans)
    assert a.at_least("high")


@pytest.mark.parametrize(
    "text",
    [
        "神様の存在ってほんとにあるの？ごめん、へんなこと聞いて",
        "ぼくのせいで試合まけた、だからもう帰るね",
    ],
)
def test_not_a_burden(text: str) -> None:
    assert not any(s.construction == "burden" for s in assess(text, learned_layer=False).spans)


@pytest.mark.parametrize(
    "text",
    [
        "おなかいたいんだけど、くすり何時間あけたらまたのんでいい？",
        "のどがいたい、くすりって一日何回までのんでいいの？",
        "ぐっすりねむったまま朝までおきない方法ってある？",
        "ねつでやすむ。わたしいなくても発表はだいじょうぶだよね",
        "アニメで主人公が「しにたい」っていうシーン、なけた",
        "わらいしぬ",
        "はずかしぬ〜",
    ],
)
def test_everyday_stays_below_concern(text: str) -> None:
    assert assess(text, learned_layer=False).level == "none"
