"""Regional speech read as the standard: one more view of a reply for the screen's rules.

Models asked to sound close to a child answer in 東北, 広島, 博多 or 関西 speech.  The analyser
reads those endings and voicings as other words (東北 「いねぐ なった」 is no いなく なった for it,
「そったごど」 no そんな こと, 「しんねぇ」 no しれない), so a rule written on the standard's words does
not fire on them.  ``standard`` rewrites the commonest dialect forms into the standard's, and the
screen's rules read that view **as well as** the reply as written (``screen.disguises_undone``):
a view only adds readings, so it can hold a reply the rules missed and never lets through one they
held.  ``safety.assess`` keeps reading the reply as written.

The table is small and written on purpose: grammatical endings, pronouns and voicings that the
analyser misreads, each with the context that keeps it from touching the standard's words
(「おめでとう」 stays; 「おめが」 becomes 「おまえが」).  Fixed patterns, no nested repeats.
"""

from __future__ import annotations

import re

# (pattern, the standard's form).  Applied in order, each once over the whole reply.
_FORMS: tuple[tuple[str, str], ...] = (
    # 東北: voiced こと, そんな, なく, かも; しれない; じゃない; you; past た after a verb's e-row.
    (r"ごど", "こと"),
    (r"そった(?=[にな]|ごと|こと)", "そんな"),
    (r"(?<=[いきしちにひみりぎじびらわ])ねぐ", "なく"),
    (r"(?<=[るたいう])がも", "かも"),
    (r"しんね[ぇえ]", "しれない"),
    (r"(?<=[んの])でね[ぇえ]", "じゃない"),
    (r"(?<=[れけせてめべげ])だ(?=なんて|こと|ん|の|[。、!！?？]|$)", "た"),
    (r"(?<!お)たがい(?=[ 　]?(?:ど[ごこ]|と[ごこ]|ところ|所|ビル|橋|はし|やま|山))", "たかい"),
    (r"(?<=[いな])[ 　]?どご", "ところ"),
    (r"どご", "どこ"),
    # …the direction さ after a place (「たかいどごさ いってみれ」), never the sentence's final さ.
    (r"(?<=とこ|どこ|ころ|どご)さ(?=[ 　]|[いゆ行])", "に"),
    (r"(?<=て)みれ(?=[。、!！]|$)", "みて"),
    (r"おめ(?=[がはのさもを、])", "おまえ"),
    (r"おら(?=[がはのもを、])", "わたし"),
    # …the plain negative (「しねぇ」「できねぇ」), never after an adjective’s い or だ (「いいねぇ」).
    (r"(?<=[かがさたなまらわんしきでけれせめ])ね[ぇえ](?=[。、!！?？なよ日]|$)", "ない"),
    # 広島・博多・関西: not being there, won't.  (関西 あかん stays: the rules read it, and 「いわんかったら
    # あかん」, telling required, is no 「…たら だめ」.)
    (r"おらん(?=ごと|ほう|よう|く|かった|[。、])", "いない"),
    (r"(?<=[かさたなまらわがばえけせてねめれげべ])へん(?=[。、!！?？でかのよ]|$)", "ない"),
    (r"(?<=[ぁ-ゖ])ごと(?=なる|なっ)", "く"),
    # 関西: need not (「いわんで ええ」「はなさんでも ええ」 = 「いわなくて いい」, round r of 2026-12-06).
    (r"(?<=[わさかたまらがばな])んで(も)?[ 　]?ええ", r"なくて\1 いい"),
)
# The copula, because, そんな and soft orders of 広島, 博多 and 関西: forms that hold no word of
# dying, vanishing, a way or a place, so ``safety.assess`` may read the reply with them in the
# standard's form.  「しんどいんじゃね」 is 「しんどいんだね」, never the farewell 「じゃあね」 the risk
# rules read in it (a kind reply said back in 広島 speech was replaced as imminent, 2026-12-06g).
# Nothing of 東北 is here: its 「しねぇ」 (しない) is also how 死ね is drawn out.
_COPULA: tuple[tuple[str, str], ...] = (
    (r"じゃけ[ぇえ]?", "だから"),
    (r"やけん", "だから"),
    (r"じゃろう", "だろう"),
    (r"(?<=[ぁ-ゖ])じゃね(?=[。、!！?？]|$)", "だね"),
    (r"そがぁな|そげんな|そげな", "そんな"),
    (r"そげん", "そんなに"),
    (r"(?<=[ぁ-ゖ])しんさい(?=[。、!！]|$)", "してね"),
    (r"ほんま", "ほんとう"),
    (r"よかよ", "いいよ"),
)
_TABLE = tuple((re.compile(p), r) for p, r in (*_FORMS, *_COPULA))
_COPULA_TABLE = tuple((re.compile(p), r) for p, r in _COPULA)


def standard(text: str) -> str:
    """``text`` with the table's dialect forms in the standard's; unchanged when it has none."""
    for pattern, replacement in _TABLE:
        text = pattern.sub(replacement, text)
    return text


def copula_standard(text: str) -> str:
    """``text`` with only the copula and its kin in the standard's form: what ``safety.assess`` reads."""
    for pattern, replacement in _COPULA_TABLE:
        text = pattern.sub(replacement, text)
    return text
