"""Put-downs by construction (round (f) of 2026-12-06, ``safety.name_insults.put_down``): a
put-down of the regions or of net slang with nothing around it but a word for the one spoken
to, a word for oneself, a prefix and endings — refused, while the same letters in an
ordinary name, or a frame that is no insult, pass.  Each test fails without the rule."""

from __future__ import annotations

import pytest

from safety import names
from safety.names_toml import NamesTomlError, parse
from tests.support.names import reason as _reason


@pytest.mark.parametrize(
    ("refused", "passing"),
    [
        # a put-down of two kana framed by a dialect ending of two letters, or said to someone
        ("ぼけやんけ", "ぼけっと"),
        ("ボケじゃのう", "ピンボケ写真"),
        ("きさまダラか", "だらだら"),
        ("わりゃボケ", "われもこう"),
        # katakana before a hiragana ending (「かすが」 is 春日, 「かすか」 微か)
        ("ダラが", "だらけ"),
        ("チビじゃろ", "ちびっこ"),
        # one ending of two letters, not two of one (「きもかわ」, creepy-cute, is allow-listed)
        ("ちびだね", "きもかわ"),
        # said of oneself, with a particle or an ending (「ぼくちび」 is only short)
        ("おれはダラ", "ぼくちび"),
        ("あたいダラやし", "うちのちび"),
        # after its ending, a word for the one spoken to
        ("ボケかてめえ", "ぼけのはな"),
        # put-downs of the regions, alone or framed (staff's `words`)
        ("ヘタレじゃ", "ヘタリア"),
        ("ふらーやっさー", "フラダンス"),
        ("だらずが", "どろだらけ"),
        ("このうつけめ", "うつくしい"),
        ("はんかくせーな", "半角カナ"),
        ("陰キャすぎ", "いんきょ生活"),
        # a put-down that alone is an ordinary word, said to someone (「あんごう」 is 暗号)
        ("おまえあんごうじゃ", "あんごうだよ"),
        # a prefix joined to a put-down of three letters, not to かす (「どかす」 moves a thing)
        ("どへたれ", "どかす"),
    ],
)
def test_a_framed_put_down_is_refused_and_the_same_letters_pass(refused: str, passing: str) -> None:
    assert (_reason(refused), _reason(passing)) == ("insult", None)


@pytest.mark.parametrize(
    "name",
    [
        "ほんじなし",  # 東北
        "でれすけが",  # 北関東
        "ふうけもん",  # 熊本
        "やなわらばー",  # 沖縄
        "すかんたらしい",  # 博多
        "おたんこなす",
        "木偶の坊",
        "プギャーww",
    ],
)
def test_put_downs_no_ordinary_word_holds_are_refused_anywhere(name: str) -> None:
    assert _reason(name) == "insult"


@pytest.mark.parametrize("name", ["だらやな", "へたれやし", "ふらーだべ"])
def test_a_framed_put_down_in_plain_kana_is_not_taken_for_plainly_ordinary(name: str) -> None:
    # the fast path reads no frame: a plain kana put-down must go the long way
    assert not names._plainly_ordinary(name)
    assert _reason(name) == "insult"


_MINIMAL = "\n".join(f"[{r}]\n" for r in ("contact", "self_harm", "sexual", "insult", "staff"))


def test_an_unknown_put_downs_list_is_an_error() -> None:
    with pytest.raises(NamesTomlError) as error:
        parse(_MINIMAL + '[put_downs]\nword = ["だら"]\n')
    assert "[put_downs]: unknown list 'word'" in str(error.value)
