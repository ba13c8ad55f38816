"""Word lists folded the way ``safety.fold`` folds a message, so a list never needs to know the rules.

A word written with kanji is looked for in ``Folded.kana`` (kanji kept, so 「生きたい」
never meets 「行きたい」); a word in kana only is looked for in ``Folded.reading``,
where 「がっこう」 also finds 「学校」.  The same split as the safety word lists,
built only on the public ``safety.fold``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from safety import Folded, fold


def _has_kanji(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or ch == "々" for ch in text)


@dataclass(frozen=True, slots=True)
class Terms:
    kanji: tuple[str, ...]
    kana: tuple[str, ...]

    @classmethod
    def of(cls, words: Iterable[str]) -> Terms:
        # Two spellings may fold to one key; a word that folds to nothing is dropped
        # (it would be found in every message).
        keys = dict.fromkeys(k for w in words if (k := fold(w).kana))
        return cls(tuple(k for k in keys if _has_kanji(k)), tuple(k for k in keys if not _has_kanji(k)))

    def found_in(self, folded: Folded) -> bool:
        return any(w in folded.kana for w in self.kanji) or any(w in folded.reading for w in self.kana)


__all__ = ["Terms"]
