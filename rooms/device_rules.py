"""The compact rule set a page uses to notice heavy words on the device (static/data/heavy_words.json).

もぐもぐ promises that what a child writes never leaves the device, and the robot must still
show the hotline card when the network is down; both therefore check the words in the browser
(static/js/heavy_words.js). The rules they use are *generated* from the safety lexicon, the
same lists ``safety.assess`` reads, so there is one source and no hand-copied list:

    python -m rooms.device_rules          # write static/data/heavy_words.json
    python -m rooms.device_rules --check  # exit 1 when the file is stale (the tests do this too)

Only what decides "high or worse" is kept: the rules and patterns at ``high``/``imminent``,
the acts that become ``imminent`` next to a time or readiness marker, harm at home with a
family word, and the few characters after a match that say the opposite (negation) or
something milder (exaggeration, someone else, the past). Words are folded by the lexicon's
own folding; the browser folds the text the same way (without kanji readings, so a kanji
spelling counts only when the lexicon lists it). ``tests/test_device_rules.py`` measures how
often the device agrees with ``safety.assess`` on the evaluation sets.
"""

from __future__ import annotations

import argparse
import inspect
import itertools
import json
import re
import sys
import tomllib
from collections.abc import Iterable
from importlib import resources
from typing import Any

import jaconv
from jaconv import jaconv as jaconv_module

import site_files
from safety.levels import CRISIS
from safety.lexicon import RISK_CONTEXT, RISK_RULES, Terms, readings, terms
from safety.normalize import has_kanji, reading_of

OUTPUT = site_files.STATIC / "data" / "heavy_words.json"
FORMAT = 1


def _words(found: Terms | None) -> list[str]:
    if found is None:
        return []
    return sorted(set(found.kanji) | set(found.kana))


def _raw_lexicon() -> dict[str, Any]:
    with resources.files("safety").joinpath("lexicon", "risk.toml").open("rb") as fh:
        return tomllib.load(fh)


def _rules() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for rule in RISK_RULES:
        if rule.kind == "act":
            when = "marker"  # an act counts as heavy only with a time or readiness word
        elif rule.kind == "violence":
            when = "family"
        elif rule.level in CRISIS:
            when = "always"
        else:
            continue
        entry: dict[str, Any] = {"words": _words(rule.words), "when": when}
        if rule.latin:
            entry["latin"] = sorted(rule.latin)
        if rule.except_after:
            entry["except"] = sorted(rule.except_after)
        if rule.needs_any is not None:
            entry["needs"] = _words(rule.needs_any)
        if entry["words"] or rule.latin:
            out.append(entry)
    return out


def _patterns(raw: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Patterns stay as heads × endings (the browser joins them): thousands of words, a few KB."""
    out: list[dict[str, Any]] = []
    for pattern in raw:
        if pattern.get("level") not in CRISIS:
            continue
        prefixes = pattern.get("prefixes", [""])
        heads = _words(terms([p + s for p, s in itertools.product(prefixes, pattern["stems"])]))
        endings = sorted({e for e in (_fold_part(t) for t in pattern.get("then", [""])) if e is not None})
        entry: dict[str, Any] = {"heads": heads, "then": endings, "when": "always"}
        if pattern.get("except_after"):
            entry["except"] = sorted(readings(pattern["except_after"]))
        if "needs_any" in pattern:
            entry["needs"] = _words(terms(pattern["needs_any"]))
        if "unless_any" in pattern:
            entry["unless"] = _words(terms(pattern["unless_any"]))
        if heads:
            out.append(entry)
    return out


def _fold_part(part: str) -> str | None:
    """An ending folded like a word; "" stays "" (a head alone is a match)."""
    if part == "":
        return ""
    found = terms([part])
    folded = next(iter(found.kanji + found.kana), None)
    return folded


_KANJI_RUN = re.compile(r"([\u3400-\u9fff\uf900-\ufaff々〆〇]+)")


def _kanji_readings(words: Iterable[str]) -> dict[str, str]:
    """Readings of the kanji runs in the lexicon's own words ("消えたい" → 消: き).

    The server reads kanji with a dictionary; a page cannot carry one. But the kanji that
    matter are the ones the lexicon spells with: each kanji word is read by the lexicon's
    folding, and the kana around its kanji anchor where each run's reading starts and ends.
    """
    found: dict[str, dict[str, int]] = {}
    for word in words:
        if not has_kanji(word):
            continue
        reading = reading_of(word)
        parts = _KANJI_RUN.split(word)
        # A regular expression over the reading: kana parts literally, kanji runs as groups.
        rx = "".join("(.+?)" if i % 2 else re.escape(part) for i, part in enumerate(parts))
        match = re.fullmatch(rx, reading)
        if not match:
            continue
        for run, read in zip(parts[1::2], match.groups(), strict=True):
            found.setdefault(run, {}).setdefault(read, 0)
            found[run][read] += 1
    return {run: max(reads, key=lambda r: (reads[r], -len(r), r)) for run, reads in sorted(found.items())}


def _romaji() -> dict[str, Any]:
    """jaconv.alphabet2kana's steps as data, read from its source (the folding the server uses)."""
    source = inspect.getsource(jaconv.alphabet2kana)
    steps = re.findall(r"\.replace\((['\"])(.*?)\1, (['\"])(.*?)\3\)", source)
    return {
        "steps": [[old, new] for _, old, _, new in steps],
        "letters": {chr(code): kana for code, kana in sorted(jaconv_module.HEP2KANA.items())},
        "consonants": "".join(sorted(jaconv_module.consonants)),
    }


def _all_words(raw: dict[str, Any]) -> list[str]:
    words: list[str] = []
    for rule in raw.get("rule", []):
        words += rule.get("words", []) + rule.get("needs_any", [])
    for pattern in raw.get("pattern", []):
        for prefix, stem, ending in itertools.product(
            pattern.get("prefixes", [""]), pattern["stems"], pattern.get("then", [""])
        ):
            words.append(prefix + stem + ending)
    for section in ("context", "structure"):
        for value in raw.get(section, {}).values():
            if isinstance(value, list):
                words += [w for w in value if isinstance(w, str)]
    return words


def build() -> dict[str, Any]:
    raw = _raw_lexicon()
    structure = raw.get("structure", {})
    now = itertools.product(structure.get("now_prefixes", []), structure.get("now_places", []))
    places = [p + q for p, q in now]
    markers = _words(RISK_CONTEXT.markers) + _words(terms(structure.get("markers", []) + places))
    return {
        "format": FORMAT,
        "about": "Generated by `python -m rooms.device_rules` from safety/lexicon; do not edit.",
        "rules": _rules(),
        "patterns": _patterns(raw.get("pattern", [])),
        "markers": sorted(set(markers)),
        "soon": _words(terms(structure.get("soon", []))),
        "soon_before": sorted(readings(structure.get("soon_before", []))),
        "urgent": _words(terms(structure.get("urgent", []))),
        "family": _words(RISK_CONTEXT.family),
        "negation": sorted(RISK_CONTEXT.negation_after),
        "milder": sorted(
            {*RISK_CONTEXT.hyperbole_after, *RISK_CONTEXT.third_party_after, *RISK_CONTEXT.past_after}
        ),
        "kanji": _kanji_readings(_all_words(raw)),
        "romaji": _romaji(),
    }


def render() -> str:
    # One rule a line: small, and a diff of a lexicon change stays readable.
    data = build()
    lines = ["{"]
    items = list(data.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        if isinstance(value, list) and value and isinstance(value[0], dict):
            body = ",\n".join("  " + json.dumps(v, ensure_ascii=False, separators=(",", ":")) for v in value)
            lines.append(f"{json.dumps(key)}:[\n{body}\n]{comma}")
        else:
            flat = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            lines.append(f"{json.dumps(key)}:{flat}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rooms.device_rules", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file differs from the lexicon")
    args = parser.parse_args(argv)
    fresh = render()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != fresh:
            stale = OUTPUT.relative_to(site_files.ROOT)
            print(f"{stale} is stale: run python -m rooms.device_rules", file=sys.stderr)
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(fresh, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(site_files.ROOT)} ({len(fresh.encode())} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
