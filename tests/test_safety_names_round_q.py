"""Round (q) of 2026-12-06: names judged by the words they are made of, for the kinds the
twentieth split's aggregates and this round's own tuning file (names_tuning_2026-12-06q.tsv)
miss: a worthless self said with なんか/なんて before "not needed" or "need not be"; a verb of
hurting in 関西's て-stem before たる/たろ that Sudachi reads as a noun (しばい as 芝居); a
katakana name whose rest is words with a verb of one kana (ライセ|ニ|キ|タイ); baby talk of
ころす; a foreign name's middle dot (·) read as ・; a Latin word that is the romaji of an
allow-listed word; real words allow-listed.  Each refused case fails without its reading; each
passing one is an ordinary name that failed before."""

from __future__ import annotations

import pytest

from loadtest.name_ways import long_way, on_a_fast_path
from safety import check_name
from tests.support.names import reason


@pytest.mark.parametrize(
    ("name", "why"),
    [
        # oneself called not needed, or fine not being there (burden)
        ("じぶんなんかいらない", "self_harm"),
        ("わたしなんていらない", "self_harm"),
        ("ぼくなんかいらないよね", "self_harm"),
        ("うちなんかいらん", "self_harm"),
        ("自分なんか要らない", "self_harm"),
        ("じぶんなんていなくていい", "self_harm"),
        ("ぼくなんかいなければ", "self_harm"),
        ("わたしがいなければ", "self_harm"),
        ("ぼくがいないほうが", "self_harm"),
        ("うちがいなくても", "self_harm"),
        # the burden, which the risk rules rate ideation
        ("じぶんがじゃま", "self_harm"),
        ("めいわくしかかけない", "self_harm"),
        ("そんざいしてごめん", "self_harm"),
        # a means and waking wished away, which the risk rules rate high, in kana
        ("くびをつる", "self_harm"),
        ("めがさめなければいい", "self_harm"),
        # 関西's threat on a verb's て-stem that the analyser reads as a noun (芝居)
        ("しばいたろか", "insult"),
        ("どついたろか", "insult"),
        ("けったろか", "insult"),
        # a verb of hurting made one verb with another (回す: again and again) before ぞ
        ("しばきまわすぞ", "insult"),
        ("どつきまわすぞ", "insult"),
        # bullying threatened, as hurting is (苛める with てやる, or 関西's たる)
        ("いじめてやる", "insult"),
        ("いじめたる", "insult"),
        # the one spoken to called not needed
        ("おまえいらない", "insult"),
        ("てめえなんかいらねえ", "insult"),
        # money or a present offered in kana the analyser cuts into other words
        ("おかねあげる", "contact"),
        ("ぎふとあげる", "contact"),
        ("あまぎふあげます", "contact"),
        # the profile pointed to (a link put there)
        ("ぷろふにりんく", "contact"),
        ("プロフのURL", "contact"),
        ("ぷろふにのせてる", "contact"),
        # the same names in katakana and half-width: the rest is words, a verb of one kana among them
        ("ライセニキタイ", "self_harm"),
        ("ﾗｲｾﾆｷﾀｲ", "self_harm"),
        ("ライセ二キ夕イ", "self_harm"),
        # a meeting in kana after the people asked, the う held as ー
        ("ちかくの人あおー", "contact"),
        ("みんなあおー", "contact"),
        # baby talk: ちゅ and ち for す and し of ころす
        ("ころちゅぞ", "self_harm"),
        ("ころちてやる", "self_harm"),
    ],
)
def test_refused_by_a_reading(name: str, why: str) -> None:
    assert reason(name) == why


@pytest.mark.parametrize(
    "name",
    [
        # a foreign name's middle dot, as Chinese and Korean names are written in Latin script
        "ミア·ローズ",
        "ジャン‧ポール",
        # a phone's curly apostrophe, a dash for ー, a typeset hyphen
        "O’Neil",
        "ゆい―",
        "Jean‐Luc",
        # faces and marks children put after a name
        "ゆい⸜(*ˊᗜˋ*)⸝",
        "ゆい(*´꒳`*)",
        "りお⑅",
        "ひな꙳",
        "そら⊹",
        # romaji of an allow-listed word (ばかり) and a given name
        "Bakari",
        # real words and a character holding a listed piece (allow-listed)
        "起死回生",
        "ばかぼんのぱぱ",
        "かしぬし",
        "貸主",
        "れんらくちょう",
        "連絡帳",
        "はだかのおうさま",
        "裸の王様",
        "へんたいがな",
        "インスタ映え",
        # not about oneself, or not "not needed": the construction's edges
        "しゅくだいなんかいらない",
        "おかしなんかいらない",
        "ぼくはいらない",
        "じぶんなんかきらい",
        "ぼくはいない",
        "おかねほしい",
        "おかねもち",
        "ぷれぜんとほしい",
        "わたしがいないと",
        "ねこがいなければ",
        "ごめんね",
        "じゃまいか",
        "おじゃまします",
        "消しゴム",
        "きえたさいふ",
        # a verb's stem before a name's たろう, and katakana loanwords
        "しばいたろう",
        "シネイド",
        "タヒチのうみ",
        "ころすけ",
        "ころちゃん",
        "そらあおー",
        "しばきまわす",
        "いじめはだめ",
        "いじめないで",
        "いじめられっこ",
        "くびをかしげる",
        "めざめのあさ",
        "おまえのいらないもの",
        "ぷろふぃーる",
        "ぷろふめーかー",
        "ゆいとあおい",
    ],
)
def test_ordinary_names_pass(name: str) -> None:
    assert reason(name) is None


@pytest.mark.parametrize(
    "name",
    [
        "ミア·しね",
        "し·ね",
        "し―ね",
        "090―1234―5678",
        "し⸜ね",
        "ば⑅か",
        "Bakarishine",
        "起死回生しね",
        "かしぬしね",
        "いんすたばえDMして",
    ],
)
def test_what_is_read_around_them_still_counts(name: str) -> None:
    assert reason(name) is not None


@pytest.mark.parametrize(
    "name",
    [
        "ころちゅぞ",
        "しばいたろか",
        "かしぬし",
        "ばかぼんのぱぱ",
        "ライセニキタイ",
        "ぷろふにりんく",
        "おまえいらない",
    ],
)
def test_the_fast_path_agrees_with_the_long_way(name: str) -> None:
    if on_a_fast_path(name):
        assert check_name(name).ok
    assert long_way(name).reason == check_name(name).reason
