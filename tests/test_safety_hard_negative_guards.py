"""Crisis texts that share a surface with everyday ones: the round w of 2026-12-06 guards judged
each of these everyday (``none``) through a kana substring (「きょうまで」 holds うま + で, a blade
in use before a wish to cut, a phone replaced beside a farewell, a lone w after a threat) and were
withdrawn at review (docs/history/safety-rounds.md, "Risk round w"). A hard-negative reading must leave them
where they are. Written by the round's reviewer, not taken from a tuning file or a blind split."""

from __future__ import annotations

import pytest

from safety import assess


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("今日まで 耐えたけど 明日 死ぬ", "imminent"),
        ("先週まで 耐えたけど 明日 死ぬ", "imminent"),
        ("今日まで がんばったけど もう おわりにする", "imminent"),
        ("カミソリ使ってたら 切りたくなって 切った", "high"),
        ("カッター使ってたら 切った もっと切りたい", "high"),
        ("カッターつかってたら きもちよくて 切った", "high"),
        ("機種変したら もう 会えない みんな さよなら 来世で 会おう", "imminent"),
        ("機種変するから みんな さよなら もう 会えない 今まで ありがとう", "imminent"),
        ("サ終したら 私も 死ぬ", "imminent"),
        ("ママに ころされる 本当に w", "imminent"),
        ("親に ころされる w", "high"),
    ],
)
def test_a_crisis_beside_an_everyday_surface_keeps_its_level(text: str, level: str) -> None:
    assert assess(text).at_least(level), assess(text)


@pytest.mark.parametrize(
    "text", ["柔道で 先生に なぐられた 顔が はれてる", "ボクシングで 先輩に なぐられた 毎週"]
)
def test_a_blow_from_someone_in_a_club_stays_a_worry(text: str) -> None:
    assert assess(text).at_least("concern"), assess(text)
