"""axe-core in the browser tests: read from node_modules (no network), run in the page."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from playwright.sync_api import Page

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SERIOUS = ("serious", "critical")


@cache
def axe_source() -> str:
    if not AXE.exists():
        raise RuntimeError(f"{AXE} is missing: run make install-test (npm ci installs axe-core)")
    return AXE.read_text(encoding="utf-8")


def serious_violations(page: Page) -> list[str]:
    """Every serious or critical axe violation on the page as it is now, one line each."""
    # Evaluated through the debugging protocol, so the page's CSP (no inline script) is untouched.
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    found = page.evaluate(
        """async () => {
            const result = await axe.run(document, { resultTypes: ["violations"] });
            return result.violations.map((v) => ({
                id: v.id, impact: v.impact,
                nodes: v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary.split("\\n")[1] ?? ""}`),
            }));
        }"""
    )
    return [
        f"{v['id']} ({v['impact']}): {node}" for v in found if v["impact"] in SERIOUS for node in v["nodes"]
    ]
