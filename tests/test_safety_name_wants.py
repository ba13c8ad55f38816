"""Names that want, propose or ask for what a name may not (safety/name_wants.py), and the
names round of 2026-12-02 (i) besides: read by the verb's dictionary form and the endings after
it, so conjugations no list holds are read, and the same words asking nothing pass."""

from __future__ import annotations

import pytest

import safety
from safety.names_toml import NamesTomlError, parse
from tests.support.names import MINIMAL_NAMES_TOML
from tests.support.names import reason as _reason


@pytest.mark.parametrize(
    "name",
    [
        "飛び込もう",  # volitional
        "しにます",  # said it will be done
        "消えます",
        "しなせて",  # let me
        "きえてほしい",  # asked of another
        "ころされたい",  # wanted done to oneself
        "消滅しよう",  # a noun done with する
        "心中しよ",
        "飛び込みたい",
        "楽になりたい",  # 楽になる read as one verb
        "コノ世カラ消エル",  # katakana: read again as hiragana
    ],
)
def test_dying_wanted_proposed_or_asked_is_self_harm(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize("name", ["この世から消える", "あの世行き", "人生おわらせる", "いっしょにしの"])
def test_leaving_life_or_the_world_is_self_harm(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize(
    "name",
    [
        "きえないで",
        "しにません",
        "消えるまほう",
        "じんせいおわった",
        "しの",
        "にしの",
        "いきものがかり",
        "せかいいち",
    ],
)
def test_the_same_verbs_asking_nothing_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "だいて",
        "抱かれたい",
        "ヤりたい",  # sexual only so written
        "ヤらせて",
        "やらせて",  # alone and let be done
        "むねみせて",  # shown after a body part
        "下着うります",
        "自撮り送って",
        "キスしよ",  # a noun done with する
        "添い寝して",
        "ムラムラする",
        "キスシヨ",
    ],
)
def test_sexual_acts_wanted_or_asked_are_sexual(name: str) -> None:
    assert _reason(name) == "sexual"


@pytest.mark.parametrize(
    "name",
    [
        "ねこさわりたい",
        "あめなめたい",
        "ぬいぐるみだきたい",
        "ゲームやりたい",
        "やりたいこと",
        "やろう",
        "だっこして",
        "みせて",
        "キス",
    ],
)
def test_a_thing_before_the_verb_or_no_wanting_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "デートしたい",  # a plan of meeting done with する
        "同棲しよ",
        "合流しよ",
        "いっしょにかえろ",  # together
        "一緒に住もう",
        "いっしょにねよ",
        "放課後あそぼ",  # a time to meet
        "駅前で待つ",  # a place, then the verb
        "泊まりにこい",  # an order after other words
        "あおー",  # 会おう in kana, held
        "あおーや",
        "ほうかごあおー",
    ],
)
def test_meeting_proposed_is_contact(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize(
    "name", ["あおーい", "あおーん", "あそぼ", "デート", "まつ", "あおぞら", "はなびをまつ"]
)
def test_meeting_words_proposing_nothing_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


def test_five_number_words_in_a_row_are_a_number_read_out() -> None:
    assert _reason("ななななごごご") == "contact"
    assert safety.check_name("ななこ").ok


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("きょにゅう", "sexual"),
        ("せいよく", "sexual"),
        ("たわけ", "insult"),
        ("ぼけなす", "insult"),
        ("ビーリアル", "contact"),
    ],
)
def test_words_of_the_round(name: str, reason: str) -> None:
    assert _reason(name) == reason


def test_an_unknown_wants_list_stops_the_start() -> None:
    with pytest.raises(NamesTomlError, match=r"\[wants\]: unknown list 'sexual_verbs'"):
        parse(MINIMAL_NAMES_TOML + '[wants]\nsexual_verbs = ["抱く"]\n')


def test_a_wants_entry_that_is_no_word_stops_the_start() -> None:
    with pytest.raises(NamesTomlError, match=r"\[wants\] sexual"):
        parse(MINIMAL_NAMES_TOML + "[wants]\nsexual = [3]\n")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("ヤれる子", "sexual"),  # who can be had: a potential form before a person
        ("遊べる人", "contact"),
        ("いなくなろ", "self_harm"),  # a volitional Sudachi reads as an order in ろ
        ("きえるね", "self_harm"),  # said as what one will do
        ("そいねしよ", "sexual"),  # a noun done with する, written in kana
        ("しょうめつしたい", "self_harm"),
        ("したぎみせて", "sexual"),
        ("ブラ見せ", "sexual"),  # the stem ending the name
        ("ぱんつほしい", "sexual"),  # underwear wanted
        ("あそびにいこ", "contact"),  # gone to do together
        ("家まで送って", "contact"),  # taken somewhere
        ("あえない？", "contact"),  # 会う in kana
        ("あいにいきたい", "contact"),
        ("ちかくであお", "contact"),
    ],
)
def test_forms_of_the_second_step(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    "name",
    [
        "遊べる公園",  # a place, not a person
        "しにました",  # told as done (in a game)
        "またみせて",  # "show me again": 股 is two kana of another word
        "写メほしい",
        "今から塾に行くね",  # 逝く read as いく is 行く
        "やりたい",
        "えいじろう",
        "あわじし",
        "りおな",
        "ひでとし",
    ],
)
def test_ordinary_words_near_the_second_step_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("リアルで遊ぼ", "contact"),  # in person, then a thing done together
        ("おでかけしよ", "contact"),
        ("いきるのやめる", "self_harm"),  # living given up
        ("人生終わりにする", "self_harm"),
        ("ヤリたいな", "sexual"),  # ヤる in katakana, which Sudachi reads as a spear
        ("ヤリタイ", "sexual"),
        ("ぱんつ見たい", "sexual"),
        ("4ンデクレ", "self_harm"),  # a stand-in undone among katakana, read in hiragana
        ("アオ一", "contact"),  # 一 for ー, then 会おう in kana
        ("あっおーッや", "contact"),  # small っ slipped in around a held ー
        ("でーとしたい", "contact"),  # a held ー the unmasking drops
    ],
)
def test_forms_of_the_third_step(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize("name", ["ヤリイカ", "インスタントめん", "じんせいおわり", "オフロード"])
def test_ordinary_words_near_the_third_step_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    "name", ["ライン川", "ラインマーカー", "カカオ豆", "いとでんわ", "closer", "Penistone"]
)
def test_allow_listed_things_named_after_an_app_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["ライン交換", "カカオトーク", "らいんやろ", "closerしね"])
def test_the_apps_themselves_stay_refused(name: str) -> None:
    assert not safety.check_name(name).ok


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("さわらして", "sexual"),  # a causative in す, as many children say させて
        ("やらして", "sexual"),
        ("デートせえへん？", "contact"),  # Kansai へん asked is an invitation
        ("あえへん？", "contact"),
        ("あわへん？", "contact"),
        ("消えてまえ", "self_harm"),
        ("ころしたる", "self_harm"),
    ],
)
def test_dialect_and_causatives_in_su(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize("name", ["ゲームやらして", "やらす", "デートせえへん", "あわじ"])
def test_the_same_words_not_asking_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("ばかばか", "insult"),
        ("ばーかばーか", "insult"),
        ("ぶすぶす", "insult"),
        ("ちんかす", "insult"),
        ("ばかばか！", "insult"),
    ],
)
def test_a_listed_word_said_again_and_again(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize("name", ["ぶたぶた", "もりもり", "ころころ", "ここ", "ぼーっと"])
def test_repeated_ordinary_words_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize("name", ["ロブロックス", "roblox", "ミクチャ", "psn", "マイクラ鯖"])
def test_more_places_to_be_reached(name: str) -> None:
    assert _reason(name) == "contact"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("ちにたい", "self_harm"),
        ("しにちゃい", "self_harm"),
        ("ちにちゃい", "self_harm"),
        ("やらしい子", "sexual"),
    ],
)
def test_baby_talk_for_dying_and_a_few_words(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize("name", ["おばあちゃんちに行く", "ちゃいろ", "ちなつ", "ちにゃん"])
def test_ordinary_baby_talk_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(("name", "reason"), [("あおお", "contact"), ("セクシー", "sexual")])
def test_held_vowels_and_a_word_the_latin_list_already_had(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize("name", ["にじがきえるよ", "ゆきだるまがきえるね", "セクション"])
def test_a_thing_vanishing_passes(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("ロープ買った", "self_harm"),  # the risk rules' reading of a means or a plan, from kana too
        ("くすりためた", "self_harm"),
        ("いきててごめん", "self_harm"),
        ("いしょかいた", "self_harm"),
        ("消えてなくなりたい", "self_harm"),
        ("カラオケいこ", "contact"),  # an outing proposed
        ("ドライブしよ", "contact"),
        ("落ち合おう", "contact"),  # a meeting verb proposed
        ("同じ駅の人", "contact"),
        ("とうさつ", "sexual"),
        ("ノゾキ魔", "sexual"),
        ("はだかんぼ", "sexual"),
    ],
)
def test_forms_of_the_last_step(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    "name",
    [
        "さくらいしょか",
        # (「消えてなくなる」 alone is refused since 2026-12-04 (k): gone for good said as what
        # one will do, as 「きえるね」; of a thing it passes)
        "雪が消えてなくなる",
        "待とう",
        "おちあい",
        "ロープウェイ",
        "くすりやさん",
        "のぞみ",
        "えいがかん",
    ],
)
def test_ordinary_words_near_the_last_step_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(("name", "reason"), [("まちあゎせしよ", "contact"), ("ぁぉ〜", "contact")])
def test_a_small_wa_and_a_wave_dash_held(name: str, reason: str) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize("name", ["かゎいい", "あお〜い", "あお~ん"])
def test_ordinary_small_wa_and_wave_dash_pass(name: str) -> None:
    assert safety.check_name(name).ok, safety.check_name(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [("一緒に住も", "contact"), ("放課後に住も", "contact"), ("森のこ", None), ("小春よ", None)],
)
def test_a_proposal_with_its_long_u_not_written_after_a_kanji(name: str, reason: str | None) -> None:
    # Sudachi reads 「住も」 as the noun 住 and も; read with the う it stands for
    assert _reason(name) == reason


@pytest.mark.parametrize(
    ("name", "reason"), [("ふたりであそぼ", "contact"), ("二人で暮らそ", "contact"), ("みんなであそぼ", None)]
)
def test_the_two_of_them_proposing_a_thing_done_together_is_contact(name: str, reason: str | None) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("おわらせよう", "self_harm"),  # what is ended left unsaid: the child's life
        ("ぜんぶおわりにします", "self_harm"),
        ("ゲームおわりにしよ", None),  # a thing ended
        ("宿題おわらせたい", None),
        ("おわりにした", None),  # told as done
    ],
)
def test_ending_it_with_nothing_said_before_is_self_harm(name: str, reason: str | None) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [("さよなら人生", "self_harm"), ("さよならせかい", "self_harm"), ("さよなら三角", None)],
)
def test_a_goodbye_said_to_ones_life_or_the_world_is_self_harm(name: str, reason: str | None) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("だれか拾って", "contact"),  # a runaway asking a stranger for a roof
        ("かくまってほしい", "contact"),
        ("ひろわれたい", "contact"),
        ("こねこひろってね", None),  # a thing picked up
        ("どんぐり拾った", None),
    ],
)
def test_asking_to_be_picked_up_or_taken_in_is_contact(name: str, reason: str | None) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("家まで送る", "contact"),
        ("おうちまでおくるよ", "contact"),
        ("家まで送った", None),
        ("手紙を送る", None),
    ],
)
def test_taking_someone_somewhere_said_as_done_soon_is_contact(name: str, reason: str | None) -> None:
    assert _reason(name) == reason


@pytest.mark.parametrize(
    "name",
    [
        "消滅希望",
        "消滅予定",
        "成仏希望",
        "存在消したい",
        "自分消したい",
        "じぶんをけしたい",
        "自分を傷つけたい",
        "じぶんきずつけたい",
    ],
)
def test_dying_hoped_for_or_oneself_erased_or_hurt_is_self_harm(name: str) -> None:
    # round of 2026-12-04 o: a noun of dying before 希望/予定; 消す, 傷つける done to oneself
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize(
    "name", ["データ消したい", "消しゴム", "けしごむ", "けしき", "予定どおり", "希望", "自分大好き"]
)
def test_a_thing_erased_or_a_plan_alone_passes(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize("name", ["生きる理由ない", "いきるりゆうない", "きえたすぎ"])
def test_no_reason_to_live_and_vanishing_wanted_too_much_are_self_harm(name: str) -> None:
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize("name", ["きえたさいふ", "りゆうない"])
def test_a_lost_wallet_or_no_reason_alone_passes(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize("name", ["ひっそりきえる", "ぼく消える", "まったりきえる", "しずかに逝く"])
def test_vanishing_said_plainly_of_nobody_named_is_self_harm(name: str) -> None:
    # round d of 2026-12-05: how, when or who, then the plain verb ending the name
    assert _reason(name) == "self_harm"


@pytest.mark.parametrize(
    "name", ["きえる", "にじがきえる", "シャボン玉きえる", "消える魔球", "ろうそく消える"]
)
def test_vanishing_of_a_thing_a_title_or_the_verb_alone_passes(name: str) -> None:
    assert _reason(name) is None


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("誰か見つけてね", "contact"),  # round i of 2026-12-05: being found, asked of a stranger
        ("ボクヲ見ツケテ", "contact"),
        ("四つ葉見つけて", None),  # a thing to find
        ("宝物見つけた", None),
    ],
)
def test_asking_to_be_found_is_contact(name: str, reason: str | None) -> None:
    assert _reason(name) == reason
