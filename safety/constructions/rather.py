"""Death chosen over something (「がっこう いくくらいなら しぬ」, 「あの いえに かえるぐらいなら
きえる」): an act of dying or vanishing after くらいなら/ぐらいなら is preferred to what comes
before it, not an exaggeration (「しぬほど」, 「しぬくらい」 say the act first)."""

from __future__ import annotations

from safety.constructions.words import Hit, _Ctx, _has

_RATHER = frozenset({"くらい", "ぐらい", "位"})


def rather_than(c: _Ctx) -> list[Hit]:
    words = c.words
    hits: list[Hit] = []
    if c.keys.isdisjoint(_RATHER) or c.first("laugh") is not None:
        return hits  # 「まけるくらいなら しぬ ｗ」: a laugh makes it a figure of speech
    for i in c.where("die"):
        if c.at("die_needs_object", i):
            continue  # 「けす」 needs what is erased
        lo = c.lo[i]
        # くらい + なら in the same sentence, right before the act (a word or two between:
        # 「いくくらいなら もう しぬ」)
        q = next(
            (
                q
                for q in range(max(lo, i - 4), i - 1)
                if words[q].keys & _RATHER and _has(words, q + 1, "なら")
            ),
            None,
        )
        if q is None:
            continue
        if c.first("negation", i + 1, min(i + 3, c.hi[i])) is not None:
            continue  # 「いくくらいなら しなない」
        hits.append(Hit("rather", "ideation", "high", words[q].start, words[i].end))
    return hits
