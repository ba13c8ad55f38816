"""Wishes said softly or sideways (round b of 2026-12-05, ``safety/constructions/softly.py`` and
the hoped stop in ``veiled.py``): not being born as what would have been good, the writer's being
undone, an end while asleep, being forgotten once gone, money or trouble spared by the writer's
absence, an apology for trouble and then going, an urge to cut with nothing named, waking never
again, a wish lasting through today, the heart or breath stopping hoped for. A song, a lesson,
someone else, a thing named or a lie-in keep them out. The phrasings here were written for the
tests, not taken from a tuning file."""

from __future__ import annotations

import pytest

from safety import assess
from tests.support.constructions import notes_by_rules


def _notes(text: str) -> list[str]:
    return notes_by_rules(text, "wish", "burden", "self_harm")


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("うまれてこなかったら よかったって 思っちゃうの だめかな", "unborn_said"),
        ("うまれなきゃ よかったって おもう", "unborn_said"),
        ("生まれる前にかえりたい", "unborn_said"),
        ("はじめから いなかったことに なってたら いいのに", "undone"),
        ("もう存在してるのをやめたい", "undone"),
        ("ねてる あいだに おわってたら いいのにな", "asleep_end"),
        ("ねたまま きえたいな", "asleep_end"),
        ("いなくなっても すぐ わすれられるんだろうな", "unmissed"),
        ("しんでも なにも かわらないよ、たぶん", "unmissed"),
        ("ぼくが いなかったら 食費も へるのに", "cost_saved"),
        ("わたし しねば 学費 かからないし", "cost_saved"),
        ("しんぱい かけて ばかりで ごめんね。もう いなくなるね", "intent"),
        ("お母さんに ふたん かけたくないから しにます", "intent"),
        ("きりたくて しかたない", "urge_to_cut"),
        ("にどと めざめなくて いい", "never_waking"),
        ("きょう じゅぎょうちゅう ずっと きえたかった", "wished_today"),
        ("心臓 とまってくれたら らくなのに", "stopped"),
        ("ぼくみたいなのが 生きてて すみません", "sorry_to_be"),
        ("ごめんなさい、あたしなんかが いて", "sorry_to_be"),
        ("ぼくが いない方が みんな たのしそう", "happier_without"),
        ("わたしって なくなっちゃえば いいのに", "self_gone"),
        ("えいえんに めざめたくない", "never_waking"),
        ("手首きりたくてたまらない", "urge_to_cut"),
        ("息が止まってくれればいいのに", "stopped"),
        ("自分なんてなくなればいいのに", "self_gone"),
        ("いなくなったとしても何も変わらんし", "unmissed"),
        ("私がいなかったら学費かからなかったのに", "cost_saved"),
        ("生まれてきたことなかったことにしたい", "undone"),
        ("こきゅうするの もうやめたい", "stopped"),
    ],
)
def test_soft_wish_is_high(text: str, note: str) -> None:
    assert note in _notes(text)
    assert assess(text, learned_layer=False).at_least("high")


@pytest.mark.parametrize(
    "text",
    [
        "妹が うまれてこなかったら 部屋ひとりじめ できたのに",
        "音楽の授業で『うまれなければよかった』っていう歌詞をならった",
        "ねてるあいだに テスト おわってたらいいな",
        "なつやすみは ずっと おきなくていい",
        "けしゴムで 消えても すぐ わすれられるよね、あの字",
        "ねこが いなければ お金 かからないけど、かわいいから いい",
        "てま かけさせて ごめん、もう かえるね",
        "かみ きりたくて しかたない",
        "前髪 きりたい衝動",
        "しゃっくり とまってくれないかな",
        "小さいころ ずっと きえたかった、いまは へいき",
        "ねむい、ずっと ねてたい笑",
        "あのゲームのキャラ、うまれてこなければよかったって言ってた",
        "すみません、ここに いて ジャマでしたか",
        "ごめんね、わたしが いて よかった？",
        "わたしの けしゴム なくなっちゃった",
        "しゅくだい ぜんぶ なくなってほしい",
        "爪きりたくてたまらない",
        "あのテストなかったことにしたい",
    ],
)
def test_same_shapes_harmless_stay_below_high(text: str) -> None:
    assert not assess(text, learned_layer=False).at_least("high")


def test_unborn_thought_denied_is_no_unborn_said() -> None:
    # the word lists still read 「うまれてこなければ」 here; this rule must not add to it
    assert "unborn_said" not in _notes("うまれなきゃよかったなんて おもわないよ")


def test_quoted_song_line_is_nobodys_wish() -> None:
    assert not assess("ボカロで『きえたい』ってうたってるの すき", learned_layer=False).at_least("high")


def test_self_as_a_thing_erased_is_a_wish() -> None:
    assert assess("自分のことを もう けしたいよ", learned_layer=False).at_least("high")
    assert not assess("あいつのこと けしたい", learned_layer=False).at_least("high")


def test_sorry_and_gone_with_a_time_is_imminent() -> None:
    assert assess("めいわく かけて ばかりで ごめん。今夜 きえるね", learned_layer=False).level == "imminent"
