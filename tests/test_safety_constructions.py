"""Each named construction of safety.constructions, found in phrasing no list holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import safety
from safety.constructions import find, prepare
from safety.evaluation import _risk_ok, parse_classed_risk
from tests.support.constructions import found_by_rules

DATA = Path(__file__).parent / "data" / "classed"


def _constructions(text: str) -> dict[str, str]:
    """construction (and ``construction:note``) → the highest level it gave in ``assess``."""
    out: dict[str, str] = {}
    for span in safety.assess(text).spans:
        if span.construction:
            names = [span.construction] + ([f"{span.construction}:{span.note}"] if span.note else [])
            for name in names:
                best = out.get(name, "none")
                out[name] = max(best, span.level, key=safety.LEVELS.index)
    return out


CASES = [
    # wish, hidden by negation, も, けど, permission, intent
    ("wish", "high", "きえたいわけじゃないけど、いなくなっても いいかな"),
    ("wish", "high", "もう きえても いいよね"),
    ("wish", "high", "しねたら らくなのかな"),
    ("wish", "high", "きえちゃおっかなー"),
    ("wish", "high", "ずっと ねたまま おきなくても いいや"),
    ("wish", "high", "いきてたくない"),
    ("wish", "high", "生きていたくない"),
    ("wish", "high", "もう じんせい やめたい"),
    # living, even so, painful
    ("wish", "high", "いきてても つらい ことしか ないじゃん"),
    # ending, wished, with its object far before it or living itself in question in the text
    ("wish", "high", "もう なにもかも ほんとに どうでもいいから おわりたい"),
    ("wish", "high", "なんの ために いきてるんだろ。 もう おわりたい"),
    ("wish", "high", "消えてなくなってしまいたい気分"),
    ("wish", "high", "いきてても いみが ない きがする"),
    ("wish", "high", "もう めを さましたくない"),
    # burden
    ("burden", "high", "わたしが いないほうが 家族は らくになる"),
    ("burden", "high", "しんだら みんな せいせいする"),
    # the writer, named, not being here as a condition, then something good
    ("burden", "high", "あたしが いなきゃ よかったんだよね"),
    ("burden", "high", "ごめん。 おれが いなかったら もっと らくだったのに"),
    ("burden", "high", "ぜんぶ わたしの せい。 いなければ よかった"),
    ("burden", "high", "めいわく ばっかり かけてる"),
    ("burden", "high", "ぼくが いなければ 家族 けんか しないのに"),
    ("burden", "high", "じぶんなんか このよに いらない"),
    ("burden", "high", "うまれてきて ごめんなさい"),
    # method / amount question; with a stated intent, imminent
    ("method_question", "high", "なんこ のんだら やばい？"),
    ("method_question", "high", "どのくらいの たかさなら しぬ？"),
    ("method_question", "high", "なんじょう のんだら やばいの？"),
    ("method_question", "imminent", "こんや やるから なんこ のめば いいか おしえて"),
    # place, now
    ("place_now", "imminent", "いま おくじょうに いる。もう むり"),
    ("place_now", "imminent", "いま おくじょう。したみたら こわくない"),
    ("place_now", "imminent", "ベランダの てすり こえた"),
    ("place_now", "imminent", "ふみきりの まえに いる、でんしゃ まだかな"),
    # farewell, things given away, a letter, preparations
    # at a place, with an everyday word elsewhere (みんな, でんしゃ) outweighed by despair
    ("place_now", "imminent", "いま おくじょう おる。 みんな もう げんかい"),
    ("place_now", "imminent", "マンションの いちばん うえ おる。 ママ ねてる。 もう むり"),
    ("place_now", "imminent", "えきの ホーム おる。 でんしゃ くるたびに いっぽ まえに でてる"),
    ("farewell", "imminent", "さよならを いいに きた"),
    # not being here any more, said flat (polite too), with a time or the writer named
    ("farewell", "imminent", "こんやで もう わたし いないから"),
    ("farewell", "imminent", "あしたの よるには もう おらんと おもう"),
    ("farewell", "imminent", "みんな ありがとう。 もう ここには きません"),
    # an everyday word elsewhere (明日, 先生) does not veto an end said in grammar
    ("farewell", "imminent", "せんせい ありがとう。 あしたには もう ぼく いない"),
    ("farewell", "imminent", "いままで ありがとう。みんな げんきでね"),
    ("farewell", "imminent", "だいじな ぬいぐるみ ともだちに あげた、もう つかわないし"),
    ("farewell", "imminent", "おかあさんへの てがみ おいてきた、ごめんなさい"),
    ("farewell", "imminent", "じゅんび できた。さよなら"),
    ("farewell", "imminent", "うまれかわったら また あおうね"),
    # by word class, not by sentence (round of 2026-12-02)
    ("place_now", "imminent", "ふみきりの まえで ずっと たってる"),
    ("place_now", "imminent", "団地の 屋上 なう"),
    ("place_now", "imminent", "ほどうきょうの うえに いる"),
    ("method_question", "high", "くすり なんじょう で たおれる"),
    ("method_question", "high", "いたくない やりかた しりたい"),
    ("farewell", "imminent", "さいごの あいさつ しにきた"),
    ("farewell", "imminent", "スマホの しゃしん ぜんぶ けした もう ひつようない"),
    # harm at home
    ("abuse_home", "high", "かえったら また なぐられる"),
    ("abuse_home", "high", "ちちおやに おされて かべに ぶつかった"),
    ("abuse_home", "high", "親に ものを なげつけられる"),
    # round of 2026-12-02 (3): sleeping for ever, ending it, unmourned, too much medicine,
    # a parting said to everyone in either order
    ("wish", "high", "えいえんに ねむりたい"),
    ("wish", "high", "ずっとねむりたい"),
    ("wish", "high", "永遠に眠りたい"),
    ("wish", "high", "二度と ねむりたい"),
    ("wish", "high", "一生 ねむっていたい"),
    ("wish", "high", "おわりにしたい"),
    ("wish", "high", "もう 全部 おわらせたい"),
    ("wish", "high", "ぼくは もう おわりに したい"),
    ("burden", "high", "いなくなったら だれか きづくかな"),
    ("burden", "high", "わたしが しんだら かなしむ ひと いない"),
    ("burden", "high", "ぼくが きえたら だれも きづかない"),
    ("burden", "high", "わたしが いなくなっても だれも こまらない"),
    ("overdose", "imminent", "ねるまえに くすりを のみすぎた"),
    ("overdose", "imminent", "かぜぐすりを のみすぎちゃった"),
    ("overdose", "imminent", "さっき 薬 飲みすぎた"),
    ("farewell", "imminent", "さよなら、みんな"),
    ("farewell", "imminent", "さようなら みんな ありがとう"),
    ("farewell", "imminent", "みんな さようなら"),
    ("farewell", "imminent", "せかい さようなら"),
]


# Round of 2026-12-02 (b): grammar instead of phrases.  Each row is phrased unlike the
# tuning sets, and each fails without the rule its comment names.
CASES += [
    # conditional forms (仮定形: なきゃ, なけれ+ば) before relief, passive deaths, dialect relief
    ("wish", "high", "ずっと めが さめなきゃ いいのに"),
    ("wish", "high", "トラックに はねられたら らくなのに"),
    ("wish", "high", "べつに しんでも かまへんし"),
    ("wish", "high", "もう いなくなっても ええわ"),
    # a denial said to be a lie; living as an obligation questioned; not having been born
    ("wish", "high", "しにたくないって いったら うそに なるかも"),
    ("wish", "high", "なんで いきてなきゃ だめなの"),
    ("wish", "high", "うまれなければ よかったのに"),
    # the writer alone named as the trouble; absence making no difference
    ("burden", "high", "ぼくさえ いなければ"),
    ("burden", "high", "おれが きえても なにも かわらない"),
    ("burden", "high", "あたしが おらんほうが ええんやろ"),
    # a means asked: a potential form, a grave result after a condition, where, how once decided
    ("method_question", "high", "いっかいで おわれる ばしょ ある？"),
    ("method_question", "high", "このまどから とびおりたら しぬかな"),
    ("method_question", "high", "どこの はしなら たかいかな"),
    ("method_question", "high", "どこの おくじょうなら はいれる？"),
    ("method_question", "imminent", "もう かくご きめた。やりかた おしえて"),
    # a means in hand or already taken
    ("at_hand", "imminent", "いま ナイフ にぎってる"),
    ("at_hand", "imminent", "しはんやく ぜんぶ ならべた"),
    ("at_hand", "imminent", "もう 40こ のんじゃった"),
    ("at_hand", "imminent", "のんだ くすりで くらくらする"),
    # place, now: a high floor, an edge, a track beside, the next sentence saying "now, here"
    ("place_now", "imminent", "9かいの ベランダに でた"),
    ("place_now", "imminent", "ホームの きいろい せんの そとで まってる"),
    ("place_now", "imminent", "せんろの よこを あるいてる"),
    ("place_now", "imminent", "おくじょうの ドア あいてた。いま いる"),
    # farewell: never again, going announced, next life, nothing left, forget me, last
    # message, looking back
    ("farewell", "imminent", "もう ここには もどらない。ありがとう"),
    ("farewell", "imminent", "あと すこしで いくね。ばいばい"),
    ("farewell", "imminent", "つぎ うまれたら ねこに なりたい"),
    ("farewell", "imminent", "おもいのこすことは もう ない"),
    ("farewell", "imminent", "ぼくのことは わすれてね"),
    ("farewell", "imminent", "これが さいごの メッセージ"),
    ("farewell", "imminent", "もう あえないね。やさしかったよ"),
    ("farewell", "imminent", "てがみ かいて ベッドに おいた"),
    ("farewell", "imminent", "まんがも ぜんぶ いとこに あげた。じゃあね"),
    # harm at home beyond a blow: hidden marks, cruel words from a carer, a carer hitting
    # the other, a carer not coming home
    ("abuse_home", "high", "きずが みえないように いつも かくしてる"),
    ("abuse_home", "high", "ははおやに いらないって ずっと いわれてる"),
    ("abuse_home", "high", "おとうさんが おかあさんを けってた"),
    ("abuse_home", "high", "ママが もう 3日 かえってこない"),
    # going to a place with a drop, with a goodbye; a letter put down (round (b), last)
    ("farewell", "imminent", "もう いえ でた。かわに いく。ばいばい"),
    ("farewell", "imminent", "てがみは もう おいた。あとは よるを まつだけ"),
    # burden as a cause (burden.py): the writer's being here harms, the family's pain is my fault
    ("burden:presence_harms", "high", "ぼくが いると いえの くうきが わるくなる"),
    ("burden:presence_harms", "high", "わたしが いるだけで ママの 負担に なってる"),
    ("burden:my_fault", "high", "パパと ママの けんかは ぜんぶ わたしの せい"),
    ("burden:my_fault", "high", "ぼくが いる せいで おかあさんが つかれてる"),
    # harm at home beyond a blow (home.py): each note is one named reading
    ("abuse_home:carer_strikes", "high", "パパが よっぱらうと ぼくを なぐる"),
    ("abuse_home:carer_strikes", "high", "おかあさんの ビンタ きょうは いたかった"),
    ("abuse_home:carer_strikes", "imminent", "いま おやじが へやの ドア けってる"),
    ("abuse_home:punished", "high", "ばつで パパに まよなか そとに だされた"),
    ("abuse_home:needs_unmet", "high", "もう 二日 ごはん もらってない"),
    ("abuse_home:needs_unmet", "high", "ママ かえってこなくて いつも 夕飯ぬき"),
    ("abuse_home:threatened", "high", "おとうさんが こんど いったら ころすって いってた"),
    ("abuse_home:hiding", "high", "ママが おこったら クローゼットに かくれてる"),
    ("abuse_home:dread", "high", "うちに かえったら なにされるか わからない"),
    # last things (last_things.py): each note is one named reading
    ("farewell:given", "imminent", "たからものの カード ぜんぶ いとこに あげた。もう いらないし"),
    ("farewell:given", "imminent", "おれの ギター、あにきに あげた。もう つかわないし"),
    ("farewell:letter", "imminent", "パパへの てがみ、つくえの ひきだしに いれといた"),
    ("farewell:letter", "imminent", "もし わたしが いなかったら、てがみ よんでね"),
    ("farewell:last_time", "imminent", "さいごの 夜 だから、すきな おかし たべた"),
    ("farewell:last_time", "imminent", "さいごに ねこ なでられて よかった"),
    ("farewell:said_twice", "imminent", "ばいばい。ほんとに ばいばい"),
    ("farewell:last_time", "imminent", "さいごに すきな おんがく きいた。よかった"),
    ("farewell:last_time", "imminent", "今日が さいごの日だから、ママに ありがとうって いった"),
    ("farewell:traces_erased", "imminent", "インスタの しゃしん ぜんぶ けした。あとは わたしだけ"),
    ("farewell:traces_erased", "imminent", "ラインの ともだち ぜんいん ブロックした。じゃあ いくね"),
    ("farewell:for_ever", "imminent", "みんな、ずっと おやすみ"),
    ("farewell:in_my_place", "imminent", "ぼくの ぶんまで いきて"),
    # a method verb wished is a wish, in a story's sentence too when the writer is in it
    ("wish", "high", "ニュース みてたら わたしも とびおりたくなった"),
    # round (i): a method asked for without naming it (vague.py): a count with an end state,
    # or the surest way asked as a thing; imminent with a time word
    ("method_question:vague", "high", "どれくらいで つめたく なれるのかな"),
    ("method_question:vague", "high", "どれくらいで いたみって なくなるの"),
    ("method_question:vague", "high", "なんじょうで ねむったままに なるの"),
    ("method_question:vague", "high", "なんかいから あぶないん？"),
    ("method_question:vague", "high", "ぜったい しっぱいしない やつって ある？"),
    ("method_question:vague", "imminent", "こんや やる。なんぷんで くるしく なくなる？"),
    ("method_question:vague", "high", "くるしくない ほうほうって なに"),  # kana 方法 after a word
    # round (j): the vague question with the body giving out, an amount that is enough, or
    # painlessness asked after (vague.py)
    ("method_question:vague", "high", "なんびょうくらいで 気を うしなうの"),
    ("method_question:vague", "high", "冬の川って どれくらいで うごけなく なる？"),
    ("method_question:vague", "high", "なんじかん いき とまってたら おわり？"),
    ("method_question:vague", "high", "何粒で いけるの？"),
    ("method_question:vague", "high", "なんミリグラムから やばい？"),
    ("method_question:vague", "high", "くるしまずに すむのって どれ"),
    ("method_question:vague", "high", "いたくないって ほんと？"),
    # round (j): affairs handed over, with no goodbye word (handover.py)
    ("farewell:handed_over", "imminent", "うさぎの こと、いとこに たのんだ。これで 安心"),
    ("farewell:handed_over", "imminent", "ねこの えさ、これからは ママが あげてね"),
    ("farewell:handed_over", "imminent", "金魚、友だちに あずけた。もう もどらない"),
    ("farewell:nothing_left", "imminent", "もう 悔いは ないよ"),
    ("farewell:nothing_left", "imminent", "もう やる ことは ぜんぶ やった"),
    ("farewell:no_more_needed", "imminent", "もう 目覚まし かけなくて いいんだ"),
    ("farewell:giving_wished", "high", "たからもの、だれかに あげたい"),
    ("farewell:giving_wished", "high", "ぬいぐるみ だれかに ゆずりたい"),
    # round (j): a breakwater is a place with a drop; a train waited for and not boarded
    ("place_now", "imminent", "防波堤の さきに いる。なみ たかい"),
    ("place_now", "imminent", "ホームで まってる。でも のらない"),
    # round (i): living, like being born, said as a wrong
    ("burden", "high", "いきてて ごめんね"),
    ("burden", "high", "生きてて すみません"),
    # round (k): a denial of the wish itself denied; why live asked with 「〜んだろ」; 「しんだら」
    # (Sudachi's だら) before the others better off; a carer said as 家の人; held under water
    ("wish:double_negation", "high", "しにたくない わけじゃない"),
    ("wish:double_negation", "high", "きえたくない ことも ない"),
    ("wish:why_live", "high", "なんで いきなきゃ いけないんだろ"),
    ("burden", "high", "ぼくが しんだら 家族の 負担 へるよな"),
    ("abuse_home", "high", "家の人に しねって いわれる"),
    ("abuse_home", "high", "ママに おふろで しずめられた"),
]


@pytest.mark.parametrize(("construction", "level", "text"), CASES, ids=[c[2] for c in CASES])
def test_each_construction_is_found(construction: str, level: str, text: str) -> None:
    found = _constructions(text)
    assert found.get(construction) == level, found
    assert safety.assess(text).at_least(level)


def test_abuse_at_home_puts_abuse_in_the_categories() -> None:
    result = safety.assess("かえったら また なぐられる")
    assert "abuse" in result.categories
    span = next(s for s in result.spans if s.construction == "abuse_home")
    assert span.where == "analysed"
    assert result.analysed[span.start : span.end] == span.text


NOT_FOUND = [
    # round (i): the vague method question names no thing; a thing named is an everyday question
    ("method_question", "アイス れいとうこに いれたら なんぷんで つめたく なる？"),
    ("method_question", "はいしゃの あと いたみって なんじかんで なくなるの"),
    ("method_question", "じゅけんで いちばん かくじつな べんきょうの やりかた なに？"),
    ("method_question", "ジュース なんぷんで つめたく なる？"),
    ("method_question", "なんで そんなに つめたく なるの"),  # なんで asks why, not how long
    ("burden", "いきてる？ へんじ おそくて ごめん"),  # asked after the reader, then sorry for a late reply
    ("burden", "いきてて はじめて こんなに わらった、ごめん"),
    # round (j): a count of things, a shot named, a game's character: no end asked after
    ("method_question", "はいしゃの ちゅうしゃ いたくないって ほんと？"),
    ("method_question", "ゲームで キャラが なんぷんで うごけなく なる？"),
    # round (j): a trip, more of the same, a chore given to the writer, a match, a day's work,
    # a permission given to someone, a holiday: no affairs handed over
    ("farewell", "りょこうの あいだ ねこの こと となりに たのんだ。安心"),
    ("farewell", "うちの いぬ、これからも よろしくね"),
    ("farewell", "ママに いぬの さんぽ たのまれた。これで 三回め"),
    ("farewell", "しあい まけたけど 悔いは ない"),
    ("farewell", "きょう やる こと ぜんぶ やった"),
    ("farewell", "もう 目覚まし かけなくて いいよ"),
    ("farewell", "なつやすみ！ もう 目覚まし かけなくて いいんだ"),
    ("farewell", "おかし あまったから だれかに あげたい"),
    ("farewell", "クリスマス、だれに何あげるか考えてる"),
    ("farewell", "だれか 何か あげる？"),
    ("place_now", "たかいところ こわいけど ジェットコースター のった"),
    ("place_now", "みなとで つりしてる"),
    ("place_now", "かわ いってきた、つめたかった"),  # there and back, told
    ("farewell", "友だちに手紙かいた、あしたわたす"),  # か+い+た: no letter left anywhere
    ("method_question", "頭痛薬って 1日 何錠まで？"),  # the label's dose
    ("method_question", "マイクラで 何ブロックから おちたら しぬ？"),  # a death in a game
    ("method_question", "宿題の らくな ほうほうって なに"),  # (kana しゅくだい is misread: not seen)
    # a timetable: when a train or a bus comes or leaves (何 + 分 + 来る/出る)
    ("method_question", "でんしゃ なんぷんに くるかな？"),
    ("method_question", "でんしゃ あと なんぷんで くる？"),
    # a dose asked of a parent, or for a parent (no grave result in it)
    ("method_question", "かぜぐすり なんじょう のむの？ おかあさんに きいてって いわれた"),
    ("method_question", "いもうとの かぜぐすり なんじょう？ って おかあさんに きかれた"),
    # の between nouns asks nothing (only a の that ends a sentence does)
    ("method_question", "ゲームの データ ぜんぶ きえた"),
    ("method_question", "きのう とった しゃしんの フォルダ ぜんぶ きえた"),
    ("method_question", "つぎの でんしゃ なんぷんに つく？"),
    ("wish", "しにたくない"),
    ("wish", "しぬほど ねむい"),
    ("wish", "死にたいって思ったことはないけど落ち込むことはある"),
    ("wish", "推しに会えて 死んでもいい"),
    ("wish", "きえたい色のペン"),
    ("burden", "あいつが いない ほうが いい"),
    ("burden", "うまれて はじめて ごめんねって いわれた"),
    ("burden", "この ぺん もう いらない"),
    ("wish", "ゲーム やめたい"),
    ("wish", "しゅくだい おわりに したい"),
    ("wish", "あさ おきたくない"),
    ("method_question", "かんらんしゃ どのくらいの たかさ？"),
    ("method_question", "ケーキ なんこ たべたら おなか いっぱい？"),
    ("place_now", "おくじょうで おべんとう たべた"),
    ("place_now", "あした はしの うえで しゃしん とる"),
    ("farewell", "ぶかつ いままで ありがとう！"),
    ("farewell", "今日が最後の練習、ばいばい"),
    ("farewell", "ひっこしで ゲーム ぜんぶ あげた"),
    ("abuse_home", "ママに ゲームで まけた"),
    ("place_now", "線路の近くに住んでる"),
    ("place_now", "はしの うえから こい みてる"),
    ("method_question", "グミ なんこ たべて いい？"),
    ("method_question", "かぜぐすり なんじょう のめば いいの？ せつめいしょ なくした"),
    ("method_question", "わりざんの かんたんな やりかた おしえて"),
    ("farewell", "いままで ありがとう！ らいねんも よろしく"),
    ("abuse_home", "お母さんにたたかれた布団"),
    ("wish", "ずっと寝たいくらい眠い"),
    ("wish", "ずっと ねむりたくない"),
    ("wish", "宿題を おわりにしたい"),
    ("burden", "しんだら ママが かなしむから やめる"),
    ("overdose", "くすり のみすぎない ように"),
    ("overdose", "ジュース のみすぎた"),
    ("farewell", "みんな またね さようなら 卒業"),
    ("method_question", "手首が痛い、テニスのしすぎ"),
    ("method_question", "野球のしすぎで肩がいたい"),
    ("method_question", "薬を何錠飲めばいいか先生に聞いた"),
    ("method_question", "くすりは なんこ のむのか 病院で きいた"),
    # round of 2026-12-02 (b)
    ("wish", "まえは しにたいって おもってたけど いまは へいき"),
    ("method_question", "かぜぐすり なんじょう のめば いい？"),
    ("method_question", "算数で 10mから おちたら なんびょうか 計算した"),
    ("method_question", "カミソリって どこで かえる？ ひげ そるやつ"),
    ("at_hand", "くすり のんだら ねむくなった"),
    ("at_hand", "図工で カッター もってきた"),
    ("place_now", "がけの うえに ある おてら"),
    ("place_now", "3かいの きょうしつに いる"),
    ("place_now", "ホームの はしで ともだちと まってる"),
    ("farewell", "またね！ あしたも いくね"),
    ("farewell", "いらない ふく メルカリで うった"),
    # what a kind listener says back must not read as the child's own end or means
    ("farewell", "いやな ことは わすれて、じぶんを だいじにしてね"),
    ("farewell", "いじめる ひとには もう あわなくて いいよ。ありがとう"),
    ("farewell", "あしたから りょこうで もう いえに いないよ、 ばいばい"),  # a trip
    ("farewell", "また あしたね！ もう かえらないと"),  # an obligation
    ("burden", "ぼくは いなくて いいよ、 さきに いってて"),  # a permission
    ("burden", "あいつが いなければ よかったのに"),  # someone else
    ("place_now", "そつぎょうしきの ひ、 さいごに みんなで おくじょうで しゃしん とった"),
    ("place_now", "おくじょうで みんなで おべんとう。 ぶかつ つかれた〜"),
    ("farewell", "いまから ならいごと いくね！ ばいばーい"),  # the ね that ends a sentence
    ("farewell", "せんぱい もう ぶかつ こないんですか？ さみしい"),  # a question
    ("farewell", "もし ぼくが もう いなかったら どうする？"),  # a condition
    ("farewell", "つらかったね。はなしてくれて ありがとう"),
    # burden as a cause: a pet that cheers, living praised, a parent cross over homework, a match
    ("burden", "ねこが いると たのしい"),
    ("burden", "いきてるだけで えらい"),
    ("burden", "ママ おこってる。わたしの せいかな、しゅくだい わすれた"),
    ("burden", "しあい まけたの わたしの せい。くやしい"),
    ("burden", "わたしが いるから だいじょうぶだよ"),
    # harm at home: a thing struck, a carer struck, yelling, a game, a laugh, a chore forgotten
    ("abuse_home", "パパが ゴキブリ たたいた"),
    ("abuse_home", "パパを たたいちゃった"),
    ("abuse_home", "ママが 毎日 どなる"),
    ("abuse_home", "にいちゃんが ゲームで まけると あばれる"),
    ("abuse_home", "しゅくだい しないと ママに ころされる笑"),
    ("abuse_home", "パパと かくれんぼ した"),
    ("abuse_home", "ママに あさ おこされた"),
    ("abuse_home", "ダイエットで 夕飯ぬき"),
    ("farewell", "ゆうべ ねこの ごはん あげるの わすれた"),
    # last things: outgrown, a present, the last of a meal, a match or a game, a friend moving
    ("farewell", "もう あそばない ゲーム ともだちに あげた"),
    ("farewell", "ママの たんじょうびに てがみ かいて まくらの したに おいた"),
    ("farewell", "さいごの ひとくち たべて よかった"),
    ("farewell", "さいごまで がんばれて よかった"),
    ("farewell", "ゲーム さいごの ボス たおせて よかった"),
    ("farewell", "ばいばい！ また あした ばいばい"),
    ("farewell", "ひっこす ともだちに てがみ わたした"),
    ("farewell", "さいごに デザート たべた。おいしかった"),
    ("farewell", "夏休み最後の日だから プール いった"),
    ("farewell", "スマホの しゃしん ぜんぶ きえちゃった 最悪"),
    ("farewell", "ゲームの データ ぜんぶ けした。あとは ねるだけ"),
    ("method_question", "ゆうえんちの ぜっきょうマシン なんメートルから おちるの？"),
    ("farewell", "おやすみ〜 あしたも ずっと あそぼ"),
    ("farewell", "わすれないでね、あなたは だいじな ひとだよ"),
    ("at_hand", "もし カッターを もってたら、とおくに おいてね"),
    ("at_hand", "くすりを たくさん のんだなら、すぐ おとなに いってね"),
    ("wish", "うまれてこなければ よかったなんて、そんな こと ないよ"),
    ("method_question", "いま どこに いるの？ おくじょう？"),
    ("abuse_home", "いもうとが ぼくの ことを けってきた、あそびで"),
    ("abuse_home", "パパが しごとから かえってくるの まってる"),
    # round (k): the same shapes in everyday use
    ("wish", "なんで しゅくだい しなきゃ いけないんだろ"),
    ("wish", "なんで がっこう いきなきゃ いけないの？"),
    ("burden", "おばあちゃんが しんだら かぞくで おそうしき した"),
    ("abuse_home", "おふろで おもちゃを しずめて あそんだ"),
]


# Told of, with no "I" and no wish in the sentence: the news, a story, a lesson is nobody's own.
TOLD_OF = [
    "小説で 主人公が 屋上から とびおりる シーンが あった",
    "ニュースで 自殺の はなしを みた",
    "ドラマで くびつりの シーンが でてきて こわかった",
    # a game by name (2026-12-02 h)
    "スプラで がけから おちまくった",
    "マイクラで ようがんに おちて しんだ",
]


@pytest.mark.parametrize("text", TOLD_OF)
def test_a_story_or_the_news_told_of_is_nobodys_own(text: str) -> None:
    assert safety.assess(text).level == "none"


# A measure of something else (exaggeration) is nobody's wish; a time word in another
# sentence does not make an everyday 「しぬ」 a plan.
MEASURES = ["きえたいくらい はずかしかった", "しぬほど はしった", "はずかしすぎて きえたい笑"]


@pytest.mark.parametrize("text", MEASURES)
def test_exaggeration_is_no_wish(text: str) -> None:
    assert safety.assess(text).level == "none"


def test_a_time_word_counts_in_its_own_sentence() -> None:
    assert safety.assess("あしたで テスト おわり。しぬ").level != "imminent"
    assert safety.assess("あした しぬ").level == "imminent"


@pytest.mark.parametrize("text", ["おれ いなくなるから", "わたし しぬ", "せんろ みてる。とびおりるかも"])
def test_an_act_said_of_the_writer_by_name_or_as_likely_is_high(text: str) -> None:
    assert safety.assess(text).at_least("high")


@pytest.mark.parametrize("text", ["わたしが しぬ ゲーム", "ぼく しぬとこだった", "テストで ぼく しぬ笑"])
def test_an_act_told_of_stays_below_high(text: str) -> None:
    assert not safety.assess(text).at_least("high")


def test_self_harm_in_a_lesson_keeps_its_worry() -> None:
    assert safety.assess("授業中に リスカした").at_least("concern")


@pytest.mark.parametrize(("construction", "text"), NOT_FOUND, ids=[c[1] for c in NOT_FOUND])
def test_everyday_words_do_not_make_a_construction(construction: str, text: str) -> None:
    found = _constructions(text)
    assert found.get(construction, "none") in ("none", "concern"), found


@pytest.mark.parametrize(
    ("text", "prepared"),
    [
        ("シ二タイ", "シニタイ"),  # look-alike kanji in a katakana run
        ("リス力", "リスカ"),
        ("sh1n1ta1", "死にたい"),  # digits in romaji
        ("O.D した", "od した"),  # dotted acronym
        ("4ネ", "しネ"),  # 4 for 死 before katakana
        ("わた4が いない", "わたしが いない"),  # 4 for し between kana (round (i))
        ("あと4ふんで つく", "あと4ふんで つく"),  # a 4 before a counter is a number
        ("し っ に た い", "死にたい"),  # spaced, small kana slipped in
        ("しにたーーーい", "死にたい"),
        ("ｷｴﾀｲ", "キエタイ"),
        ("こんや タヒる", "こんや 死ぬ"),  # the slang verb タヒる conjugates like やる (round (j))
        ("タヒりたい", "死にたい"),
    ],
)
def test_disguises_are_undone_before_reading(text: str, prepared: str) -> None:
    assert prepare(text) == prepared


def test_kanji_lookalikes_stay_kanji_away_from_katakana() -> None:
    assert prepare("一人で力を出す") == "一人で力を出す"


def test_katakana_verbs_are_read_in_kana_too() -> None:
    _, hits = find("ｼﾆﾀｲ")
    assert any(h.construction == "wish" and h.level == "high" for h in hits)


# Floors per class on the tuning set tests/data/classed/risk.tsv, at the values
# measured when the constructions landed: a class that stops being recognised fails.
CLASS_FLOORS = {
    "wish_hidden": 0.9,
    "burden": 0.9,
    "method_question": 0.9,
    "place_now": 0.85,
    "farewell": 0.85,
    "abuse_home": 0.9,
    "disguise": 0.85,
    "plain_high": 0.95,
    "hard_negative": 0.8,
    "ordinary": 1.0,
}


@pytest.mark.parametrize(("cls", "floor"), CLASS_FLOORS.items())
def test_each_class_of_the_tuning_set_holds(cls: str, floor: float) -> None:
    items = [i for i in parse_classed_risk((DATA / "risk.tsv").read_text(encoding="utf-8")) if i.cls == cls]
    assert len(items) >= 10
    ok = sum(_risk_ok(i.level, safety.assess(i.text).level) for i in items)
    assert ok / len(items) >= floor


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_assessed_and_its_construction_spans_point_into_the_analysed_text(text: str) -> None:
    result = safety.assess(text)
    assert result.level in safety.LEVELS
    for span in result.spans:
        if span.where == "analysed":
            assert span.start is not None and span.end is not None
            assert result.analysed[span.start : span.end] == span.text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="しねにたいきえ死シネタヒ4ｼﾈっッーゃ 。、？力口二夕", max_size=40))
def test_disguise_alphabets_never_break_the_readers(text: str) -> None:
    assert safety.assess(text).level in safety.LEVELS
    safety.check_name(text)
    assert isinstance(safety.wants_person(text), bool)
    assert isinstance(safety.says_farewell(text), bool)


NEW_CLASS_FLOORS = {"place_now": 0.65, "method_question": 0.55, "farewell": 0.5, "hard_negative": 0.85}


@pytest.mark.parametrize(("cls", "floor"), NEW_CLASS_FLOORS.items())
def test_the_classes_written_before_the_round_of_2026_12_02_hold(cls: str, floor: float) -> None:
    # scored once before the rules were widened (docs/history/safety-rounds.md): 7, 8, 7 of 25 and 11 of 15
    text = (DATA / "risk_2026-12-02.tsv").read_text(encoding="utf-8")
    items = [i for i in parse_classed_risk(text) if i.cls == cls]
    assert len(items) >= 15
    ok = sum(_risk_ok(i.level, safety.assess(i.text).level) for i in items)
    assert ok / len(items) >= floor


# Farewells of round 2026-12-03 (d): a pet settled or going nowhere any more, "see you again",
# things returned or passed on with no occasion left, life arranged for after the writer, and
# belongings of every kind given away.
@pytest.mark.parametrize(
    ("text", "level", "note"),
    [
        # the pet left with someone, and the writer going, said flat
        ("うさぎのこと、となりの人にたのんだ。ぼくいなくなるし", "imminent", "handed_over"),
        # the one who takes the pet named in the same long sentence, the writer no longer able
        ("インコ、むかいのおばちゃんにあずけてきた　もうむかえにいけないし", "imminent", "handed_over"),
        # going nowhere any more, with thanks (a final of the farewell's grammar: no note)
        ("あしたからもうどこにもいかない。ありがと", "imminent", None),
        # things borrowed given back, all of them, or with an end said
        ("かりてたCDぜんぶかえしてきた", "imminent", "returned"),
        ("まえにかりてたペン、ともだちにかえした。これでいい", "imminent", "returned"),
        # something passed on, and never again an occasion for it
        ("ネックレス、いもうとにあげた。もうつけることないし", "imminent", "no_occasion"),
        # belongings of two kinds or more, all of them, given to someone
        ("まんがとかぬいぐるみとか、ぜんぶいとこにあげた", "imminent", "given"),
        # life arranged for after the writer is gone
        ("もしぼくがいなくなったら、インコのことおねがいできる？", "high", "after_me"),
        ("わたしがきえたら、このノートよんでね", "high", "after_me"),
        # round 2026-12-03 (a): farewells with no goodbye, rated none before it
        # a pet handed over, the writer no longer able to care for it
        ("インコのこと、となりの人にあずけた。もうせわできないし", "imminent", "handed_over"),
        # a letter to someone, finished; a letter left and asked to be read
        ("ママへのてがみ、書きおえた", "imminent", None),
        ("手紙はひきだしの中にある。よんでね", "imminent", "letter"),
        # everything dear given to someone
        ("宝物ぜんぶ、いとこにくばった", "imminent", "given"),
        # thanks for everything in 関西弁
        ("みんな、今までおおきに", "imminent", None),
    ],
)
def test_farewells_that_settle_things(text: str, level: str, note: str | None) -> None:
    a = safety.assess(text, learned_layer=False)
    assert a.level == level
    assert any(s.construction == "farewell" and s.note == note for s in a.spans)


@pytest.mark.parametrize(
    "text",
    [
        "今日でこのチームおわり、みんなばいばーい　また春ね",  # see you again
        "ひっこすからねこをいとこにあずけた、わたしいなくなるし",  # a move
        "犬をいとこにあずけた。ママもういなくなるし",  # someone else going
        "もうどこにもいかない、家でごろごろする",  # no goodbye
        "としょかんでかりてた本かえした",  # nothing said of an end
        "かりてたお金かえした！すっきり",  # cheerful
        "友だちにかりてたマンガぜんぶかえした、こんどつづきかしてもらう",  # a next time
        "おさがりの服、いとこにあげた。もうすることないし",  # nothing to do
    ],
)
def test_everyday_partings_returns_and_gifts_are_no_farewell(text: str) -> None:
    a = safety.assess(text, learned_layer=False)
    assert not any(s.construction == "farewell" for s in a.spans)
    assert a.level != "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "わたしが転校していなくなったら、さみしい？",  # a move
        "ママがいなくなったらどうしよう",  # someone else
        "わたしが消えたらマジック大成功w",  # a trick
    ],
)
def test_absence_in_everyday_talk_is_not_after_me(text: str) -> None:
    a = safety.assess(text, learned_layer=False)
    assert not any(s.note == "after_me" for s in a.spans)


@pytest.mark.parametrize(
    "text",
    [
        "おかしとかジュースとか全部みんなにくばった",  # no belongings
        "服とか本とか全部メルカリで売った",  # sold on an app
        "服とかゲームとか全部いとこにあげた！",  # cheerful
        "スマホのデータとか写真とかぜんぶけした",  # deleted, given to nobody
    ],
)
def test_everyday_handing_out_is_not_a_farewell(text: str) -> None:
    a = safety.assess(text, learned_layer=False)
    assert not any(s.construction == "farewell" and s.note == "given" for s in a.spans)


# Harm at home, read by its shape (round 2026-12-03 (a)): each was rated none before the round.
# The phrasings were written for the tests.
@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("しゅくだいしないと夕飯ぬかれる", "needs_unmet"),  # food taken away
        ("ママがごはんつくってくれない、ずっと", "needs_unmet"),  # food not made
        ("おとうさんがおこるとナイフむけてくる", "armed"),  # a blade pointed
        ("うまなきゃよかったっていわれた", "unborn_wished"),  # told not to have been born
        ("ちちおやにくらされた", None),  # 博多弁: hit
        ("義母にむりやり髪きられた", "punished"),  # by force
    ],
)
def test_harm_at_home_is_high_abuse(text: str, note: str | None) -> None:
    a = safety.assess(text, learned_layer=False)
    assert a.at_least("high")
    assert "abuse" in a.categories
    assert any(s.construction == "abuse_home" and s.note == note for s in a.spans)


# The everyday texts that share those farewells' and that harm's words stay none.
@pytest.mark.parametrize(
    "text",
    [
        "宿題のノートはつくえの上にある。よんでくれたらうれしい",
        "母の日に、おかあさんへの手紙かきおわった",
        "旅行のあいだ、犬をおばあちゃんにあずけた",
        "ゲームのアイテム、ぜんぶフレンドにあげた",
        "おみやげ、ぜんぶともだちにくばった",
        "ダイエットでごはんぬいた",
        "ママに産んでくれてありがとうって言われた",
        "うまいなーって言われた",
        "母が包丁でりんごむいてくれた",
    ],
)
def test_everyday_letters_gifts_and_meals_stay_none(text: str) -> None:
    assert safety.assess(text).level == "none"


# --- burden, place-now and vague method questions read from grammar (round 2026-12-03 (c)).
# Every sentence here is written fresh for the test (not copied from a tuning file), so a rule
# that only learned a tuning text's words fails it. Each positive case was below its level on
# main 077a8bf, each negative one must stay below it. Read by the rules alone (no learned layer).


BURDEN_PLACE_METHOD = [
    # burden: vanishing declared as done for the others (who benefits named by a purpose)
    ("burden:for_others", "high", "かぞくの ために ぼくは きえるよ"),
    ("burden:for_others", "high", "ママが なかなくて いいように いなくなるね"),
    # burden: the others able to do more, or spared, once the writer is gone
    ("burden:others_gain", "high", "ぼくが いなくなれば パパは しごとに 集中できる"),
    ("burden:others_gain", "high", "あたしが しんだら 家族の おかねが ふえる"),
    # burden: living, or what is spent on the writer, as a waste
    ("burden:waste", "high", "ぼくが いきてる こと じたい むだ"),
    ("burden:waste", "high", "おれに かける おかね もったいない"),
    # burden: a burden, then vanishing as its consequence; vanishing judged the right thing
    ("burden:so_i_go", "high", "ぼく みんなの おにもつ だよね。だから きえるよ"),
    ("burden:right_thing", "high", "わたしが きえるのが 親孝行"),
    # burden: not needed here; spared with no one named; a misparsed apology; the writer's being
    ("burden:needless", "high", "おれなんか いなくても みんな へいきだよね"),
    ("burden:others_gain", "high", "ぼくが いなかったら けんか しなくて すむのに"),
    ("burden", "high", "いきてるのが もうしわけない"),
    ("burden:waste", "high", "ぼくの ために ママが おかね つかうの もったいない"),
    ("burden", "high", "存在が めいわく"),
    # place-now from tense and aspect: goal/path/start particle + a done or ongoing verb
    ("place_now", "imminent", "鉄橋を わたってる。したは かわ"),
    ("place_now", "imminent", "ベランダから からだ のりだしてる"),
    ("place_now", "imminent", "よるの せんろに おりた"),
    ("place_now", "imminent", "ふみきり しのびこんだ"),
    # where the writer is, said as a sentence of its own (like なう), with a sign after it
    ("place_now", "imminent", "鉄橋。もう むり"),
    ("place_now", "imminent", "ホームです。くつ ぬいだ"),
    # the writer there said in the next or the previous sentence
    ("place_now", "imminent", "おくじょうの とびら あいてた。いま ここ"),
    ("place_now", "imminent", "ついたよ。たかい とこ。"),
    # an everyday word elsewhere does not outweigh not going back or not boarding
    ("place_now", "imminent", "ママと おべんとう たべた。屋上に いる、もう かえらない"),
    ("place_now", "imminent", "えきの ホームで でんしゃ まってる。のる ためじゃない"),
    # vague method questions: out or at once, ending asked after, painless, taken then no waking
    ("method_question:vague", "high", "なんじょうで アウト？"),
    ("method_question:vague", "high", "何メートルからなら 即？"),
    ("method_question:vague", "high", "いっしゅんで おわるやつ ある？"),
    ("method_question:vague", "high", "何時間 もぐってたら おわるの"),
    ("method_question:vague", "high", "どっちが いたくない？"),
    ("method_question:vague", "high", "ねる まえに のめば そのまま めが さめないの？"),
]


@pytest.mark.parametrize(
    ("construction", "level", "text"), BURDEN_PLACE_METHOD, ids=[c[2] for c in BURDEN_PLACE_METHOD]
)
def test_each_burden_place_and_method_reading_is_found(construction: str, level: str, text: str) -> None:
    found = found_by_rules(text)
    assert safety.LEVELS.index(found.get(construction, "none")) >= safety.LEVELS.index(level), found


# Out of the way of an occasion, not out of the world: neither the rules nor the layer flag it.
SITUATIONAL = [
    "せんせいと ママの めんだん、わたしは いない ほうが いいから さきに かえる",
    "ともだち 二人で はなしてるから、わたし いない ほうが いいかな、トイレ いってくる",
    "いとこの サプライズ、ぼく いない ほうが ばれないから へやに こもっとく",
]


@pytest.mark.parametrize("text", SITUATIONAL)
def test_an_absence_bounded_by_an_occasion_is_no_burden(text: str) -> None:
    result = safety.assess(text)
    assert result.level == "none", result.spans
    assert any(s.note == "situational" for s in result.spans)


@pytest.mark.parametrize(
    "text",
    [
        "わたしは いない ほうが いい。もう きえたい",  # vanishing named: never situational
        "みんなの パーティー、わたし いない ほうが いいよね。いなくなりたい",
    ],
)
def test_an_absence_with_a_wish_to_vanish_stays_serious(text: str) -> None:
    assert safety.assess(text).at_least("high")


EVERYDAY_BURDEN_PLACE_METHOD = [
    ("burden", "みんなの ために きょうは はやく かえるね"),  # a purpose, no vanishing
    ("burden", "せんせいが いなくなったら みんな じゆうに できる"),  # someone else absent
    ("burden", "ごはん のこすの もったいない"),  # food, not the writer
    ("burden", "あいつの 存在が じゃま"),  # someone else's being: anger
    ("burden", "かぜで みんなに めいわく かけた。だから きょうは やすむね"),  # no vanishing
    ("burden", "みんなの じゃまに ならないように、はやく かえるね"),
    ("place_now", "はしを わたって がっこう いった"),  # a way to school, told
    ("place_now", "あした おくじょうに のぼる"),  # a plan for tomorrow
    ("place_now", "おくじょうで おべんとう たべてる"),  # lunch on the roof
    ("place_now", "ベランダで ミニトマト そだててる"),  # a scene (で) with no sign of the end
    ("place_now", "ねこが やねから とびおりた"),  # someone else the subject
    ("place_now", "がけの うえの じんじゃまで あるいた"),  # the cliff names where the shrine is
    ("place_now", "マイクラで せんろに おりた"),  # a game
    ("place_now", "きのうは うみ。たのしかった"),  # yesterday: no report of now
    ("method_question", "じゅぎょう あと なんぷんで おわる？"),  # a class named
    ("method_question", "ゲーム 何時間 やったら おわる？"),  # a game named
    ("method_question", "かぜぐすり のんだら すぐ ねむくなる？"),  # sleepy, not no waking
]


@pytest.mark.parametrize(
    ("construction", "text"), EVERYDAY_BURDEN_PLACE_METHOD, ids=[c[1] for c in EVERYDAY_BURDEN_PLACE_METHOD]
)
def test_burden_place_and_method_shapes_in_everyday_use_are_not_found(construction: str, text: str) -> None:
    found = found_by_rules(text)
    assert found.get(construction, "none") in ("none", "concern"), found


# Round 2026-12-03 (j): imminent farewells and places read by their structure. Each text of the
# first list was rated below imminent before the round, each of the second imminent (or a place
# read as now); the phrasings were written for the tests.
IMMINENT_FAREWELL_PLACE = [
    ("farewell", "last_day", "こんやが さいご"),  # a day named as the last one
    ("farewell", "for_ever", "おやすみなさい。二度と おきないから"),  # good night, never waking
    ("farewell", "for_ever", "おやすみ。もう 目 さめないと思う"),
    ("farewell", None, "よういできた。だれにも いわない"),  # ready, kept from everyone
    ("farewell", None, "じゅんびできた。あとは その時を まつだけ"),  # ready, one thing left
    (
        "place_now",
        None,
        "駅の ホームに いる。もう むり。つぎの 電車で いく",
    ),  # going by the next one, in despair
    ("place_now", None, "ふみきりの まえ。つぎので、って きめてる"),  # the next one, its purpose unsaid
    ("place_now", None, "ホームの はしっこの ベンチ、つぎの 特急で"),
    ("place_now", None, "ホームで 2本 みおくった。つぎは みおくらない"),  # the next one not let pass
    ("farewell", "handed_over", "うさぎの こと、よろしくね。えさは たなの なか"),  # care told for good
    ("farewell", "handed_over", "うちの インコ、だれか かわいがって あげて"),  # loved by anyone
]


@pytest.mark.parametrize(
    ("construction", "note", "text"), IMMINENT_FAREWELL_PLACE, ids=[c[2] for c in IMMINENT_FAREWELL_PLACE]
)
def test_imminent_farewells_and_places_by_structure(construction: str, note: str | None, text: str) -> None:
    a = safety.assess(text, learned_layer=False)
    assert a.level == "imminent", a.spans
    assert any(s.construction == construction and s.note == note and s.level == "imminent" for s in a.spans)


EVERYDAY_LAST_SLEEP_PLACE = [
    "きょうの さいごの 書き込み！おやすみ",  # the last message of a day
    "ことしの さいごの メッセージです。よいおとしを",
    "いま橋の上。夕焼け めっちゃ きれい",  # admiring the view from a bridge
    "屋上に いるよ、夕日が きれい",
    "いま ベランダで 洗濯物 とりこんでる",
    "いまホーム。つぎの 電車で がっこう いく",  # a goal
    "いまホーム。友だちと つぎの 電車で いく",  # with a friend
    "ホームで つぎの 電車 まってる。ねむい",  # waiting, nothing of the next one's purpose
    "えきの ホーム！ つぎの 電車で！",  # cheerful
    "ホームに いる。つぎの 電車で おばあちゃんち いく",  # where to
    "駅の ホームに いる。つぎの 電車で いく",  # taking the next train, nothing else (2026-12-04)
    "キャンプの あいだ、うさぎの こと よろしくね。えさは たなの なか",  # a bounded absence
    "こねこ ひろった。だれか かわいがって くれる ひと いないかな？",  # a question, a found kitten
    "準備できた。あとは ねるだけ",  # bedtime
    "遠足の じゅんび おわった。だれにも いってない おかし いれた",  # preparations of something named
    "きょうが 最後の日！ 夏休み おわり",  # cheerful, an everyday last
    "おやすみ。もう おきない、ってくらい ねむい",  # exaggeration
]


@pytest.mark.parametrize("text", EVERYDAY_LAST_SLEEP_PLACE)
def test_everyday_lasts_good_nights_and_visits_are_not_imminent(text: str) -> None:
    a = safety.assess(text, learned_layer=False)
    assert a.level in ("none", "concern"), a.spans


def test_this_evening_right_before_an_act_is_now() -> None:
    assert safety.assess("このあと しぬ", learned_layer=False).level == "imminent"
    assert safety.assess("このあと しぬほど はしる、マラソン大会", learned_layer=False).level == "none"
