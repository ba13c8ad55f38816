"""The on-device heavy-words check (static/js/heavy_words.js with static/data/heavy_words.json).

The rules are generated from the safety lexicon; these tests fail when the generated file is
stale, and run the safety evaluation sets through the browser's own code (in Node, the same
ES module the pages load) to measure how often it agrees with ``safety.assess`` at the
"high or worse" boundary: the point where the hotline card must come.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from rooms import device_rules
from safety import assess

ROOT = Path(__file__).resolve().parent.parent
MODULE = ROOT / "static" / "js" / "heavy_words.js"
DATA = ROOT / "tests" / "data"
# 0.89 for a while on 2026-12-03, after a false alarm of the place-now reading (a ball that flew
# onto a roof: the katakana ボール was read in hiragana and fell apart, so the "someone else
# there" guard missed its subject); katakana loanwords now keep their spelling in that reading.
GOAL_RECALL = 0.90
RUNNER = """
import { readFileSync } from "node:fs";
const { findHeavy } = await import(process.argv[1]);
const rules = JSON.parse(readFileSync(process.argv[2], "utf8"));
const texts = JSON.parse(readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(texts.map((t) => findHeavy(t, rules))));
"""


def on_device(texts: list[str]) -> list[dict | None]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is missing (make install needs Node.js and npm)")
    done = subprocess.run(
        [node, "--input-type=module", "-e", RUNNER, MODULE.as_uri(), str(device_rules.OUTPUT)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout)


def evaluation_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(DATA.glob("risk_*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.strip() and not line.startswith("#") and len(parts) >= 3:
                texts.append(parts[2])
    return texts


def test_the_generated_rules_are_fresh() -> None:
    current = device_rules.OUTPUT.read_text(encoding="utf-8")
    assert current == device_rules.render(), "stale: run python -m rooms.device_rules"
    assert device_rules.main(["--check"]) == 0


def test_the_rules_are_compact_data() -> None:
    data = json.loads(device_rules.OUTPUT.read_text(encoding="utf-8"))
    assert data["format"] == device_rules.FORMAT
    assert data["rules"] and data["patterns"] and data["kanji"]
    assert len(device_rules.OUTPUT.read_bytes()) < 64_000


@pytest.mark.parametrize(
    ("text", "heavy"),
    [
        ("もう しにたい", True),
        ("もう　死にたい", True),
        ("シニタイ", True),
        ("死にたさが止まらない", True),  # kanji the lexicon only lists in kana: read on the device
        ("shinitai", True),  # romaji, folded like the server folds it
        ("ODしちゃった", True),
        ("し.に.た.い", True),
        ("しにたくない", False),
        ("死にたいわけじゃない", False),
        ("死ぬほど眠い", False),
        ("きょうの きゅうしょく おいしかった", False),
        ("", False),
    ],
)
def test_cases(text: str, heavy: bool) -> None:
    assert (on_device([text])[0] is not None) is heavy


def test_hostile_input_is_bounded_and_quiet() -> None:
    found = on_device(["し" * 100_000, "\u200b" * 1500 + "しにたい", "🙂" * 3000, "a" * 5000])
    assert found[0] is None
    assert found[1] is not None
    assert found[2] is None and found[3] is None


def test_agreement_with_assess_at_the_high_boundary(capsys: pytest.CaptureFixture[str]) -> None:
    texts = evaluation_texts()
    device = [found is not None for found in on_device(texts)]
    server = [assess(text).at_least("high") for text in texts]
    heavy = sum(server)
    agree = sum(s and d for s, d in zip(server, device, strict=True))
    extra = sum(d and not s for s, d in zip(server, device, strict=True))
    recall = agree / heavy
    misses = [t for t, s, d in zip(texts, server, device, strict=True) if s and not d]
    with capsys.disabled():
        print(
            f"\non-device check vs safety.assess (>= high) on {len(texts)} texts: recall {recall:.3f} "
            f"({agree}/{heavy}); flagged though assess says lower: {extra}/{len(texts) - heavy}; "
            f"missed: {misses}"
        )
    assert recall >= GOAL_RECALL, misses
