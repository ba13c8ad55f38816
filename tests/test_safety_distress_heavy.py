"""More shapes of heavy distress (round 2026-12-04 (m), ``safety/constructions/heavy.py``):
weariness that lasts or is doubled, no will for anything, a body that will not move, food
gone, nobody to tell, the writer alone left behind, the writer judged worthless, the point
of trying lost. Each is ``concern`` and never more, and ordinary complaints stay ``none``.
The phrasings here were written for the tests, not taken from a tuning file."""

from __future__ import annotations

import pytest

from safety import assess
from tests.support.constructions import notes_by_rules


def _notes(text: str) -> list[str]:
    return notes_by_rules(text, "distress")


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("さいきんずっとだるくて", "worn_out"),
        ("つかれちゃった。もうほんとにつかれちゃった", "worn_out"),
        ("いい子でいるのつかれた", "worn_out"),
        ("ここ何週間かため息ばっかり", "worn_out"),
        ("なんにもやる気がおきない", "no_drive"),
        ("ずっと気力がわかない", "no_drive"),
        ("好きだったピアノもたのしくない", "no_drive"),
        ("ふとんからおきあがれない", "body_heavy"),
        ("毎晩むねがくるしい", "body_heavy"),
        ("給食がのどをとおらない", "appetite"),
        ("なに食べてもあじしない", "appetite"),
        ("だれにも本音をいえない", "unheard"),
        ("だれとも口きいてない", "unheard"),
        ("一言もしゃべれなかった、今日も", "unheard"),
        ("たよれる人がいない", "unheard"),
        ("あたしだけとりのこされてる", "left_behind"),
        ("ぼくだけみんなとちがう気がする", "left_behind"),
        ("おれってほんとばかみたい", "self_worth"),
        ("わたしにはなんのとりえもない", "self_worth"),
        ("ぜんぶぼくのせいだ", "self_worth"),
        ("なんのために部活してるのかわかんない", "purpose_lost"),
        ("じぶんの気持ちがわかんない", "purpose_lost"),
        # the weariness the analyser cuts (つか + れ + た) and days described by a negation
        ("まいにちつかれた", "worn_out"),
        ("なに食べてもあじがしない日がつづく", "appetite"),
        ("部屋から出られない日がふえた", "body_heavy"),
        ("なんでいつもぼくだけしかられるんだろ", "left_behind"),
        ("あたしだけグループにいれてもらえない", "left_behind"),
        ("話きいてくれる人いなくて", "unheard"),
        ("休み時間いっしょにいる人がいない", "unheard"),
        ("おやが別居するかも。こわい", "family_strife"),
        ("家の空気がさいあく", "family_strife"),
        ("うちがギスギスしてる", "family_strife"),
        ("また兄とくらべられた", "put_down"),
        ("ママにがっかりされた", "put_down"),
        ("毎日先生にしかられる", "put_down"),
        ("だれのことも信用できない、もう", "not_understood"),
        ("親にもわかってもらえない", "not_understood"),
        ("昼休みはトイレでおべんとう", "hiding_at_school"),
        ("おなかすいてるのにたべれない", "body_refuses"),
        ("なにも食べる気がしない", "body_refuses"),
        ("きのう一睡もできなかった", "body_refuses"),
        ("きもちがへとへと", "body_refuses"),
        # heavy feelings that last, someone wished for, why born, the mirror, the circle
        ("さいきんずっとゆううつ", "feeling_lasts"),
        ("さみしいのがとまらない", "feeling_lasts"),
        ("だれかにそばにいてほしい", "needs_someone"),
        ("だれかにぎゅってだきしめてほしい", "needs_someone"),
        ("ぼくなんで生まれてきたのかな", "why_born"),
        ("最近かがみ見れない", "mirror"),
        ("みんなの会話にはいれない", "left_behind"),
        ("わらってるふりするのにつかれた", "worn_out"),
        ("なんもしてないのにつかれる", "worn_out"),
        ("家の中ずっとギスギスしてる", "family_strife"),
        ("相談したのに先生きいてくれなかった", "not_understood"),
        ("学校のこと考えると胃がきりきりする", "body_heavy"),
        ("ねる前にひとりで泣くのが日課", "crying"),  # 日課 keeps it going
        ("なにやってもうまくいかない", "whatever_i_do"),
        ("なにしても先生にしかられる", "whatever_i_do"),
        ("何しても楽しくない", "whatever_i_do"),
        ("最近なんにも手につかない", "no_drive"),
        ("心がずっと重い", "body_heavy"),
    ],
)
def test_heavy_distress_found_at_concern(text: str, note: str) -> None:
    assert note in _notes(text)
    assert assess(text, learned_layer=False).level == "concern"


@pytest.mark.parametrize(
    "text",
    [
        "部活つかれた",  # one afternoon
        "テストだるい",
        "きょう体育でつかれた、ねる",
        "毎日部活でへとへと！でも楽しい",
        "宿題やる気でない",  # one chore
        "テスト前なのにやる気でない",
        "夏休みの宿題なにもやる気しないw",
        "この漫画たのしくない",  # a thing judged
        "だれにも言わないでね",  # a request
        "だれとも話してないの？",  # asked
        "自分だけガチャで当たった！",  # luck
        "わたしのとりえは元気なとこ",
        "自分ばかだった笑",
        "マラソンのあと体おもい",  # after running
        "かぜで体がだるい",  # ill
        "さむくてふとんから出れない",  # a cold morning
        "このガム味しない",
        "お腹いっぱいでごはんのどを通らない",  # full
        "なんのために勉強するのか先生に聞いた",
        "帰り道でため息ついた",
        "ずっとゲームしてて頭痛い笑",
        "トイレ行ってから給食たべた",  # a visit
        "両親は離婚して、今はママと二人で楽しくくらしてる",  # settled, told as done
        "ドラマで親が離婚する話",
        "家の電気が暗い",
        "テストの点で親に怒られた",  # once
        "兄にゲームで比べられた笑",
        "だれも信じてくれない？",
        "おなかすいて死にそう、はやくたべたい",
        "最近イライラする、宿題多すぎ",  # a chore
        "だれかに宿題手伝ってほしい",  # help with a task
        "誰かに聞いてほしい話がある！きいて！",
        "なんで生まれた日にケーキ食べるの？",
        "鏡みたくないくらいブサイクな寝ぐせ笑",
        "グループに入れないかな？",
        "何やってもうまくいくじゃん！",
        "何をしてもいいよ",
        "何してもかわいい",
        "なにしてもおこられないの？",
        "宿題が手につかない、ゲームしたい",
    ],
)
def test_everyday_is_not_heavy_distress(text: str) -> None:
    assert _notes(text) == []
    assert assess(text, learned_layer=False).level == "none"


@pytest.mark.parametrize(
    "text",
    ["ずっとつかれてて、からだがうごかない。だれにも言えない", "なにしてもだめ、ぜんぶ自分のせい"],
)
def test_heavy_distress_never_rated_above_concern(text: str) -> None:
    a = assess(text, learned_layer=False)
    assert a.level == "concern"
    assert all(s.level == "concern" for s in a.spans if s.construction == "distress")
