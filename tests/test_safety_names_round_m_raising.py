"""Names round m (raising, ``safety.name_putdowns_widened``): put-downs and sexual words the reviews of
rounds i and j found passing.  Each test holds harmful names main passes and the harmless names
sharing their surface that must keep passing; none is taken from the round's tuning file
(names_tuning_2026-12-07q.tsv)."""

from __future__ import annotations

import pytest

from safety import check_name

# rule: (harmful names, each refused with the reason; harmless names sharing their surface)
RULES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "smell said to someone, with an ending, reversed, or of a body part": (
        "insult",
        (
            "おまえくさいぞ",
            "おまえくさいわ",
            "くさいぞおまえ",
            "くっさおまえ",
            "きみくさい",
            "あなたくさい",
            "おまえのあしくさい",
            "あしがくさいおとこ",
            "きさまのくちくさすぎ",
            "へそがくさいやつ",
            "おまえくさいって",
        ),
        ("くさやのひもの", "あしがはやいこ", "きみのなまえ", "あなたのゆめ", "くさいにおい", "あしがくさい"),
    ),
    "a put-down or an animal said to きみ, あなた, おまえら": (
        "insult",
        ("きみこどおじ", "おまえトド", "おまえゴリラ", "あなたゴリラだね", "おまえらトド"),
        ("ゴリラすき", "きみとどうぶつえん", "きみかばん", "トドのあかちゃん"),
    ),
    "ブサ with a person, net slurs, an insult glued to a nickname, gloating": (
        "insult",
        (
            "ぶさおんな",
            "ブサ女",
            "ナマポ",
            "メスガキ",
            "子供部屋おばさん",
            "ばかぽこくん",
            "ゆうとざまぁみろ",
        ),
        ("ぶさかわちゃん", "ぶさねこ", "あほげちゃん", "ばかうけ", "なまはむ"),
    ),
    "testicles slang, sex workers and shops, stroking offered": (
        "sexual",
        (
            "たまきん",
            "ソープ嬢",
            "風俗嬢",
            "デリヘルじょう",
            "ラブホ",
            "ピンサロ",
            "ぬいてあげるよ",
            "ぬきぬき",
            "ソープのおねえさん",
        ),
        ("たまきんぐ", "たまきさん", "ソープストーン", "ラブほっぺ", "ぬきあしさしあし", "ぬいぐるみ"),
    ),
    "a taste for children": (
        "sexual",
        ("ショタすき", "しょうがくせいすき", "ようじょprpr"),
        ("ショータすき", "しょうたすき", "ようちえん", "ロリポップすき"),
    ),
    "body slang, squeezing, feeling good, Latin abbreviations, glued words": (
        "sexual",
        (
            "ぺちゃぱい",
            "パイパン",
            "びんびん",
            "はめたい",
            "ふぇらして",
            "むねもませろ",
            "むねもみもみ",
            "tnp",
            "opi",
            "prpr",
            "きもちよくして",
            "れいぷうん",
        ),
        (
            "パイナップル",
            "ぺちゃくちゃ",
            "ビンゴ",
            "かめはめは",
            "フェラーリ",
            "かたもみもみ",
            "もみのき",
            "topic",
            "opera",
            "きもちいいかぜ",
            "ちんこんか",
            "グレープ",
        ),
    ),
}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_round_m_refuses_and_keeps_its_twins(rule: str) -> None:
    reason, harmful, harmless = RULES[rule]
    assert [n for n in harmful if check_name(n).reason != reason] == []
    assert [n for n in harmless if not check_name(n).ok] == []
