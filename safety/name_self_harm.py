"""Self-harm in a name: a means named, an act done, a wish or an order to die or vanish,
life refused, being born regretted."""

from __future__ import annotations

import re

from safety.constructions import wishes_to_die
from safety.morphology import tokens
from safety.name_orders import orders_to_die
from safety.name_reading import has_kanji
from safety.name_views import _KATAKANA, NameViews
from safety.risk import assess
from safety.translation import kata2hira
from safety.word_search import any_word


def _names_a_means(views: NameViews) -> bool:
    """A means, a plan or a wish of self-harm said in words no list holds (「腕切りマン」,
    「ロープ買った」, 「いしょかいた」, 「うまれてごめん」): the risk rules' own reading of the
    name rates it high for self-harm, a method, a plan or ideation.  Asked only when a kanji
    of a means or of dying, or the kana of one, is in the name (it costs about half a
    millisecond); since 2026-12-02 (i) for the kana too."""
    # (each spelling read, with katakana beside kanji also in hiragana: the risk rules read
    # 「ウデ切ル子」 as nothing, 「うで切る子」 as a means; 「うっで切る子」 once its っ is out)
    spellings = dict.fromkeys(
        (
            views.unmasked,
            *views.texts,
            *(kata2hira(t) for t in views.texts if has_kanji(t) and _KATAKANA.search(t)),
        )
    )
    for text in spellings:
        kana = kata2hira(text)
        if not (any(ch in _MEANS_KANJI for ch in text) or _MEANS_KANA.search(kana) or _A_WISH.search(kana)):
            continue
        # The rules alone: the learned layer is trained on sentences, and on a bare word of a
        # name (「いきてる」, 「いきるちから」) it read a wish that the rules, rightly, did not.
        found = assess(text, learned_layer=False)
        if found.at_least("high") and not _HARM_CATEGORIES.isdisjoint(found.categories):
            return True
    return False


def _act_done(views: NameViews, written: str) -> bool:
    """A kana word of many readings, one of them an act of self-harm, said as done: a form of
    する after it, a habit of it (「じしょうぐせ」: no 自称 is a habit), or 中 ending the name as
    written (「じしょう中」, 「じしょうしてる」 are 自傷;
    自称 is said of something, 「じしょう中学生」, 「じしょう中2」, 「じしょう天才」, and the word
    alone passes)."""
    for text in views.texts:
        if "しょう" not in text and "ショウ" not in text:
            continue
        kana = kata2hira(text)
        if _ACT_DONE.search(kana) or (_ACT_ONGOING.search(kana) and written.rstrip().endswith("中")):
            return True
    return False


# 自傷 in kana is also 自称, 辞書, 事象: only doing it is the act, or one who does it
# (「じしょうっこ」, 「じしょうっ子」: 自称 and 辞書 make no child of the kind; 「じしょうこ」,
# a given name's reading, passes)
_ACT_DONE = re.compile("じしょう(?:し(?:て|た|ちゃ|ちま|よ|まく)|する|すん|ぐせ|癖|っこ|っ子|っ娘)")
_ACT_ONGOING = re.compile("じしょう中$")

# Being born regretted: 生まれる (or 生まれてくる) not done, said better so — 「うまれなきゃ
# よかった」, 「生まれてこなければよかった」, 「うまれないほうがよかった」 (read as hiragana; 「うまれて
# よかった」 and 「うまれなきゃ」 alone pass)
_BIRTH_REGRETTED = re.compile(
    "うまれ(?:て(?:こ|き))?(?:なきゃ|なければ|なけりゃ|なかったら|なかったほうが|ないほうが|ずに(?:すめば|すんだら))"
    "(?:よかった|よかったのに|いい|いいのに|まし)"
)
_MEANS_KANJI = frozenset("切吊刺首腕薬血降飛遺縄紐毒生産世")
# (世: the world one would leave, 「この世にいたくない」)
# the kana of a means, a place of a drop, a plan or living and being born (what the risk
# rules read a wish in: 「おくじょうからとぶ」, 「しにかたおしえて」, 「あしたきえる」)
# (not いしょ: the risk rules read it as 遺書 in さくらいしょか)
_MEANS_KANA = re.compile(
    "ろーぷ|くすり|くびつ|いきて|いきる|うまれ|とびお|とびこ|とびた|とぶ|おくじょう|てんごく|きえて|きえる|きえま|しにかた"
    "|このよ"
    # round q: the neck with を before the verb (「くびをつる」), and waking wished away
    # (「めがさめなければいい」): the risk rules rate both a method or ideation; so too the burden
    # (「じぶんがじゃま」, 「めいわくしかかけない」, 「そんざいしてごめん」).  Not きえた: the risk rules
    # read 「きえたさいふ」 (a lost wallet) as きえたさ
    "|くびを|さめな|めざめな|じゃま|めいわく|ごめん"
)
_HARM_CATEGORIES = frozenset({"self_harm", "method", "ideation", "plan"})

# round c (2026-12-07): being run over by a vehicle and being gone said better
# (「くるまにひかれたい」, 「いないほうがいいこ」) are worth the risk rules' reading with no
# means named: they rate both ideation, and 「でんしゃにのりたい」, 「ねたほうがいい」 nothing.
# Not every wish ending the name: the rules read 「かぜになりたい」 and 「ずっとねたい」 as
# ideation too, and 「ひとにひかれたい」 is drawn to people.
_A_WISH = re.compile(
    "(?:くるま|車|でんしゃ|電車|とらっく|トラック|ばす|バス|きしゃ|汽車|しんかんせん)にひかれ|ほうがいい|ほうがまし"
)


def _kills_in_one_word(views: NameViews) -> bool:
    """A verb of killing the dictionary reads as one word in kana (「やきころす」 is 焼き殺す,
    「さしころせ」 刺し殺す): the list's ころす counts only where a word begins and ends, so a
    compound hid it, while 殺 in kanji is refused anywhere.  Only verbs: コロ助 is a name."""
    return any(
        "ころ" in (kana := kata2hira(text))
        and any(w.pos[0] == "動詞" and _KILLS_IN_A_COMPOUND.fullmatch(w.normalized) for w in tokens(kana))
        for text in views.texts
    )


# a compound: 殺す alone is the list's (read where words begin and end; 「ころしあむ」 is Colosseum)
_KILLS_IN_A_COMPOUND = re.compile(".+(?:殺す|ころす)")


def _orders_to_die(views: NameViews) -> bool:
    """An order to die or vanish no list holds (「くたばりやがれ」, 「きえちまえ」), or said
    with 〜とく contracted (「しんどけ」 is 死んでおけ, 「きえとけ」 消えておけ: Sudachi reads
    neither in kana), or told where (「がっこうでしね」: Sudachi reads でし as an ending, so no list
    word しね is seen after a noun and で)."""
    return any(
        orders_to_die(text) or _STAY_GONE.search(kana := kata2hira(text)) or _DIE_THERE.search(kana)
        for text in views.texts
    )


# die or vanish and stay so, ordered: the て form and おけ run together (not しんどけど, しん
# どければ: しんどい's)
_STAY_GONE = re.compile("(?:しん|死ん)どけ(?![どれい])|(?:きえ|消え)とけ(?![どれい])")

# an order to die with a place before it: で, then しね closing the name (stretched or shouted)
_DIE_THERE = re.compile("でしね[ーぇえ〜~!！。.]*$")


# Life itself refused or too hard, as the name's reading holds it (kanji read): 「いのちいらない」,
# 「生きるのつらい」, 「いきるのやめた」, 「命いらん」.  Living said to be hard is a wish to die in
# a name, where there is no one to listen (the posts have the risk rules and a person).
_LIFE_REFUSED = re.compile(
    "(?:いのち|いきる|いきてる|いきていく|いきてく|いきてゆく)(?:の|が|は|とか|って|も)?(?:もう)?"
    "(?:いらな|いらん|いらね|つらい|つらすぎ|しんどい|むり|やめ|いやだ|やだ|だるい|めんど|あきた|つかれた|おわり|おわら)"
)


def _wishes_to_die(views: NameViews) -> bool:
    """A wish to die in words no list holds (「しにたがり」): the word rules' own reading,
    asked only when a verb of dying or vanishing could be there at all (it costs); in English
    written as one word, the construction (``_ENGLISH_WISH``: 「wannadie」, 「killmyself」)."""
    if any(_ENGLISH_WISH.search(key) for key in (*views.latin, *views.latin_words)):
        return True
    if any(_LIFE_REFUSED.search(r.key) for r in views.readings):
        return True
    return any(
        any(map(_DYING_STEM.search, r.pieces())) and wishes_to_die(kata2hira(text))
        for text, r in zip(views.texts, views.readings, strict=False)
    )


# English wishes and orders run together as one word, as they are typed in a name field: a
# want or a going-to before die or end, kill before a reflexive (the latin and latin_token lists
# hold the words alone: 「kill」, 「die」, 「killme」).  die before t is a diet.
_ENGLISH_WISH = re.compile(
    r"(?:wan+a|wan+ts?to|gon+a|go+ingto|letme|tryto|readyto|timeto|iwil+|il+)(?:die(?!t)|dying|end(?:it|me|my))"
    r"|kil+(?:my|your|ur|yo|him|her|them|our)sel(?:f|ves|fs)"
    r"|(?:wan+a|wan+tto|gon+a)kil+(?:me|my|u|you|ur)"
)


_DYING_STEMS = (
    "しに",
    "しね",
    "しん",
    "しの",
    "しぬ",
    "きえ",
    "いなく",
    "いき",
    "ころ",
    "じさつ",
    "おわ",
    "ねむ",
    "やめ",
    "めざめ",
    "さまし",
)
# (one search a piece finds what looking for each stem in it found: ``safety.word_search``)
_DYING_STEM = any_word(_DYING_STEMS)
