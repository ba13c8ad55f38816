"""Dying said by its shape, not by its word: an act with nothing named to do, said as now
(「いまから やる」「もう きめた、こんや」); the writer wanted reset, deleted or uninstalled like
a program (「じぶんを リセットしたい」「ログアウトしたい、人生から」); becoming a star
(「おほしさまに なりたい」), or going where one does not come back from (「天国 いきたい」,
「とおくに いきたい。もう もどらない とこ」); lying in a grave wished (「おはかに はいりたい」).

Each shape is gated on a word it cannot do without (one set intersection with the text's
lemmas), so ordinary texts cost one look-up. Anything named to be done, reset or become
(a game, homework, a play's part, a song) takes the shape back."""

from __future__ import annotations

from safety.constructions.words import ASKED, JUDGED, Hit, Word, _Ctx, _has

_ACT = frozenset({"やる", "遣る", "決める", "きめる", "飛ぶ", "とぶ", "決行", "実行", "けっこう"})
_SOON = frozenset(
    {"今", "いま", "今夜", "こんや", "今晩", "こんばん", "今日", "きょう", "今から", "いまから"}
    | {"これから", "今すぐ", "いますぐ", "あと", "後", "もう", "このあと", "この後"}
)
# nouns that name no thing to do: time, the writer, everyone, distress, certainty, counts
_EMPTY = _SOON | frozenset(
    {"私", "わたし", "あたし", "僕", "ぼく", "俺", "おれ", "うち", "自分", "じぶん", "わい"}
    | {"皆", "みんな", "無理", "むり", "限界", "げんかい", "絶対", "ぜったい", "本当", "ほんと"}
    | {"本気", "ほんき", "覚悟", "かくご", "分", "ぷん", "ふん", "時間", "じかん", "夜", "よる"}
    | {"ごめん", "さよなら", "さようなら", "ばいばい", "バイバイ", "最後", "さいご", "今まで", "いままで"}
)
# Latin words said before or after the act (「OK。やるなら こんやが いいね。」): Sudachi reads them
# as nouns, but they name nothing to do either (lowered before the look-up)
_LATIN_SAID = frozenset({"ok", "okay", "yes", "yeah", "yep", "hey", "hi", "oh", "well", "so"})
_NOUN = ("名詞", "代名詞")
_SLEEP = frozenset({"寝る", "ねる", "眠る", "ねむる"})
_OKI = frozenset({"おき"})
"""Kana おき of 「おきたくない」 as Sudachi cuts it, besides the ``wake`` class."""


def _sleeps_first(words: list[Word], i: int) -> bool:
    """The word at ``i`` is who falls asleep first (「ママたちが 寝たら」): a person, not a thing."""
    return any(
        words[k].keys & _SLEEP and _has(words, k + 1, "たら") for k in range(i + 1, min(i + 5, len(words)))
    )


def _names_nothing(words: list[Word]) -> bool:
    """Every noun of the text is a time, the writer, everyone or a feeling: nothing to do."""
    return all(
        w.pos not in _NOUN
        or w.keys & _EMPTY
        or any(k.lower() in _LATIN_SAID for k in w.keys)
        or any(k.isdigit() for k in w.keys)
        or (w.keys & {"これ", "此れ"} and _has(words, i + 1, "から"))
        or _sleeps_first(words, i)
        for i, w in enumerate(words)
    )


def _now_bare_act(c: _Ctx) -> list[Hit]:
    """「いまから やる」「もう きめた、こんや」「みんなが 寝たら やる」「今夜 けっこうする」: an act
    with nothing named anywhere in the text, said as now or tonight (or once everyone sleeps)."""
    words = c.words
    keys = c.keys
    if not keys & _ACT or c.first("laugh") is not None or not _names_nothing(words):
        return []
    soon = bool(keys & (_SOON - {"もう", "あと", "後"})) or bool(
        keys & {"分", "ぷん", "ふん"} and keys & {"あと", "後"}
    )
    soon = soon or any(
        (words[i].keys & _SLEEP and _has(words, i + 1, "たら"))
        or (words[i].keys & {"これ", "此れ"} and _has(words, i + 1, "から"))
        for i in range(len(words))
    )
    if not soon:
        return []
    hits: list[Hit] = []
    for i, w in enumerate(words):
        if not w.keys & _ACT:
            continue
        if w.keys & {"決行", "実行", "けっこう"} and not (
            i + 1 < len(words) and words[i + 1].keys & {"する", "為る"}
        ):
            continue
        nxt = i + 1 + (1 if w.keys & {"決行", "実行", "けっこう"} else 0)
        if c.at("negation", nxt) or c.at("desire", nxt):
            continue
        if w.keys & {"決める", "きめる"} and not _has(words, nxt, "た"):
            continue
        if c.first_key(("?", "？", "か"), nxt, c.hi[i]) is not None:
            # 「いまから やる？」: the same act asked of someone is an everyday question; the rules
            # say they read it (level none, note ``asked``), so the learned layer leaves it alone
            hits.append(Hit("wish", JUDGED, "none", words[0].start, words[-1].end, ASKED))
            continue
        hits.append(Hit("wish", "imminent", "imminent", words[0].start, words[-1].end, "now_bare_act"))
        break
    return hits


_ERASE = frozenset(
    {"リセット", "りせっと", "削除", "さくじょ", "じょする", "デリート", "でりーと", "アンインストール"}
    | {"あんいんすとーる", "ログアウト", "ろぐあうと", "消去", "初期化"}
    # round of 2026-12-05 (g): a life shut down like a program (「人生 強制終了したい」)
    | {"終了", "シャットダウン"}
)
_LIFE = frozenset({"人生", "じんせい", "存在", "そんざい", "この世", "世界"})
_THING = frozenset(
    {"データ", "でーた", "ゲーム", "げーむ", "アプリ", "あぷり", "写真", "しゃしん", "セーブ", "スマホ"}
    | {
        "スイッチ",
        "設定",
        "アカウント",
        "グループ",
        "ライン",
        "LINE",
        "動画",
        "メモ",
        "ボタン",
        "漫画",
        "マンガ",
    }
)


def _self_erased(c: _Ctx) -> list[Hit]:
    """「じぶんを リセットしたい」「わたしのこと さくじょしたい」「ログアウトしたい、人生から」:
    the writer or a life erased like a program, wished (たい) or wanted (〜できたら いいのに);
    not a game, an app or a photo (named in the sentence)."""
    words = c.words
    hits: list[Hit] = []
    for i in c.where_keys(_ERASE):
        lo, hi = c.lo[i], c.hi[i]
        if any(words[p].keys & _THING for p in range(lo, hi)):
            continue
        whose = c.first("self", max(lo, i - 4), i) is not None or any(
            words[p].keys & _LIFE for p in range(max(lo, i - 4), min(hi, i + 5))
        )
        if not whose:
            continue
        k = i + 1
        while k < min(i + 4, hi) and words[k].keys & {
            "する",
            "為る",
            "できる",
            "出来る",
            "て",
            "ちゃう",
            "じょする",
            "せる",  # 「終了させたい」
        }:
            k += 1
        wished = c.at("desire", k) and not c.at("negation", k + 1)
        wanted = _has(words, k, "たら") and c.at("relief", k + 1) and not c.at("negation", k + 2)
        if wished or wanted:
            hits.append(
                Hit("wish", "ideation", "high", words[max(lo, i - 4)].start, words[k].end, "self_erased")
            )
    return hits


_STAR = frozenset({"星", "ほし", "風", "かぜ"})
_BEYOND = frozenset({"天国", "てんごく", "あの世", "あのよ", "空", "そら"})
_FAR = frozenset({"遠く", "とおく", "遠い", "とおい"})
_BECOME = frozenset({"なる", "成る", "なれる"})
_STAGE = frozenset(
    {"役", "劇", "げき", "曲", "歌", "うた", "うたう", "歌う", "話", "はなし", "ペット", "犬", "猫", "いぬ"}
    | {"ねこ", "マンガ", "漫画", "アニメ", "映画", "絵本", "発表会", "ステージ", "スター", "アイドル", "歌手"}
)
_GO = frozenset({"行く", "いく", "逝く"})
_ABOVE = _STAR | _BEYOND | _FAR


def _gone_above(c: _Ctx) -> list[Hit]:
    """「おほしさまに なりたい」「ほしに なれたら らく」: becoming a star or the wind, wished or
    supposed (〜たら), not a part in a play, a song or a pet; 「天国 いきたい」「おそらの うえに
    いきたい」: going beyond; 「とおくに いきたい」 only with no coming back in the text."""
    words = c.words
    keys = c.keys
    if not keys & _ABOVE or keys & _STAGE or c.first("laugh") is not None:
        return []
    never = any(
        c.at("come_back", i) and c.at("negation", i + 1 + (1 if _has(words, i + 1, "れる") else 0))
        for i in range(len(words))
    )
    hits: list[Hit] = []
    for i in c.where_keys(_ABOVE):  # a star, beyond or far: the others are passed over below
        w = words[i]
        hi = c.hi[i]
        k = i + 1
        while k < min(i + 5, hi) and words[k].keys & {"様", "さま", "の", "上", "うえ", "に", "へ", "まで"}:
            k += 1
        if w.keys & _STAR and _has(words, i + 1 if not _has(words, i + 1, "様") else i + 2, "に"):
            if not (k < hi and words[k].keys & _BECOME):
                continue
            k += 1
        elif w.keys & (_BEYOND | _FAR):
            if w.keys & _FAR and not never:
                continue
            if w.keys & {"空", "そら"} and not any(words[q].keys & {"上", "うえ"} for q in range(i, k)):
                continue
            if not (k < hi and words[k].keys & _GO):
                continue
            k += 1
        else:
            continue
        while k < min(i + 8, hi) and words[k].keys & {"ちゃう", "ちゃい", "て", "しまう"}:
            k += 1
        wished = c.at("desire", k) and not c.at("negation", k + 1)
        supposed = bool(words[k : k + 1]) and bool(words[k].keys & {"たら", "ば"})
        if wished or (supposed and w.keys & _STAR):
            hits.append(
                Hit("wish", "ideation", "high", w.start, words[min(k, len(words) - 1)].end, "gone_above")
            )
    return hits


# Round of 2026-12-05 (g): a grave or a coffin to lie in, wished (「おはかに はいりたい」, 「🪦 ←ここ
# 入りたい」, 「かんおけで ねむりたい」); not a visit (墓参り is one word), not a secret taken to the
# grave (「墓場まで 持って いきたい」: 持つ stands between), not what someone else said.
_GRAVE = frozenset({"墓", "はか", "墓場", "はかば", "棺", "棺桶", "かんおけ", "ひつぎ"})
_LIE_IN = frozenset({"入る", "はいる", "眠る", "ねむる", "寝る", "ねる"})
# dressing up or a play: 「ハロウィンで 棺桶に 入りたい」
_PLAY = _STAGE | {"ハロウィン", "ハロウィーン", "はろうぃん", "仮装", "コスプレ", "お化け屋敷", "肝試し"}
_TO_THE_GRAVE = frozenset(
    {"の", "中", "なか", "下", "した", "に", "へ", "で", "ここ", "そこ", "早く", "はやく", "もう", "ずっと"}
)


def _grave_wished(c: _Ctx) -> list[Hit]:
    """「おはかに はいりたい」「かんおけの なかで ねむりたい」: lying in a grave or a coffin,
    wished, by the writer (no 「って言ってた」 after it), not with a laugh, joy or a costume."""
    words = c.words
    if c.first("laugh") is not None or c.first("joy") is not None or c.keys & (_LAUGH_MARK | _PLAY):
        return []
    hits: list[Hit] = []
    for i in c.where_keys(_GRAVE):
        hi = c.hi[i]
        k = i + 1
        while k < min(i + 6, hi) and (words[k].keys & _TO_THE_GRAVE or not words[k].keys):
            k += 1
        if not (k < hi and words[k].keys & _LIE_IN):
            continue
        k += 1
        while k < min(i + 9, hi) and words[k].keys & {"ちゃう", "ちゃい", "て", "しまう"}:
            k += 1
        if not c.at("desire", k) or c.at("negation", k + 1) or c.first("reported", k + 1, hi) is not None:
            continue
        hits.append(Hit("wish", "ideation", "high", words[i].start, words[k].end, "grave_wished"))
    return hits


def _asleep_for_good(c: _Ctx) -> list[Hit]:
    """「ねむった まま もう おきたくない」: asleep and left so (まま), not wanting to wake; not
    「あさ おきたくない」 (no sleep kept as it is)."""
    words = c.words
    hits: list[Hit] = []
    for i in c.where_any(("wake",), _OKI):
        if not c.at("desire", i + 1):
            continue
        if not c.at("negation", i + 2) or c.first("laugh") is not None:
            continue
        lo = c.lo[i]
        asleep = _SLEEP | {"ねた"}  # kana 「ねたまま」 is cut as ねた + まま
        kept = any(
            words[p].keys & {"侭", "まま"}
            and any(words[q].keys & asleep for q in range(max(lo, p - 3), p))
            and all(words[m].keys & {"もう", "ずっと"} for m in range(p + 1, i))  # nothing else done
            for p in range(lo, i)
        )
        # 「ねむって、もう 二度と おきたくない」: never again, after falling asleep in the text
        again = any(
            words[q].keys & {"二度と", "にどと", "永遠", "えいえん", "永久"}
            or (words[q].keys & {"度"} and _has(words, q + 1, "と"))
            for q in range(max(0, i - 3), i)
        )
        never = again and any(words[q].keys & _SLEEP for q in range(i))
        if kept or never:
            hits.append(Hit("wish", "ideation", "high", words[lo].start, words[i + 2].end, "asleep_for_good"))
    return hits


_WORLD = frozenset({"人生", "じんせい", "この世", "此の世", "このよ", "現世", "浮世"})
_THIS = frozenset({"この", "此の"})
_LEAVE_NOUN = frozenset(
    {"退場", "たいじょう", "卒業", "そつぎょう", "引退", "いんたい", "リタイア", "りたいあ", "離脱"}
    | {"りだつ", "脱退", "だったい", "退会", "たいかい", "棄権", "きけん"}
)
_LEAVE_VERB = frozenset({"降りる", "下りる", "おりる", "去る", "さる", "抜ける", "ぬける"})
_WORLD_ANY = _WORLD | {"世界"}
_LEAVE_ANY = _LEAVE_NOUN | _LEAVE_VERB | {"おり"}
_ON_THE_WAY = frozenset({"から", "を", "は", "も", "ごと", "なんか", "ってやつ", "って"})
_LAUGH_MARK = frozenset({"w", "ｗ", "笑"})
_DONE_AUX = frozenset({"ちゃう", "ちゃい", "しまう", "しまい", "じゃう"})


def _world_at(c: _Ctx, i: int) -> bool:
    """A life or this world at ``i``: 人生, この世; 世界 only as 「この 世界」."""
    keys = c.words[i].keys
    if keys & _WORLD:
        return True
    return "世界" in keys and i > 0 and bool(c.words[i - 1].keys & _THIS)


def _life_left(c: _Ctx) -> list[Hit]:
    """「この世界から 退場したい」「人生 おりたい」「この世から 卒業しても いいかな」: life or this
    world left like a game, a stage or a school, wished, permitted or intended; not a game, an
    app or a club named in the sentence, not with a laugh."""
    if c.keys.isdisjoint(_WORLD_ANY) or c.keys.isdisjoint(_LEAVE_ANY):
        return []
    words = c.words
    if c.first("laugh") is not None or not c.keys.isdisjoint(_LAUGH_MARK) or c.near("game"):
        return []
    for i in range(len(words)):
        if not _world_at(c, i):
            continue
        lo, hi = c.lo[i], c.hi[i]
        if any(words[p].keys & _THING for p in range(lo, hi)):
            continue
        j = i + 1
        while j < min(i + 3, hi) and words[j].keys & _ON_THE_WAY:
            j += 1
        if j >= hi:
            continue
        if words[j].keys & _LEAVE_NOUN and (_has(words, j + 1, "する") or _has(words, j + 1, "為る")):
            k = j + 2
        elif words[j].keys & _LEAVE_VERB or ("おり" in words[j].keys and j == i + 1):
            k = j + 1  # 「人生おりたい」: the analyser reads kana おり as おる
        else:
            continue
        while k < min(j + 5, hi) and (
            words[k].keys & _DONE_AUX or (_has(words, k, "て") and _has(words, k + 1, "しまう"))
        ):
            k += 1  # 「おりちゃいたい」「降りて しまいたい」
        wished = c.at("desire", k) and not c.at("negation", k + 1)
        allowed = (
            (_has(words, k, "て") or _has(words, k, "で"))
            and _has(words, k + 1, "も")
            and c.at("relief", k + 2)
            and not c.at("negation", k + 3)
        )
        intent = any("意志推量形" in words[m].conj for m in range(j, min(k + 1, len(words))))
        if wished or allowed or intent:
            end = words[min(k, len(words) - 1)].end
            return [Hit("wish", "ideation", "high", words[i].start, end, "life_left")]
    return []


def euphemisms(c: _Ctx, *, reread: bool = False) -> list[Hit]:
    """``reread``: katakana read again in hiragana, where a loanword named to do (トランポリン)
    falls apart into words that name nothing; the bare act reads only the text as written."""
    now = [] if reread else _now_bare_act(c)
    return [
        *now,
        *_self_erased(c),
        *_gone_above(c),
        *_asleep_for_good(c),
        # (not reread: 「ハロウィン」 in hiragana falls apart and no longer says it is a costume)
        *(_grave_wished(c) if not reread and not c.keys.isdisjoint(_GRAVE) else ()),
        *(_life_left(c) if not c.keys.isdisjoint(_WORLD_ANY) else ()),
    ]
