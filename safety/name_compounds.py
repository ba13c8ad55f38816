"""App and staff words that are part of a thing (「ディスコダンス」, 「公式戦」, 「ロボット大会」):
taken out of the name before it is read, so that the thing is not taken for the app or for staff."""

from __future__ import annotations

import re
from itertools import pairwise

from safety.lexicon import CARETAKER_ROLES
from safety.morphology import Token, tokens

# Apps whose katakana name is also an ordinary word of the dictionary (ディスコ is disco), and
# the online words that keep the app's sense after it (「ディスコサーバー」, 「ディスコフレンド」).
_APP_WORDS_WRITTEN = ("ディスコ",)
_ONLINE_NOUNS = frozenset(
    (
        "サーバー", "サーバ", "サバ", "グループ", "グル", "チャンネル", "フレンド", "フレ", "トーク",
        "チャット", "アカウント", "アカ", "ユーザー", "ユーザ", "ネーム", "コード", "ボイス", "ボイチャ",
        "メッセージ", "メッセ", "アイディー", "ディーエム", "タグ", "リンク", "コミュ", "コミュニティ",
        "ロール", "サーヴァー",
    )
)  # fmt: skip
_KATAKANA_WORD = re.compile(r"[ァ-ヺー]+")


def _app_word_in_compound(name: str, written: str) -> str:
    """``name`` with an app's katakana name that is also an ordinary word taken out where it
    starts a compound with another katakana noun the dictionary knows, not an online word
    (``_ONLINE_NOUNS``): 「ディスコダンス」, 「ディスコボール」 are disco's, since 2026-12-03 (d);
    「ディスコサーバー」, 「ディスコ鯖」, 「ディスコ」 alone and every disguised spelling (only the
    word as typed in full-width katakana is read so) stay the app's."""
    if not any(w in written and w in name for w in _APP_WORDS_WRITTEN):
        return name
    words = tokens(name)
    cut = []
    for t, after in pairwise(words):
        if (
            t.surface in _APP_WORDS_WRITTEN
            and after.start == t.end
            and not after.oov
            and after.pos[:2] == ("名詞", "普通名詞")
            and len(after.surface) >= 3
            and _KATAKANA_WORD.fullmatch(after.surface)
            and after.surface not in _ONLINE_NOUNS
        ):
            cut.append(t)
    for t in reversed(cut):
        name = f"{name[: t.start]}・{name[t.end :]}"
    return name


# staff words that are also ordinary things to the dictionary (robots children build, the
# police they play, a system, an official match), as Sudachi normalises them; the site's own
# names (もり, かくれが, 運営, スタッフ, ロボ, 管理人) are never among them
_THING_STAFF_WORDS = ("ロボット", "警察", "システム", "公式")
# heads that keep a compound a claim to be staff: a person, a role, an account
_STAFF_HEADS = frozenset(
    (
        *CARETAKER_ROLES,
        "人",
        "係",
        "担当",
        "代理",
        "本人",
        "本物",
        "公式",
        "運営",
        "役",
        "さん",
        "君",
        "ちゃん",
    )
)
# the last letter of a word for a person (警察官, 管理者, 相談員)
_PERSON_ENDS = ("官", "員", "者", "人", "長", "係")


def _staff_thing_in_compound(name: str, written: str) -> str:
    """``name`` with a staff word that is an ordinary thing taken out where the dictionary
    reads it as part of another thing: strictly inside one longer common noun that is no
    person (「公式戦」, 「警察犬」, 「システム手帳」; 「警察官」 stays), or as a plain noun right
    before a common noun that names a thing (「ロボット大会」, 「けいさつごっこ」); 公式 before a
    noun is an attribute claimed (「公式キャラ」) and stays, as does the word alone, before a
    person, a role or an online word (「ロボットくん」, 「ロボット担当」, 「ロボットアカウント」)
    and every disguised spelling (only the word as typed is read so)."""
    if not any(w in written for w in _THING_STAFF_WORDS) and not _STAFF_THING_KANA.search(written):
        return name
    words = tokens(name)
    cut = [t for t in words if _inside_a_thing(t)]
    cut += [
        t
        for t, after in pairwise(words)
        if t.normalized in _THING_STAFF_WORDS
        and t.pos[:3] == ("名詞", "普通名詞", "一般")
        and after.start == t.end
        and _a_thing_noun(after)
    ]
    for t in sorted(cut, key=lambda t: t.start, reverse=True):
        name = f"{name[: t.start]}・{name[t.end :]}"
    return name


_STAFF_THING_KANA = re.compile("けいさつ|しすてむ|ろぼっと|こうしき")


def _inside_a_thing(t: Token) -> bool:
    return (
        not t.oov
        and t.pos[:2] == ("名詞", "普通名詞")
        and t.normalized not in _THING_STAFF_WORDS
        and any(w in t.normalized and w != t.normalized for w in _THING_STAFF_WORDS)
        and not t.normalized.endswith(_PERSON_ENDS)
        and t.normalized not in _STAFF_HEADS
    )


def _a_thing_noun(t: Token) -> bool:
    return (
        not t.oov
        and t.pos[:2] == ("名詞", "普通名詞")
        and t.normalized not in _STAFF_HEADS
        and t.surface not in _STAFF_HEADS
        and t.surface not in _ONLINE_NOUNS
        and not t.normalized.endswith(_PERSON_ENDS)
    )
