"""What the risk rules alone found in a text, by construction: the tests of the constructions read
it the same way."""

from __future__ import annotations

import safety


def found_by_rules(text: str) -> dict[str, str]:
    """construction (and ``construction:note``) → the highest level the rules gave it."""
    out: dict[str, str] = {}
    for span in safety.assess(text, learned_layer=False).spans:
        if span.construction:
            for name in [span.construction] + ([f"{span.construction}:{span.note}"] if span.note else []):
                out[name] = max(out.get(name, "none"), span.level, key=safety.LEVELS.index)
    return out


def notes_by_rules(text: str, *constructions: str) -> list[str]:
    """The notes of the spans the risk rules alone found in ``text`` ("" for none), of the
    spans of ``constructions`` only when any are named."""
    spans = safety.assess(text, learned_layer=False).spans
    return [s.note or "" for s in spans if not constructions or s.construction in constructions]
