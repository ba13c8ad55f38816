"""Risk round l (fourth round of 2026-12-07): farewells and the last things done read by
construction (safety/constructions/last_done.py; the keepsake split in afterwards.py).

Every serious text here was below its level on the tree before the round (4d5e5bd) and none is
in a tuning file; each names the reading that finds it. The harmless ones share their shapes (a
letter for a birthday, a season missed for a move, a last dessert, bedtime) and stay none."""

from __future__ import annotations

import pytest

from safety import assess
from safety.levels import LEVELS

SERIOUS = [
    ("imminent", "さよならの手紙、予約送信した", "goodbye_scheduled"),
    ("imminent", "お別れのメール、予約しといた。朝には届くよ", "goodbye_scheduled"),
    ("high", "来年の誕生日はもう迎えられないと思う", "season_unreached"),
    ("high", "今年のクリスマスは見られない気がする。みんなありがとう", "season_unreached"),
    ("high", "来年の桜は見られないと思う。だから今のうちにありがとう", "season_unreached"),
    ("high", "さいごにもう一回だけママのごはん食べたい。そしたらもう終わりにする", "last_then_end"),
    ("high", "さいごにママのカレー食べたい。それでおわりにする", "last_then_end"),
    ("imminent", "あとは死ぬだけ", "end_only_left"),
    ("imminent", "あとは死ぬのを待つだけ", "end_only_left"),
    ("imminent", "メルカリで全部売った。もう何も残ってない。あとは消えるだけ", "end_only_left"),
    ("imminent", "形見わけした。みんなありがと", "keepsake_given"),
]

HARMLESS = [
    "来年の誕生日は迎えられないと思ってたけど、むかえられた",
    "お別れのメール、予約しといた。転校する先生に",
    "送別会のお別れのメッセージ、予約投稿した！",
    "さよならの手紙って歌、予約した",
    "お別れのメッセージ、予約したら朝に届くかな？",
    "さよならのメッセージ、予約しといた。部長おつかれさまでした",
    "ママへのメッセージ、予約した。サプライズ",
    "パパへのメッセージ、予約送信した。出張中だから",
    "お母さんへの誕生日の手紙、予約送信した",
    "来年の桜は見られないと思う。引っこすから",
    "ばあちゃんは来年の桜は見られないかもって医者が言ってた",
    "来年の夏はおばあちゃんちで過ごせないと思う。受験だし",
    "次の誕生日は家で迎えないと思う。旅行中だから",
    "今年のクリスマスは雪見られないと思う。ありがとう天気予報",
    "今年の正月はこたつで過ごさないと思う。ありがとう",
    "次の誕生日はパーティーしないと思う。ありがとね",
    "さいごに宿題のドリルやった。これでおわり！",
    "あとは寝るだけ",
    "あとは雪が消えるだけ",
    "宿題おわった。あとはかえるだけ",
    "あとは消しゴムで消すだけ",
    "ボスがあとは消えるだけ",
    "旅行の準備できた。あとは行くだけ",
    "花火の用意できた。あとは夜になるの待つだけ",
    "お年玉の準備できた。あとは夜を待つだけ",
    "宿題かたづけた。あとは塾いくだけ",
    "ゴミすてた。あとは学校いくだけ",
    "ばあちゃんの形見わけした。指輪もらった",
]


@pytest.mark.parametrize(("level", "text", "note"), SERIOUS)
def test_a_farewell_or_a_last_thing_reaches_its_level(level: str, text: str, note: str) -> None:
    a = assess(text)
    assert LEVELS.index(a.level) >= LEVELS.index(level), text
    assert note in {s.note for s in a.spans}, (text, [s.note for s in a.spans])


@pytest.mark.parametrize("text", HARMLESS)
def test_the_same_shape_said_harmlessly_stays_none(text: str) -> None:
    assert assess(text).level == "none", text
